// Mirrors Include/internal/pycore_frame.h (_PyInterpreterFrame) and the small part of
// Objects/frameobject.c the runtime needs before lecture 06: the frame the eval loop runs, and
// the lazily made PyFrameObject that tracebacks and sys._getframe hand to Python code.

import { PyObject, PyTypeObject, newStaticType, addressText } from './object.js';
import { newInt } from './objects/longobject.js';
import { newStr } from './objects/unicodeobject.js';
import { Py_None } from './objects/noneobject.js';
import type { CodeExec } from './ceval-code.js';

/**
 * Who owns a frame, as `_frameowner` says. Only THREAD frames live on the data stack; the
 * entry frame of a host->Python call is marked so that returning from it leaves the loop.
 */
export const enum FrameOwner { THREAD = 0, GENERATOR = 1, FRAME_OBJECT = 2, CSTACK = 3 }

/**
 * One activation of a code object. As in CPython 3.11+, this is a plain record, not a Python
 * object: its `localsplus` (locals, then cells, then free variables, then the value stack) is
 * a window `[base, base + nlocalsplus + stacksize)` of the thread's one data stack array,
 * `interp.stack`. Pushing a frame is bumping an index, which is why deep recursion is cheap.
 * @see Include/internal/pycore_frame.h _PyInterpreterFrame
 */
export class Frame {
  /** The executable form of f_executable (the code object plus its adaptive copy). */
  exec: CodeExec;
  /** The function object being run, or null for module/class bodies (f_funcobj). */
  func: PyObject | null;
  globals: PyObject;
  builtins: PyObject;
  /** f_locals: the namespace dict for module and class bodies; null in functions. */
  locals: PyObject | null;
  /** The frame that called this one (previous), or null for the bottom frame. */
  previous: Frame | null;
  /** Index in `interp.stack` of localsplus[0]. */
  base: number;
  /** Absolute index one past the top of the value stack (stacktop), valid when saved. */
  sp = 0;
  /**
   * Index (in 2-byte code units) of the next instruction to run; CPython keeps a pointer
   * (`instr_ptr`). Saved by the loop before anything can observe it.
   */
  ip = 0;
  /** Index of the instruction being executed, for tracebacks and f_lineno. */
  lasti = -1;
  owner: FrameOwner = FrameOwner.THREAD;
  /** True for the first frame of a host->Python call: returning from it leaves the loop. */
  isEntry = false;
  /** The PyFrameObject made for this frame, if Python code ever asked for one. */
  frameObj: PyFrameObject | null = null;
  /** The generator that owns this frame (lecture 09), else null. */
  gen: PyObject | null = null;
  /**
   * A suspended generator's frame lives off the data stack: YIELD_VALUE copies its
   * localsplus and value stack here and resuming copies them back (CPython keeps the frame
   * inside the generator object, gi_iframe). `savedLen` slots are in use; null while running.
   */
  saved: (PyObject | null)[] | null = null;
  savedLen = -1;
  /**
   * Where the frame that resumed this generator inline (SEND, FOR_ITER over a generator)
   * continues when the generator returns instead of yielding; -1 when a host call resumed
   * it. CPython keeps it on the resumer as `return_offset`.
   */
  returnIp = -1;
  /**
   * The instance an `__init__` frame entered by CALL_ALLOC_AND_ENTER_INIT is initialising:
   * when the frame returns, the caller gets this instead of __init__'s None (lecture 08).
   */
  initSelf: PyObject | null = null;

  constructor(exec: CodeExec, func: PyObject | null, globals: PyObject, builtins: PyObject,
    locals: PyObject | null, previous: Frame | null, base: number) {
    this.exec = exec;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.previous = previous;
    this.base = base;
  }

  /** The line being executed (or about to be), from co_positions. */
  lineno(): number {
    return this.exec.lineAt(this.lasti < 0 ? 0 : this.lasti);
  }
}

/** `frame`, the Python-visible frame type. Lecture 06 adds its attributes. */
export const PyFrame_Type: PyTypeObject = newStaticType('frame');

/**
 * The Python object for a frame. CPython creates it lazily (`_PyFrame_GetFrameObject`); when
 * the frame finishes, the object keeps what it needs (CPython copies the frame into
 * `_f_frame_data`), so `f_code`, `f_lineno`, `f_back` still answer afterwards.
 * @see Objects/frameobject.c
 */
export class PyFrameObject extends PyObject {
  frame: Frame;
  /** Captured f_back when the live chain is gone. */
  back: PyFrameObject | null = null;
  /** f_lineno frozen when the frame finished (-1 while live). */
  finishedLine = -1;
  constructor(frame: Frame) {
    super(PyFrame_Type);
    this.frame = frame;
  }
  get f_lineno(): number {
    return this.finishedLine >= 0 ? this.finishedLine : this.frame.lineno();
  }
}

PyFrame_Type.tp_getset = [
  { name: 'f_lineno', get: (o) => newInt((o as PyFrameObject).f_lineno), set: null },
  { name: 'f_code', get: (o) => (o as PyFrameObject).frame.exec.code as PyObject, set: null },
  { name: 'f_globals', get: (o) => (o as PyFrameObject).frame.globals, set: null },
  { name: 'f_builtins', get: (o) => (o as PyFrameObject).frame.builtins, set: null },
  {
    name: 'f_back',
    get: (o) => {
      const fo = o as PyFrameObject;
      if (fo.finishedLine >= 0) return fo.back ?? Py_None;
      const p = fo.frame.previous;
      return p === null ? Py_None : frameGetFrameObject(p);
    },
    set: null,
  },
  { name: 'f_lasti', get: (o) => newInt((o as PyFrameObject).frame.lasti * 2), set: null },
];
PyFrame_Type.tp_repr = (o) => {
  const f = (o as PyFrameObject).frame;
  return newStr(`<frame at ${addressText(o)}, file '${f.exec.filename}', line `
    + `${(o as PyFrameObject).f_lineno}, code ${f.exec.name}>`);
};

/** Get (making if needed) the PyFrameObject of a frame. @see pycore_frame.h _PyFrame_GetFrameObject */
export function frameGetFrameObject(f: Frame): PyFrameObject {
  let fo = f.frameObj;
  if (fo === null) {
    fo = new PyFrameObject(f);
    f.frameObj = fo;
  }
  return fo;
}

/**
 * Called when a frame is popped: a frame object that outlives it keeps its last line and
 * its caller's frame object. @see Python/frame.c _PyFrame_ClearExceptCode, take_ownership
 */
export function frameRelease(f: Frame): void {
  const fo = f.frameObj;
  if (fo !== null) {
    fo.finishedLine = f.lineno();
    if (f.previous !== null && fo.back === null) fo.back = frameGetFrameObject(f.previous);
  }
}

/**
 * Take a generator's frame off the data stack (RETURN_GENERATOR, YIELD_VALUE): its slots
 * `[base, sp)` move to `f.saved`, and the data stack shrinks back to where the frame began,
 * as it always does when the top frame leaves. The frame must be the top one.
 * @see Python/bytecodes.c YIELD_VALUE, Python/ceval.c _PyFrame_Copy
 */
export function frameSuspend(stack: (PyObject | null)[], f: Frame, sp: number): void {
  const base = f.base;
  const n = sp - base;
  let saved = f.saved;
  if (saved === null) saved = f.saved = new Array<PyObject | null>(f.exec.framesize).fill(null);
  for (let i = 0; i < n; i++) {
    saved[i] = stack[base + i];
    stack[base + i] = null;
  }
  f.savedLen = n;
  f.sp = sp;
}

/**
 * Put a suspended generator's frame back on top of the data stack at `base` (its slots
 * come back from `f.saved`); `f.sp` is left one past its saved value stack.
 */
export function frameResumeAt(stack: (PyObject | null)[], f: Frame, base: number): void {
  const saved = f.saved as (PyObject | null)[];
  const n = f.savedLen;
  for (let i = 0; i < n; i++) {
    stack[base + i] = saved[i];
    saved[i] = null;
  }
  f.savedLen = -1;
  f.base = base;
  f.sp = base + n;
}

/**
 * The array and offset holding a frame's localsplus: the data stack while it runs, its own
 * copy while it is a suspended generator (what `f_locals` and `gi_frame` read).
 */
export function frameSlots(stack: (PyObject | null)[], f: Frame): [(PyObject | null)[], number] {
  return f.savedLen >= 0 && f.saved !== null ? [f.saved, 0] : [stack, f.base];
}
