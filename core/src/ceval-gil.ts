// Mirrors Python/ceval_gil.c's _Py_HandlePending: what the loop does when the eval breaker
// trips at a RESUME or JUMP_BACKWARD. ceval has one thread and no GIL to drop; it handles a
// pending Ctrl-C (KeyboardInterrupt) and an embedder's instruction budget.

import { newException, PyExc_KeyboardInterrupt, PyExc_RuntimeError, newExceptionMsg }
  from './objects/exceptions.js';
import { BREAKER_INTERVAL, type Interpreter } from './interpreter.js';

/**
 * Run the pending work behind the eval breaker. Raises KeyboardInterrupt when the host set
 * `signals[0]` (Ctrl-C), and RuntimeError when the embedder's budget is spent.
 * @see Python/ceval_gil.c _Py_HandlePending
 */
export function handleEvalBreaker(interp: Interpreter): void {
  interp.ticks = BREAKER_INTERVAL;
  if (Atomics.load(interp.signals, 0) !== 0) {
    Atomics.store(interp.signals, 0, 0);
    throw newException(PyExc_KeyboardInterrupt, []);
  }
  if (interp.budget >= 0) {
    if (interp.budget === 0) {
      throw newExceptionMsg(PyExc_RuntimeError, 'instruction budget exhausted');
    }
    interp.budget--;
  }
}
