// Mirrors Objects/unicodeobject.c: the str type's identity, layout (a JS string; astral code
// points are surrogate pairs), repr, hash over the PEP 393 buffer, and interning.
// String methods and the sequence protocol arrive in lecture 05.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_UNICODE_SUBCLASS, PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { siphash13, hashOut, onHashReseed } from './siphash.js';
import { hashFromParts } from './pyhash.js';
import { NON_PRINTABLE_RANGES } from './unicodeprintable.js';

/**
 * A str. `value` holds the code points as a JS string. CPython stores 1, 2 or 4 bytes per
 * character (PEP 393) and the hash depends on that width, so we cache the width (`kind`)
 * and the code point length lazily, along with the hash halves.
 * @see Include/cpython/unicodeobject.h PyASCIIObject
 */
export class PyUnicode extends PyObject {
  declare value: string;
  /** 0 = not computed yet, else 1, 2 or 4 (bytes per char in CPython). 4 <=> has astral. */
  declare kind: number;
  /** Number of code points, -1 until computed (equals value.length unless kind is 4). */
  declare cpLength: number;
  /** Hash halves, valid when hashKnown. */
  declare hashLo: number;
  declare hashHi: number;
  declare hashKnown: boolean;
  declare interned: boolean;
  constructor(value: string, type: PyTypeObject = PyUnicode_Type) {
    super(type);
    this.value = value;
    this.kind = 0;
    this.cpLength = -1;
    this.hashLo = 0;
    this.hashHi = 0;
    this.hashKnown = false;
    this.interned = false;
  }
}

/** `str`. @see Objects/unicodeobject.c PyUnicode_Type */
export const PyUnicode_Type: PyTypeObject = newStaticType('str', undefined,
  Py_TPFLAGS_BASETYPE | Py_TPFLAGS_UNICODE_SUBCLASS);

// CPython shares the empty string and the 256 one-character Latin-1 strings.
const EMPTY = new PyUnicode('');
const latin1: PyUnicode[] = [];
for (let i = 0; i < 256; i++) latin1.push(new PyUnicode(String.fromCharCode(i)));

/** Make a str from a JS string. @see Objects/unicodeobject.c PyUnicode_FromString */
export function newStr(s: string): PyUnicode {
  if (s.length <= 1) {
    if (s.length === 0) return EMPTY;
    const c = s.charCodeAt(0);
    if (c < 256) return latin1[c];
  }
  return new PyUnicode(s);
}

const interned = new Map<string, PyUnicode>();

onHashReseed(() => {
  EMPTY.hashKnown = false;
  for (const u of latin1) u.hashKnown = false;
  for (const u of interned.values()) u.hashKnown = false;
});

/**
 * The one shared str object for this text (identifiers, attribute names, dict keys).
 * @see Objects/unicodeobject.c PyUnicode_InternInPlace
 */
export function internStr(s: string): PyUnicode {
  let o = interned.get(s);
  if (o === undefined) {
    o = newStr(s);
    o.interned = true;
    interned.set(s, o);
  }
  return o;
}

/**
 * Intern `s` itself: the str already in the table for its text, else `s`, which becomes the
 * one every later lookup returns (what `sys.intern` does).
 * @see Objects/unicodeobject.c _PyUnicode_InternMortal
 */
export function internInPlace(s: PyUnicode): PyUnicode {
  const o = interned.get(s.value);
  if (o !== undefined) return o;
  s.interned = true;
  interned.set(s.value, s);
  return s;
}

/** `PyUnicode_Check`. */
export function PyUnicode_Check(o: PyObject): boolean {
  return o.ob_type === PyUnicode_Type || PyObject_TypeCheck(o, PyUnicode_Type);
}

/** `PyUnicode_CheckExact`. */
export function PyUnicode_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyUnicode_Type;
}

function computeKind(u: PyUnicode): void {
  const s = u.value;
  let kind = 1, pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 256) continue;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { kind = 4; pairs++; i++; continue; }
    }
    if (kind < 2) kind = 2;
  }
  u.kind = kind;
  u.cpLength = s.length - pairs;
}

/** PEP 393 width of a str: 1 (Latin-1), 2 (BMP) or 4 (has astral characters). */
export function unicodeKind(u: PyUnicode): number {
  if (u.kind === 0) computeKind(u);
  return u.kind;
}

/** `len(s)` in code points. @see PyUnicode_GET_LENGTH */
export function unicodeLength(u: PyUnicode): number {
  if (u.cpLength < 0) computeKind(u);
  return u.cpLength;
}

/**
 * Code point `i` of a str as a JS string (one or two UTF-16 units); `i` must be in range.
 * Strings without astral characters index directly; others walk (CPython indexes its
 * fixed-width buffer, which a UTF-16 JS string is not once pairs appear).
 * @see Objects/unicodeobject.c unicode_getitem
 */
export function unicodeCharAt(u: PyUnicode, i: number): string {
  if (unicodeKind(u) !== 4) return u.value[i];
  return String.fromCodePoint(u.value.codePointAt(unicodeOffset(u, i))!);
}

/** The UTF-16 offset of code point `i` (0 <= i <= length). */
export function unicodeOffset(u: PyUnicode, i: number): number {
  return unicodeKind(u) !== 4 ? i : advance(u.value, 0, i);
}

// Step `n` code points forward from UTF-16 offset `off`.
function advance(s: string, off: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c < 0xdc00 && off + 1 < s.length &&
      (s.charCodeAt(off + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return off;
}

/** The code points [start, end) of a str as JS text (0 <= start <= end <= length). */
export function unicodeSubstring(u: PyUnicode, start: number, end: number): string {
  if (unicodeKind(u) !== 4) return u.value.slice(start, end);
  const a = advance(u.value, 0, start);
  return u.value.slice(a, advance(u.value, a, end - start));
}

let scratch = new Uint8Array(256);

/**
 * Hash a JS string as CPython hashes the equal str: SipHash-1-3 over its PEP 393 buffer
 * (little-endian, 1/2/4 bytes per char). Result in `hashOut`.
 */
function hashStringInto(s: string, kind: number): void {
  const n = s.length;
  if (n === 0) { hashOut.lo = 0; hashOut.hi = 0; return; }
  const need = n * kind;
  if (scratch.length < need) scratch = new Uint8Array(Math.max(need, scratch.length * 2));
  const b = scratch;
  let p = 0;
  if (kind === 1) {
    for (let i = 0; i < n; i++) b[i] = s.charCodeAt(i);
    p = n;
  } else if (kind === 2) {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      b[p] = c; b[p + 1] = c >>> 8; p += 2;
    }
  } else {
    for (let i = 0; i < n; i++) {
      const c = s.codePointAt(i)!;
      if (c > 0xffff) i++;
      b[p] = c; b[p + 1] = c >>> 8; b[p + 2] = c >>> 16; b[p + 3] = 0; p += 4;
    }
  }
  siphash13(b, p);
  // -1 is reserved for errors in C, so a hash of -1 becomes -2.
  if (hashOut.lo === -1 && hashOut.hi === -1) hashOut.lo = -2;
}

/** Compute (once) and cache the hash halves of a str. */
export function unicodeHashParts(u: PyUnicode): void {
  if (!u.hashKnown) {
    hashStringInto(u.value, unicodeKind(u));
    u.hashLo = hashOut.lo;
    u.hashHi = hashOut.hi;
    u.hashKnown = true;
  }
}

/** @see Objects/unicodeobject.c unicode_hash */
export function unicodeHash(o: PyObject): PyHash {
  const u = o as PyUnicode;
  unicodeHashParts(u);
  return hashFromParts(u.hashLo, u.hashHi);
}

/** The hash CPython gives a str with this text. */
export function stringHash(s: string): PyHash {
  let kind = 1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 256) {
      kind = 2;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) { kind = 4; break; }
      }
    }
  }
  hashStringInto(s, kind);
  return hashFromParts(hashOut.lo, hashOut.hi);
}

/**
 * `str.isprintable()` for one code point: not in the generated non-printable ranges.
 * @see Objects/unicodectype.c _PyUnicode_IsPrintable
 */
export function isPrintable(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  const r = NON_PRINTABLE_RANGES;
  // Binary search over [first, last] pairs.
  let lo = 0, hi = (r.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[2 * mid]) hi = mid - 1;
    else if (cp > r[2 * mid + 1]) lo = mid + 1;
    else return false;
  }
  return true;
}

const HEX = '0123456789abcdef';

function hexEsc(c: number, width: number): string {
  let s = '';
  for (let k = width - 1; k >= 0; k--) s += HEX[(c >>> (4 * k)) & 15];
  return s;
}

/**
 * repr(str): quotes chosen to avoid escaping (single unless the text has ' and no "),
 * `\t \n \r \\`, `\xhh` for other control/Latin-1 non-printables, `\uhhhh`, `\Uhhhhhhhh`.
 * @see Objects/unicodeobject.c unicode_repr
 */
export function unicodeReprString(s: string): string {
  let quote = "'";
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = '"';
  // Fast path: printable ASCII without quote or backslash needs no escaping at all.
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f || c === 0x5c || (c === 0x27 && quote === "'")) {
      simple = false;
      break;
    }
  }
  if (simple) return quote + s + quote;
  const parts: string[] = [quote];
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let w = 1;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); w = 2; }
    }
    let esc: string | null = null;
    if (c === 0x27 && quote === "'") esc = "\\'";
    else if (c === 0x5c) esc = '\\\\';
    else if (c === 0x09) esc = '\\t';
    else if (c === 0x0a) esc = '\\n';
    else if (c === 0x0d) esc = '\\r';
    else if (c < 0x20 || c === 0x7f) esc = '\\x' + hexEsc(c, 2);
    else if (c >= 0x7f && !isPrintable(c)) {
      if (c <= 0xff) esc = '\\x' + hexEsc(c, 2);
      else if (c <= 0xffff) esc = '\\u' + hexEsc(c, 4);
      else esc = '\\U' + hexEsc(c, 8);
    }
    if (esc !== null) {
      if (i > run) parts.push(s.slice(run, i));
      parts.push(esc);
      run = i + w;
    }
    if (w === 2) i++;
  }
  if (run < s.length) parts.push(s.slice(run));
  parts.push(quote);
  return parts.join('');
}

/** @see Objects/unicodeobject.c unicode_repr */
export function unicodeRepr(o: PyObject): string {
  return unicodeReprString((o as PyUnicode).value);
}

PyUnicode_Type.tp_repr = (o) => newStr(unicodeRepr(o));
PyUnicode_Type.tp_str = (o) => (o.ob_type === PyUnicode_Type ? o : newStr((o as PyUnicode).value));
PyUnicode_Type.tp_hash = unicodeHash;
