// Mirrors Include/internal/pycore_interp.h and pycore_tstate.h: the interpreter state
// (modules, builtins, sys) and, because ceval runs one thread, the thread state too (the data
// stack, the current frame, the handled exception, recursion accounting, the eval breaker).

import type { PyObject } from './object.js';
import { PyDict, newDict } from './objects/dictobject.js';
import type { Frame } from './frame.js';
import type { Lecture, InstrHandler } from './lecture.js';
import { activateLectures } from './lecture.js';
import { opname, allOpname } from './opcode.js';
import { Hooks, defaultHooks } from './runtime/abstract.js';
import { evalCode, callAny, type BindArgs } from './ceval.js';
import type { CompileFn } from './runtime/compile-hook.js';
import { CompileError } from './compiler/errors.js';
import { newException, PyExc_SyntaxError, PyExc_IndentationError, PyExc_TabError,
  PyExc_MemoryError, PyExc_RecursionError } from './objects/exceptions.js';
import { newStr } from './objects/unicodeobject.js';
import { newInt } from './objects/longobject.js';
import { newTuple } from './objects/tupleobject.js';
import { Py_None } from './objects/noneobject.js';

/** Where the interpreter writes: sys.stdout / sys.stderr start as these. */
export interface HostIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Reads a whole file as text, or returns null when it does not exist. */
  readFile: (path: string) => string | null;
  /** Reads a file's bytes, or null. */
  readBytes?: (path: string) => Uint8Array | null;
  /** The next chunk of standard input as text, or null at end of file (none: empty stdin). */
  readStdin?: () => string | null;
  /** Hands buffered stdout to its destination (sys.stdout.flush()). */
  flush?: () => void;
  /** A path's mtime (whole seconds), size and kind, or null when it does not exist. */
  stat?: (path: string) => { mtime: number; size: number; isDir: boolean } | null;
  /** Writes a file, making its folder first (the .pyc cache); throws when it cannot. */
  writeBytes?: (path: string, data: Uint8Array) => void;
  /** The current working folder (for `__file__` of modules found through sys.path's ''). */
  cwd?: () => string;
}

/**
 * What lecture 09 plugs into the eval loop for frames owned by a generator, coroutine or
 * async generator. The loop moves the frames; these keep the generator object's state.
 * @see Objects/genobject.c, Python/bytecodes.c RETURN_GENERATOR, YIELD_VALUE
 */
export interface GenSupport {
  /** RETURN_GENERATOR: make the object that owns frame `f` (already saved off the stack). */
  make(interp: Interpreter, f: Frame): PyObject;
  /** YIELD_VALUE oparg: `f`'s generator is now suspended (its frame is saved). */
  suspend(interp: Interpreter, f: Frame, oparg: number): void;
  /** `f`'s generator returned or raised out of its frame: it is finished. */
  finish(interp: Interpreter, f: Frame): void;
}

/** How often (in RESUME/JUMP_BACKWARD events) the loop polls the eval breaker. */
export const BREAKER_INTERVAL = 4096;

/**
 * One VM: core plus a chain of lectures. Also the single thread's state.
 * @see Include/internal/pycore_interp.h PyInterpreterState, pycore_tstate.h _PyThreadStateImpl
 */
export class Interpreter {
  readonly lectures: readonly Lecture[];
  /** The highest lecture number in the chain (2 for VM_02). */
  readonly level: number;
  /** enabled[op] != 0 when some lecture in the chain brings opcode `op`. */
  readonly enabled = new Uint8Array(256);
  /** Handlers for opcodes without an inline case in the loop. */
  readonly handlers: (InstrHandler | null)[] = new Array(256).fill(null);
  hooks: Hooks;

  // --- thread state -------------------------------------------------------------------
  /** The per-thread data stack: every frame's localsplus and value stack, end to end. */
  readonly stack: (PyObject | null)[] = new Array(1 << 14).fill(null);
  /** One past the last slot in use on `stack` (CPython: datastack_top). */
  stackTop = 0;
  /** tstate->current_frame: the innermost running Python frame. */
  currentFrame: Frame | null = null;
  /**
   * The exception the innermost exception-state item is handling (tstate->exc_info->
   * exc_value), or null. A running generator has its own item (gi_exc_state), so this is
   * the generator's; what the items below it handle is `excOuter`.
   */
  excInfo: PyObject | null = null;
  /** The first exception handled below the current item (walking exc_info's previous_item). */
  excOuter: PyObject | null = null;
  /** sys.getrecursionlimit(). */
  recursionLimit = 1000;
  /** Python frames still allowed (py_recursion_remaining). */
  pyRemaining = 1000;
  /** A frame a handler asks the loop to run inline next. */
  pendingFrame: Frame | null = null;
  /** The generator machinery lecture 09 plugs into the loop (null before it). */
  genSupport: GenSupport | null = null;
  /** Argument binding for calls that are not exact positional (lecture 06 installs it). */
  bindArgs: BindArgs | null = null;
  /** CALL_INTRINSIC_1 functions later lectures add, by oparg. */
  readonly intrinsics1: ((interp: Interpreter, v: PyObject) => PyObject)[] = [];

  // --- the eval breaker ---------------------------------------------------------------
  /** Counts down on RESUME and JUMP_BACKWARD; at zero the loop runs handleEvalBreaker. */
  ticks = BREAKER_INTERVAL;
  /** Shared with the host: [0] != 0 means "KeyboardInterrupt pending" (Ctrl-C). */
  signals: Int32Array = new Int32Array(1);
  /** Instruction-budget for embedders: remaining breaker polls, or -1 for no limit. */
  budget = -1;
  /** Per-instruction trace callback (`--trace`), or null. */
  trace: ((frame: Frame, offset: number, op: number, oparg: number, sp: number) => void) | null =
    null;

  // --- interpreter state --------------------------------------------------------------
  readonly modules: PyDict = newDict();
  builtins: PyDict = newDict();
  builtinsModule: PyObject | null = null;
  sys: PyObject | null = null;
  /** Built-in module factories, by name (sys, dis, and what lectures add). */
  readonly builtinModules = new Map<string, (interp: Interpreter) => PyObject>();
  io: HostIO;
  argv: string[] = [''];
  /** Directories searched by import (sys.path as the host sees it at start). */
  path: string[] = [];
  /** Run when the program ends, before stdout is flushed (what finalization reports). */
  readonly exitHooks: ((interp: Interpreter) => void)[] = [];
  /** Source text of files we ran or imported, for traceback source lines. */
  readonly sources = new Map<string, string>();
  /** Run at exit, last registered first (the atexit module fills it). */
  readonly exitFuncs: (() => void)[] = [];
  /** Sources not read yet (modules loaded from a .pyc): read when a traceback needs a line. */
  readonly lazySources = new Map<string, () => string | null>();

  constructor(lectures: readonly Lecture[], io: HostIO) {
    this.lectures = lectures;
    this.io = io;
    this.level = lectures.reduce((m, l) => Math.max(m, l.number), 0);
    this.hooks = { ...defaultHooks };
    for (const lec of lectures) {
      for (const name of lec.instructions) {
        const op = opname.indexOf(name);
        if (op >= 0 && op < 256) this.enabled[op] = 1;
      }
      for (const [name, h] of Object.entries(lec.handlers ?? {})) {
        // Handlers may serve specialised forms too (FOR_ITER_LIST runs FOR_ITER's handler).
        const op = allOpname.indexOf(name);
        if (op >= 0 && op < 256) {
          this.handlers[op] = h;
          this.enabled[op] = 1;
        }
      }
      Object.assign(this.hooks, lec.hooks ?? {});
      for (const [name, f] of Object.entries(lec.modules ?? {})) this.builtinModules.set(name, f);
    }
  }

  /** The exception being handled, as sys.exception() sees it. @see _PyErr_GetTopmostException */
  topException(): PyObject | null {
    return this.excInfo ?? this.excOuter;
  }

  /** Make this VM's lectures the live ones (slot fills) and this the current interpreter. */
  activate(): void {
    activateLectures(this.lectures);
    setCurrentInterpreter(this);
  }

  /** Call any Python callable from host code. @see Objects/call.c PyObject_Vectorcall */
  callObject(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
    return callAny(this, callable, args, kwnames);
  }

  /** Run a module body with `dict` as globals and locals. @see pythonrun.c run_eval_code_obj */
  evalModuleCode(code: PyObject, dict: PyDict): PyObject {
    return evalCode(this, code, dict, dict);
  }

  /**
   * Compile through `compiler`, turning the front end's CompileError into a SyntaxError
   * object (or IndentationError/TabError) as Python sees it.
   */
  compile(compiler: CompileFn, source: string, filename: string,
    mode: 'exec' | 'eval' | 'single'): PyObject {
    try {
      return compiler(source, filename, mode);
    } catch (e) {
      if (e instanceof CompileError) throw syntaxErrorFrom(e);
      if (e instanceof Error && (e as { pyType?: string }).pyType === 'MemoryError') {
        throw newException(PyExc_MemoryError, [newStr(e.message)]);
      }
      if (e instanceof Error && (e as { pyType?: string }).pyType === 'RecursionError') {
        throw newException(PyExc_RecursionError, [newStr(e.message)]);
      }
      throw e;
    }
  }

  /** Make sure `n` more data-stack slots exist above `stackTop`. */
  ensureStack(n: number): void {
    // Grow geometrically, pushing (not setting length) so the array stays packed.
    const need = Math.max(this.stackTop + n, this.stack.length * 2);
    const s = this.stack;
    while (s.length < need) s.push(null);
  }
}

let current: Interpreter | null = null;

/** The interpreter that is running (host helpers use it to reach sys, the handled exception). */
export function currentInterpreter(): Interpreter {
  if (current === null) throw new Error('no ceval interpreter is active');
  return current;
}

export function setCurrentInterpreter(i: Interpreter | null): void {
  current = i;
}

/** @internal for code that runs with or without an interpreter (e.g. context chaining). */
export function maybeCurrentInterpreter(): Interpreter | null {
  return current;
}

/** A SyntaxError object from the compiler's CompileError. @see Python/errors.c PyErr_SyntaxLocation */
export function syntaxErrorFrom(e: CompileError): PyObject {
  const t = e.kind === 'IndentationError' ? PyExc_IndentationError
    : e.kind === 'TabError' ? PyExc_TabError : PyExc_SyntaxError;
  const details = newTuple([newStr(e.filename), newInt(e.lineno), newInt(e.offset),
    e.text === null ? Py_None : newStr(e.text), newInt(e.end_lineno), newInt(e.end_offset)]);
  const exc = newException(t, [newStr(e.msg), details]);
  (exc as unknown as { compileError: CompileError }).compileError = e;
  return exc;
}
