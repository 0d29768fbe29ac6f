// Mirrors Objects/namespaceobject.c: types.SimpleNamespace, an object that is only its
// attribute dict. C code hands one out as sys.implementation; Lib/types.py takes the type
// from there (`SimpleNamespace = type(sys.implementation)`).

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE, typeName } from '../object.js';
import { PyDict } from './dictobject.js';
import { PyUnicode, newStr } from './unicodeobject.js';
import { PyTuple } from './tupleobject.js';
import { Py_NotImplemented } from './noneobject.js';
import { reprString, reprEnter, reprLeave } from './objectcore.js';
import { newExceptionMsg, PyExc_TypeError } from './exceptions.js';

/** `types.SimpleNamespace`. @see Objects/namespaceobject.c _PyNamespace_Type */
export const PyNamespace_Type: PyTypeObject = newStaticType('types.SimpleNamespace', undefined,
  Py_TPFLAGS_BASETYPE);

/** A namespace: its attributes are the entries of `dict`. */
export class PyNamespace extends PyObject {
  dict: PyDict;
  constructor(dict: PyDict = new PyDict(), type: PyTypeObject = PyNamespace_Type) {
    super(type);
    this.dict = dict;
  }
}

/** `_PyNamespace_New`: a namespace over name -> value pairs, in order. */
export function newNamespace(entries: [string, PyObject][]): PyNamespace {
  const d = new PyDict();
  for (const [k, v] of entries) d.setItemStr(k, v);
  return new PyNamespace(d);
}

/**
 * `namespace(a=1, b=2)` for the exact type, `Name(a=1, b=2)` for a subclass; a namespace
 * that contains itself shows `namespace(...)`. @see Objects/namespaceobject.c namespace_repr
 */
PyNamespace_Type.tp_repr = (o) => {
  const name = o.ob_type === PyNamespace_Type ? 'namespace' : typeName(o.ob_type);
  if (!reprEnter(o)) return newStr(name + '(...)');
  try {
    const d = (o as PyNamespace).dict;
    const parts: string[] = [];
    for (const k of d.keys()) {
      if (k instanceof PyUnicode) parts.push(`${k.value}=${reprString(d.getItem(k)!)}`);
    }
    return newStr(`${name}(${parts.join(', ')})`);
  } finally {
    reprLeave(o);
  }
};

/**
 * SimpleNamespace(mapping_or_iterable=(), /, **kwargs): attributes from keywords (and, new in
 * 3.13, from one positional mapping or iterable of pairs, read here for dicts and tuples of
 * pairs). @see Objects/namespaceobject.c namespace_init
 */
PyNamespace_Type.tp_new = (t, args, kwargs) => {
  if (args.length > 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `SimpleNamespace expected at most 1 positional argument, got ${args.length}`);
  }
  const d = new PyDict();
  const src = args[0];
  if (src instanceof PyDict) {
    for (const k of src.keys()) d.setItem(k, src.getItem(k)!);
  } else if (src !== undefined) {
    const items = (src as { items?: unknown }).items;
    if (!Array.isArray(items)) {
      throw newExceptionMsg(PyExc_TypeError,
        `'${typeName(src.ob_type)}' object is not iterable`);
    }
    for (const p of items as PyObject[]) {
      if (!(p instanceof PyTuple) || p.items.length !== 2) {
        throw newExceptionMsg(PyExc_TypeError,
          'cannot convert dictionary update sequence element #0 to a sequence');
      }
      d.setItem(p.items[0], p.items[1]);
    }
  }
  if (kwargs instanceof PyDict) for (const k of kwargs.keys()) d.setItem(k, kwargs.getItem(k)!);
  for (const k of d.keys()) {
    if (!(k instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError,
        `keywords must be strings, not '${typeName(k.ob_type)}'`);
    }
  }
  return new PyNamespace(d, t);
};

/** Two namespaces are equal when their dicts are. @see namespace_richcompare */
PyNamespace_Type.tp_richcompare = (a, b, op) => {
  if (!(a instanceof PyNamespace) || !(b instanceof PyNamespace) || (op !== 2 && op !== 3)) {
    return Py_NotImplemented;
  }
  const dt = a.dict.ob_type;
  for (let c: PyTypeObject | null = dt; c !== null; c = c.tp_base) {
    if (c.tp_richcompare !== null) return c.tp_richcompare(a.dict, b.dict, op);
  }
  return Py_NotImplemented;
};
