// Mirrors Objects/bytesobject.c (bytes_as_sequence, bytes_subscript, bytes_richcompare,
// bytes_new, the bytes methods) and the shared ASCII helpers of Objects/bytes_methods.c.
// core/src/objects/bytesobject.ts owns the object itself (a Uint8Array), its repr and hash.

import { PyObject, PyTypeObject, PySequenceMethods, PyMappingMethods, PyMethodDef, typeName }
  from '@ceval/core/object';
import { PyBytes, PyBytes_Type, newBytes } from '@ceval/core/objects/bytesobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyLong, PyLong_Check, newInt } from '@ceval/core/objects/longobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False, newBool } from '@ceval/core/objects/boolobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError }
  from '@ceval/core/objects/exceptions';
import { raiseNew, checkRepeat, noMemory } from '@ceval/core/runtime/errors';
import { bytesLikeValue } from '@ceval/core/objects/pybuffer';
import { newList } from '@ceval/core/runtime/listobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PySlice, sliceIndices, indexValue, sliceIndexArg, isIndex, asIndex } from './sliceobject.js';
import { lookupInType } from '@ceval/core/runtime/abstract';
import { currentInterpreter } from '@ceval/core/interpreter';
import { iterItems, noArgs } from './abstract.js';
import { bytesMaketransMethod } from './bytes-methods.js';
import { unicodeDecode, unicodeEncode, codecArg } from './unicode-codecs.js';

function bv(o: PyObject): Uint8Array {
  return (o as PyBytes).value;
}

/** The buffer of a bytes-like argument (bytes, bytearray, memoryview), or CPython's TypeError. */
export function bufArg(o: PyObject | undefined): Uint8Array {
  const v = o === undefined ? null : bytesLikeValue(o);
  if (v !== null) return v;
  throw raiseNew(PyExc_TypeError, `a bytes-like object is required, not '${
    o === undefined ? 'NoneType' : typeName(o.ob_type)}'`);
}

// Most methods work on a Latin-1 view of the buffer: one JS char per byte, so the string
// algorithms of the engine (indexOf, split) apply and map back byte for byte.
function l1(v: Uint8Array): string {
  let s = '';
  for (let i = 0; i < v.length; i += 8192) {
    s += String.fromCharCode.apply(null, v.subarray(i, i + 8192) as unknown as number[]);
  }
  return s;
}

function fromL1(s: string): PyBytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return newBytes(out);
}

/** The largest byte string ceval allocates (a bigger one is a MemoryError). */
export const MAX_BYTES = 2 ** 32;

/** A size argument: PyNumber_AsSsize_t(o, PyExc_OverflowError) with the index message. */
export function sizeArg(o: PyObject): number {
  const v = (o as PyLong).value;
  if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) {
    throw raiseNew(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return Number(v);
}

function intArg(o: PyObject | undefined, d: number): number {
  if (o === undefined) return d;
  const v = indexValue(o);
  if (v === null) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return v;
}

export const bytesSequence: Partial<PySequenceMethods> = {
  sq_length: (o) => bv(o).length,
  sq_concat: (a, b) => {
    const y = bytesLikeValue(b);
    if (y === null) {
      throw raiseNew(PyExc_TypeError, `can't concat ${typeName(b.ob_type)} to bytes`);
    }
    const x = bv(a);
    if (y.length === 0 && a.ob_type === PyBytes_Type) return a;
    const out = new Uint8Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return newBytes(out);
  },
  sq_repeat: (a, n) => {
    const x = bv(a);
    if (n <= 0 || x.length === 0) return newBytes(new Uint8Array(0));
    if (n === 1 && a.ob_type === PyBytes_Type) return a;
    checkRepeat(x.length, n, 'repeated bytes are too long', MAX_BYTES);
    const out = new Uint8Array(x.length * n);
    for (let i = 0; i < n; i++) out.set(x, i * x.length);
    return newBytes(out);
  },
  sq_item: (o, i) => {
    const v = bv(o);
    if (i < 0 || i >= v.length) throw raiseNew(PyExc_IndexError, 'index out of range');
    return newInt(v[i]);
  },
  sq_contains: (o, x) => {
    if (PyLong_Check(x)) {
      const c = indexValue(x)!;
      if (c < 0 || c > 255) throw raiseNew(PyExc_ValueError, 'byte must be in range(0, 256)');
      return bv(o).includes(c);
    }
    return l1(bv(o)).includes(l1(bufArg(x)));
  },
};

export const bytesMapping: Partial<PyMappingMethods> = {
  mp_length: (o) => bv(o).length,
  mp_subscript: (o, key) => {
    const v = bv(o);
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, v.length);
      if (step === 1) return newBytes(v.slice(start, start + len));
      const out = new Uint8Array(len);
      for (let i = 0, p = start; i < len; i++, p += step) out[i] = v[p];
      return newBytes(out);
    }
    const i0 = indexValue(key);
    if (i0 === null) {
      throw raiseNew(PyExc_TypeError,
        `byte indices must be integers or slices, not ${typeName(key.ob_type)}`);
    }
    const i = i0 < 0 ? i0 + v.length : i0;
    if (i < 0 || i >= v.length) throw raiseNew(PyExc_IndexError, 'index out of range');
    return newInt(v[i]);
  },
};

/** Byte-wise lexicographic order. @see Objects/bytesobject.c bytes_richcompare */
export function bytesRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyBytes) || !(b instanceof PyBytes)) return Py_NotImplemented;
  const x = a.value;
  const y = b.value;
  const n = Math.min(x.length, y.length);
  let i = 0;
  while (i < n && x[i] === y[i]) i++;
  const c = i < n ? x[i] - y[i] : x.length - y.length;
  const r = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
  return r ? Py_True : Py_False;
}

// ASCII character classes: bytes methods never look beyond ASCII (bytes_methods.c).
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);

function mapBytes(o: PyObject, f: (c: number, i: number, prev: number) => number): PyObject {
  const v = bv(o);
  const out = new Uint8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = f(v[i], i, i > 0 ? v[i - 1] : 32);
  return newBytes(out);
}

const upper = (c: number): number => (isLower(c) ? c - 32 : c);
const lower = (c: number): number => (isUpper(c) ? c + 32 : c);

function every(o: PyObject, f: (c: number) => boolean): PyObject {
  const v = bv(o);
  if (v.length === 0) return Py_False;
  for (let i = 0; i < v.length; i++) if (!f(v[i])) return Py_False;
  return Py_True;
}

function titleBytes(o: PyObject): PyObject {
  let prevCased = false;
  return mapBytes(o, (c) => {
    const cased = isAlpha(c);
    const r = cased ? (prevCased ? lower(c) : upper(c)) : c;
    prevCased = cased;
    return r;
  });
}

/**
 * start/end arguments, adjusted like ADJUST_INDICES in stringlib: negatives count from the
 * end, the end is clamped to the length, but a start past the end stays there (so an empty
 * range finds nothing, not even b'').
 */
function span(n: number, args: PyObject[], from: number): [number, number] {
  const norm = (o: PyObject | undefined, d: number, clampHigh: boolean): number => {
    if (o === undefined || o === Py_None) return d;
    let v = sliceIndexArg(o);
    if (v < 0) v = Math.max(0, v + n);
    return clampHigh ? Math.min(v, n) : v;
  };
  return [norm(args[from], 0, false), norm(args[from + 1], n, true)];
}

function subArg(o: PyObject | undefined): string {
  if (o !== undefined && PyLong_Check(o)) {
    const c = indexValue(o)!;
    if (c < 0 || c > 255) throw raiseNew(PyExc_ValueError, 'byte must be in range(0, 256)');
    return String.fromCharCode(c);
  }
  const v = o === undefined ? null : bytesLikeValue(o);
  if (v !== null) return l1(v);
  throw raiseNew(PyExc_TypeError, `argument should be integer or bytes-like object, not '${
    o === undefined ? 'NoneType' : typeName(o.ob_type)}'`);
}

function find(self: PyObject, args: PyObject[], reverse: boolean): number {
  const s = l1(bv(self));
  const sub = subArg(args[0]);
  const [a, b] = span(s.length, args, 1);
  if (b - a < sub.length) return -1;
  const hay = s.slice(0, b);
  const i = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub, a);
  return i < a ? -1 : i;
}

function affix(self: PyObject, args: PyObject[], name: string, end: boolean): PyObject {
  if (args.length < 1 || args.length > 3) {
    throw raiseNew(PyExc_TypeError, `${name} expected at ${args.length < 1 ? 'least 1 argument'
      : 'most 3 arguments'}, got ${args.length}`);
  }
  const s = l1(bv(self));
  const [a, b] = span(s.length, args, 1);
  const part = s.slice(a, b);
  const x = args[0];
  const test = (p: PyObject): boolean => {
    const t = l1(bufArg(p));
    return b - a >= t.length && (end ? part.endsWith(t) : part.startsWith(t));
  };
  if (x instanceof PyTuple) return newBool(x.items.some(test));
  if (bytesLikeValue(x) === null) {
    throw raiseNew(PyExc_TypeError, `${name} first arg must be bytes or a tuple of bytes, `
      + `not ${typeName(x.ob_type)}`);
  }
  return newBool(test(x));
}

function splitWs(s: string, maxsplit: number, reverse: boolean): string[] {
  const out: string[] = [];
  const ws = (i: number): boolean => isSpace(s.charCodeAt(i));
  if (!reverse) {
    let i = 0;
    const n = s.length;
    while (i < n) {
      while (i < n && ws(i)) i++;
      if (i === n) break;
      if (maxsplit >= 0 && out.length >= maxsplit) { out.push(s.slice(i)); break; }
      let j = i;
      while (j < n && !ws(j)) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  let j = s.length;
  while (j > 0) {
    while (j > 0 && ws(j - 1)) j--;
    if (j === 0) break;
    if (maxsplit >= 0 && out.length >= maxsplit) { out.unshift(s.slice(0, j)); break; }
    let i = j;
    while (i > 0 && !ws(i - 1)) i--;
    out.unshift(s.slice(i, j));
    j = i;
  }
  return out;
}

function split(self: PyObject, args: PyObject[], kw: PyObject | null, reverse: boolean):
  PyObject {
  const sep = args[0] ?? kwArg(kw, 'sep') ?? Py_None;
  const ms = args[1] ?? kwArg(kw, 'maxsplit');
  const maxsplit = ms === undefined ? -1 : intArg(ms, -1);
  const s = l1(bv(self));
  let parts: string[];
  if (sep === Py_None) parts = splitWs(s, maxsplit, reverse);
  else {
    const d = l1(bufArg(sep));
    if (d === '') throw raiseNew(PyExc_ValueError, 'empty separator');
    parts = s.split(d);
    if (maxsplit >= 0 && parts.length - 1 > maxsplit) {
      parts = reverse
        ? [parts.slice(0, parts.length - maxsplit).join(d), ...parts.slice(parts.length - maxsplit)]
        : [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(d)];
    }
  }
  return newList(parts.map(fromL1));
}

function kwArg(kw: PyObject | null, name: string): PyObject | undefined {
  return kw instanceof PyDict ? kw.getItemStr(name) ?? undefined : undefined;
}

function strip(self: PyObject, chars: PyObject | undefined, left: boolean, right: boolean):
  PyObject {
  const v = bv(self);
  const set = chars === undefined || chars === Py_None ? null : bufArg(chars);
  const test = (c: number): boolean => (set === null ? isSpace(c) : set.includes(c));
  let a = 0;
  let b = v.length;
  if (left) while (a < b && test(v[a])) a++;
  if (right) while (b > a && test(v[b - 1])) b--;
  return newBytes(v.slice(a, b));
}

function pad(self: PyObject, args: PyObject[], name: string, where: 0 | 1 | 2): PyObject {
  const s = l1(bv(self));
  const width = intArg(args[0], 0);
  let fill = ' ';
  if (args[1] !== undefined) {
    const f = bytesLikeValue(args[1]);
    if (f === null || f.length !== 1) {
      throw raiseNew(PyExc_TypeError, `${name}() argument 2 must be a byte string of length 1, `
        + `not ${f === null ? typeName(args[1].ob_type) : 'bytes'}`);
    }
    fill = String.fromCharCode(f[0]);
  }
  if (width <= s.length) return self.ob_type === PyBytes_Type ? self : fromL1(s);
  const total = width - s.length;
  const left = where === 0 ? 0 : where === 1 ? total : Math.floor(total / 2) + (total & width & 1);
  return fromL1(fill.repeat(left) + s + fill.repeat(total - left));
}

function partition(self: PyObject, sepObj: PyObject | undefined, reverse: boolean): PyObject {
  const s = l1(bv(self));
  const sep = l1(bufArg(sepObj));
  if (sep === '') throw raiseNew(PyExc_ValueError, 'empty separator');
  const i = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
  const empty = newBytes(new Uint8Array(0));
  if (i < 0) return new PyTuple(reverse ? [empty, empty, self] : [self, empty, empty]);
  return new PyTuple([fromL1(s.slice(0, i)), sepObj!, fromL1(s.slice(i + sep.length))]);
}

const HEX = '0123456789abcdef';

/** bytes.hex([sep[, bytes_per_sep]]). @see Python/pystrhex.c _Py_strhex_impl */
export function bytesHexString(self: PyObject, args: PyObject[]): string {
  const v = bv(self);
  let sep = '';
  if (args[0] !== undefined) {
    sep = args[0] instanceof PyUnicode ? args[0].value : l1(bufArg(args[0]));
    if (sep.length !== 1) throw raiseNew(PyExc_ValueError, 'sep must be length 1.');
    if (sep.charCodeAt(0) > 127) throw raiseNew(PyExc_ValueError, 'sep must be ASCII.');
  }
  const per = intArg(args[1], 1);
  let out = '';
  for (let i = 0; i < v.length; i++) {
    // Separators count groups from the right for a positive bytes_per_sep.
    const fromEnd = per > 0 ? v.length - i : i;
    if (sep !== '' && i > 0 && per !== 0 && fromEnd % Math.abs(per) === 0) out += sep;
    out += HEX[v[i] >> 4] + HEX[v[i] & 15];
  }
  return out;
}

/** bytes.fromhex(string): pairs of hex digits, ASCII whitespace between pairs. */
export function bytesFromHex(args: PyObject[]): PyObject {
  const a = args[0];
  if (!(a instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, `fromhex() argument must be str, not ${
      a === undefined ? 'NoneType' : typeName(a.ob_type)}`);
  }
  const s = a.value;
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (isSpace(s.charCodeAt(i))) { i++; continue; }
    const hi = parseInt(s[i], 16);
    const lo = i + 1 < s.length ? parseInt(s[i + 1], 16) : NaN;
    if (Number.isNaN(hi) || !/[0-9a-fA-F]/.test(s[i])) {
      throw raiseNew(PyExc_ValueError,
        `non-hexadecimal number found in fromhex() arg at position ${i}`);
    }
    if (Number.isNaN(lo) || !/[0-9a-fA-F]/.test(s[i + 1])) {
      throw raiseNew(PyExc_ValueError,
        `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    }
    out.push(hi * 16 + lo);
    i += 2;
  }
  return newBytes(Uint8Array.from(out));
}

const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: PyObject | null) => PyObject):
  PyMethodDef => ({ ml_name: name, ml_meth: fn });

export const bytesMethods: PyMethodDef[] = [
  // bytes(x) asks x.__bytes__ first; a bytes is its own answer, a subclass gives a copy.
  // @see Objects/bytesobject.c bytes___bytes___impl
  m('__bytes__', (s, a, kw) => {
    noArgs('bytes.__bytes__', a, kw);
    return s.ob_type === PyBytes_Type ? s : newBytes(bv(s).slice());
  }),
  // What copy and pickle pass to bytes.__new__: a fresh exact bytes of the same value.
  // @see Objects/bytesobject.c bytes_getnewargs
  m('__getnewargs__', (s, a, kw) => {
    noArgs('bytes.__getnewargs__', a, kw);
    return new PyTuple([newBytes(bv(s).slice())]);
  }),
  m('decode', (s, a, kw) => {
    const enc = a[0] ?? kwArg(kw, 'encoding');
    const err = a[1] ?? kwArg(kw, 'errors');
    const name = enc === undefined ? 'utf-8' : codecArg(enc, 'decode', 'encoding');
    const errors = err === undefined ? 'strict' : codecArg(err, 'decode', 'errors');
    return newStr(unicodeDecode(s, bv(s), name, errors));
  }),
  m('hex', (s, a) => newStr(bytesHexString(s, a))),
  m('translate', (s, a, kw) => {
    // table: None or 256 bytes; delete: bytes whose values are dropped first.
    const table = a[0] ?? Py_None;
    const del = a[1] ?? kwArg(kw, 'delete');
    const map = table === Py_None ? null : bufArg(table);
    if (map !== null && map.length !== 256) {
      throw raiseNew(PyExc_ValueError, 'translation table must be 256 characters long');
    }
    const drop = del === undefined ? null : bufArg(del);
    const v = bv(s);
    const out: number[] = [];
    for (let i = 0; i < v.length; i++) {
      if (drop !== null && drop.includes(v[i])) continue;
      out.push(map === null ? v[i] : map[v[i]]);
    }
    return newBytes(Uint8Array.from(out));
  }),
  m('split', (s, a, kw) => split(s, a, kw, false)),
  m('rsplit', (s, a, kw) => split(s, a, kw, true)),
  m('join', (s, a, kw) => {
    // METH_O: exactly one argument.
    if (a.length !== 1 || (kw instanceof PyDict && kw.ma_used > 0)) {
      throw raiseNew(PyExc_TypeError, kw instanceof PyDict && kw.ma_used > 0
        ? 'bytes.join() takes no keyword arguments'
        : `bytes.join() takes exactly one argument (${a.length} given)`);
    }
    const parts = iterItems(a[0]).map((x, i) => {
      const v = bytesLikeValue(x);
      if (v === null) {
        throw raiseNew(PyExc_TypeError,
          `sequence item ${i}: expected a bytes-like object, ${typeName(x.ob_type)} found`);
      }
      return l1(v);
    });
    return fromL1(parts.join(l1(bv(s))));
  }),
  m('strip', (s, a) => strip(s, a[0], true, true)),
  m('lstrip', (s, a) => strip(s, a[0], true, false)),
  m('rstrip', (s, a) => strip(s, a[0], false, true)),
  m('replace', (s, a) => {
    const text = l1(bv(s));
    const old = l1(bufArg(a[0]));
    const neu = l1(bufArg(a[1]));
    let count = intArg(a[2], -1);
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    if (old === '') {
      let out = '';
      let k = 0;
      for (let i = 0; i <= text.length; i++) {
        if (k < count) { out += neu; k++; }
        if (i < text.length) out += text[i];
      }
      return fromL1(out);
    }
    const parts = text.split(old);
    if (parts.length - 1 <= count) return fromL1(parts.join(neu));
    return fromL1(parts.slice(0, count + 1).join(neu) + old + parts.slice(count + 1).join(old));
  }),
  m('find', (s, a) => newInt(find(s, a, false))),
  m('rfind', (s, a) => newInt(find(s, a, true))),
  m('index', (s, a) => {
    const i = find(s, a, false);
    if (i < 0) throw raiseNew(PyExc_ValueError, 'subsection not found');
    return newInt(i);
  }),
  m('rindex', (s, a) => {
    const i = find(s, a, true);
    if (i < 0) throw raiseNew(PyExc_ValueError, 'subsection not found');
    return newInt(i);
  }),
  m('count', (s, a) => {
    const text = l1(bv(s));
    const sub = subArg(a[0]);
    const [x, y] = span(text.length, a, 1);
    if (y - x < sub.length) return newInt(0);
    const part = text.slice(x, y);
    return newInt(sub === '' ? part.length + 1 : part.split(sub).length - 1);
  }),
  m('startswith', (s, a) => affix(s, a, 'startswith', false)),
  m('endswith', (s, a) => affix(s, a, 'endswith', true)),
  m('upper', (s) => mapBytes(s, upper)),
  m('lower', (s) => mapBytes(s, lower)),
  m('swapcase', (s) => mapBytes(s, (c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c))),
  m('capitalize', (s) => mapBytes(s, (c, i) => (i === 0 ? upper(c) : lower(c)))),
  m('title', (s) => titleBytes(s)),
  m('isalpha', (s) => every(s, isAlpha)),
  m('isdigit', (s) => every(s, isDigit)),
  m('isalnum', (s) => every(s, (c) => isAlpha(c) || isDigit(c))),
  m('isspace', (s) => every(s, isSpace)),
  m('isascii', (s) => newBool(bv(s).every((c) => c < 128))),
  m('islower', (s) => newBool(bv(s).some(isLower) && !bv(s).some(isUpper))),
  m('isupper', (s) => newBool(bv(s).some(isUpper) && !bv(s).some(isLower))),
  m('istitle', (s) => {
    const v = bv(s);
    return newBool(v.some(isAlpha) && l1(bv(titleBytes(s))) === l1(v));
  }),
  m('partition', (s, a) => partition(s, a[0], false)),
  m('rpartition', (s, a) => partition(s, a[0], true)),
  m('center', (s, a) => pad(s, a, 'center', 2)),
  m('ljust', (s, a) => pad(s, a, 'ljust', 0)),
  m('rjust', (s, a) => pad(s, a, 'rjust', 1)),
  m('zfill', (s, a) => {
    const t = l1(bv(s));
    const width = intArg(a[0], 0);
    if (width <= t.length) return s;
    const fill = '0'.repeat(width - t.length);
    if (t[0] === '+' || t[0] === '-') return fromL1(t[0] + fill + t.slice(1));
    return fromL1(fill + t);
  }),
  m('removeprefix', (s, a) => {
    const t = l1(bv(s));
    const p = l1(bufArg(a[0]));
    return p !== '' && t.startsWith(p) ? fromL1(t.slice(p.length)) : s;
  }),
  m('removesuffix', (s, a) => {
    const t = l1(bv(s));
    const p = l1(bufArg(a[0]));
    return p !== '' && t.endsWith(p) ? fromL1(t.slice(0, t.length - p.length)) : s;
  }),
  m('splitlines', (s, a, kw) => {
    const k = a[0] ?? kwArg(kw, 'keepends');
    const keep = k !== undefined && intArg(k, 0) !== 0;
    const text = l1(bv(s));
    const out: string[] = [];
    const re = /\r\n|[\n\r]/g;
    let last = 0;
    for (let mm = re.exec(text); mm !== null; mm = re.exec(text)) {
      out.push(text.slice(last, keep ? mm.index + mm[0].length : mm.index));
      last = mm.index + mm[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return newList(out.map(fromL1));
  }),
  m('expandtabs', (s, a) => {
    const size = intArg(a[0], 8);
    let col = 0;
    let out = '';
    for (const c of l1(bv(s))) {
      if (c === '\t') {
        if (size > 0) { const k = size - (col % size); out += ' '.repeat(k); col += k; }
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return fromL1(out);
  }),
];

/** The class namespace extras: bytes.fromhex is a classmethod, maketrans a static method. */
export function bytesTypeDict(): PyDict {
  const d = new PyDict();
  d.setItemStr('fromhex', new PyCFunction('fromhex', (a) => bytesFromHex(a), PyBytes_Type));
  d.setItemStr('maketrans', bytesMaketransMethod());
  return d;
}

/**
 * bytes(), bytes(int), bytes(str, encoding[, errors]), bytes(iterable of ints), bytes(b).
 * @see Objects/bytesobject.c bytes_new_impl
 */
export function bytesNew(type: PyTypeObject, args: PyObject[], kw?: PyObject | null): PyObject {
  const x = args[0] ?? kwArg(kw ?? null, 'source');
  const enc = args[1] ?? kwArg(kw ?? null, 'encoding');
  const err = args[2] ?? kwArg(kw ?? null, 'errors');
  const make = (v: Uint8Array): PyObject => (type === PyBytes_Type ? newBytes(v)
    : new PyBytes(v, type));
  if (x === undefined) {
    if (enc !== undefined || err !== undefined) {
      throw raiseNew(PyExc_TypeError, enc !== undefined ? 'encoding without a string argument'
        : 'errors without a string argument');
    }
    return make(new Uint8Array(0));
  }
  if (!(x instanceof PyUnicode) && !(x instanceof PyBytes) && (x.ob_type.tp_flags & (1 << 9))) {
    // A class may say how it becomes bytes. @see bytesobject.c bytes_new_impl (__bytes__)
    const conv = lookupInType(x, x.ob_type, '__bytes__');
    if (conv !== null) {
      if (enc !== undefined || err !== undefined) {
        throw raiseNew(PyExc_TypeError, enc !== undefined ? 'encoding without a string argument'
          : 'errors without a string argument');
      }
      const r = currentInterpreter().callObject(conv, [], null);
      if (!(r instanceof PyBytes)) {
        throw raiseNew(PyExc_TypeError, `__bytes__ returned non-bytes (type ${typeName(r.ob_type)})`);
      }
      return type === PyBytes_Type && r.ob_type === PyBytes_Type ? r : make(r.value.slice());
    }
  }
  if (x instanceof PyUnicode) {
    if (enc === undefined) throw raiseNew(PyExc_TypeError, 'string argument without an encoding');
    const name = codecArg(enc, 'bytes', 'encoding');
    const errors = err === undefined ? 'strict' : codecArg(err, 'bytes', 'errors');
    return make(bv(unicodeEncode(x.value, name, errors)));
  }
  if (enc !== undefined) throw raiseNew(PyExc_TypeError, 'encoding without a string argument');
  if (err !== undefined) throw raiseNew(PyExc_TypeError, 'errors without a string argument');
  if (x instanceof PyBytes) return type === PyBytes_Type && x.ob_type === PyBytes_Type ? x
    : make(x.value.slice());
  const lent = bytesLikeValue(x);
  if (lent !== null) return make(lent.slice());
  if (PyLong_Check(x) || isIndex(x)) {
    const n = sizeArg(asIndex(x)!);
    if (n < 0) throw raiseNew(PyExc_ValueError, 'negative count');
    if (n > MAX_BYTES) throw noMemory();
    return make(new Uint8Array(n));
  }
  if (x.ob_type.tp_iter === null && !(x instanceof PyTuple) && x.ob_type.tp_as_sequence === null) {
    throw raiseNew(PyExc_TypeError, `cannot convert '${typeName(x.ob_type)}' object to bytes`);
  }
  const items = iterItems(x);
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const c = intArg(items[i], 0);
    if (c < 0 || c > 255) throw raiseNew(PyExc_ValueError, 'bytes must be in range(0, 256)');
    out[i] = c;
  }
  return make(out);
}
