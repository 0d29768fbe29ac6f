// Mirrors Objects/rangeobject.c: range (start, stop, step and a precomputed length, all
// arbitrary-precision), its sequence/mapping protocols, comparisons, index/count, and the two
// iterators: range_iterator for machine-sized ranges, longrange_iterator for the rest.

import { asIndex as numberAsIndex } from '@ceval/lecture-05/sliceobject';
import { PyObject, PyTypeObject, newStaticType, typeName } from '@ceval/core/object';
import { PyLong, PyLong_Check, newInt, intValue } from '@ceval/core/objects/longobject';
import { PyLong_Type } from '@ceval/core/objects/longobject';
import { PyBool_Type, Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyExc_OverflowError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PySlice } from '@ceval/lecture-05/sliceobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { selfIter, forEach } from './iterobject.js';

/** `range`. @see Objects/rangeobject.c PyRange_Type */
export const PyRange_Type = newStaticType('range');

export class PyRange extends PyObject {
  constructor(readonly start: bigint, readonly stop: bigint, readonly step: bigint,
    readonly length: bigint) {
    super(PyRange_Type);
  }
}

/** How many items start, start+step, ... before stop. @see rangeobject.c compute_range_length */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

function asIndex(o: PyObject): bigint {
  // PyNumber_Index: an int, or whatever an object's __index__ returns.
  const n = numberAsIndex(o);
  if (n === null) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return intValue(n);
}

/** range(stop) / range(start, stop[, step]). @see rangeobject.c range_new */
export function rangeNew(_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs instanceof PyDict && kwargs.ma_used > 0) {
    throw raiseNew(PyExc_TypeError, 'range() takes no keyword arguments');
  }
  if (args.length === 0) throw raiseNew(PyExc_TypeError, 'range expected at least 1 argument, got 0');
  if (args.length > 3) {
    throw raiseNew(PyExc_TypeError, `range expected at most 3 arguments, got ${args.length}`);
  }
  let start = 0n;
  let stop: bigint;
  let step = 1n;
  if (args.length === 1) {
    stop = asIndex(args[0]);
  } else {
    start = asIndex(args[0]);
    stop = asIndex(args[1]);
    if (args.length === 3) {
      step = asIndex(args[2]);
      if (step === 0n) throw raiseNew(PyExc_ValueError, 'range() arg 3 must not be zero');
    }
  }
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

const SSIZE_MAX = (1n << 63n) - 1n;

function rangeLen(o: PyObject): number {
  const r = o as PyRange;
  if (r.length > SSIZE_MAX) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(r.length);
}

function rangeItem(r: PyRange, i: bigint): PyObject {
  return newInt(r.start + i * r.step);
}

/** Is `v` one of the range's values? Exact ints are answered by arithmetic. */
function rangeContains(o: PyObject, v: PyObject): boolean {
  const r = o as PyRange;
  if (v.ob_type === PyLong_Type || v.ob_type === PyBool_Type) {
    const x = intValue(v);
    if (r.step > 0n ? x < r.start || x >= r.stop : x > r.start || x <= r.stop) return false;
    return (x - r.start) % r.step === 0n;
  }
  // Anything else compares by == with each value, as a generic sequence would.
  let found = false;
  forEach(o, (item) => {
    const h = currentHooks();
    if (h.isTrue(h.richCompare(item, v, 2))) { found = true; return true; }
    return false;
  });
  return found;
}

import { currentInterpreter } from '@ceval/core/interpreter';
function currentHooks() {
  return currentInterpreter().hooks;
}

function rangeSubscript(o: PyObject, key: PyObject): PyObject {
  const r = o as PyRange;
  if (key instanceof PySlice) {
    // Compute the slice over indices 0..len, then map it through start/step.
    const [s, e, st] = sliceBig(key, r.length);
    const start = r.start + s * r.step;
    const stop = r.start + e * r.step;
    const step = r.step * st;
    return new PyRange(start, stop, step, rangeLength(start, stop, step));
  }
  if (!PyLong_Check(key)) {
    throw raiseNew(PyExc_TypeError,
      `range indices must be integers or slices, not ${typeName(key.ob_type)}`);
  }
  let i = intValue(key);
  if (i < 0n) i += r.length;
  if (i < 0n || i >= r.length) throw raiseNew(PyExc_IndexError, 'range object index out of range');
  return rangeItem(r, i);
}

/** PySlice indices with arbitrary-precision arithmetic. @see sliceobject.c _PySlice_GetLongIndices */
function sliceBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const idx = (o: PyObject): bigint | null => {
    if (o === Py_None) return null;
    if (!PyLong_Check(o)) {
      throw raiseNew(PyExc_TypeError,
        'slice indices must be integers or None or have an __index__ method');
    }
    return intValue(o);
  };
  let step = idx(s.step) ?? 1n;
  if (step === 0n) throw raiseNew(PyExc_ValueError, 'slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clamp = (v: bigint | null, d: bigint): bigint => {
    if (v === null) return d;
    if (v < 0n) { v += length; return v < lower ? lower : v; }
    return v > upper ? upper : v;
  };
  const start = clamp(idx(s.start), neg ? upper : lower);
  const stop = clamp(idx(s.stop), neg ? lower : upper);
  void step;
  step = step as bigint;
  return [start, stop, step];
}

PyRange_Type.tp_as_sequence = null;
export const rangeSequence = {
  sq_length: rangeLen,
  sq_contains: rangeContains,
};
export const rangeMapping = {
  mp_length: rangeLen,
  mp_subscript: rangeSubscript,
};

/** range == range compares the sequences, not the arguments. @see rangeobject.c range_equals */
export function rangeRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyRange) || !(b instanceof PyRange) || (op !== 2 && op !== 3)) {
    return Py_NotImplemented;
  }
  let eq: boolean;
  if (a === b) eq = true;
  else if (a.length !== b.length) eq = false;
  else if (a.length === 0n) eq = true;
  else if (a.start !== b.start) eq = false;
  else eq = a.length === 1n || a.step === b.step;
  return (eq === (op === 2)) ? Py_True : Py_False;
}

export function rangeRepr(o: PyObject): PyObject {
  const r = o as PyRange;
  return newStr(r.step === 1n ? `range(${r.start}, ${r.stop})`
    : `range(${r.start}, ${r.stop}, ${r.step})`);
}

export function rangeBool(o: PyObject): boolean {
  return (o as PyRange).length !== 0n;
}

export const rangeMethods = [
  {
    ml_name: 'count',
    ml_meth: (s: PyObject, a: PyObject[]) => {
      const x = a[0];
      if (x.ob_type === PyLong_Type || x.ob_type === PyBool_Type) {
        return newInt(rangeContains(s, x) ? 1 : 0);
      }
      let n = 0;
      forEach(s, (item) => {
        const h = currentHooks();
        if (h.isTrue(h.richCompare(item, x, 2))) n++;
      });
      return newInt(n);
    },
  },
  {
    ml_name: 'index',
    ml_meth: (s: PyObject, a: PyObject[]) => {
      const r = s as PyRange;
      const x = a[0];
      if (x.ob_type === PyLong_Type || x.ob_type === PyBool_Type) {
        if (!rangeContains(s, x)) {
          throw raiseNew(PyExc_ValueError, `${reprInt(x)} is not in range`);
        }
        return newInt((intValue(x) - r.start) / r.step);
      }
      let i = 0;
      let found = -1;
      forEach(s, (item) => {
        const h = currentHooks();
        if (h.isTrue(h.richCompare(item, x, 2))) { found = i; return true; }
        i++;
        return false;
      });
      if (found < 0) throw raiseNew(PyExc_ValueError, 'sequence.index(x): x not in sequence');
      return newInt(found);
    },
  },
  { ml_name: '__reversed__', ml_meth: (s: PyObject) => rangeReversed(s) },
];

function reprInt(x: PyObject): string {
  return String(intValue(x));
}

export const rangeGetSet = [
  { name: 'start', get: (o: PyObject) => newInt((o as PyRange).start), set: null },
  { name: 'stop', get: (o: PyObject) => newInt((o as PyRange).stop), set: null },
  { name: 'step', get: (o: PyObject) => newInt((o as PyRange).step), set: null },
];

/** hash(range): as hash((len, start, step)) with CPython's normalisation. */
export function rangeHashTuple(o: PyObject): PyObject {
  const r = o as PyRange;
  if (r.length === 0n) return newTuple([newInt(0), Py_None, Py_None]);
  if (r.length === 1n) return newTuple([newInt(1), newInt(r.start), Py_None]);
  return newTuple([newInt(r.length), newInt(r.start), newInt(r.step)]);
}

// ---- iterators ----------------------------------------------------------------------------

/** `range_iterator`: start/step/len as JS numbers. @see rangeobject.c PyRangeIter_Type */
export const PyRangeIter_Type = newStaticType('range_iterator');
/** `longrange_iterator`: the same in bigints. @see rangeobject.c PyLongRangeIter_Type */
export const PyLongRangeIter_Type = newStaticType('longrange_iterator');

export class PyRangeIter extends PyObject {
  constructor(public next: number, readonly step: number, public len: number) {
    super(PyRangeIter_Type);
  }
}

export class PyLongRangeIter extends PyObject {
  constructor(public next: bigint, readonly step: bigint, public len: bigint) {
    super(PyLongRangeIter_Type);
  }
}

/** @see rangeobject.c rangeiter_next */
export function rangeIterNext(o: PyObject): PyObject | null {
  const it = o as PyRangeIter;
  if (it.len <= 0) return null;
  const v = it.next;
  it.next = v + it.step;
  it.len--;
  return newInt(v);
}

PyRangeIter_Type.tp_iter = selfIter;
PyRangeIter_Type.tp_iternext = rangeIterNext;
PyLongRangeIter_Type.tp_iter = selfIter;
PyLongRangeIter_Type.tp_iternext = (o) => {
  const it = o as PyLongRangeIter;
  if (it.len <= 0n) return null;
  const v = it.next;
  it.next = v + it.step;
  it.len--;
  return newInt(v);
};

const LIMIT = BigInt(Math.floor(Number.MAX_SAFE_INTEGER / 2));
function small(...xs: bigint[]): boolean {
  return xs.every((x) => x <= LIMIT && x >= -LIMIT);
}

function makeIter(start: bigint, step: bigint, len: bigint): PyObject {
  const last = start + (len - 1n) * step;
  if (small(start, step, len, last, last + step)) {
    return new PyRangeIter(Number(start), Number(step), Number(len));
  }
  return new PyLongRangeIter(start, step, len);
}

/** range.__iter__. @see rangeobject.c range_iter */
export function rangeIter(o: PyObject): PyObject {
  const r = o as PyRange;
  return makeIter(r.start, r.step, r.length);
}

/** range.__reversed__: walk from the last value backwards. @see range_reverse */
export function rangeReversed(o: PyObject): PyObject {
  const r = o as PyRange;
  return makeIter(r.start + (r.length - 1n) * r.step, -r.step, r.length);
}

export { PyLong };
