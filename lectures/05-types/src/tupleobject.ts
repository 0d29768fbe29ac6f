// Mirrors the protocols of Objects/tupleobject.c: tuple_as_sequence (tuplelength,
// tupleconcat, tuplerepeat, tupleitem, tuplecontains), tuple_as_mapping (tuplesubscript, for
// slices), tuplerichcompare, the methods count and index, and tuple().

import { PyObject, PyTypeObject, PySequenceMethods, PyMappingMethods, typeName }
  from '@ceval/core/object';
import { PyTuple, PyTuple_Type, newTuple, Py_EmptyTuple } from '@ceval/core/objects/tupleobject';
import { newInt } from '@ceval/core/objects/longobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError }
  from '@ceval/core/objects/exceptions';
import { raiseNew, checkRepeat, MAX_ARRAY_ITEMS } from '@ceval/core/runtime/errors';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PySlice, slicePositions, seqIndex, indexValue } from './sliceobject.js';
import { iterItems, itemsEqual, noArgs } from './abstract.js';

function items(o: PyObject): PyObject[] {
  return (o as PyTuple).items;
}

/**
 * Lexicographic comparison shared by tuple and list: find the first index where the items
 * differ (by ==), then compare those two items with the requested operator; if one sequence
 * is a prefix of the other, compare lengths. @see tupleobject.c tuplerichcompare
 */
export function sequenceRichCompare(a: PyObject[], b: PyObject[], op: number): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && itemsEqual(a[i], b[i])) i++;
  if (i >= n) {
    const c = a.length - b.length;
    const r = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
    return r ? Py_True : Py_False;
  }
  if (op === 2) return Py_False;
  if (op === 3) return Py_True;
  return currentInterpreter().hooks.richCompare(a[i], b[i], op);
}

export const tupleSequence: Partial<PySequenceMethods> = {
  sq_length: (o) => items(o).length,
  sq_concat: (a, b) => {
    if (!(b instanceof PyTuple)) {
      throw raiseNew(PyExc_TypeError,
        `can only concatenate tuple (not "${typeName(b.ob_type)}") to tuple`);
    }
    return newTuple(items(a).concat(b.items));
  },
  sq_repeat: (a, n) => {
    const src = items(a);
    if (n <= 0 || src.length === 0) return Py_EmptyTuple;
    if (n === 1 && a.ob_type === PyTuple_Type) return a;
    checkRepeat(src.length, n, null, MAX_ARRAY_ITEMS);
    const out = new Array<PyObject>(src.length * n);
    let k = 0;
    for (let i = 0; i < n; i++) for (const x of src) out[k++] = x;
    return newTuple(out);
  },
  sq_item: (o, i) => {
    const it = items(o);
    if (i < 0 || i >= it.length) throw raiseNew(PyExc_IndexError, 'tuple index out of range');
    return it[i];
  },
  sq_contains: (o, x) => (items(o).some((y) => itemsEqual(y, x))),
};

export const tupleMapping: Partial<PyMappingMethods> = {
  mp_length: (o) => items(o).length,
  mp_subscript: (o, key) => {
    const it = items(o);
    if (key instanceof PySlice) return newTuple(slicePositions(key, it.length).map((p) => it[p]));
    return it[seqIndex(key, it.length, 'tuple')];
  },
};

export function tupleRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) return Py_NotImplemented;
  return sequenceRichCompare(a.items, b.items, op);
}

/** tuple(iterable=()). @see tupleobject.c tuple_new_impl */
export function tupleNew(type: PyTypeObject, args: PyObject[]): PyObject {
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `tuple expected at most 1 argument, got ${args.length}`);
  }
  if (args.length === 0) return type === PyTuple_Type ? Py_EmptyTuple : new PyTuple([], type);
  if (args[0].ob_type === PyTuple_Type && type === PyTuple_Type) return args[0];
  const it = iterItems(args[0]);
  return type === PyTuple_Type ? newTuple(it) : new PyTuple(it, type);
}

/** count and index, shared with list. @see tupleobject.c tuple_count, tuple_index */
export function countIn(seq: PyObject[], x: PyObject): PyObject {
  let n = 0;
  for (const y of seq) if (itemsEqual(y, x)) n++;
  return newInt(n);
}

export function indexIn(seq: PyObject[], args: PyObject[], what: string): PyObject {
  if (args.length === 0) {
    throw raiseNew(PyExc_TypeError, 'index expected at least 1 argument, got 0');
  }
  const x = args[0];
  // start/stop go through _PyEval_SliceIndexNotNone: ints (clamped) only, None refused.
  const norm = (o: PyObject | undefined, d: number): number => {
    if (o === undefined) return d;
    let v = indexValue(o) ?? NaN;
    if (Number.isNaN(v)) {
      throw raiseNew(PyExc_TypeError,
        'slice indices must be integers or have an __index__ method');
    }
    if (v < 0) v = Math.max(0, v + seq.length);
    return Math.min(v, seq.length);
  };
  const start = norm(args[1], 0);
  const stop = norm(args[2], seq.length);
  for (let i = start; i < stop; i++) if (itemsEqual(seq[i], x)) return newInt(i);
  throw raiseNew(PyExc_ValueError, `${what}.index(x): x not in ${what}`);
}

export const tupleMethods = [
  { ml_name: 'count', ml_meth: (s: PyObject, a: PyObject[]) => countIn(items(s), a[0]) },
  { ml_name: 'index', ml_meth: (s: PyObject, a: PyObject[]) => indexIn(items(s), a, 'tuple') },
  {
    // What copy and pickle pass to tuple.__new__: the tuple itself, or for a subclass an
    // exact tuple of its items. @see Objects/tupleobject.c tuple___getnewargs___impl
    ml_name: '__getnewargs__',
    ml_meth: (s: PyObject, a: PyObject[], kw: PyObject | null) => {
      noArgs('tuple.__getnewargs__', a, kw);
      return newTuple([s.ob_type === PyTuple_Type ? s : newTuple(items(s).slice())]);
    },
  },
];
