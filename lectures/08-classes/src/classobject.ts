// Mirrors Objects/classobject.c (the bound method, PyMethod_Type: what `obj.f` is when `f`
// is a function in the class's dict) and the descriptor half of Objects/funcobject.c: a
// function's `__get__` (func_descr_get), `classmethod` and `staticmethod`.

import { PyObject, PyTypeObject, newStaticType, Py_HashPointer,
  Py_TPFLAGS_BASETYPE, type PyGetSetDef } from '@ceval/core/object';
import { newStr, PyUnicode } from '@ceval/core/objects/unicodeobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { reprString, PyObject_Hash, reprEnter, reprLeave } from '@ceval/core/objects/objectcore';
import { typeError } from '@ceval/core/objects/exceptions';
import { PyMethod, PyMethod_Type } from '@ceval/core/runtime/classobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PyCallable_Check } from '@ceval/core/runtime/bltinmodule';
import { vectorcallArgs } from '@ceval/core/runtime/abstract';
import { typeLookup, descrGetOf, getAttr, genericGetAttr, instanceDictForWrite } from './object.js';

export { PyMethod, PyMethod_Type };

// --- functions are descriptors ----------------------------------------------------------------

/**
 * `A.__dict__['f'].__get__(a, A)`: looked up through an instance, a function becomes a
 * method bound to it; through the class it stays the plain function.
 * @see Objects/funcobject.c func_descr_get
 */
export function funcDescrGet(f: PyObject, obj: PyObject | null): PyObject {
  if (obj === null || obj === Py_None) return f;
  return new PyMethod(f, obj);
}

// --- the bound method -------------------------------------------------------------------------

/** `m(*args)` is `m.__func__(m.__self__, *args)`. @see Objects/classobject.c method_vectorcall */
export function methodCall(o: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const m = o as PyMethod;
  const [all, names] = vectorcallArgs([m.self, ...args], kwargs);
  return currentInterpreter().callObject(m.func, all, names);
}

/**
 * `<bound method A.f of <__main__.A object at 0x...>>`: the function's qualified name (or
 * its name), then the repr of self. @see Objects/classobject.c method_repr
 */
function methodRepr(o: PyObject): PyObject {
  const m = o as PyMethod;
  const interp = currentInterpreter();
  let name = '?';
  for (const attr of ['__qualname__', '__name__']) {
    try {
      const v = interp.hooks.getAttr(m.func, newStr(attr));
      if (v instanceof PyUnicode) { name = v.value; break; }
    } catch { /* try the next name */ }
  }
  return newStr(`<bound method ${name} of ${reprString(m.self)}>`);
}

/**
 * A method's attributes are its type's (`__func__`, `__self__`) and otherwise the function's:
 * `m.__name__` and `m.__doc__` are the function's. @see Objects/classobject.c method_getattro
 */
function methodGetAttro(o: PyObject, name: PyObject): PyObject {
  const m = o as PyMethod;
  const s = (name as PyUnicode).value;
  const descr = typeLookup(PyMethod_Type, s);
  if (descr !== null) {
    const get = descrGetOf(descr);
    return get === null ? descr : get(descr, m, m.ob_type);
  }
  return getAttr(m.func, name as PyUnicode);
}

/** Equal when the functions are equal and the selves are the same object. */
function methodRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== 2 && op !== 3) || !(a instanceof PyMethod) || !(b instanceof PyMethod)) {
    return Py_NotImplemented;
  }
  const interp = currentInterpreter();
  const eq = a.self === b.self && interp.hooks.isTrue(interp.hooks.richCompare(a.func, b.func, 2));
  return eq === (op === 2) ? Py_True : Py_False;
}

PyMethod_Type.tp_call = methodCall;
PyMethod_Type.tp_repr = methodRepr;
PyMethod_Type.tp_getattro = methodGetAttro;
PyMethod_Type.tp_richcompare = methodRichCompare;
PyMethod_Type.tp_hash = (o) => {
  const m = o as PyMethod;
  const h = Number(BigInt.asIntN(32, BigInt(Py_HashPointer(m.self))))
    ^ Number(BigInt.asIntN(32, BigInt(PyObject_Hash(m.func))));
  return h === -1 ? -2 : h;
};
PyMethod_Type.tp_descr_get = (o) => o;
PyMethod_Type.tp_new = (t, args) => {
  if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
  if (!PyCallable_Check(args[0])) typeError('first argument must be callable');
  if (args[1] === Py_None) typeError('instance must not be None');
  return new PyMethod(args[0], args[1]);
};
PyMethod_Type.tp_getset = [
  { name: '__func__', get: (o) => (o as PyMethod).func, set: null },
  { name: '__self__', get: (o) => (o as PyMethod).self, set: null },
  { name: '__doc__', get: (o) => getAttr((o as PyMethod).func, newStr('__doc__')), set: null },
];
PyMethod_Type.tp_methods = [
  { ml_name: '__reduce__', ml_meth: (o) => {
    const m = o as PyMethod;
    const interp = currentInterpreter();
    const getattr = interp.builtins.getItemStr('getattr')!;
    const name = getAttr(m.func, newStr('__name__'));
    return newTuple([getattr, newTuple([m.self, name])]);
  } },
];

// --- classmethod and staticmethod ------------------------------------------------------------

/** `classmethod`. @see Objects/funcobject.c PyClassMethod_Type */
export const PyClassMethod_Type: PyTypeObject = newStaticType('classmethod', undefined,
  Py_TPFLAGS_BASETYPE);
/** `staticmethod`. @see Objects/funcobject.c PyStaticMethod_Type */
export const PyStaticMethod_Type: PyTypeObject = newStaticType('staticmethod', undefined,
  Py_TPFLAGS_BASETYPE);
// Both carry a `__dict__` (3.10+: they copy the wrapped function's __name__, __doc__ ...).
PyClassMethod_Type.tp_dictoffset = 16;
PyStaticMethod_Type.tp_dictoffset = 16;

/** The wrapped callable of a classmethod or staticmethod. @see classmethod, staticmethod */
export class PyWrappedCallable extends PyObject {
  declare callable: PyObject | null;
  declare dict: PyDict | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.callable = null;
    this.dict = null;
  }
}

/**
 * classmethod(f) / staticmethod(f): keep f, and copy the attributes functools.wraps would
 * (`__module__`, `__name__`, `__qualname__`, `__doc__`) into the wrapper's own dict.
 * @see Objects/funcobject.c cm_init, sm_init, functools_wraps
 */
function wrapperInit(kind: string) {
  return (self: PyObject, args: PyObject[], kwargs: PyObject | null): void => {
    const kw = kwargs as PyDict | null;
    if (kw !== null && kw.ma_used > 0) typeError(`${kind}() takes no keyword arguments`);
    if (args.length !== 1) {
      typeError(`${kind} expected 1 argument, got ${args.length}`);
    }
    const w = self as PyWrappedCallable;
    w.callable = args[0];
    const d = instanceDictForWrite(w)!;
    for (const attr of ['__module__', '__name__', '__qualname__', '__doc__']) {
      try {
        d.setItemStr(attr, getAttr(args[0], newStr(attr)));
      } catch { /* missing attributes are simply not copied */ }
    }
    d.setItemStr('__wrapped__', args[0]);
  };
}

function wrapped(o: PyObject, kind: string): PyObject {
  const c = (o as PyWrappedCallable).callable;
  if (c === null) typeError(`uninitialized ${kind} object`);
  return c;
}

/**
 * `classmethod.__get__`: bound to the class the attribute was found through (or the type
 * of the instance). 3.13 no longer chains to the wrapped object's own `__get__`.
 * @see Objects/funcobject.c cm_descr_get
 */
function cmDescrGet(o: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  const f = wrapped(o, 'classmethod');
  const cls = type ?? (obj as PyObject).ob_type;
  return new PyMethod(f, cls);
}

/** @see Objects/funcobject.c sm_descr_get */
function smDescrGet(o: PyObject): PyObject {
  return wrapped(o, 'staticmethod');
}

const wrapperGetset = (kind: string): PyGetSetDef[] => [
  { name: '__func__', get: (o) => wrapped(o, kind), set: null },
  { name: '__isabstractmethod__', get: (o) => {
    const interp = currentInterpreter();
    try {
      const v = interp.hooks.getAttr(wrapped(o, kind), newStr('__isabstractmethod__'));
      return interp.hooks.isTrue(v) ? Py_True : Py_False;
    } catch {
      return Py_False;
    }
  }, set: null },
  { name: '__dict__', get: (o) => instanceDictForWrite(o)!, set: null },
];

for (const [t, kind, get] of [[PyClassMethod_Type, 'classmethod', cmDescrGet],
  [PyStaticMethod_Type, 'staticmethod', smDescrGet]] as const) {
  t.tp_new = (sub) => new PyWrappedCallable(sub);
  t.tp_init = wrapperInit(kind);
  t.tp_descr_get = get as PyTypeObject['tp_descr_get'];
  t.tp_getset = wrapperGetset(kind);
  t.tp_getattro = genericGetAttr;
  t.tp_repr = (o) => {
    if (!reprEnter(o)) return newStr('...');
    try {
      return newStr(`<${kind}(${reprString(wrapped(o, kind))})>`);
    } finally {
      reprLeave(o);
    }
  };
}

/** A staticmethod can be called directly (3.10+). @see Objects/funcobject.c sm_call */
PyStaticMethod_Type.tp_call = (o, args, kwargs) => {
  const [all, names] = vectorcallArgs(args, kwargs);
  return currentInterpreter().callObject(wrapped(o, 'staticmethod'), all, names);
};

