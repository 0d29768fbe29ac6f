// Mirrors the class instructions of Python/bytecodes.c: LOAD_BUILD_CLASS, LOAD_LOCALS,
// SETUP_ANNOTATIONS, LOAD_SUPER_ATTR, and the `with` statement's BEFORE_WITH and
// WITH_EXCEPT_START (plus EXIT_INIT_CHECK, the check behind CALL_ALLOC_AND_ENTER_INIT).

import { PyObject, PyTypeObject, typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { typeError, systemError, newExceptionMsg, PyExc_NameError, PyBaseException }
  from '@ceval/core/objects/exceptions';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { mappingGet } from '@ceval/core/ceval-helpers';
import type { Interpreter } from '@ceval/core/interpreter';
import type { Frame } from '@ceval/core/frame';
import { lookupSpecial, getAttr, noAttribute } from './object.js';
import { PyMethodDescr } from './descrobject.js';
import { PySuper_Type, superCheck, superLookup } from './super.js';
import { ownAttr } from './object.js';

type Stack = (PyObject | null)[];

// LOAD_BUILD_CLASS: push(builtins.__build_class__)
export function loadBuildClass(interp: Interpreter, f: Frame, _oparg: number, sp: number): number {
  const bc = mappingGet(f.builtins, '__build_class__', newStr('__build_class__'));
  if (bc === null) throw newExceptionMsg(PyExc_NameError, '__build_class__ not found');
  interp.stack[sp] = bc;
  return sp + 1;
}

// LOAD_LOCALS: push(f_locals) — a class body hands its namespace to the annotation scope.
export function loadLocals(interp: Interpreter, f: Frame, _oparg: number, sp: number): number {
  if (f.locals === null) systemError('no locals found');
  interp.stack[sp] = f.locals;
  return sp + 1;
}

/**
 * SETUP_ANNOTATIONS: make sure the namespace has an `__annotations__` dict before the first
 * annotated assignment of a module or class body stores into it.
 */
export function setupAnnotations(interp: Interpreter, f: Frame, _oparg: number, sp: number):
  number {
  const loc = f.locals;
  if (loc === null) systemError('no locals found when setting up annotations');
  if (loc instanceof PyDict) {
    if (loc.getItemStr('__annotations__') === null) loc.setItemStr('__annotations__', new PyDict());
    return sp;
  }
  const key = newStr('__annotations__');
  if (mappingGet(loc, '__annotations__', key) === null) {
    interp.callObject(getAttr(loc, newStr('__setitem__')), [key, new PyDict()], null);
  }
  return sp;
}

/**
 * LOAD_SUPER_ATTR i: `super().name` without making a super object: stack holds the global
 * `super`, the class (the `__class__` cell) and self. Bit 0 asks for the method form, bit 1
 * says the call passes two arguments, i >> 2 indexes co_names.
 * @see Python/bytecodes.c LOAD_SUPER_ATTR, Objects/typeobject.c _PySuper_Lookup
 */
export function loadSuperAttr(interp: Interpreter, f: Frame, oparg: number, sp: number): number {
  const s: Stack = interp.stack;
  const globalSuper = s[sp - 3] as PyObject;
  const cls = s[sp - 2] as PyObject;
  const self = s[sp - 1] as PyObject;
  const nameObj = f.exec.nameObjs[oparg >> 2] as PyUnicode;
  const name = nameObj.value;
  const method = (oparg & 1) !== 0;
  let attr: PyObject;
  let selfOrNull: PyObject | null = null;
  if (globalSuper === PySuper_Type && cls instanceof PyTypeObject) {
    const start = superCheck(cls, self);
    const raw = method ? rawSuper(cls, start, name) : null;
    if (raw !== null && (raw instanceof PyFunction || raw instanceof PyMethodDescr)) {
      // The method form keeps the function unbound and passes self to the CALL.
      attr = raw;
      selfOrNull = self;
    } else {
      const r = superLookup(cls, self, start, name);
      if (r === null) {
        const sup = interp.callObject(PySuper_Type, [cls, self], null);
        return finish(s, sp, noAttribute(sup, nameObj), null, method);
      }
      attr = r;
    }
  } else {
    const sup = interp.callObject(globalSuper, oparg & 2 ? [cls, self] : [], null);
    attr = getAttr(sup, nameObj);
  }
  return finish(s, sp, attr, selfOrNull, method);
}

function rawSuper(cls: PyTypeObject, start: PyTypeObject, name: string): PyObject | null {
  const mro = start.tp_mro ?? [start];
  for (let i = mro.indexOf(cls) + 1; i > 0 && i < mro.length; i++) {
    const v = ownAttr(mro[i], name);
    if (v !== null) return v;
  }
  return null;
}

function finish(s: Stack, sp: number, attr: PyObject, self: PyObject | null, method: boolean):
  number {
  s[sp - 3] = attr;
  s[sp - 1] = null;
  if (method) {
    s[sp - 2] = self;
    return sp - 1;
  }
  s[sp - 2] = null;
  return sp - 2;
}

/**
 * BEFORE_WITH: mgr = pop(); push(mgr.__exit__ bound); push(mgr.__enter__()). Both are
 * special methods, looked up on the type. @see Python/bytecodes.c BEFORE_WITH
 */
export function beforeWith(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s: Stack = interp.stack;
  const mgr = s[sp - 1] as PyObject;
  const enter = lookupSpecial(mgr, '__enter__');
  if (enter === null) {
    typeError(`'${typeName(mgr.ob_type)}' object does not support the context manager protocol`);
  }
  const exit = lookupSpecial(mgr, '__exit__');
  if (exit === null) {
    typeError(`'${typeName(mgr.ob_type)}' object does not support the context manager protocol `
      + '(missed __exit__ method)');
  }
  s[sp - 1] = exit;
  s[sp] = interp.callObject(enter, [], null);
  return sp + 1;
}

/**
 * WITH_EXCEPT_START: with the exception on top and `__exit__` three below it, push
 * `__exit__(type(exc), exc, exc.__traceback__)`; a true result swallows the exception.
 * @see Python/bytecodes.c WITH_EXCEPT_START
 */
export function withExceptStart(interp: Interpreter, _f: Frame, _oparg: number, sp: number):
  number {
  const s: Stack = interp.stack;
  const exitFunc = s[sp - 4] as PyObject;
  const val = s[sp - 1] as PyObject;
  const tb = val instanceof PyBaseException ? (val.traceback ?? Py_None) : Py_None;
  s[sp] = interp.callObject(exitFunc, [val.ob_type, val, tb], null);
  return sp + 1;
}

// EXIT_INIT_CHECK: an __init__ run inline by CALL_ALLOC_AND_ENTER_INIT must return None.
export function exitInitCheck(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const v = interp.stack[sp - 1] as PyObject;
  if (v !== Py_None) typeError(`__init__() should return None, not '${typeName(v.ob_type)}'`);
  interp.stack[sp - 1] = null;
  return sp - 1;
}
