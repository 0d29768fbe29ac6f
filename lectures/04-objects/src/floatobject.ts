// Mirrors the arithmetic half of Objects/floatobject.c: float's PyNumberMethods (float_add,
// float_div, float_rem, float_divmod, float_pow ...), float_richcompare with its exact
// comparison against ints, and the float() constructor and methods.

import { PyObject, PyNumberMethods } from '@ceval/core/object';
import { PyFloat, PyFloat_Type, newFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { PyLong, newInt, PyLong_Check } from '@ceval/core/objects/longobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { newComplex } from '@ceval/core/objects/complexobject';
import {
  PyExc_ZeroDivisionError, PyExc_OverflowError, PyExc_ValueError, PyExc_TypeError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { newException } from '@ceval/core/objects/exceptions';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { pow } from '@ceval/core/objects/floatpow';
import { cmpResult, intCompare } from './longobject.js';
import { complexPowValues } from './complexobject.js';

/**
 * The double value of a float or int operand, or null (-> NotImplemented). An int too big
 * for a double raises OverflowError, as CONVERT_TO_DOUBLE does.
 * @see floatobject.c convert_to_double
 */
export function floatOperand(o: PyObject): number | null {
  if (PyFloat_Check(o)) return (o as PyFloat).value;
  if (PyLong_Check(o)) {
    const v = (o as PyLong).value;
    if (typeof v === 'number') return v;
    const d = Number(v);
    if (!Number.isFinite(d)) {
      throw raiseNew(PyExc_OverflowError, 'int too large to convert to float');
    }
    return d;
  }
  return null;
}

function binary(f: (x: number, y: number) => number) {
  return (a: PyObject, b: PyObject): PyObject => {
    const x = floatOperand(a);
    const y = floatOperand(b);
    if (x === null || y === null) return Py_NotImplemented;
    return newFloat(f(x, y));
  };
}

export const floatAdd = binary((x, y) => x + y);
export const floatSub = binary((x, y) => x - y);
export const floatMul = binary((x, y) => x * y);

/** @see floatobject.c float_div */
export const floatDiv = binary((x, y) => {
  if (y === 0) throw raiseNew(PyExc_ZeroDivisionError, 'float division by zero');
  return x / y;
});

/** The sign of the remainder follows the divisor. @see floatobject.c float_rem */
export function floatRemValues(x: number, y: number): number {
  let mod = x % y;
  // C tests `if (mod)`, which is true for NaN; JS's truthiness is not, so compare with 0.
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

export const floatRem = binary((x, y) => {
  if (y === 0) throw raiseNew(PyExc_ZeroDivisionError, 'float modulo by zero');
  return floatRemValues(x, y);
});

/** @see floatobject.c _float_div_mod */
export function floatDivmodValues(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export const floatFloorDiv = binary((x, y) => {
  if (y === 0) throw raiseNew(PyExc_ZeroDivisionError, 'float floor division by zero');
  return floatDivmodValues(x, y)[0];
});

/** @see floatobject.c float_divmod */
export function floatDivmod(a: PyObject, b: PyObject): PyObject {
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (y === 0) throw raiseNew(PyExc_ZeroDivisionError, 'float divmod()');
  const [q, r] = floatDivmodValues(x, y);
  return newTuple([newFloat(q), newFloat(r)]);
}

/**
 * float ** float once the operands are doubles: CPython settles zeros, infinities, NaNs and
 * negative bases itself, then calls the C library's pow() on a positive finite base. We call
 * core's pow(), a port of glibc's, so the last bit agrees with CPython on Linux too.
 * @see floatobject.c float_pow
 */
export function floatPowValues(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x !== x) return x;
  if (y !== y) return x === 1.0 ? 1.0 : y;
  if (y === Infinity || y === -Infinity) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return (y > 0) === (ax > 1.0) ? Infinity : 0.0;
  }
  // DOUBLE_IS_ODD_INTEGER: fmod(|y|, 2) == 1, and JS's % is C's fmod.
  const yIsOdd = Math.abs(y) % 2 === 1;
  if (x === Infinity || x === -Infinity) {
    if (y > 0) return yIsOdd ? x : Infinity;
    return yIsOdd ? (x < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw raiseNew(PyExc_ZeroDivisionError, '0.0 cannot be raised to a negative power');
    return yIsOdd ? x : 0.0;
  }
  let negate = false;
  if (x < 0) {
    // float_pow hands a fractional power of a negative base to complex before coming here.
    x = -x;
    negate = yIsOdd;
  }
  if (x === 1.0) return negate ? -1.0 : 1.0;
  const r = pow(x, y);
  if (r === Infinity) {
    // libm reports overflow in errno (ERANGE); CPython raises it with the errno's text.
    throw newException(PyExc_OverflowError,
      [newInt(34), newStr('Numerical result out of range')], null);
  }
  return negate ? -r : r;
}

/** An exact (numerator, denominator) pair of a finite double; the denominator a power of 2. */
export function doubleRatio(x: number): [bigint, bigint] {
  let m = x;
  let e = 0;
  // Doubling is exact, and at most 1074 steps make any finite double an integer.
  while (m !== Math.floor(m)) { m *= 2; e++; }
  let num = BigInt(m);
  let den = 1n << BigInt(e);
  while (den > 1n && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; }
  return [num, den];
}

/** @see floatobject.c float_pow */
export function floatPow(a: PyObject, b: PyObject, c: PyObject | null): PyObject {
  if (c !== null && c.ob_type.tp_name !== 'NoneType') {
    if (floatOperand(a) !== null && floatOperand(b) !== null) {
      throw raiseNew(PyExc_TypeError,
        'pow() 3rd argument not allowed unless all arguments are integers');
    }
    return Py_NotImplemented;
  }
  const x = floatOperand(a);
  const y = floatOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  // A negative base to a fractional power has a complex result (PEP 3141 numeric tower).
  // (-inf) ** 0.5 is inf, though: float_pow settles infinite bases first.
  if (x < 0 && x !== -Infinity && Number.isFinite(y) && y !== Math.floor(y)) {
    const [re, im] = complexPowValues(x, 0, y, 0);
    return newComplex(re, im);
  }
  return newFloat(floatPowValues(x, y));
}

export function floatNeg(a: PyObject): PyObject { return newFloat(-(a as PyFloat).value); }
export function floatPos(a: PyObject): PyObject { return newFloat((a as PyFloat).value); }
export function floatAbs(a: PyObject): PyObject { return newFloat(Math.abs((a as PyFloat).value)); }
export function floatBool(a: PyObject): boolean { return (a as PyFloat).value !== 0; }

/** int(x) for a float: truncate toward zero. @see floatobject.c float___trunc___impl */
export function floatToInt(v: number): PyObject {
  if (Number.isNaN(v)) throw raiseNew(PyExc_ValueError, 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) {
    throw raiseNew(PyExc_OverflowError, 'cannot convert float infinity to integer');
  }
  const t = Math.trunc(v);
  return newInt(Number.isSafeInteger(t) ? t : BigInt(t));
}

export function floatInt(a: PyObject): PyObject { return floatToInt((a as PyFloat).value); }

/**
 * float == int compares exact values, never rounding the int: 2**53 + 1 != float(2**53 + 1).
 * @see floatobject.c float_richcompare
 */
export function floatRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = (a as PyFloat).value;
  if (PyFloat_Check(b)) {
    const y = (b as PyFloat).value;
    return compareDoubles(x, y, op);
  }
  if (!PyLong_Check(b)) return Py_NotImplemented;
  const iv = (b as PyLong).value;
  if (typeof iv === 'number') return compareDoubles(x, iv, op);
  if (Number.isNaN(x)) return op === 3 ? Py_True : Py_False;
  if (!Number.isFinite(x)) return cmpResult(x > 0 ? 1 : -1, op);
  const fl = Math.floor(x);
  const c = intCompare(BigInt(fl), iv);
  // A fractional part makes x bigger than floor(x): equal floors mean x > i.
  return cmpResult(c === 0 && fl !== x ? 1 : c, op);
}

function compareDoubles(x: number, y: number, op: number): PyObject {
  let r: boolean;
  switch (op) {
    case 0: r = x < y; break;
    case 1: r = x <= y; break;
    case 2: r = x === y; break;
    case 3: r = x !== y; break;
    case 4: r = x > y; break;
    default: r = x >= y;
  }
  return r ? Py_True : Py_False;
}

/** @see floatobject.c float_as_number */
export function floatNumberSlots(): Partial<PyNumberMethods> {
  return {
    nb_add: floatAdd, nb_subtract: floatSub, nb_multiply: floatMul, nb_remainder: floatRem,
    nb_divmod: floatDivmod, nb_power: floatPow, nb_negative: floatNeg, nb_positive: floatPos,
    nb_absolute: floatAbs, nb_bool: floatBool, nb_int: floatInt, nb_float: floatPos,
    nb_floor_divide: floatFloorDiv, nb_true_divide: floatDiv,
  };
}

export { PyFloat_Type };
