// Mirrors Objects/bytesobject.c: the bytes type's identity, layout, repr and hash.
// bytes methods and the sequence protocol arrive in lecture 05.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BYTES_SUBCLASS, PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { siphash13, hashOut } from './siphash.js';
import { hashFromParts } from './pyhash.js';
import { newStr } from './unicodeobject.js';
import { simpleBuffer, notWritable } from './pybuffer.js';

/** An immutable byte string. @see Include/cpython/bytesobject.h PyBytesObject */
export class PyBytes extends PyObject {
  declare value: Uint8Array;
  declare hashLo: number;
  declare hashHi: number;
  declare hashKnown: boolean;
  constructor(value: Uint8Array, type: PyTypeObject = PyBytes_Type) {
    super(type);
    this.value = value;
    this.hashLo = 0;
    this.hashHi = 0;
    this.hashKnown = false;
  }
}

/** `bytes`. @see Objects/bytesobject.c PyBytes_Type */
export const PyBytes_Type: PyTypeObject = newStaticType('bytes', undefined,
  Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BYTES_SUBCLASS);

const EMPTY = new PyBytes(new Uint8Array(0));

/** `PyBytes_FromStringAndSize`: the array is taken, not copied. */
export function newBytes(b: Uint8Array): PyBytes {
  return b.length === 0 ? EMPTY : new PyBytes(b);
}

/** `PyBytes_Check`. */
export function PyBytes_Check(o: PyObject): boolean {
  return o.ob_type === PyBytes_Type || PyObject_TypeCheck(o, PyBytes_Type);
}

/** Compute (once) and cache the hash halves of a bytes object. */
export function bytesHashParts(b: PyBytes): void {
  if (!b.hashKnown) {
    const n = b.value.length;
    if (n === 0) { hashOut.lo = 0; hashOut.hi = 0; } else siphash13(b.value, n);
    if (hashOut.lo === -1 && hashOut.hi === -1) hashOut.lo = -2;
    b.hashLo = hashOut.lo;
    b.hashHi = hashOut.hi;
    b.hashKnown = true;
  }
}

/** @see Objects/bytesobject.c bytes_hash */
export function bytesHash(o: PyObject): PyHash {
  const b = o as PyBytes;
  bytesHashParts(b);
  return hashFromParts(b.hashLo, b.hashHi);
}

const HEX = '0123456789abcdef';

/**
 * repr(bytes): b'...' with the same quote rule as str, `\t \n \r \\`, and `\xhh` for
 * everything outside printable ASCII.
 * @see Objects/bytesobject.c PyBytes_Repr
 */
export function bytesReprData(v: Uint8Array, prefix = 'b'): string {
  let hasSingle = false, hasDouble = false;
  for (let i = 0; i < v.length; i++) {
    if (v[i] === 0x27) hasSingle = true;
    else if (v[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const q = quote.charCodeAt(0);
  let s = prefix + quote;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === q || c === 0x5c) s += '\\' + String.fromCharCode(c);
    else if (c === 0x09) s += '\\t';
    else if (c === 0x0a) s += '\\n';
    else if (c === 0x0d) s += '\\r';
    else if (c < 0x20 || c >= 0x7f) s += '\\x' + HEX[c >> 4] + HEX[c & 15];
    else s += String.fromCharCode(c);
  }
  return s + quote;
}

/** @see Objects/bytesobject.c bytes_repr */
export function bytesRepr(o: PyObject): string {
  return bytesReprData((o as PyBytes).value);
}

PyBytes_Type.tp_repr = (o) => newStr(bytesRepr(o));
PyBytes_Type.tp_hash = bytesHash;

/** bytes lends its memory read-only. @see Objects/bytesobject.c bytes_buffer_getbuffer */
PyBytes_Type.tp_as_buffer = {
  bf_getbuffer: (o: PyObject, writable: boolean) => {
    if (writable) notWritable();
    return simpleBuffer(o, (o as PyBytes).value, true);
  },
  bf_releasebuffer: null,
};
