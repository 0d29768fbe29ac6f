// Mirrors the wrapper half of Objects/descrobject.c: `wrapper_descriptor` (what `int.__add__`
// is: a slot seen from the class) and `method-wrapper` (what `(1).__add__` is: the same slot
// bound to an instance). Calling either runs the slot through its wrap_* function.

import { PyObject, PyTypeObject, newStaticType, PyType_IsSubtype, PyObject_TypeCheck,
  Py_HashPointer, addressText, typeName, type PyGetSetDef } from '../object.js';
import { newStr } from '../objects/unicodeobject.js';
import { Py_NotImplemented } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyDict } from '../objects/dictobject.js';
import { typeError } from '../objects/exceptions.js';
import { type SlotDef, callSlotWrapper } from './typeslots.js';

/** `wrapper_descriptor`. @see Objects/descrobject.c PyWrapperDescr_Type */
export const PyWrapperDescr_Type: PyTypeObject = newStaticType('wrapper_descriptor');

/** `method-wrapper`. @see Objects/descrobject.c _PyMethodWrapper_Type */
export const PyMethodWrapper_Type: PyTypeObject = newStaticType('method-wrapper');

/**
 * A slot of `d_type` shown as a dunder: the slotdefs row and the slot function it wraps.
 * @see Include/descrobject.h PyWrapperDescrObject
 */
export class PyWrapperDescr extends PyObject {
  declare d_type: PyTypeObject;
  declare d_base: SlotDef;
  declare d_wrapped: unknown;
  constructor(type: PyTypeObject, base: SlotDef, wrapped: unknown) {
    super(PyWrapperDescr_Type);
    this.d_type = type;
    this.d_base = base;
    this.d_wrapped = wrapped;
  }
}

/** A wrapper descriptor bound to an instance. @see Objects/descrobject.c wrapperobject */
export class PyMethodWrapper extends PyObject {
  declare descr: PyWrapperDescr;
  declare self: PyObject;
  constructor(descr: PyWrapperDescr, self: PyObject) {
    super(PyMethodWrapper_Type);
    this.descr = descr;
    this.self = self;
  }
}

// One descriptor per (type, name) while the slot holds the same function, so that
// `int.__add__ is int.__add__`; a VM with other slot fills gets a fresh one.
const cache = new WeakMap<PyTypeObject, Map<string, PyWrapperDescr>>();

/**
 * The descriptor `t.__dict__[d.name]` holds for slot function `fn`.
 * @see Objects/descrobject.c PyDescr_NewWrapper
 */
export function wrapperDescrFor(t: PyTypeObject, d: SlotDef, fn: unknown): PyWrapperDescr {
  let m = cache.get(t);
  if (m === undefined) cache.set(t, m = new Map());
  const hit = m.get(d.name);
  if (hit !== undefined && hit.d_wrapped === fn && hit.d_base === d) return hit;
  const w = new PyWrapperDescr(t, d, fn);
  m.set(d.name, w);
  return w;
}

function noKeywords(d: PyWrapperDescr, kwargs: PyObject | null): PyDict | null {
  const kw = kwargs as PyDict | null;
  if (kw !== null && kw.ma_used > 0 && d.d_base.keywords !== true) {
    typeError(`wrapper ${d.d_base.name}() takes no keyword arguments`);
  }
  return kw;
}

/**
 * `int.__add__(1, 2)`: the first argument is self and must be an int (or a subclass).
 * @see Objects/descrobject.c wrapperdescr_call
 */
export function wrapperDescrCall(o: PyObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const d = o as PyWrapperDescr;
  const name = d.d_base.name;
  if (args.length < 1) {
    typeError(`descriptor '${name}' of '${d.d_type.tp_name}' object needs an argument`);
  }
  const self = args[0];
  if (!PyType_IsSubtype(self.ob_type, d.d_type)) {
    typeError(`descriptor '${name}' requires a '${d.d_type.tp_name}' object but received a `
      + `'${self.ob_type.tp_name}'`);
  }
  return callSlotWrapper(d.d_base, d.d_wrapped, self, args.slice(1), noKeywords(d, kwargs));
}

/**
 * `int.__add__.__get__(1)` is `(1).__add__`; with no instance the descriptor is itself.
 * @see Objects/descrobject.c wrapperdescr_get
 */
export function wrapperDescrGet(o: PyObject, obj: PyObject | null): PyObject {
  const d = o as PyWrapperDescr;
  if (obj === null) return d;
  if (!PyObject_TypeCheck(obj, d.d_type)) {
    typeError(`descriptor '${d.d_base.name}' for '${d.d_type.tp_name}' objects doesn't apply to `
      + `a '${obj.ob_type.tp_name}' object`);
  }
  return new PyMethodWrapper(d, obj);
}

/** `(1).__add__(2)`. @see Objects/descrobject.c wrapper_call */
export function methodWrapperCall(o: PyObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const w = o as PyMethodWrapper;
  return callSlotWrapper(w.descr.d_base, w.descr.d_wrapped, w.self, args,
    noKeywords(w.descr, kwargs));
}

PyWrapperDescr_Type.tp_call = wrapperDescrCall;
PyWrapperDescr_Type.tp_descr_get = (d, obj) => wrapperDescrGet(d, obj);
PyWrapperDescr_Type.tp_repr = (o) => {
  const d = o as PyWrapperDescr;
  return newStr(`<slot wrapper '${d.d_base.name}' of '${d.d_type.tp_name}' objects>`);
};

const descrGetset = (extra: PyGetSetDef[]): PyGetSetDef[] => [
  { name: '__name__', get: (o) => newStr(descrOf(o).d_base.name), set: null },
  { name: '__qualname__', get: (o) => {
    const d = descrOf(o);
    return newStr(`${typeName(d.d_type)}.${d.d_base.name}`);
  }, set: null },
  { name: '__objclass__', get: (o) => descrOf(o).d_type, set: null },
  { name: '__doc__', get: (o) => newStr(descrOf(o).d_base.doc), set: null },
  ...extra,
];

function descrOf(o: PyObject): PyWrapperDescr {
  return o instanceof PyMethodWrapper ? o.descr : o as PyWrapperDescr;
}

PyWrapperDescr_Type.tp_getset = descrGetset([]);

PyMethodWrapper_Type.tp_call = methodWrapperCall;
PyMethodWrapper_Type.tp_repr = (o) => {
  const w = o as PyMethodWrapper;
  return newStr(`<method-wrapper '${w.descr.d_base.name}' of ${w.self.ob_type.tp_name} object `
    + `at ${addressText(w.self)}>`);
};
PyMethodWrapper_Type.tp_getset = descrGetset([
  { name: '__self__', get: (o) => (o as PyMethodWrapper).self, set: null },
]);

/**
 * Two method-wrappers are equal when they bind the same descriptor to the same object;
 * there is no order between them. @see Objects/descrobject.c wrapper_richcompare
 */
PyMethodWrapper_Type.tp_richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(a instanceof PyMethodWrapper)
    || !(b instanceof PyMethodWrapper)) return Py_NotImplemented;
  const eq = a.descr === b.descr && a.self === b.self;
  return eq === (op === 2) ? Py_True : Py_False;
};

/** @see Objects/descrobject.c wrapper_hash */
PyMethodWrapper_Type.tp_hash = (o) => {
  const w = o as PyMethodWrapper;
  const h = (Py_HashPointer(w.self) ^ Py_HashPointer(w.descr)) | 0;
  return h === -1 ? -2 : h;
};
