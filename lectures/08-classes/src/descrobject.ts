// Mirrors Objects/descrobject.c: the descriptors a type's dict holds for what its C struct
// declares — `method_descriptor` (a PyMethodDef: `str.lower`), `getset_descriptor` (a
// PyGetSetDef: `type.__dict__['__name__']`), `member_descriptor` (a PyMemberDef, and every
// name in a class's `__slots__`) — and `property`, the descriptor classes make in Python.

import { PyObject, PyTypeObject, newStaticType, PyType_IsSubtype, typeName,
  Py_TPFLAGS_BASETYPE, Py_TPFLAGS_METHOD_DESCRIPTOR, type PyMethodDef, type PyGetSetDef }
  from '@ceval/core/object';
import { newStr, PyUnicode } from '@ceval/core/objects/unicodeobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { PyDict } from '@ceval/core/objects/dictobject';
import { typeError, attributeError } from '@ceval/core/objects/exceptions';
import { builtinMethod, vectorcallArgs } from '@ceval/core/runtime/abstract';
import { currentInterpreter } from '@ceval/core/interpreter';

// --- the three descriptors of C-declared attributes -----------------------------------------

/** `method_descriptor`. @see Objects/descrobject.c PyMethodDescr_Type */
export const PyMethodDescr_Type: PyTypeObject = newStaticType('method_descriptor', undefined,
  Py_TPFLAGS_METHOD_DESCRIPTOR);
/** `getset_descriptor`. @see Objects/descrobject.c PyGetSetDescr_Type */
export const PyGetSetDescr_Type: PyTypeObject = newStaticType('getset_descriptor');
/** `member_descriptor`. @see Objects/descrobject.c PyMemberDescr_Type */
export const PyMemberDescr_Type: PyTypeObject = newStaticType('member_descriptor');

/** A builtin method of `d_type`, unbound. @see Include/descrobject.h PyMethodDescrObject */
export class PyMethodDescr extends PyObject {
  declare d_type: PyTypeObject;
  declare d_method: PyMethodDef;
  constructor(type: PyTypeObject, m: PyMethodDef) {
    super(PyMethodDescr_Type);
    this.d_type = type;
    this.d_method = m;
  }
}

/** A computed attribute (or a slot of `__slots__`) of `d_type`'s instances. */
export class PyGetSetDescr extends PyObject {
  declare d_type: PyTypeObject;
  declare d_getset: PyGetSetDef;
  constructor(descrType: PyTypeObject, type: PyTypeObject, g: PyGetSetDef) {
    super(descrType);
    this.d_type = type;
    this.d_getset = g;
  }
}

// One descriptor per declaration, so that `str.__dict__['lower'] is str.lower`.
const descrCache = new WeakMap<object, PyObject>();

/** The descriptor `t.__dict__[m.ml_name]` holds. @see PyDescr_NewMethod */
export function methodDescrFor(t: PyTypeObject, m: PyMethodDef): PyMethodDescr {
  let d = descrCache.get(m) as PyMethodDescr | undefined;
  if (d === undefined || d.d_type !== t) {
    d = new PyMethodDescr(t, m);
    descrCache.set(m, d);
  }
  return d;
}

/** The descriptor for a getset (`member` false) or member (`member` true) declaration. */
export function getsetDescrFor(t: PyTypeObject, g: PyGetSetDef, member: boolean): PyGetSetDescr {
  let d = descrCache.get(g) as PyGetSetDescr | undefined;
  if (d === undefined || d.d_type !== t) {
    d = new PyGetSetDescr(member ? PyMemberDescr_Type : PyGetSetDescr_Type, t, g);
    descrCache.set(g, d);
  }
  return d;
}

/**
 * The check every descriptor makes before touching an instance: is `obj` of the type that
 * declared the attribute? `str.lower.__get__(None)` has no str to work on.
 * @see Objects/descrobject.c descr_check
 */
function descrCheck(name: string, t: PyTypeObject, obj: PyObject): void {
  if (!PyType_IsSubtype(obj.ob_type, t)) {
    typeError(`descriptor '${name}' for '${typeName(t)}' objects doesn't apply to a `
      + `'${typeName(obj.ob_type)}' object`);
  }
}

/** @see Objects/descrobject.c method_get */
function methodGet(o: PyObject, obj: PyObject | null): PyObject {
  const d = o as PyMethodDescr;
  if (obj === null) return d;
  descrCheck(d.d_method.ml_name, d.d_type, obj);
  return builtinMethod(d.d_type, d.d_method, obj);
}

/**
 * `str.lower('ABC')`: the first argument is the self, checked before the method runs.
 * @see Objects/descrobject.c method_check_args, method_vectorcall_*
 */
export function methodDescrCall(o: PyObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const d = o as PyMethodDescr;
  const name = d.d_method.ml_name;
  if (args.length < 1) {
    typeError(`unbound method ${typeName(d.d_type)}.${name}() needs an argument`);
  }
  const self = args[0];
  if (!PyType_IsSubtype(self.ob_type, d.d_type)) {
    typeError(`descriptor '${name}' for '${typeName(d.d_type)}' objects doesn't apply to a `
      + `'${typeName(self.ob_type)}' object`);
  }
  const [all, names] = vectorcallArgs(args.slice(1), kwargs);
  return builtinMethod(d.d_type, d.d_method, self).fn(all, names);
}

PyMethodDescr_Type.tp_descr_get = methodGet;
PyMethodDescr_Type.tp_call = methodDescrCall;
PyMethodDescr_Type.tp_repr = (o) => {
  const d = o as PyMethodDescr;
  return newStr(`<method '${d.d_method.ml_name}' of '${typeName(d.d_type)}' objects>`);
};

/** @see Objects/descrobject.c getset_get, member_get */
function getsetGet(o: PyObject, obj: PyObject | null): PyObject {
  const d = o as PyGetSetDescr;
  if (obj === null) return d;
  descrCheck(d.d_getset.name, d.d_type, obj);
  const get = d.d_getset.get;
  if (get === null) {
    attributeError(`attribute '${d.d_getset.name}' of '${typeName(d.d_type)}' objects is not `
      + 'readable');
  }
  return get(obj);
}

/** @see Objects/descrobject.c getset_set, member_set */
function getsetSet(o: PyObject, obj: PyObject, v: PyObject | null): void {
  const d = o as PyGetSetDescr;
  descrCheck(d.d_getset.name, d.d_type, obj);
  const set = d.d_getset.set;
  if (set === null) {
    if (d.ob_type === PyMemberDescr_Type) attributeError('readonly attribute');
    attributeError(`attribute '${d.d_getset.name}' of '${typeName(d.d_type)}' objects is not `
      + 'writable');
  }
  set(obj, v);
}

for (const [t, kind] of [[PyGetSetDescr_Type, 'attribute'], [PyMemberDescr_Type, 'member']] as
  const) {
  t.tp_descr_get = getsetGet;
  t.tp_descr_set = getsetSet;
  t.tp_repr = (o) => {
    const d = o as PyGetSetDescr;
    return newStr(`<${kind} '${d.d_getset.name}' of '${typeName(d.d_type)}' objects>`);
  };
}

/** `__name__`, `__qualname__`, `__objclass__`, `__doc__`: what every descriptor shows. */
function descrCommon(name: (o: PyObject) => string, doc: (o: PyObject) => string | undefined):
  PyGetSetDef[] {
  const owner = (o: PyObject): PyTypeObject => (o as PyMethodDescr).d_type;
  return [
    { name: '__name__', get: (o) => newStr(name(o)), set: null },
    { name: '__qualname__', get: (o) => newStr(`${typeName(owner(o))}.${name(o)}`), set: null },
    { name: '__objclass__', get: (o) => owner(o), set: null },
    { name: '__doc__', get: (o) => { const s = doc(o); return s === undefined ? Py_None : newStr(s); },
      set: null },
  ];
}

PyMethodDescr_Type.tp_getset = [
  ...descrCommon((o) => (o as PyMethodDescr).d_method.ml_name,
    (o) => (o as PyMethodDescr).d_method.ml_doc),
  { name: '__text_signature__', get: () => Py_None, set: null },
];
PyGetSetDescr_Type.tp_getset = descrCommon((o) => (o as PyGetSetDescr).d_getset.name,
  (o) => (o as PyGetSetDescr).d_getset.doc);
PyMemberDescr_Type.tp_getset = PyGetSetDescr_Type.tp_getset;

// --- property --------------------------------------------------------------------------------

/** `property`. @see Objects/descrobject.c PyProperty_Type */
export const PyProperty_Type: PyTypeObject = newStaticType('property', undefined,
  Py_TPFLAGS_BASETYPE);

/** @see Objects/descrobject.c propertyobject */
export class PyProperty extends PyObject {
  declare fget: PyObject | null;
  declare fset: PyObject | null;
  declare fdel: PyObject | null;
  declare doc: PyObject | null;
  declare name: PyObject | null;
  /** True when the doc came from fget's docstring (it follows getter() copies). */
  declare getterDoc: boolean;
  declare dict: PyDict | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.fget = this.fset = this.fdel = this.doc = this.name = null;
    this.getterDoc = false;
    this.dict = null;
  }
}

/**
 * How property's errors name the attribute: "property 'x' of 'A' object" (the name is the
 * repr of what `__set_name__` or fget's `__name__` gave), or just "property of ...".
 * @see Objects/descrobject.c property_descr_get, property_descr_set
 */
function propertyWhat(p: PyProperty, obj: PyObject): string {
  const q = p.name !== null && p.name !== Py_None ? `property ${reprString(p.name)}` : 'property';
  return `${q} of '${typeName(obj.ob_type)}' object`;
}

function propGet(o: PyObject, obj: PyObject | null): PyObject {
  const p = o as PyProperty;
  if (obj === null || obj === Py_None) return p;
  if (p.fget === null || p.fget === Py_None) {
    attributeError(`${propertyWhat(p, obj)} has no getter`);
  }
  return currentInterpreter().callObject(p.fget, [obj], null);
}

function propSet(o: PyObject, obj: PyObject, v: PyObject | null): void {
  const p = o as PyProperty;
  const f = v === null ? p.fdel : p.fset;
  if (f === null || f === Py_None) {
    attributeError(`${propertyWhat(p, obj)} has no ${v === null ? 'deleter' : 'setter'}`);
  }
  currentInterpreter().callObject(f, v === null ? [obj] : [obj, v], null);
}

/**
 * `property(fget=None, fset=None, fdel=None, doc=None)`; with no doc, fget's `__doc__`.
 * @see Objects/descrobject.c property_init_impl
 */
export function propertyInit(self: PyObject, args: PyObject[], kwargs: PyObject | null): void {
  const p = self as PyProperty;
  const names = ['fget', 'fset', 'fdel', 'doc'];
  const vals: (PyObject | null)[] = [null, null, null, null];
  if (args.length > 4) {
    typeError(`property() takes at most 4 arguments (${args.length} given)`);
  }
  args.forEach((a, i) => { vals[i] = a; });
  const kw = kwargs as PyDict | null;
  if (kw !== null) {
    for (const e of kw.entries()) {
      const k = (e.key as PyUnicode).value;
      const i = names.indexOf(k);
      if (i < 0) typeError(`property() got an unexpected keyword argument '${k}'`);
      if (vals[i] !== null && i < args.length) {
        typeError(`argument for property() given by name ('${k}') and position (${i + 1})`);
      }
      vals[i] = e.value;
    }
  }
  const none = (v: PyObject | null): PyObject | null => (v === Py_None ? null : v);
  p.fget = none(vals[0]);
  p.fset = none(vals[1]);
  p.fdel = none(vals[2]);
  p.doc = none(vals[3]);
  p.getterDoc = false;
  if (p.doc === null && p.fget !== null) {
    // property_init: take fget's docstring when none was given (getter_doc).
    const interp = currentInterpreter();
    let d: PyObject | null = null;
    try { d = interp.hooks.getAttr(p.fget, newStr('__doc__')); } catch { d = null; }
    if (d !== null && d !== Py_None) {
      if (p.ob_type === PyProperty_Type) p.doc = d;
      else (p.dict ??= new PyDict()).setItemStr('__doc__', d);
      p.getterDoc = true;
    }
  }
  if (p.fget !== null) {
    try {
      const n = currentInterpreter().hooks.getAttr(p.fget, newStr('__name__'));
      p.name = n;
    } catch { /* a callable without a __name__ leaves the property unnamed */ }
  }
}

/**
 * `prop.getter(f)` & co.: a copy of the property (of the same, possibly derived, type) with
 * one accessor replaced. @see Objects/descrobject.c property_copy
 */
function propertyCopy(p: PyProperty, which: 0 | 1 | 2, f: PyObject): PyObject {
  const interp = currentInterpreter();
  const acc = [p.fget, p.fset, p.fdel];
  // None keeps the accessor the property already had.
  if (f !== Py_None) acc[which] = f;
  const doc = p.getterDoc && which === 0 ? Py_None : (p.doc ?? Py_None);
  const r = interp.callObject(p.ob_type, [acc[0] ?? Py_None, acc[1] ?? Py_None,
    acc[2] ?? Py_None, doc], null);
  if (r instanceof PyProperty && p.name !== null) r.name = p.name;
  return r;
}

PyProperty_Type.tp_new = (t) => new PyProperty(t);
PyProperty_Type.tp_init = propertyInit;
PyProperty_Type.tp_descr_get = propGet;
PyProperty_Type.tp_descr_set = propSet;
PyProperty_Type.tp_methods = [
  { ml_name: 'getter', ml_meth: (s, a) => propertyCopy(s as PyProperty, 0, oneArg('getter', a)) },
  { ml_name: 'setter', ml_meth: (s, a) => propertyCopy(s as PyProperty, 1, oneArg('setter', a)) },
  { ml_name: 'deleter', ml_meth: (s, a) => propertyCopy(s as PyProperty, 2,
    oneArg('deleter', a)) },
  { ml_name: '__set_name__', ml_meth: (s, a) => {
    if (a.length !== 2) typeError(`__set_name__() takes 2 positional arguments but ${a.length} were given`);
    (s as PyProperty).name = a[1];
    return Py_None;
  } },
];

function oneArg(name: string, a: PyObject[]): PyObject {
  if (a.length !== 1) typeError(`property.${name}() takes exactly one argument (${a.length} given)`);
  return a[0];
}

const field = (n: string, get: (p: PyProperty) => PyObject | null): PyGetSetDef =>
  ({ name: n, get: (o) => get(o as PyProperty) ?? Py_None, set: null });

PyProperty_Type.tp_members = [
  field('fget', (p) => p.fget), field('fset', (p) => p.fset), field('fdel', (p) => p.fdel),
];
PyProperty_Type.tp_getset = [
  { name: '__doc__', get: (o) => (o as PyProperty).doc ?? Py_None,
    set: (o, v) => { (o as PyProperty).doc = v; } },
  { name: '__name__', get: (o) => {
    const p = o as PyProperty;
    if (p.name !== null) return p.name;
    attributeError(`'property' object has no attribute '__name__'`);
  }, set: (o, v) => { (o as PyProperty).name = v; } },
  { name: '__isabstractmethod__', get: (o) => {
    const p = o as PyProperty;
    const interp = currentInterpreter();
    for (const f of [p.fget, p.fset, p.fdel]) {
      if (f === null) continue;
      try {
        if (interp.hooks.isTrue(interp.hooks.getAttr(f, newStr('__isabstractmethod__')))) {
          return currentBool(true);
        }
      } catch { /* no such attribute: not abstract */ }
    }
    return currentBool(false);
  }, set: null },
];

function currentBool(b: boolean): PyObject {
  return b ? Py_True : Py_False;
}

// --- classmethod_descriptor ------------------------------------------------------------------

/** `classmethod_descriptor`. @see Objects/descrobject.c PyClassMethodDescr_Type */
export const PyClassMethodDescr_Type: PyTypeObject = newStaticType('classmethod_descriptor');

/**
 * A builtin method that receives the class (METH_CLASS): `object.__init_subclass__`,
 * `dict.fromkeys`. Looked up through any class or instance, it binds to that class.
 */
export class PyClassMethodDescr extends PyObject {
  declare d_type: PyTypeObject;
  declare d_method: PyMethodDef;
  constructor(type: PyTypeObject, m: PyMethodDef) {
    super(PyClassMethodDescr_Type);
    this.d_type = type;
    this.d_method = m;
  }
}

/** @see Objects/descrobject.c classmethod_get */
PyClassMethodDescr_Type.tp_descr_get = (o, obj, type) => {
  const d = o as PyClassMethodDescr;
  const cls = (type ?? obj?.ob_type ?? null) as PyTypeObject | null;
  if (cls === null) {
    typeError(`descriptor '${d.d_method.ml_name}' for type '${typeName(d.d_type)}' needs `
      + 'either an object or a type');
  }
  if (!PyType_IsSubtype(cls, d.d_type)) {
    typeError(`descriptor '${d.d_method.ml_name}' requires a subtype of '${typeName(d.d_type)}' `
      + `but received '${typeName(cls)}'`);
  }
  return builtinMethod(cls, d.d_method, cls);
};
PyClassMethodDescr_Type.tp_repr = (o) => {
  const d = o as PyClassMethodDescr;
  return newStr(`<method '${d.d_method.ml_name}' of '${typeName(d.d_type)}' objects>`);
};
PyClassMethodDescr_Type.tp_getset = PyMethodDescr_Type.tp_getset;
