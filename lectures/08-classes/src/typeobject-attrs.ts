// Mirrors type's own attributes in Objects/typeobject.c: type_getattro and type_setattro
// (a class's attributes live in its dict; assigning a dunder re-fills a slot), the getsets
// (`__name__`, `__qualname__`, `__module__`, `__dict__`, `__doc__`, `__bases__`, ...) and
// methods (`mro`, `__subclasses__`, `__instancecheck__`, `__subclasscheck__`, `__prepare__`)
// of `type`, and the classmethods object offers every class.

import { PyObject, PyTypeObject, PyType_Type, PyType_IsSubtype, hasFlag,
  typeName, type PyGetSetDef, type PyMethodDef } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { newInt } from '@ceval/core/objects/longobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { typeError, attributeError, newException, PyExc_AttributeError, PyAttributeErrorObject }
  from '@ceval/core/objects/exceptions';
import { typeDictKeys, typeDir } from '@ceval/core/runtime/typeobject';
import { PyList } from '@ceval/core/runtime/listobject';
import { typeLayout, gcTypes, typeFlags } from '@ceval/core/runtime/typelayout.generated';
import { PyDictProxy } from '@ceval/lecture-05/dictproxy';
import { currentInterpreter } from '@ceval/core/interpreter';
import { typeLookup, typeModified, descrGetOf, descrSetOf, isHeapType, ownAttr } from './object.js';
import { updateSlot, isSlotName } from './typeobject-slots.js';
import { c3Linearise } from './typeobject-mro.js';
import { typeModuleName, typeQualname, setClass } from './typeobject-instance.js';
import { itemsizeOf } from './typeobject.js';

// --- reading and writing a type's attributes ------------------------------------------------------

function noTypeAttribute(t: PyTypeObject, name: PyUnicode): never {
  const e = newException(PyExc_AttributeError,
    [newStr(`type object '${typeName(t)}' has no attribute '${name.value}'`)]);
  if (e instanceof PyAttributeErrorObject) {
    e.name = name;
    e.obj = t;
  }
  throw e;
}

/**
 * `C.name`: a data descriptor of the metaclass first (`__name__`, `__mro__`), then C's own
 * MRO (descriptors bound with no instance: a function stays a function, a classmethod binds
 * to C), then the metaclass's other attributes, bound to C.
 * @see Objects/typeobject.c _Py_type_getattro_impl
 */
export function typeGetattro(o: PyObject, name: PyObject): PyObject {
  const t = o as PyTypeObject;
  const n = name as PyUnicode;
  const s = n.value;
  const meta = t.ob_type;
  const metaAttr = typeLookup(meta, s);
  let metaGet: PyTypeObject['tp_descr_get'] = null;
  if (metaAttr !== null) {
    metaGet = descrGetOf(metaAttr);
    if (metaGet !== null && descrSetOf(metaAttr) !== null) return metaGet(metaAttr, t, meta);
  }
  const attr = typeLookup(t, s);
  if (attr !== null) {
    const get = descrGetOf(attr);
    return get === null ? attr : get(attr, null, t);
  }
  if (metaGet !== null) return metaGet(metaAttr!, t, meta);
  if (metaAttr !== null) return metaAttr;
  return noTypeAttribute(t, n);
}

/**
 * `C.name = v`: only classes can change. The store goes to C's dict (after the metaclass's
 * data descriptors had their say), the method caches of C and its subclasses are dropped,
 * and a dunder re-fills its slot. @see Objects/typeobject.c type_setattro
 */
export function typeSetattro(o: PyObject, name: PyObject, v: PyObject | null): void {
  const t = o as PyTypeObject;
  const n = name as PyUnicode;
  const s = n.value;
  if (!isHeapType(t)) {
    typeError(`cannot set '${s}' attribute of immutable type '${typeName(t)}'`);
  }
  const descr = typeLookup(t.ob_type, s);
  if (descr !== null) {
    const set = descrSetOf(descr);
    if (set !== null) {
      set(descr, t, v);
      return;
    }
  }
  const d = t.tp_dict as PyDict;
  if (v === null) {
    if (!d.delItemStr(s)) noTypeAttribute(t, n);
  } else {
    d.setItemStr(s, v);
  }
  typeModified(t);
  if (s.startsWith('__') && s.endsWith('__') && isSlotName(s)) updateSlot(t, s);
}

// --- type's getsets ------------------------------------------------------------------------------

function heapOnly(t: PyTypeObject, attr: string): void {
  if (!isHeapType(t)) {
    typeError(`cannot set '${attr}' attribute of immutable type '${typeName(t)}'`);
  }
}

function assignStr(t: PyTypeObject, attr: string, v: PyObject | null): string {
  heapOnly(t, attr);
  if (v === null) typeError(`cannot delete '${attr}' attribute of immutable type '${typeName(t)}'`);
  if (!(v instanceof PyUnicode)) {
    typeError(`can only assign string to ${typeName(t)}.${attr}, not '${typeName(v.ob_type)}'`);
  }
  return v.value;
}

/** What `C.__dict__` shows for a built-in type: its declared attributes, made on demand. */
function staticTypeDict(t: PyTypeObject): PyDict {
  const d = new PyDict();
  for (const k of typeDictKeys(t)) {
    const v = ownAttr(t, k);
    if (v !== null) d.setItemStr(k, v);
  }
  return d;
}

function layoutOf(t: PyTypeObject): readonly [number, number, string | null, number] | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const l = typeLayout[c.tp_name];
    if (l !== undefined && !isHeapType(c)) return l;
  }
  return null;
}

const get = (name: string, f: (t: PyTypeObject) => PyObject,
  set: PyGetSetDef['set'] = null): PyGetSetDef => ({ name, get: (o) => f(o as PyTypeObject), set });

/** @see Objects/typeobject.c type_members, type_getsets */
export const typeGetsets: PyGetSetDef[] = [
  get('__basicsize__', (t) => newInt(t.tp_basicsize || (layoutOf(t)?.[0] ?? 16))),
  get('__itemsize__', (t) => newInt(isHeapType(t) ? t.tp_itemsize : (layoutOf(t)?.[1] ?? 0))),
  get('__flags__', (t) => {
    // A built-in type's flags are its C literal's bits (recorded from python3.13, with
    // IS_ABSTRACT and the like as ceval's own flags have them); a class's are computed.
    if (isHeapType(t)) return newInt(t.tp_flags);
    const recorded = typeFlags[t.tp_name];
    if (recorded !== undefined) return newInt(recorded);
    const gc = gcTypes.has(t.tp_name) && !hasFlag(t.tp_flags, 1 << 14);
    return newInt(t.tp_flags + (gc ? 1 << 14 : 0));
  }),
  get('__weakrefoffset__', (t) => newInt(t.tp_weaklistoffset)),
  get('__dictoffset__', (t) => newInt(t.tp_dictoffset)),
  get('__base__', (t) => t.tp_base ?? Py_None),
  get('__mro__', (t) => newTuple([...(t.tp_mro ?? [t])])),
  get('__name__', (t) => newStr(typeName(t)), (o, v) => {
    const t = o as PyTypeObject;
    const s = assignStr(t, '__name__', v);
    if (s.includes('\0')) typeError('type name must not contain null characters');
    t.tp_name = s;
  }),
  get('__qualname__', (t) => newStr(typeQualname(t)), (o, v) => {
    const t = o as PyTypeObject;
    (t as { ht_qualname?: string }).ht_qualname = assignStr(t, '__qualname__', v);
  }),
  get('__bases__', (t) => newTuple([...(t.tp_bases ?? [])]), setBases),
  get('__module__', (t) => {
    if (isHeapType(t)) {
      const m = (t.tp_dict as PyDict).getItemStr('__module__');
      if (m === null) attributeError('__module__');
      return m;
    }
    return newStr(typeModuleName(t));
  }, (o, v) => {
    const t = o as PyTypeObject;
    heapOnly(t, '__module__');
    typeModified(t);
    if (v === null) typeError(`cannot delete '__module__' attribute of immutable type '${typeName(t)}'`);
    (t.tp_dict as PyDict).setItemStr('__module__', v);
  }),
  get('__dict__', (t) => new PyDictProxy(isHeapType(t) ? t.tp_dict as PyDict : staticTypeDict(t))),
  get('__doc__', (t) => {
    if (!isHeapType(t)) {
      const doc = t.tp_doc ?? layoutOf(t)?.[2] ?? null;
      return doc === null ? Py_None : newStr(doc);
    }
    const v = (t.tp_dict as PyDict).getItemStr('__doc__') ?? Py_None;
    const g = descrGetOf(v);
    return g === null ? v : g(v, null, t);
  }, (o, v) => {
    const t = o as PyTypeObject;
    heapOnly(t, '__doc__');
    if (v === null) typeError(`cannot delete '__doc__' attribute of immutable type '${typeName(t)}'`);
    (t.tp_dict as PyDict).setItemStr('__doc__', v);
    typeModified(t);
  }),
  get('__text_signature__', () => Py_None),
  get('__abstractmethods__', (t) => {
    const v = t === PyType_Type ? null : (t.tp_dict instanceof PyDict
      ? t.tp_dict.getItemStr('__abstractmethods__') : null);
    if (v === null) attributeError('__abstractmethods__');
    return v;
  }, (o, v) => {
    const t = o as PyTypeObject;
    const d = t.tp_dict as PyDict;
    const abstract = v !== null && currentInterpreter().hooks.isTrue(v);
    if (v === null) {
      if (!d.delItemStr('__abstractmethods__')) attributeError('__abstractmethods__');
    } else {
      d.setItemStr('__abstractmethods__', v);
    }
    const bit = 1 << 20;
    t.tp_flags = abstract ? (hasFlag(t.tp_flags, bit) ? t.tp_flags : t.tp_flags + bit)
      : (hasFlag(t.tp_flags, bit) ? t.tp_flags - bit : t.tp_flags);
    typeModified(t);
  }),
  get('__annotations__', (t) => {
    if (!isHeapType(t)) {
      attributeError(`type object '${typeName(t)}' has no attribute '__annotations__'`);
    }
    const d = t.tp_dict as PyDict;
    let a = d.getItemStr('__annotations__');
    if (a === null) {
      a = new PyDict();
      d.setItemStr('__annotations__', a);
    } else {
      const g = descrGetOf(a);
      if (g !== null) a = g(a, null, t);
    }
    return a;
  }, (o, v) => {
    const t = o as PyTypeObject;
    heapOnly(t, '__annotations__');
    const d = t.tp_dict as PyDict;
    if (v === null) {
      if (!d.delItemStr('__annotations__')) attributeError('__annotations__');
    } else {
      d.setItemStr('__annotations__', v);
    }
    typeModified(t);
  }),
  get('__type_params__', (t) => {
    const v = t.tp_dict instanceof PyDict ? t.tp_dict.getItemStr('__type_params__') : null;
    return v ?? newTuple([]);
  }, (o, v) => {
    const t = o as PyTypeObject;
    heapOnly(t, '__type_params__');
    if (!(v instanceof PyTuple)) {
      typeError(`__type_params__ must be set to a tuple, not ${v === null ? 'NULL'
        : typeName(v.ob_type)}`);
    }
    (t.tp_dict as PyDict).setItemStr('__type_params__', v);
    typeModified(t);
  }),
];

/**
 * `C.__bases__ = (...)`: allowed for classes whose new bases give a consistent MRO and the
 * same instance layout. @see Objects/typeobject.c type_set_bases
 */
function setBases(o: PyObject, v: PyObject | null): void {
  const t = o as PyTypeObject;
  heapOnly(t, '__bases__');
  if (v === null) typeError(`cannot delete '__bases__' attribute of immutable type '${typeName(t)}'`);
  if (!(v instanceof PyTuple)) {
    typeError(`can only assign tuple to ${typeName(t)}.__bases__, not ${typeName(v.ob_type)}`);
  }
  if (v.items.length === 0) {
    typeError(`can only assign non-empty tuple to ${typeName(t)}.__bases__, not ()`);
  }
  for (const b of v.items) {
    if (!(b instanceof PyTypeObject)) {
      typeError(`${typeName(t)}.__bases__ must be tuple of classes, not '${typeName(b.ob_type)}'`);
    }
    if (PyType_IsSubtype(b, t)) typeError('a __bases__ item causes an inheritance cycle');
  }
  const bases = v.items as PyTypeObject[];
  const newBase = bases.find((b) => itemsizeOf(b) === itemsizeOf(t)) ?? bases[0];
  const oldBase = t.tp_base!;
  if (newBase !== oldBase) {
    // compatible_for_assignment: the instances' memory must stay what it was.
    if (isHeapType(newBase) !== isHeapType(oldBase)) {
      typeError(`__bases__ assignment: '${typeName(newBase)}' deallocator differs from `
        + `'${typeName(oldBase)}'`);
    }
    if (itemsizeOf(newBase) !== itemsizeOf(oldBase)) {
      typeError(`__bases__ assignment: '${typeName(newBase)}' object layout differs from `
        + `'${typeName(oldBase)}'`);
    }
  }
  const mro = c3Linearise(t, bases);
  for (const b of t.tp_bases ?? []) {
    b.tp_subclasses = (b.tp_subclasses ?? []).filter((r) => r.deref() !== t);
  }
  t.tp_bases = bases;
  t.tp_mro = mro;
  t.tp_base = newBase;
  for (const b of bases) (b.tp_subclasses ??= []).push(new WeakRef(t));
  typeModified(t);
  for (const n of ['__add__', '__repr__', '__eq__', '__hash__', '__iter__', '__len__',
    '__getitem__', '__call__', '__init__', '__new__', '__getattr__', '__str__']) {
    updateSlot(t, n);
  }
}

// --- type's methods ------------------------------------------------------------------------------

function noArgs(name: string, args: PyObject[]): void {
  if (args.length !== 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

function oneArg(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Is `inst` an instance of `cls` by type or by its `__class__`? @see abstract.c object_isinstance */
export function recursiveIsInstance(inst: PyObject, cls: PyTypeObject): boolean {
  if (PyType_IsSubtype(inst.ob_type, cls)) return true;
  try {
    const c = currentInterpreter().hooks.getAttr(inst, newStr('__class__'));
    return c !== inst.ob_type && c instanceof PyTypeObject && PyType_IsSubtype(c, cls);
  } catch {
    return false;
  }
}

/** @see Objects/typeobject.c type_methods */
export const typeMethods: PyMethodDef[] = [
  { ml_name: 'mro', ml_meth: (self, args) => {
    noArgs('type.mro', args);
    const t = self as PyTypeObject;
    return new PyList(c3Linearise(t, t.tp_bases ?? []));
  } },
  { ml_name: '__subclasses__', ml_meth: (self, args) => {
    noArgs('type.__subclasses__', args);
    const out: PyObject[] = [];
    for (const r of (self as PyTypeObject).tp_subclasses ?? []) {
      const s = r.deref();
      if (s !== undefined && s.tp_bases?.includes(self as PyTypeObject) && !out.includes(s)) {
        out.push(s);
      }
    }
    return new PyList(out);
  } },
  { ml_name: '__instancecheck__', ml_meth: (self, args) => {
    const inst = oneArg('type.__instancecheck__', args);
    return recursiveIsInstance(inst, self as PyTypeObject) ? Py_True : Py_False;
  } },
  { ml_name: '__subclasscheck__', ml_meth: (self, args) => {
    const sub = oneArg('type.__subclasscheck__', args);
    if (!(sub instanceof PyTypeObject)) typeError('issubclass() arg 1 must be a class');
    return PyType_IsSubtype(sub, self as PyTypeObject) ? Py_True : Py_False;
  } },
  { ml_name: '__dir__', ml_meth: (self, args) => {
    noArgs('type.__dir__', args);
    return typeDir(self as PyTypeObject);
  } },
  { ml_name: '__sizeof__', ml_meth: (self, args) => {
    noArgs('type.__sizeof__', args);
    return newInt(isHeapType(self as PyTypeObject) ? 928 : 416);
  } },
];

/**
 * `type.__prepare__(name, bases, **kwds)`: the namespace a class body runs in; type's gives a
 * fresh dict. A class method, so metaclasses inherit it. @see typeobject.c type_prepare
 */
export const typePrepare: PyMethodDef = { ml_name: '__prepare__', ml_meth: () => new PyDict() };

/**
 * `object.__init_subclass__()`: the end of the `__init_subclass__` chain, which takes no
 * arguments (the class statement's keywords must all have been consumed by then).
 * @see Objects/typeobject.c object_init_subclass
 */
export const objectInitSubclass: PyMethodDef = {
  ml_name: '__init_subclass__',
  ml_meth: (cls, args, kw) => {
    if (kw !== null && (kw as PyDict).ma_used > 0) {
      typeError(`${typeName(cls as PyTypeObject)}.__init_subclass__() takes no keyword arguments`);
    }
    if (args.length > 0) {
      typeError(`${typeName(cls as PyTypeObject)}.__init_subclass__() takes no arguments `
        + `(${args.length} given)`);
    }
    return Py_None;
  },
};

/** `object.__subclasshook__(C)`: NotImplemented, no opinion. */
export const objectSubclasshook: PyMethodDef = {
  ml_name: '__subclasshook__',
  ml_meth: (_cls, args) => {
    oneArg('object.__subclasshook__', args);
    return Py_NotImplemented;
  },
};

/** object's `__class__`, now writable. @see Objects/typeobject.c object_getsets */
export const objectClassGetset: PyGetSetDef = {
  name: '__class__', get: (o) => o.ob_type, set: setClass,
  doc: "the object's class",
};

