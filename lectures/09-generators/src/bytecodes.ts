// Mirrors the generator and coroutine instructions of Python/bytecodes.c that run as handlers:
// SEND (with SEND_GEN's inline resumption), END_SEND, CLEANUP_THROW, GET_YIELD_FROM_ITER,
// GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, FOR_ITER over a
// generator (FOR_ITER_GEN) and the intrinsics STOPITERATION_ERROR and ASYNC_GEN_WRAP.
// RETURN_GENERATOR and YIELD_VALUE move frames, so they live in the loop (core/src/ceval.ts).

import { PyObject, typeName } from '@ceval/core/object';
import { specializedOpmap } from '@ceval/core/opcode';
import { adaptiveTriggers, specializeTo } from '@ceval/core/specialize';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import {
  PyBaseException, PyExc_StopIteration, PyExc_StopAsyncIteration, PyExc_TypeError,
  PyExc_RuntimeError, newException, newExceptionMsg,
} from '@ceval/core/objects/exceptions';
import type { Frame } from '@ceval/core/frame';
import type { Interpreter } from '@ceval/core/interpreter';
import { Reraise } from '@ceval/core/ceval';
import { lookupSpecial } from '@ceval/lecture-08/object';
import { getIter, findIterNext, forIter } from '@ceval/lecture-07';
import {
  PyGenObject, PyGen_Type, PyCoro_Type, PyAsyncGen_Type, GenState, CO_COROUTINE,
  CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR, genPrepareResume, genYieldFrom, excMatches,
  stopIterationValue,
} from './genobject.js';
import { awaitableIter, findAsyncSlot, asyncGenWrap } from './genobject-async.js';

/**
 * Resume a generator or coroutine in the running loop, as SEND_GEN and FOR_ITER_GEN do
 * (DISPATCH_INLINED): its frame goes on top of the data stack with `v` pushed, and the loop
 * continues in it. A yield comes back to the instruction after this one; a return jumps to
 * `returnIp` with the value pushed. False when it cannot run inline (already running or
 * finished, or the recursion budget is spent): the generic path then raises the right error.
 */
function resumeInline(interp: Interpreter, gen: PyGenObject, v: PyObject, returnIp: number):
  boolean {
  if (gen.state >= GenState.EXECUTING || interp.pyRemaining <= 1) return false;
  const gf = genPrepareResume(interp, gen, v);
  gf.returnIp = returnIp;
  gf.isEntry = false;
  interp.pendingFrame = gf;
  return true;
}

/**
 * FOR_ITER delta over a generator (FOR_ITER_GEN): the generator's frame runs inline, its
 * yields are the loop's items, and its return lands on END_FOR (which drops the value).
 * Every other iterator takes lecture 07's FOR_ITER.
 * @see Python/bytecodes.c FOR_ITER_GEN
 */
export function forIterGen(interp: Interpreter, f: Frame, oparg: number, sp: number): number {
  const it = interp.stack[sp - 1] as PyObject;
  if (it.ob_type === PyGen_Type && resumeInline(interp, it as PyGenObject, Py_None,
    f.ip + oparg)) {
    quicken(f, OP_FOR_ITER_GEN);
    return sp;
  }
  return forIter(interp, f, oparg, sp);
}

export const OP_FOR_ITER_GEN = specializedOpmap.FOR_ITER_GEN;
export const OP_SEND_GEN = specializedOpmap.SEND_GEN;

/**
 * Write the specialised form into the adaptive code once an instruction's backoff counter
 * says so (core's specialize.ts, as CPython's), so `dis(adaptive=True)` shows FOR_ITER_GEN /
 * SEND_GEN as CPython's does. The
 * handler behind both names is the same one, which still takes any receiver (CPython's
 * specialised forms deoptimise to the generic one instead).
 * @see Python/specialize.c _Py_Specialize_ForIter, _Py_Specialize_Send
 */
function quicken(f: Frame, op: number): void {
  const ex = f.exec;
  // f.ip is past the instruction's one cache entry; f.lasti may be an EXTENDED_ARG before it.
  const i = f.ip - 2;
  // Only the generic form counts down (the specialised one runs this same handler).
  if ((ex.instrs[i] & 255) === op) return;
  if (adaptiveTriggers(ex, i)) specializeTo(ex, i, op);
}

/**
 * SEND delta: receiver, v -> receiver, retval. Send v into the receiver (its next() when v
 * is None); a StopIteration (the receiver returned) jumps to END_SEND with its value.
 * @see Python/bytecodes.c SEND, SEND_GEN
 */
export function send(interp: Interpreter, f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  const v = s[sp - 1] as PyObject;
  const receiver = s[sp - 2] as PyObject;
  const t = receiver.ob_type;
  if ((t === PyGen_Type || t === PyCoro_Type)
    && resumeInline(interp, receiver as PyGenObject, v, f.ip + oparg)) {
    quicken(f, OP_SEND_GEN);
    s[sp - 1] = null;
    return sp - 1;
  }
  let r: PyObject | null;
  try {
    const next = v === Py_None ? findIterNext(t) : null;
    if (next !== null) {
      r = next(receiver);
    } else {
      const m = interp.hooks.getAttr(receiver, newStr('send') as never);
      r = interp.callObject(m, [v], null);
    }
  } catch (e) {
    if (!excMatches(e, PyExc_StopIteration)) throw e;
    r = null;
    s[sp - 1] = stopIterationValue(e);
    f.ip += oparg;
    return sp;
  }
  if (r === null) {
    // A built-in iterator's "exhausted" (no StopIteration object made): the value is None.
    s[sp - 1] = Py_None;
    f.ip += oparg;
    return sp;
  }
  s[sp - 1] = r;
  return sp;
}

// END_SEND: receiver, value -> value
export function endSend(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  s[sp - 2] = s[sp - 1];
  s[sp - 1] = null;
  return sp - 1;
}

/**
 * CLEANUP_THROW: sub_iter, last_sent, exc -> None, value. Reached when throw() or close()
 * raised at a delegating yield: a StopIteration means the delegate finished, and its value
 * is the `yield from`'s; anything else is re-raised (no new traceback entry).
 * @see Python/bytecodes.c CLEANUP_THROW
 */
export function cleanupThrow(interp: Interpreter, f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  const exc = s[sp - 1] as PyBaseException;
  if (excMatches(exc, PyExc_StopIteration)) {
    s[sp - 3] = Py_None;
    s[sp - 2] = stopIterationValue(exc);
    s[sp - 1] = null;
    return sp - 1;
  }
  throw new Reraise(exc, f.lasti);
}

/**
 * GET_YIELD_FROM_ITER: generators and coroutines delegate as they are; anything else is
 * iterated. A plain generator may not `yield from` a coroutine.
 * @see Python/bytecodes.c GET_YIELD_FROM_ITER
 */
export function getYieldFromIter(interp: Interpreter, f: Frame, _oparg: number, sp: number):
  number {
  const s = interp.stack;
  const o = s[sp - 1] as PyObject;
  if (o.ob_type === PyCoro_Type) {
    if (!(f.exec.flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
      throw newExceptionMsg(PyExc_TypeError,
        "cannot 'yield from' a coroutine object in a non-coroutine generator");
    }
  } else if (o.ob_type !== PyGen_Type) {
    s[sp - 1] = getIter(o);
  }
  return sp;
}

/**
 * GET_AWAITABLE where: push(awaitable iterator of pop()); `where` 1 and 2 name __aenter__ and
 * __aexit__ in the error. A coroutine already being awaited cannot be awaited twice.
 * @see Python/bytecodes.c GET_AWAITABLE, Python/ceval.c _PyEval_FormatAwaitableError
 */
export function getAwaitable(interp: Interpreter, _f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  const o = s[sp - 1] as PyObject;
  let it: PyObject;
  try {
    it = awaitableIter(o);
  } catch (e) {
    if ((oparg === 1 || oparg === 2) && findAsyncSlot(o.ob_type, 'am_await') === null) {
      throw newExceptionMsg(PyExc_TypeError, `'async with' received an object from `
        + `${oparg === 1 ? '__aenter__' : '__aexit__'} that does not implement __await__: `
        + typeName(o.ob_type));
    }
    throw e;
  }
  if (it.ob_type === PyCoro_Type && genYieldFrom(it as PyGenObject) !== null) {
    throw newExceptionMsg(PyExc_RuntimeError, 'coroutine is being awaited already');
  }
  s[sp - 1] = it;
  return sp;
}

/** GET_AITER: push(pop().__aiter__()), which must have __anext__. @see bytecodes.c GET_AITER */
export function getAIter(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  const o = s[sp - 1] as PyObject;
  const getter = findAsyncSlot(o.ob_type, 'am_aiter');
  if (getter === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `'async for' requires an object with __aiter__ method, got ${typeName(o.ob_type)}`);
  }
  const it = getter(o);
  if (findAsyncSlot(it.ob_type, 'am_anext') === null) {
    throw newExceptionMsg(PyExc_TypeError, `'async for' received an object from __aiter__ `
      + `that does not implement __anext__: ${typeName(it.ob_type)}`);
  }
  s[sp - 1] = it;
  return sp;
}

/** GET_ANEXT: aiter -> aiter, awaitable of aiter.__anext__(). @see bytecodes.c GET_ANEXT */
export function getANext(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  const ai = s[sp - 1] as PyObject;
  const getter = findAsyncSlot(ai.ob_type, 'am_anext');
  if (getter === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `'async for' requires an iterator with __anext__ method, got ${typeName(ai.ob_type)}`);
  }
  const next = getter(ai);
  if (ai.ob_type === PyAsyncGen_Type) {
    s[sp] = next;
    return sp + 1;
  }
  try {
    s[sp] = awaitableIter(next);
  } catch (e) {
    const err = newExceptionMsg(PyExc_TypeError,
      `'async for' received an invalid object from __anext__: ${typeName(next.ob_type)}`);
    err.cause = e as PyBaseException;
    err.context = e as PyBaseException;
    err.suppress_context = true;
    throw err;
  }
  return sp + 1;
}

/**
 * END_ASYNC_FOR: awaitable, exc -> (). The loop's handler: StopAsyncIteration ends the
 * `async for`; anything else is re-raised. @see Python/bytecodes.c END_ASYNC_FOR
 */
export function endAsyncFor(interp: Interpreter, f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  const exc = s[sp - 1] as PyBaseException;
  if (excMatches(exc, PyExc_StopAsyncIteration)) {
    s[sp - 1] = null;
    s[sp - 2] = null;
    return sp - 2;
  }
  throw new Reraise(exc, f.lasti);
}

/**
 * BEFORE_ASYNC_WITH: mgr -> bound __aexit__, mgr.__aenter__(); both looked up on the type
 * (lecture 08's lookupSpecial, as BEFORE_WITH does).
 * @see Python/bytecodes.c BEFORE_ASYNC_WITH
 */
export function beforeAsyncWith(interp: Interpreter, _f: Frame, _oparg: number, sp: number):
  number {
  const s = interp.stack;
  const mgr = s[sp - 1] as PyObject;
  const enter = lookupSpecial(mgr, '__aenter__');
  if (enter === null) {
    throw newExceptionMsg(PyExc_TypeError, `'${typeName(mgr.ob_type)}' object does not `
      + 'support the asynchronous context manager protocol');
  }
  const exit = lookupSpecial(mgr, '__aexit__');
  if (exit === null) {
    throw newExceptionMsg(PyExc_TypeError, `'${typeName(mgr.ob_type)}' object does not `
      + 'support the asynchronous context manager protocol (missed __aexit__ method)');
  }
  s[sp - 1] = exit;
  s[sp] = interp.callObject(enter, [], null);
  return sp + 1;
}

/**
 * INTRINSIC_STOPITERATION_ERROR (PEP 479): in the handler wrapped round every generator
 * body, a StopIteration (or an async generator's StopAsyncIteration) escaping becomes a
 * RuntimeError caused by it; any other exception passes unchanged.
 * @see Python/intrinsics.c stopiteration_error
 */
export function stopIterationError(interp: Interpreter, exc: PyObject): PyObject {
  const flags = (interp.currentFrame as Frame).exec.flags;
  let msg: string | null = null;
  if (excMatches(exc, PyExc_StopIteration)) {
    msg = flags & CO_ASYNC_GENERATOR ? 'async generator raised StopIteration'
      : flags & CO_COROUTINE ? 'coroutine raised StopIteration' : 'generator raised StopIteration';
  } else if ((flags & CO_ASYNC_GENERATOR) && excMatches(exc, PyExc_StopAsyncIteration)) {
    msg = 'async generator raised StopAsyncIteration';
  }
  if (msg === null) return exc;
  const err = newException(PyExc_RuntimeError, [newStr(msg)]);
  err.cause = exc;
  err.context = exc;
  err.suppress_context = true;
  return err;
}

/** INTRINSIC_ASYNC_GEN_WRAP: mark a value an async generator yields. */
export function asyncGenWrapIntrinsic(_interp: Interpreter, v: PyObject): PyObject {
  return asyncGenWrap(v);
}

