// Mirrors the minimal core of Objects/funcobject.c that lecture 02 needs to call a Python
// function at all: MAKE_FUNCTION's result. Lecture 06 owns functions in full (defaults,
// closures, attributes, argument binding); it extends this class rather than replacing it.

import { PyObject, PyTypeObject, newStaticType, addressText } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newStr } from '../objects/unicodeobject.js';
import type { PyDict } from '../objects/dictobject.js';
import type { CodeExec } from '../ceval-code.js';

/** `function`. @see Objects/funcobject.c PyFunction_Type */
export const PyFunction_Type: PyTypeObject = newStaticType('function');

/**
 * A Python function: code + the globals it was defined in (+ builtins, taken from those
 * globals when the function is made). MINIMAL (lecture 02): the fields lecture 06 fills are
 * present so it can bind defaults and closures without changing the eval loop.
 * @see Include/cpython/funcobject.h PyFunctionObject
 */
export class PyFunction extends PyObject {
  code: PyObject;
  /** The code's executable form on the VM that made the function. */
  exec: CodeExec;
  globals: PyDict;
  builtins: PyDict;
  name: string;
  qualname: string;
  /** func_defaults / func_kwdefaults / func_closure: set by SET_FUNCTION_ATTRIBUTE (06). */
  defaults: PyObject | null = null;
  kwdefaults: PyObject | null = null;
  closure: PyObject | null = null;
  annotations: PyObject | null = null;
  doc: PyObject = Py_None;
  module: PyObject = Py_None;
  dict: PyDict | null = null;
  constructor(code: PyObject, exec: CodeExec, globals: PyDict, builtins: PyDict) {
    super(PyFunction_Type);
    this.code = code;
    this.exec = exec;
    this.globals = globals;
    this.builtins = builtins;
    this.name = exec.name;
    this.qualname = exec.qualname;
    const m = globals.getItemStr('__name__');
    if (m !== null) this.module = m;
  }
}

PyFunction_Type.tp_repr = (o) => newStr(
  `<function ${(o as PyFunction).qualname} at ${addressText(o)}>`);
