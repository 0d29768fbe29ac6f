// Mirrors the rest of Objects/longobject.c: int() (long_new_impl, PyLong_FromString with
// its underscore and base-prefix rules and the 4300-digit limit) and int's methods
// (bit_length, bit_count, to_bytes, from_bytes, as_integer_ratio, is_integer, conjugate) and
// attributes (real, imag, numerator, denominator).

import { bytesLikeValue } from '@ceval/core/objects/pybuffer';
import { PyObject, PyTypeObject, PyMethodDef, PyGetSetDef, typeName } from '@ceval/core/object';
import { PyLong, PyLong_Type, newInt, PyLong_Check, intMaxStrDigits }
  from '@ceval/core/objects/longobject';
import { PyFloat_Check, PyFloat } from '@ceval/core/objects/floatobject';
import { PyUnicode, PyUnicode_Type } from '@ceval/core/objects/unicodeobject';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError }
  from '@ceval/core/objects/exceptions';
import { noMemory, raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { floatToInt } from './floatobject.js';
import { numberIndex } from './abstract.js';

/** Digit value of a character code in bases up to 36, or 99. */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

const PY_SPACE = /[\s\x1c-\x1f\x85]/u;
const DECIMAL = /\p{Nd}/u;

/**
 * What int() and float() parse instead of the str they were given: every Unicode decimal
 * digit becomes its ASCII digit ('٣' -> '3'), every Unicode space a ' ', anything else
 * outside ASCII a '?' that no parser accepts. Pure ASCII text is returned as it is.
 * @see unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII
 */
export function transformDecimalAndSpaceToAscii(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 128) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (const ch of text.slice(i)) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c !== 0xfeff && PY_SPACE.test(ch)) out += ' ';
    else if (DECIMAL.test(ch)) {
      // Decimal digits come in runs of ten starting at a zero, so the digit's value is its
      // distance from the start of its run, modulo 10.
      let start = c;
      while (start > 0 && c - start < 100 && DECIMAL.test(String.fromCodePoint(start - 1))) start--;
      out += String.fromCharCode(48 + ((c - start) % 10));
    } else out += '?';
  }
  return out;
}

/** Strip the ASCII whitespace C's Py_ISSPACE knows. */
export function asciiStrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isAsciiSpace(s.charCodeAt(a))) a++;
  while (b > a && isAsciiSpace(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * Parse an int literal the way int(str, base) does: surrounding whitespace, a sign, an
 * optional 0x/0o/0b prefix matching the base (base 0 infers it), single underscores between
 * digits, and no leading zeros in base 0. Returns null when the text is not valid.
 * @see longobject.c PyLong_FromString
 */
export function parseIntLiteral(text: string, base: number): number | bigint | null {
  let s = asciiStrip(text);
  let neg = false;
  if (s.startsWith('+') || s.startsWith('-')) { neg = s[0] === '-'; s = s.slice(1); }
  const p = s.slice(0, 2).toLowerCase();
  const prefixBase = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  let afterPrefix = false;
  if (base === 0) {
    if (prefixBase) { base = prefixBase; s = s.slice(2); afterPrefix = true; }
    else {
      base = 10;
      // "010" is ambiguous (C octal?), so base 0 rejects leading zeros unless all zeros.
      if (/^0+(_?0)*[1-9]/.test(s)) return null;
    }
  } else if (prefixBase === base) {
    s = s.slice(2);
    afterPrefix = true;
  }
  if (s.length === 0) return null;
  if (afterPrefix && s[0] === '_') s = s.slice(1);
  let digits = '';
  let prevUnderscore = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) return null;
      prevUnderscore = true;
      continue;
    }
    if (digitValue(c) >= base) return null;
    digits += s[i];
    prevUnderscore = false;
  }
  if (prevUnderscore) return null;
  // Bases that are powers of two convert in linear time; the others are limited (CVE-2020-10735).
  if ((base & (base - 1)) !== 0) checkIntStrDigitsParse(digits.length);
  let v: bigint;
  if (base === 10) v = BigInt(digits);
  else if (base === 16) v = BigInt('0x' + digits);
  else if (base === 8) v = BigInt('0o' + digits);
  else if (base === 2) v = BigInt('0b' + digits);
  else {
    v = 0n;
    const b = BigInt(base);
    for (let i = 0; i < digits.length; i++) v = v * b + BigInt(digitValue(digits.charCodeAt(i)));
  }
  if (neg) v = -v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function checkIntStrDigitsParse(n: number): void {
  const limit = intMaxStrDigits;
  if (limit > 0 && n > limit) {
    throw raiseNew(PyExc_ValueError, `Exceeds the limit (${limit} digits) for integer string `
      + `conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
}

function kwArg(kwargs: PyObject | null, name: string): PyObject | null {
  return kwargs instanceof PyDict ? kwargs.getItemStr(name) : null;
}

/** int(x=0, /, base=10). @see longobject.c long_new_impl */
export function longNew(type: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const nkw = kwargs instanceof PyDict ? kwargs.ma_used : 0;
  if (args.length + nkw > 2) {
    throw raiseNew(PyExc_TypeError, nkw > 0
      ? `int() takes at most 2 arguments (${args.length + nkw} given)`
      : `int expected at most 2 arguments, got ${args.length}`);
  }
  if (kwargs instanceof PyDict && nkw > 0) {
    for (const k of kwargs.keys()) {
      const name = (k as PyUnicode).value;
      if (name !== 'base') {
        throw raiseNew(PyExc_TypeError, `int() got an unexpected keyword argument '${name}'`);
      }
      if (args.length > 1) {
        throw raiseNew(PyExc_TypeError,
          "argument for int() given by name ('base') and position (2)");
      }
    }
  }
  const baseArg = args.length > 1 ? args[1] : kwArg(kwargs, 'base');
  let r: PyObject;
  if (args.length === 0) {
    if (baseArg !== null) throw raiseNew(PyExc_TypeError, 'int() missing string argument');
    r = newInt(0);
  } else {
    const x = args[0];
    if (baseArg !== null) {
      if (!PyLong_Check(baseArg)) {
        throw raiseNew(PyExc_TypeError,
          `'${typeName(baseArg.ob_type)}' object cannot be interpreted as an integer`);
      }
      const base = Number((baseArg as PyLong).value);
      if (!(base === 0 || (base >= 2 && base <= 36))) {
        throw raiseNew(PyExc_ValueError, 'int() base must be >= 2 and <= 36, or 0');
      }
      const isByteArray = x.ob_type.tp_name === 'bytearray';
      if (!(x instanceof PyUnicode) && !(x instanceof PyBytes) && !isByteArray) {
        throw raiseNew(PyExc_TypeError, "int() can't convert non-string with explicit base");
      }
      r = fromText(isByteArray ? newBytes(bytesLikeValue(x)!.slice()) : x, base);
    } else if (PyLong_Check(x)) {
      r = newInt((x as PyLong).value);
    } else if (PyFloat_Check(x)) {
      r = floatToInt((x as PyFloat).value);
    } else if (x instanceof PyUnicode || x instanceof PyBytes) {
      r = fromText(x, 10);
    } else {
      const nb = x.ob_type.tp_as_number;
      const f = nb?.nb_int ?? nb?.nb_index ?? null;
      // Any other buffer (bytearray, memoryview) is read as the bytes it holds.
      const lent = f === null ? bytesLikeValue(x) : null;
      if (lent !== null) return finishNew(type, fromText(newBytes(lent.slice()), 10));
      if (f === null) {
        throw raiseNew(PyExc_TypeError, `int() argument must be a string, a bytes-like object `
          + `or a real number, not '${typeName(x.ob_type)}'`);
      }
      r = f(x);
    }
  }
  return finishNew(type, r);
}

function finishNew(type: PyTypeObject, r: PyObject): PyObject {
  if (type !== PyLong_Type) return new PyLong((r as PyLong).value, type);
  return r;
}

function fromText(x: PyObject, base: number): PyObject {
  const text = x instanceof PyUnicode ? transformDecimalAndSpaceToAscii(x.value)
    : Array.from((x as PyBytes).value, (b) => String.fromCharCode(b < 128 ? b : 63)).join('');
  const v = parseIntLiteral(text, base);
  if (v === null) {
    throw raiseNew(PyExc_ValueError,
      `invalid literal for int() with base ${base}: ${reprString(x)}`);
  }
  return newInt(v);
}

function big(o: PyObject): bigint {
  const v = (o as PyLong).value;
  return typeof v === 'number' ? BigInt(v) : v;
}

function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

function argOrKw(args: PyObject[], i: number, kw: PyObject | null, name: string): PyObject | null {
  return i < args.length ? args[i] : kwArg(kw, name);
}

function byteorderOf(o: PyObject | null): 'big' | 'little' {
  if (o === null) return 'big';
  if (!(o instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, `to_bytes() argument 'byteorder' must be str, not `
      + typeName(o.ob_type));
  }
  if (o.value !== 'big' && o.value !== 'little') {
    throw raiseNew(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
  }
  return o.value;
}

/** @see longobject.c int_to_bytes_impl */
function toBytes(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  // signed is keyword-only: a third positional argument is an error.
  if (args.length > 2 || args.length + (kw instanceof PyDict ? kw.ma_used : 0) > 3) {
    const n = args.length + (kw instanceof PyDict ? kw.ma_used : 0);
    throw raiseNew(PyExc_TypeError, n > 3 ? `to_bytes() takes at most 3 arguments (${n} given)`
      : `to_bytes() takes at most 2 positional arguments (${args.length} given)`);
  }
  const lengthObj = argOrKw(args, 0, kw, 'length');
  const lengthBig = lengthObj === null ? 1n : BigInt(numberIndex(lengthObj).value);
  if (lengthBig >= 1n << 63n || lengthBig < -(1n << 63n)) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  const length = Number(lengthBig);
  if (length < 0) throw raiseNew(PyExc_ValueError, 'length argument must be non-negative');
  const order = byteorderOf(argOrKw(args, 1, kw, 'byteorder'));
  const signedObj = kwArg(kw, 'signed');
  const signed = signedObj !== null && signedObj !== Py_False && big(signedObj) !== 0n;
  let v = big(self);
  if (v < 0n && !signed) {
    throw raiseNew(PyExc_OverflowError, "can't convert negative int to unsigned");
  }
  // Compare bit lengths rather than build 2**(8*length), which a huge length makes impossible.
  const magnitude = v < 0n ? -v - 1n : v;
  const need = magnitude === 0n ? 0 : magnitude.toString(2).length + (signed ? 1 : 0);
  const fits = need <= length * 8;
  if (!fits || (length === 0 && v !== 0n)) throw raiseNew(PyExc_OverflowError, 'int too big to convert');
  if (length > 2 ** 32) throw noMemory();
  const bits = BigInt(length * 8);
  if (v < 0n) v += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) { out[i] = Number(v & 255n); v >>= 8n; }
  if (order === 'little') out.reverse();
  return newBytes(out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False). @see int_from_bytes_impl */
function fromBytes(args: PyObject[], kwnames: string[] | null): PyObject {
  const kw = new Map<string, PyObject>();
  let pos = args;
  if (kwnames !== null) {
    pos = args.slice(0, args.length - kwnames.length);
    kwnames.forEach((k, i) => kw.set(k, args[pos.length + i]));
  }
  if (pos.length + kw.size > 3) {
    throw raiseNew(PyExc_TypeError,
      `from_bytes() takes at most 3 arguments (${pos.length + kw.size} given)`);
  }
  const data = pos[0] ?? kw.get('bytes');
  if (data === undefined) {
    throw raiseNew(PyExc_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
  }
  if (!(data instanceof PyBytes)) {
    throw raiseNew(PyExc_TypeError, 'cannot convert \'' + typeName((data ?? pos[0]).ob_type)
      + "' object to bytes");
  }
  const order = byteorderOf(pos[1] ?? kw.get('byteorder') ?? null);
  const s = kw.get('signed');
  const signed = s !== undefined && s !== Py_False && big(s) !== 0n;
  const bytes = order === 'little' ? [...data.value].reverse() : [...data.value];
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0] >= 128) v -= 1n << BigInt(bytes.length * 8);
  return newInt(v);
}

const methods: PyMethodDef[] = [
  { ml_name: 'bit_length', ml_meth: (self) => newInt(bitLength(big(self))) },
  {
    ml_name: 'bit_count',
    ml_meth: (self) => {
      const v = big(self);
      return newInt([...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length);
    },
  },
  { ml_name: 'to_bytes', ml_meth: toBytes },
  { ml_name: 'as_integer_ratio', ml_meth: (self) => newTuple([newInt(big(self)), newInt(1)]) },
  { ml_name: 'is_integer', ml_meth: () => Py_True },
  { ml_name: 'conjugate', ml_meth: (self) => newInt((self as PyLong).value) },
  { ml_name: '__index__', ml_meth: (self) => newInt((self as PyLong).value) },
];

const getset: PyGetSetDef[] = [
  { name: 'real', get: (self) => newInt((self as PyLong).value), set: null },
  { name: 'imag', get: () => newInt(0), set: null },
  { name: 'numerator', get: (self) => newInt((self as PyLong).value), set: null },
  { name: 'denominator', get: () => newInt(1), set: null },
];

/** The method table, getsets and class methods lecture 04 gives int. */
export const longMethods = methods;
export const longGetSet = getset;
export const longFromBytes = new PyCFunction('from_bytes', fromBytes, null);
export { PyUnicode_Type };
