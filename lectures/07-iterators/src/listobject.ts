// Mirrors Objects/listobject.c: list_resize and its over-allocation, the sequence and mapping
// protocols (concat, repeat, items, slices with steps), comparisons, the methods, list() and
// the list iterators. Core's bare PyList (items only) is extended here through slots.

import { PyObject, PyTypeObject, PySequenceMethods, PyMappingMethods, typeName }
  from '@ceval/core/object';
import { PyList, PyList_Type, newList } from '@ceval/core/runtime/listobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { newInt, PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_IndexError, PyBaseException,
} from '@ceval/core/objects/exceptions';
import { raiseNew, checkRepeat, MAX_ARRAY_ITEMS } from '@ceval/core/runtime/errors';
import { reprString } from '@ceval/core/objects/objectcore';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PySlice, sliceIndices, seqIndex, indexValue, isIndex } from '@ceval/lecture-05/sliceobject';
import { itemsEqual } from '@ceval/lecture-05/abstract';
import { sequenceRichCompare, countIn, indexIn } from '@ceval/lecture-05/tupleobject';
import { selfIter, collect, lengthHint, forEach, isIterable } from './iterobject.js';
import { listSort } from './listsort.js';

declare module '@ceval/core/runtime/listobject' {
  interface PyList {
    /**
     * ob_alloc: how many item slots CPython would have allocated. The JS array grows on its
     * own; we track the number only so sys.getsizeof agrees with CPython. Undefined means
     * "exactly len(items)", which is how a list built with known size starts.
     */
    allocated?: number;
  }
}

/** The allocated slot count of a list (see `allocated`). */
export function listAllocated(l: PyList): number {
  return l.allocated ?? l.items.length;
}

/**
 * Account for resizing `l` to `newsize` items, growing or shrinking the allocation the way
 * CPython does: about 1/8 extra plus 6, rounded to a multiple of 4, so appends are amortised
 * O(1); shrink only when less than half is used.
 * @see Objects/listobject.c list_resize
 */
export function listResize(l: PyList, newsize: number): void {
  const allocated = l.allocated ?? l.items.length;
  if (allocated >= newsize && newsize >= (allocated >> 1)) return;
  let na = (newsize + (newsize >> 3) + 6) & ~3;
  // Do not over-allocate when the jump is bigger than the slack it would leave.
  if (newsize - l.items.length > na - newsize) na = (newsize + 3) & ~3;
  if (newsize === 0) na = 0;
  l.allocated = na;
}

/**
 * The first allocation of an empty list that is about to receive `n` items at once: exactly
 * n, rounded up to even. @see Objects/listobject.c list_preallocate_exact
 */
export function listPreallocateExact(l: PyList, n: number): void {
  l.allocated = (n + 1) & ~1;
}

/** `sys.getsizeof(list)`: header (with GC head) plus one pointer per allocated slot. */
export function listSizeof(l: PyList): number {
  return 56 + 8 * Math.max(listAllocated(l), l.items.length);
}

function items(o: PyObject): PyObject[] {
  return (o as PyList).items;
}

/** list.append(x). @see listobject.c _PyList_AppendTakeRef */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length;
  const a = l.allocated;
  if (a === undefined || a <= n) listResize(l, n + 1);
  l.items.push(v);
}

/** list.extend(iterable), also LIST_EXTEND and `+=`. @see listobject.c list_extend */
export function listExtend(l: PyList, iterable: PyObject): void {
  const its = l.items;
  if (iterable instanceof PyList || iterable.constructor === PyTuple) {
    const src = (iterable as PyList).items;
    const n = src.length;
    if (n === 0) return;
    if (its.length === 0 && (l.allocated ?? 0) === 0) listPreallocateExact(l, n);
    else listResize(l, its.length + n);
    // Copy first: `l.extend(l)` must not see its own growth.
    const copy = src === its ? src.slice() : src;
    for (let i = 0; i < n; i++) its.push(copy[i]);
    return;
  }
  const hint = lengthHint(iterable, 8);
  if (its.length === 0 && (l.allocated ?? 0) === 0 && hint > 0) listPreallocateExact(l, hint);
  forEach(iterable, (v) => { listAppend(l, v); });
}

function checkList(b: PyObject, what: string): PyList {
  if (!(b instanceof PyList)) {
    throw raiseNew(PyExc_TypeError,
      `can only concatenate list (not "${typeName(b.ob_type)}") to list`);
  }
  void what;
  return b;
}

function repeat(src: PyObject[], n: number): PyObject[] {
  if (n <= 0 || src.length === 0) return [];
  checkRepeat(src.length, n, null, MAX_ARRAY_ITEMS);
  const out = new Array<PyObject>(src.length * n);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < src.length; j++) out[k++] = src[j];
  return out;
}

export const listSequence: Partial<PySequenceMethods> = {
  sq_length: (o) => items(o).length,
  sq_concat: (a, b) => newList(items(a).concat(checkList(b, '+').items)),
  sq_repeat: (a, n) => newList(repeat(items(a), n)),
  sq_item: (o, i) => {
    const it = items(o);
    if (i < 0 || i >= it.length) throw raiseNew(PyExc_IndexError, 'list index out of range');
    return it[i];
  },
  sq_ass_item: (o, i, v) => {
    const it = items(o);
    if (i < 0) i += it.length;
    if (i < 0 || i >= it.length) {
      throw raiseNew(PyExc_IndexError, 'list assignment index out of range');
    }
    if (v === null) { it.splice(i, 1); listResize(o as PyList, it.length); } else it[i] = v;
  },
  sq_contains: (o, x) => {
    const it = items(o);
    for (let i = 0; i < it.length; i++) if (itemsEqual(it[i], x)) return true;
    return false;
  },
  sq_inplace_concat: (a, b) => {
    listExtend(a as PyList, b);
    return a;
  },
  sq_inplace_repeat: (a, n) => {
    const l = a as PyList;
    const r = repeat(l.items, n);
    listResize(l, r.length);
    l.items.length = 0;
    for (let i = 0; i < r.length; i++) l.items.push(r[i]);
    return a;
  },
};

/** l[i] and l[a:b:c]. @see listobject.c list_subscript */
function listSubscript(o: PyObject, key: PyObject): PyObject {
  const it = items(o);
  if (key instanceof PyLong && typeof key.value === 'number') {
    let i = key.value;
    if (i < 0) i += it.length;
    if (i < 0 || i >= it.length) throw raiseNew(PyExc_IndexError, 'list index out of range');
    return it[i];
  }
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, it.length);
    if (step === 1) return newList(it.slice(start, start + n));
    const out = new Array<PyObject>(n);
    for (let i = 0, p = start; i < n; i++, p += step) out[i] = it[p];
    return newList(out);
  }
  return it[seqIndex(key, it.length, 'list')];
}

/** l[i] = v, l[a:b:c] = iterable, del l[...]. @see listobject.c list_ass_subscript */
function listAssSubscript(o: PyObject, key: PyObject, v: PyObject | null): void {
  const l = o as PyList;
  const it = l.items;
  if (!(key instanceof PySlice)) {
    if (!isIndex(key)) {
      throw raiseNew(PyExc_TypeError,
        `list indices must be integers or slices, not ${typeName(key.ob_type)}`);
    }
    const i = indexValue(key)!;
    listSequence.sq_ass_item!(o, i, v);
    return;
  }
  const [start, stop, step, n] = sliceIndices(key, it.length);
  if (step === 1) {
    // A simple slice may change the length: splice in whatever the iterable gives.
    const repl = v === null ? [] : v === o ? it.slice()
      : collectForSlice(v, 'must assign iterable to extended slice');
    const hi = Math.max(stop, start);
    it.splice(start, hi - start, ...repl);
    listResize(l, it.length);
    return;
  }
  if (v === null) {
    // Extended deletion: drop the selected positions, keep the rest in order.
    if (n === 0) return;
    const drop = new Set<number>();
    for (let i = 0, p = start; i < n; i++, p += step) drop.add(p);
    const kept = it.filter((_x, idx) => !drop.has(idx));
    it.length = 0;
    for (const x of kept) it.push(x);
    listResize(l, it.length);
    return;
  }
  const repl = v === o ? it.slice()
    : collectForSlice(v, 'must assign iterable to extended slice');
  if (repl.length !== n) {
    throw raiseNew(PyExc_ValueError,
      `attempt to assign sequence of size ${repl.length} to extended slice of size ${n}`);
  }
  for (let i = 0, p = start; i < n; i++, p += step) it[p] = repl[i];
}

function collectForSlice(v: PyObject, msg: string): PyObject[] {
  if (!isIterable(v)) throw raiseNew(PyExc_TypeError, msg);
  return collect(v);
}

export const listMapping: Partial<PyMappingMethods> = {
  mp_length: (o) => items(o).length,
  mp_subscript: listSubscript,
  mp_ass_subscript: listAssSubscript,
};

/** ==, <, ... between lists: lexicographic, as tuples. @see listobject.c list_richcompare */
export function listRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyList) || !(b instanceof PyList)) return Py_NotImplemented;
  if ((op === 2 || op === 3) && a.items.length !== b.items.length) {
    return op === 3 ? newBool(true) : newBool(false);
  }
  return sequenceRichCompare(a.items, b.items, op);
}

import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
function newBool(b: boolean): PyObject {
  return b ? Py_True : Py_False;
}

/** list.__new__: an empty list of the type; __init__ fills it. @see list_vectorcall */
export function listNew(type: PyTypeObject): PyObject {
  return new PyList([], type);
}

/** list.__init__(iterable=()). @see listobject.c list___init___impl */
export function listInit(o: PyObject, args: PyObject[], kwargs: PyObject | null): void {
  if (kwargs !== null && kwargs instanceof PyDict && kwargs.ma_used > 0) {
    throw raiseNew(PyExc_TypeError, 'list() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `list expected at most 1 argument, got ${args.length}`);
  }
  const l = o as PyList;
  if (l.items.length > 0) { l.items.length = 0; l.allocated = 0; }
  if (args.length === 1) {
    const src = args[0];
    if (src instanceof PyList || src instanceof PyTuple) {
      const n = (src as PyList).items.length;
      if (n > 0) listPreallocateExact(l, n);
    }
    listExtend(l, src);
  }
}

// ---- the list iterators -----------------------------------------------------------------

/** `list_iterator`. @see listobject.c PyListIter_Type */
export const PyListIter_Type = newIterType('list_iterator');
/** `list_reverseiterator`. @see listobject.c PyListRevIter_Type */
export const PyListRevIter_Type = newIterType('list_reverseiterator');

function newIterType(name: string): PyTypeObject {
  return new PyTypeObject(name, PyList_Type.tp_base, 0);
}

/** Walks a list by index, so appends made during the loop are seen (as in CPython). */
export class PyListIter extends PyObject {
  index: number;
  constructor(type: PyTypeObject, public seq: PyList | null, start: number) {
    super(type);
    this.index = start;
  }
}

/** @see listobject.c listiter_next */
export function listIterNext(o: PyObject): PyObject | null {
  const it = o as PyListIter;
  const s = it.seq;
  if (s === null) return null;
  // __setstate__ may leave the index at -1: that, too, means spent.
  if (it.index >= 0 && it.index < s.items.length) return s.items[it.index++];
  it.seq = null;
  return null;
}

PyListIter_Type.tp_iter = selfIter;
PyListIter_Type.tp_iternext = listIterNext;
// __length_hint__, __reduce__ and __setstate__ of both: see iterstate.ts.
PyListRevIter_Type.tp_iter = selfIter;
PyListRevIter_Type.tp_iternext = (o) => {
  const it = o as PyListIter;
  const s = it.seq;
  if (s === null) return null;
  if (it.index >= 0 && it.index < s.items.length) return s.items[it.index--];
  it.seq = null;
  return null;
};

/** list.__iter__. @see listobject.c list_iter */
export function listIter(o: PyObject): PyObject {
  return new PyListIter(PyListIter_Type, o as PyList, 0);
}

/** list.__reversed__. @see listobject.c list___reversed___impl */
export function listReversed(o: PyObject): PyObject {
  return new PyListIter(PyListRevIter_Type, o as PyList, (o as PyList).items.length - 1);
}

// ---- methods ------------------------------------------------------------------------------

function argc(name: string, args: PyObject[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) {
    throw raiseNew(PyExc_TypeError, min === 0
      ? `list.${name}() takes no arguments (${args.length} given)`
      : `list.${name}() takes exactly one argument (${args.length} given)`);
  }
  throw raiseNew(PyExc_TypeError, args.length < min
    ? `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`
    : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function intArg(o: PyObject): number {
  const v = indexValue(o);
  if (v === null) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return v;
}

function kwNone(name: string, kw: PyObject | null): void {
  if (kw instanceof PyDict && kw.ma_used > 0) {
    throw raiseNew(PyExc_TypeError, `list.${name}() takes no keyword arguments`);
  }
}

type Meth = (self: PyObject, args: PyObject[], kw: PyObject | null) => PyObject;
function m(name: string, f: Meth) {
  return { ml_name: name, ml_meth: f };
}

export const listMethods = [
  m('append', (s, a, kw) => {
    kwNone('append', kw); argc('append', a, 1, 1);
    listAppend(s as PyList, a[0]);
    return Py_None;
  }),
  m('extend', (s, a, kw) => {
    kwNone('extend', kw); argc('extend', a, 1, 1);
    listExtend(s as PyList, a[0]);
    return Py_None;
  }),
  m('insert', (s, a, kw) => {
    kwNone('insert', kw);
    if (a.length !== 2) {
      throw raiseNew(PyExc_TypeError, `insert expected 2 arguments, got ${a.length}`);
    }
    const l = s as PyList;
    const n = l.items.length;
    let i = intArg(a[0]);
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    listResize(l, n + 1);
    l.items.splice(i, 0, a[1]);
    return Py_None;
  }),
  m('remove', (s, a, kw) => {
    kwNone('remove', kw); argc('remove', a, 1, 1);
    const l = s as PyList;
    for (let i = 0; i < l.items.length; i++) {
      if (itemsEqual(l.items[i], a[0])) {
        l.items.splice(i, 1);
        listResize(l, l.items.length);
        return Py_None;
      }
    }
    throw raiseNew(PyExc_ValueError, 'list.remove(x): x not in list');
  }),
  m('pop', (s, a, kw) => {
    kwNone('pop', kw); argc('pop', a, 0, 1);
    const l = s as PyList;
    const n = l.items.length;
    let i = a.length === 0 ? -1 : intArg(a[0]);
    if (n === 0) throw raiseNew(PyExc_IndexError, 'pop from empty list');
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw raiseNew(PyExc_IndexError, 'pop index out of range');
    const v = i === n - 1 ? l.items.pop()! : l.items.splice(i, 1)[0];
    listResize(l, n - 1);
    return v;
  }),
  m('clear', (s, a, kw) => {
    kwNone('clear', kw); argc('clear', a, 0, 0);
    const l = s as PyList;
    l.items.length = 0;
    l.allocated = 0;
    return Py_None;
  }),
  m('index', (s, a, kw) => {
    kwNone('index', kw); argc('index', a, 1, 3);
    try {
      return indexIn(items(s), a, 'list');
    } catch (e) {
      // list.index words its error with the value's repr (tuple.index does not).
      // Only the "not found" error: one raised by an item's __eq__ goes out unchanged.
      const msg = e instanceof PyBaseException ? e.args.items[0] : null;
      if (e instanceof PyBaseException && e.ob_type === PyExc_ValueError
        && msg instanceof PyUnicode && msg.value === 'list.index(x): x not in list') {
        throw raiseNew(PyExc_ValueError, `${reprString(a[0])} is not in list`);
      }
      throw e;
    }
  }),
  m('count', (s, a, kw) => {
    kwNone('count', kw); argc('count', a, 1, 1);
    return countIn(items(s), a[0]);
  }),
  m('reverse', (s, a, kw) => {
    kwNone('reverse', kw); argc('reverse', a, 0, 0);
    items(s).reverse();
    return Py_None;
  }),
  m('copy', (s, a, kw) => {
    kwNone('copy', kw); argc('copy', a, 0, 0);
    return newList(items(s).slice());
  }),
  m('sort', (s, a, kw) => {
    if (a.length > 0) {
      throw raiseNew(PyExc_TypeError, 'sort() takes no positional arguments');
    }
    let key: PyObject = Py_None;
    let reverse = false;
    if (kw instanceof PyDict) {
      for (const e of kw.entries()) {
        const k = (e.key as unknown as { value: string }).value;
        if (k === 'key') key = e.value;
        else if (k === 'reverse') reverse = sortReverseFlag(e.value);
        else throw raiseNew(PyExc_TypeError, `sort() got an unexpected keyword argument '${k}'`);
      }
    }
    listSort(s as PyList, key, reverse);
    return Py_None;
  }),
  m('__reversed__', (s) => listReversed(s)),
];

/** `reverse=` is any object, taken by its truth (3.12+ parses it as a bool). */
export function sortReverseFlag(v: PyObject): boolean {
  return currentInterpreter().hooks.isTrue(v);
}
