// Mirrors Python/errors.c: how the runtime raises (PyErr_SetString, _PyErr_SetObject's
// context chaining) and how a host failure becomes a Python exception instead of a crash.

import type { PyObject } from '../object.js';
import {
  PyBaseException, newExceptionMsg, PyExc_RecursionError, PyExc_SystemError,
  PyExc_MemoryError,
} from '../objects/exceptions.js';

export {
  PyExc_TypeError, PyExc_AttributeError, PyExc_SystemError, PyExc_NameError,
  PyExc_UnboundLocalError, PyExc_RecursionError, PyExc_ImportError, PyExc_ModuleNotFoundError,
  PyExc_KeyboardInterrupt, PyExc_SystemExit, PyExc_BaseException, PyExc_ValueError,
  PyExc_RuntimeError, PyExc_AssertionError, PyExc_StopIteration, PyBaseException,
} from '../objects/exceptions.js';

/** A new exception with one str argument, for `throw raiseNew(...)`. */
export function raiseNew(type: Parameters<typeof newExceptionMsg>[0], msg: string):
  PyBaseException {
  return newExceptionMsg(type, msg);
}

/**
 * Turn whatever the host threw into a Python exception. A JS RangeError from a too-deep host
 * recursion (e.g. repr of a list nested 100 000 deep) becomes RecursionError, as CPython's
 * C-stack guard does; any other JS error is a bug in ceval and surfaces as SystemError
 * rather than crashing the interpreter.
 */
export function asPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newExceptionMsg(PyExc_RecursionError, 'maximum recursion depth exceeded');
  }
  if (e instanceof RangeError && /allocation|Invalid (array|string) length/i.test(e.message)) {
    return newExceptionMsg(PyExc_MemoryError, '');
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const exc = newExceptionMsg(PyExc_SystemError, `ceval internal error: ${msg}`);
  (exc as { hostError?: unknown }).hostError = e;
  return exc;
}

/**
 * Chain `handled` (the exception being handled, or null) as the __context__ of `exc`,
 * cutting a cycle if `exc` is already somewhere in handled's context chain.
 * @see Python/errors.c _PyErr_SetObject
 */
export function chainContext(exc: PyBaseException, handled: PyObject | null): void {
  if (handled === null || handled === exc || !(handled instanceof PyBaseException)) return;
  // Walk handled's chain; if it reaches exc, break the link just before it.
  let o: PyBaseException = handled;
  let steps = 0;
  for (;;) {
    const c = o.context;
    if (!(c instanceof PyBaseException)) break;
    if (c === exc) {
      o.context = null;
      break;
    }
    o = c;
    if (++steps > 100000) break;
  }
  exc.context = handled;
}
