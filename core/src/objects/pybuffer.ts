// Mirrors the buffer protocol of Include/cpython/pybuffer.h and Objects/abstract.c
// (PyObject_GetBuffer, PyBuffer_Release): how bytes, bytearray, memoryview (and later
// array) lend their memory to one another without copying it.

import { PyObject, PyTypeObject, typeName } from '../object.js';
import { newExceptionMsg, PyExc_TypeError, PyExc_BufferError } from './exceptions.js';

/**
 * A view of an exporter's memory: `Py_buffer`. `buf` is the exporter's bytes (a subarray,
 * so writes land in the exporter); `shape`/`strides` are in items and bytes as in C.
 */
export interface PyBuffer {
  obj: PyObject;
  buf: Uint8Array;
  readonly: boolean;
  itemsize: number;
  format: string;
  ndim: number;
  shape: number[];
  strides: number[];
}

/** What `tp_as_buffer` holds. @see Include/cpython/object.h PyBufferProcs */
export interface PyBufferProcs {
  /** Export the memory; `writable` is PyBUF_WRITABLE (BufferError if it cannot be met). */
  bf_getbuffer: (o: PyObject, writable: boolean) => PyBuffer;
  /** Called once per view when the borrower lets go (bytearray counts its exports). */
  bf_releasebuffer: ((o: PyObject, view: PyBuffer) => void) | null;
}

function bufferProcs(t: PyTypeObject): PyBufferProcs | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_as_buffer !== null) return c.tp_as_buffer as PyBufferProcs;
  }
  return null;
}

/** `PyObject_CheckBuffer`. */
export function PyObject_CheckBuffer(o: PyObject): boolean {
  return bufferProcs(o.ob_type) !== null;
}

/**
 * `PyObject_GetBuffer`: TypeError for an object that exports nothing, with the text the
 * bytes-like argument converters give ("a bytes-like object is required, not 'str'").
 */
export function PyObject_GetBuffer(o: PyObject, writable = false): PyBuffer {
  const p = bufferProcs(o.ob_type);
  if (p === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `a bytes-like object is required, not '${typeName(o.ob_type)}'`);
  }
  return p.bf_getbuffer(o, writable);
}

/** `PyBuffer_Release`. */
export function PyBuffer_Release(view: PyBuffer): void {
  const p = bufferProcs(view.obj.ob_type);
  if (p !== null && p.bf_releasebuffer !== null) p.bf_releasebuffer(view.obj, view);
}

/**
 * The bytes of a contiguous bytes-like object, or null when `o` exports no buffer: what
 * most "y*" arguments need (search, join, concatenation), read at once and let go.
 */
export function bytesLikeValue(o: PyObject): Uint8Array | null {
  const p = bufferProcs(o.ob_type);
  if (p === null) return null;
  const view = p.bf_getbuffer(o, false);
  if (p.bf_releasebuffer !== null) p.bf_releasebuffer(o, view);
  return view.buf;
}

/** A one-dimensional unsigned-byte view of `buf`: what bytes and bytearray export. */
export function simpleBuffer(obj: PyObject, buf: Uint8Array, readonly: boolean): PyBuffer {
  return { obj, buf, readonly, itemsize: 1, format: 'B', ndim: 1, shape: [buf.length],
    strides: [1] };
}

/** The BufferError a read-only exporter raises for a writable request. */
export function notWritable(): never {
  throw newExceptionMsg(PyExc_BufferError, 'Object is not writable.');
}
