// Mirrors super in Objects/typeobject.c (super_init, super_getattro, _PySuper_Lookup): a
// lookup that starts *after* a given class in the MRO of the object's class, and the
// zero-argument form, which reads the class from the method's `__class__` cell and the
// object from its first argument.

import { PyObject, PyTypeObject, PyType_IsSubtype, Py_TPFLAGS_BASETYPE, newStaticType,
  typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { typeError, runtimeError } from '@ceval/core/objects/exceptions';
import { currentInterpreter } from '@ceval/core/interpreter';
import type { Frame } from '@ceval/core/frame';
import { ownAttr, descrGetOf, genericGetAttr, noAttribute, getAttr } from './object.js';

/** `super`. @see Objects/typeobject.c PySuper_Type */
export const PySuper_Type: PyTypeObject = newStaticType('super', undefined, Py_TPFLAGS_BASETYPE);

/** @see Objects/typeobject.c superobject */
export class PySuper extends PyObject {
  declare type: PyTypeObject | null;
  declare obj: PyObject | null;
  declare objType: PyTypeObject | null;
  constructor(t: PyTypeObject) {
    super(t);
    this.type = this.obj = this.objType = null;
  }
}

/**
 * The class whose MRO the lookup walks: obj's class if obj is an instance of `type`, obj
 * itself if it is a subclass. @see Objects/typeobject.c supercheck
 */
export function superCheck(type: PyTypeObject, obj: PyObject): PyTypeObject {
  if (obj instanceof PyTypeObject && PyType_IsSubtype(obj, type)) return obj;
  if (PyType_IsSubtype(obj.ob_type, type)) return obj.ob_type;
  // An object may claim another class through __class__ (a proxy).
  try {
    const c = getAttr(obj, newStr('__class__'));
    if (c instanceof PyTypeObject && c !== obj.ob_type && PyType_IsSubtype(c, type)) return c;
  } catch { /* no usable __class__ */ }
  const what = obj instanceof PyTypeObject ? `type ${typeName(obj)}`
    : `instance of ${typeName(obj.ob_type)}`;
  typeError(`super(type, obj): obj (${what}) is not an instance or subtype of type `
    + `(${typeName(type)}).`);
}

/**
 * Find `name` in `startType`'s MRO after `type`, and bind it to `obj` (a class binds its
 * descriptors to nothing). Null when nothing after `type` has it.
 * @see Objects/typeobject.c _super_lookup_descr, super_getattro
 */
export function superLookup(type: PyTypeObject, obj: PyObject, startType: PyTypeObject,
  name: string): PyObject | null {
  const mro = startType.tp_mro ?? [startType];
  let i = mro.indexOf(type) + 1;
  if (i === 0) return null;
  for (; i < mro.length; i++) {
    const v = ownAttr(mro[i], name);
    if (v === null) continue;
    const get = descrGetOf(v);
    if (get === null) return v;
    return get(v, obj === startType ? null : obj, startType);
  }
  return null;
}

/**
 * The zero-argument form: the frame's first argument (or the cell holding it) is the object,
 * the `__class__` cell is the class. @see Objects/typeobject.c super_init_without_args
 */
export function superArgsFromFrame(f: Frame | null): [PyTypeObject, PyObject] {
  if (f === null) runtimeError('super(): no current frame');
  const exec = f.exec;
  const code = exec.code as { co_argcount: number; co_localspluskinds: Uint8Array };
  if (code.co_argcount === 0) runtimeError('super(): no arguments');
  const stack = (currentInterpreter() as unknown as { stack: (PyObject | null)[] }).stack;
  const kinds = code.co_localspluskinds;
  let first = stack[f.base];
  if (first !== null && first !== undefined && (kinds[0] & 0x40)
    && first.ob_type.tp_name === 'cell') {
    // The first argument was captured by a closure: its value lives in a cell.
    first = (first as unknown as { ref: PyObject | null }).ref;
  }
  if (first === null || first === undefined) runtimeError('super(): arg[0] deleted');
  let ci = -1;
  for (let i = 0; i < exec.nlocalsplus; i++) {
    if ((kinds[i] & 0x80) && exec.localsplusnames[i] === '__class__') ci = i;
  }
  if (ci < 0) runtimeError('super(): __class__ cell not found');
  const cell = stack[f.base + ci];
  const cls = cell === null || cell === undefined ? null
    : (cell as unknown as { ref: PyObject | null }).ref;
  if (cls === null) runtimeError('super(): empty __class__ cell');
  if (!(cls instanceof PyTypeObject)) {
    runtimeError(`super(): __class__ is not a type (${typeName(cls.ob_type)})`);
  }
  return [cls, first];
}

/** `super(type, obj)` / `super(type)` / `super()`. @see Objects/typeobject.c super_init */
function superInit(self: PyObject, args: PyObject[], kwargs: PyObject | null): void {
  const s = self as PySuper;
  const kw = kwargs as { ma_used?: number } | null;
  if (kw !== null && (kw.ma_used ?? 0) > 0) typeError('super() takes no keyword arguments');
  if (args.length > 2) typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let type: PyObject;
  let obj: PyObject | null = null;
  if (args.length === 0) {
    [type, obj] = superArgsFromFrame(currentInterpreter().currentFrame);
  } else {
    type = args[0];
    obj = args.length === 2 && args[1] !== Py_None ? args[1] : null;
  }
  if (!(type instanceof PyTypeObject)) {
    typeError(`super() argument 1 must be a type, not ${typeName(type.ob_type)}`);
  }
  s.type = type;
  s.obj = obj;
  s.objType = obj === null ? null : superCheck(type, obj);
}

/** `super().name`. @see Objects/typeobject.c super_getattro */
function superGetattro(o: PyObject, name: PyObject): PyObject {
  const s = o as PySuper;
  const n = name as PyUnicode;
  // `__class__` is the super object's own; everything else skips past `type`.
  if (s.objType !== null && n.value !== '__class__') {
    const r = superLookup(s.type!, s.obj!, s.objType, n.value);
    if (r !== null) return r;
  }
  return genericGetAttr(o, n);
}

/** A super object bound through a descriptor (`super(A).__get__(a)`). @see super_descr_get */
function superDescrGet(o: PyObject, obj: PyObject | null): PyObject {
  const s = o as PySuper;
  if (obj === null || obj === Py_None || s.obj !== null) return s;
  const r = new PySuper(s.ob_type);
  r.type = s.type;
  r.obj = obj;
  r.objType = superCheck(s.type!, obj);
  return r;
}

PySuper_Type.tp_new = (t) => new PySuper(t);
PySuper_Type.tp_init = superInit;
PySuper_Type.tp_getattro = superGetattro;
PySuper_Type.tp_descr_get = superDescrGet;
PySuper_Type.tp_repr = (o) => {
  const s = o as PySuper;
  // super_repr names the classes by tp_name (bare for a class), not by their repr.
  const t = s.type === null ? 'NULL' : `<class '${typeName(s.type)}'>`;
  if (s.objType === null) return newStr(`<super: ${t}, NULL>`);
  return newStr(`<super: ${t}, <${typeName(s.objType)} object>>`);
};
PySuper_Type.tp_getset = [
  { name: '__thisclass__', get: (o) => (o as PySuper).type ?? Py_None, set: null,
    doc: 'the class invoking super()' },
  { name: '__self__', get: (o) => (o as PySuper).obj ?? Py_None, set: null,
    doc: 'the instance invoking super(); may be None' },
  { name: '__self_class__', get: (o) => (o as PySuper).objType ?? Py_None, set: null,
    doc: 'the type of the instance invoking super(); may be None' },
];

/** The error `super().x` gives when nothing after the class has `x`. */
export function superNoAttribute(s: PyObject, name: PyUnicode): never {
  return noAttribute(s, name);
}
