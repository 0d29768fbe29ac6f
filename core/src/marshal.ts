// Mirrors Python/marshal.c (reading side, versions 0-5; writing is in marshal-dumps.ts) and the
// .pyc header of
// Lib/importlib/_bootstrap_external.py: turns the bytes CPython 3.13 writes into objects, code
// objects included, so ceval can run and disassemble CPython's own .pyc files.

import type { PyObject } from './object.js';
import {
  Py_None, Py_Ellipsis, Py_True, Py_False, newInt, newFloat, newComplex, newStr, internStr,
  newBytes, newTuple, newFrozenSet, newSet, newDict, PyExc_StopIteration,
} from './objects/index.js';
import { newCodeFromFields, type CodeFields } from './dis-code.js';

/** The magic number of CPython 3.13 .pyc files (the first two header bytes, little-endian). */
export const MAGIC_NUMBER = 3571;
/** The 4 header bytes: magic, then "\r\n". @see Lib/importlib/_bootstrap_external.py */
export const MAGIC_BYTES = new Uint8Array([MAGIC_NUMBER & 0xff, MAGIC_NUMBER >> 8, 0x0d, 0x0a]);

/** Marshal type codes. @see Python/marshal.c TYPE_* */
const enum T {
  NULL = 0x30, // '0'
  NONE = 0x4e, // 'N'
  FALSE = 0x46, // 'F'
  TRUE = 0x54, // 'T'
  STOPITER = 0x53, // 'S'
  ELLIPSIS = 0x2e, // '.'
  INT = 0x69, // 'i'
  INT64 = 0x49, // 'I' (only ever read, for very old data)
  FLOAT = 0x66, // 'f'
  BINARY_FLOAT = 0x67, // 'g'
  COMPLEX = 0x78, // 'x'
  BINARY_COMPLEX = 0x79, // 'y'
  LONG = 0x6c, // 'l'
  STRING = 0x73, // 's' (bytes)
  INTERNED = 0x74, // 't'
  REF = 0x72, // 'r'
  TUPLE = 0x28, // '('
  LIST = 0x5b, // '['
  DICT = 0x7b, // '{'
  CODE = 0x63, // 'c'
  UNICODE = 0x75, // 'u'
  UNKNOWN = 0x3f, // '?'
  SET = 0x3c, // '<'
  FROZENSET = 0x3e, // '>'
  SLICE = 0x3a, // ':' (version 5)
  ASCII = 0x61, // 'a'
  ASCII_INTERNED = 0x41, // 'A'
  SMALL_TUPLE = 0x29, // ')'
  SHORT_ASCII = 0x7a, // 'z'
  SHORT_ASCII_INTERNED = 0x5a, // 'Z'
}
/** Set on a type byte when the object is remembered for later TYPE_REF back-references. */
const FLAG_REF = 0x80;

/** A malformed stream; the runtime turns it into the Python exception named by `pyType`. */
export class MarshalError extends Error {
  constructor(readonly pyType: 'ValueError' | 'EOFError' | 'TypeError', message: string) {
    super(message);
  }
}

/**
 * The types marshal can carry that core does not own yet (list, slice):
 * lectures plug their constructors in. Without them, such data is rejected cleanly.
 */
export interface MarshalHooks {
  newList?(items: PyObject[]): PyObject;
  /** The items of `o` if it is a list, else undefined (for dumps). */
  listItems?(o: PyObject): PyObject[] | undefined;
  newSlice?(start: PyObject, stop: PyObject, step: PyObject): PyObject;
}

let hooks: MarshalHooks = {};
/** Installs constructors for the non-core types (see MarshalHooks). */
export function setMarshalHooks(h: MarshalHooks): void {
  hooks = { ...hooks, ...h };
}

/** The hooks in force (the writer asks them to recognise lists). */
export function marshalHooks(): Readonly<MarshalHooks> {
  return hooks;
}

const BAD = 'bad marshal data';

/**
 * The reading state: position, the back-reference table, and nesting depth.
 * @see Python/marshal.c RFILE, r_object
 */
class Reader {
  pos = 0;
  readonly refs: (PyObject | null)[] = [];
  depth = 0;
  private readonly view: DataView;

  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  private need(n: number): number {
    const p = this.pos;
    if (p + n > this.buf.length) {
      throw new MarshalError('EOFError', 'marshal data too short');
    }
    this.pos = p + n;
    return p;
  }

  byte(): number {
    return this.buf[this.need(1)];
  }

  long(): number {
    return this.view.getInt32(this.need(4), true);
  }

  /** A view of the next n bytes: bytes objects are immutable, so they can share the input. */
  bytes(n: number): Uint8Array {
    if (n < 0) throw new MarshalError('ValueError', `${BAD} (bytes object size out of range)`);
    const p = this.need(n);
    return this.buf.subarray(p, p + n);
  }

  /** TYPE_LONG: a signed count of 15-bit digits, least significant first. */
  pyLong(): PyObject {
    const n = this.long();
    const size = Math.abs(n);
    if (size === 0) return newInt(0);
    let v = 0n;
    const p = this.need(size * 2);
    for (let i = size - 1; i >= 0; i--) {
      const d = this.view.getUint16(p + i * 2, true);
      if (d > 0x7fff) throw new MarshalError('ValueError', `${BAD} (digit out of range in long)`);
      if (d === 0 && i === size - 1) {
        throw new MarshalError('ValueError', `${BAD} (unnormalized long data)`);
      }
      v = (v << 15n) | BigInt(d);
    }
    return newInt(n < 0 ? -v : v);
  }

  /** Text floats: a length byte then the repr digits (marshal versions 0 and 1). */
  textFloat(): number {
    const n = this.byte();
    const p = this.need(n);
    return parsePyFloat(latin1(this.buf, p, p + n));
  }

  binaryFloat(): number {
    return this.view.getFloat64(this.need(8), true);
  }

  object(): PyObject {
    const o = this.objectOrNull();
    if (o === null) throw new MarshalError('TypeError', 'NULL object in marshal data for object');
    return o;
  }

  /** Reads one object; null is TYPE_NULL (the dict terminator, absent code fields). */
  objectOrNull(): PyObject | null {
    if (++this.depth > 2000) {
      throw new MarshalError('ValueError', 'recursion limit exceeded');
    }
    try {
      return this.read();
    } finally {
      this.depth--;
    }
  }

  // With FLAG_REF, the object's slot in `refs` is claimed before its contents are read, so
  // indices follow the order in which objects start (what the writer numbered).
  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(null);
    return this.refs.length - 1;
  }

  private keep<O extends PyObject>(idx: number, o: O): O {
    if (idx >= 0) this.refs[idx] = o;
    return o;
  }

  private read(): PyObject | null {
    // Running out of data exactly where an object should start has its own message.
    if (this.pos >= this.buf.length) {
      throw new MarshalError('EOFError', 'EOF read where object expected');
    }
    const code = this.byte();
    const flag = (code & FLAG_REF) !== 0;
    const type = code & ~FLAG_REF;
    switch (type) {
      case T.NULL: return null;
      case T.NONE: return Py_None;
      case T.ELLIPSIS: return Py_Ellipsis;
      case T.FALSE: return Py_False;
      case T.TRUE: return Py_True;
      case T.STOPITER: return PyExc_StopIteration;
      case T.INT: {
        const idx = this.reserve(flag);
        return this.keep(idx, newInt(this.long()));
      }
      case T.INT64: {
        const idx = this.reserve(flag);
        const p = this.need(8);
        return this.keep(idx, newInt(this.view.getBigInt64(p, true)));
      }
      case T.LONG: {
        const idx = this.reserve(flag);
        return this.keep(idx, this.pyLong());
      }
      case T.FLOAT: {
        const idx = this.reserve(flag);
        return this.keep(idx, newFloat(this.textFloat()));
      }
      case T.BINARY_FLOAT: {
        const idx = this.reserve(flag);
        return this.keep(idx, newFloat(this.binaryFloat()));
      }
      case T.COMPLEX: {
        const idx = this.reserve(flag);
        const re = this.textFloat();
        return this.keep(idx, newComplex(re, this.textFloat()));
      }
      case T.BINARY_COMPLEX: {
        const idx = this.reserve(flag);
        const re = this.binaryFloat();
        return this.keep(idx, newComplex(re, this.binaryFloat()));
      }
      case T.STRING: {
        const idx = this.reserve(flag);
        return this.keep(idx, newBytes(this.bytes(this.long())));
      }
      case T.UNICODE: case T.INTERNED: {
        const idx = this.reserve(flag);
        const n = this.long();
        if (n < 0) throw new MarshalError('ValueError', `${BAD} (string size out of range)`);
        const p = this.need(n);
        const s = utf8SurrogatePass(this.buf.subarray(p, p + n));
        return this.keep(idx, type === T.INTERNED ? internStr(s) : newStr(s));
      }
      case T.ASCII: case T.ASCII_INTERNED: case T.SHORT_ASCII: case T.SHORT_ASCII_INTERNED: {
        const idx = this.reserve(flag);
        const short = type === T.SHORT_ASCII || type === T.SHORT_ASCII_INTERNED;
        const n = short ? this.byte() : this.long();
        if (n < 0) throw new MarshalError('ValueError', `${BAD} (string size out of range)`);
        const p = this.need(n);
        const s = latin1(this.buf, p, p + n);
        const interned = type === T.ASCII_INTERNED || type === T.SHORT_ASCII_INTERNED;
        return this.keep(idx, interned ? internStr(s) : newStr(s));
      }
      case T.TUPLE: case T.SMALL_TUPLE: {
        const n = type === T.SMALL_TUPLE ? this.byte() : this.size('tuple');
        const idx = this.reserve(flag);
        const items = this.items(n, 'tuple');
        return this.keep(idx, newTuple(items));
      }
      case T.LIST: {
        const n = this.size('list');
        if (!hooks.newList) throw unsupported('list');
        const idx = this.reserve(flag);
        return this.keep(idx, hooks.newList(this.items(n, 'list')));
      }
      case T.DICT: {
        const idx = this.reserve(flag);
        const d = newDict();
        for (;;) {
          const k = this.objectOrNull();
          if (k === null) break;
          const v = this.objectOrNull();
          if (v === null) break;
          d.setItem(k, v);
        }
        return this.keep(idx, d);
      }
      case T.SET: case T.FROZENSET: {
        const n = this.size('set');
        const idx = this.reserve(flag);
        const items = this.items(n, 'set');
        return this.keep(idx, type === T.SET ? newSet(items) : newFrozenSet(items));
      }
      case T.SLICE: {
        if (!hooks.newSlice) throw unsupported('slice');
        const idx = this.reserve(flag);
        const start = this.object();
        const stop = this.object();
        return this.keep(idx, hooks.newSlice(start, stop, this.object()));
      }
      case T.CODE:
        return this.code(flag);
      case T.REF: {
        const n = this.long();
        const o = n >= 0 && n < this.refs.length ? this.refs[n] : undefined;
        if (o === undefined) throw new MarshalError('ValueError', `${BAD} (invalid reference)`);
        if (o === null) throw new MarshalError('ValueError', `${BAD} (invalid reference)`);
        return o;
      }
      default:
        throw new MarshalError('ValueError', `${BAD} (unknown type code)`);
    }
  }

  private size(what: string): number {
    const n = this.long();
    if (n < 0) throw new MarshalError('ValueError', `${BAD} (${what} size out of range)`);
    return n;
  }

  private items(n: number, what: string): PyObject[] {
    const items = new Array<PyObject>(n);
    for (let i = 0; i < n; i++) {
      const o = this.objectOrNull();
      if (o === null) {
        throw new MarshalError('TypeError', `NULL object in marshal data for ${what}`);
      }
      items[i] = o;
    }
    return items;
  }

  private str(): string {
    const o = this.object() as PyObject & { value?: unknown };
    if (typeof o.value !== 'string') throw new MarshalError('TypeError', `${BAD} (str expected)`);
    return o.value;
  }

  private bytesField(): Uint8Array {
    const o = this.object() as PyObject & { value?: unknown };
    if (!(o.value instanceof Uint8Array)) {
      throw new MarshalError('TypeError', `${BAD} (bytes expected)`);
    }
    return o.value;
  }

  private tupleField(): PyObject[] {
    const o = this.object() as PyObject & { items?: PyObject[] };
    if (!Array.isArray(o.items)) throw new MarshalError('TypeError', `${BAD} (tuple expected)`);
    return o.items;
  }

  private strTuple(): string[] {
    return this.tupleField().map((o) => {
      const v = (o as PyObject & { value?: unknown }).value;
      if (typeof v !== 'string') throw new MarshalError('TypeError', `${BAD} (str expected)`);
      return v;
    });
  }

  /**
   * A 3.11+ code object: five ints, then code, consts, names, localsplusnames,
   * localspluskinds, filename, name, qualname, firstlineno, linetable, exceptiontable.
   * @see Python/marshal.c r_object TYPE_CODE
   */
  private code(flag: boolean): PyObject {
    const idx = this.reserve(flag);
    const f: CodeFields = {
      co_argcount: this.long(),
      co_posonlyargcount: this.long(),
      co_kwonlyargcount: this.long(),
      co_stacksize: this.long(),
      co_flags: this.long(),
      co_code: this.bytesField(),
      co_consts: this.tupleField(),
      co_names: this.strTuple(),
      co_localsplusnames: this.strTuple(),
      co_localspluskinds: this.bytesField(),
      co_filename: this.str(),
      co_name: this.str(),
      co_qualname: this.str(),
      co_firstlineno: this.long(),
      co_linetable: this.bytesField(),
      co_exceptiontable: this.bytesField(),
    };
    return this.keep(idx, newCodeFromFields(f));
  }
}

function unsupported(what: string): MarshalError {
  return new MarshalError('ValueError', `${BAD} (${what} is not available in this VM)`);
}

// Identifiers repeat across and within .pyc files. A small table from byte content to the JS
// string already made for it saves building (and re-hashing, for interning) the same string.
const CACHE_SIZE = 4096;
const cacheStr: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);

function cachedLatin1(b: Uint8Array, start: number, end: number): string {
  let h = end - start;
  for (let i = start; i < end; i++) h = Math.imul(h ^ b[i], 0x01000193);
  const slot = (h >>> 0) & (CACHE_SIZE - 1);
  const c = cacheStr[slot];
  if (c !== undefined && c.length === end - start) {
    let same = true;
    for (let i = start, j = 0; i < end; i++, j++) {
      if (c.charCodeAt(j) !== b[i]) {
        same = false;
        break;
      }
    }
    if (same) return c;
  }
  const s = String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  cacheStr[slot] = s;
  return s;
}

/** Bytes [start, end) as the same code points (how marshal stores ASCII-only strings). */
function latin1(b: Uint8Array, start = 0, end = b.length): string {
  const n = end - start;
  if (n <= 40) return cachedLatin1(b, start, end);
  if (n <= 8192) {
    return String.fromCharCode.apply(null, b.subarray(start, end) as unknown as number[]);
  }
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null,
      b.subarray(i, Math.min(i + 8192, end)) as unknown as number[]);
  }
  return s;
}

/**
 * UTF-8 with lone surrogates allowed (CPython's "surrogatepass"), as marshal writes str.
 * Astral code points become surrogate pairs, the JS string convention of PyUnicode.
 */
export function utf8SurrogatePass(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if (b[i] & 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return latin1(b);
  const units: number[] = [];
  let s = '';
  for (let i = 0; i < b.length;) {
    const c = b[i];
    let cp: number;
    if (c < 0x80) {
      cp = c;
      i++;
    } else if (c >= 0xc2 && c < 0xe0 && i + 1 < b.length) {
      cp = ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
      i += 2;
    } else if (c >= 0xe0 && c < 0xf0 && i + 2 < b.length) {
      cp = ((c & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
      i += 3;
    } else if (c >= 0xf0 && c < 0xf5 && i + 3 < b.length) {
      cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) |
        (b[i + 3] & 0x3f);
      i += 4;
    } else {
      throw new MarshalError('ValueError', `${BAD} (invalid UTF-8)`);
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units.push(0xd800 | (cp >> 10), 0xdc00 | (cp & 0x3ff));
    } else {
      units.push(cp);
    }
    if (units.length >= 8192) {
      s += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  return s + String.fromCharCode.apply(null, units);
}

/** float(text) for marshal's text floats: digits, inf, nan. */
function parsePyFloat(s: string): number {
  const t = s.trim().toLowerCase();
  if (t === 'inf' || t === '+inf' || t === 'infinity') return Infinity;
  if (t === '-inf' || t === '-infinity') return -Infinity;
  if (t === 'nan' || t === '+nan' || t === '-nan') return NaN;
  const v = Number(t);
  if (Number.isNaN(v)) throw new MarshalError('ValueError', `${BAD} (invalid float)`);
  return v;
}

/**
 * `marshal.loads(data)`: the first object in `data`.
 * @see Python/marshal.c marshal_loads_impl
 */
export function loads(data: Uint8Array): PyObject {
  return new Reader(data).object();
}

/** What the 16-byte .pyc header says. @see PEP 552 */
export interface PycHeader {
  magic: number;
  /** Bit 0: hash-based; bit 1: check_source (only meaningful when hash-based). */
  flags: number;
  /** Timestamp-based pycs: source mtime and size. */
  mtime?: number;
  sourceSize?: number;
  /** Hash-based pycs: the 8-byte SipHash of the source. */
  sourceHash?: Uint8Array;
}

/**
 * Splits a .pyc file into its header and code object; rejects other versions' files.
 * @see Lib/importlib/_bootstrap_external.py _classify_pyc, _compile_bytecode
 */
export function loadPyc(data: Uint8Array): { header: PycHeader; code: PyObject } {
  if (data.length < 16) throw new MarshalError('EOFError', 'bad pyc data (header too short)');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const magic = view.getUint16(0, true);
  if (magic !== MAGIC_NUMBER || data[2] !== 0x0d || data[3] !== 0x0a) {
    throw new MarshalError('ValueError', `bad magic number in .pyc file (${magic})`);
  }
  const flags = view.getUint32(4, true);
  if (flags & ~0b11) throw new MarshalError('ValueError', `invalid flags ${flags} in .pyc`);
  const header: PycHeader = { magic, flags };
  if (flags & 1) {
    header.sourceHash = data.slice(8, 16);
  } else {
    header.mtime = view.getUint32(8, true);
    header.sourceSize = view.getUint32(12, true);
  }
  return { header, code: loads(data.subarray(16)) };
}
