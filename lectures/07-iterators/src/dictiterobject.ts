// Mirrors the reverse half of the dict iterators in Objects/dictobject.c: dict.__reversed__
// and the views' __reversed__ (dict_reversekeyiterator, dict_reversevalueiterator,
// dict_reverseitemiterator, dictreviter_iternext), and what every dict iterator, forward or
// reverse, tells about itself: __length_hint__ (dictiter_len) and __reduce__
// (dictiter_reduce). The forward iterators themselves are in iterobject.ts.

import { PyObject, PyTypeObject, newStaticType, type PyMethodDef } from '@ceval/core/object';
import { PyDict } from '@ceval/core/objects/dictobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { newInt } from '@ceval/core/objects/longobject';
import { PyExc_RuntimeError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { newList } from '@ceval/core/runtime/listobject';
import { dictMethods, PyDictView, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type }
  from '@ceval/lecture-05/dictobject';
import { dictSetViewMethods } from '@ceval/lecture-05/dictviews';
import { noArgs } from '@ceval/lecture-05/abstract';
import {
  selfIter, PyDictIter, PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type,
  builtinNamed,
} from './iterobject.js';

/** @see Objects/dictobject.c PyDictRevIterKey_Type & co. */
export const PyDictRevIterKey_Type = newStaticType('dict_reversekeyiterator');
export const PyDictRevIterValue_Type = newStaticType('dict_reversevalueiterator');
export const PyDictRevIterItem_Type = newStaticType('dict_reverseitemiterator');

/**
 * Walks the dict's entry order from the last slot back. Like the forward iterator it
 * remembers the size it started with, and a change of size is an error.
 * @see Objects/dictobject.c dictiterobject (di_pos starts at dk_nentries - 1)
 */
export class PyDictRevIter extends PyObject {
  declare dict: PyDict | null;
  declare pos: number;
  declare len: number;
  declare used: number;
  constructor(type: PyTypeObject, dict: PyDict) {
    super(type);
    this.dict = dict;
    this.pos = dict.order.length - 1;
    this.len = dict.used;
    this.used = dict.used;
  }
}

/** @see Objects/dictobject.c dictreviter_iternext */
function dictRevIterNext(o: PyObject): PyObject | null {
  const it = o as PyDictRevIter;
  const d = it.dict;
  if (d === null) return null;
  if (d.used !== it.used) {
    it.used = -1; // stays broken, as CPython sets di_used to -1
    throw raiseNew(PyExc_RuntimeError, 'dictionary changed size during iteration');
  }
  const order = d.order;
  let i = it.pos;
  while (i >= 0 && order[i] === null) i--;
  if (i < 0) {
    it.dict = null;
    return null;
  }
  const e = order[i]!;
  it.pos = i - 1;
  it.len--;
  const t = it.ob_type;
  return t === PyDictRevIterKey_Type ? e.key : t === PyDictRevIterValue_Type ? e.value
    : newTuple([e.key, e.value]);
}

for (const t of [PyDictRevIterKey_Type, PyDictRevIterValue_Type, PyDictRevIterItem_Type]) {
  t.tp_iter = selfIter;
  t.tp_iternext = dictRevIterNext;
}

/** dict.__reversed__ (and reversed(d)). @see Objects/dictobject.c dict___reversed___impl */
export function dictReversed(o: PyObject): PyObject {
  return new PyDictRevIter(PyDictRevIterKey_Type, o as PyDict);
}

/** The views' __reversed__. @see Objects/dictobject.c dictkeys_reversed & co. */
function dictViewReversed(o: PyObject): PyObject {
  const v = o as PyDictView;
  const t = v.ob_type === PyDictKeys_Type ? PyDictRevIterKey_Type
    : v.ob_type === PyDictValues_Type ? PyDictRevIterValue_Type : PyDictRevIterItem_Type;
  return new PyDictRevIter(t, v.dict);
}

type AnyDictIter = PyDictIter | PyDictRevIter;

/**
 * How many items are left: the count kept while iterating, or 0 once the dict has changed
 * size (the next step would raise) or the iterator is spent. @see dictobject.c dictiter_len
 */
function dictIterLen(o: PyObject, a: PyObject[]): PyObject {
  noArgs(`${o.ob_type.tp_name}.__length_hint__`, a);
  const it = o as AnyDictIter;
  return newInt(it.dict !== null && it.used === it.dict.used ? it.len : 0);
}

/**
 * `(iter, (remaining_items_as_list,))`: pickling runs a copy of the iterator to the end,
 * leaving this one where it is. @see Objects/dictobject.c dictiter_reduce
 */
function dictIterReduce(o: PyObject, a: PyObject[]): PyObject {
  noArgs(`${o.ob_type.tp_name}.__reduce__`, a);
  const copy = Object.assign(Object.create(Object.getPrototypeOf(o)), o) as AnyDictIter;
  const next = o.ob_type.tp_iternext!;
  const rest: PyObject[] = [];
  for (let v = next(copy); v !== null; v = next(copy)) rest.push(v);
  return newTuple([builtinNamed('iter'), newTuple([newList(rest)])]);
}

const dictIterMethods: PyMethodDef[] = [
  { ml_name: '__length_hint__', ml_meth: dictIterLen },
  { ml_name: '__reduce__', ml_meth: dictIterReduce },
];

for (const t of [PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type,
  PyDictRevIterKey_Type, PyDictRevIterValue_Type, PyDictRevIterItem_Type]) {
  t.tp_methods = dictIterMethods;
}

const reversedMethod = (f: (o: PyObject) => PyObject, owner: string): PyMethodDef => ({
  ml_name: '__reversed__',
  ml_meth: (s, a, kw) => { noArgs(`${owner}.__reversed__`, a, kw); return f(s); },
});

/** dict's methods on VM_07: lecture 05's, plus __reversed__. */
export const dictMethodsWithReversed: PyMethodDef[] = [...dictMethods,
  reversedMethod(dictReversed, 'dict')];

/** The views' methods on VM_07: lecture 05's, plus __reversed__. */
export const dictViewMethods: ReadonlyMap<PyTypeObject, PyMethodDef[]> = new Map([
  [PyDictKeys_Type, [...dictSetViewMethods, reversedMethod(dictViewReversed, 'dict_keys')]],
  [PyDictValues_Type, [reversedMethod(dictViewReversed, 'dict_values')]],
  [PyDictItems_Type, [...dictSetViewMethods, reversedMethod(dictViewReversed, 'dict_items')]],
]);
