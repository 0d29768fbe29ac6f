// What the built-in iterators say about their own state, as CPython's iterator types do in
// tupleobject.c, listobject.c, unicodeobject.c, bytesobject.c, rangeobject.c, enumobject.c,
// setobject.c and iterobject.c: `__length_hint__` (how many items are left, which list() and
// friends use to size their result), `__reduce__` (how pickle and copy rebuild the iterator:
// a callable, its arguments, and the position to restore) and `__setstate__` (the restore).

import { PyObject, PyTypeObject, typeName, type PyMethodDef } from '@ceval/core/object';
import { newTuple, Py_EmptyTuple } from '@ceval/core/objects/tupleobject';
import { PyLong, PyLong_Check, newInt, intValue } from '@ceval/core/objects/longobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newBytes } from '@ceval/core/objects/bytesobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyExc_TypeError, PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { newList } from '@ceval/core/runtime/listobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { objectLength } from '@ceval/core/runtime/bltinmodule';
import { noArgs } from '@ceval/lecture-05/abstract';
import {
  PyTupleIter, PyTupleIter_Type, PyUnicodeIter, PyUnicodeASCIIIter_Type, PyUnicodeIter_Type,
  PyBytesIter, PyBytesIter_Type, PySetIter, PySetIter_Type, PyCallIter, PyCallIter_Type,
  builtinNamed,
} from './iterobject.js';
import { PyListIter, PyListIter_Type, PyListRevIter_Type } from './listobject.js';
import {
  PyRangeIter, PyRangeIter_Type, PyLongRangeIter, PyLongRangeIter_Type, PyRange,
  rangeLength,
} from './rangeobject.js';
import { PyReversed, PyReversed_Type } from './enumobject.js';

const SSIZE_MAX = 2n ** 63n - 1n;

/**
 * The state argument as a Py_ssize_t: an int (bool too) and nothing else, in 64 bits.
 * @see Objects/longobject.c PyLong_AsSsize_t
 */
function asSsize(o: PyObject): number {
  if (!PyLong_Check(o)) throw raiseNew(PyExc_TypeError, 'an integer is required');
  const v = intValue(o);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/** As a C long, through `__index__`. @see Objects/longobject.c PyLong_AsLong */
function asLong(o: PyObject): number {
  if (!PyLong_Check(o)) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  const v = intValue(o);
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C long');
  }
  return Number(v);
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), hi);

/** METH_NOARGS and METH_O methods, with the argument checks CPython words by type name. */
function noargs(name: string, f: (self: PyObject) => PyObject): PyMethodDef {
  return {
    ml_name: name,
    ml_meth: (s, a, kw) => { noArgs(`${s.ob_type.tp_name}.${name}`, a, kw); return f(s); },
  };
}

function onearg(name: string, f: (self: PyObject, v: PyObject) => void): PyMethodDef {
  return {
    ml_name: name,
    ml_meth: (s, a, kw) => {
      noArgs(`${s.ob_type.tp_name}.${name}`, [], kw);
      if (a.length !== 1) {
        throw raiseNew(PyExc_TypeError,
          `${s.ob_type.tp_name}.${name}() takes exactly one argument (${a.length} given)`);
      }
      f(s, a[0]);
      return Py_None;
    },
  };
}

/** `(callable, (seq,), index)` while running, `(callable, (empty,))` once spent. */
function reduceAt(callable: string, seq: PyObject | null, index: number, empty: PyObject):
  PyObject {
  const f = builtinNamed(callable);
  return seq !== null ? newTuple([f, newTuple([seq]), newInt(index)])
    : newTuple([f, newTuple([empty])]);
}

function set(t: PyTypeObject, methods: PyMethodDef[]): void {
  t.tp_methods = methods;
}

// ---- index-walking iterators: tuple, list, str, bytes ----------------------------------------

/** @see Objects/tupleobject.c tupleiter_len, tupleiter_reduce, tupleiter_setstate */
set(PyTupleIter_Type, [
  noargs('__length_hint__', (s) => {
    const it = s as PyTupleIter;
    return newInt(it.seq === null ? 0 : it.seq.items.length - it.index);
  }),
  noargs('__reduce__', (s) => {
    const it = s as PyTupleIter;
    return reduceAt('iter', it.seq, it.index, Py_EmptyTuple);
  }),
  onearg('__setstate__', (s, v) => {
    const it = s as PyTupleIter;
    const i = asSsize(v);
    if (it.seq !== null) it.index = clamp(i, 0, it.seq.items.length);
  }),
]);

/** @see Objects/listobject.c listiter_len, listiter_reduce_general, listiter_setstate */
set(PyListIter_Type, [
  noargs('__length_hint__', (s) => {
    const it = s as PyListIter;
    return newInt(it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index));
  }),
  noargs('__reduce__', (s) => {
    const it = s as PyListIter;
    return reduceAt('iter', it.seq, it.index, newList([]));
  }),
  // -1 is allowed: it is how a spent iterator's index reads.
  onearg('__setstate__', (s, v) => {
    const it = s as PyListIter;
    const i = asSsize(v);
    if (it.seq !== null) it.index = clamp(i, -1, it.seq.items.length);
  }),
]);

/** @see Objects/listobject.c listreviter_len, listiter_reduce_general, listreviter_setstate */
set(PyListRevIter_Type, [
  noargs('__length_hint__', (s) => {
    const it = s as PyListIter;
    const n = it.index + 1;
    return newInt(it.seq === null || it.seq.items.length < n ? 0 : n);
  }),
  // A spent reverse iterator pickles as reversed([]), not iter([]).
  noargs('__reduce__', (s) => {
    const it = s as PyListIter;
    return reduceAt('reversed', it.seq, it.index, newList([]));
  }),
  onearg('__setstate__', (s, v) => {
    const it = s as PyListIter;
    const i = asSsize(v);
    if (it.seq !== null) it.index = clamp(i, -1, it.seq.items.length - 1);
  }),
]);

/** @see Objects/unicodeobject.c unicodeiter_len, unicodeiter_reduce, unicodeiter_setstate */
const unicodeIterMethods = [
  noargs('__length_hint__', (s) => {
    const it = s as PyUnicodeIter;
    return newInt(it.seq === null ? 0 : it.length - it.index);
  }),
  noargs('__reduce__', (s) => {
    const it = s as PyUnicodeIter;
    return reduceAt('iter', it.seq, it.index, newStr(''));
  }),
  onearg('__setstate__', (s, v) => {
    const it = s as PyUnicodeIter;
    const i = asSsize(v);
    if (it.seq !== null) it.index = clamp(i, 0, it.length);
  }),
];
set(PyUnicodeASCIIIter_Type, unicodeIterMethods);
set(PyUnicodeIter_Type, unicodeIterMethods);

/** @see Objects/bytesobject.c striter_len, striter_reduce, striter_setstate */
set(PyBytesIter_Type, [
  noargs('__length_hint__', (s) => {
    const it = s as PyBytesIter;
    return newInt(it.seq === null ? 0 : it.seq.length - it.index);
  }),
  // A spent bytes iterator pickles as iter(()), as CPython's does.
  noargs('__reduce__', (s) => {
    const it = s as PyBytesIter;
    return reduceAt('iter', it.seq === null ? null : newBytes(it.seq), it.index, Py_EmptyTuple);
  }),
  onearg('__setstate__', (s, v) => {
    const it = s as PyBytesIter;
    const i = asSsize(v);
    if (it.seq !== null) it.index = clamp(i, 0, it.seq.length);
  }),
]);

// ---- range iterators ------------------------------------------------------------------------

/**
 * A range iterator pickles as `iter(range(next, next + len*step, step))`, with no position:
 * the range already starts where the iterator is. @see Objects/rangeobject.c rangeiter_reduce
 */
function rangeOf(next: bigint, step: bigint, len: bigint): PyRange {
  const stop = next + len * step;
  return new PyRange(next, stop, step, rangeLength(next, stop, step));
}

set(PyRangeIter_Type, [
  noargs('__length_hint__', (s) => newInt((s as PyRangeIter).len)),
  noargs('__reduce__', (s) => {
    const it = s as PyRangeIter;
    return newTuple([builtinNamed('iter'),
      newTuple([rangeOf(BigInt(it.next), BigInt(it.step), BigInt(it.len))]), Py_None]);
  }),
  // The state skips ahead from where the iterator is now. @see rangeiter_setstate
  onearg('__setstate__', (s, v) => {
    const it = s as PyRangeIter;
    const n = clamp(asLong(v), 0, it.len);
    it.next += n * it.step;
    it.len -= n;
  }),
]);

set(PyLongRangeIter_Type, [
  noargs('__length_hint__', (s) => newInt((s as PyLongRangeIter).len)),
  noargs('__reduce__', (s) => {
    const it = s as PyLongRangeIter;
    return newTuple([builtinNamed('iter'), newTuple([rangeOf(it.next, it.step, it.len)]),
      Py_None]);
  }),
  // Compared as objects, so a state that is no number fails as `<` would.
  // @see Objects/rangeobject.c longrangeiter_setstate
  onearg('__setstate__', (s, v) => {
    const it = s as PyLongRangeIter;
    const h = currentInterpreter().hooks;
    if (!PyLong_Check(v)) {
      h.richCompare(v, newInt(0), 0);
      throw raiseNew(PyExc_TypeError,
        `'${typeName(v.ob_type)}' object cannot be interpreted as an integer`);
    }
    let n = intValue(v as PyLong);
    if (n < 0n) n = 0n;
    else if (n > it.len) n = it.len;
    it.next += n * it.step;
    it.len -= n;
  }),
]);

// ---- reversed(), set and callable iterators -------------------------------------------------

const seqLength = objectLength;

/** @see Objects/enumobject.c reversed_len, reversed_reduce, reversed_setstate */
set(PyReversed_Type, [
  noargs('__length_hint__', (s) => {
    const r = s as PyReversed;
    if (r.seq === null) return newInt(0);
    const n = seqLength(r.seq);
    const position = r.index + 1;
    return newInt(position > n ? 0 : position);
  }),
  noargs('__reduce__', (s) => {
    const r = s as PyReversed;
    return reduceAt('reversed', r.seq, r.index, Py_EmptyTuple);
  }),
  onearg('__setstate__', (s, v) => {
    const r = s as PyReversed;
    const i = asSsize(v);
    if (r.seq !== null) r.index = clamp(i, -1, seqLength(r.seq) - 1);
  }),
]);

/** @see Objects/setobject.c setiter_len, setiter_reduce */
set(PySetIter_Type, [
  noargs('__length_hint__', (s) => {
    const it = s as PySetIter;
    return newInt(it.set !== null && it.used === it.set.used ? it.len : 0);
  }),
  // Pickled as the list of what is left, read from a copy so this iterator does not move.
  noargs('__reduce__', (s) => {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(s)), s) as PySetIter;
    const rest: PyObject[] = [];
    const next = PySetIter_Type.tp_iternext!;
    for (let v = next(copy); v !== null; v = next(copy)) rest.push(v);
    return newTuple([builtinNamed('iter'), newTuple([newList(rest)])]);
  }),
]);

/** @see Objects/iterobject.c calliter_reduce */
set(PyCallIter_Type, [
  noargs('__reduce__', (s) => {
    const it = s as PyCallIter;
    const iter = builtinNamed('iter');
    return it.func !== null ? newTuple([iter, newTuple([it.func, it.sentinel])])
      : newTuple([iter, newTuple([Py_EmptyTuple])]);
  }),
]);

