// Mirrors the finalization side of Objects/genobject.c that ceval can honour without
// reference counts: the "coroutine ... was never awaited" RuntimeWarning
// (_PyErr_WarnUnawaitedCoroutine, given from _PyGen_Finalize in CPython).

import type { PyObject } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import type { Frame } from '@ceval/core/frame';
import type { Interpreter } from '@ceval/core/interpreter';
import { opname, opmap, specializedOpmap, cacheSize } from '@ceval/core/opcode';
import { warnExplicit, setupContext } from '@ceval/core/runtime/warnings';
import { GenState, PyGenObject, genClose } from './genobject.js';
import { formatUncaught } from '@ceval/core/runtime/pythonrun';
import { tracebackHere } from '@ceval/core/runtime/traceback';
import { asPyException } from '@ceval/core/runtime/errors';

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

// --- a generator made for a `for` loop, dropped by `break` or `return` ------------------------

const OP_GET_ITER = opmap.GET_ITER;
const OP_FOR_ITER = opmap.FOR_ITER;
const OP_FOR_ITER_GEN = specializedOpmap.FOR_ITER_GEN;
const OP_POP = opmap.POP_TOP;

/**
 * An opcode 3.13 leaves unused, written over the POP_TOPs of a loop body that may drop the
 * loop's own generator. Only the executable copy of the code is rewritten, never the
 * adaptive bytes `dis` shows: Python never sees it.
 */
export const OP_POP_LOOP_ITER = 120;

/**
 * CPython closes a generator the moment `for x in gen(): ... break` drops it, so its `finally`
 * blocks run right there. ceval cannot count references, but here it can prove there are
 * none left: the generator was made by the CALL just before the loop's GET_ITER, and nothing
 * but the loop's stack slot ever held it. Such a generator is marked, and the POP_TOPs of that
 * loop's body are rewritten to OP_POP_LOOP_ITER, which closes a marked generator it pops (the
 * one `break` and `return` pop; any other value passes as through POP_TOP).
 * @see Objects/genobject.c _PyGen_Finalize
 */
export function markLoopOwned(gen: PyGenObject, caller: Frame | null): void {
  if (caller === null) return;
  const ex = caller.exec;
  const ins = ex.instrs;
  const i = caller.ip;
  const forOp = ins[i + 1] & 255;
  if ((ins[i] & 255) !== OP_GET_ITER || (forOp !== OP_FOR_ITER && forOp !== OP_FOR_ITER_GEN)) {
    return;
  }
  gen.loopOwned = true;
  const marked = ((ex as unknown as { loopBodies?: Set<number> }).loopBodies ??= new Set());
  if (marked.has(i + 1)) return;
  marked.add(i + 1);
  const end = i + 1 + 1 + cacheSize[OP_FOR_ITER] + (ins[i + 1] >>> 8);
  for (let j = i + 2 + cacheSize[OP_FOR_ITER]; j < end && j < ins.length;) {
    const op = ex.original[2 * j];
    if (op === OP_POP && (ins[j] & 255) === OP_POP) ins[j] = OP_POP_LOOP_ITER | (ins[j] & 0xff00);
    j += 1 + cacheSize[op];
  }
}

/** OP_POP_LOOP_ITER: pop(); a loop's own generator popped here is closed (finalized). */
export function popLoopIter(interp: Interpreter, f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  const v = s[sp - 1];
  s[sp - 1] = null;
  if (v instanceof PyGenObject && v.loopOwned) {
    v.loopOwned = false;
    if (v.state < GenState.EXECUTING) {
      f.sp = sp - 1;
      finalizeGenerator(interp, v);
    }
  }
  return sp - 1;
}

/**
 * What a generator's finalizer does: close it; an exception close() raises has nowhere to go
 * and is written as "unraisable". @see Objects/genobject.c _PyGen_Finalize, PyErr_WriteUnraisable
 */
export function finalizeGenerator(interp: Interpreter, gen: PyGenObject): void {
  try {
    genClose(gen);
  } catch (e) {
    const exc = asPyException(e);
    // The default unraisable hook prints the exception's own traceback — or, when it has
    // none (an error close() itself raised), the frame that dropped the generator — and no
    // chained exceptions.
    const f = interp.currentFrame;
    if (exc.traceback === null && f !== null) tracebackHere(exc, f);
    const { context, cause } = exc;
    exc.context = null;
    exc.cause = null;
    const repr = (gen.ob_type.tp_repr as (o: PyObject) => PyUnicode)(gen).value;
    try {
      interp.io.stderr(`Exception ignored in: ${repr}\n${formatUncaught(interp, exc)}`);
    } finally {
      exc.context = context;
      exc.cause = cause;
    }
  }
}
