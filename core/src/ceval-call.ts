// Mirrors the frame-pushing and calling half of Python/ceval.c and Objects/call.c: making a
// frame for a code object on the data stack (_PyFrame_PushUnchecked), binding arguments
// (initialize_locals), and the host boundary where a builtin calls back into Python.

import type { PyObject } from './object.js';
import { PyUnicode } from './objects/unicodeobject.js';
import { PyTuple } from './objects/tupleobject.js';
import { PyDict } from './objects/dictobject.js';
import { PyExc_TypeError, PyExc_SystemError, newExceptionMsg } from './objects/exceptions.js';
import { Frame } from './frame.js';
import { CodeExec } from './ceval-code.js';
import type { Interpreter } from './interpreter.js';
import { lectureLabel } from './lecture.js';
import { PyFunction } from './runtime/funcobject.js';
import { evalFrameDefault } from './ceval.js';

/** Get the executable form of a code object on this VM (made once, kept on the code). */
export function codeExecFor(interp: Interpreter, code: PyObject): CodeExec {
  const c = code as unknown as { _exec?: CodeExec; _execVm?: Interpreter };
  if (c._exec !== undefined && c._execVm === interp) return c._exec;
  const e = new CodeExec(code, interp.enabled);
  c._exec = e;
  c._execVm = interp;
  return e;
}

/**
 * Push a frame for `exec` on the data stack: localsplus cleared to NULL, value stack empty.
 * @see Include/internal/pycore_frame.h _PyFrame_PushUnchecked, _PyFrame_Initialize
 */
export function pushFrame(interp: Interpreter, exec: CodeExec, func: PyObject | null,
  globals: PyObject, builtins: PyObject, locals: PyObject | null, previous: Frame | null): Frame {
  const base = interp.stackTop;
  const size = exec.framesize;
  if (base + size > interp.stack.length) interp.ensureStack(size + 1024);
  const stack = interp.stack;
  for (let i = base, end = base + exec.nlocalsplus; i < end; i++) stack[i] = null;
  interp.stackTop = base + size;
  const f = new Frame(exec, func, globals, builtins, locals, previous, base);
  f.sp = base + exec.nlocalsplus;
  return f;
}

/**
 * Lecture 02's argument binding: exactly `argcount` positional arguments. Lecture 06 installs
 * the full rules (defaults, keywords, *args, **kwargs, CPython's messages) as `interp.bindArgs`.
 * @see Python/ceval.c initialize_locals
 */
export function bindArgsMinimal(interp: Interpreter, func: PyFunction, f: Frame,
  args: (PyObject | null)[], start: number, nargs: number, kwnames: PyObject | null): void {
  const exec = func.exec;
  if (kwnames !== null || !exec.simpleArgs || func.defaults !== null) {
    throw newExceptionMsg(PyExc_SystemError, `calling ${exec.qualname}() with keywords, `
      + `defaults or */** parameters needs argument binding, which arrives in ${lectureLabel(6)}`);
  }
  const want = exec.argcount;
  if (nargs !== want) {
    if (nargs > want) {
      throw newExceptionMsg(PyExc_TypeError, `${exec.qualname}() takes ${want} positional `
        + `argument${want === 1 ? '' : 's'} but ${nargs} ${nargs === 1 ? 'was' : 'were'} given`);
    }
    const missing = exec.localsplusnames.slice(nargs, want).map((n) => `'${n}'`);
    const k = missing.length;
    const list = k === 1 ? missing[0] : k === 2 ? `${missing[0]} and ${missing[1]}`
      : `${missing.slice(0, -1).join(', ')}, and ${missing[k - 1]}`;
    throw newExceptionMsg(PyExc_TypeError, `${exec.qualname}() missing ${k} required `
      + `positional argument${k === 1 ? '' : 's'}: ${list}`);
  }
  const stack = interp.stack;
  const base = f.base;
  for (let i = 0; i < nargs; i++) stack[base + i] = args[start + i];
}

/** The binder in use; lecture 06 replaces it through `setup`. */
export type BindArgs = typeof bindArgsMinimal;

/**
 * Make a frame for a call of a Python function with arguments `args[start..start+nargs)`
 * (keyword values last, names in `kwnames`).
 * @see Python/ceval.c _PyEvalFramePushAndInit
 */
export function initFunctionFrame(interp: Interpreter, func: PyFunction,
  args: (PyObject | null)[], start: number, nargs: number, kwnames: PyObject | null,
  previous: Frame | null): Frame {
  const exec = func.exec;
  const f = pushFrame(interp, exec, func, func.globals, func.builtins, null, previous);
  try {
    if (kwnames === null && nargs === exec.argcount && exec.simpleArgs) {
      // CALL_PY_EXACT_ARGS: copy the arguments straight into the new frame's locals.
      const stack = interp.stack;
      const base = f.base;
      for (let i = 0; i < nargs; i++) stack[base + i] = args[start + i];
    } else {
      (interp.bindArgs ?? bindArgsMinimal)(interp, func, f, args, start, nargs, kwnames);
    }
  } catch (e) {
    interp.stackTop = f.base;
    throw e;
  }
  return f;
}

/**
 * Call a Python function from host code: the host boundary where the loop recurses.
 * @see Python/ceval.c _PyEval_Vector
 */
export function callFunction(interp: Interpreter, func: PyFunction, args: PyObject[],
  kwnames: string[] | null): PyObject {
  const kw = kwnames === null || kwnames.length === 0 ? null
    : new PyTuple(kwnames.map((s) => new PyUnicode(s)));
  const f = initFunctionFrame(interp, func, args, 0, args.length, kw, interp.currentFrame);
  return evalFrameDefault(interp, f);
}

/** Run a module or class body with `locals` as its namespace. @see Python/ceval.c PyEval_EvalCode */
export function evalCode(interp: Interpreter, code: PyObject, globals: PyDict,
  locals: PyObject | null): PyObject {
  const exec = codeExecFor(interp, code);
  let builtins = globals.getItemStr('__builtins__');
  if (builtins === null) {
    builtins = interp.builtins;
    globals.setItemStr('__builtins__', interp.builtinsModule ?? interp.builtins);
  } else if (!(builtins instanceof PyDict)) {
    builtins = (builtins as unknown as { dict?: PyDict }).dict ?? interp.builtins;
  }
  const f = pushFrame(interp, exec, null, globals, builtins, locals, interp.currentFrame);
  return evalFrameDefault(interp, f);
}

/**
 * Call anything from host code or a generic call site: Python functions run in a nested
 * loop (a host boundary), everything else through the `call` hook.
 * @see Objects/call.c PyObject_Vectorcall
 */
export function callAny(interp: Interpreter, callable: PyObject, args: PyObject[],
  kwnames: string[] | null): PyObject {
  if (callable instanceof PyFunction) return callFunction(interp, callable, args, kwnames);
  return interp.hooks.call(callable, args, kwnames);
}

