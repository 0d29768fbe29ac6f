// Mirrors Objects/funcobject.c: the function object in full. Core's MAKE_FUNCTION makes a bare
// PyFunction (code + globals); this file owns SET_FUNCTION_ATTRIBUTE, every attribute Python
// shows on a function (func_getsetlist, func_memberlist), its setattr and its tp_call.

import { PyObject, PyTypeObject, PyGetSetDef } from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyUnicode, internStr } from '@ceval/core/objects/unicodeobject';
import { PyTuple, Py_EmptyTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyCode } from '@ceval/core/objects/codeobject';
import { PyExc_TypeError, PyExc_AttributeError, PyExc_ValueError, newExceptionMsg }
  from '@ceval/core/objects/exceptions';
import { PyFunction, PyFunction_Type } from '@ceval/core/runtime/funcobject';
import { codeExecFor, callFunction } from '@ceval/core/ceval';
import { currentInterpreter } from '@ceval/core/interpreter';
import type { InstrHandler } from '@ceval/core/lecture';

export { PyFunction, PyFunction_Type };

/** Fields CPython's PyFunctionObject has that core's minimal one leaves out. */
interface FuncExtra {
  /** func_typeparams: set by INTRINSIC_SET_FUNCTION_TYPE_PARAMS for `def f[T]()`. */
  typeParams?: PyObject | null;
  /** True once `__doc__` was assigned; until then it is read from co_consts[0]. */
  docSet?: boolean;
}

/**
 * The flags SET_FUNCTION_ATTRIBUTE's oparg carries (a plain object, not a const enum, so
 * other packages can read it at run time). @see Include/internal/pycore_opcode_utils.h
 */
export const FuncAttr = { DEFAULTS: 0x01, KWDEFAULTS: 0x02, ANNOTATIONS: 0x04, CLOSURE: 0x08 };

/**
 * SET_FUNCTION_ATTRIBUTE flag: (attr, func -- func). The caller built the attribute (the
 * defaults tuple, the kwdefaults dict, the annotations tuple, the tuple of cells) before
 * MAKE_FUNCTION; this only stores it in the right field.
 * @see Python/bytecodes.c SET_FUNCTION_ATTRIBUTE
 */
export const setFunctionAttribute: InstrHandler = (interp, _frame, oparg, sp) => {
  const stack = interp.stack as (PyObject | null)[];
  const func = stack[sp - 1] as PyFunction;
  const attr = stack[sp - 2] as PyObject;
  switch (oparg) {
    case 0x01: func.defaults = attr; break; // FuncAttr.DEFAULTS
    case 0x02: func.kwdefaults = attr; break; // FuncAttr.KWDEFAULTS
    case 0x04: func.annotations = attr; break; // FuncAttr.ANNOTATIONS
    case 0x08: func.closure = attr; break; // FuncAttr.CLOSURE
    default: throw newExceptionMsg(PyExc_ValueError, `bad SET_FUNCTION_ATTRIBUTE ${oparg}`);
  }
  stack[sp - 2] = func;
  stack[sp - 1] = null;
  return sp - 1;
};

/** INTRINSIC_SET_FUNCTION_TYPE_PARAMS: (func, type_params) -> func. @see intrinsics.c */
export function setFunctionTypeParams(func: PyObject, params: PyObject): PyObject {
  (func as PyFunction & FuncExtra).typeParams = params;
  return func;
}

function fn(o: PyObject): PyFunction {
  return o as PyFunction;
}

function mustBe(what: string, kind: string): never {
  throw newExceptionMsg(PyExc_TypeError, `${what} must be set to a ${kind} object`);
}

function readonly(): never {
  throw newExceptionMsg(PyExc_AttributeError, 'readonly attribute');
}

/**
 * __annotations__: 3.13's compiler hands MAKE_FUNCTION a flat tuple (name, value, name,
 * value ...) so that functions nobody inspects never build a dict; the getter builds it
 * on first use. @see Objects/funcobject.c func_get_annotation_dict
 */
export function funcGetAnnotations(o: PyObject): PyObject {
  const f = fn(o);
  let a = f.annotations;
  if (a === null || a === Py_None) {
    a = new PyDict();
  } else if (a instanceof PyTuple) {
    const d = new PyDict();
    for (let i = 0; i + 1 < a.items.length; i += 2) {
      d.setItem(a.items[i], a.items[i + 1]);
    }
    a = d;
  }
  f.annotations = a;
  return a;
}

/** The function's instance dict, made on first use. @see PyObject_GenericGetDict */
export function funcGetDict(o: PyObject): PyDict {
  const f = fn(o);
  if (f.dict === null) f.dict = new PyDict();
  return f.dict;
}

function setCode(o: PyObject, v: PyObject | null): void {
  const f = fn(o);
  if (v === null || !(v instanceof PyCode)) mustBe('__code__', 'code');
  const nfree = v.co_freevars.length;
  const nclosure = f.closure instanceof PyTuple ? f.closure.items.length : 0;
  if (nfree !== nclosure) {
    throw newExceptionMsg(PyExc_ValueError, `${f.name}() requires a code object with `
      + `${nclosure} free vars, not ${nfree}`);
  }
  f.code = v;
  f.exec = codeExecFor(currentInterpreter(), v);
}

/**
 * The attributes of a function, as Python sees them. CPython splits these between
 * getset descriptors (computed or checked on set) and member descriptors (plain fields);
 * to a program the difference shows only in `type(function.__dict__[name])`.
 * @see Objects/funcobject.c func_getsetlist, func_memberlist
 */
export const funcGetSet: PyGetSetDef[] = [
  {
    name: '__code__', get: (o) => fn(o).code, set: setCode,
  },
  {
    name: '__defaults__',
    get: (o) => fn(o).defaults ?? Py_None,
    set: (o, v) => {
      if (v === Py_None) v = null;
      if (v !== null && !(v instanceof PyTuple)) mustBe('__defaults__', 'tuple');
      fn(o).defaults = v;
    },
  },
  {
    name: '__kwdefaults__',
    get: (o) => fn(o).kwdefaults ?? Py_None,
    set: (o, v) => {
      if (v === Py_None) v = null;
      if (v !== null && !(v instanceof PyDict)) mustBe('__kwdefaults__', 'dict');
      fn(o).kwdefaults = v;
    },
  },
  {
    name: '__annotations__',
    get: funcGetAnnotations,
    set: (o, v) => {
      if (v === Py_None) v = null;
      if (v !== null && !(v instanceof PyDict)) mustBe('__annotations__', 'dict');
      fn(o).annotations = v;
    },
  },
  {
    name: '__dict__',
    get: funcGetDict,
    set: (o, v) => {
      if (v === null) throw newExceptionMsg(PyExc_TypeError, 'cannot delete __dict__');
      if (!(v instanceof PyDict)) {
        throw newExceptionMsg(PyExc_TypeError,
          `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
      }
      fn(o).dict = v;
    },
  },
  {
    name: '__name__',
    get: (o) => internStr(fn(o).name),
    set: (o, v) => {
      if (!(v instanceof PyUnicode)) mustBe('__name__', 'string');
      fn(o).name = v.value;
    },
  },
  {
    name: '__qualname__',
    get: (o) => internStr(fn(o).qualname),
    set: (o, v) => {
      if (!(v instanceof PyUnicode)) mustBe('__qualname__', 'string');
      fn(o).qualname = v.value;
    },
  },
  {
    name: '__type_params__',
    get: (o) => (fn(o) as PyFunction & FuncExtra).typeParams ?? Py_EmptyTuple,
    set: (o, v) => {
      if (v === null || !(v instanceof PyTuple)) {
        throw newExceptionMsg(PyExc_TypeError, '__type_params__ must be set to a tuple');
      }
      (fn(o) as PyFunction & FuncExtra).typeParams = v;
    },
  },
];

/**
 * func_memberlist: plain fields, so they show as member descriptors in `type(f).__dict__`.
 * __closure__, __globals__, __builtins__ are READONLY.
 * @see Objects/funcobject.c func_memberlist
 */
export const funcMembers: PyGetSetDef[] = [
  { name: '__closure__', get: (o) => fn(o).closure ?? Py_None, set: readonly },
  { name: '__globals__', get: (o) => fn(o).globals, set: readonly },
  { name: '__builtins__', get: (o) => fn(o).builtins, set: readonly },
  { name: '__module__', get: (o) => fn(o).module, set: (o, v) => { fn(o).module = v ?? Py_None; } },
  {
    // Read lazily from the code object unless a program assigned it.
    name: '__doc__',
    get: (o) => ((o as FuncExtra).docSet === true ? fn(o).doc : funcDocFromCode(fn(o).code)),
    set: (o, v) => { fn(o).doc = v ?? Py_None; (o as FuncExtra).docSet = true; },
  },
];

/**
 * The docstring: 3.13's compiler makes co_consts[0] the docstring, or None when there is
 * none, so PyFunction_New reads it from there.
 * @see Objects/funcobject.c _PyFunction_FromConstructor
 */
export function funcDocFromCode(code: PyObject): PyObject {
  const consts = (code as { co_consts?: unknown }).co_consts;
  const items = Array.isArray(consts) ? consts as PyObject[]
    : consts instanceof PyTuple ? consts.items : [];
  // Lambdas and functions without a docstring start with None; a str there is the doc.
  const first = items.length > 0 ? items[0] : null;
  return first instanceof PyUnicode ? first : Py_None;
}

/**
 * Setting an attribute: the descriptors above first (data descriptors win), then the
 * instance dict, made on demand. @see Objects/object.c PyObject_GenericSetAttr
 */
export function funcSetAttro(o: PyObject, name: PyObject, v: PyObject | null): void {
  const s = (name as PyUnicode).value;
  for (const g of [...funcGetSet, ...funcMembers]) {
    if (g.name === s) {
      if (g.set === null) readonly();
      g.set(o, v);
      return;
    }
  }
  const d = funcGetDict(o);
  if (v === null) {
    if (!d.delItemStr(s)) {
      throw newExceptionMsg(PyExc_AttributeError, `'function' object has no attribute '${s}'`);
    }
  } else {
    d.setItemStr(s, v);
  }
}

/**
 * tp_call: the generic entry (positional list + kwargs dict). Fast callers never come here:
 * CALL pushes a frame inline and host code uses vectorcall. @see Objects/call.c PyVectorcall_Call
 */
export function funcCall(callable: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const all = args.slice();
  let names: string[] | null = null;
  if (kwargs instanceof PyDict && kwargs.ma_used > 0) {
    names = [];
    for (const e of kwargs.entries()) {
      names.push((e.key as PyUnicode).value);
      all.push(e.value);
    }
  }
  return callFunction(currentInterpreter(), callable as PyFunction, all, names);
}

export type { PyTypeObject };
