// Mirrors Objects/exceptions.c: the built-in exception hierarchy, the instance layouts
// (BaseException and the subclasses with extra fields) and their str/repr. A Python error is
// raised in host code by throwing the exception object itself (a PyObject, not a JS Error).

import { PyObject, PyTypeObject, PyBaseObject_Type, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_BASE_EXC_SUBCLASS, type PyGetSetDef } from '../object.js';
import { PyTuple, Py_EmptyTuple, newTuple } from './tupleobject.js';
import { newStr } from './unicodeobject.js';
import { Py_None } from './noneobject.js';
import { PyLong, PyLong_Type, newInt, _setIntStrLimitThrower } from './longobject.js';
import { Py_True, Py_False } from './boolobject.js';
import type { PyDict } from './dictobject.js';

/**
 * An exception instance. Fields as in PyBaseExceptionObject; `__notes__` lives in the
 * instance dict in CPython, here it has its own slot (null until add_note).
 * @see Include/cpython/pyerrors.h PyBaseExceptionObject
 */
export class PyBaseException extends PyObject {
  declare args: PyTuple;
  declare notes: PyObject | null;
  declare traceback: PyObject | null;
  declare context: PyObject | null;
  declare cause: PyObject | null;
  declare suppress_context: boolean;
  /** The instance `__dict__`, created on demand by the runtime. */
  declare dict: PyDict | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.args = Py_EmptyTuple;
    this.notes = null;
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
  name: PyObject = Py_None;
}

/** @see PyAttributeErrorObject */
export class PyAttributeErrorObject extends PyBaseException {
  obj: PyObject = Py_None;
  name: PyObject = Py_None;
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
  return t;
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

export { initException, exceptionStr, exceptionRepr } from './exceptions_init.js';
import { initException, exceptionStr, exceptionRepr } from './exceptions_init.js';

/**
 * Create and initialise an exception as calling the type would: tp_new then tp_init.
 * @see Objects/exceptions.c BaseException_new, *_init
 */
export function newException(type: PyTypeObject, args: PyObject[] | PyTuple = [],
  kwargs: PyDict | null = null): PyBaseException {
  const argv = args instanceof PyTuple ? args.items : args;
  const t = type === PyExc_OSError ? oserrorSubtype(argv) : type;
  const e = new (exceptionLayout(t))(t);
  e.args = args instanceof PyTuple ? args : newTuple(args);
  initException(e, argv, kwargs);
  return e;
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
  if (args.length >= 2 && args.length <= 5 && args[0].ob_type === PyLong_Type) {
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

/** BaseException's attributes. @see Objects/exceptions.c BaseException_getset */
export const baseExceptionGetSet: PyGetSetDef[] = [
  getset('args', (e) => e.args, (e, v) => {
    if (v === null) typeError('args may not be deleted');
    e.args = v instanceof PyTuple ? v : newTuple([v]);
  }),
  getset('__traceback__', (e) => orNone(e.traceback), (e, v) => {
    if (v === null) typeError('__traceback__ may not be deleted');
    e.traceback = v === Py_None ? null : v;
  }),
  getset('__context__', (e) => orNone(e.context), (e, v) => {
    if (v === null) typeError('__context__ may not be deleted');
    e.context = v === Py_None ? null : v;
  }),
  getset('__cause__', (e) => orNone(e.cause), (e, v) => {
    if (v === null) typeError('__cause__ may not be deleted');
    e.cause = v === Py_None ? null : v;
    e.suppress_context = true;
  }),
  // CPython keeps __notes__ in the instance dict: absent until add_note() or assignment.
  getset('__notes__', (e) => {
    if (e.notes === null) {
      attributeError(`'${e.ob_type.tp_name}' object has no attribute '__notes__'`);
    }
    return e.notes;
  }, (e, v) => { e.notes = v; }),
  getset('__suppress_context__', (e) => (e.suppress_context ? Py_True : Py_False),
    (e, v) => { e.suppress_context = v === Py_True; }),
];

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
/** OSError's members (errno is stored as myerrno). */
export const osErrorMembers: PyGetSetDef[] = [
  getset('errno', (e) => orNone((e as PyOSErrorObject).myerrno)),
  getset('strerror', (e) => orNone((e as PyOSErrorObject).strerror)),
  getset('filename', (e) => orNone((e as PyOSErrorObject).filename)),
  getset('filename2', (e) => orNone((e as PyOSErrorObject).filename2)),
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
/** UnicodeError's members. */
export const unicodeErrorMembers: PyGetSetDef[] = [
  getset('encoding', (e) => orNone((e as PyUnicodeErrorObject).encoding)),
  getset('object', (e) => orNone((e as PyUnicodeErrorObject).object)),
  getset('start', (e) => newInt((e as PyUnicodeErrorObject).start)),
  getset('end', (e) => newInt((e as PyUnicodeErrorObject).end)),
  getset('reason', (e) => orNone((e as PyUnicodeErrorObject).reason)),
];
/** BaseExceptionGroup.message and .exceptions. */
export const exceptionGroupMembers: PyGetSetDef[] = [
  getset('message', (e) => (e as PyBaseExceptionGroupObject).msg),
  getset('exceptions', (e) => (e as PyBaseExceptionGroupObject).excs),
];

// Slots. Everything read here is defined in this file or is a hoisted function, so the
// wiring works whichever module of the objects/ cycle is imported first.
PyExc_BaseException.tp_repr = (o) => newStr(exceptionRepr(o));
PyExc_BaseException.tp_str = (o) => newStr(exceptionStr(o));
PyExc_BaseException.tp_getset = baseExceptionGetSet;
// add_note needs list (lecture 07); the runtime adds it next to __notes__.
PyExc_BaseException.tp_methods = [{
  ml_name: 'with_traceback',
  ml_meth: (self, args) => {
    if (args.length !== 1) {
      typeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
    }
    (self as PyBaseException).traceback = args[0] === Py_None ? null : args[0];
    return self;
  },
  ml_doc: 'Set self.__traceback__ to tb and return self.',
}];
PyExc_BaseException.tp_new = (type, args) => {
  // OSError(errno, ...) picks its subclass in __new__ (OSError_new), so do it here too.
  const t = type === PyExc_OSError ? oserrorSubtype(args) : type;
  const e = new (exceptionLayout(t))(t);
  e.args = newTuple(args);
  return e;
};
PyExc_BaseException.tp_init = (self, args, kwargs) => {
  // BaseException.__init__ stores its arguments again: `super().__init__(msg)` in a
  // subclass whose constructor took more makes args just (msg,).
  (self as PyBaseException).args = newTuple(args);
  initException(self as PyBaseException, args, kwargs as PyDict | null);
};
PyExc_SyntaxError.tp_members = syntaxErrorMembers;
PyExc_ImportError.tp_members = importErrorMembers;
PyExc_OSError.tp_members = osErrorMembers;
PyExc_StopIteration.tp_members = stopIterationMembers;
PyExc_SystemExit.tp_members = systemExitMembers;
PyExc_NameError.tp_members = nameErrorMembers;
PyExc_AttributeError.tp_members = attributeErrorMembers;
PyExc_UnicodeError.tp_members = unicodeErrorMembers;
PyExc_BaseExceptionGroup.tp_members = exceptionGroupMembers;
