// Mirrors the async half of Objects/genobject.c: the awaitable protocol (tp_as_async,
// _PyCoro_GetAwaitableIter), coroutine.__await__'s coroutine_wrapper, and async generators'
// asend/athrow awaitables with the wrapped values that tell an `async yield` from an `await`.
// Also anext()'s awaitable with a default (Objects/iterobject.c anextawaitable).

import { PyObject, PyTypeObject, newStaticType, typeName, type PyMethodDef }
  from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import {
  PyExc_StopIteration, PyExc_GeneratorExit, PyExc_TypeError,
  PyExc_RuntimeError, PyExc_DeprecationWarning, newException, newExceptionMsg,
} from '@ceval/core/objects/exceptions';
import { warn } from '@ceval/core/runtime/warnings';
import { currentInterpreter } from '@ceval/core/interpreter';
import { typeLookup, lookupSpecial } from '@ceval/lecture-08/object';
import {
  PyGenObject, PyCoro_Type, PyAsyncGen_Type, GenState, genSendEx, genThrow,
  genThrowInner, genClose, genIsCoroutine, excMatches, stopIteration, oneArg, noArgs,
} from './genobject.js';

/** The async slots of a type (am_await, am_aiter, am_anext). @see Include/cpython/object.h */
export interface PyAsyncMethods {
  am_await: ((o: PyObject) => PyObject) | null;
  am_aiter: ((o: PyObject) => PyObject) | null;
  am_anext: ((o: PyObject) => PyObject) | null;
}

function asyncSlot(t: PyTypeObject, slot: keyof PyAsyncMethods): ((o: PyObject) => PyObject)
  | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const am = c.tp_as_async as PyAsyncMethods | null;
    if (am !== null && am[slot] !== null && am[slot] !== undefined) return am[slot];
  }
  return null;
}

const DUNDER: Record<keyof PyAsyncMethods, string> = {
  am_await: '__await__', am_aiter: '__aiter__', am_anext: '__anext__',
};

/**
 * A type's async slot, or the dunder a class defines for it, looked up on the type as
 * lecture 08's special methods are (what typeobject.c's slot_am_await, slot_am_aiter and
 * slot_am_anext do for a class).
 */
export function findAsyncSlot(t: PyTypeObject, slot: keyof PyAsyncMethods):
  ((o: PyObject) => PyObject) | null {
  const f = asyncSlot(t, slot);
  if (f !== null) return f;
  const name = DUNDER[slot];
  const m = typeLookup(t, name);
  if (m === null || m === Py_None) return null;
  return (o) => currentInterpreter().callObject(lookupSpecial(o, name) as PyObject, [], null);
}

/** Has tp_iternext (PyIter_Check). */
function isIterator(o: PyObject): boolean {
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iternext !== null) return true;
  }
  return typeLookup(o.ob_type, '__next__') !== null;
}

/**
 * What `await o` iterates: a coroutine itself, or what `o.__await__()` returns, which must be
 * an iterator and not a coroutine. @see Objects/genobject.c _PyCoro_GetAwaitableIter
 */
export function awaitableIter(o: PyObject): PyObject {
  if (o.ob_type === PyCoro_Type || genIsCoroutine(o)) return o;
  const getter = findAsyncSlot(o.ob_type, 'am_await');
  if (getter !== null) {
    const res = getter(o);
    if (res.ob_type === PyCoro_Type || genIsCoroutine(res)) {
      throw newExceptionMsg(PyExc_TypeError, '__await__() returned a coroutine');
    }
    if (!isIterator(res)) {
      throw newExceptionMsg(PyExc_TypeError,
        `__await__() returned non-iterator of type '${typeName(res.ob_type)}'`);
    }
    return res;
  }
  throw newExceptionMsg(PyExc_TypeError,
    `object ${typeName(o.ob_type)} can't be used in 'await' expression`);
}

// --- coroutine.__await__() ----------------------------------------------------------------

/** `coroutine_wrapper`: the iterator `coro.__await__()` returns. @see PyCoroWrapper_Type */
export const PyCoroWrapper_Type: PyTypeObject = newStaticType('coroutine_wrapper');

class PyCoroWrapper extends PyObject {
  constructor(readonly coro: PyGenObject) {
    super(PyCoroWrapper_Type);
  }
}

function coroAwait(o: PyObject): PyObject {
  return new PyCoroWrapper(o as PyGenObject);
}

PyCoroWrapper_Type.tp_iter = (o) => o;
PyCoroWrapper_Type.tp_iternext = (o) => genSendEx((o as PyCoroWrapper).coro, null, null, false);
PyCoroWrapper_Type.tp_methods = [
  { ml_name: 'send', ml_meth: (s, a, k) => genSendEx((s as PyCoroWrapper).coro,
    oneArg('coroutine_wrapper', 'send', a, k), null, false) },
  { ml_name: 'throw', ml_meth: (s, a) => genThrow((s as PyCoroWrapper).coro, a) },
  { ml_name: 'close', ml_meth: (s, a, k) => {
    noArgs('coroutine_wrapper', 'close', a, k);
    return genClose((s as PyCoroWrapper).coro);
  } },
];

const coroAsync: PyAsyncMethods = { am_await: coroAwait, am_aiter: null, am_anext: null };
PyCoro_Type.tp_as_async = coroAsync;
PyCoro_Type.tp_methods = [
  { ml_name: 'send', ml_meth: (s, a, k) => genSendEx(s as PyGenObject,
    oneArg('coroutine', 'send', a, k), null, false) },
  { ml_name: 'throw', ml_meth: (s, a) => genThrow(s as PyGenObject, a) },
  { ml_name: 'close', ml_meth: (s, a, k) => {
    noArgs('coroutine', 'close', a, k);
    return genClose(s as PyGenObject);
  } },
  { ml_name: '__await__', ml_meth: (s, a, k) => {
    noArgs('coroutine', '__await__', a, k);
    return coroAwait(s);
  } },
];

// --- async generators ---------------------------------------------------------------------

/** What `yield v` in an async generator hands out (CALL_INTRINSIC_1 ASYNC_GEN_WRAP). */
export const PyAsyncGenWrappedValue_Type: PyTypeObject =
  newStaticType('async_generator_wrapped_value');

export class PyAsyncGenWrappedValue extends PyObject {
  constructor(readonly val: PyObject) {
    super(PyAsyncGenWrappedValue_Type);
  }
}

/** INTRINSIC_ASYNC_GEN_WRAP. @see Objects/genobject.c _PyAsyncGenValueWrapperNew */
export function asyncGenWrap(v: PyObject): PyObject {
  return new PyAsyncGenWrappedValue(v);
}

function stopAsyncType(): PyTypeObject {
  return currentInterpreter().builtins.getItemStr('StopAsyncIteration') as PyTypeObject;
}

/** An awaitable's state (AWAITABLE_STATE_*). */
const Awaitable = { INIT: 0, ITER: 1, CLOSED: 2 } as const;

/**
 * Turn what resuming an async generator gave into what its awaitable gives: a wrapped value
 * (an `async yield`) ends the await with StopIteration(value); anything else was an `await`
 * deep inside and passes through to whoever drives the coroutine.
 * @see Objects/genobject.c async_gen_unwrap_value
 */
function unwrap(gen: PyGenObject, run: () => PyObject): PyObject {
  let r: PyObject;
  try {
    r = run();
  } catch (e) {
    if (excMatches(e, stopAsyncType()) || excMatches(e, PyExc_GeneratorExit)) gen.closed = true;
    gen.runningAsync = false;
    throw e;
  }
  if (r instanceof PyAsyncGenWrappedValue) {
    gen.runningAsync = false;
    throw stopIteration(r.val);
  }
  return r;
}

/** `async_generator_asend`: the awaitable of `__anext__()` and `asend(v)`. */
export const PyAsyncGenASend_Type: PyTypeObject = newStaticType('async_generator_asend');

class PyAsyncGenASend extends PyObject {
  state: number = Awaitable.INIT;
  constructor(readonly gen: PyGenObject, readonly sendval: PyObject) {
    super(PyAsyncGenASend_Type);
  }
}

/**
 * The checks asend's send and throw open with: a used-up awaitable cannot be reused, and a
 * generator another awaitable is running cannot be entered. True on the awaitable's first step.
 */
function asendStart(o: PyAsyncGenASend): boolean {
  if (o.state === Awaitable.CLOSED) {
    throw newExceptionMsg(PyExc_RuntimeError, 'cannot reuse already awaited __anext__()/asend()');
  }
  if (o.state !== Awaitable.INIT) return false;
  if (o.gen.runningAsync) {
    o.state = Awaitable.CLOSED;
    throw newExceptionMsg(PyExc_RuntimeError, 'anext(): asynchronous generator is already running');
  }
  o.state = Awaitable.ITER;
  return true;
}

/** @see Objects/genobject.c async_gen_asend_send */
function asendSend(o: PyAsyncGenASend, arg: PyObject | null): PyObject {
  if (asendStart(o) && (arg === null || arg === Py_None)) arg = o.sendval;
  o.gen.runningAsync = true;
  try {
    return unwrap(o.gen, () => genSendEx(o.gen, arg ?? Py_None, null, false));
  } catch (e) {
    o.state = Awaitable.CLOSED;
    throw e;
  }
}

/** @see Objects/genobject.c async_gen_asend_throw */
function asendThrow(o: PyAsyncGenASend, args: PyObject[]): PyObject {
  if (asendStart(o)) o.gen.runningAsync = true;
  return throwUnwrapped(o, args);
}

/** throw() into the awaitable's generator, unwrapping; an error ends the awaitable. */
function throwUnwrapped(o: { gen: PyGenObject; state: number }, args: PyObject[]): PyObject {
  try {
    return unwrap(o.gen, () => genThrow(o.gen, args));
  } catch (e) {
    o.gen.runningAsync = false;
    o.state = Awaitable.CLOSED;
    throw e;
  }
}

/** close() of an awaitable: throw GeneratorExit in; only "ignoring" it is an error. */
function awaitableClose(closed: boolean, throwIt: () => PyObject): PyObject {
  if (closed) return Py_None;
  try {
    throwIt();
  } catch (e) {
    if (excMatches(e, PyExc_StopIteration) || excMatches(e, stopAsyncType())
      || excMatches(e, PyExc_GeneratorExit)) return Py_None;
    throw e;
  }
  throw newExceptionMsg(PyExc_RuntimeError, 'coroutine ignored GeneratorExit');
}

/**
 * The face both async-generator awaitables show: their own iterator and awaitable, with
 * send/throw/close over their `send` and `throw`. @see async_gen_asend_methods
 */
function awaitableType<T extends PyObject & { state: number }>(t: PyTypeObject,
  sendFn: (o: T, v: PyObject | null) => PyObject, throwFn: (o: T, a: PyObject[]) => PyObject):
  void {
  const name = t.tp_name;
  t.tp_iter = (o) => o;
  t.tp_iternext = (o) => sendFn(o as T, null);
  t.tp_as_async = { am_await: (o: PyObject) => o, am_aiter: null, am_anext: null };
  t.tp_methods = [
    { ml_name: 'send', ml_meth: (s, a, k) => sendFn(s as T, oneArg(name, 'send', a, k)) },
    { ml_name: 'throw', ml_meth: (s, a) => throwFn(s as T, a) },
    { ml_name: 'close', ml_meth: (s, a, k) => {
      noArgs(name, 'close', a, k);
      const o = s as T;
      return awaitableClose(o.state === Awaitable.CLOSED,
        () => throwFn(o, [PyExc_GeneratorExit]));
    } },
  ];
}

awaitableType(PyAsyncGenASend_Type, asendSend, asendThrow);

/** `async_generator_athrow`: the awaitable of `athrow()` and `aclose()` (args null). */
export const PyAsyncGenAThrow_Type: PyTypeObject = newStaticType('async_generator_athrow');

class PyAsyncGenAThrow extends PyObject {
  state: number = Awaitable.INIT;
  constructor(readonly gen: PyGenObject, readonly args: PyObject[] | null) {
    super(PyAsyncGenAThrow_Type);
  }
}

function athrowRunning(o: PyAsyncGenAThrow): never {
  o.state = Awaitable.CLOSED;
  throw newExceptionMsg(PyExc_RuntimeError, `${o.args === null ? 'aclose' : 'athrow'}(): `
    + 'asynchronous generator is already running');
}

/** aclose() is done: StopAsyncIteration and GeneratorExit become a plain StopIteration. */
function athrowCheckError(o: PyAsyncGenAThrow, e: unknown): never {
  o.gen.runningAsync = false;
  o.state = Awaitable.CLOSED;
  if (o.args === null && (excMatches(e, stopAsyncType()) || excMatches(e, PyExc_GeneratorExit))) {
    throw newException(PyExc_StopIteration, []);
  }
  throw e;
}

function ignoredExit(o: PyAsyncGenAThrow): never {
  o.gen.runningAsync = false;
  o.state = Awaitable.CLOSED;
  throw newExceptionMsg(PyExc_RuntimeError, 'async generator ignored GeneratorExit');
}

/** @see Objects/genobject.c async_gen_athrow_send */
function athrowSend(o: PyAsyncGenAThrow, arg: PyObject): PyObject {
  const gen = o.gen;
  if (o.state === Awaitable.CLOSED) {
    throw newExceptionMsg(PyExc_RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  }
  if (gen.state >= GenState.COMPLETED) {
    o.state = Awaitable.CLOSED;
    throw newException(PyExc_StopIteration, []);
  }
  if (o.state === Awaitable.INIT) {
    if (gen.runningAsync) athrowRunning(o);
    if (gen.closed) {
      o.state = Awaitable.CLOSED;
      throw newException(stopAsyncType(), []);
    }
    if (arg !== Py_None) {
      throw newExceptionMsg(PyExc_RuntimeError,
        "can't send non-None value to a just-started coroutine");
    }
    o.state = Awaitable.ITER;
    gen.runningAsync = true;
    if (o.args === null) {
      gen.closed = true;
      let r: PyObject;
      try {
        r = genThrowInner(gen, false, PyExc_GeneratorExit, null, null);
      } catch (e) {
        return athrowCheckError(o, e);
      }
      if (r instanceof PyAsyncGenWrappedValue) ignoredExit(o);
      return r;
    }
    const n = o.args.length;
    if (n < 1 || n > 3) {
      throw newExceptionMsg(PyExc_TypeError, n < 1 ? 'athrow expected at least 1 argument, got 0'
        : `athrow expected at most 3 arguments, got ${n}`);
    }
    const [typ, val, tb] = [o.args[0], o.args[1] ?? null, o.args[2] ?? null];
    try {
      return unwrap(gen, () => genThrowInner(gen, false, typ, val, tb));
    } catch (e) {
      return athrowCheckError(o, e);
    }
  }
  let r: PyObject;
  try {
    r = genSendEx(gen, arg, null, false);
  } catch (e) {
    if (o.args !== null) {
      try {
        unwrap(gen, () => { throw e; });
      } catch (e2) {
        return athrowCheckError(o, e2);
      }
    }
    return athrowCheckError(o, e);
  }
  if (o.args !== null) {
    try {
      return unwrap(gen, () => r);
    } catch (e) {
      return athrowCheckError(o, e);
    }
  }
  if (r instanceof PyAsyncGenWrappedValue) ignoredExit(o);
  return r;
}

/** @see Objects/genobject.c async_gen_athrow_throw */
function athrowThrow(o: PyAsyncGenAThrow, args: PyObject[]): PyObject {
  if (o.state === Awaitable.CLOSED) {
    throw newExceptionMsg(PyExc_RuntimeError, 'cannot reuse already awaited aclose()/athrow()');
  }
  if (o.state === Awaitable.INIT) {
    if (o.gen.runningAsync) athrowRunning(o);
    o.state = Awaitable.ITER;
    o.gen.runningAsync = true;
  }
  if (o.args !== null) return throwUnwrapped(o, args);
  let r: PyObject;
  try {
    r = genThrow(o.gen, args);
  } catch (e) {
    return athrowCheckError(o, e);
  }
  if (r instanceof PyAsyncGenWrappedValue) ignoredExit(o);
  return r;
}

awaitableType(PyAsyncGenAThrow_Type, (o: PyAsyncGenAThrow, v) => athrowSend(o, v ?? Py_None),
  athrowThrow);

function agAnext(o: PyObject): PyObject {
  return new PyAsyncGenASend(o as PyGenObject, Py_None);
}

const asyncGenMethods: PyMethodDef[] = [
  { ml_name: 'asend', ml_meth: (s, a, k) => new PyAsyncGenASend(s as PyGenObject,
    oneArg('async_generator', 'asend', a, k)) },
  { ml_name: 'athrow', ml_meth: (s, a) => {
    // 3.13 warns about the old signature here but counts the arguments only when the
    // awaitable first runs (athrowSend).
    if (a.length > 1) {
      warn(currentInterpreter(), PyExc_DeprecationWarning, 'the (type, exc, tb) signature of '
        + 'athrow() is deprecated, use the single-arg signature instead.', 1);
    }
    return new PyAsyncGenAThrow(s as PyGenObject, a.slice());
  } },
  { ml_name: 'aclose', ml_meth: (s, a, k) => {
    noArgs('async_generator', 'aclose', a, k);
    return new PyAsyncGenAThrow(s as PyGenObject, null);
  } },
  { ml_name: '__aiter__', ml_meth: (s) => s },
  { ml_name: '__anext__', ml_meth: (s) => agAnext(s) },
];
PyAsyncGen_Type.tp_methods = asyncGenMethods;
PyAsyncGen_Type.tp_as_async = { am_await: null, am_aiter: (o: PyObject) => o, am_anext: agAnext };

// --- anext(it, default) ---------------------------------------------------------------------

/** `anext_awaitable`: anext()'s awaitable when a default is given. @see iterobject.c */
export const PyAnextAwaitable_Type: PyTypeObject = newStaticType('anext_awaitable');

export class PyAnextAwaitable extends PyObject {
  constructor(readonly wrapped: PyObject, readonly dflt: PyObject) {
    super(PyAnextAwaitable_Type);
  }
}

function anextIter(o: PyAnextAwaitable): PyObject {
  let aw = awaitableIter(o.wrapped);
  if (aw.ob_type === PyCoro_Type) aw = coroAwait(aw);
  return aw;
}

/** Call the wrapped awaitable's method; its StopAsyncIteration means "the default". */
function anextProxy(o: PyAnextAwaitable, meth: string, args: PyObject[]): PyObject {
  const interp = currentInterpreter();
  const aw = anextIter(o);
  try {
    if (meth === '__next__') {
      const next = aw.ob_type.tp_iternext;
      if (next !== null) {
        const r = next(aw);
        if (r === null) throw newException(PyExc_StopIteration, []);
        return r;
      }
    }
    const m = interp.hooks.getAttr(aw, newStr(meth) as PyUnicode);
    return interp.callObject(m, args, null);
  } catch (e) {
    if (excMatches(e, stopAsyncType())) throw stopIteration(o.dflt);
    throw e;
  }
}


PyAnextAwaitable_Type.tp_iter = (o) => o;
PyAnextAwaitable_Type.tp_iternext = (o) => anextProxy(o as PyAnextAwaitable, '__next__', []);
PyAnextAwaitable_Type.tp_as_async = { am_await: (o: PyObject) => o, am_aiter: null,
  am_anext: null };
PyAnextAwaitable_Type.tp_methods = [
  { ml_name: 'send', ml_meth: (s, a) => anextProxy(s as PyAnextAwaitable, 'send', a) },
  { ml_name: 'throw', ml_meth: (s, a) => anextProxy(s as PyAnextAwaitable, 'throw', a) },
  { ml_name: 'close', ml_meth: (s, a) => anextProxy(s as PyAnextAwaitable, 'close', a) },
];
