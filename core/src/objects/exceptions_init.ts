// Mirrors the per-type parts of Objects/exceptions.c: the __init__ of the exception types
// with extra fields (SyntaxError, OSError, ImportError, ...), their str() and repr(), and
// the attribute tables (args, __traceback__, __cause__, ..., filename, lineno, ...).

import { PyObject, PyTypeObject, typeName } from '../object.js';
import { PyTuple, newTuple } from './tupleobject.js';
import { PyUnicode, PyUnicode_Check, PyUnicode_Type } from './unicodeobject.js';
import { Py_None } from './noneobject.js';
import { PyLong, PyLong_Type } from './longobject.js';
import { PyFloat } from './floatobject.js';
import { PyBytes, PyBytes_Check } from './bytesobject.js';
import { strString, reprString } from './objectcore.js';
import { type PyDict, PyDict_Type } from './dictobject.js';
import {
  PyBaseException, PySyntaxErrorObject, PyImportErrorObject, PyUnicodeErrorObject,
  PySystemExitObject, PyOSErrorObject, PyStopIterationObject, PyNameErrorObject,
  PyAttributeErrorObject, PyBaseExceptionGroupObject, PyExc_KeyError,
  PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, PyExc_BlockingIOError, excMatches,
  typeError, valueError, exceptionSequenceTuple, PyExc_Exception, PyExc_ExceptionGroup,
  PyExc_BaseExceptionGroup, PyExc_UnicodeError,
} from './exceptions.js';

function kwNames(kwargs: PyDict | null): string[] {
  if (kwargs === null) return [];
  return kwargs.keys().map((k) => (k as PyUnicode).value);
}

function noKeywords(e: PyBaseException, kwargs: PyDict | null): void {
  if (kwargs !== null && kwargs.ma_used > 0) {
    typeError(`${typeName(e.ob_type)}() takes no keyword arguments`);
  }
}

// ImportError, NameError and AttributeError take a few keyword-only arguments.
function takeKeywords(e: PyBaseException, kwargs: PyDict | null, allowed: string[]):
  Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  for (const name of kwNames(kwargs)) {
    if (!allowed.includes(name)) {
      typeError(`${typeName(e.ob_type)}() got an unexpected keyword argument '${name}'`);
    }
    out.set(name, kwargs!.getItemStr(name)!);
  }
  return out;
}

/**
 * Run the `__init__` of the exception's layout on `args`.
 * @see Objects/exceptions.c BaseException_init, SyntaxError_init, OSError_init, ...
 */
export function initException(e: PyBaseException, args: PyObject[], kwargs: PyDict | null):
  void {
  // BaseException_init stores the arguments again: `super().__init__(msg)` in a subclass
  // whose constructor took more makes args just (msg,).
  if (e.args.items !== args) e.args = newTuple(args);
  if (e instanceof PySyntaxErrorObject) {
    noKeywords(e, kwargs);
    if (args.length >= 1) e.msg = args[0];
    if (args.length === 2) {
      // PyArg_ParseTuple(PySequence_Tuple(info), "OOOO|OO")
      const it = exceptionSequenceTuple(args[1]).items;
      if (it.length < 4) typeError(`function takes at least 4 arguments (${it.length} given)`);
      if (it.length > 6) typeError(`function takes at most 6 arguments (${it.length} given)`);
      e.filename = it[0]; e.lineno = it[1]; e.offset = it[2]; e.text = it[3];
      e.end_lineno = it.length > 4 ? it[4] : null;
      e.end_offset = it.length > 5 ? it[5] : null;
      if (e.end_lineno !== null && e.end_offset === null) {
        typeError('end_offset must be provided when end_lineno is provided');
      }
    }
    return;
  }
  if (e instanceof PyOSErrorObject) {
    noKeywords(e, kwargs);
    if (args.length >= 2 && args.length <= 5) {
      e.myerrno = args[0];
      e.strerror = args[1];
      let filename: PyObject | null = args.length >= 3 ? args[2] : null;
      // BlockingIOError's third argument may be the count of characters written.
      if (filename !== null && e.ob_type === PyExc_BlockingIOError &&
        (filename instanceof PyLong || filename instanceof PyFloat)) {
        if (!(filename instanceof PyLong)) {
          typeError(`'${typeName(filename.ob_type)}' object cannot be interpreted as an integer`);
        }
        e.written = Number(filename.value);
        filename = null;
      }
      if (filename !== null && filename !== Py_None) {
        e.filename = filename;
        if (args.length >= 5 && args[4] !== Py_None) e.filename2 = args[4];
        // With a filename, args keeps only (errno, strerror).
        e.args = newTuple([args[0], args[1]]);
      }
    }
    return;
  }
  if (e instanceof PyImportErrorObject) {
    const kw = takeKeywords(e, kwargs, ['name', 'path', 'name_from']);
    e.name = kw.get('name') ?? null;
    e.path = kw.get('path') ?? null;
    e.name_from = kw.get('name_from') ?? null;
    e.msg = args.length === 1 ? args[0] : Py_None;
    return;
  }
  if (e instanceof PyNameErrorObject) {
    const kw = takeKeywords(e, kwargs, ['name']);
    e.name = kw.get('name') ?? null;
    return;
  }
  if (e instanceof PyAttributeErrorObject) {
    const kw = takeKeywords(e, kwargs, ['name', 'obj']);
    e.name = kw.get('name') ?? null;
    e.obj = kw.get('obj') ?? null;
    return;
  }
  noKeywords(e, kwargs);
  if (e instanceof PyStopIterationObject) {
    e.value = args.length > 0 ? args[0] : Py_None;
  } else if (e instanceof PySystemExitObject) {
    e.code = args.length === 0 ? Py_None : args.length === 1 ? args[0] : e.args;
  } else if (e instanceof PyUnicodeErrorObject) {
    initUnicodeError(e, args);
  }
}

function initUnicodeError(e: PyUnicodeErrorObject, args: PyObject[]): void {
  const isDecode = excMatches(e.ob_type, PyExc_UnicodeDecodeError);
  const isEncode = excMatches(e.ob_type, PyExc_UnicodeEncodeError);
  const n = isDecode || isEncode ? 5 : 4;
  if (args.length !== n) {
    typeError(`function takes exactly ${n} arguments (${args.length} given)`);
  }
  let i = 0;
  if (isDecode || isEncode) {
    if (!PyUnicode_Check(args[0])) {
      typeError(`argument 1 must be str, not ${typeName(args[0].ob_type)}`);
    }
    e.encoding = args[i++];
  }
  e.object = args[i++];
  if (isDecode && !PyBytes_Check(e.object)) {
    typeError(`argument 2 must be bytes-like object, not '${typeName(e.object.ob_type)}'`);
  }
  if (!isDecode && !PyUnicode_Check(e.object)) {
    typeError(`argument ${i} must be str, not ${typeName(e.object.ob_type)}`);
  }
  e.start = Number((args[i++] as PyLong).value);
  e.end = Number((args[i++] as PyLong).value);
  e.reason = args[i];
}

/**
 * `BaseExceptionGroup.__new__(cls, message, exceptions)`: check the arguments and pick the
 * class. A BaseExceptionGroup of Exceptions only becomes an ExceptionGroup; an
 * ExceptionGroup (or any Exception subclass of it) refuses BaseExceptions.
 * @see Objects/exceptions.c BaseExceptionGroup_new
 */
export function exceptionGroupNew(type: PyTypeObject, args: PyObject[]):
  { cls: PyTypeObject; msg: PyObject; excs: PyTuple } {
  if (args.length !== 2) {
    typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  }
  const [msg, seq] = args;
  if (!PyUnicode_Check(msg)) {
    typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(msg.ob_type)}`);
  }
  if (!isSequence(seq)) typeError('second argument (exceptions) must be a sequence');
  const excs = exceptionSequenceTuple(seq);
  if (excs.items.length === 0) {
    valueError('second argument (exceptions) must be a non-empty sequence');
  }
  let nestedBase = false;
  excs.items.forEach((x, i) => {
    if (!(x instanceof PyBaseException)) {
      valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    }
    if (!excMatches(x.ob_type, PyExc_Exception)) nestedBase = true;
  });
  let cls = type;
  if (cls === PyExc_ExceptionGroup) {
    if (nestedBase) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (cls === PyExc_BaseExceptionGroup) {
    if (!nestedBase) cls = PyExc_ExceptionGroup;
  } else if (nestedBase && excMatches(cls, PyExc_Exception)) {
    typeError(`Cannot nest BaseExceptions in '${cls.tp_name}'`);
  }
  return { cls, msg, excs };
}

/** PySequence_Check: the sequence protocol, and not a dict. @see Objects/abstract.c */
function isSequence(o: PyObject): boolean {
  if (o instanceof PyTuple || Array.isArray((o as { items?: unknown }).items)) return true;
  if (excMatches(o.ob_type, PyDict_Type)) return false;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_as_sequence !== null && c.tp_as_sequence.sq_item !== null) return true;
  }
  return false;
}

// ---- str() and repr() ----

/** str(exc) with 0, 1 or more args. @see Objects/exceptions.c BaseException_str */
export function baseExceptionStr(e: PyBaseException): string {
  const a = e.args.items;
  if (a.length === 0) return '';
  if (a.length === 1) return strString(a[0]);
  return reprString(e.args);
}
const baseStr = baseExceptionStr;

function basename(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

function hex(n: number, w: number): string {
  return n.toString(16).padStart(w, '0');
}

/**
 * str(exc) as its type's own tp_str would give it (for callers that hold any exception).
 * @see Objects/exceptions.c BaseException_str, KeyError_str, SyntaxError_str, OSError_str
 */
export function exceptionStr(o: PyObject): string {
  const e = o as PyBaseException;
  if (e instanceof PySyntaxErrorObject) return syntaxErrorStr(e);
  if (e instanceof PyOSErrorObject) return osErrorStr(e);
  if (e instanceof PyImportErrorObject) return importErrorStr(e);
  if (e instanceof PyUnicodeErrorObject && !(e.ob_type === PyExc_UnicodeError)) {
    return unicodeErrorStr(e);
  }
  if (e instanceof PyBaseExceptionGroupObject) return exceptionGroupStr(e);
  if (excMatches(e.ob_type, PyExc_KeyError)) return keyErrorStr(e);
  return baseStr(e);
}

/** "msg (file.py, line N)": the file's base name and the line when they are there. */
export function syntaxErrorStr(e: PySyntaxErrorObject): string {
  const msg = strString(e.msg ?? Py_None);
  const fn = e.filename !== null && PyUnicode_Check(e.filename) ?
    basename((e.filename as PyUnicode).value) : null;
  const ln = e.lineno !== null && e.lineno.ob_type === PyLong_Type ?
    String((e.lineno as PyLong).value) : null;
  if (fn !== null && ln !== null) return `${msg} (${fn}, line ${ln})`;
  if (fn !== null) return `${msg} (${fn})`;
  if (ln !== null) return `${msg} (line ${ln})`;
  return msg;
}

/** "[Errno N] strerror: 'file' -> 'file2'", as much of it as the error has. */
export function osErrorStr(e: PyOSErrorObject): string {
  if (e.filename !== null) {
    const head = `[Errno ${strString(e.myerrno ?? Py_None)}] ${strString(e.strerror ?? Py_None)}`;
    if (e.filename2 !== null) {
      return `${head}: ${reprString(e.filename)} -> ${reprString(e.filename2)}`;
    }
    return `${head}: ${reprString(e.filename)}`;
  }
  if (e.myerrno !== null && e.strerror !== null) {
    return `[Errno ${strString(e.myerrno)}] ${strString(e.strerror)}`;
  }
  return baseStr(e);
}

/** The msg when it is an exact str. @see Objects/exceptions.c ImportError_str */
export function importErrorStr(e: PyImportErrorObject): string {
  if (e.msg !== null && e.msg.ob_type === PyUnicode_Type) return (e.msg as PyUnicode).value;
  return baseStr(e);
}

/** "msg (2 sub-exceptions)". @see Objects/exceptions.c BaseExceptionGroup_str */
export function exceptionGroupStr(e: PyBaseExceptionGroupObject): string {
  const n = e.excs.items.length;
  return `${strString(e.msg)} (${n} sub-exception${n > 1 ? 's' : ''})`;
}

/** The repr of a lone key, so `{}['']` says `KeyError: ''`. @see KeyError_str */
export function keyErrorStr(e: PyBaseException): string {
  return e.args.items.length === 1 ? reprString(e.args.items[0]) : baseStr(e);
}

/** What failed where, for the three Unicode errors. @see UnicodeEncodeError_str & co */
export function unicodeErrorStr(e: PyUnicodeErrorObject): string {
  if (e.object === null) return '';
  const reason = strString(e.reason ?? Py_None);
  const start = e.start, end = e.end;
  if (e.object instanceof PyBytes) {
    const enc = strString(e.encoding ?? Py_None);
    const b = e.object.value;
    if (start < b.length && end === start + 1) {
      return `'${enc}' codec can't decode byte 0x${hex(b[start], 2)} in position ${start}: ` +
        reason;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
  const cps = Array.from((e.object as PyUnicode).value);
  const what = e.encoding !== null ? `'${strString(e.encoding)}' codec can't encode` :
    "can't translate";
  if (start < cps.length && end === start + 1) {
    const c = cps[start].codePointAt(0)!;
    const esc = c <= 0xff ? '\\x' + hex(c, 2) : c <= 0xffff ? '\\u' + hex(c, 4) :
      '\\U' + hex(c, 8);
    return `${what} character '${esc}' in position ${start}: ${reason}`;
  }
  return `${what} characters in position ${start}-${end - 1}: ${reason}`;
}

/**
 * `ValueError('x')`, `KeyError()`, `OSError(2, 'No such file')`: the type name and the args.
 * @see Objects/exceptions.c BaseException_repr
 */
export function exceptionRepr(o: PyObject): string {
  const e = o as PyBaseException;
  const name = typeName(e.ob_type);
  const a = e.args.items;
  if (a.length === 1) return `${name}(${reprString(a[0])})`;
  return name + reprString(e.args);
}
