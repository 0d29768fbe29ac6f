// Mirrors the error labels of Python/ceval.c's _PyEval_EvalFrameDefault (error,
// exception_unwind, exit_unwind, resume_with_error): where a raised exception goes once an
// instruction of the loop (ceval.ts) has thrown it.

import { newInt } from './objects/longobject.js';
import type { PyBaseException } from './objects/exceptions.js';
import { Frame, frameRelease } from './frame.js';
import { findHandler } from './ceval-code.js';
import type { Interpreter, GenSupport } from './interpreter.js';
import { tracebackHere } from './runtime/traceback.js';

/**
 * Thrown by RERAISE and bare `raise` (and lecture 09's CLEANUP_THROW): go straight to
 * exceptionUnwind, no traceback entry.
 */
export class Reraise {
  /** `at`: the instruction that re-raised, where the handler lookup starts. */
  constructor(readonly exc: PyBaseException, readonly at: number) {}
}

/**
 * The exception_unwind / exit_unwind / resume_with_error labels: find a handler in `f` for
 * the exception (adding a traceback entry first unless it is a re-raise), else pop frames
 * until one has a handler. Returns the frame to resume, or null when the entry frame itself
 * was popped (the caller then rethrows to the host).
 * @see Python/ceval.c _PyEval_EvalFrameDefault labels error, exception_unwind, exit_unwind
 */
export function exceptionUnwind(interp: Interpreter, f: Frame, exc: PyBaseException,
  addTraceback: boolean, at: number): Frame | null {
  const stack = interp.stack;
  for (;;) {
    // error: record where we are in the traceback (PyTraceBack_Here).
    if (addTraceback) tracebackHere(exc, f);
    addTraceback = true;
    // exception_unwind: look the offset up in the exception table.
    const table = f.exec.excTable;
    const r = findHandler(table, at);
    if (r >= 0) {
      const dl = table[r + 3];
      let sp = f.base + f.exec.nlocalsplus + (dl >> 1);
      if (dl & 1) stack[sp++] = newInt(f.lasti);
      stack[sp++] = exc;
      f.sp = sp;
      f.ip = table[r + 2];
      return f;
    }
    // exit_unwind: this frame is done; its caller resumes with the error.
    interp.pyRemaining++;
    interp.stackTop = f.base;
    if (f.frameObj !== null) frameRelease(f);
    const prev = f.previous;
    interp.currentFrame = prev;
    // A generator's frame raised out: the generator is finished (gen_send_ex2's error path).
    if (f.gen !== null) (interp.genSupport as GenSupport).finish(interp, f);
    if (f.isEntry) return null;
    // resume_with_error: `goto error` in the caller, at the CALL it was executing.
    f = prev as Frame;
    at = f.lasti;
  }
}

