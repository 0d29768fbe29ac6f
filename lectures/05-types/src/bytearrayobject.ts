// Mirrors Objects/bytearrayobject.c: the mutable byte string. Its memory is an over-allocated
// buffer with a logical start (so `del b[:n]` is cheap) and an export count (a memoryview
// pins its size). The read-only methods are bytes' own, run over a view of the contents.

import { PyObject, PyTypeObject, PySequenceMethods, PyMappingMethods, PyMethodDef, typeName,
  newStaticType, Py_TPFLAGS_BASETYPE, PyType_IsSubtype } from '@ceval/core/object';
import { PyBytes, newBytes, bytesReprData } from '@ceval/core/objects/bytesobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyLong, PyLong_Check, newInt } from '@ceval/core/objects/longobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { PyObject_HashNotImplemented } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_BufferError,
  PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { bytesLikeValue, simpleBuffer, type PyBufferProcs } from '@ceval/core/objects/pybuffer';
import { raiseNew, checkRepeat, noMemory } from '@ceval/core/runtime/errors';
import { PyList, newList } from '@ceval/core/runtime/listobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PySlice, sliceIndices, seqIndex, isIndex, asIndex } from './sliceobject.js';
import { iterItems, noArgs } from './abstract.js';
import { bytesMethods, bytesRichCompare, bytesFromHex, sizeArg, MAX_BYTES } from './bytesobject.js';
import { bytesMaketransMethod } from './bytes-methods.js';
import { bytesMod } from './unicode-format.js';
import { unicodeEncode, codecArg } from './unicode-codecs.js';

/** `bytearray`. @see Objects/bytearrayobject.c PyByteArray_Type */
export const PyByteArray_Type: PyTypeObject = newStaticType('bytearray', undefined,
  Py_TPFLAGS_BASETYPE);

/** A bytearray: `size` bytes at `start` in `buf`, whose length is ob_alloc. */
export class PyByteArray extends PyObject {
  buf: Uint8Array;
  start = 0;
  size = 0;
  /** Live buffer exports (memoryviews): while any exist the size cannot change. */
  exports = 0;
  constructor(type: PyTypeObject = PyByteArray_Type, data: Uint8Array | null = null) {
    super(type);
    this.buf = new Uint8Array(0);
    if (data !== null && data.length > 0) {
      this.buf = new Uint8Array(data.length + 1);
      this.buf.set(data);
      this.size = data.length;
    }
  }
  /** The contents, as a view (writes through it change the bytearray). */
  get value(): Uint8Array {
    return this.buf.subarray(this.start, this.start + this.size);
  }
}

/** A new exact bytearray holding a copy of `data`. */
export function newByteArray(data: Uint8Array): PyByteArray {
  return new PyByteArray(PyByteArray_Type, data);
}

function canResize(self: PyByteArray): void {
  if (self.exports > 0) {
    throw raiseNew(PyExc_BufferError, 'Existing exports of data: object cannot be re-sized');
  }
}

/**
 * `PyByteArray_Resize`: keep the buffer for a small shrink, shrink to fit below half, and
 * grow by an eighth plus a little (as list_resize does) unless the jump is large.
 * @see Objects/bytearrayobject.c PyByteArray_Resize
 */
export function byteArrayResize(self: PyByteArray, size: number): void {
  if (size === self.size) return;
  canResize(self);
  let alloc = self.buf.length;
  // alloc / 2 is C's integer division.
  if (size + self.start + 1 <= alloc) {
    if (size >= Math.floor(alloc / 2)) { self.size = size; return; }
    alloc = size + 1;
  } else if (size <= alloc * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  } else {
    alloc = size + 1;
  }
  const nb = new Uint8Array(alloc);
  nb.set(self.buf.subarray(self.start, self.start + Math.min(size, self.size)));
  self.buf = nb;
  self.start = 0;
  self.size = size;
}

/** `_getbytevalue`: an int in range(0, 256). */
function byteValue(o: PyObject): number {
  if (!PyLong_Check(o)) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  const v = (o as PyLong).value;
  if (v < 0 || v > 255) throw raiseNew(PyExc_ValueError, 'byte must be in range(0, 256)');
  return Number(v);
}

function ssize(o: PyObject): number {
  if (!PyLong_Check(o)) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return sizeArg(o);
}

const ba = (o: PyObject): PyByteArray => o as PyByteArray;

/**
 * The bytes a slice assignment or extend() takes: any buffer (copied first, since it may be
 * the bytearray itself), or an iterable of ints; a str or an int is refused.
 */
function assignedBytes(v: PyObject): Uint8Array {
  const lent = bytesLikeValue(v);
  if (lent !== null) return lent.slice();
  if (v instanceof PyUnicode || PyLong_Check(v)) {
    throw raiseNew(PyExc_TypeError,
      'can assign only bytes, buffers, or iterables of ints in range(0, 256)');
  }
  return Uint8Array.from(iterItems(v), byteValue);
}

/**
 * Replace `b[lo:hi]` with `data`: shift the tail, then resize (or, when deleting from the
 * front, just advance the logical start). @see bytearray_setslice_linear
 */
function setSliceLinear(self: PyByteArray, lo: number, hi: number, data: Uint8Array): void {
  const growth = data.length - (hi - lo);
  const size = self.size;
  if (growth < 0) {
    canResize(self);
    if (lo === 0) {
      self.start -= growth;
      self.size += growth;
      byteArrayResizeFromShrink(self, size + growth);
    } else {
      self.buf.copyWithin(self.start + lo + data.length, self.start + hi, self.start + size);
      byteArrayResize(self, size + growth);
    }
  } else if (growth > 0) {
    byteArrayResize(self, size + growth);
    const s = self.start;
    self.buf.copyWithin(s + hi + growth, s + hi, s + size);
  }
  self.buf.set(data, self.start + lo);
}

// After the logical start moved, the size is already the new one; a resize to it is a no-op
// in CPython's order of steps only when nothing else changes, so apply its shrink rule here.
function byteArrayResizeFromShrink(self: PyByteArray, size: number): void {
  const alloc = self.buf.length;
  if (size + self.start + 1 <= alloc && size < Math.floor(alloc / 2)) {
    const nb = new Uint8Array(size + 1);
    nb.set(self.value);
    self.buf = nb;
    self.start = 0;
  }
}

function setSubscript(self: PyByteArray, key: PyObject, v: PyObject | null): void {
  if (!(key instanceof PySlice)) {
    const i = seqIndex(key, self.size, 'bytearray');
    if (v === null) {
      setSliceLinear(self, i, i + 1, new Uint8Array(0));
    } else {
      self.buf[self.start + i] = byteValue(v);
    }
    return;
  }
  const [start, stop, step, n] = sliceIndices(key, self.size);
  const data = v === null ? new Uint8Array(0) : assignedBytes(v);
  if (step === 1) {
    setSliceLinear(self, start, Math.max(start, stop), data);
    return;
  }
  if (v === null) {
    // Delete an extended slice: keep every byte not selected.
    const drop = new Set<number>();
    for (let i = 0, p = start; i < n; i++, p += step) drop.add(p);
    if (drop.size === 0) return;
    canResize(self);
    const kept = self.value.filter((_, i) => !drop.has(i));
    self.buf.set(kept, self.start);
    byteArrayResize(self, kept.length);
    return;
  }
  if (data.length !== n) {
    throw raiseNew(PyExc_ValueError,
      `attempt to assign bytes of size ${data.length} to extended slice of size ${n}`);
  }
  for (let i = 0, p = start; i < n; i++, p += step) self.buf[self.start + p] = data[i];
}

/** Where `sub` first occurs in `hay`, or -1. */
function indexOfBytes(hay: Uint8Array, sub: Uint8Array): number {
  const n = sub.length;
  outer: for (let i = 0; i + n <= hay.length; i++) {
    for (let j = 0; j < n; j++) if (hay[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

function concat(a: PyObject, b: PyObject): Uint8Array {
  const y = bytesLikeValue(b);
  if (y === null) {
    throw raiseNew(PyExc_TypeError,
      `can't concat ${typeName(b.ob_type)} to ${typeName(a.ob_type)}`);
  }
  const x = ba(a).value;
  const out = new Uint8Array(x.length + y.length);
  out.set(x);
  out.set(y, x.length);
  return out;
}

function repeated(v: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || v.length === 0) return new Uint8Array(0);
  checkRepeat(v.length, n, null, MAX_BYTES);
  const out = new Uint8Array(v.length * n);
  for (let i = 0; i < n; i++) out.set(v, i * v.length);
  return out;
}

export const byteArraySequence: Partial<PySequenceMethods> = {
  sq_length: (o) => ba(o).size,
  sq_concat: (a, b) => newByteArray(concat(a, b)),
  sq_repeat: (a, n) => newByteArray(repeated(ba(a).value, n)),
  sq_item: (o, i) => {
    const s = ba(o);
    if (i < 0 || i >= s.size) throw raiseNew(PyExc_IndexError, 'bytearray index out of range');
    return newInt(s.buf[s.start + i]);
  },
  sq_ass_item: (o, i, v) => setSubscript(ba(o), newInt(i), v),
  sq_contains: (o, x) => {
    const v = ba(o).value;
    if (PyLong_Check(x)) return v.includes(byteValue(x));
    const sub = bytesLikeValue(x);
    if (sub === null) {
      throw raiseNew(PyExc_TypeError, `a bytes-like object is required, not '${
        typeName(x.ob_type)}'`);
    }
    return indexOfBytes(v, sub) >= 0;
  },
  sq_inplace_concat: (a, b) => {
    const self = ba(a);
    const y = bytesLikeValue(b);
    if (y === null) {
      throw raiseNew(PyExc_TypeError,
        `can't concat ${typeName(b.ob_type)} to ${typeName(a.ob_type)}`);
    }
    const data = y.slice();
    setSliceLinear(self, self.size, self.size, data);
    return a;
  },
  sq_inplace_repeat: (a, n) => {
    const self = ba(a);
    const data = repeated(self.value.slice(), n);
    if (data.length !== self.size) byteArrayResize(self, data.length);
    self.buf.set(data, self.start);
    return a;
  },
};

export const byteArrayMapping: Partial<PyMappingMethods> = {
  mp_length: (o) => ba(o).size,
  mp_subscript: (o, key) => {
    const s = ba(o);
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, s.size);
      const v = s.value;
      if (step === 1) return newByteArray(v.slice(start, start + n));
      const out = new Uint8Array(n);
      for (let i = 0, p = start; i < n; i++, p += step) out[i] = v[p];
      return newByteArray(out);
    }
    return newInt(s.buf[s.start + seqIndex(key, s.size, 'bytearray')]);
  },
  mp_ass_subscript: (o, key, v) => setSubscript(ba(o), key, v),
};

/** Compare with any buffer, byte by byte. @see bytearray_richcompare */
export function byteArrayRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = bytesLikeValue(a);
  const y = bytesLikeValue(b);
  if (x === null || y === null) return Py_NotImplemented;
  return bytesRichCompare(new PyBytes(x), new PyBytes(y), op);
}

/**
 * `bytearray(b'...')`, with a subclass's own name. Unlike bytes' repr it escapes a single
 * quote even inside double quotes. @see bytearray_repr
 */
function byteArrayRepr(o: PyObject): PyObject {
  const data = bytesReprData(ba(o).value);
  // Inside double quotes bytes' repr leaves every single quote bare.
  const text = data[1] === '"' ? data.replace(/'/g, "\\'") : data;
  return newStr(`${typeName(o.ob_type)}(${text})`);
}

/** bytes' results, as bytearray returns them: each bytes becomes a fresh bytearray. */
function asByteArrays(r: PyObject): PyObject {
  if (r instanceof PyBytes) return newByteArray(r.value);
  if (r instanceof PyList) return newList(r.items.map(asByteArrays));
  if (r instanceof PyTuple) return new PyTuple(r.items.map(asByteArrays));
  return r;
}

// The methods whose result is not a byte string (or not made from self) pass through.
const SHARED_SKIP = new Set(['__bytes__', '__getnewargs__']);

function sharedMethod(def: PyMethodDef): PyMethodDef {
  const f = def.ml_meth;
  return {
    ml_name: def.ml_name,
    ml_meth: (self, args, kw) => asByteArrays(f(new PyBytes(ba(self).value), args, kw)),
  };
}

function popIndex(self: PyByteArray, args: PyObject[]): number {
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `pop expected at most 1 argument, got ${args.length}`);
  }
  if (self.size === 0) throw raiseNew(PyExc_IndexError, 'pop from empty bytearray');
  let i = args.length === 0 ? -1 : ssize(args[0]);
  if (i < 0) i += self.size;
  if (i < 0 || i >= self.size) throw raiseNew(PyExc_IndexError, 'pop index out of range');
  return i;
}

const own = (name: string, fn: PyMethodDef['ml_meth']): PyMethodDef => ({ ml_name: name,
  ml_meth: fn });

const bytesJoin = bytesMethods.find((d) => d.ml_name === 'join')!.ml_meth;

const byteArrayOwnMethods: PyMethodDef[] = [
  // bytes' join, with its METH_O check naming bytearray.
  own('join', (s, a, kw) => {
    if (a.length !== 1 || (kw instanceof PyDict && kw.ma_used > 0)) {
      throw raiseNew(PyExc_TypeError, kw instanceof PyDict && kw.ma_used > 0
        ? 'bytearray.join() takes no keyword arguments'
        : `bytearray.join() takes exactly one argument (${a.length} given)`);
    }
    return asByteArrays(bytesJoin(new PyBytes(ba(s).value), a, kw));
  }),
  own('append', (s, a) => {
    const self = ba(s);
    const c = byteValue(a[0]);
    byteArrayResize(self, self.size + 1);
    self.buf[self.start + self.size - 1] = c;
    return Py_None;
  }),
  own('extend', (s, a) => {
    const self = ba(s);
    const x = a[0];
    let data = bytesLikeValue(x);
    if (data === null) {
      if (x instanceof PyUnicode) {
        throw raiseNew(PyExc_TypeError, "expected iterable of integers; got: 'str'");
      }
      let items: PyObject[];
      try {
        items = iterItems(x);
      } catch (e) {
        if (PyLong_Check(x) || x.ob_type.tp_iter === null) {
          throw raiseNew(PyExc_TypeError, `can't extend bytearray with ${typeName(x.ob_type)}`);
        }
        throw e;
      }
      data = Uint8Array.from(items, byteValue);
    } else {
      data = data.slice();
    }
    setSliceLinear(self, self.size, self.size, data);
    return Py_None;
  }),
  own('insert', (s, a) => {
    const self = ba(s);
    if (a.length !== 2) {
      throw raiseNew(PyExc_TypeError, `insert expected 2 arguments, got ${a.length}`);
    }
    let i = ssize(a[0]);
    const c = byteValue(a[1]);
    const n = self.size;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    setSliceLinear(self, i, i, Uint8Array.of(c));
    return Py_None;
  }),
  own('pop', (s, a) => {
    const self = ba(s);
    const i = popIndex(self, a);
    const c = self.buf[self.start + i];
    setSliceLinear(self, i, i + 1, new Uint8Array(0));
    return newInt(c);
  }),
  own('remove', (s, a) => {
    const self = ba(s);
    const c = byteValue(a[0]);
    const i = self.value.indexOf(c);
    if (i < 0) throw raiseNew(PyExc_ValueError, 'value not found in bytearray');
    setSliceLinear(self, i, i + 1, new Uint8Array(0));
    return Py_None;
  }),
  own('reverse', (s, a) => {
    noArgs('bytearray.reverse', a);
    ba(s).value.reverse();
    return Py_None;
  }),
  own('clear', (s, a) => {
    noArgs('bytearray.clear', a);
    byteArrayResize(ba(s), 0);
    return Py_None;
  }),
  own('copy', (s, a) => {
    noArgs('bytearray.copy', a);
    return newByteArray(ba(s).value);
  }),
  own('__alloc__', (s, a) => {
    noArgs('bytearray.__alloc__', a);
    return newInt(ba(s).buf.length);
  }),
];

export const byteArrayMethods: PyMethodDef[] = [
  ...byteArrayOwnMethods,
  ...bytesMethods.filter((d) => !SHARED_SKIP.has(d.ml_name)).map(sharedMethod),
];

/** bytearray.fromhex is a classmethod; maketrans is bytes' static method. */
export function byteArrayTypeDict(): PyDict {
  const d = new PyDict();
  d.setItemStr('fromhex', new PyCFunction('fromhex',
    (a) => newByteArray((bytesFromHex(a) as PyBytes).value), PyByteArray_Type));
  d.setItemStr('maketrans', bytesMaketransMethod());
  return d;
}

/** `bytearray(...) % args`: bytes' printf-style formatting, as a bytearray. */
export function byteArrayMod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyByteArray)) return Py_NotImplemented;
  return asByteArrays(bytesMod(new PyBytes(a.value), b));
}

function kwArg(kw: PyObject | null, name: string): PyObject | undefined {
  return kw instanceof PyDict ? kw.getItemStr(name) ?? undefined : undefined;
}

/**
 * bytearray(), bytearray(int), bytearray(str, encoding[, errors]), bytearray(buffer),
 * bytearray(iterable of ints). @see Objects/bytearrayobject.c bytearray___init___impl
 */
export function byteArrayNew(type: PyTypeObject, args: PyObject[], kw?: PyObject | null):
  PyObject {
  const self = new PyByteArray(type);
  const k = kw ?? null;
  if (args.length > 3) {
    throw raiseNew(PyExc_TypeError,
      `bytearray() takes at most 3 arguments (${args.length} given)`);
  }
  const x = args[0] ?? kwArg(k, 'source');
  const enc = args[1] ?? kwArg(k, 'encoding');
  const err = args[2] ?? kwArg(k, 'errors');
  if (x === undefined) {
    if (enc !== undefined || err !== undefined) {
      throw raiseNew(PyExc_TypeError, enc !== undefined ? 'encoding without a string argument'
        : 'errors without a string argument');
    }
    return self;
  }
  if (x instanceof PyUnicode) {
    if (enc === undefined) throw raiseNew(PyExc_TypeError, 'string argument without an encoding');
    const name = codecArg(enc, 'bytearray', 'encoding');
    const errors = err === undefined ? 'strict' : codecArg(err, 'bytearray', 'errors');
    setSliceLinear(self, 0, 0, (unicodeEncode(x.value, name, errors) as PyBytes).value);
    return self;
  }
  if (enc !== undefined) throw raiseNew(PyExc_TypeError, 'encoding without a string argument');
  if (err !== undefined) throw raiseNew(PyExc_TypeError, 'errors without a string argument');
  if (PyLong_Check(x) || isIndex(x)) {
    const n = ssize(asIndex(x)!);
    if (n < 0) throw raiseNew(PyExc_ValueError, 'negative count');
    if (n > MAX_BYTES) throw noMemory();
    if (n > 0) byteArrayResize(self, n);
    return self;
  }
  const lent = bytesLikeValue(x);
  if (lent !== null) {
    setSliceLinear(self, 0, 0, lent.slice());
    return self;
  }
  let items: PyObject[];
  try {
    items = iterItems(x);
  } catch (e) {
    if (x.ob_type.tp_iter === null && x.ob_type.tp_as_sequence === null) {
      throw raiseNew(PyExc_TypeError, `cannot convert '${typeName(x.ob_type)}' object to bytearray`);
    }
    throw e;
  }
  setSliceLinear(self, 0, 0, Uint8Array.from(items, byteValue));
  return self;
}

/** A bytearray lends its memory writable, and counts the loan. @see bytearray_getbuffer */
PyByteArray_Type.tp_as_buffer = {
  bf_getbuffer: (o: PyObject) => {
    const self = ba(o);
    self.exports++;
    return simpleBuffer(o, self.value, false);
  },
  bf_releasebuffer: (o: PyObject) => { ba(o).exports--; },
} satisfies PyBufferProcs;
PyByteArray_Type.tp_repr = byteArrayRepr;
PyByteArray_Type.tp_str = byteArrayRepr;
PyByteArray_Type.tp_hash = PyObject_HashNotImplemented;

/** Is `o` a bytearray (or a subclass's instance)? */
export function PyByteArray_Check(o: PyObject): boolean {
  return o instanceof PyByteArray && PyType_IsSubtype(o.ob_type, PyByteArray_Type);
}
