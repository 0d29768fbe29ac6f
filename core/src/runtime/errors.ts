// Mirrors Python/errors.c: how the runtime raises (PyErr_SetString, _PyErr_SetObject's
// context chaining) and how a host failure becomes a Python exception instead of a crash.

import type { PyObject } from '../object.js';
import {
  PyBaseException, newExceptionMsg, newException, PyExc_RecursionError, PyExc_SystemError,
  PyExc_MemoryError, PyExc_OverflowError,
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

/** `PyErr_NoMemory`: a MemoryError with no arguments. */
export function noMemory(): PyBaseException {
  return newException(PyExc_MemoryError, []);
}

/** PY_SSIZE_T_MAX (as a double, which rounds it up to 2**63). */
export const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/**
 * The most items ceval puts in one list or tuple. V8 ends the whole process, with no
 * exception to catch, when an array grows past about 2**27 elements; a larger request is a
 * MemoryError here, as a failed allocation is in CPython.
 */
export const MAX_ARRAY_ITEMS = 2 ** 27;

/**
 * The checks of a sequence repeat (list_repeat, tuple_repeat, unicode_repeat, bytes_repeat):
 * `size * n` past PY_SSIZE_T_MAX is the type's `tooLong` error (OverflowError for str and
 * bytes, MemoryError for list and tuple), and past what the host can hold a MemoryError.
 */
export function checkRepeat(size: number, n: number, tooLong: string | null, hostMax: number):
  void {
  if (n <= 0 || size === 0 || size * n <= hostMax) return;
  // Exact arithmetic: near 2**63 a double cannot tell the sizes apart.
  if (BigInt(size) * BigInt(n) > (1n << 63n) - 1n) {
    throw tooLong === null ? noMemory() : newExceptionMsg(PyExc_OverflowError, tooLong);
  }
  throw noMemory();
}

// The host's words for an allocation it could not make (all become MemoryError).
const MEMORY_MESSAGES = ['allocation', 'Invalid array length', 'Invalid string length',
  'Invalid typed array length', 'Maximum BigInt size'];

/**
 * Turn whatever the host threw into a Python exception. A JS RangeError from a too-deep host
 * recursion (e.g. repr of a list nested 100 000 deep) becomes RecursionError, as CPython's
 * C-stack guard does; any other JS error is a bug in ceval and surfaces as SystemError
 * rather than crashing the interpreter.
 */
/**
 * How many calls through tp_call are in progress (CPython counts them against its C
 * recursion limit, Py_C_RECURSION_LIMIT, 10000 in 3.13). @see Include/internal/pycore_ceval.h
 */
export let cCallDepth = 0;
export const C_RECURSION_LIMIT = 10000;

/** _Py_EnterRecursiveCall(" while calling a Python object"). */
export function enterCCall(): void {
  if (++cCallDepth > C_RECURSION_LIMIT) {
    cCallDepth--;
    throw newExceptionMsg(PyExc_RecursionError,
      'maximum recursion depth exceeded while calling a Python object');
  }
}

/** _Py_LeaveRecursiveCall. */
export function leaveCCall(): void {
  cCallDepth--;
}

export function asPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  // Plain string tests, not regular expressions: this runs at the very bottom of an
  // exhausted host stack, where even compiling a regular expression can overflow again.
  if (e instanceof RangeError && e.message.includes('call stack')) {
    // Inside a call through tp_call (a C-level call in CPython) the C recursion guard is the
    // one that trips, and it says so.
    return newExceptionMsg(PyExc_RecursionError, cCallDepth > 0
      ? 'maximum recursion depth exceeded while calling a Python object'
      : 'maximum recursion depth exceeded');
  }
  if (e instanceof RangeError && MEMORY_MESSAGES.some((m) => e.message.includes(m))) {
    return newException(PyExc_MemoryError, []);
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
