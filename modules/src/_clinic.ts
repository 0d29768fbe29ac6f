// What Argument Clinic and the C API's converters do for every C module: count checks with
// CPython's messages (METH_O's "takes exactly one argument", _PyArg_CheckPositional's
// "expected 2 arguments, got 1"), PyFloat_AsDouble, PyNumber_Index, and the module object with
// its builtins. Shared by every file of this package.

import type { PyObject } from '@ceval/core/object';
import { typeName, type PyTypeObject } from '@ceval/core/object';
import { PyDict } from '@ceval/core/objects/dictobject';
import type { Interpreter } from '@ceval/core/interpreter';
import { PyFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { newExceptionMsg, PyExc_TypeError, PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PyModule } from '@ceval/core/runtime/moduleobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { numberSlot, numberIndex } from '@ceval/lecture-04/abstract';

export type Fn = (args: PyObject[], kwnames: string[] | null) => PyObject;

/** A module with a docstring-less dict and a `def` for its functions. */
export function newModule(name: string, build: (def: (n: string, f: Fn) => void, m: PyModule) => void):
  PyModule {
  const m = new PyModule(name);
  build((n, f) => m.dict.setItemStr(n, new PyCFunction(n, f, m, name)), m);
  return m;
}

/** "math.sqrt() takes no keyword arguments" for METH_O and METH_NOARGS functions. */
export function noKeywords(qual: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, `${qual}() takes no keyword arguments`);
  }
}

/** METH_O: exactly one positional argument. @see Objects/methodobject.c cfunction_vectorcall_O */
export function oneArg(qual: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(qual, kwnames);
  if (args.length !== 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `${qual}() takes exactly one argument (${args.length} given)`);
  }
  return args[0];
}

/** METH_NOARGS. */
export function noArgs(qual: string, args: PyObject[], kwnames: string[] | null): void {
  noKeywords(qual, kwnames);
  if (args.length !== 0) {
    throw newExceptionMsg(PyExc_TypeError,
      `${qual}() takes no arguments (${args.length} given)`);
  }
}

/**
 * Positional-only clinic functions: `name expected 2 arguments, got 1`.
 * @see Python/getargs.c _PyArg_CheckPositional
 */
export function positional(name: string, qual: string, args: PyObject[], kwnames: string[] | null,
  min: number, max: number): PyObject[] {
  noKeywords(qual, kwnames);
  const n = args.length;
  if (n < min || n > max) {
    const bound = min === max ? '' : n < min ? 'at least ' : 'at most ';
    const want = n < min ? min : max;
    throw newExceptionMsg(PyExc_TypeError,
      `${name} expected ${bound}${want} argument${want === 1 ? '' : 's'}, got ${n}`);
  }
  return args;
}

/**
 * A C double from a float, an int or anything with __float__ (or __index__).
 * @see Objects/floatobject.c PyFloat_AsDouble
 */
export function asDouble(o: PyObject): number {
  if (o instanceof PyFloat || PyFloat_Check(o)) return (o as PyFloat).value;
  if (o instanceof PyLong || PyLong_Check(o)) return longToDouble(o as PyLong);
  const f = numberSlot(o.ob_type, 'nb_float') as unknown as ((x: PyObject) => PyObject) | null;
  if (f !== null) {
    const r = f(o);
    if (!PyFloat_Check(r)) {
      throw newExceptionMsg(PyExc_TypeError,
        `${typeName(o.ob_type)}.__float__ returned non-float (type ${typeName(r.ob_type)})`);
    }
    return (r as PyFloat).value;
  }
  if (numberSlot(o.ob_type, 'nb_index') !== null) return longToDouble(numberIndex(o));
  throw newExceptionMsg(PyExc_TypeError, `must be real number, not ${typeName(o.ob_type)}`);
}

/** int -> double, rounded half-even, OverflowError past the double range. */
export function longToDouble(v: PyLong): number {
  const x = v.value;
  if (typeof x === 'number') return x;
  const d = Number(x);
  if (!Number.isFinite(d)) {
    throw newExceptionMsg(PyExc_OverflowError, 'int too large to convert to float');
  }
  return d;
}

/** PyNumber_Index as a bigint. */
export function asBigInt(o: PyObject): bigint {
  return BigInt(numberIndex(o).value);
}

/** A C long (Py_ssize_t) from an index: OverflowError with CPython's text past 64 bits. */
export function asSsize(o: PyObject): number {
  const v = asBigInt(o);
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    throw newExceptionMsg(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/**
 * A special method (`__floor__`, `__trunc__` ...) found on the type, bound to `o`, or null.
 * @see Objects/typeobject.c _PyObject_LookupSpecial
 */
export function specialMethod(interp: Interpreter, o: PyObject, name: string): PyObject | null {
  const t = o.ob_type;
  for (const c of t.tp_mro ?? [t]) {
    const d = (c as PyTypeObject).tp_dict;
    if (d instanceof PyDict && d.getItemStr(name) !== null) {
      return interp.hooks.getAttr(o, newStr(name));
    }
  }
  return null;
}

/**
 * Every item of an iterable, in order (PyObject_GetIter + tp_iternext), calling `f` on each.
 * @see Objects/abstract.c PyObject_GetIter, PyIter_Next
 */
export function forEachItem(o: PyObject, f: (item: PyObject) => void): void {
  const getIter = findSlot(o.ob_type, 'tp_iter') as ((x: PyObject) => PyObject) | null;
  if (getIter === null) {
    throw newExceptionMsg(PyExc_TypeError, `'${typeName(o.ob_type)}' object is not iterable`);
  }
  const it = getIter(o);
  const next = findSlot(it.ob_type, 'tp_iternext') as ((x: PyObject) => PyObject | null) | null;
  if (next === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `iter() returned non-iterator of type '${typeName(it.ob_type)}'`);
  }
  for (let v = next(it); v !== null; v = next(it)) f(v);
}

/** The items of an iterable as an array (PySequence_Tuple's job). */
export function itemsOf(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  forEachItem(o, (v) => out.push(v));
  return out;
}

function findSlot(t: PyTypeObject, slot: 'tp_iter' | 'tp_iternext'): unknown {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c[slot] !== null) return c[slot];
  }
  return null;
}
