// Mirrors the arithmetic of Objects/complexobject.c: complex's PyNumberMethods (complex_add,
// complex_div with _Py_c_quot, complex_pow with _Py_c_pow/c_powi) and its comparison, which
// only knows == and !=.

import { PyObject, PyNumberMethods } from '@ceval/core/object';
import { PyComplex, newComplex, PyComplex_Check } from '@ceval/core/objects/complexobject';
import { PyFloat, PyFloat_Check, newFloat } from '@ceval/core/objects/floatobject';
import { PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyExc_ZeroDivisionError, PyExc_OverflowError, PyExc_ValueError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { pow } from '@ceval/core/objects/floatpow';
import { hypot, atan2, exp, log, cos, sin } from '@ceval/core/objects/libm/index';

/** A complex, float or int operand as [re, im], or null. @see complexobject.c to_complex */
export function complexOperand(o: PyObject): [number, number] | null {
  if (PyComplex_Check(o)) return [(o as PyComplex).real, (o as PyComplex).imag];
  if (PyFloat_Check(o)) return [(o as PyFloat).value, 0];
  if (PyLong_Check(o)) {
    const v = (o as PyLong).value;
    const d = typeof v === 'number' ? v : Number(v);
    if (!Number.isFinite(d)) throw raiseNew(PyExc_OverflowError, 'int too large to convert to float');
    return [d, 0];
  }
  return null;
}

function binary(f: (a: [number, number], b: [number, number]) => [number, number]) {
  return (x: PyObject, y: PyObject): PyObject => {
    const a = complexOperand(x);
    const b = complexOperand(y);
    if (a === null || b === null) return Py_NotImplemented;
    const [re, im] = f(a, b);
    return newComplex(re, im);
  };
}

/**
 * Smith's algorithm, as _Py_c_quot: scale by the larger part of the divisor so the
 * intermediate products neither overflow nor lose precision needlessly.
 */
export function complexQuot(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  const absBr = Math.abs(br);
  const absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) throw raiseNew(PyExc_ZeroDivisionError, 'complex division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function mul(a: [number, number], b: [number, number]): [number, number] {
  return [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
}

/** Exponentiation by squaring for small integer powers, as c_powi/c_powu. */
function powInt(x: [number, number], n: number): [number, number] {
  if (n < 0) {
    const d = powUnsigned(x, -n);
    // c_quot's zero divisor sets EDOM, which complex_pow reports in its own words.
    if (d[0] === 0 && d[1] === 0) {
      throw raiseNew(PyExc_ZeroDivisionError, '0.0 to a negative or complex power');
    }
    return complexQuot([1, 0], d);
  }
  return powUnsigned(x, n);
}

function powUnsigned(x: [number, number], n: number): [number, number] {
  let r: [number, number] = [1, 0];
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = mul(r, p);
    mask <<= 1;
    p = mul(p, p);
  }
  return r;
}

/** @see complexobject.c _Py_c_pow */
export function complexPowValues(ar: number, ai: number, br: number, bi: number):
  [number, number] {
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) {
      throw raiseNew(PyExc_ZeroDivisionError, '0.0 to a negative or complex power');
    }
    return [0, 0];
  }
  // Every function here is a port of the one CPython calls in glibc (core/objects/libm and
  // floatpow), so each step rounds as it does there; V8's Math.cos or Math.hypot would be off
  // by an ulp now and then, and the error would show in the repr.
  const vabs = hypot(ar, ai);
  let len = pow(vabs, br);
  const at = atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= exp(at * bi);
    phase += bi * log(vabs);
  }
  // C's cos(±inf) sets errno to EDOM, which complex_pow reports as this ZeroDivisionError.
  if (phase === Infinity || phase === -Infinity) {
    throw raiseNew(PyExc_ZeroDivisionError, '0.0 to a negative or complex power');
  }
  return [len * cos(phase), len * sin(phase)];
}

/** @see complexobject.c complex_pow */
export function complexPow(x: PyObject, y: PyObject, z: PyObject | null): PyObject {
  if (z !== null && z.ob_type.tp_name !== 'NoneType') {
    throw raiseNew(PyExc_ValueError, 'complex modulo');
  }
  const a = complexOperand(x);
  const b = complexOperand(y);
  if (a === null || b === null) return Py_NotImplemented;
  let r: [number, number];
  // Small integral real exponents use repeated multiplication, like CPython, so that
  // 1j ** 2 is exactly (-1+0j).
  if (b[1] === 0 && b[0] === Math.trunc(b[0]) && Math.abs(b[0]) <= 100) r = powInt(a, b[0]);
  else r = complexPowValues(a[0], a[1], b[0], b[1]);
  // _Py_ADJUST_ERANGE2: an infinite part (not a NaN) is reported as ERANGE, whatever the
  // operands were.
  if (Math.abs(r[0]) === Infinity || Math.abs(r[1]) === Infinity) {
    throw raiseNew(PyExc_OverflowError, 'complex exponentiation');
  }
  return newComplex(r[0], r[1]);
}

/** @see complexobject.c complex_richcompare: only == and != are defined. */
export function complexRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return Py_NotImplemented;
  const x = complexOperand(a);
  if (x === null) return Py_NotImplemented;
  let eq: boolean;
  if (PyLong_Check(b) && !PyComplex_Check(b)) {
    // Exact, like float == int: compare through the float path only when imag is 0.
    const v = (b as PyLong).value;
    eq = x[1] === 0 && (typeof v === 'number' ? x[0] === v
      : Number.isInteger(x[0]) && BigInt(x[0]) === v);
  } else {
    const y = complexOperand(b);
    if (y === null) return Py_NotImplemented;
    eq = x[0] === y[0] && x[1] === y[1];
  }
  return (op === 2) === eq ? Py_True : Py_False;
}

/** @see complexobject.c complex_as_number */
export function complexNumberSlots(): Partial<PyNumberMethods> {
  return {
    nb_add: binary((a, b) => [a[0] + b[0], a[1] + b[1]]),
    nb_subtract: binary((a, b) => [a[0] - b[0], a[1] - b[1]]),
    nb_multiply: binary(mul),
    nb_true_divide: binary(complexQuot),
    nb_power: complexPow,
    nb_negative: (o) => newComplex(-(o as PyComplex).real, -(o as PyComplex).imag),
    nb_positive: (o) => newComplex((o as PyComplex).real, (o as PyComplex).imag),
    nb_absolute: (o) => {
      // _Py_c_abs is glibc's hypot (an infinite part wins over a NaN there too).
      const r = hypot((o as PyComplex).real, (o as PyComplex).imag);
      if (!Number.isFinite(r) && Number.isFinite((o as PyComplex).real)
        && Number.isFinite((o as PyComplex).imag)) {
        throw raiseNew(PyExc_OverflowError, 'absolute value too large');
      }
      return newFloat(r);
    },
    nb_bool: (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0,
  };
}
