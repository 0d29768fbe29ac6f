// Mirrors Objects/memoryobject.c: memoryview, a typed, shaped window on another object's
// memory (bytes, bytearray, another memoryview). Items are read and written through the
// struct module's native single-character formats; slicing makes new windows, not copies.

import { PyObject, PyTypeObject, PySequenceMethods, PyMappingMethods, PyMethodDef,
  PyGetSetDef, newStaticType, typeName, addressText } from '@ceval/core/object';
import { PyBytes, newBytes, bytesHash } from '@ceval/core/objects/bytesobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyLong, PyLong_Check, newInt } from '@ceval/core/objects/longobject';
import { PyFloat, newFloat } from '@ceval/core/objects/floatobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { newBool, Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None, Py_NotImplemented, Py_Ellipsis } from '@ceval/core/objects/noneobject';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_NotImplementedError }
  from '@ceval/core/objects/exceptions';
import { PyObject_GetBuffer, PyBuffer_Release, type PyBuffer, type PyBufferProcs }
  from '@ceval/core/objects/pybuffer';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyList, newList } from '@ceval/core/runtime/listobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PySlice, sliceIndices } from './sliceobject.js';
import { noArgs } from './abstract.js';
import { bytesHexString } from './bytesobject.js';
import { halfPack, halfUnpack } from './memoryobject-half.js';

/** `memoryview`. @see Objects/memoryobject.c PyMemoryView_Type */
export const PyMemoryView_Type: PyTypeObject = newStaticType('memoryview');

/**
 * A view: item i of a one-dimensional view starts at byte `offset + i * strides[0]` of
 * `data` (the exporter's memory). CPython frees a view with its last reference; ceval has no
 * reference counts, so a view never pins a bytearray's size (see the notes).
 */
export class PyMemoryView extends PyObject {
  released = false;
  constructor(public obj: PyObject, public data: Uint8Array, public offset: number,
    public readonly: boolean, public format: string, public itemsize: number,
    public shape: number[], public strides: number[]) {
    super(PyMemoryView_Type);
  }
  get ndim(): number { return this.shape.length; }
}

// The native formats: size and kind ('i' signed, 'u' unsigned, 'f' float, 'c' char, '?').
const FORMATS: Record<string, [number, string]> = {
  b: [1, 'i'], B: [1, 'u'], c: [1, 'c'], '?': [1, '?'], h: [2, 'i'], H: [2, 'u'],
  i: [4, 'i'], I: [4, 'u'], l: [8, 'i'], L: [8, 'u'], q: [8, 'i'], Q: [8, 'u'],
  n: [8, 'i'], N: [8, 'u'], P: [8, 'u'], e: [2, 'f'], f: [4, 'f'], d: [8, 'f'],
};

/** The struct character of a native format ('@i' -> 'i'), or null for anything else. */
function nativeChar(fmt: string): string | null {
  const c = fmt.length === 2 && fmt[0] === '@' ? fmt[1] : fmt.length === 1 ? fmt : '';
  return c !== '' && c in FORMATS ? c : null;
}

function released(): never {
  throw raiseNew(PyExc_ValueError, 'operation forbidden on released memoryview object');
}

function live(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  if (m.released) released();
  return m;
}

function dv(m: PyMemoryView): DataView {
  return new DataView(m.data.buffer, m.data.byteOffset, m.data.byteLength);
}

/** One item at byte `at`, as Python sees it. @see memoryobject.c unpack_single */
function unpack(m: PyMemoryView, at: number): PyObject {
  const ch = nativeChar(m.format);
  if (ch === null) {
    throw raiseNew(PyExc_NotImplementedError,
      `memoryview: format ${m.format} not supported`);
  }
  const d = dv(m);
  switch (ch) {
    case 'B': return newInt(d.getUint8(at));
    case 'b': return newInt(d.getInt8(at));
    case 'c': return newBytes(Uint8Array.of(d.getUint8(at)));
    case '?': return newBool(d.getUint8(at) !== 0);
    case 'h': return newInt(d.getInt16(at, true));
    case 'H': return newInt(d.getUint16(at, true));
    case 'i': return newInt(d.getInt32(at, true));
    case 'I': return newInt(d.getUint32(at, true));
    case 'e': return newFloat(halfUnpack(d.getUint16(at, true)));
    case 'f': return newFloat(d.getFloat32(at, true));
    case 'd': return newFloat(d.getFloat64(at, true));
    default: {
      const v = FORMATS[ch][1] === 'i' ? d.getBigInt64(at, true) : d.getBigUint64(at, true);
      return newInt(v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : v);
    }
  }
}

function invalidType(m: PyMemoryView): never {
  throw raiseNew(PyExc_TypeError, `memoryview: invalid type for format '${m.format}'`);
}

function invalidValue(m: PyMemoryView): never {
  throw raiseNew(PyExc_ValueError, `memoryview: invalid value for format '${m.format}'`);
}

/** Write one item at byte `at`. @see memoryobject.c pack_single */
function pack(m: PyMemoryView, at: number, v: PyObject): void {
  const ch = nativeChar(m.format)!;
  const [size, kind] = FORMATS[ch];
  const d = dv(m);
  if (kind === 'i' || kind === 'u') {
    if (!PyLong_Check(v)) invalidType(m);
    const x = BigInt((v as PyLong).value);
    const bits = BigInt(size * 8);
    const lo = kind === 'i' ? -(1n << (bits - 1n)) : 0n;
    const hi = kind === 'i' ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (x < lo || x > hi) invalidValue(m);
    if (size === 8) d.setBigUint64(at, BigInt.asUintN(64, x), true);
    else if (size === 4) d.setUint32(at, Number(BigInt.asUintN(32, x)), true);
    else if (size === 2) d.setUint16(at, Number(BigInt.asUintN(16, x)), true);
    else d.setUint8(at, Number(BigInt.asUintN(8, x)));
    return;
  }
  if (kind === 'c') {
    if (!(v instanceof PyBytes)) invalidType(m);
    if (v.value.length !== 1) invalidValue(m);
    d.setUint8(at, v.value[0]);
    return;
  }
  if (kind === '?') {
    d.setUint8(at, currentInterpreter().hooks.isTrue(v) ? 1 : 0);
    return;
  }
  let x: number;
  if (v instanceof PyFloat) x = v.value;
  else if (PyLong_Check(v)) x = Number((v as PyLong).value);
  else invalidType(m);
  if (ch === 'd') d.setFloat64(at, x, true);
  // 'f' is a plain C cast (1e39 becomes inf); 'e' goes through PyFloat_Pack2, which refuses.
  else if (ch === 'f') d.setFloat32(at, x, true);
  else {
    const h = halfPack(x);
    if (h === null) invalidValue(m);
    d.setUint16(at, h, true);
  }
}

/** Is the view laid out row after row with no gaps? @see PyBuffer_IsContiguous 'C' */
function cContiguous(m: PyMemoryView): boolean {
  let want = m.itemsize;
  for (let i = m.ndim - 1; i >= 0; i--) {
    if (m.shape[i] > 1 && m.strides[i] !== want) return false;
    if (m.shape[i] === 0) return true;
    want *= m.shape[i];
  }
  return true;
}

function fContiguous(m: PyMemoryView): boolean {
  if (m.ndim <= 1) return cContiguous(m);
  let want = m.itemsize;
  for (let i = 0; i < m.ndim; i++) {
    if (m.shape[i] > 1 && m.strides[i] !== want) return false;
    if (m.shape[i] === 0) return true;
    want *= m.shape[i];
  }
  return true;
}

function nbytes(m: PyMemoryView): number {
  return m.shape.reduce((a, b) => a * b, 1) * m.itemsize;
}

/** Every item's byte offset, in C (row-major) order. */
function itemOffsets(m: PyMemoryView): number[] {
  const out: number[] = [];
  const walk = (dim: number, at: number): void => {
    if (dim === m.ndim) { out.push(at); return; }
    for (let i = 0; i < m.shape[dim]; i++) walk(dim + 1, at + i * m.strides[dim]);
  };
  walk(0, m.offset);
  return out;
}

/** The bytes of the view in C order (tobytes). */
function gather(m: PyMemoryView): Uint8Array {
  if (cContiguous(m)) return m.data.slice(m.offset, m.offset + nbytes(m));
  const out = new Uint8Array(nbytes(m));
  let p = 0;
  for (const at of itemOffsets(m)) {
    out.set(m.data.subarray(at, at + m.itemsize), p);
    p += m.itemsize;
  }
  return out;
}

function toList(m: PyMemoryView, dim: number, at: number): PyObject {
  if (dim === m.ndim) return unpack(m, at);
  const items: PyObject[] = [];
  for (let i = 0; i < m.shape[dim]; i++) items.push(toList(m, dim + 1, at + i * m.strides[dim]));
  return newList(items);
}

/** memoryview(object): a view of everything `object` exports. @see memoryview_impl */
export function memoryFromObject(o: PyObject): PyMemoryView {
  if (o instanceof PyMemoryView) {
    const m = live(o);
    return new PyMemoryView(m.obj, m.data, m.offset, m.readonly, m.format, m.itemsize,
      m.shape.slice(), m.strides.slice());
  }
  let view: PyBuffer;
  try {
    view = PyObject_GetBuffer(o, false);
  } catch (e) {
    throw raiseNew(PyExc_TypeError,
      `memoryview: a bytes-like object is required, not '${typeName(o.ob_type)}'`);
  }
  // CPython holds the export until the view dies; with no reference counts ceval cannot
  // tell when that is, so it lets go at once rather than pin the exporter for ever.
  PyBuffer_Release(view);
  return new PyMemoryView(view.obj, view.buf, 0, view.readonly, view.format, view.itemsize,
    view.shape.slice(), view.strides.slice());
}

function memoryNew(_t: PyTypeObject, args: PyObject[], kw: PyObject | null): PyObject {
  const k = kw instanceof PyDict ? kw.getItemStr('object') : null;
  if (args.length + (kw instanceof PyDict ? kw.ma_used : 0) !== 1 || (kw instanceof PyDict
    && kw.ma_used > 0 && k === null)) {
    if (kw instanceof PyDict && kw.ma_used > 0 && k === null) {
      const name = kw.keys()[0];
      throw raiseNew(PyExc_TypeError, `memoryview() got an unexpected keyword argument '${
        (name as PyUnicode).value}'`);
    }
    throw raiseNew(PyExc_TypeError, args.length === 0
      ? "memoryview() missing required argument 'object' (pos 1)"
      : `memoryview() takes at most 1 argument (${args.length} given)`);
  }
  return memoryFromObject(args[0] ?? k!);
}

function indexOf(m: PyMemoryView, key: PyObject, dim: number): number {
  let i = Number((key as PyLong).value);
  if (typeof (key as PyLong).value === 'bigint') i = Number.MAX_SAFE_INTEGER;
  const n = m.shape[dim];
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    throw raiseNew(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  }
  return m.offset + i * m.strides[dim];
}

/** The byte offset a tuple of indices names (one per dimension). */
function tupleOffset(m: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (!key.items.every(PyLong_Check)) {
    if (key.items.every((k) => k instanceof PySlice)) {
      throw raiseNew(PyExc_NotImplementedError, 'multi-dimensional slicing is not implemented');
    }
    throw raiseNew(PyExc_TypeError, 'memoryview: invalid slice key');
  }
  if (n < m.ndim) {
    throw raiseNew(PyExc_NotImplementedError, 'sub-views are not implemented');
  }
  if (n > m.ndim) {
    throw raiseNew(PyExc_TypeError,
      `cannot index ${m.ndim}-dimension view with ${n}-element tuple`);
  }
  let at = m.offset;
  for (let d = 0; d < n; d++) {
    const v = new PyMemoryView(m.obj, m.data, at, m.readonly, m.format, m.itemsize,
      m.shape, m.strides);
    at = indexOf(v, key.items[d], d);
  }
  return at;
}

function checkFormat(m: PyMemoryView): void {
  if (nativeChar(m.format) === null) {
    throw raiseNew(PyExc_NotImplementedError, `memoryview: unsupported format ${m.format}`);
  }
}

/** m[key]. @see memoryobject.c memory_subscript */
function memorySubscript(o: PyObject, key: PyObject): PyObject {
  const m = live(o);
  if (m.ndim === 0) {
    if (key === Py_Ellipsis) return memoryFromObject(m);
    if (key instanceof PyTuple && key.items.length === 0) return unpack(m, m.offset);
    throw raiseNew(PyExc_TypeError, 'invalid indexing of 0-dim memory');
  }
  if (PyLong_Check(key)) {
    if (m.ndim > 1) {
      throw raiseNew(PyExc_NotImplementedError, 'multi-dimensional sub-views are not implemented');
    }
    checkFormat(m);
    return unpack(m, indexOf(m, key, 0));
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, m.shape[0]);
    const shape = m.shape.slice();
    const strides = m.strides.slice();
    shape[0] = n;
    strides[0] *= step;
    return new PyMemoryView(m.obj, m.data, m.offset + start * m.strides[0], m.readonly,
      m.format, m.itemsize, shape, strides);
  }
  if (key instanceof PyTuple) {
    checkFormat(m);
    return unpack(m, tupleOffset(m, key));
  }
  throw raiseNew(PyExc_TypeError, 'memoryview: invalid slice key');
}

/** m[key] = v. @see memoryobject.c memory_ass_sub */
function memoryAssign(o: PyObject, key: PyObject, v: PyObject | null): void {
  const m = live(o);
  if (m.readonly) throw raiseNew(PyExc_TypeError, 'cannot modify read-only memory');
  if (v === null) throw raiseNew(PyExc_TypeError, 'cannot delete memory');
  if (m.ndim === 0) {
    if (key === Py_Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
      pack(m, m.offset, v);
      return;
    }
    throw raiseNew(PyExc_TypeError, 'invalid indexing of 0-dim memory');
  }
  if (PyLong_Check(key)) {
    if (m.ndim > 1) throw raiseNew(PyExc_NotImplementedError, 'sub-views are not implemented');
    checkFormat(m);
    pack(m, indexOf(m, key, 0), v);
    return;
  }
  if (key instanceof PySlice) {
    if (m.ndim > 1) {
      throw raiseNew(PyExc_NotImplementedError, 'memoryview slice assignments are currently '
        + 'restricted to ndim = 1');
    }
    const dest = memorySubscript(m, key) as PyMemoryView;
    const src = v instanceof PyMemoryView ? live(v) : memoryFromObject(PyObject_GetBufferObj(v));
    if (src.ndim !== 1 || src.shape[0] !== dest.shape[0]
      || (nativeChar(src.format) ?? src.format) !== (nativeChar(dest.format) ?? dest.format)
      || src.itemsize !== dest.itemsize) {
      throw raiseNew(PyExc_ValueError,
        'memoryview assignment: lvalue and rvalue have different structures');
    }
    const bytes = gather(src);
    const offs = itemOffsets(dest);
    for (let i = 0; i < offs.length; i++) {
      m.data.set(bytes.subarray(i * m.itemsize, (i + 1) * m.itemsize), offs[i]);
    }
    return;
  }
  if (key instanceof PyTuple) {
    checkFormat(m);
    pack(m, tupleOffset(m, key), v);
    return;
  }
  throw raiseNew(PyExc_TypeError, 'memoryview: invalid slice key');
}

/** The source of a slice assignment must export a buffer (its TypeError is the plain one). */
function PyObject_GetBufferObj(v: PyObject): PyObject {
  PyObject_GetBuffer(v, false);
  return v;
}

export const memorySequence: Partial<PySequenceMethods> = {
  sq_length: (o) => memoryLength(o),
  sq_item: (o, i) => memorySubscript(o, newInt(i)),
};

function memoryLength(o: PyObject): number {
  const m = live(o);
  if (m.ndim === 0) throw raiseNew(PyExc_TypeError, '0-dim memory has no length');
  return m.shape[0];
}

export const memoryMapping: Partial<PyMappingMethods> = {
  mp_length: memoryLength,
  mp_subscript: memorySubscript,
  mp_ass_subscript: memoryAssign,
};

/** Comparable item values: numbers for ints, bools and floats; a tagged byte for 'c'. */
function itemValues(m: PyMemoryView): (number | bigint | string)[] {
  return itemOffsets(m).map((at) => {
    const x = unpack(m, at);
    if (x instanceof PyBytes) return 'c' + x.value[0];
    if (x instanceof PyFloat) return x.value;
    if (x === Py_True) return 1;
    if (x === Py_False) return 0;
    return (x as PyLong).value;
  });
}

/** == and != only: same shape and equal items. @see memoryobject.c memory_richcompare */
export function memoryRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (op !== 2 && op !== 3) return Py_NotImplemented;
  let eq: boolean;
  if (a === b) eq = true;
  else if ((a as PyMemoryView).released || (b instanceof PyMemoryView && b.released)) eq = false;
  else {
    let w: PyMemoryView;
    try {
      w = b instanceof PyMemoryView ? b : memoryFromObject(b);
    } catch {
      return Py_NotImplemented;
    }
    const v = a as PyMemoryView;
    if (v.ndim !== w.ndim || v.shape.some((n, i) => n !== w.shape[i])) eq = false;
    else {
      const x = itemValues(v);
      const y = itemValues(w);
      // eslint-disable-next-line eqeqeq
      eq = x.every((p, i) => typeof p === 'string' || typeof y[i] === 'string' ? p === y[i]
        : p == y[i]); // number vs bigint compares by value
    }
  }
  return newBool(op === 2 ? eq : !eq);
}

/** hash(m): only read-only byte views, and then as bytes hash. @see memory_hash */
function memoryHash(o: PyObject): number | bigint {
  const m = live(o);
  if (!m.readonly) throw raiseNew(PyExc_ValueError, 'cannot hash writable memoryview object');
  const ch = nativeChar(m.format);
  if (ch !== 'B' && ch !== 'b' && ch !== 'c') {
    throw raiseNew(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  }
  return bytesHash(newBytes(gather(m)));
}

function shapeArg(o: PyObject): number[] {
  const items = o instanceof PyTuple || o instanceof PyList ? o.items : null;
  if (items === null) throw raiseNew(PyExc_TypeError, 'shape must be a list or a tuple');
  if (items.length > 64) {
    throw raiseNew(PyExc_ValueError, 'memoryview: number of dimensions must not exceed 64');
  }
  return items.map((x) => {
    if (!PyLong_Check(x) || (x as PyLong).value <= 0) {
      throw raiseNew(PyExc_ValueError, 'memoryview.cast(): elements of shape must be integers > 0');
    }
    return Number((x as PyLong).value);
  });
}

/** m.cast(format[, shape]). @see memoryobject.c memoryview_cast_impl */
function memoryCast(self: PyObject, args: PyObject[], kw: PyObject | null): PyObject {
  const m = live(self);
  const fmtObj = args[0] ?? (kw instanceof PyDict ? kw.getItemStr('format') : null);
  const shapeObj = args[1] ?? (kw instanceof PyDict ? kw.getItemStr('shape') : null);
  if (fmtObj === null || fmtObj === undefined) {
    throw raiseNew(PyExc_TypeError, "cast() missing required argument 'format' (pos 1)");
  }
  if (!(fmtObj instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError,
      `cast() argument 'format' must be str, not ${typeName(fmtObj.ob_type)}`);
  }
  if (!cContiguous(m)) {
    throw raiseNew(PyExc_TypeError, 'memoryview: casts are restricted to C-contiguous views');
  }
  const shape = shapeObj === null || shapeObj === undefined ? null : shapeArg(shapeObj);
  if (shape !== null && m.ndim !== 1 && shape.length !== 1) {
    throw raiseNew(PyExc_TypeError, 'memoryview: cast must be 1D -> ND or ND -> 1D');
  }
  const fmt = fmtObj.value;
  const ch = nativeChar(fmt);
  if (ch === null) {
    throw raiseNew(PyExc_ValueError, 'memoryview: destination format must be a native single '
      + "character format prefixed with an optional '@'");
  }
  const isByte = (c: string | null): boolean => c === 'B' || c === 'b' || c === 'c';
  if (!isByte(nativeChar(m.format)) && !isByte(ch)) {
    throw raiseNew(PyExc_TypeError, 'memoryview: cannot cast between two non-byte formats');
  }
  const size = FORMATS[ch][0];
  const total = nbytes(m);
  if (total % size !== 0) {
    throw raiseNew(PyExc_TypeError, 'memoryview: length is not a multiple of itemsize');
  }
  let newShape = shape ?? [total / size];
  if (shape !== null && shape.reduce((a, b) => a * b, 1) * size !== total) {
    throw raiseNew(PyExc_TypeError, 'memoryview: product(shape) * itemsize != buffer size');
  }
  if (shape !== null && shape.length === 0) newShape = [];
  const strides = new Array<number>(newShape.length);
  let st = size;
  for (let i = newShape.length - 1; i >= 0; i--) { strides[i] = st; st *= newShape[i]; }
  return new PyMemoryView(m.obj, m.data, m.offset, m.readonly, fmt, size, newShape, strides);
}

function tobytesOrder(args: PyObject[], kw: PyObject | null): void {
  const o = args[0] ?? (kw instanceof PyDict ? kw.getItemStr('order') : null) ?? Py_None;
  if (o === Py_None) return;
  if (!(o instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError,
      `tobytes() argument 'order' must be str or None, not ${typeName(o.ob_type)}`);
  }
  if (!['C', 'F', 'A'].includes(o.value)) {
    throw raiseNew(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
  }
}

const meth = (name: string, fn: PyMethodDef['ml_meth']): PyMethodDef => ({ ml_name: name,
  ml_meth: fn });

export const memoryMethods: PyMethodDef[] = [
  meth('release', (s, a) => {
    noArgs('memoryview.release', a);
    (s as PyMemoryView).released = true;
    return Py_None;
  }),
  meth('tobytes', (s, a, kw) => {
    const m = live(s);
    tobytesOrder(a, kw);
    return newBytes(gather(m));
  }),
  meth('hex', (s, a, kw) => newStr(bytesHexString(newBytes(gather(live(s))),
    kw instanceof PyDict ? [a[0] ?? kw.getItemStr('sep') ?? undefined,
      a[1] ?? kw.getItemStr('bytes_per_sep') ?? undefined].filter((x) => x !== undefined) as
      PyObject[] : a))),
  meth('tolist', (s, a) => {
    noArgs('memoryview.tolist', a);
    const m = live(s);
    checkFormat(m);
    return toList(m, 0, m.offset);
  }),
  meth('toreadonly', (s, a) => {
    noArgs('memoryview.toreadonly', a);
    const m = memoryFromObject(s);
    m.readonly = true;
    return m;
  }),
  meth('cast', memoryCast),
  meth('__enter__', (s, a) => {
    noArgs('memoryview.__enter__', a);
    return live(s);
  }),
  meth('__exit__', (s) => {
    (s as PyMemoryView).released = true;
    return Py_None;
  }),
];

const get = (name: string, f: (m: PyMemoryView) => PyObject): PyGetSetDef =>
  ({ name, get: (o) => f(live(o)), set: null });
const ints = (xs: number[]): PyObject => newTuple(xs.map((x) => newInt(x)));

export const memoryGetSet: PyGetSetDef[] = [
  get('obj', (m) => m.obj),
  get('nbytes', (m) => newInt(nbytes(m))),
  get('readonly', (m) => newBool(m.readonly)),
  get('itemsize', (m) => newInt(m.itemsize)),
  get('format', (m) => newStr(m.format)),
  get('ndim', (m) => newInt(m.ndim)),
  get('shape', (m) => ints(m.shape)),
  get('strides', (m) => ints(m.strides)),
  get('suboffsets', () => newTuple([])),
  get('c_contiguous', (m) => newBool(cContiguous(m))),
  get('f_contiguous', (m) => newBool(fContiguous(m))),
  get('contiguous', (m) => newBool(cContiguous(m) || fContiguous(m))),
];

/** `memory_iterator`: the items of a one-dimensional view. @see memoryobject.c memory_iter */
export const PyMemoryIter_Type: PyTypeObject = newStaticType('memory_iterator');

class PyMemoryIter extends PyObject {
  index = 0;
  constructor(public view: PyMemoryView | null) {
    super(PyMemoryIter_Type);
  }
}

PyMemoryIter_Type.tp_iter = (o) => o;
PyMemoryIter_Type.tp_iternext = (o) => {
  const it = o as PyMemoryIter;
  const m = it.view;
  if (m === null) return null;
  if (m.released) released();
  if (it.index >= m.shape[0]) { it.view = null; return null; }
  return unpack(m, m.offset + it.index++ * m.strides[0]);
};

function memoryIter(o: PyObject): PyObject {
  const m = live(o);
  if (m.ndim === 0) throw raiseNew(PyExc_TypeError, 'invalid indexing of 0-dim memory');
  if (m.ndim > 1) {
    throw raiseNew(PyExc_NotImplementedError, 'multi-dimensional sub-views are not implemented');
  }
  checkFormat(m);
  return new PyMemoryIter(m);
}

/** A memoryview lends what it sees: its own window, copied when it is not contiguous. */
PyMemoryView_Type.tp_as_buffer = {
  bf_getbuffer: (o: PyObject, writable: boolean) => {
    const m = live(o);
    if (writable && m.readonly) throw raiseNew(PyExc_TypeError, 'cannot modify read-only memory');
    const contiguous = cContiguous(m);
    const buf = contiguous ? m.data.subarray(m.offset, m.offset + nbytes(m)) : gather(m);
    return { obj: o, buf, readonly: m.readonly || !contiguous, itemsize: m.itemsize,
      format: m.format, ndim: m.ndim, shape: m.shape.slice(), strides: m.strides.slice() };
  },
  bf_releasebuffer: null,
} satisfies PyBufferProcs;
PyMemoryView_Type.tp_repr = (o) => newStr(`<${(o as PyMemoryView).released ? 'released '
  : ''}memory at ${addressText(o)}>`);
PyMemoryView_Type.tp_hash = memoryHash;
PyMemoryView_Type.tp_iter = memoryIter;
PyMemoryView_Type.tp_getset = memoryGetSet;
PyMemoryView_Type.tp_new = memoryNew;
