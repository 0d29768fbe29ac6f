// Mirrors PyUnicode_Format in Objects/unicodeobject.c and _PyBytes_FormatEx in
// Objects/bytesobject.c: printf-style `%` formatting, reached through str's and bytes'
// nb_remainder slot (unicode_mod, bytes_mod). One engine serves both; bytes differ only in
// what %s/%r/%c accept and produce.

import { bytesLikeValue } from '@ceval/core/objects/pybuffer';
import { PyObject, typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyFloat, newFloat } from '@ceval/core/objects/floatobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { reprString, strString } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { formatValue, asciiRepr } from './formatter.js';
import { getItem } from './abstract.js';

// Flags, as bits (F_LJUST ... in unicodeobject.c).
const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** The argument cursor: a tuple's items, one object, or a mapping for %(key)s. */
class Args {
  items: PyObject[];
  pos = 0;
  dict: PyObject | null;
  constructor(arg: PyObject, isBytes: boolean) {
    this.items = arg instanceof PyTuple ? arg.items : [arg];
    // A mapping argument enables %(name)s. str formatting counts bytes as one (it has
    // mp_subscript); bytes formatting excludes bytes, bytearray and str.
    const byteLike = arg instanceof PyBytes || arg.ob_type.tp_name === 'bytearray';
    this.dict = !(arg instanceof PyTuple) && !(arg instanceof PyUnicode) && !(isBytes && byteLike)
      && arg.ob_type.tp_as_mapping?.mp_subscript != null ? arg : null;
  }
  next(): PyObject {
    if (this.pos >= this.items.length) {
      throw raiseNew(PyExc_TypeError, 'not enough arguments for format string');
    }
    return this.items[this.pos++];
  }
}

function intOf(o: PyObject): bigint | number {
  return (o as PyLong).value;
}

/** The integer a %d/%i/%u operand stands for: ints, and floats truncated. */
function asInteger(o: PyObject, c: string): bigint | number {
  if (PyLong_Check(o)) return intOf(o);
  if (o instanceof PyFloat) {
    const v = o.value;
    if (v !== v) throw raiseNew(PyExc_ValueError, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) {
      throw raiseNew(PyExc_OverflowError, 'cannot convert float infinity to integer');
    }
    const t = Math.trunc(v);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  const nb = o.ob_type.tp_as_number;
  const f = nb?.nb_int ?? null;
  if (f !== null) return intOf(f(o));
  throw raiseNew(PyExc_TypeError,
    `%${c} format: a real number is required, not ${typeName(o.ob_type)}`);
}

/** The integer a %x/%o/%X operand stands for: ints only (or __index__). */
function asIndex(o: PyObject, c: string): bigint | number {
  if (PyLong_Check(o)) return intOf(o);
  const f = o.ob_type.tp_as_number?.nb_index ?? null;
  if (f !== null) return intOf(f(o));
  throw raiseNew(PyExc_TypeError,
    `%${c} format: an integer is required, not ${typeName(o.ob_type)}`);
}

function asDouble(o: PyObject, isBytes: boolean): number {
  if (o instanceof PyFloat) return o.value;
  if (PyLong_Check(o)) {
    const v = intOf(o);
    const d = Number(v);
    if (!Number.isFinite(d)) {
      throw raiseNew(PyExc_OverflowError, 'int too large to convert to float');
    }
    return d;
  }
  const f = o.ob_type.tp_as_number?.nb_float ?? null;
  if (f !== null) return (f(o) as PyFloat).value;
  throw raiseNew(PyExc_TypeError, isBytes ? `float argument required, not ${typeName(o.ob_type)}`
    : `must be real number, not ${typeName(o.ob_type)}`);
}

/** Pad `body` (which may start with a sign and a 0x-style prefix) to `width`. */
function pad(body: string, width: number, flags: number, numeric: boolean, prefixLen: number):
  string {
  // Widths count code points: an astral character is one.
  const len = codePointLength(body);
  if (len >= width) return body;
  const n = width - len;
  if (flags & F_LJUST) return body + ' '.repeat(n);
  if (numeric && (flags & F_ZERO)) {
    // Zeros go between the sign/prefix and the digits: -0x00ff.
    return body.slice(0, prefixLen) + '0'.repeat(n) + body.slice(prefixLen);
  }
  return ' '.repeat(n) + body;
}

function formatInt(v: bigint | number, c: string, flags: number, prec: number): [string, number] {
  const neg = typeof v === 'bigint' ? v < 0n : v < 0;
  const abs = typeof v === 'bigint' ? (neg ? -v : v) : Math.abs(v);
  const base = c === 'x' || c === 'X' ? 16 : c === 'o' ? 8 : 10;
  let digits = abs.toString(base);
  if (c === 'X') digits = digits.toUpperCase();
  if (prec >= 0 && digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
  const sign = neg ? '-' : flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '';
  const prefix = flags & F_ALT && base !== 10 ? '0' + c : '';
  return [sign + prefix + digits, sign.length + prefix.length];
}

function formatDouble(v: number, c: string, flags: number, prec: number): [string, number] {
  let spec = flags & F_SIGN ? '+' : flags & F_BLANK ? ' ' : '';
  if (flags & F_ALT) spec += '#';
  spec += '.' + (prec < 0 ? 6 : prec) + c;
  const s = formatValue(newFloat(v), spec);
  return [s, s[0] === '-' || s[0] === '+' || s[0] === ' ' ? 1 : 0];
}

/**
 * `fmt % args` for str and bytes. `isBytes` switches %s/%r/%a/%c to their bytes meanings;
 * `fmt` is then the Latin-1 view of the bytes and so is the result.
 * @see Objects/unicodeobject.c PyUnicode_Format, Objects/bytesobject.c _PyBytes_FormatEx
 */
export function percentFormat(fmt: string, arg: PyObject, isBytes: boolean): string {
  const args = new Args(arg, isBytes);
  let out = '';
  let i = 0;
  const n = fmt.length;
  let usedDict = false;
  while (i < n) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) { out += fmt.slice(i); break; }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw raiseNew(PyExc_ValueError, 'incomplete format');
    if (fmt[i] === '%') { out += '%'; i++; continue; }
    let one: PyObject | null = null;
    if (fmt[i] === '(') {
      if (args.dict === null) throw raiseNew(PyExc_TypeError, 'format requires a mapping');
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === '(') depth++; else if (fmt[i] === ')') depth--;
        i++;
      }
      if (depth > 0) throw raiseNew(PyExc_ValueError, 'incomplete format key');
      const key = fmt.slice(start, i - 1);
      one = getItem(args.dict, isBytes ? latin1Bytes(key) : newStr(key));
      usedDict = true;
      // After a keyed lookup no positional argument is left (not even for a '*').
      args.pos = args.items.length;
    }
    const keyed = one;
    let flags = 0;
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === '-') flags |= F_LJUST;
      else if (f === '+') flags |= F_SIGN;
      else if (f === ' ') flags |= F_BLANK;
      else if (f === '#') flags |= F_ALT;
      else if (f === '0') flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[i] === '*') {
      width = starArg(args.next());
      if (width < 0) { flags |= F_LJUST; width = -width; }
      i++;
    } else {
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        width = Math.max(width, 0) * 10 + (fmt.charCodeAt(i++) - 48);
      }
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      prec = 0;
      if (fmt[i] === '*') { prec = Math.max(0, starArg(args.next())); i++; }
      else {
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          prec = prec * 10 + (fmt.charCodeAt(i++) - 48);
        }
      }
    }
    // Length modifiers (h, l, L) are accepted and ignored, as in C's printf.
    while (i < n && (fmt[i] === 'h' || fmt[i] === 'l' || fmt[i] === 'L')) i++;
    if (i >= n) throw raiseNew(PyExc_ValueError, 'incomplete format');
    const c = fmt[i];
    const at = i;
    i++;
    const v = keyed ?? args.next();
    // A '%' after flags or a width is not the '%%' escape: CPython fetches an argument,
    // then rejects it as an unknown conversion.
    let body: string;
    let prefixLen = 0;
    let numeric = false;
    switch (c) {
      case 's': case 'r': case 'a': case 'b':
        body = isBytes ? bytesText(v, c) : c === 's' ? strString(v) : c === 'r' ? reprString(v)
          : c === 'a' ? asciiRepr(reprString(v)) : unsupported(c, at);
        if (prec >= 0) body = sliceCodePoints(body, prec);
        break;
      case 'c': body = charOf(v, isBytes); break;
      case 'd': case 'i': case 'u':
        // bytes names %i as %d in its errors (_PyBytes_FormatEx folds 'i' into 'd').
        [body, prefixLen] = formatInt(asInteger(v, isBytes && c === 'i' ? 'd' : c), 'd', flags,
          prec);
        numeric = true;
        break;
      case 'x': case 'X': case 'o':
        [body, prefixLen] = formatInt(asIndex(v, c), c, flags, prec); numeric = true; break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        [body, prefixLen] = formatDouble(asDouble(v, isBytes), c, flags, prec);
        numeric = true;
        break;
      default: return unsupported(c, at);
    }
    out += pad(body, width, flags, numeric, prefixLen);
  }
  if (args.pos < args.items.length && !usedDict && args.dict === null) {
    throw raiseNew(PyExc_TypeError, `not all arguments converted during ${
      isBytes ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

function unsupported(c: string, at: number): never {
  const code = c.codePointAt(0)!;
  const shown = code > 32 && code < 127 ? c : '?';
  throw raiseNew(PyExc_ValueError, `unsupported format character '${shown}' (0x${
    code.toString(16)}) at index ${at}`);
}

function starArg(o: PyObject): number {
  if (!PyLong_Check(o)) throw raiseNew(PyExc_TypeError, '* wants int');
  const v = intOf(o);
  if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 0xd800 && ch < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) { n--; i++; }
    }
  }
  return n;
}

function sliceCodePoints(s: string, n: number): string {
  let off = 0;
  for (let k = 0; k < n && off < s.length; k++) {
    const ch = s.charCodeAt(off);
    off += ch >= 0xd800 && ch < 0xdc00 && off + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, off);
}

function charOf(v: PyObject, isBytes: boolean): string {
  if (isBytes) {
    // A bytes or bytearray of length 1 (not any buffer). @see bytesobject.c byte_converter
    const one = v instanceof PyBytes || v.ob_type.tp_name === 'bytearray' ? bytesLikeValue(v) : null;
    if (one !== null && one.length === 1) return String.fromCharCode(one[0]);
    if (PyLong_Check(v)) {
      const x = Number(intOf(v));
      if (x < 0 || x > 255) throw raiseNew(PyExc_OverflowError, '%c arg not in range(256)');
      return String.fromCharCode(x);
    }
    throw raiseNew(PyExc_TypeError, '%c requires an integer in range(256) or a single byte');
  }
  if (v instanceof PyUnicode && [...v.value].length === 1) return v.value;
  if (PyLong_Check(v)) {
    const x = Number(intOf(v));
    if (x < 0 || x > 0x10ffff) throw raiseNew(PyExc_OverflowError, '%c arg not in range(0x110000)');
    return String.fromCodePoint(x);
  }
  throw raiseNew(PyExc_TypeError, '%c requires int or char');
}

// %s/%b on bytes take bytes (or __bytes__); %r/%a give the ASCII repr, as bytes.
function bytesText(v: PyObject, c: string): string {
  if (c === 'r' || c === 'a') return asciiRepr(reprString(v));
  const lent = bytesLikeValue(v);
  if (lent !== null) return latin1(lent);
  throw raiseNew(PyExc_TypeError, `%b requires a bytes-like object, or an object that `
    + `implements __bytes__, not '${typeName(v.ob_type)}'`);
}

function latin1(v: Uint8Array): string {
  let s = '';
  for (let k = 0; k < v.length; k++) s += String.fromCharCode(v[k]);
  return s;
}

function latin1Bytes(s: string): PyBytes {
  const b = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) b[k] = s.charCodeAt(k);
  return newBytes(b) as PyBytes;
}

/** str's nb_remainder. @see Objects/unicodeobject.c unicode_mod */
export function unicodeMod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyUnicode)) return Py_NotImplemented;
  return newStr(percentFormat(a.value, b, false));
}

/** bytes' nb_remainder. @see Objects/bytesobject.c bytes_mod */
export function bytesMod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyBytes)) return Py_NotImplemented;
  return latin1Bytes(percentFormat(latin1(a.value), b, true));
}

