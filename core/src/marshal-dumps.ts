// Mirrors the writing half of Python/marshal.c (w_object, version 4 type codes) and the .pyc
// writer of importlib: turns core's objects back into bytes CPython 3.13 can load.

import {
  Py_None, Py_Ellipsis, Py_True, Py_False, PyExc_StopIteration, PyLong, PyFloat, PyComplex,
  PyUnicode, PyBytes, PyTuple, PySetObject, PyFrozenSet_Type, PyDict, PyCode, setKeys,
  type PyObject,
} from './objects/index.js';
import { MarshalError, MAGIC_BYTES, marshalHooks } from './marshal.js';

// The type codes written here (as in marshal.ts; kept local so this file transpiles alone).
const T_NULL = 0x30, T_NONE = 0x4e, T_FALSE = 0x46, T_TRUE = 0x54, T_STOPITER = 0x53;
const T_ELLIPSIS = 0x2e, T_INT = 0x69, T_LONG = 0x6c, T_BINARY_FLOAT = 0x67;
const T_BINARY_COMPLEX = 0x79, T_STRING = 0x73, T_INTERNED = 0x74, T_TUPLE = 0x28;
const T_LIST = 0x5b, T_DICT = 0x7b, T_CODE = 0x63, T_UNICODE = 0x75, T_SET = 0x3c;
const T_FROZENSET = 0x3e, T_ASCII = 0x61, T_ASCII_INTERNED = 0x41, T_SMALL_TUPLE = 0x29;
const T_SHORT_ASCII = 0x7a, T_SHORT_ASCII_INTERNED = 0x5a;

/**
 * The writing state: a growable byte buffer. Unlike CPython we never set FLAG_REF (CPython
 * decides by reference count, which a GC'd host cannot see), so shared objects are written
 * once per use; the data stays valid for every reader.
 * @see Python/marshal.c WFILE, w_object
 */
class Writer {
  buf = new Uint8Array(256);
  len = 0;
  depth = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  long(v: number): void {
    this.room(4);
    new DataView(this.buf.buffer).setInt32(this.len, v, true);
    this.len += 4;
  }

  raw(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  sized(b: Uint8Array): void {
    this.long(b.length);
    this.raw(b);
  }

  double(v: number): void {
    this.room(8);
    new DataView(this.buf.buffer).setFloat64(this.len, v, true);
    this.len += 8;
  }

  int(v: number | bigint): void {
    if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) {
      this.byte(T_INT);
      this.long(v);
      return;
    }
    // TYPE_LONG: sign in the digit count, 15-bit digits least significant first.
    let m = BigInt(v);
    const neg = m < 0n;
    if (neg) m = -m;
    const digits: number[] = [];
    while (m > 0n) {
      digits.push(Number(m & 0x7fffn));
      m >>= 15n;
    }
    this.byte(T_LONG);
    this.long(neg ? -digits.length : digits.length);
    this.room(digits.length * 2);
    for (const d of digits) {
      this.buf[this.len++] = d & 0xff;
      this.buf[this.len++] = d >> 8;
    }
  }

  str(s: string, interned: boolean): void {
    let ascii = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      const short = s.length < 256;
      this.byte(short ? (interned ? T_SHORT_ASCII_INTERNED : T_SHORT_ASCII)
        : (interned ? T_ASCII_INTERNED : T_ASCII));
      if (short) this.byte(s.length);
      else this.long(s.length);
      this.room(s.length);
      for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
      return;
    }
    this.byte(interned ? T_INTERNED : T_UNICODE);
    this.sized(utf8EncodeSurrogatePass(s));
  }

  strTuple(names: readonly string[]): void {
    this.tupleHeader(names.length);
    for (const n of names) this.str(n, true);
  }

  tupleHeader(n: number): void {
    if (n < 256) {
      this.byte(T_SMALL_TUPLE);
      this.byte(n);
    } else {
      this.byte(T_TUPLE);
      this.long(n);
    }
  }

  object(o: PyObject): void {
    if (++this.depth > 2000) {
      throw new MarshalError('ValueError', 'object too deeply nested to marshal');
    }
    try {
      this.write(o);
    } finally {
      this.depth--;
    }
  }

  private write(o: PyObject): void {
    if (o === Py_None) return this.byte(T_NONE);
    if (o === Py_True) return this.byte(T_TRUE);
    if (o === Py_False) return this.byte(T_FALSE);
    if (o === Py_Ellipsis) return this.byte(T_ELLIPSIS);
    if (o === PyExc_StopIteration) return this.byte(T_STOPITER);
    if (o instanceof PyLong) return this.int(o.value);
    if (o instanceof PyFloat) {
      this.byte(T_BINARY_FLOAT);
      return this.double(o.value);
    }
    if (o instanceof PyComplex) {
      this.byte(T_BINARY_COMPLEX);
      this.double(o.real);
      return this.double(o.imag);
    }
    if (o instanceof PyUnicode) return this.str(o.value, o.interned);
    if (o instanceof PyBytes) {
      this.byte(T_STRING);
      return this.sized(o.value);
    }
    if (o instanceof PyTuple) {
      this.tupleHeader(o.items.length);
      for (const it of o.items) this.object(it);
      return;
    }
    if (o instanceof PySetObject) {
      const keys = setKeys(o);
      this.byte(o.ob_type === PyFrozenSet_Type ? T_FROZENSET : T_SET);
      this.long(keys.length);
      for (const k of keys) this.object(k);
      return;
    }
    if (o instanceof PyDict) {
      this.byte(T_DICT);
      for (const e of o.entries()) {
        this.object(e.key);
        this.object(e.value);
      }
      return this.byte(T_NULL);
    }
    if (o instanceof PyCode) return this.code(o);
    const items = marshalHooks().listItems?.(o);
    if (items) {
      this.byte(T_LIST);
      this.long(items.length);
      for (const it of items) this.object(it);
      return;
    }
    throw new MarshalError('ValueError', 'unmarshallable object');
  }

  private code(co: PyCode): void {
    this.byte(T_CODE);
    this.long(co.co_argcount);
    this.long(co.co_posonlyargcount);
    this.long(co.co_kwonlyargcount);
    this.long(co.co_stacksize);
    this.long(co.co_flags);
    this.byte(T_STRING);
    this.sized(co.co_code);
    this.tupleHeader(co.co_consts.length);
    for (const c of co.co_consts) this.object(c);
    this.strTuple(co.co_names);
    this.strTuple(co.co_localsplusnames);
    this.byte(T_STRING);
    this.sized(co.co_localspluskinds);
    this.str(co.co_filename, false);
    this.str(co.co_name, true);
    this.str(co.co_qualname, true);
    this.long(co.co_firstlineno);
    this.byte(T_STRING);
    this.sized(co.co_linetable);
    this.byte(T_STRING);
    this.sized(co.co_exceptiontable);
  }
}

/** UTF-8 with "surrogatepass": pairs become 4-byte sequences, lone surrogates 3 bytes. */
export function utf8EncodeSurrogatePass(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 3);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) {
      out[n++] = c;
    } else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, n);
}

/**
 * `marshal.dumps(o)` (version 4 type codes, without back-references).
 * @see Python/marshal.c marshal_dumps_impl
 */
export function dumps(o: PyObject): Uint8Array {
  const w = new Writer();
  w.object(o);
  return w.buf.slice(0, w.len);
}

/** A timestamp-based .pyc file for `code`, as importlib writes it. @see PEP 552 */
export function dumpPyc(code: PyObject, mtime = 0, sourceSize = 0): Uint8Array {
  const body = dumps(code);
  const out = new Uint8Array(16 + body.length);
  out.set(MAGIC_BYTES, 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, mtime >>> 0, true);
  view.setUint32(12, sourceSize >>> 0, true);
  out.set(body, 16);
  return out;
}
