// Mirrors the rest of Objects/floatobject.c: float() (float_new_impl, PyOS_string_to_double's
// accepted spellings), float's methods (is_integer, as_integer_ratio, hex, fromhex,
// conjugate, __round__ via double_round) and attributes; and complex() from
// Objects/complexobject.c.

import { PyObject, PyTypeObject, PyMethodDef, PyGetSetDef, typeName } from '@ceval/core/object';
import { PyFloat, PyFloat_Type, newFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { PyLong, newInt, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyComplex, PyComplex_Type, newComplex, PyComplex_Check }
  from '@ceval/core/objects/complexobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { floatToInt, floatOperand } from './floatobject.js';

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** float('...') text, or null. @see Python/pystrtod.c _Py_string_to_number_with_underscores */
export function parseFloatLiteral(text: string): number | null {
  const s = text.trim();
  if (!FLOAT_RE.test(s)) return null;
  const t = s.replace(/_/g, '').toLowerCase();
  const sign = t.startsWith('-') ? -1 : 1;
  const body = t.replace(/^[+-]/, '');
  if (body === 'inf' || body === 'infinity') return sign * Infinity;
  if (body === 'nan') return NaN;
  return Number(t);
}

/** float(x=0.0, /). @see floatobject.c float_new_impl */
export function floatNew(type: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs !== null && (kwargs as { ma_used?: number }).ma_used) {
    throw raiseNew(PyExc_TypeError, 'float() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `float expected at most 1 argument, got ${args.length}`);
  }
  let v = 0;
  if (args.length === 1) {
    const x = args[0];
    if (x instanceof PyUnicode) {
      const r = parseFloatLiteral(x.value);
      if (r === null) {
        throw raiseNew(PyExc_ValueError, `could not convert string to float: ${reprString(x)}`);
      }
      v = r;
    } else {
      const d = floatOperand(x);
      if (d === null) {
        throw raiseNew(PyExc_TypeError,
          `float() argument must be a string or a real number, not '${typeName(x.ob_type)}'`);
      }
      v = d;
    }
  }
  return type === PyFloat_Type ? newFloat(v) : new PyFloat(v, type);
}

/** An exact (numerator, denominator) pair of a finite double. */
export function doubleRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw raiseNew(PyExc_ValueError, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) {
    throw raiseNew(PyExc_OverflowError, 'cannot convert Infinity to integer ratio');
  }
  let den = 1n;
  let m = x;
  let e = 0;
  while (m !== Math.floor(m)) { m *= 2; e++; }
  let num = BigInt(m);
  den = 1n << BigInt(e);
  while (den > 1n && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; }
  return [num, den];
}

/** '0x1.999999999999ap-4'. @see floatobject.c float_hex */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  let exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let lead = 1;
  if (exp === 0) { lead = 0; exp = -1022; } else exp -= 1023;
  // Subnormals print as 0x0.<frac>p-1022, like C's %a as CPython formats it.
  const hex = mant.toString(16).padStart(13, '0');
  if (lead === 0) {
    // CPython normalises subnormals so the leading digit is 1.
    let m = mant;
    let e = -1022;
    while ((m & (1n << 52n)) === 0n) { m <<= 1n; e--; }
    mant = m & ((1n << 52n) - 1n);
    return `${sign}0x1.${mant.toString(16).padStart(13, '0')}p${e}`;
  }
  return `${sign}0x${lead}.${hex}p${exp >= 0 ? '+' : ''}${exp}`;
}

/** float.fromhex(s). @see floatobject.c float_fromhex */
export function floatFromHex(text: string): number {
  const s = text.trim();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i.exec(s);
  const special = /^([+-])?(inf|infinity|nan)$/i.exec(s);
  if (special) {
    const neg = special[1] === '-';
    return special[2].toLowerCase() === 'nan' ? NaN : neg ? -Infinity : Infinity;
  }
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw raiseNew(PyExc_ValueError, 'invalid hexadecimal floating-point string');
  }
  const intPart = m[2];
  const frac = m[3] ?? '';
  const digits = BigInt('0x' + ((intPart + frac) || '0'));
  const exp = Number(m[4] ?? '0') - 4 * frac.length;
  // Exact scaling: digits * 2**exp, rounded once by Number().
  let v: number;
  if (exp >= 0) v = Number(digits << BigInt(Math.min(exp, 2000)));
  else {
    const shift = -exp;
    const q = digits >> BigInt(shift > 2000 ? 2000 : shift);
    void q;
    v = Number(digits) / 2 ** Math.min(shift, 1074) / 2 ** Math.max(0, shift - 1074);
  }
  if (!Number.isFinite(v)) {
    throw raiseNew(PyExc_OverflowError, 'hexadecimal value too large to represent as a float');
  }
  return m[1] === '-' ? -v : v;
}

/**
 * round(x, n) for floats, correctly rounded: x * 10**n is computed exactly with bigints,
 * rounded half-even, and the decimal result converted back once — the same result as
 * CPython's dtoa-based double_round. round(2.675, 2) is 2.67 because the double nearest
 * 2.675 lies just below it.
 */
export function doubleRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const [num, den] = doubleRatio(x);
  let n: bigint;
  let d: bigint;
  if (ndigits >= 0) { n = num * 10n ** BigInt(ndigits); d = den; }
  else { n = num; d = den * 10n ** BigInt(-ndigits); }
  const neg = n < 0n;
  if (neg) n = -n;
  let q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && (q & 1n) === 1n)) q += 1n;
  const text = `${neg ? '-' : ''}${q}e${-ndigits}`;
  const v = Number(text);
  if (!Number.isFinite(v)) throw raiseNew(PyExc_OverflowError, 'rounded value too large to represent');
  return v === 0 && neg ? -0 : v;
}

/** Round half to even to an integer-valued double (C's rint under the default mode). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 ? 2 * Math.round(x / 2) : r;
}

/** float.__round__(ndigits=None). @see floatobject.c float___round___impl */
export function floatRound(x: number, nd: PyObject | null): PyObject {
  if (nd === null || nd === Py_None) return floatToInt(roundHalfEven(x));
  const n = Number((nd as PyLong).value);
  return newFloat(doubleRound(x, n));
}

function val(o: PyObject): number {
  return (o as PyFloat).value;
}

export const floatMethods: PyMethodDef[] = [
  { ml_name: 'is_integer', ml_meth: (s) => (Number.isInteger(val(s)) ? Py_True : Py_False) },
  {
    ml_name: 'as_integer_ratio',
    ml_meth: (s) => {
      const [a, b] = doubleRatio(val(s));
      return newTuple([newInt(a), newInt(b)]);
    },
  },
  { ml_name: 'hex', ml_meth: (s) => new PyUnicode(floatHex(val(s))) },
  { ml_name: 'conjugate', ml_meth: (s) => newFloat(val(s)) },
  { ml_name: '__trunc__', ml_meth: (s) => floatToInt(val(s)) },
  { ml_name: '__floor__', ml_meth: (s) => floatToInt(Math.floor(val(s))) },
  { ml_name: '__ceil__', ml_meth: (s) => floatToInt(Math.ceil(val(s))) },
  { ml_name: '__round__', ml_meth: (s, a) => floatRound(val(s), a[0] ?? null) },
];

export const floatGetSet: PyGetSetDef[] = [
  { name: 'real', get: (s) => newFloat(val(s)), set: null },
  { name: 'imag', get: () => newFloat(0), set: null },
];

export const floatFromHexFn = new PyCFunction('fromhex', (args) => {
  const s = args[args.length - 1];
  if (!(s instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, `bad argument type for built-in operation`);
  }
  return newFloat(floatFromHex(s.value));
}, null);

const COMPLEX_RE = /^\(?\s*([+-]?(?:\d[\d_]*\.?[\d_]*(?:e[+-]?\d+)?|\.\d[\d_]*(?:e[+-]?\d+)?|inf(?:inity)?|nan))?(?:\s*([+-](?:\d[\d_]*\.?[\d_]*(?:e[+-]?\d+)?|\.\d[\d_]*(?:e[+-]?\d+)?|inf(?:inity)?|nan)?)j)?\s*\)?$/i;

/** complex(real=0, imag=0) and complex('1+2j'). @see complexobject.c complex_new_impl */
export function complexNew(type: PyTypeObject, args: PyObject[], _kw: PyObject | null): PyObject {
  let re = 0;
  let im = 0;
  const r = args[0];
  const i = args[1];
  if (r instanceof PyUnicode) {
    if (i !== undefined) {
      throw raiseNew(PyExc_TypeError, "complex() can't take second arg if first is a string");
    }
    const s = r.value.trim();
    const pure = /^\(?\s*([+-]?(?:[\d_.]+(?:e[+-]?\d+)?|inf(?:inity)?|nan)?)j\s*\)?$/i.exec(s);
    const m = pure ? null : COMPLEX_RE.exec(s);
    if (pure) {
      const t = pure[1];
      im = t === '' || t === '+' ? 1 : t === '-' ? -1 : parseFloatLiteral(t) ?? NaN;
    } else if (m && (m[1] !== undefined || m[2] !== undefined)) {
      re = m[1] !== undefined ? parseFloatLiteral(m[1]) ?? NaN : 0;
      if (m[2] !== undefined) {
        im = m[2] === '+' ? 1 : m[2] === '-' ? -1 : parseFloatLiteral(m[2]) ?? NaN;
      }
    } else {
      throw raiseNew(PyExc_ValueError, 'complex() arg is a malformed string');
    }
  } else {
    const part = (o: PyObject | undefined): [number, number] => {
      if (o === undefined) return [0, 0];
      if (PyComplex_Check(o)) return [(o as PyComplex).real, (o as PyComplex).imag];
      const d = floatOperand(o);
      if (d === null) {
        throw raiseNew(PyExc_TypeError, `complex() first argument must be a string or a number, `
          + `not '${typeName(o.ob_type)}'`);
      }
      return [d, 0];
    };
    // Only complex arguments mix parts (complex(1j, 1j) == -1+1j); adding a zero
    // imaginary part would lose the sign of complex(-0.0, -0.0).
    const [ar, ai] = part(r);
    const [br, bi] = part(i);
    const rc = r !== undefined && PyComplex_Check(r);
    const ic = i !== undefined && PyComplex_Check(i);
    re = ic ? ar - bi : ar;
    im = i === undefined ? ai : rc ? ai + br : br;
  }
  return type === PyComplex_Type ? newComplex(re, im) : new PyComplex(re, im, type);
}

export const complexGetSet: PyGetSetDef[] = [
  { name: 'real', get: (s) => newFloat((s as PyComplex).real), set: null },
  { name: 'imag', get: (s) => newFloat((s as PyComplex).imag), set: null },
];

export const complexMethods: PyMethodDef[] = [
  {
    ml_name: 'conjugate',
    ml_meth: (s) => newComplex((s as PyComplex).real, -(s as PyComplex).imag),
  },
];

export { PyFloat_Check, PyLong_Check };
