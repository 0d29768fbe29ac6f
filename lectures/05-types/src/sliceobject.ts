// Mirrors Objects/sliceobject.c: the slice type (start, stop, step), PySlice_Unpack and
// PySlice_AdjustIndices — the arithmetic every sequence uses to turn `s[a:b:c]` into a
// concrete range of indices.

import { PyObject, PyTypeObject, newStaticType, typeName } from '@ceval/core/object';
import { PyLong, newInt, PyLong_Check } from '@ceval/core/objects/longobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { newTuple, tupleHash } from '@ceval/core/objects/tupleobject';
import { sequenceRichCompare } from './tupleobject.js';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';

/** `slice`. @see Objects/sliceobject.c PySlice_Type */
export const PySlice_Type = newStaticType('slice');

/** A slice object: three arbitrary objects, usually ints or None. */
export class PySlice extends PyObject {
  constructor(public start: PyObject, public stop: PyObject, public step: PyObject) {
    super(PySlice_Type);
  }
}

PySlice_Type.tp_repr = (o) => {
  const s = o as PySlice;
  return newStr(`slice(${reprString(s.start)}, ${reprString(s.stop)}, ${reprString(s.step)})`);
};
PySlice_Type.tp_getset = [
  { name: 'start', get: (o) => (o as PySlice).start, set: null },
  { name: 'stop', get: (o) => (o as PySlice).stop, set: null },
  { name: 'step', get: (o) => (o as PySlice).step, set: null },
];

/**
 * An index operand as a JS number (null when it is not an int), a big one clamped to the
 * safe range the way `_PyEval_SliceIndex` clamps to Py_ssize_t.
 */
export function indexValue(o: PyObject): number | null {
  const n = asIndex(o);
  if (n === null) return null;
  const v = n.value;
  if (typeof v === 'number') return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
}

/** The nb_index (`__index__`) of o's type, inherited, or null. */
function nbIndexOf(o: PyObject): ((x: PyObject) => PyObject) | null {
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    const f = c.tp_as_number?.nb_index;
    if (f) return f;
  }
  return null;
}

/** Can `o` be used as an index (an int, or anything with `__index__`)? @see PyIndex_Check */
export function isIndex(o: PyObject): boolean {
  return PyLong_Check(o) || nbIndexOf(o) !== null;
}

/**
 * The int `o` stands for as an index: itself, or what its `__index__` returns (which must
 * be an int); null when it has no `__index__`. @see Objects/abstract.c PyNumber_Index
 */
export function asIndex(o: PyObject): PyLong | null {
  if (PyLong_Check(o)) return o as PyLong;
  const f = nbIndexOf(o);
  if (f === null) return null;
  const r = f(o);
  if (!PyLong_Check(r)) {
    throw raiseNew(PyExc_TypeError, `__index__ returned non-int (type ${typeName(r.ob_type)})`);
  }
  return r as PyLong;
}

function sliceIndex(o: PyObject): number | null {
  if (o === Py_None) return null;
  const v = indexValue(o);
  if (v === null) {
    throw raiseNew(PyExc_TypeError,
      'slice indices must be integers or None or have an __index__ method');
  }
  return v;
}

/** [start, stop, step, length] for a sequence of `length` items. @see PySlice_GetIndicesEx */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== Py_None) {
    step = sliceIndex(s.step)!;
    if (step === 0) throw raiseNew(PyExc_ValueError, 'slice step cannot be zero');
  }
  const lower = step < 0 ? -1 : 0;
  const upper = step < 0 ? length - 1 : length;
  const clampIdx = (v: number | null, dflt: number): number => {
    if (v === null) return dflt;
    if (v < 0) { v += length; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  const start = clampIdx(sliceIndex(s.start), step < 0 ? upper : lower);
  const stop = clampIdx(sliceIndex(s.stop), step < 0 ? lower : upper);
  let n = 0;
  if (step < 0) { if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1; }
  else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** The positions a slice selects, in order. */
export function slicePositions(s: PySlice, length: number): number[] {
  const [start, , step, n] = sliceIndices(s, length);
  const out = new Array<number>(n);
  for (let i = 0, p = start; i < n; i++, p += step) out[i] = p;
  return out;
}

/** Normalise a sequence index; raises IndexError with the type's wording. */
export function seqIndex(o: PyObject, length: number, typeWord: string): number {
  const n = asIndex(o);
  if (n === null) {
    throw raiseNew(PyExc_TypeError,
      `${typeWord} indices must be integers or slices, not ${typeName(o.ob_type)}`);
  }
  const big = n.value;
  const v = indexValue(n)!;
  if (typeof big === 'bigint' && (big >= 1n << 63n || big < -(1n << 63n))) {
    // PyNumber_AsSsize_t(key, PyExc_IndexError): too big for a C index at all.
    throw raiseNew(PyExc_IndexError, `cannot fit 'int' into an index-sized integer`);
  }
  const i = v < 0 ? v + length : v;
  if (i < 0 || i >= length) throw raiseNew(PyExc_IndexError, `${typeWord} index out of range`);
  return i;
}

/** slice.indices(len). */
PySlice_Type.tp_methods = [{
  ml_name: 'indices',
  ml_meth: (self, args) => {
    const [a, b, c] = sliceIndices(self as PySlice, Number((args[0] as PyLong).value));
    return newTuple([newInt(a), newInt(b), newInt(c)]);
  },
}];

/** slice(stop) / slice(start, stop[, step]). @see sliceobject.c slice_new */
PySlice_Type.tp_new = (_t, args) => {
  if (args.length === 0 || args.length > 3) {
    throw raiseNew(PyExc_TypeError, args.length === 0 ? 'slice expected at least 1 argument, got 0'
      : `slice expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length === 1) return new PySlice(Py_None, args[0], Py_None);
  return new PySlice(args[0], args[1], args[2] ?? Py_None);
};

// Slices compare and hash like the tuple (start, stop, step); hashable since 3.12.
PySlice_Type.tp_richcompare = (a, b, op) => {
  if (!(a instanceof PySlice) || !(b instanceof PySlice)) return Py_NotImplemented;
  return sequenceRichCompare([a.start, a.stop, a.step], [b.start, b.stop, b.step], op);
};
PySlice_Type.tp_hash = (o) => {
  const s = o as PySlice;
  return tupleHash(newTuple([s.start, s.stop, s.step]));
};
