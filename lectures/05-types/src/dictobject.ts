// Mirrors the protocols and methods of Objects/dictobject.c: dict_as_mapping (length,
// subscript with KeyError, ass_subscript), dict_as_sequence's contains, dict_richcompare,
// `|` and `|=` (PEP 584), the methods (get, setdefault, pop, popitem, update, fromkeys, copy,
// clear, keys, values, items) and the three view types.

import {
  PyObject, PyTypeObject, PyMappingMethods, PySequenceMethods, PyMethodDef, newStaticType,
  typeName,
} from '@ceval/core/object';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { newInt } from '@ceval/core/objects/longobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { reprString, reprEnter, reprLeave, PyObject_Hash } from '@ceval/core/objects/objectcore';
import { PyExc_KeyError, PyExc_TypeError, PyExc_ValueError, newException }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { lookupInType } from '@ceval/core/runtime/abstract';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PyList, newList } from '@ceval/core/runtime/listobject';
import { iterItems, itemsEqual } from './abstract.js';

function d(o: PyObject): PyDict {
  return o as PyDict;
}

/** KeyError(key): the key itself is the exception's argument. @see dictobject.c _PyErr_SetKeyError */
export function keyError(key: PyObject): PyObject {
  return newException(PyExc_KeyError, [key]);
}

function lookupHashable(o: PyDict, key: PyObject): PyObject | null {
  PyObject_Hash(key); // unhashable keys raise TypeError before any lookup
  return o.getItem(key);
}

export const dictMapping: Partial<PyMappingMethods> = {
  mp_length: (o) => d(o).ma_used,
  mp_subscript: (o, key) => {
    const v = lookupHashable(d(o), key);
    if (v !== null) return v;
    if (o.ob_type !== PyDict_Type) {
      // A dict subclass may supply a default through __missing__ (defaultdict's hook).
      // @see Objects/dictobject.c dict_subscript
      const missing = lookupInType(o, o.ob_type, '__missing__');
      if (missing !== null) return currentInterpreter().callObject(missing, [key], null);
    }
    throw keyError(key);
  },
  mp_ass_subscript: (o, key, v) => {
    PyObject_Hash(key);
    if (v === null) {
      if (!d(o).delItem(key)) throw keyError(key);
    } else d(o).setItem(key, v);
  },
};

export const dictSequence: Partial<PySequenceMethods> = {
  sq_contains: (o, key) => (lookupHashable(d(o), key) !== null),
};

/** dict == dict: same keys with == values. @see dictobject.c dict_equal */
export function dictRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyDict) || !(b instanceof PyDict) || (op !== 2 && op !== 3)) {
    return Py_NotImplemented;
  }
  let eq = a.ma_used === b.ma_used;
  if (eq) {
    for (const e of a.entries()) {
      const v = b.getItem(e.key);
      if (v === null || !itemsEqual(e.value, v)) { eq = false; break; }
    }
  }
  return (op === 2) === eq ? Py_True : Py_False;
}

/** Merge a mapping or an iterable of pairs into `o`. @see dictobject.c dict_update_arg */
export function dictUpdate(o: PyDict, src: PyObject, what = 'update'): void {
  if (src instanceof PyDict) {
    for (const e of [...src.entries()]) o.setItem(e.key, e.value);
    return;
  }
  const keysAttr = src.ob_type.tp_as_mapping;
  if (keysAttr !== null && keysAttr.mp_subscript !== null && !(src instanceof PyTuple)
    && !(src instanceof PyList) && src.ob_type.tp_name !== 'str') {
    for (const k of iterItems(src)) o.setItem(k, keysAttr.mp_subscript(src, k));
    return;
  }
  let i = 0;
  for (const item of iterItems(src)) {
    let pair: PyObject[];
    try {
      pair = iterItems(item);
    } catch {
      throw raiseNew(PyExc_TypeError, `cannot convert dictionary update sequence element #${i} `
        + 'to a sequence');
    }
    if (pair.length !== 2) {
      throw raiseNew(PyExc_ValueError, `dictionary update sequence element #${i} has length `
        + `${pair.length}; 2 is required`);
    }
    o.setItem(pair[0], pair[1]);
    i++;
  }
  void what;
}

function kwMerge(o: PyDict, kw: PyObject | null): void {
  if (kw instanceof PyDict) for (const e of kw.entries()) o.setItem(e.key, e.value);
}

// ---- views: dict_keys, dict_values, dict_items ----

export const PyDictKeys_Type = newStaticType('dict_keys');
export const PyDictValues_Type = newStaticType('dict_values');
export const PyDictItems_Type = newStaticType('dict_items');

/** A live view of a dict. @see dictobject.c _PyDictViewObject */
export class PyDictView extends PyObject {
  constructor(type: PyTypeObject, public dict: PyDict) {
    super(type);
  }
}

/** The objects a view yields, in order. */
export function viewItems(v: PyDictView): PyObject[] {
  const out: PyObject[] = [];
  for (const e of v.dict.entries()) {
    out.push(v.ob_type === PyDictKeys_Type ? e.key : v.ob_type === PyDictValues_Type ? e.value
      : newTuple([e.key, e.value]));
  }
  return out;
}

for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) {
  t.tp_repr = (o) => {
    const v = o as PyDictView;
    if (!reprEnter(v)) return newStr('...');
    try {
      return newStr(`${t.tp_name}([${viewItems(v).map(reprString).join(', ')}])`);
    } finally {
      reprLeave(v);
    }
  };
  t.tp_as_sequence = Object.assign(new PySequenceMethods(), {
    sq_length: (o: PyObject) => (o as PyDictView).dict.ma_used,
    // values() has no __contains__ of its own: `in` falls back to iterating it.
    sq_contains: t === PyDictKeys_Type ? dictKeysContains
      : t === PyDictItems_Type ? dictItemsContains : null,
  });
}

/** @see Objects/dictobject.c dictkeys_contains */
function dictKeysContains(o: PyObject, x: PyObject): boolean {
  return lookupHashable((o as PyDictView).dict, x) !== null;
}

/**
 * `(k, v) in d.items()`: look k up (so an unhashable k raises), then compare the values.
 * @see Objects/dictobject.c dictitems_contains
 */
function dictItemsContains(o: PyObject, x: PyObject): boolean {
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = lookupHashable((o as PyDictView).dict, x.items[0]);
  return found !== null && itemsEqual(found, x.items[1]);
}

const m = (name: string, fn: PyMethodDef['ml_meth']): PyMethodDef => ({ ml_name: name, ml_meth: fn });

export const dictMethods: PyMethodDef[] = [
  m('get', (s, a) => {
    if (a.length < 1 || a.length > 2) {
      throw raiseNew(PyExc_TypeError, a.length < 1 ? 'get expected at least 1 argument, got 0'
        : `get expected at most 2 arguments, got ${a.length}`);
    }
    return lookupHashable(d(s), a[0]) ?? a[1] ?? Py_None;
  }),
  m('setdefault', (s, a) => {
    const v = lookupHashable(d(s), a[0]);
    if (v !== null) return v;
    const dflt = a[1] ?? Py_None;
    d(s).setItem(a[0], dflt);
    return dflt;
  }),
  m('pop', (s, a) => {
    if (a.length < 1 || a.length > 2) {
      throw raiseNew(PyExc_TypeError, a.length < 1 ? 'pop expected at least 1 argument, got 0'
        : `pop expected at most 2 arguments, got ${a.length}`);
    }
    const v = lookupHashable(d(s), a[0]);
    if (v === null) {
      if (a.length > 1) return a[1];
      throw keyError(a[0]);
    }
    d(s).delItem(a[0]);
    return v;
  }),
  m('popitem', (s) => {
    const e = d(s).lastEntry();
    if (e === undefined) throw raiseNew(PyExc_KeyError, 'popitem(): dictionary is empty');
    d(s).delEntry(e);
    return newTuple([e.key, e.value]);
  }),
  m('update', (s, a, kw) => {
    if (a.length > 1) {
      throw raiseNew(PyExc_TypeError, `update expected at most 1 argument, got ${a.length}`);
    }
    if (a.length === 1) dictUpdate(d(s), a[0]);
    kwMerge(d(s), kw);
    return Py_None;
  }),
  m('copy', (s) => d(s).copy()),
  m('clear', (s) => { d(s).clear(); return Py_None; }),
  m('keys', (s) => new PyDictView(PyDictKeys_Type, d(s))),
  m('values', (s) => new PyDictView(PyDictValues_Type, d(s))),
  m('items', (s) => new PyDictView(PyDictItems_Type, d(s))),
];

/** dict.fromkeys(iterable, value=None), a class method. */
export function dictFromKeys(args: PyObject[]): PyObject {
  if (args.length < 1 || args.length > 2) {
    throw raiseNew(PyExc_TypeError, `fromkeys expected at ${args.length < 1 ? 'least 1 argument'
      : 'most 2 arguments'}, got ${args.length}`);
  }
  const out = new PyDict();
  for (const k of iterItems(args[0])) out.setItem(k, args[1] ?? Py_None);
  return out;
}

/** dict(mapping_or_iterable, **kw). @see dictobject.c dict_new, dict_init */
export function dictNew(type: PyTypeObject): PyObject {
  // dict_new only allocates: the arguments are dict_init's, so a subclass whose __init__
  // takes other arguments is not handed them as items.
  return type === PyDict_Type ? new PyDict() : new PyDict(type);
}

/** `dict.__init__(mapping_or_iterable=(), **kw)`. @see dictobject.c dict_init, dict_update_common */
export function dictInit(o: PyObject, args: PyObject[], kw: PyObject | null): void {
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `dict expected at most 1 argument, got ${args.length}`);
  }
  if (args.length === 1) dictUpdate(o as PyDict, args[0]);
  kwMerge(o as PyDict, kw);
}

/** d | other and d |= other. @see dictobject.c dict_or, dict_ior */
export function dictOr(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return Py_NotImplemented;
  const out = a.copy();
  dictUpdate(out, b);
  return out;
}

export function dictIor(a: PyObject, b: PyObject): PyObject {
  dictUpdate(a as PyDict, b);
  return a;
}

export { newInt, newList, typeName };
