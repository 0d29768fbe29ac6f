// Mirrors Objects/exceptions.c: the built-in exception hierarchy, the instance layouts
// (BaseException and the subclasses with extra fields) and their str/repr. A Python error is
// raised in host code by throwing the exception object itself (a PyObject, not a JS Error).

import { PyObject, PyTypeObject, PyBaseObject_Type, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS, type PyGetSetDef, type PyMethodDef } from '../object.js';
import { PyTuple, PyTuple_Type, Py_EmptyTuple, newTuple } from './tupleobject.js';
import { newStr } from './unicodeobject.js';
import { Py_None } from './noneobject.js';
import { PyLong, newInt, _setIntStrLimitThrower } from './longobject.js';
import { Py_True, Py_False } from './boolobject.js';
import { PyDict, PyDict_Type, newDict } from './dictobject.js';

/**
 * An exception instance. Fields as in PyBaseExceptionObject. `__notes__` lives in the
 * instance dict, as in CPython (whose `notes` field is never used).
 * @see Include/cpython/pyerrors.h PyBaseExceptionObject
 */
export class PyBaseException extends PyObject {
  declare args: PyTuple;
  declare traceback: PyObject | null;
  declare context: PyObject | null;
  declare cause: PyObject | null;
  declare suppress_context: boolean;
  /** The instance `__dict__`, created on demand by the runtime. */
  declare dict: PyDict | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.args = Py_EmptyTuple;
    this.traceback = null;
    this.context = null;
    this.cause = null;
    this.suppress_context = false;
    this.dict = null;
  }
}

/** @see PySyntaxErrorObject */
export class PySyntaxErrorObject extends PyBaseException {
  msg: PyObject | null = null;
  filename: PyObject | null = null;
  lineno: PyObject | null = null;
  offset: PyObject | null = null;
  text: PyObject | null = null;
  end_lineno: PyObject | null = null;
  end_offset: PyObject | null = null;
  print_file_and_line: PyObject | null = null;
}

/** @see PyImportErrorObject */
export class PyImportErrorObject extends PyBaseException {
  msg: PyObject | null = null;
  name: PyObject | null = null;
  path: PyObject | null = null;
  name_from: PyObject | null = null;
}

/** @see PyUnicodeErrorObject */
export class PyUnicodeErrorObject extends PyBaseException {
  encoding: PyObject | null = null;
  object: PyObject | null = null;
  start = 0;
  end = 0;
  reason: PyObject | null = null;
}

/** @see PySystemExitObject */
export class PySystemExitObject extends PyBaseException {
  code: PyObject = Py_None;
}

/** @see PyOSErrorObject */
export class PyOSErrorObject extends PyBaseException {
  myerrno: PyObject | null = null;
  strerror: PyObject | null = null;
  filename: PyObject | null = null;
  filename2: PyObject | null = null;
  /** BlockingIOError.characters_written; -1 when unset. */
  written = -1;
}

/** @see PyStopIterationObject */
export class PyStopIterationObject extends PyBaseException {
  value: PyObject = Py_None;
}

/** @see PyNameErrorObject */
export class PyNameErrorObject extends PyBaseException {
  name: PyObject | null = null;
}

/** @see PyAttributeErrorObject */
export class PyAttributeErrorObject extends PyBaseException {
  obj: PyObject | null = null;
  name: PyObject | null = null;
}

/** @see PyBaseExceptionGroupObject */
export class PyBaseExceptionGroupObject extends PyBaseException {
  msg: PyObject = Py_None;
  excs: PyTuple = Py_EmptyTuple;
}

// Which JS class holds instances of a type: the nearest registered layout on the tp_base
// chain (CPython: tp_basicsize inherited from the type that defines the struct).
const layouts = new Map<PyTypeObject, new (t: PyTypeObject) => PyBaseException>();

function excType(name: string, base: PyTypeObject | null,
  layout?: new (t: PyTypeObject) => PyBaseException): PyTypeObject {
  const t = new PyTypeObject(name, base ?? PyBaseObject_Type,
    Py_TPFLAGS_BASETYPE | Py_TPFLAGS_BASE_EXC_SUBCLASS);
  if (layout !== undefined) layouts.set(t, layout);
  // Every exception struct starts with PyException_HEAD, whose dict sits at offset 16.
  t.tp_dictoffset = 16;
  return t;
}

/**
 * A new exception class for a C module (`struct.error`, `binascii.Error`): `name` is
 * "module.Name". @see Python/errors.c PyErr_NewException
 */
export function newExceptionType(name: string, base: PyTypeObject): PyTypeObject {
  return excType(name, base);
}

/** `BaseException`. */
export const PyExc_BaseException = excType('BaseException', null, PyBaseException);
export const PyExc_BaseExceptionGroup = excType('BaseExceptionGroup', PyExc_BaseException,
  PyBaseExceptionGroupObject);
export const PyExc_GeneratorExit = excType('GeneratorExit', PyExc_BaseException);
export const PyExc_KeyboardInterrupt = excType('KeyboardInterrupt', PyExc_BaseException);
export const PyExc_SystemExit = excType('SystemExit', PyExc_BaseException, PySystemExitObject);
export const PyExc_Exception = excType('Exception', PyExc_BaseException);
export const PyExc_ArithmeticError = excType('ArithmeticError', PyExc_Exception);
export const PyExc_FloatingPointError = excType('FloatingPointError', PyExc_ArithmeticError);
export const PyExc_OverflowError = excType('OverflowError', PyExc_ArithmeticError);
export const PyExc_ZeroDivisionError = excType('ZeroDivisionError', PyExc_ArithmeticError);
export const PyExc_AssertionError = excType('AssertionError', PyExc_Exception);
export const PyExc_AttributeError = excType('AttributeError', PyExc_Exception,
  PyAttributeErrorObject);
export const PyExc_BufferError = excType('BufferError', PyExc_Exception);
export const PyExc_EOFError = excType('EOFError', PyExc_Exception);
export const PyExc_ExceptionGroup = excType('ExceptionGroup', PyExc_BaseExceptionGroup);
// ExceptionGroup(BaseExceptionGroup, Exception): the one built-in with two bases.
PyExc_ExceptionGroup.tp_bases = [PyExc_BaseExceptionGroup, PyExc_Exception];
PyExc_ExceptionGroup.tp_mro = [PyExc_ExceptionGroup, PyExc_BaseExceptionGroup, PyExc_Exception,
  PyExc_BaseException, PyBaseObject_Type];
export const PyExc_ImportError = excType('ImportError', PyExc_Exception, PyImportErrorObject);
export const PyExc_ModuleNotFoundError = excType('ModuleNotFoundError', PyExc_ImportError);
export const PyExc_LookupError = excType('LookupError', PyExc_Exception);
export const PyExc_IndexError = excType('IndexError', PyExc_LookupError);
export const PyExc_KeyError = excType('KeyError', PyExc_LookupError);
export const PyExc_MemoryError = excType('MemoryError', PyExc_Exception);
export const PyExc_NameError = excType('NameError', PyExc_Exception, PyNameErrorObject);
export const PyExc_UnboundLocalError = excType('UnboundLocalError', PyExc_NameError);
export const PyExc_OSError = excType('OSError', PyExc_Exception, PyOSErrorObject);
export const PyExc_BlockingIOError = excType('BlockingIOError', PyExc_OSError);
export const PyExc_ChildProcessError = excType('ChildProcessError', PyExc_OSError);
export const PyExc_ConnectionError = excType('ConnectionError', PyExc_OSError);
export const PyExc_BrokenPipeError = excType('BrokenPipeError', PyExc_ConnectionError);
export const PyExc_ConnectionAbortedError = excType('ConnectionAbortedError',
  PyExc_ConnectionError);
export const PyExc_ConnectionRefusedError = excType('ConnectionRefusedError',
  PyExc_ConnectionError);
export const PyExc_ConnectionResetError = excType('ConnectionResetError', PyExc_ConnectionError);
export const PyExc_FileExistsError = excType('FileExistsError', PyExc_OSError);
export const PyExc_FileNotFoundError = excType('FileNotFoundError', PyExc_OSError);
export const PyExc_InterruptedError = excType('InterruptedError', PyExc_OSError);
export const PyExc_IsADirectoryError = excType('IsADirectoryError', PyExc_OSError);
export const PyExc_NotADirectoryError = excType('NotADirectoryError', PyExc_OSError);
export const PyExc_PermissionError = excType('PermissionError', PyExc_OSError);
export const PyExc_ProcessLookupError = excType('ProcessLookupError', PyExc_OSError);
export const PyExc_TimeoutError = excType('TimeoutError', PyExc_OSError);
/** `EnvironmentError` and `IOError` are the same object as OSError. */
export const PyExc_EnvironmentError = PyExc_OSError;
export const PyExc_IOError = PyExc_OSError;
export const PyExc_ReferenceError = excType('ReferenceError', PyExc_Exception);
export const PyExc_RuntimeError = excType('RuntimeError', PyExc_Exception);
export const PyExc_NotImplementedError = excType('NotImplementedError', PyExc_RuntimeError);
export const PyExc_PythonFinalizationError = excType('PythonFinalizationError',
  PyExc_RuntimeError);
export const PyExc_RecursionError = excType('RecursionError', PyExc_RuntimeError);
export const PyExc_StopAsyncIteration = excType('StopAsyncIteration', PyExc_Exception);
export const PyExc_StopIteration = excType('StopIteration', PyExc_Exception,
  PyStopIterationObject);
export const PyExc_SyntaxError = excType('SyntaxError', PyExc_Exception, PySyntaxErrorObject);
export const PyExc_IndentationError = excType('IndentationError', PyExc_SyntaxError);
export const PyExc_TabError = excType('TabError', PyExc_IndentationError);
/** The hidden `_IncompleteInputError` the REPL's codeop uses (3.13). */
export const PyExc_IncompleteInputError = excType('_IncompleteInputError', PyExc_SyntaxError);
export const PyExc_SystemError = excType('SystemError', PyExc_Exception);
export const PyExc_TypeError = excType('TypeError', PyExc_Exception);
export const PyExc_ValueError = excType('ValueError', PyExc_Exception);
export const PyExc_UnicodeError = excType('UnicodeError', PyExc_ValueError);
export const PyExc_UnicodeDecodeError = excType('UnicodeDecodeError', PyExc_UnicodeError,
  PyUnicodeErrorObject);
export const PyExc_UnicodeEncodeError = excType('UnicodeEncodeError', PyExc_UnicodeError,
  PyUnicodeErrorObject);
export const PyExc_UnicodeTranslateError = excType('UnicodeTranslateError', PyExc_UnicodeError,
  PyUnicodeErrorObject);
export const PyExc_Warning = excType('Warning', PyExc_Exception);
export const PyExc_BytesWarning = excType('BytesWarning', PyExc_Warning);
export const PyExc_DeprecationWarning = excType('DeprecationWarning', PyExc_Warning);
export const PyExc_EncodingWarning = excType('EncodingWarning', PyExc_Warning);
export const PyExc_FutureWarning = excType('FutureWarning', PyExc_Warning);
export const PyExc_ImportWarning = excType('ImportWarning', PyExc_Warning);
export const PyExc_PendingDeprecationWarning = excType('PendingDeprecationWarning',
  PyExc_Warning);
export const PyExc_ResourceWarning = excType('ResourceWarning', PyExc_Warning);
export const PyExc_RuntimeWarning = excType('RuntimeWarning', PyExc_Warning);
export const PyExc_SyntaxWarning = excType('SyntaxWarning', PyExc_Warning);
export const PyExc_UnicodeWarning = excType('UnicodeWarning', PyExc_Warning);
export const PyExc_UserWarning = excType('UserWarning', PyExc_Warning);

/**
 * Every built-in exception by its Python name, in the order builtins lists them
 * (including the aliases EnvironmentError and IOError, and 3.13's `_IncompleteInputError`).
 */
export const builtinExceptions: ReadonlyMap<string, PyTypeObject> = new Map(
  ([PyExc_BaseException, PyExc_BaseExceptionGroup, PyExc_GeneratorExit, PyExc_KeyboardInterrupt,
    PyExc_SystemExit, PyExc_Exception, PyExc_ArithmeticError, PyExc_FloatingPointError,
    PyExc_OverflowError, PyExc_ZeroDivisionError, PyExc_AssertionError, PyExc_AttributeError,
    PyExc_BufferError, PyExc_EOFError, PyExc_ExceptionGroup, PyExc_ImportError,
    PyExc_ModuleNotFoundError, PyExc_LookupError, PyExc_IndexError, PyExc_KeyError,
    PyExc_MemoryError, PyExc_NameError, PyExc_UnboundLocalError, PyExc_OSError,
    PyExc_BlockingIOError, PyExc_ChildProcessError, PyExc_ConnectionError, PyExc_BrokenPipeError,
    PyExc_ConnectionAbortedError, PyExc_ConnectionRefusedError, PyExc_ConnectionResetError,
    PyExc_FileExistsError, PyExc_FileNotFoundError, PyExc_InterruptedError,
    PyExc_IsADirectoryError, PyExc_NotADirectoryError, PyExc_PermissionError,
    PyExc_ProcessLookupError, PyExc_TimeoutError, PyExc_ReferenceError, PyExc_RuntimeError,
    PyExc_NotImplementedError, PyExc_PythonFinalizationError, PyExc_RecursionError,
    PyExc_StopAsyncIteration, PyExc_StopIteration, PyExc_SyntaxError, PyExc_IndentationError,
    PyExc_TabError, PyExc_IncompleteInputError, PyExc_SystemError, PyExc_TypeError,
    PyExc_ValueError, PyExc_UnicodeError,
    PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, PyExc_UnicodeTranslateError,
    PyExc_Warning, PyExc_BytesWarning, PyExc_DeprecationWarning, PyExc_EncodingWarning,
    PyExc_FutureWarning, PyExc_ImportWarning, PyExc_PendingDeprecationWarning,
    PyExc_ResourceWarning, PyExc_RuntimeWarning, PyExc_SyntaxWarning, PyExc_UnicodeWarning,
    PyExc_UserWarning].map((t) => [t.tp_name, t] as [string, PyTypeObject]))
    .concat([['EnvironmentError', PyExc_OSError], ['IOError', PyExc_OSError]]));

/** `PyExceptionInstance_Check`. */
export function PyExceptionInstance_Check(o: PyObject): o is PyBaseException {
  return o instanceof PyBaseException;
}

/** `PyExceptionClass_Check`: a type deriving from BaseException. */
export function PyExceptionClass_Check(o: PyObject): o is PyTypeObject {
  return o instanceof PyTypeObject && isSubtypeOfBase(o);
}
function isSubtypeOfBase(t: PyTypeObject): boolean {
  const mro = t.tp_mro ?? [];
  return mro.includes(PyExc_BaseException);
}

/** Does exception type `t` derive from `base`? (`PyErr_GivenExceptionMatches` on types.) */
export function excMatches(t: PyTypeObject, base: PyTypeObject): boolean {
  return t === base || (t.tp_mro ?? []).includes(base);
}

/** The JS class that holds instances of an exception type. */
export function exceptionLayout(t: PyTypeObject): new (t: PyTypeObject) => PyBaseException {
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    const l = layouts.get(b);
    if (l !== undefined) return l;
  }
  // A type deriving from two bases takes the layout of its first exception base.
  for (const b of t.tp_mro ?? []) {
    const l = layouts.get(b);
    if (l !== undefined) return l;
  }
  return PyBaseException;
}

export { initException, exceptionStr, exceptionRepr, exceptionGroupNew } from './exceptions_init.js';
import {
  initException, exceptionRepr, exceptionGroupNew, baseExceptionStr, keyErrorStr, syntaxErrorStr,
  osErrorStr, importErrorStr, exceptionGroupStr, unicodeErrorStr,
} from './exceptions_init.js';

/**
 * Create and initialise an exception as calling the type would: tp_new then tp_init.
 * @see Objects/exceptions.c BaseException_new, *_init
 */
export function newException(type: PyTypeObject, args: PyObject[] | PyTuple = [],
  kwargs: PyDict | null = null): PyBaseException {
  const argv = args instanceof PyTuple ? args.items : args;
  const e = exceptionAlloc(type, argv);
  e.args = args instanceof PyTuple ? args : newTuple(args);
  initException(e, argv, kwargs);
  return e;
}

/**
 * The tp_new part every exception shares: allocate the instance, letting OSError pick its
 * subclass from errno and BaseExceptionGroup check its arguments and pick its class.
 * @see Objects/exceptions.c BaseException_new, OSError_new, BaseExceptionGroup_new
 */
function exceptionAlloc(type: PyTypeObject, args: PyObject[]): PyBaseException {
  if (type === PyExc_OSError) type = oserrorSubtype(args);
  else if (excMatches(type, PyExc_BaseExceptionGroup)) {
    const { cls, msg, excs } = exceptionGroupNew(type, args);
    const g = new (exceptionLayout(cls))(cls) as PyBaseExceptionGroupObject;
    g.msg = msg;
    g.excs = excs;
    return g;
  }
  return new (exceptionLayout(type))(type);
}

// OSError(errno, ...) picks the subclass for well-known errno values (Linux numbers).
const errnoMap = new Map<number, PyTypeObject>([
  [11, PyExc_BlockingIOError], [114, PyExc_BlockingIOError], [115, PyExc_BlockingIOError],
  [10, PyExc_ChildProcessError], [32, PyExc_BrokenPipeError], [108, PyExc_BrokenPipeError],
  [103, PyExc_ConnectionAbortedError], [111, PyExc_ConnectionRefusedError],
  [104, PyExc_ConnectionResetError], [17, PyExc_FileExistsError],
  [2, PyExc_FileNotFoundError], [21, PyExc_IsADirectoryError], [20, PyExc_NotADirectoryError],
  [4, PyExc_InterruptedError], [13, PyExc_PermissionError], [1, PyExc_PermissionError],
  [3, PyExc_ProcessLookupError], [110, PyExc_TimeoutError]]);

function oserrorSubtype(args: PyObject[]): PyTypeObject {
  if (args.length >= 2 && args.length <= 5 && args[0] instanceof PyLong) {
    const v = (args[0] as PyLong).value;
    if (typeof v === 'number') return errnoMap.get(v) ?? PyExc_OSError;
  }
  return PyExc_OSError;
}

/** Make an exception of `type` with one str argument. */
export function newExceptionMsg(type: PyTypeObject, msg: string): PyBaseException {
  return newException(type, [newStr(msg)]);
}

/**
 * Throw a new exception of `type` with the message as its single argument.
 * @see Python/errors.c PyErr_SetString
 */
export function raise(type: PyTypeObject, msg: string): never {
  throw newExceptionMsg(type, msg);
}

/** `raise TypeError(msg)`. */
export function typeError(msg: string): never { throw newExceptionMsg(PyExc_TypeError, msg); }
/** `raise ValueError(msg)`. */
export function valueError(msg: string): never { throw newExceptionMsg(PyExc_ValueError, msg); }
/** `raise IndexError(msg)`. */
export function indexError(msg: string): never { throw newExceptionMsg(PyExc_IndexError, msg); }
/** `raise KeyError(key)`: the key itself is the argument. */
export function keyError(key: PyObject): never { throw newException(PyExc_KeyError, [key]); }
/** `raise AttributeError(msg)`. */
export function attributeError(msg: string): never {
  throw newExceptionMsg(PyExc_AttributeError, msg);
}
/** `raise NameError(msg)`. */
export function nameError(msg: string): never { throw newExceptionMsg(PyExc_NameError, msg); }
/** `raise OverflowError(msg)`. */
export function overflowError(msg: string): never {
  throw newExceptionMsg(PyExc_OverflowError, msg);
}
/** `raise ZeroDivisionError(msg)`. */
export function zeroDivisionError(msg: string): never {
  throw newExceptionMsg(PyExc_ZeroDivisionError, msg);
}
/** `raise RuntimeError(msg)`. */
export function runtimeError(msg: string): never {
  throw newExceptionMsg(PyExc_RuntimeError, msg);
}
/** `raise SystemError(msg)`. */
export function systemError(msg: string): never {
  throw newExceptionMsg(PyExc_SystemError, msg);
}
/** `raise RecursionError(msg)`. */
export function recursionError(msg: string): never {
  throw newExceptionMsg(PyExc_RecursionError, msg);
}
/** `raise NotImplementedError(msg)`. */
export function notImplementedError(msg: string): never {
  throw newExceptionMsg(PyExc_NotImplementedError, msg);
}

_setIntStrLimitThrower(valueError);

// ---- attributes, for the runtime's generic getattr ----

function getset(name: string, get: (e: PyBaseException) => PyObject,
  set: ((e: PyBaseException, v: PyObject | null) => void) | null = null): PyGetSetDef {
  return {
    name,
    get: get as (self: PyObject) => PyObject,
    set: set as ((self: PyObject, v: PyObject | null) => void) | null,
  };
}

const orNone = (v: PyObject | null): PyObject => v ?? Py_None;

// Hooks the runtime fills: which type tracebacks have (Python/traceback.c lives in runtime/),
// and PySequence_Tuple, which needs the iterator protocol of a later lecture.
let tracebackType: PyTypeObject | null = null;
/** Tell the exceptions which type traceback objects have (`PyTraceBack_Check`). */
export function setTracebackType(t: PyTypeObject): void { tracebackType = t; }
/** `PyTraceBack_Check`. */
export function isTraceback(o: PyObject): boolean { return o.ob_type === tracebackType; }

/**
 * `PySequence_Tuple(o)`: tuple(o) for any iterable, through the tp_iter/tp_iternext slots
 * the running VM's lectures have filled (or the old __getitem__ protocol).
 * @see Objects/abstract.c PySequence_Tuple
 */
export function exceptionSequenceTuple(o: PyObject): PyTuple {
  if (o.ob_type === PyTuple_Type) return o as PyTuple;
  const items = (o as { items?: unknown }).items;
  if (Array.isArray(items)) return newTuple(items.slice() as PyObject[]);
  let iter: PyTypeObject['tp_iter'] = null;
  let item: ((o: PyObject, i: number) => PyObject) | null = null;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    iter ??= c.tp_iter;
    if (c.tp_as_sequence !== null) item ??= c.tp_as_sequence.sq_item;
  }
  const out: PyObject[] = [];
  if (iter !== null) {
    const it = iter(o);
    let next: PyTypeObject['tp_iternext'] = null;
    for (let c: PyTypeObject | null = it.ob_type; c !== null && next === null; c = c.tp_base) {
      next = c.tp_iternext;
    }
    if (next === null) typeError(`iter() returned non-iterator of type '${it.ob_type.tp_name}'`);
    for (;;) {
      let v: PyObject | null;
      try {
        v = next(it);
      } catch (e) {
        if (e instanceof PyBaseException && excMatches(e.ob_type, PyExc_StopIteration)) break;
        throw e;
      }
      if (v === null) break;
      out.push(v);
    }
    return newTuple(out);
  }
  if (item === null || excMatches(o.ob_type, PyDict_Type)) {
    typeError(`'${o.ob_type.tp_name}' object is not iterable`);
  }
  for (let i = 0; ; i++) {
    try {
      out.push(item(o, i));
    } catch (e) {
      if (e instanceof PyBaseException && excMatches(e.ob_type, PyExc_IndexError)) break;
      throw e;
    }
  }
  return newTuple(out);
}

/** The instance `__dict__`, made on first use (PyObject_GenericGetDict). */
export function exceptionDict(e: PyBaseException): PyDict {
  if (e.dict === null) e.dict = newDict();
  return e.dict;
}

/**
 * BaseException's attributes, with the checks their setters make.
 * @see Objects/exceptions.c BaseException_getset, BaseException_members
 */
export const baseExceptionGetSet: PyGetSetDef[] = [
  getset('__dict__', (e) => exceptionDict(e), (e, v) => {
    if (v === null) typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) {
      typeError(`__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
    }
    e.dict = v as PyDict;
  }),
  getset('args', (e) => e.args, (e, v) => {
    if (v === null) typeError('args may not be deleted');
    e.args = exceptionSequenceTuple(v);
  }),
  getset('__traceback__', (e) => orNone(e.traceback), (e, v) => {
    if (v === null) typeError('__traceback__ may not be deleted');
    setTraceback(e, v);
  }),
  getset('__context__', (e) => orNone(e.context), (e, v) => {
    if (v === null) typeError('__context__ may not be deleted');
    if (v !== Py_None && !(v instanceof PyBaseException)) {
      typeError('exception context must be None or derive from BaseException');
    }
    e.context = v === Py_None ? null : v;
  }),
  getset('__cause__', (e) => orNone(e.cause), (e, v) => {
    if (v === null) typeError('__cause__ may not be deleted');
    if (v !== Py_None && !(v instanceof PyBaseException)) {
      typeError('exception cause must be None or derive from BaseException');
    }
    // PyException_SetCause: setting a cause (even None) suppresses the context.
    e.cause = v === Py_None ? null : v;
    e.suppress_context = true;
  }),
  // A T_BOOL member: only a real bool may be stored, and it cannot be deleted.
  getset('__suppress_context__', (e) => (e.suppress_context ? Py_True : Py_False), (e, v) => {
    if (v === null) typeError("can't delete numeric/char attribute");
    if (v !== Py_True && v !== Py_False) typeError('attribute value type must be bool');
    e.suppress_context = v === Py_True;
  }),
];

/**
 * `BaseException.__traceback__ = tb`: a traceback or None, nothing else.
 * @see Objects/exceptions.c BaseException___traceback___set_impl
 */
export function setTraceback(e: PyBaseException, v: PyObject): void {
  if (v === Py_None) e.traceback = null;
  else if (isTraceback(v)) e.traceback = v;
  else typeError('__traceback__ must be a traceback or None');
}

function fieldGetSet<T extends PyBaseException>(names: (keyof T & string)[]): PyGetSetDef[] {
  return names.map((n) => getset(n, (e) => orNone((e as T)[n] as PyObject | null),
    (e, v) => { ((e as T)[n] as PyObject | null) = v === null ? Py_None : v; }));
}

/** SyntaxError's members. @see Objects/exceptions.c SyntaxError_members */
export const syntaxErrorMembers: PyGetSetDef[] = fieldGetSet<PySyntaxErrorObject>(['msg',
  'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']);
/** ImportError's members. */
export const importErrorMembers: PyGetSetDef[] = fieldGetSet<PyImportErrorObject>(['msg', 'name',
  'path', 'name_from']);
/** OSError's members (errno is stored as myerrno) and BlockingIOError's characters_written. */
export const osErrorMembers: PyGetSetDef[] = [
  getset('errno', (e) => orNone((e as PyOSErrorObject).myerrno),
    (e, v) => { (e as PyOSErrorObject).myerrno = v; }),
  ...fieldGetSet<PyOSErrorObject>(['strerror', 'filename', 'filename2']),
];
/** @see Objects/exceptions.c OSError_written_get, OSError_written_set */
export const osErrorGetSet: PyGetSetDef[] = [
  getset('characters_written', (e) => {
    const o = e as PyOSErrorObject;
    if (o.written === -1) attributeError('characters_written');
    return newInt(o.written);
  }, (e, v) => {
    const o = e as PyOSErrorObject;
    if (v === null) {
      if (o.written === -1) attributeError('characters_written');
      o.written = -1;
      return;
    }
    if (!(v instanceof PyLong)) {
      typeError(`'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    o.written = Number(v.value);
  }),
];
/** StopIteration.value. */
export const stopIterationMembers: PyGetSetDef[] = fieldGetSet<PyStopIterationObject>(['value']);
/** SystemExit.code. */
export const systemExitMembers: PyGetSetDef[] = fieldGetSet<PySystemExitObject>(['code']);
/** NameError.name. */
export const nameErrorMembers: PyGetSetDef[] = fieldGetSet<PyNameErrorObject>(['name']);
/** AttributeError.name and .obj. */
export const attributeErrorMembers: PyGetSetDef[] = fieldGetSet<PyAttributeErrorObject>(['name',
  'obj']);
/** UnicodeError's members: objects, and start/end as Py_ssize_t (T_PYSSIZET). */
export const unicodeErrorMembers: PyGetSetDef[] = [
  ...fieldGetSet<PyUnicodeErrorObject>(['encoding', 'object']),
  getset('start', (e) => newInt((e as PyUnicodeErrorObject).start),
    (e, v) => { (e as PyUnicodeErrorObject).start = ssizeMember(v); }),
  getset('end', (e) => newInt((e as PyUnicodeErrorObject).end),
    (e, v) => { (e as PyUnicodeErrorObject).end = ssizeMember(v); }),
  ...fieldGetSet<PyUnicodeErrorObject>(['reason']),
];

/** A T_PYSSIZET member's store. @see Python/structmember.c PyMember_SetOne */
function ssizeMember(v: PyObject | null): number {
  if (v === null) typeError("can't delete numeric/char attribute");
  if (!(v instanceof PyLong)) typeError('an integer is required');
  return Number(v.value);
}
/** BaseExceptionGroup.message and .exceptions. */
export const exceptionGroupMembers: PyGetSetDef[] = [
  getset('message', (e) => (e as PyBaseExceptionGroupObject).msg),
  getset('exceptions', (e) => (e as PyBaseExceptionGroupObject).excs),
];

// Slots. Everything read here is defined in this file or is a hoisted function, so the
// wiring works whichever module of the objects/ cycle is imported first.
PyExc_BaseException.tp_repr = (o) => newStr(exceptionRepr(o));
PyExc_BaseException.tp_str = (o) => newStr(baseExceptionStr(o as PyBaseException));
// Each type with its own str (CPython's *_str functions); subclasses inherit along tp_base.
PyExc_KeyError.tp_str = (o) => newStr(keyErrorStr(o as PyBaseException));
PyExc_SyntaxError.tp_str = (o) => newStr(syntaxErrorStr(o as PySyntaxErrorObject));
PyExc_OSError.tp_str = (o) => newStr(osErrorStr(o as PyOSErrorObject));
PyExc_ImportError.tp_str = (o) => newStr(importErrorStr(o as PyImportErrorObject));
PyExc_BaseExceptionGroup.tp_str = (o) => newStr(exceptionGroupStr(o as PyBaseExceptionGroupObject));
for (const t of [PyExc_UnicodeEncodeError, PyExc_UnicodeDecodeError, PyExc_UnicodeTranslateError]) {
  t.tp_str = (o) => newStr(unicodeErrorStr(o as PyUnicodeErrorObject));
}
PyExc_BaseException.tp_getset = baseExceptionGetSet;
/** `BaseException.with_traceback(tb)`. @see Objects/exceptions.c BaseException_with_traceback */
export const withTracebackMethod: PyMethodDef = {
  ml_name: 'with_traceback',
  ml_meth: (self, args) => {
    if (args.length !== 1) {
      typeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
    }
    setTraceback(self as PyBaseException, args[0]);
    return self;
  },
  ml_doc: 'Set self.__traceback__ to tb and return self.',
};
// add_note, __reduce__ and __setstate__ need lists and the attribute protocol: lecture 08
// (src/exceptions.ts) gives BaseException its full method table.
PyExc_BaseException.tp_methods = [withTracebackMethod];
PyExc_BaseException.tp_new = (type, args) => {
  const e = exceptionAlloc(type, args);
  e.args = newTuple(args);
  return e;
};
PyExc_BaseException.tp_init = (self, args, kwargs) =>
  initException(self as PyBaseException, args, kwargs as PyDict | null);

// Which types have a __new__, __init__ and __str__ of their own (and so list them in their
// __dict__), as the macros of Objects/exceptions.c build them: SimpleExtendsException gives
// a type BaseException_new and _init; the Middling and Complex ones their own init (and str)
// but no new. ExceptionGroup, a heap type made at start-up, defines none of them.
const inheritsNew = new Set([PyExc_AttributeError, PyExc_ImportError, PyExc_KeyError,
  PyExc_NameError, PyExc_SyntaxError, PyExc_ExceptionGroup, PyExc_BlockingIOError,
  PyExc_BrokenPipeError, PyExc_ChildProcessError, PyExc_ConnectionAbortedError,
  PyExc_ConnectionError, PyExc_ConnectionRefusedError, PyExc_ConnectionResetError,
  PyExc_FileExistsError, PyExc_FileNotFoundError, PyExc_IndentationError,
  PyExc_InterruptedError, PyExc_IsADirectoryError, PyExc_ModuleNotFoundError,
  PyExc_NotADirectoryError, PyExc_PermissionError, PyExc_ProcessLookupError,
  PyExc_StopIteration, PyExc_SystemExit, PyExc_TabError, PyExc_TimeoutError,
  PyExc_UnboundLocalError, PyExc_IncompleteInputError]);
for (const t of builtinExceptions.values()) {
  if (t === PyExc_ExceptionGroup) continue;
  t.tp_init = PyExc_BaseException.tp_init;
  if (!inheritsNew.has(t)) t.tp_new = PyExc_BaseException.tp_new;
}
for (const t of [PyExc_NameError, PyExc_AttributeError]) {
  t.tp_str = PyExc_BaseException.tp_str;
}
PyExc_SyntaxError.tp_members = syntaxErrorMembers;
PyExc_ImportError.tp_members = importErrorMembers;
PyExc_OSError.tp_members = osErrorMembers;
PyExc_OSError.tp_getset = osErrorGetSet;
PyExc_StopIteration.tp_members = stopIterationMembers;
PyExc_SystemExit.tp_members = systemExitMembers;
PyExc_NameError.tp_members = nameErrorMembers;
PyExc_AttributeError.tp_members = attributeErrorMembers;
// The three concrete Unicode errors carry the fields; UnicodeError itself is a plain one.
for (const t of [PyExc_UnicodeEncodeError, PyExc_UnicodeDecodeError, PyExc_UnicodeTranslateError]) {
  t.tp_members = unicodeErrorMembers;
}
PyExc_BaseExceptionGroup.tp_members = exceptionGroupMembers;
