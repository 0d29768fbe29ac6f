// Mirrors Objects/genobject.c: generator and coroutine objects (PyGenObject, PyCoroObject
// and the shared `_PyGenObject_HEAD`), gen_send_ex2, throw, close, their attributes and
// reprs, and the GenSupport the eval loop calls at RETURN_GENERATOR, YIELD_VALUE and exit.

import { PyObject, PyTypeObject, newStaticType, addressText, typeName, type PyGetSetDef,
  type PyMethodDef } from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import {
  PyBaseException, PyStopIterationObject, PyExc_StopIteration, PyExc_GeneratorExit,
  PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError, PyExc_BaseException,
  PyExc_DeprecationWarning, PyExc_AttributeError, newException, newExceptionMsg,
} from '@ceval/core/objects/exceptions';
import { Frame, frameGetFrameObject, frameResumeAt } from '@ceval/core/frame';
import { evalFrameDefault } from '@ceval/core/ceval';
import { currentInterpreter, type Interpreter, type GenSupport } from '@ceval/core/interpreter';
import { chainContext } from '@ceval/core/runtime/errors';
import { PyTraceback } from '@ceval/core/runtime/traceback';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { warn } from '@ceval/core/runtime/warnings';
import { coroutineMade, coroutineStarted, markLoopOwned } from './genobject-finalize.js';
import { opname } from '@ceval/core/opcode';

/**
 * gi_frame_state: where a generator's frame is (a plain object, not a const enum, so other
 * files can read it under vitest too). @see Include/internal/pycore_frame.h
 */
export const GenState = {
  CREATED: -3, SUSPENDED: -2, SUSPENDED_YIELD_FROM: -1, EXECUTING: 0, COMPLETED: 1,
} as const;

const OP_RESUME = opname.indexOf('RESUME');

/** Code flags that make RETURN_GENERATOR build each kind. @see Include/cpython/code.h */
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

/** `generator`, `coroutine`, `async_generator`. @see Objects/genobject.c PyGen_Type ... */
export const PyGen_Type: PyTypeObject = newStaticType('generator');
export const PyCoro_Type: PyTypeObject = newStaticType('coroutine');
export const PyAsyncGen_Type: PyTypeObject = newStaticType('async_generator');

/**
 * A generator, coroutine or async generator: one C struct head for all three in CPython
 * (`_PyGenObject_HEAD(prefix)` pastes gi_/cr_/ag_ field names), one class here. Its frame
 * is the frame RETURN_GENERATOR took off the data stack; it keeps its own copy of the
 * locals and value stack while suspended (`Frame.saved`).
 * @see Include/cpython/genobject.h, Include/internal/pycore_genobject.h
 */
export class PyGenObject extends PyObject {
  frame: Frame;
  state: number = GenState.CREATED;
  name: PyObject;
  qualname: PyObject;
  /** gi_exc_state: the exception this generator's own frame is handling, or null. */
  excState: PyObject | null = null;
  /** The resumer's exception state, put back when the generator leaves its frame. */
  callerExc: PyObject | null = null;
  callerOuter: PyObject | null = null;
  /** cr_origin (coroutine origin tracking is off by default: None). */
  origin: PyObject = Py_None;
  /** Made for a `for` loop and held by nothing else (see genobject-finalize.ts). */
  loopOwned = false;
  /** ag_running_async and ag_closed of an async generator. */
  runningAsync = false;
  closed = false;
  constructor(type: PyTypeObject, frame: Frame, name: PyObject, qualname: PyObject) {
    super(type);
    this.frame = frame;
    this.name = name;
    this.qualname = qualname;
  }
}

/** "generator", "coroutine", "async generator" as the messages say them. */
function kindWord(gen: PyGenObject): string {
  const t = gen.ob_type;
  return t === PyCoro_Type ? 'coroutine' : t === PyAsyncGen_Type ? 'async generator'
    : 'generator';
}

export function isGenerator(o: PyObject): o is PyGenObject {
  return o instanceof PyGenObject;
}

/** A generator made from a `@types.coroutine` function (CO_ITERABLE_COROUTINE). */
export function genIsCoroutine(o: PyObject): boolean {
  return o.ob_type === PyGen_Type && ((o as PyGenObject).frame.exec.flags
    & CO_ITERABLE_COROUTINE) !== 0;
}

// --- the loop's side ----------------------------------------------------------------------


/**
 * What RETURN_GENERATOR, YIELD_VALUE and a generator frame's exit do to the generator.
 * @see Python/bytecodes.c RETURN_GENERATOR, YIELD_VALUE; Objects/genobject.c _Py_MakeCoro
 */
export const genSupport: GenSupport = {
  make(interp: Interpreter, f: Frame): PyObject {
    const flags = f.exec.flags;
    const type = flags & CO_COROUTINE ? PyCoro_Type : flags & CO_ASYNC_GENERATOR
      ? PyAsyncGen_Type : PyGen_Type;
    const fn = f.func;
    // _Py_MakeCoro takes the name and qualname from the function, not from the code.
    const name = fn instanceof PyFunction ? newStr(fn.name) : newStr(f.exec.name);
    const qualname = fn instanceof PyFunction ? newStr(fn.qualname) : newStr(f.exec.qualname);
    const gen = new PyGenObject(type, f, name, qualname);
    f.gen = gen;
    if (type === PyGen_Type && !f.isEntry) markLoopOwned(gen, interp.currentFrame);
    if (type === PyCoro_Type) {
      coroutineMade(interp, gen, !f.isEntry);
    }
    return gen;
  },
  suspend(interp: Interpreter, f: Frame, oparg: number): void {
    const gen = f.gen as PyGenObject;
    gen.state = GenState.SUSPENDED + oparg;
    // The generator's handled exception stays with it; the resumer gets its own back.
    gen.excState = interp.excInfo;
    popExcState(interp, gen);
  },
  finish(interp: Interpreter, f: Frame): void {
    const gen = f.gen as PyGenObject;
    gen.state = GenState.COMPLETED;
    gen.excState = null;
    popExcState(interp, gen);
    f.saved = null;
    f.savedLen = -1;
    f.previous = null;
  },
};

/**
 * Make `gen` the running frame's callee: its frame goes back on top of the data stack with
 * `arg` pushed (what `yield` evaluates to), and the exception state switches to its own.
 * @see Objects/genobject.c gen_send_ex2 (before _PyEval_EvalFrame)
 */
export function genPrepareResume(interp: Interpreter, gen: PyGenObject, arg: PyObject): Frame {
  const f = gen.frame;
  const base = interp.stackTop;
  if (base + f.exec.framesize > interp.stack.length) interp.ensureStack(f.exec.framesize + 1024);
  frameResumeAt(interp.stack, f, base);
  interp.stackTop = base + f.exec.framesize;
  interp.stack[f.sp++] = arg;
  gen.state = GenState.EXECUTING;
  // Push the generator's exception-state item (gi_exc_state.previous_item = exc_info).
  gen.callerExc = interp.excInfo;
  gen.callerOuter = interp.excOuter;
  interp.excOuter = interp.topException();
  interp.excInfo = gen.excState;
  if (gen.ob_type === PyCoro_Type) coroutineStarted(gen);
  return f;
}

/** Pop the generator's exception-state item: the resumer's comes back. */
function popExcState(interp: Interpreter, gen: PyGenObject): void {
  interp.excInfo = gen.callerExc;
  interp.excOuter = gen.callerOuter;
  gen.callerExc = null;
  gen.callerOuter = null;
}

/** Set by genSendEx2: did the generator return (true) or yield (false)? */
export let genReturned = false;

/**
 * Resume `gen` from host code with `arg` (null: plain next()), or by raising `exc` at its
 * yield. Returns what it yielded or returned (`genReturned` says which); throws what it
 * raised. The one place the host recurses into the loop for a generator.
 * @see Objects/genobject.c gen_send_ex2
 */
export function genSendEx2(gen: PyGenObject, arg: PyObject | null, exc: PyBaseException | null,
  closing: boolean): PyObject {
  const st = gen.state;
  if (st === GenState.CREATED && arg !== null && arg !== Py_None) {
    throw newExceptionMsg(PyExc_TypeError,
      `can't send non-None value to a just-started ${kindWord(gen)}`);
  }
  if (st === GenState.EXECUTING) {
    throw newExceptionMsg(PyExc_ValueError, `${kindWord(gen)} already executing`);
  }
  if (st >= GenState.COMPLETED) {
    if (gen.ob_type === PyCoro_Type && !closing) {
      throw newExceptionMsg(PyExc_RuntimeError, 'cannot reuse already awaited coroutine');
    }
    if (arg !== null && exc === null) {
      genReturned = true;
      return Py_None;
    }
    if (exc !== null) throw exc;
    genReturned = true;
    return Py_None;
  }
  const interp = currentInterpreter();
  const f = genPrepareResume(interp, gen, arg ?? Py_None);
  f.previous = interp.currentFrame;
  f.returnIp = -1;
  if (exc !== null) {
    // _PyErr_ChainStackItem: the thrown exception's context is what the generator's own
    // frame handles (not what its resumer handles).
    chainContext(exc, interp.excInfo);
    (exc as unknown as { raised?: boolean }).raised = true;
  }
  let res: PyObject;
  try {
    res = evalFrameDefault(interp, f, exc);
  } catch (e) {
    if (gen.state === GenState.EXECUTING) genSupport.finish(interp, f);
    genReturned = false;
    throw e;
  }
  genReturned = gen.state >= GenState.COMPLETED;
  return res;
}

/** StopIteration(value), as _PyGen_SetStopIterationValue makes it. */
export function stopIteration(value: PyObject): PyBaseException {
  return value === Py_None ? newException(PyExc_StopIteration, [])
    : newException(PyExc_StopIteration, [value]);
}

/** gen_send_ex: a return becomes StopIteration (StopAsyncIteration for async generators). */
export function genSendEx(gen: PyGenObject, arg: PyObject | null, exc: PyBaseException | null,
  closing: boolean): PyObject {
  const r = genSendEx2(gen, arg, exc, closing);
  if (!genReturned) return r;
  if (gen.ob_type === PyAsyncGen_Type) throw newException(asyncStop(), []);
  throw stopIteration(r);
}

let stopAsync: PyTypeObject | null = null;
function asyncStop(): PyTypeObject {
  if (stopAsync === null) {
    stopAsync = currentInterpreter().builtins.getItemStr('StopAsyncIteration') as PyTypeObject;
  }
  return stopAsync;
}

/** gen_iternext: null when the generator returned None (no StopIteration object made). */
export function genIterNext(o: PyObject): PyObject | null {
  const gen = o as PyGenObject;
  const r = genSendEx2(gen, null, null, false);
  if (!genReturned) return r;
  if (r === Py_None) return null;
  throw stopIteration(r);
}

/** The value a StopIteration carries. @see genobject.c _PyGen_FetchStopIterationValue */
export function stopIterationValue(e: PyBaseException): PyObject {
  if (e instanceof PyStopIterationObject) return e.value;
  return e.args.items.length > 0 ? e.args.items[0] : Py_None;
}

/** The object a `yield from`/`await` is delegating to, or null. @see genobject.c _PyGen_yf */
export function genYieldFrom(gen: PyGenObject): PyObject | null {
  if (gen.state !== GenState.SUSPENDED_YIELD_FROM) return null;
  const f = gen.frame;
  return (f.saved as PyObject[])[f.savedLen - 1];
}

function isSubtype(t: PyTypeObject, base: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) if (c === base) return true;
  return (t.tp_mro ?? []).includes(base);
}

export function excMatches(e: unknown, t: PyTypeObject): e is PyBaseException {
  return e instanceof PyBaseException && isSubtype(e.ob_type, t);
}

function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const interp = currentInterpreter();
  const m = interp.hooks.getAttr(o, newStr(name) as PyUnicode);
  return interp.callObject(m, args, null);
}

/** getattr(o, name) or null when it has no such attribute. */
export function optionalAttr(o: PyObject, name: string): PyObject | null {
  try {
    return currentInterpreter().hooks.getAttr(o, newStr(name) as PyUnicode);
  } catch (e) {
    if (excMatches(e, PyExc_AttributeError)) return null;
    throw e;
  }
}

/** Close what a suspended `yield from` delegates to. @see genobject.c gen_close_iter */
function genCloseIter(yf: PyObject): void {
  if (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type) {
    genClose(yf as PyGenObject);
    return;
  }
  const meth = optionalAttr(yf, 'close');
  if (meth !== null) currentInterpreter().callObject(meth, [], null);
}

/**
 * close(): raise GeneratorExit at the yield; a generator that yields again "ignored" it.
 * In 3.13 a generator that returns a value while closing gives that value back.
 * @see Objects/genobject.c gen_close
 */
export function genClose(gen: PyGenObject): PyObject {
  if (gen.state === GenState.CREATED) {
    gen.state = GenState.COMPLETED;
    coroutineStarted(gen);
    return Py_None;
  }
  if (gen.state >= GenState.COMPLETED) return Py_None;
  let thrown: PyBaseException | null = null;
  const yf = genYieldFrom(gen);
  if (yf !== null) {
    const st = gen.state;
    gen.state = GenState.EXECUTING;
    try {
      genCloseIter(yf);
    } catch (e) {
      thrown = e as PyBaseException;
    } finally {
      gen.state = st;
    }
  }
  // A yield outside every try block (RESUME's "exception depth 1" flag) needs no unwinding:
  // nothing could catch GeneratorExit, so the frame is simply dropped.
  const f = gen.frame;
  const word = f.exec.instrs[f.ip];
  if ((word & 255) === OP_RESUME && ((word >>> 8) & 4) !== 0) {
    gen.state = GenState.COMPLETED;
    f.saved = null;
    f.savedLen = -1;
    return Py_None;
  }
  if (thrown === null) thrown = newException(PyExc_GeneratorExit, []);
  try {
    genSendEx(gen, Py_None, thrown, true);
  } catch (e) {
    if (excMatches(e, PyExc_GeneratorExit)) return Py_None;
    if (excMatches(e, PyExc_StopIteration)) return stopIterationValue(e);
    throw e;
  }
  throw newExceptionMsg(PyExc_RuntimeError, `${kindWord(gen)} ignored GeneratorExit`);
}

/**
 * throw(exc) and the deprecated throw(type, value, tb): raise at the yield, delegating first
 * to whatever a `yield from` is running (its throw(), or close() for GeneratorExit).
 * @see Objects/genobject.c _gen_throw
 */
export function genThrowInner(gen: PyGenObject, closeOnGenExit: boolean, typ: PyObject,
  val: PyObject | null, tb: PyObject | null): PyObject {
  const yf = genYieldFrom(gen);
  if (yf !== null) {
    const interp = currentInterpreter();
    if (closeOnGenExit && typ instanceof PyTypeObject ? isSubtype(typ, PyExc_GeneratorExit)
      && closeOnGenExit : closeOnGenExit && excMatches(typ, PyExc_GeneratorExit)) {
      const st = gen.state;
      gen.state = GenState.EXECUTING;
      let err: PyBaseException | null = null;
      try {
        genCloseIter(yf);
      } catch (e) {
        err = e as PyBaseException;
      } finally {
        gen.state = st;
      }
      if (err !== null) return genSendEx(gen, Py_None, err, false);
      return throwHere(gen, typ, val, tb);
    }
    let ret: PyObject;
    try {
      if (yf.ob_type === PyGen_Type || yf.ob_type === PyCoro_Type) {
        // Link our frame under the running one, so a traceback through both reads right.
        const f = gen.frame;
        const prev = interp.currentFrame;
        f.previous = prev;
        const st = gen.state;
        gen.state = GenState.EXECUTING;
        try {
          ret = genThrowInner(yf as PyGenObject, closeOnGenExit, typ, val, tb);
        } finally {
          gen.state = st;
          f.previous = null;
        }
      } else {
        const meth = optionalAttr(yf, 'throw');
        if (meth === null) return throwHere(gen, typ, val, tb);
        const args = [typ];
        if (val !== null) args.push(val);
        if (tb !== null) args.push(tb);
        const st = gen.state;
        gen.state = GenState.EXECUTING;
        try {
          ret = interp.callObject(meth, args, null);
        } finally {
          gen.state = st;
        }
      }
    } catch (e) {
      // The delegate raised (StopIteration included): raise it at our own yield, where
      // CLEANUP_THROW turns a StopIteration into the value of the `yield from`.
      return genSendEx(gen, Py_None, e as PyBaseException, false);
    }
    return ret;
  }
  return throwHere(gen, typ, val, tb);
}

function throwHere(gen: PyGenObject, typ: PyObject, val: PyObject | null, tb: PyObject | null):
  PyObject {
  if (tb === Py_None) tb = null;
  else if (tb !== null && !(tb instanceof PyTraceback)) {
    throw newExceptionMsg(PyExc_TypeError, 'throw() third argument must be a traceback object');
  }
  let exc: PyBaseException;
  if (typ instanceof PyTypeObject && isSubtype(typ, PyExc_BaseException)) {
    exc = normalizeException(typ, val);
  } else if (typ instanceof PyBaseException) {
    if (val !== null && val !== Py_None) {
      throw newExceptionMsg(PyExc_TypeError, 'instance exception may not have a separate value');
    }
    exc = typ;
  } else {
    throw newExceptionMsg(PyExc_TypeError, 'exceptions must be classes or instances deriving '
      + `from BaseException, not ${typeName(typ.ob_type)}`);
  }
  if (tb !== null) exc.traceback = tb;
  return genSendEx(gen, Py_None, exc, false);
}

/** PyErr_NormalizeException for (class, value). @see Python/errors.c */
function normalizeException(typ: PyTypeObject, val: PyObject | null): PyBaseException {
  if (val instanceof PyBaseException && isSubtype(val.ob_type, typ)) return val;
  const args = val === null || val === Py_None ? [] : val instanceof PyTuple ? val.items : [val];
  const r = currentInterpreter().callObject(typ, args, null);
  if (!(r instanceof PyBaseException)) {
    throw newExceptionMsg(PyExc_TypeError, `calling ${typeName(typ)}() should have returned an `
      + `instance of BaseException, not ${typeName(r.ob_type)}`);
  }
  return r;
}

/** The argument checks and DeprecationWarning of throw()/athrow(). @see gen_throw */
export function throwArgs(name: string, args: PyObject[], warnName = name): [PyObject,
  PyObject | null, PyObject | null] {
  if (args.length < 1) {
    throw newExceptionMsg(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  }
  if (args.length > 3) {
    throw newExceptionMsg(PyExc_TypeError,
      `${name} expected at most 3 arguments, got ${args.length}`);
  }
  if (args.length > 1) {
    warn(currentInterpreter(), PyExc_DeprecationWarning, `the (type, exc, tb) signature of `
      + `${warnName}() is deprecated, use the single-arg signature instead.`, 1);
  }
  return [args[0], args[1] ?? null, args[2] ?? null];
}

export function genThrow(gen: PyGenObject, args: PyObject[]): PyObject {
  const [typ, val, tb] = throwArgs('throw', args);
  return genThrowInner(gen, true, typ, val, tb);
}

/** A METH_O method's argument count check: "X.send() takes exactly one argument (0 given)". */
export function oneArg(owner: string, name: string, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  noKwargs(owner, name, kwargs);
  if (args.length !== 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `${owner}.${name}() takes exactly one argument (${args.length} given)`);
  }
  return args[0];
}

/** A METH_NOARGS method's check: "X.close() takes no arguments (1 given)". */
export function noArgs(owner: string, name: string, args: PyObject[], kwargs: PyObject | null):
  void {
  noKwargs(owner, name, kwargs);
  if (args.length !== 0) {
    throw newExceptionMsg(PyExc_TypeError,
      `${owner}.${name}() takes no arguments (${args.length} given)`);
  }
}

function noKwargs(owner: string, name: string, kwargs: PyObject | null): void {
  const n = (kwargs as { ma_used?: number } | null)?.ma_used ?? 0;
  if (n > 0) throw newExceptionMsg(PyExc_TypeError, `${owner}.${name}() takes no keyword arguments`);
}

// --- the Python-visible face ----------------------------------------------------------------

function genRepr(o: PyObject): PyObject {
  const g = o as PyGenObject;
  return newStr(`<${typeName(g.ob_type)} object ${(g.qualname as PyUnicode).value} at `
    + `${addressText(g)}>`);
}

function getFrame(o: PyObject): PyObject {
  const g = o as PyGenObject;
  return g.state >= GenState.COMPLETED ? Py_None : frameGetFrameObject(g.frame);
}

function nameSetter(which: 'name' | 'qualname') {
  return (o: PyObject, v: PyObject | null): void => {
    if (!(v instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError, `__${which}__ must be set to a string object`);
    }
    (o as PyGenObject)[which] = v;
  };
}

/** gi_*, cr_*, ag_*: the same fields under each kind's prefix. @see gen_getsetlist */
function genGetSet(prefix: 'gi' | 'cr' | 'ag'): PyGetSetDef[] {
  const running = (o: PyObject): PyObject => {
    const g = o as PyGenObject;
    if (prefix === 'ag') return g.runningAsync ? Py_True : Py_False;
    return g.state === GenState.EXECUTING ? Py_True : Py_False;
  };
  const list: PyGetSetDef[] = [
    { name: '__name__', get: (o) => (o as PyGenObject).name, set: nameSetter('name') },
    { name: '__qualname__', get: (o) => (o as PyGenObject).qualname, set: nameSetter('qualname') },
    { name: `${prefix === 'gi' ? 'gi_yieldfrom' : prefix + '_await'}`,
      get: (o) => genYieldFrom(o as PyGenObject) ?? Py_None, set: null },
    { name: `${prefix}_running`, get: running, set: null },
    { name: `${prefix}_frame`, get: getFrame, set: null },
    { name: `${prefix}_suspended`, get: (o) => {
      const s = (o as PyGenObject).state;
      return s === GenState.SUSPENDED || s === GenState.SUSPENDED_YIELD_FROM ? Py_True : Py_False;
    }, set: null },
    { name: `${prefix}_code`, get: (o) => (o as PyGenObject).frame.exec.code as PyObject,
      set: null },
  ];
  if (prefix === 'cr') {
    list.push({ name: 'cr_origin', get: (o) => (o as PyGenObject).origin, set: null });
  }
  return list;
}

const genMethods: PyMethodDef[] = [
  { ml_name: 'send', ml_meth: (s, a, k) => genSendEx(s as PyGenObject,
    oneArg(typeName(s.ob_type), 'send', a, k), null, false) },
  { ml_name: 'throw', ml_meth: (s, a) => genThrow(s as PyGenObject, a) },
  { ml_name: 'close', ml_meth: (s, a, k) => {
    noArgs(typeName(s.ob_type), 'close', a, k);
    return genClose(s as PyGenObject);
  } },
];

PyGen_Type.tp_repr = genRepr;
PyGen_Type.tp_iter = (o) => o;
PyGen_Type.tp_iternext = genIterNext;
PyGen_Type.tp_methods = genMethods;
PyGen_Type.tp_getset = genGetSet('gi');

PyCoro_Type.tp_repr = genRepr;
PyCoro_Type.tp_getset = genGetSet('cr');

PyAsyncGen_Type.tp_repr = genRepr;
PyAsyncGen_Type.tp_getset = genGetSet('ag');
