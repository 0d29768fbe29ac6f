// Mirrors the rest of Objects/floatobject.c: float() (float_new_impl, PyOS_string_to_double's
// accepted spellings), float's methods (is_integer, as_integer_ratio, hex, fromhex,
// conjugate, __round__ via double_round) and attributes; and complex() from
// Objects/complexobject.c.

import { bytesLikeValue } from '@ceval/core/objects/pybuffer';
import { PyObject, PyTypeObject, PyMethodDef, PyGetSetDef, typeName } from '@ceval/core/object';
import { PyFloat, PyFloat_Type, newFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { PyLong, newInt, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyComplex, PyComplex_Type, newComplex, PyComplex_Check }
  from '@ceval/core/objects/complexobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { currentInterpreter } from '@ceval/core/interpreter';
import { lookupInType } from '@ceval/core/runtime/abstract';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { floatToInt, floatOperand, doubleRatio as exactRatio } from './floatobject.js';
import { ldexpRound } from './longobject.js';
import { transformDecimalAndSpaceToAscii, asciiStrip } from './longobject-new.js';

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?|\d(?:_?\d)*\.(?:[eE][+-]?\d(?:_?\d)*)?|inf|infinity|nan)$/i;

/** float('...') text, or null. @see Python/pystrtod.c _Py_string_to_number_with_underscores */
export function parseFloatLiteral(text: string): number | null {
  const s = asciiStrip(transformDecimalAndSpaceToAscii(text));
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
    } else if (floatOperand(x) === null && bytesLikeValue(x) !== null) {
      // A bytes-like argument is read as ASCII text. @see floatobject.c PyFloat_FromString
      const b = bytesLikeValue(x)!;
      const r = parseFloatLiteral(String.fromCharCode(...b.subarray(0, 1000)));
      if (r === null || b.length > 1000) {
        throw raiseNew(PyExc_ValueError, `could not convert string to float: ${reprString(x)}`);
      }
      v = r;
    } else {
      const d = floatOperand(x) ?? numberFloat(x);
      if (d === null) {
        throw raiseNew(PyExc_TypeError,
          `float() argument must be a string or a real number, not '${typeName(x.ob_type)}'`);
      }
      v = d;
    }
  }
  return type === PyFloat_Type ? newFloat(v) : new PyFloat(v, type);
}

/**
 * float(x) for an object that is neither a float nor an int: its `__float__` (which must
 * return a float), else its `__index__`. @see Objects/abstract.c PyNumber_Float
 */
function numberFloat(x: PyObject): number | null {
  for (let c: PyTypeObject | null = x.ob_type; c !== null; c = c.tp_base) {
    const nb = c.tp_as_number;
    if (nb === null) continue;
    if (nb.nb_float !== null) {
      const r = nb.nb_float(x);
      if (!PyFloat_Check(r)) {
        throw raiseNew(PyExc_TypeError, `${typeName(x.ob_type)}.__float__ returned non-float `
          + `(type ${typeName(r.ob_type)})`);
      }
      return (r as PyFloat).value;
    }
    if (nb.nb_index !== null) return floatOperand(nb.nb_index(x));
  }
  return null;
}

/** An exact (numerator, denominator) pair of a double; NaN and infinities raise. */
export function doubleRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw raiseNew(PyExc_ValueError, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) {
    throw raiseNew(PyExc_OverflowError, 'cannot convert Infinity to integer ratio');
  }
  return exactRatio(x);
}

/**
 * '0x1.999999999999ap-4': the 52 fraction bits as 13 hex digits after a leading 1. A
 * subnormal keeps the leading 0 and the smallest exponent, -1022, so 5e-324 is
 * '0x0.0000000000001p-1022'. @see floatobject.c float_hex
 */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const lead = biased === 0 ? 0 : 1;
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${lead}.${frac}p${exp >= 0 ? '+' : ''}${exp}`;
}

const HEX_FLOAT_RE = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/i;

/**
 * float.fromhex(s): the hex digits are an exact integer, so digits * 2**exp needs just one
 * rounding, done by ldexpRound (which knows about subnormals: '0x1p-1075' ties to 0.0,
 * '0x3p-1076' rounds up to 5e-324). @see floatobject.c float_fromhex
 */
export function floatFromHex(text: string): number {
  const s = text.trim();
  const special = /^([+-])?(inf|infinity|nan)$/i.exec(s);
  if (special) {
    const neg = special[1] === '-';
    return special[2].toLowerCase() === 'nan' ? NaN : neg ? -Infinity : Infinity;
  }
  const m = HEX_FLOAT_RE.exec(s);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    throw raiseNew(PyExc_ValueError, 'invalid hexadecimal floating-point string');
  }
  const intPart = m[2].replace(/^0+/, '');
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const digits = BigInt('0x' + ((intPart + frac) || '0'));
  // Clamp absurd exponents: anything this far out is already 0 or infinite.
  const e = Math.max(-100000, Math.min(100000, Number(m[4] ?? '0')));
  const v = ldexpRound(digits, e - 4 * frac.length, false);
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

/**
 * The longest prefix of s at i that C's strtod reads as a float (sign, digits with an
 * optional point and exponent, inf/infinity/nan), as [value, end]; end === i if none.
 * @see Python/pystrtod.c PyOS_string_to_double
 */
function scanDouble(s: string, i: number): [number, number] {
  let j = i;
  if (s[j] === '+' || s[j] === '-') j++;
  const word = /^(infinity|inf|nan)/i.exec(s.slice(j, j + 8));
  if (word) {
    const end = j + word[1].length;
    const v = word[1].length === 3 && word[1].toLowerCase() === 'nan' ? NaN : Infinity;
    return [s[i] === '-' ? -v : v, end];
  }
  const d0 = j;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  let nd = j - d0;
  if (s[j] === '.') {
    const f0 = ++j;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    nd += j - f0;
  }
  if (nd === 0) return [0, i];
  if (s[j] === 'e' || s[j] === 'E') {
    let k = j + 1;
    if (s[k] === '+' || s[k] === '-') k++;
    const e0 = k;
    while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
    if (k > e0) j = k;
  }
  return [Number(s.slice(i, j)), j];
}

/**
 * Drop the underscores of a number literal, or return null if one is not between two
 * digits. @see Python/pystrtod.c _Py_string_to_number_with_underscores
 */
function stripUnderscores(s: string): string | null {
  if (s.indexOf('_') < 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '_') { out += s[i]; continue; }
    const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
    if (!isDigit(s[i - 1]) || !isDigit(s[i + 1])) return null;
  }
  return out;
}

/**
 * complex('...'): optional parentheses, then <float>, <float>j, <float><signed-float>j,
 * <float><sign>j, <sign>j or j, with no spaces inside. @see complexobject.c
 * complex_from_string_inner
 */
function complexFromString(text: PyUnicode): [number, number] {
  const raw = asciiStrip(transformDecimalAndSpaceToAscii(text.value));
  const s = stripUnderscores(raw);
  if (s === null) {
    throw raiseNew(PyExc_ValueError, `could not convert string to complex: ${reprString(text)}`);
  }
  const malformed = () => raiseNew(PyExc_ValueError, 'complex() arg is a malformed string');
  let i = 0;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (isSpace(s, i)) i++;
  }
  let x = 0;
  let y = 0;
  const [z, end] = scanDouble(s, i);
  if (end !== i) {
    i = end;
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const [w, end2] = scanDouble(s, i);
      if (end2 !== i) { y = w; i = end2; } else { y = s[i] === '+' ? 1 : -1; i++; }
      if (s[i] !== 'j' && s[i] !== 'J') throw malformed();
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      y = z;
      i++;
    } else x = z;
  } else {
    if (s[i] === '+' || s[i] === '-') { y = s[i] === '+' ? 1 : -1; i++; } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') throw malformed();
    i++;
  }
  while (isSpace(s, i)) i++;
  if (bracket) {
    if (s[i] !== ')') throw malformed();
    i++;
    while (isSpace(s, i)) i++;
  }
  if (i !== s.length) throw malformed();
  return [x, y];
}

function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13);
}

/** complex(real=0, imag=0) and complex('1+2j'). @see complexobject.c complex_new_impl */
export function complexNew(type: PyTypeObject, args: PyObject[], kw: PyObject | null): PyObject {
  let re = 0;
  let im = 0;
  let r: PyObject | undefined = args[0];
  let i: PyObject | undefined = args[1];
  if (kw instanceof PyDict && kw.ma_used > 0) {
    for (const k of kw.keys()) {
      const name = (k as PyUnicode).value;
      const pos = name === 'real' ? 0 : name === 'imag' ? 1 : -1;
      if (pos < 0) {
        throw raiseNew(PyExc_TypeError, `complex() got an unexpected keyword argument '${name}'`);
      }
      if (pos < args.length) {
        throw raiseNew(PyExc_TypeError,
          `argument for complex() given by name ('${name}') and position (${pos + 1})`);
      }
      if (pos === 0) r = kw.getItemStr(name)!; else i = kw.getItemStr(name)!;
    }
  }
  if (args.length > 2) {
    throw raiseNew(PyExc_TypeError, `complex() takes at most 2 arguments (${args.length} given)`);
  }
  if (r instanceof PyUnicode) {
    if (i !== undefined) {
      throw raiseNew(PyExc_TypeError, "complex() can't take second arg if first is a string");
    }
    [re, im] = complexFromString(r);
  } else {
    const part = (o: PyObject | undefined): [number, number] => {
      if (o === undefined) return [0, 0];
      if (PyComplex_Check(o)) return [(o as PyComplex).real, (o as PyComplex).imag];
      if (o === r && (o.ob_type.tp_flags & (1 << 9)) !== 0) {
        // A class may say how it becomes complex (__complex__, which must return a
        // complex). @see Objects/complexobject.c try_complex_special_method
        const conv = lookupInType(o, o.ob_type, '__complex__');
        if (conv !== null) {
          const c = currentInterpreter().callObject(conv, [], null);
          if (!PyComplex_Check(c)) {
            throw raiseNew(PyExc_TypeError, `__complex__ returned non-complex (type ${typeName(c.ob_type)})`);
          }
          return [(c as PyComplex).real, (c as PyComplex).imag];
        }
      }
      const d = floatOperand(o) ?? numberFloat(o);
      if (d === null && o === i && o instanceof PyUnicode) {
        throw raiseNew(PyExc_TypeError, "complex() second arg can't be a string");
      }
      if (d === null) {
        throw raiseNew(PyExc_TypeError, o === r
          ? `complex() first argument must be a string or a number, not '${typeName(o.ob_type)}'`
          : `complex() second argument must be a number, not '${typeName(o.ob_type)}'`);
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
