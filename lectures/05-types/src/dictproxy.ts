// Mirrors the mappingproxy half of Objects/descrobject.c (PyDictProxy_Type): a read-only
// window on a mapping. Reading goes through to the mapping (length, subscript, `in`, get,
// keys, values, items, copy, comparisons, hash, repr); writing is not offered at all. A dict
// view's `.mapping` is one, so code holding a view cannot change the dict behind it.

import { PyObject, PyTypeObject, PyNumberMethods, newStaticType, typeName,
  type PyMethodDef } from '@ceval/core/object';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { reprString, strString, PyObject_Hash } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_SystemError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyList } from '@ceval/core/runtime/listobject';
import { objectLength } from '@ceval/core/runtime/bltinmodule';
import { classGetItemMethod } from '@ceval/core/runtime/genericaliasobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { getItem, contains, noArgs } from './abstract.js';
import { PyDictView, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type } from './dictobject.js';

/** `mappingproxy`. @see Objects/descrobject.c PyDictProxy_Type */
export const PyDictProxy_Type: PyTypeObject = newStaticType('mappingproxy');
PyDictProxy_Type.tp_doc = 'Read-only proxy of a mapping.';

/** @see Objects/descrobject.c mappingproxyobject */
export class PyDictProxy extends PyObject {
  declare mapping: PyObject;
  constructor(mapping: PyObject) {
    super(PyDictProxy_Type);
    this.mapping = mapping;
  }
}

function mappingOf(o: PyObject): PyObject {
  return (o as PyDictProxy).mapping;
}

/** Call `mapping.name(*args)`. @see Objects/call.c PyObject_VectorcallMethod */
function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const interp = currentInterpreter();
  const m = interp.hooks.getAttr(mappingOf(o), newStr(name) as PyUnicode);
  return interp.callObject(m, args, null);
}

/** @see Objects/descrobject.c mappingproxy_check_mapping */
function checkMapping(mapping: PyObject): void {
  let ok = false;
  for (let c: PyTypeObject | null = mapping.ob_type; c !== null && !ok; c = c.tp_base) {
    ok = c.tp_as_mapping !== null && c.tp_as_mapping.mp_subscript !== null;
  }
  if (!ok || mapping instanceof PyList || mapping instanceof PyTuple) {
    throw raiseNew(PyExc_TypeError,
      `mappingproxy() argument must be a mapping, not ${typeName(mapping.ob_type)}`);
  }
}

/**
 * `mappingproxy(mapping)`, one argument given by position or by name; the counts are
 * checked before the names, as Argument Clinic's parser does.
 * @see Objects/descrobject.c mappingproxy_new_impl, Python/getargs.c _PyArg_UnpackKeywords
 */
function dictProxyNew(_t: PyTypeObject, args: PyObject[], kw: PyObject | null): PyObject {
  const nkw = kw instanceof PyDict ? kw.ma_used : 0;
  if (args.length + nkw > 1) {
    throw raiseNew(PyExc_TypeError, args.length === 0
      ? `mappingproxy() takes at most 1 keyword argument (${nkw} given)`
      : `mappingproxy() takes at most 1 argument (${args.length + nkw} given)`);
  }
  const mapping = args[0] ?? (kw instanceof PyDict ? kw.getItemStr('mapping') : null);
  if (mapping === null || mapping === undefined) {
    throw raiseNew(PyExc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
  }
  checkMapping(mapping);
  return new PyDictProxy(mapping);
}

/** `a | b` with either side a proxy: the mappings' own `|`. @see mappingproxy_or */
function dictProxyOr(a: PyObject, b: PyObject): PyObject {
  const x = a instanceof PyDictProxy ? a.mapping : a;
  const y = b instanceof PyDictProxy ? b.mapping : b;
  return currentInterpreter().hooks.binaryOp(x, y, 7 /* NB_OR */);
}

/** @see Objects/descrobject.c mappingproxy_ior */
function dictProxyIor(a: PyObject): PyObject {
  throw raiseNew(PyExc_TypeError,
    `'|=' is not supported by ${typeName(a.ob_type)}; use '|' instead`);
}

const m = (name: string, fn: PyMethodDef['ml_meth']): PyMethodDef =>
  ({ ml_name: name, ml_meth: fn });
const forward = (name: string): PyMethodDef => m(name, (s, a, kw) => {
  noArgs(`mappingproxy.${name}`, a, kw);
  return callMethod(s, name, []);
});

/** @see Objects/descrobject.c mappingproxy_methods */
PyDictProxy_Type.tp_methods = [
  m('get', (s, a) => {
    if (a.length < 1 || a.length > 2) {
      throw raiseNew(PyExc_TypeError, a.length < 1 ? 'get expected at least 1 argument, got 0'
        : `get expected at most 2 arguments, got ${a.length}`);
    }
    return callMethod(s, 'get', a);
  }),
  forward('keys'),
  forward('values'),
  forward('items'),
  forward('copy'),
  m('__reversed__', (s, a, kw) => {
    noArgs('mappingproxy.__reversed__', a, kw);
    const interp = currentInterpreter();
    const rev = interp.builtins.getItemStr('reversed');
    if (rev === null) {
      throw raiseNew(PyExc_SystemError, 'reversed() arrives in lecture 07 (iterators)');
    }
    return interp.callObject(rev, [mappingOf(s)], null);
  }),
];

const proxyDict = new PyDict();
proxyDict.setItemStr('__class_getitem__', classGetItemMethod(PyDictProxy_Type));
PyDictProxy_Type.tp_dict = proxyDict;
PyDictProxy_Type.tp_new = dictProxyNew;
PyDictProxy_Type.tp_repr = (o) => newStr(`mappingproxy(${reprString(mappingOf(o))})`);
PyDictProxy_Type.tp_str = (o) => newStr(strString(mappingOf(o)));
PyDictProxy_Type.tp_hash = (o) => PyObject_Hash(mappingOf(o));
PyDictProxy_Type.tp_richcompare = (a, b, op) =>
  currentInterpreter().hooks.richCompare(mappingOf(a), b, op);
PyDictProxy_Type.tp_iter = (o) => {
  const mp = mappingOf(o);
  for (let c: PyTypeObject | null = mp.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iter !== null) return c.tp_iter(mp);
  }
  throw raiseNew(PyExc_TypeError, `'${typeName(mp.ob_type)}' object is not iterable`);
};
PyDictProxy_Type.tp_as_mapping = {
  mp_length: (o) => objectLength(mappingOf(o)),
  mp_subscript: (o, key) => getItem(mappingOf(o), key),
  mp_ass_subscript: null,
};
PyDictProxy_Type.tp_as_sequence = {
  sq_length: null, sq_concat: null, sq_repeat: null, sq_item: null, sq_ass_item: null,
  // An exact dict answers `in` itself; anything else goes through the sequence protocol.
  sq_contains: (o, key) => {
    const mp = mappingOf(o);
    if (mp.ob_type !== PyDict_Type) return contains(mp, key);
    PyObject_Hash(key); // an unhashable key raises, as a dict lookup does
    return (mp as PyDict).getItem(key) !== null;
  },
  sq_inplace_concat: null, sq_inplace_repeat: null,
};
PyDictProxy_Type.tp_as_number = Object.assign(new PyNumberMethods(), {
  nb_or: dictProxyOr, nb_inplace_or: dictProxyIor,
});

// A dict view's `.mapping`: the dict it shows, read-only. (In CPython this getset sits with
// the views in dictobject.c, dictview_mapping; it lives here beside the proxy it returns.)
for (const t of [PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type]) {
  t.tp_getset = [{
    name: 'mapping',
    get: (o) => new PyDictProxy((o as PyDictView).dict),
    set: null,
    doc: 'dictionary that this view refers to',
  }];
}
