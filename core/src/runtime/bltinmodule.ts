// Mirrors Python/bltinmodule.c: the builtins module skeleton core provides before any
// lecture (print, repr, type, id, len, isinstance, getattr & co., the exception classes).
// Lectures add their builtins (abs, range, sorted, ...) through `Lecture.builtins`.

import { PyObject, PyTypeObject, PyType_Type, PyBaseObject_Type, Py_Id, typeName }
  from '../object.js';
import { Py_None, Py_Ellipsis, Py_NotImplemented } from '../objects/noneobject.js';
import { Py_True, Py_False, PyBool_Type } from '../objects/boolobject.js';
import { newInt, PyLong, PyLong_Type } from '../objects/longobject.js';
import { PyFloat_Type } from '../objects/floatobject.js';
import { PyComplex_Type } from '../objects/complexobject.js';
import { PyUnicode, PyUnicode_Type, newStr } from '../objects/unicodeobject.js';
import { PyBytes_Type } from '../objects/bytesobject.js';
import { PyTuple, PyTuple_Type } from '../objects/tupleobject.js';
import { PyDict, PyDict_Type } from '../objects/dictobject.js';
import { PySet_Type, PyFrozenSet_Type } from '../objects/setobject.js';
import { PyObject_Repr, strString, PyObject_Hash } from '../objects/objectcore.js';
import {
  builtinExceptions, newExceptionMsg, PyExc_TypeError, PyExc_AttributeError, PyBaseException,
  newException, PyExc_SystemExit,
} from '../objects/exceptions.js';
import { PyCFunction } from './methodobject.js';
import { PyList_Type, newList } from './listobject.js';
import { PyModule } from './moduleobject.js';
import type { Interpreter } from '../interpreter.js';
import { importModuleLevel, setOriginalImport } from './import.js';
import { fileWrite, PyTextIO } from './sysmodule.js';
import { unpackKeywords, type ClinicSignature } from './getargs.js';
import { PyFunction } from './funcobject.js';
import { lookupInType } from './abstract.js';

/** `__import__(name, globals=None, locals=None, fromlist=(), level=0)`. */
const IMPORT_SIGNATURE: ClinicSignature = { fname: '__import__',
  names: ['name', 'globals', 'locals', 'fromlist', 'level'], posonly: 0, required: 1, kwonly: 0 };
import { PyUnion } from './unionobject.js';
import { installExecBuiltins } from './bltinmodule-exec.js';
import { builtinInput } from './bltinmodule-input.js';

type Args = PyObject[];

/** Split vectorcall args into positional values and a name -> value map. */
export function splitArgs(args: Args, kwnames: string[] | null): [Args, Map<string, PyObject>] {
  const kw = new Map<string, PyObject>();
  if (kwnames === null) return [args, kw];
  const n = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i], args[n + i]);
  return [args.slice(0, n), kw];
}

function noKw(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

/** A METH_NOARGS builtin's check. @see Objects/methodobject.c cfunction_vectorcall_NOARGS */
export function noArgs(fname: string, args: Args, kwnames: string[] | null): void {
  noKw(fname, kwnames);
  if (args.length !== 0) {
    throw newExceptionMsg(PyExc_TypeError, `${fname}() takes no arguments (${args.length} given)`);
  }
}

function exactArgs(fname: string, args: Args, n: number): void {
  if (args.length !== n) {
    throw newExceptionMsg(PyExc_TypeError, n === 1
      ? `${fname}() takes exactly one argument (${args.length} given)`
      : `${fname} expected ${n} arguments, got ${args.length}`);
  }
}

function isSubtype(t: PyTypeObject, b: PyTypeObject): boolean {
  return t === b || (t.tp_mro ?? []).includes(b);
}

/**
 * A type, a tuple of classinfos, or an object whose type answers `__instancecheck__` /
 * `__subclasscheck__` (as `list[int]` does, to refuse). @see Objects/abstract.c
 * object_isinstance, object_issubclass
 */
function classinfoCheck(fname: string, test: (t: PyTypeObject) => boolean, info: PyObject,
  subject: PyObject, interp: Interpreter): boolean {
  if (info instanceof PyTypeObject) return test(info);
  // A union (int | str) is read as the tuple of its members.
  const members = info instanceof PyTuple ? info.items : info instanceof PyUnion
    ? info.args.items : null;
  if (members !== null) {
    return members.some((x) => classinfoCheck(fname, test, x, subject, interp));
  }
  const checker = lookupInType(info, info.ob_type,
    fname === 'isinstance' ? '__instancecheck__' : '__subclasscheck__');
  if (checker !== null) return interp.hooks.isTrue(interp.callObject(checker, [subject], null));
  throw newExceptionMsg(PyExc_TypeError, `${fname}() arg 2 must be a type, a tuple of types, `
    + 'or a union');
}

/** Length via the sequence/mapping protocol. @see Objects/abstract.c PyObject_Size */
export function objectLength(o: PyObject): number {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    if (t.tp_as_sequence !== null && t.tp_as_sequence.sq_length !== null) {
      return t.tp_as_sequence.sq_length(o);
    }
    if (t.tp_as_mapping !== null && t.tp_as_mapping.mp_length !== null) {
      return t.tp_as_mapping.mp_length(o);
    }
  }
  throw newExceptionMsg(PyExc_TypeError, `object of type '${typeName(o.ob_type)}' has no len()`);
}

/** Build the builtins module for `interp`. @see Python/bltinmodule.c _PyBuiltin_Init */
export function makeBuiltins(interp: Interpreter): PyModule {
  const d = interp.builtins;
  const m = new PyModule('builtins', d);
  const def = (name: string, fn: (args: Args, kw: string[] | null) => PyObject): void => {
    d.setItemStr(name, new PyCFunction(name, fn, m, 'builtins'));
  };

  // print(*objects, sep=' ', end='\n', file=None, flush=False)
  def('print', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    let sep = ' ';
    let end = '\n';
    let file: PyObject = Py_None;
    let flush = false;
    for (const [k, v] of kw) {
      if (k === 'sep' || k === 'end') {
        if (v !== Py_None && !(v instanceof PyUnicode)) {
          throw newExceptionMsg(PyExc_TypeError,
            `${k} must be None or a string, not ${typeName(v.ob_type)}`);
        }
        if (v instanceof PyUnicode) { if (k === 'sep') sep = v.value; else end = v.value; }
      } else if (k === 'file') file = v;
      else if (k === 'flush') flush = v !== Py_None && v !== Py_False;
      else {
        throw newExceptionMsg(PyExc_TypeError, `'${k}' is an invalid keyword argument for print()`);
      }
    }
    if (file === Py_None) {
      file = (interp.sys as PyModule).dict.getItemStr('stdout') ?? Py_None;
      if (file === Py_None) return Py_None;
    }
    let s = '';
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) s += sep;
      s += strString(pos[i]);
    }
    s += end;
    fileWrite(interp, file, s);
    // flush=True on our own streams hands the host's buffer over now (a terminal, a pipe).
    if (flush && file instanceof PyTextIO) file.flush();
    return Py_None;
  });
  def('repr', (args, kw) => {
    noKw('repr', kw);
    exactArgs('repr', args, 1);
    return PyObject_Repr(args[0]);
  });
  def('id', (args, kw) => {
    noKw('id', kw);
    exactArgs('id', args, 1);
    return newInt(Py_Id(args[0]));
  });
  def('hash', (args, kw) => {
    noKw('hash', kw);
    exactArgs('hash', args, 1);
    return newInt(PyObject_Hash(args[0]));
  });
  def('len', (args, kw) => {
    noKw('len', kw);
    exactArgs('len', args, 1);
    return newInt(objectLength(args[0]));
  });
  def('isinstance', (args, kw) => {
    noKw('isinstance', kw);
    if (args.length !== 2) {
      throw newExceptionMsg(PyExc_TypeError, `isinstance expected 2 arguments, got ${args.length}`);
    }
    const t = args[0].ob_type;
    return classinfoCheck('isinstance', (c) => isSubtype(t, c), args[1], args[0], interp)
      ? Py_True : Py_False;
  });
  def('issubclass', (args, kw) => {
    noKw('issubclass', kw);
    if (args.length !== 2) {
      throw newExceptionMsg(PyExc_TypeError, `issubclass expected 2 arguments, got ${args.length}`);
    }
    const c = args[0];
    if (!(c instanceof PyTypeObject)) {
      throw newExceptionMsg(PyExc_TypeError, 'issubclass() arg 1 must be a class');
    }
    return classinfoCheck('issubclass', (b) => isSubtype(c, b), args[1], c, interp)
      ? Py_True : Py_False;
  });
  def('callable', (args, kw) => {
    noKw('callable', kw);
    exactArgs('callable', args, 1);
    return PyCallable_Check(args[0]) ? Py_True : Py_False;
  });
  const attrName = (fname: string, o: PyObject): PyUnicode => {
    if (!(o instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError,
        `attribute name must be string, not '${typeName(o.ob_type)}'`);
    }
    return o;
  };
  def('getattr', (args, kw) => {
    noKw('getattr', kw);
    if (args.length < 2 || args.length > 3) {
      throw newExceptionMsg(PyExc_TypeError, `getattr expected at least 2 arguments, got ${args.length}`);
    }
    const name = attrName('getattr', args[1]);
    try {
      return interp.hooks.getAttr(args[0], name);
    } catch (e) {
      if (args.length === 3 && e instanceof PyBaseException
        && isSubtype(e.ob_type, PyExc_AttributeError)) return args[2];
      throw e;
    }
  });
  def('hasattr', (args, kw) => {
    noKw('hasattr', kw);
    exactArgs('hasattr', args, 2);
    const name = attrName('hasattr', args[1]);
    try {
      interp.hooks.getAttr(args[0], name);
      return Py_True;
    } catch (e) {
      if (e instanceof PyBaseException && isSubtype(e.ob_type, PyExc_AttributeError)) return Py_False;
      throw e;
    }
  });
  def('setattr', (args, kw) => {
    noKw('setattr', kw);
    exactArgs('setattr', args, 3);
    interp.hooks.setAttr(args[0], attrName('setattr', args[1]), args[2]);
    return Py_None;
  });
  def('delattr', (args, kw) => {
    noKw('delattr', kw);
    exactArgs('delattr', args, 2);
    interp.hooks.setAttr(args[0], attrName('delattr', args[1]), null);
    return Py_None;
  });
  def('globals', (args, kw) => {
    noArgs('globals', args, kw);
    return interp.currentFrame?.globals ?? Py_None;
  });
  def('locals', (args, kw) => {
    noArgs('locals', args, kw);
    return interp.currentFrame?.locals ?? newDictOfFast(interp);
  });
  installExecBuiltins(interp, def);
  def('input', (args, kw) => builtinInput(interp, args, kw));
  def('__import__', (args, kwnames) => {
    const [name, g, , fromlist, level] = unpackKeywords(IMPORT_SIGNATURE, args, kwnames);
    let lv = 0;
    if (level !== undefined) {
      if (!(level instanceof PyLong)) {
        throw newExceptionMsg(PyExc_TypeError,
          `'${typeName(level.ob_type)}' object cannot be interpreted as an integer`);
      }
      lv = Number(level.value);
    }
    return importModuleLevel(interp, name!, g ?? null, fromlist ?? Py_None, lv);
  });
  setOriginalImport(interp, d.getItemStr('__import__')!);

  // exit() and quit() come from the site module in CPython; scripts use them as builtins.
  for (const name of ['exit', 'quit']) {
    def(name, (args, kwnames) => {
      const [pos] = splitArgs(args, kwnames);
      throw newException(PyExc_SystemExit, pos.slice(0, 1));
    });
  }
  d.setItemStr('None', Py_None);
  d.setItemStr('Ellipsis', Py_Ellipsis);
  d.setItemStr('NotImplemented', Py_NotImplemented);
  d.setItemStr('False', Py_False);
  d.setItemStr('True', Py_True);
  d.setItemStr('__debug__', Py_True);
  const types: [string, PyTypeObject][] = [['bool', PyBool_Type], ['bytes', PyBytes_Type],
    ['complex', PyComplex_Type], ['dict', PyDict_Type], ['float', PyFloat_Type],
    ['frozenset', PyFrozenSet_Type], ['int', PyLong_Type], ['list', PyList_Type],
    ['object', PyBaseObject_Type], ['set', PySet_Type], ['str', PyUnicode_Type],
    ['tuple', PyTuple_Type], ['type', PyType_Type]];
  for (const [n, t] of types) d.setItemStr(n, t);
  for (const [n, t] of builtinExceptions) d.setItemStr(n, t);
  void newList;
  return m;
}

function newDictOfFast(interp: Interpreter): PyObject {
  const f = interp.currentFrame;
  const d = new PyDict();
  if (f === null) return d;
  for (let i = 0; i < f.exec.nlocalsplus; i++) {
    const v = interp.stack[f.base + i];
    if (v !== null && v !== undefined) d.setItemStr(f.exec.localsplusnames[i], v);
  }
  return d;
}

void newStr;

/** `callable(o)`: builtins, functions, types, or a type with tp_call. @see PyCallable_Check */
export function PyCallable_Check(o: PyObject): boolean {
  let ok = o instanceof PyCFunction || o instanceof PyFunction || o instanceof PyTypeObject;
  for (let t: PyTypeObject | null = o.ob_type; !ok && t !== null; t = t.tp_base) {
    ok = t.tp_call !== null;
  }
  return ok;
}
