// Mirrors Objects/methodobject.c: builtin functions and methods bound to their `self`
// (`builtin_function_or_method`). A builtin is a host function over PyObjects.

import { PyObject, PyTypeObject, newStaticType, addressText } from '../object.js';
import { newStr } from '../objects/unicodeobject.js';
import { Py_None, Py_NotImplemented } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';

/**
 * A builtin's host function: positional then keyword values in `args`, keyword names in
 * `kwnames` (null when there are none), like METH_FASTCALL | METH_KEYWORDS.
 */
export type BuiltinFn = (args: PyObject[], kwnames: string[] | null) => PyObject;

/** `builtin_function_or_method`. @see Objects/methodobject.c PyCFunction_Type */
export const PyCFunction_Type: PyTypeObject = newStaticType('builtin_function_or_method');

/** A builtin function (`self` null) or a builtin method bound to `self`. */
export class PyCFunction extends PyObject {
  name: string;
  fn: BuiltinFn;
  self: PyObject | null;
  /** The module name shown in repr ("builtins", "sys" ...), for module-level functions. */
  module: string | null;
  constructor(name: string, fn: BuiltinFn, self: PyObject | null, module: string | null = null) {
    super(PyCFunction_Type);
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.module = module;
  }
}

/** Call a builtin. @see Objects/methodobject.c cfunction_vectorcall_FASTCALL_KEYWORDS */
export function cfunctionCall(f: PyCFunction, args: PyObject[], kwnames: string[] | null):
  PyObject {
  return f.fn(args, kwnames);
}

PyCFunction_Type.tp_repr = (o) => {
  const f = o as PyCFunction;
  // A module's functions carry the module as self; they still print as functions.
  if (f.self === null || f.module !== null) return newStr(`<built-in function ${f.name}>`);
  const t = f.self.ob_type.tp_name;
  return newStr(`<built-in method ${f.name} of ${t} object at ${addressText(f.self)}>`);
};

/**
 * What a builtin shows of itself: `__name__`; `__qualname__` (`list.append` for a method,
 * the name for a function); `__self__` (the object a method is bound to, the module a
 * function belongs to); `__module__` (the module's name for a function, None for a method).
 * @see Objects/methodobject.c meth_getsets, meth_members
 */
function isModuleFunction(f: PyCFunction): boolean {
  return f.self === null || f.module !== null;
}

PyCFunction_Type.tp_getset = [
  { name: '__name__', get: (o) => newStr((o as PyCFunction).name), set: null },
  { name: '__qualname__', get: (o) => {
    const f = o as PyCFunction;
    if (isModuleFunction(f)) return newStr(f.name);
    // A method bound to a type (a classmethod like dict.fromkeys) names that type.
    const owner = f.self instanceof PyTypeObject ? f.self : f.self!.ob_type;
    return newStr(`${typeNameOf(owner)}.${f.name}`);
  }, set: null },
  { name: '__self__', get: (o) => (o as PyCFunction).self ?? Py_None, set: null },
  { name: '__module__', get: (o) => {
    const f = o as PyCFunction;
    return isModuleFunction(f) && f.module !== null ? newStr(f.module) : Py_None;
  }, set: null },
  { name: '__text_signature__', get: () => Py_None, set: null },
];

function typeNameOf(t: PyTypeObject): string {
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? t.tp_name : t.tp_name.slice(i + 1);
}

/**
 * Two bound builtins are equal when they are the same method of the same object (the same
 * self, by identity). @see Objects/methodobject.c meth_richcompare
 */
PyCFunction_Type.tp_richcompare = (a, b, op) => {
  if ((op !== 2 && op !== 3) || !(a instanceof PyCFunction) || !(b instanceof PyCFunction)) {
    return Py_NotImplemented;
  }
  const eq = a === b || (a.self === b.self && a.name === b.name && a.self !== null
    && a.module === b.module);
  return (eq === (op === 2)) ? Py_True : Py_False;
};
