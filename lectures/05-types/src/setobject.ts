// Mirrors the operations of Objects/setobject.c: set_or, set_and, set_sub, set_xor and their
// in-place forms, set_richcompare (subset order), the methods, and set()/frozenset(). The
// algorithms follow CPython's step for step — which set is iterated, which one is copied —
// because that decides the table layout, and so the order a set prints in.

import { PyObject, PyTypeObject, PyNumberMethods, PySequenceMethods, PyMethodDef, typeName,
  PyType_IsSubtype }
  from '@ceval/core/object';
import {
  PySetObject, PySet_Type, PyFrozenSet_Type, newSetObject, setAddKey, setContainsKey,
  setDiscardKey, setPop, setClear, setMerge, setKeys, PyAnySet_Check,
} from '@ceval/core/objects/setobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False, newBool } from '@ceval/core/objects/boolobject';
import { PyObject_Hash } from '@ceval/core/objects/objectcore';
import { PyExc_KeyError, PyExc_TypeError, newException } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { iterItems } from './abstract.js';

function so(o: PyObject): PySetObject {
  return o as PySetObject;
}

/** A new set of `type` holding a copy of `src`'s table. @see setobject.c make_new_set */
function copyOf(type: PyTypeObject, src: PySetObject): PySetObject {
  const r = newSetObject(type);
  setMerge(r, src);
  return r;
}

/** Add every item of an iterable. @see setobject.c set_update_internal */
export function setUpdate(s: PySetObject, other: PyObject): void {
  if (PyAnySet_Check(other)) { setMerge(s, other as PySetObject); return; }
  for (const k of iterItems(other)) setAddKey(s, k);
}

function resultType(a: PyObject): PyTypeObject {
  return a.ob_type === PyFrozenSet_Type || a.ob_type.tp_base === PyFrozenSet_Type
    ? PyFrozenSet_Type : PySet_Type;
}

function asSet(o: PyObject): PySetObject {
  if (PyAnySet_Check(o)) return o as PySetObject;
  const r = newSetObject(PySet_Type);
  setUpdate(r, o);
  return r;
}

/** @see setobject.c set_union / set_or */
function union(a: PySetObject, others: PyObject[]): PySetObject {
  const r = copyOf(resultType(a), a);
  for (const o of others) setUpdate(r, o);
  return r;
}

/** @see setobject.c set_intersection: iterate the smaller set, keep what the larger holds. */
function intersection(a: PySetObject, other: PyObject): PySetObject {
  const r = newSetObject(resultType(a));
  let big = a;
  let small: PySetObject;
  if (PyAnySet_Check(other)) {
    small = other as PySetObject;
    if (small.used > big.used) [big, small] = [small, big];
    for (const k of setKeys(small)) if (setContainsKey(big, k)) setAddKey(r, k);
    return r;
  }
  for (const k of iterItems(other)) if (setContainsKey(a, k)) setAddKey(r, k);
  return r;
}

/** @see setobject.c set_difference */
function difference(a: PySetObject, other: PyObject): PySetObject {
  const o = asSet(other);
  if ((a.used >> 2) > o.used) {
    const r = copyOf(resultType(a), a);
    for (const k of setKeys(o)) setDiscardKey(r, k);
    return r;
  }
  const r = newSetObject(resultType(a));
  for (const k of setKeys(a)) if (!setContainsKey(o, k)) setAddKey(r, k);
  return r;
}

/** @see setobject.c set_symmetric_difference: copy `other`, then toggle a's keys in it. */
function symmetricDifference(a: PySetObject, other: PyObject): PySetObject {
  const r = copyOf(resultType(a), asSet(other));
  for (const k of setKeys(a)) {
    if (!setDiscardKey(r, k)) setAddKey(r, k);
  }
  return r;
}

function isSubset(a: PySetObject, b: PySetObject): boolean {
  if (a.used > b.used) return false;
  for (const k of setKeys(a)) if (!setContainsKey(b, k)) return false;
  return true;
}

function binary(f: (a: PySetObject, b: PyObject) => PySetObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!PyAnySet_Check(a) || !PyAnySet_Check(b)) return Py_NotImplemented;
    return f(so(a), b);
  };
}

function inplace(f: (a: PySetObject, b: PyObject) => PySetObject) {
  return (a: PyObject, b: PyObject): PyObject => {
    if (!PyAnySet_Check(b)) return Py_NotImplemented;
    const r = f(so(a), b);
    setClear(so(a));
    setMerge(so(a), r);
    return a;
  };
}

export const setNumber: Partial<PyNumberMethods> = {
  nb_or: binary((a, b) => union(a, [b])),
  nb_and: binary(intersection),
  nb_subtract: binary(difference),
  nb_xor: binary(symmetricDifference),
};

export const mutableSetNumber: Partial<PyNumberMethods> = {
  ...setNumber,
  nb_inplace_or: (a, b) => {
    if (!PyAnySet_Check(b)) return Py_NotImplemented;
    setUpdate(so(a), b);
    return a;
  },
  nb_inplace_and: inplace(intersection),
  nb_inplace_subtract: (a, b) => {
    if (!PyAnySet_Check(b)) return Py_NotImplemented;
    for (const k of setKeys(so(b))) setDiscardKey(so(a), k);
    return a;
  },
  nb_inplace_xor: (a, b) => {
    if (!PyAnySet_Check(b)) return Py_NotImplemented;
    for (const k of setKeys(so(b))) if (!setDiscardKey(so(a), k)) setAddKey(so(a), k);
    return a;
  },
};

export const setSequence: Partial<PySequenceMethods> = {
  sq_length: (o) => so(o).used,
  sq_contains: (o, k) => {
    try {
      return setContainsKey(so(o), k);
    } catch (e) {
      // A set as the key is looked up as the equal frozenset (set_contains_key).
      if (PyAnySet_Check(k)) {
        const f = newSetObject(PyFrozenSet_Type);
        setMerge(f, so(k));
        return setContainsKey(so(o), f);
      }
      throw e;
    }
  },
};

/** Subset order: <= is issubset, < a proper subset; == same members. */
export function setRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!PyAnySet_Check(a) || !PyAnySet_Check(b)) return Py_NotImplemented;
  const x = so(a);
  const y = so(b);
  let r: boolean;
  switch (op) {
    case 2: r = x.used === y.used && isSubset(x, y); break;
    case 3: r = !(x.used === y.used && isSubset(x, y)); break;
    case 1: r = isSubset(x, y); break;
    case 5: r = isSubset(y, x); break;
    case 0: r = x.used < y.used && isSubset(x, y); break;
    default: r = y.used < x.used && isSubset(y, x);
  }
  return r ? Py_True : Py_False;
}

const m = (name: string, fn: PyMethodDef['ml_meth']): PyMethodDef => ({ ml_name: name, ml_meth: fn });

export const frozensetMethods: PyMethodDef[] = [
  m('copy', (s) => (s.ob_type === PyFrozenSet_Type ? s : copyOf(PySet_Type, so(s)))),
  m('union', (s, a) => union(so(s), a)),
  m('intersection', (s, a) => a.reduce<PySetObject>((r, o) => intersection(r, o),
    copyOf(resultType(s), so(s)))),
  m('difference', (s, a) => a.reduce<PySetObject>((r, o) => difference(r, o),
    copyOf(resultType(s), so(s)))),
  m('symmetric_difference', (s, a) => symmetricDifference(so(s), a[0])),
  m('isdisjoint', (s, a) => newBool(intersection(so(s), a[0]).used === 0)),
  m('issubset', (s, a) => newBool(isSubset(so(s), asSet(a[0])))),
  m('issuperset', (s, a) => newBool(isSubset(asSet(a[0]), so(s)))),
];

export const setMethods: PyMethodDef[] = [
  ...frozensetMethods.filter((x) => x.ml_name !== 'copy'),
  m('copy', (s) => copyOf(PySet_Type, so(s))),
  m('add', (s, a) => { PyObject_Hash(a[0]); setAddKey(so(s), a[0]); return Py_None; }),
  m('discard', (s, a) => { setDiscardKey(so(s), a[0]); return Py_None; }),
  m('remove', (s, a) => {
    if (!setDiscardKey(so(s), a[0])) throw newException(PyExc_KeyError, [a[0]]);
    return Py_None;
  }),
  m('pop', (s) => {
    const k = setPop(so(s));
    if (k === null) throw raiseNew(PyExc_KeyError, 'pop from an empty set');
    return k;
  }),
  m('clear', (s) => { setClear(so(s)); return Py_None; }),
  m('update', (s, a) => { for (const o of a) setUpdate(so(s), o); return Py_None; }),
  m('intersection_update', (s, a) => {
    const r = a.reduce<PySetObject>((x, o) => intersection(x, o), copyOf(PySet_Type, so(s)));
    setClear(so(s));
    setMerge(so(s), r);
    return Py_None;
  }),
  m('difference_update', (s, a) => {
    for (const o of a) for (const k of iterItems(o)) setDiscardKey(so(s), k);
    return Py_None;
  }),
  m('symmetric_difference_update', (s, a) => {
    for (const k of setKeys(asSet(a[0]))) if (!setDiscardKey(so(s), k)) setAddKey(so(s), k);
    return Py_None;
  }),
];

/** set(iterable=()) and frozenset(iterable=()). @see setobject.c set_new, frozenset_new */
export function setNew(type: PyTypeObject, args: PyObject[]): PyObject {
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `${type.tp_name} expected at most 1 argument, got `
      + args.length);
  }
  if (type === PyFrozenSet_Type && args.length === 1 && args[0].ob_type === PyFrozenSet_Type) {
    return args[0];
  }
  const r = newSetObject(type);
  // A frozenset is filled here; a set is filled by set_init, so a subclass's __init__ may
  // take other arguments.
  if (args.length === 1 && !PyType_IsSubtype(type, PySet_Type)) setUpdate(r, args[0]);
  return r;
}

/** `set.__init__(iterable=())`: empty the set, then add the iterable's items. @see set_init */
export function setInit(o: PyObject, args: PyObject[], kw: PyObject | null): void {
  if (kw !== null && (kw as { ma_used?: number }).ma_used) {
    throw raiseNew(PyExc_TypeError, 'set() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `${o.ob_type.tp_name} expected at most 1 argument, got `
      + args.length);
  }
  const s = o as ReturnType<typeof newSetObject>;
  if (s.used > 0) setClear(s);
  if (args.length === 1) setUpdate(s, args[0]);
}

export { typeName, Py_False };
