// Mirrors the set side of dict views in Objects/dictobject.c: dictviews_and/or/sub/xor,
// dictview_richcompare and dictviews_isdisjoint. keys() and items() views act as sets
// (values() does not: its items need not be hashable), and the answers are real sets.

import { PyObject, PyNumberMethods, typeName, type PyMethodDef } from '@ceval/core/object';
import type { SlotFill } from '@ceval/core/lecture';
import {
  PySetObject, PySet_Type, newSetObject, setAddKey, setDiscardKey, setContainsKey, setKeys,
  PyAnySet_Check,
} from '@ceval/core/objects/setobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyDictView, PyDictKeys_Type, PyDictItems_Type, viewItems } from './dictobject.js';
import { iterItems } from './abstract.js';
import { PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { setUpdate } from './setobject.js';

function isSetView(o: PyObject): o is PyDictView {
  return o instanceof PyDictView && (o.ob_type === PyDictKeys_Type ||
    o.ob_type === PyDictItems_Type);
}

function contains(o: PyObject, x: PyObject): boolean {
  return o instanceof PySetObject ? setContainsKey(o, x)
    : o.ob_type.tp_as_sequence!.sq_contains!(o, x);
}

/** `set(view)` — or of any iterable on the left, when the view is the right operand. */
function toSet(o: PyObject): PySetObject {
  const r = newSetObject(PySet_Type);
  if (o instanceof PyDictView) for (const k of viewItems(o)) setAddKey(r, k);
  else setUpdate(r, o);
  return r;
}

function items(o: PyObject): PyObject[] {
  return o instanceof PyDictView ? viewItems(o) : o instanceof PySetObject ? setKeys(o)
    : iterItems(o);
}

/** @see Objects/dictobject.c _PyDictView_Intersect */
function viewAnd(a: PyObject, b: PyObject): PyObject {
  let self = a;
  let other = b;
  if (!isSetView(self)) [self, other] = [other, self];
  // Iterate the smaller operand when both know their size, test membership in the other.
  if ((isSetView(other) || PyAnySet_Check(other)) && lengthOf(self) > lengthOf(other)) {
    [self, other] = [other, self];
  }
  const r = newSetObject(PySet_Type);
  for (const k of items(other)) if (contains(self, k)) setAddKey(r, k);
  return r;
}

function lengthOf(o: PyObject): number {
  return o instanceof PySetObject ? o.used : (o as PyDictView).dict.ma_used;
}

function viewOr(a: PyObject, b: PyObject): PyObject {
  const r = toSet(a);
  setUpdate(r, b);
  return r;
}

function viewSub(a: PyObject, b: PyObject): PyObject {
  const r = toSet(a);
  for (const k of items(b)) setDiscardKey(r, k);
  return r;
}

function viewXor(a: PyObject, b: PyObject): PyObject {
  const r = toSet(a);
  const other = b instanceof PySetObject ? b : toSet(b);
  for (const k of setKeys(other)) if (!setDiscardKey(r, k)) setAddKey(r, k);
  return r;
}

function allIn(a: PyObject, b: PyObject): boolean {
  for (const k of items(a)) if (!contains(b, k)) return false;
  return true;
}

/** @see Objects/dictobject.c dictview_richcompare */
function viewRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(isSetView(b) || PyAnySet_Check(b))) return Py_NotImplemented;
  const la = lengthOf(a);
  const lb = lengthOf(b);
  let ok: boolean;
  switch (op) {
    case 2: case 3: ok = la === lb && allIn(a, b); if (op === 3) ok = !ok; break;
    case 0: ok = la < lb && allIn(a, b); break;
    case 1: ok = la <= lb && allIn(a, b); break;
    case 4: ok = la > lb && allIn(b, a); break;
    default: ok = la >= lb && allIn(b, a); break;
  }
  return ok ? Py_True : Py_False;
}

function isDisjoint(self: PyObject, args: PyObject[]): PyObject {
  const other = args[0];
  if (other === undefined) {
    throw raiseNew(PyExc_TypeError,
      `${typeName(self.ob_type)}.isdisjoint() takes exactly one argument (0 given)`);
  }
  for (const k of items(other)) if (contains(self, k)) return Py_False;
  return Py_True;
}

const wrap = (f: (a: PyObject, b: PyObject) => PyObject) => (a: PyObject, b: PyObject) => {
  // Either operand may be the view (reflected call); the other must be iterable.
  if (!isSetView(a) && !isSetView(b)) return Py_NotImplemented;
  return f(a, b);
};

for (const t of [PyDictKeys_Type, PyDictItems_Type]) {
  t.tp_as_number = Object.assign(new PyNumberMethods(), {
    nb_and: wrap(viewAnd), nb_or: wrap(viewOr), nb_subtract: wrap(viewSub),
    nb_xor: wrap(viewXor),
  });
  t.tp_richcompare = viewRichCompare;
}

/** keys() and items() views' methods. @see Objects/dictobject.c dictkeys_methods */
export const dictSetViewMethods: PyMethodDef[] = [
  { ml_name: 'isdisjoint', ml_meth: isDisjoint },
];

// The methods are slot fills rather than fixed fields, so that lecture 07 can hand the views
// a longer list (with __reversed__) on its VM without this lecture's VM seeing it.
export const dictViewFills: SlotFill[] = [PyDictKeys_Type, PyDictItems_Type].map((type) =>
  ({ type, table: 'tp', slot: 'tp_methods', value: dictSetViewMethods }));
