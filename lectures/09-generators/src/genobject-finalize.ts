// Mirrors the finalization side of Objects/genobject.c that ceval can honour without
// reference counts: the "coroutine ... was never awaited" RuntimeWarning
// (_PyErr_WarnUnawaitedCoroutine, given from _PyGen_Finalize in CPython).

import type { PyObject } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import type { Frame } from '@ceval/core/frame';
import type { Interpreter } from '@ceval/core/interpreter';
import { opname } from '@ceval/core/opcode';
import { warnExplicit, setupContext } from '@ceval/core/runtime/warnings';
import { GenState, type PyGenObject } from './genobject.js';

/**
 * The "coroutine ... was never awaited" RuntimeWarning. CPython gives it from the finalizer
 * of a never-started coroutine, when its last reference goes. ceval has no reference counts,
 * so it gives it where it can see the drop honestly: a coroutine whose caller throws it away
 * at once (the CALL is followed by POP_TOP, as in a bare `f()` statement) is warned about
 * there, with CPython's text; any other never-started coroutine is reported when the program
 * ends, as CPython reports those still alive at exit (`<sys>:0: ...`). One that a program drops
 * some other way mid-run is therefore reported at exit, not where it was dropped.
 * @see Objects/genobject.c _PyErr_WarnUnawaitedCoroutine, Lib/warnings.py _warn_unawaited_coroutine
 */
function unawaitedMessage(gen: PyGenObject): PyObject {
  return newStr(`coroutine '${(gen.qualname as PyUnicode).value}' was never awaited`);
}

function runtimeWarning(interp: Interpreter): PyObject {
  return interp.builtins.getItemStr('RuntimeWarning') as PyObject;
}

const OP_POP_TOP = opname.indexOf('POP_TOP');

/** Coroutines made and never started: the "never awaited" warning is given at exit. */
const unstarted = new Set<PyGenObject>();

/**
 * RETURN_GENERATOR made coroutine `gen`; `inline` when a CALL of the running frame made it
 * (its next instruction is then the caller's, so a POP_TOP there drops it at once).
 */
export function coroutineMade(interp: Interpreter, gen: PyGenObject, inline: boolean): void {
  if (inline && droppedAtOnce(interp.currentFrame)) warnDropped(interp, gen);
  else unstarted.add(gen);
}

/** The coroutine ran (or was closed) before anyone dropped it: no warning. */
export function coroutineStarted(gen: PyGenObject): void {
  unstarted.delete(gen);
}

/** The coroutine made by `caller`'s CALL is about to be popped unused. */
function droppedAtOnce(caller: Frame | null): boolean {
  if (caller === null) return false;
  const word = caller.exec.instrs[caller.ip];
  return (word & 255) === OP_POP_TOP;
}

function warnDropped(interp: Interpreter, gen: PyGenObject): void {
  const ctx = setupContext(interp, 1);
  // RETURN_GENERATOR must not raise: an "error" filter's exception is dropped (CPython's
  // finalizer would write it as unraisable).
  try {
    warnExplicit(interp, runtimeWarning(interp), unawaitedMessage(gen), ctx.filename, ctx.lineno,
    ctx.module, ctx.registry, null,
      'RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n');
  } catch {
    // see above
  }
}

/** At exit: the never-started coroutines still around. */
export function warnUnawaited(interp: Interpreter): void {
  const list = [...unstarted];
  unstarted.clear();
  // They all come from `<sys>` line 0, so the "default" action shows each text once.
  const registry = new PyDict();
  for (const gen of list) {
    if (gen.state !== GenState.CREATED) continue;
    try {
      warnExplicit(interp, runtimeWarning(interp), unawaitedMessage(gen), '<sys>', 0, 'sys',
        registry);
    } catch {
      // An "error" filter at exit has nowhere to raise to (CPython writes it as unraisable).
    }
  }
}
