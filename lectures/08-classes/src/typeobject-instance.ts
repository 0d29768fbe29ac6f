// Mirrors what Objects/typeobject.c gives instances of classes: their memory (object_new
// for a heap type: a `__dict__`, and a value per name in `__slots__`), the member
// descriptors of `__slots__`, the `__dict__` and `__weakref__` getsets, object's repr and
// `__class__` assignment (object_set_class and its layout checks).

import { PyObject, PyTypeObject, addressText, typeName,
  type PyGetSetDef } from '@ceval/core/object';
import { newStr, PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { typeError, attributeError, PyAttributeErrorObject, newException, PyExc_AttributeError }
  from '@ceval/core/objects/exceptions';
import { isHeapType, instanceDictForWrite, typeHasDict } from './object.js';

/**
 * An instance of a class whose bases are plain objects: a header, maybe a `__dict__`, and one
 * cell per name in `__slots__` (CPython puts those in the struct; ceval in an array).
 */
export class PyInstance extends PyObject {
  declare dict: PyDict | null;
  declare slots: (PyObject | null)[] | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.dict = null;
    this.slots = null;
  }
}

/** `object.__new__(cls)` for a class. @see Objects/typeobject.c object_new, PyType_GenericAlloc */
export function allocInstance(t: PyTypeObject): PyObject {
  return new PyInstance(t);
}

// --- __slots__ ---------------------------------------------------------------------------------

function slotArray(o: PyObject): (PyObject | null)[] {
  const h = o as { slots?: (PyObject | null)[] | null };
  if (h.slots === null || h.slots === undefined) h.slots = [];
  return h.slots;
}

function noSlotValue(o: PyObject, name: string): never {
  const e = newException(PyExc_AttributeError,
    [newStr(`'${typeName(o.ob_type)}' object has no attribute '${name}'`)]);
  if (e instanceof PyAttributeErrorObject) {
    e.name = newStr(name);
    e.obj = o;
  }
  throw e;
}

/**
 * The member behind one name of `__slots__`: reading an unset slot is an AttributeError,
 * as is deleting one. @see Objects/descrobject.c member_get, Python/structmember.c
 */
export function slotMember(name: string, index: number): PyGetSetDef {
  return {
    name,
    get: (o) => {
      const v = slotArray(o)[index];
      if (v === null || v === undefined) noSlotValue(o, name);
      return v;
    },
    set: (o, v) => {
      const a = slotArray(o);
      if (v === null && (a[index] === null || a[index] === undefined)) {
        // Deleting an unset slot: member_set's AttributeError carries just the name.
        throw newException(PyExc_AttributeError, [newStr(name)]);
      }
      a[index] = v;
    },
  };
}

// --- __dict__ and __weakref__ ------------------------------------------------------------------

/** The `__dict__` getset of a class's instances. @see typeobject.c subtype_dict, subtype_setdict */
export function dictGetset(): PyGetSetDef {
  return {
    name: '__dict__',
    get: (o) => instanceDictForWrite(o) ?? attributeError(
      `'${typeName(o.ob_type)}' object has no attribute '__dict__'`),
    set: (o, v) => {
      if (v !== null && !(v instanceof PyDict)) {
        typeError(`__dict__ must be set to a dictionary, not a '${typeName(v.ob_type)}'`);
      }
      (o as { dict?: PyDict | null }).dict = v as PyDict | null;
    },
    doc: 'dictionary for instance variables',
  };
}

/** ceval has no weak references to a class's instances yet: `__weakref__` reads None. */
export function weakrefGetset(): PyGetSetDef {
  return { name: '__weakref__', get: () => Py_None, set: null,
    doc: 'list of weak references to the object' };
}

// --- object's repr and __class__ -----------------------------------------------------------------

/** The module a type says it belongs to, as text. */
export function typeModuleName(t: PyTypeObject): string {
  if (isHeapType(t) && t.tp_dict instanceof PyDict) {
    const m = t.tp_dict.getItemStr('__module__');
    return m instanceof PyUnicode ? m.value : 'builtins';
  }
  if (t.tp_module !== null) return t.tp_module;
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? 'builtins' : t.tp_name.slice(0, i);
}

/** `__qualname__` of a type. */
export function typeQualname(t: PyTypeObject): string {
  const q = (t as { ht_qualname?: string }).ht_qualname;
  return q ?? typeName(t);
}

/** `<__main__.A object at 0x...>`. @see Objects/typeobject.c object_repr */
export function objectRepr(o: PyObject): PyObject {
  const t = o.ob_type;
  const m = typeModuleName(t);
  const q = typeQualname(t);
  const name = m === 'builtins' ? q : `${m}.${q}`;
  return newStr(`<${name} object at ${addressText(o)}>`);
}

/** `<class '__main__.A'>`. @see Objects/typeobject.c type_repr */
export function typeRepr(o: PyObject): PyObject {
  const t = o as PyTypeObject;
  const m = typeModuleName(t);
  const q = typeQualname(t);
  return newStr(m === 'builtins' ? `<class '${q}'>` : `<class '${m}.${q}'>`);
}

/**
 * `obj.__class__ = B`: only between classes (not built-in types, apart from module
 * subclasses) whose instances have the same layout. @see typeobject.c object_set_class,
 * compatible_for_assignment
 */
export function setClass(o: PyObject, v: PyObject | null): void {
  if (v === null) typeError("can't delete __class__ attribute");
  if (!(v instanceof PyTypeObject)) {
    typeError(`__class__ must be set to a class, not '${typeName(v.ob_type)}' object`);
  }
  const old = o.ob_type;
  if (!isHeapType(v) || !isHeapType(old)) {
    typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  if (!sameLayout(old, v)) {
    typeError(`__class__ assignment: '${typeName(v)}' object layout differs from `
      + `'${typeName(old)}'`);
  }
  o.ob_type = v;
}

function nonHeapBase(t: PyTypeObject): PyTypeObject {
  let c: PyTypeObject = t;
  while (isHeapType(c) && c.tp_base !== null && !ownsSlots(c)) c = c.tp_base;
  return c;
}

function ownsSlots(t: PyTypeObject): boolean {
  return ((t as { ht_slots?: string[] | null }).ht_slots?.length ?? 0) > 0;
}

function sameLayout(a: PyTypeObject, b: PyTypeObject): boolean {
  const ba = nonHeapBase(a);
  const bb = nonHeapBase(b);
  if (ba !== bb) {
    if (!isHeapType(ba) && !isHeapType(bb)) return false;
    const sa = (ba as { ht_slots?: string[] | null }).ht_slots ?? [];
    const sb = (bb as { ht_slots?: string[] | null }).ht_slots ?? [];
    if (sa.join() !== sb.join() || ba.tp_base !== bb.tp_base) return false;
  }
  return typeHasDict(a) === typeHasDict(b);
}

