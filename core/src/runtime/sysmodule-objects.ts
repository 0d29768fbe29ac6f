// Mirrors the object-inspecting functions of Python/sysmodule.c: sys.intern (with the
// interpreter's table of interned strings, Objects/unicodeobject.c), sys.getsizeof
// (_PySys_GetSizeOf) and sys.getrefcount, as far as a host-collected heap can answer it.

import { PyObject, typeName, hasFlag, Py_TPFLAGS_HEAPTYPE } from '../object.js';
import { PyUnicode, PyUnicode_Type, internInPlace } from '../objects/unicodeobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { Py_None, Py_NotImplemented, Py_Ellipsis } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyTypeObject } from '../object.js';
import {
  newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_NotImplementedError,
  PyBaseException,
} from '../objects/exceptions.js';
import { lookupInType } from './abstract.js';
import { gcTypes } from './typelayout.generated.js';
import type { Interpreter } from '../interpreter.js';

type Def = (name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject) => void;

/** sizeof(PyGC_Head): the two words in front of every object the cycle collector tracks. */
const GC_HEAD = 16;
/** The managed dict and weakref pointers in front of instances of most classes. */
const PREHEADER = 16;

/** The immortal refcount of 3.13 (PEP 683): `_Py_IMMORTAL_REFCNT`, the low 32 bits set. */
const IMMORTAL_REFCNT = 4294967295;

/**
 * `sys.intern(string)`: the one str object for this text. Names the compiler uses (co_names,
 * co_varnames, identifier-like constants) come from the same table, so
 * `compile('spam=1', 't', 'exec').co_names[0] is sys.intern('spam')`.
 * @see Python/sysmodule.c sys_intern_impl
 */
function sysIntern(args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, 'intern() takes no keyword arguments');
  }
  if (args.length !== 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `intern() takes exactly one argument (${args.length} given)`);
  }
  const s = args[0];
  if (!(s instanceof PyUnicode)) {
    throw newExceptionMsg(PyExc_TypeError,
      `intern() argument must be str, not ${s === Py_None ? 'None' : typeName(s.ob_type)}`);
  }
  if (s.ob_type !== PyUnicode_Type) {
    throw newExceptionMsg(PyExc_TypeError, `can't intern ${s.ob_type.tp_name}`);
  }
  return internInPlace(s);
}

/** Whether the collector tracks `o`: its type's HAVE_GC flag (types: only heap types). */
function isGC(o: PyObject): boolean {
  if (o instanceof PyTypeObject) return hasFlag(o.tp_flags, Py_TPFLAGS_HEAPTYPE);
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    if (hasFlag(t.tp_flags, Py_TPFLAGS_HEAPTYPE)) return true;
    if (gcTypes.has(t.tp_name)) return true;
  }
  return false;
}

/**
 * `sys.getsizeof(object[, default])`: the object's `__sizeof__()`, plus the GC header and
 * the managed-dict pointers CPython keeps in front of it.
 * @see Python/sysmodule.c _PySys_GetSizeOf, sys_getsizeof
 */
function sysGetSizeOf(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  const npos = args.length - (kw?.length ?? 0);
  let o: PyObject | undefined = npos > 0 ? args[0] : undefined;
  let dflt: PyObject | undefined = npos > 1 ? args[1] : undefined;
  for (let i = 0; i < (kw?.length ?? 0); i++) {
    const name = kw![i];
    const v = args[npos + i];
    if (name === 'object' && o === undefined) o = v;
    else if (name === 'default' && dflt === undefined) dflt = v;
    else {
      throw newExceptionMsg(PyExc_TypeError,
        `getsizeof() got an unexpected keyword argument '${name}'`);
    }
  }
  if (npos > 2) {
    throw newExceptionMsg(PyExc_TypeError,
      `getsizeof() takes at most 2 arguments (${npos} given)`);
  }
  if (o === undefined) {
    throw newExceptionMsg(PyExc_TypeError,
      "getsizeof() missing required argument 'object' (pos 1)");
  }
  try {
    const meth = lookupInType(o, o.ob_type, '__sizeof__');
    if (meth === null) {
      throw newExceptionMsg(PyExc_TypeError, `Type ${o.ob_type.tp_name} doesn't define __sizeof__`);
    }
    const r = interp.callObject(meth, [], null);
    if (!(r instanceof PyLong)) {
      throw newExceptionMsg(PyExc_TypeError,
        `'${typeName(r.ob_type)}' object cannot be interpreted as an integer`);
    }
    const size = Number(r.value);
    if (size < 0) throw newExceptionMsg(PyExc_ValueError, '__sizeof__() should return >= 0');
    let extra = isGC(o) ? GC_HEAD : 0;
    // Instances of classes keep their dict and weakref pointers before the header.
    if (!(o instanceof PyTypeObject) && hasFlag(o.ob_type.tp_flags, Py_TPFLAGS_HEAPTYPE)
      && (o as { dict?: unknown }).dict !== undefined) extra += PREHEADER;
    return newInt(size + extra);
  } catch (e) {
    if (dflt !== undefined && e instanceof PyBaseException
      && e.ob_type === PyExc_TypeError) return dflt;
    throw e;
  }
}

/** The objects 3.13 makes immortal that ceval can name: singletons, small ints, types. */
function isImmortal(o: PyObject): boolean {
  if (o === Py_None || o === Py_True || o === Py_False || o === Py_Ellipsis
    || o === Py_NotImplemented) return true;
  if (o instanceof PyTypeObject) return !hasFlag(o.tp_flags, Py_TPFLAGS_HEAPTYPE);
  if (o instanceof PyLong && o.ob_type === newInt(0).ob_type) {
    const v = o.value;
    return typeof v === 'number' && v >= -5 && v <= 256;
  }
  return false;
}

/**
 * `sys.getrefcount(object)`. Immortal objects report 3.13's fixed count; ceval counts no
 * references (the host's collector frees objects), so for any other object it says so
 * instead of inventing a number. @see Python/sysmodule.c sys_getrefcount_impl
 */
function sysGetRefCount(args: PyObject[]): PyObject {
  if (args.length !== 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `getrefcount() takes exactly one argument (${args.length} given)`);
  }
  if (isImmortal(args[0])) return newInt(IMMORTAL_REFCNT);
  throw newExceptionMsg(PyExc_NotImplementedError,
    `ceval counts no references: only immortal objects have a refcount to report, `
    + `not this '${typeName(args[0].ob_type)}' object`);
}

/** Add intern, getsizeof and getrefcount to `sys`. */
export function addObjectFunctions(interp: Interpreter, def: Def): void {
  def('intern', sysIntern);
  def('getsizeof', (args, kw) => sysGetSizeOf(interp, args, kw));
  def('getrefcount', (args) => sysGetRefCount(args));
}
