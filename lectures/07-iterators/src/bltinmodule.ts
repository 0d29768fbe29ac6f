// Mirrors the iteration half of Python/bltinmodule.c: iter, next, zip, map, filter, sorted,
// sum, any and all. zip, map and filter are lazy iterator types, as in CPython: they pull
// one item from each underlying iterator per __next__.

import { PyObject, PyTypeObject, newStaticType, typeName } from '@ceval/core/object';
import { PyLong, PyLong_Type, newInt } from '@ceval/core/objects/longobject';
import { PyFloat, PyFloat_Type, newFloat } from '@ceval/core/objects/floatobject';
import { PyBool_Type, Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyUnicode, PyUnicode_Type } from '@ceval/core/objects/unicodeobject';
import { PyBytes_Type } from '@ceval/core/objects/bytesobject';
import { PyList } from '@ceval/core/runtime/listobject';
import { PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration, newException }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction, type BuiltinFn } from '@ceval/core/runtime/methodobject';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import {
  selfIter, getIter, findIterNext, forEach, PyCallIter, isStopIteration,
} from './iterobject.js';
import { listExtend } from './listobject.js';
import { listSort } from './listsort.js';
import { sortReverseFlag } from './listobject.js';

function kwMap(kwnames: string[] | null, args: PyObject[]): [PyObject[], Map<string, PyObject>] {
  const m = new Map<string, PyObject>();
  if (kwnames === null || kwnames.length === 0) return [args, m];
  const npos = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) m.set(kwnames[i], args[npos + i]);
  return [args.slice(0, npos), m];
}

function dictKw(kw: PyObject | null): Map<string, PyObject> {
  const m = new Map<string, PyObject>();
  if (kw instanceof PyDict) for (const e of kw.entries()) m.set((e.key as PyUnicode).value, e.value);
  return m;
}

function noKw(name: string, kw: Map<string, PyObject>): void {
  if (kw.size > 0) throw raiseNew(PyExc_TypeError, `${name}() takes no keyword arguments`);
}

function isCallable(o: PyObject): boolean {
  if (o instanceof PyCFunction || o instanceof PyFunction || o instanceof PyTypeObject) return true;
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    if (t.tp_call !== null) return true;
  }
  return false;
}

/** iter(o) / iter(callable, sentinel). @see bltinmodule.c builtin_iter */
const builtinIter: BuiltinFn = (args, kwnames) => {
  const [pos, kw] = kwMap(kwnames, args);
  noKw('iter', kw);
  if (pos.length === 0) throw raiseNew(PyExc_TypeError, 'iter expected at least 1 argument, got 0');
  if (pos.length > 2) {
    throw raiseNew(PyExc_TypeError, `iter expected at most 2 arguments, got ${pos.length}`);
  }
  if (pos.length === 1) return getIter(pos[0]);
  if (!isCallable(pos[0])) throw raiseNew(PyExc_TypeError, 'iter(v, w): v must be callable');
  return new PyCallIter(pos[0], pos[1]);
};

/** next(iterator[, default]). @see bltinmodule.c builtin_next */
const builtinNext: BuiltinFn = (args, kwnames) => {
  const [pos, kw] = kwMap(kwnames, args);
  noKw('next', kw);
  if (pos.length === 0 || pos.length > 2) {
    throw raiseNew(PyExc_TypeError, pos.length === 0 ? 'next expected at least 1 argument, got 0'
      : `next expected at most 2 arguments, got ${pos.length}`);
  }
  const it = pos[0];
  const f = findIterNext(it.ob_type);
  if (f === null) {
    throw raiseNew(PyExc_TypeError, `'${typeName(it.ob_type)}' object is not an iterator`);
  }
  let v: PyObject | null;
  try {
    v = f(it);
  } catch (e) {
    if (pos.length === 2 && isStopIteration(e)) return pos[1];
    throw e;
  }
  if (v !== null) return v;
  if (pos.length === 2) return pos[1];
  throw newException(PyExc_StopIteration, []);
};

// ---- zip ----------------------------------------------------------------------------------

/** `zip`. @see bltinmodule.c PyZip_Type */
export const PyZip_Type = newStaticType('zip');

class PyZip extends PyObject {
  constructor(readonly iters: PyObject[], readonly nexts: ((o: PyObject) => PyObject | null)[],
    readonly strict: boolean) {
    super(PyZip_Type);
  }
}

function callNext(next: (o: PyObject) => PyObject | null, it: PyObject): PyObject | null {
  try {
    return next(it);
  } catch (e) {
    if (isStopIteration(e)) return null;
    throw e;
  }
}

function plural(i: number): string {
  return i === 1 ? 'argument 1' : `arguments 1-${i}`;
}

PyZip_Type.tp_new = (_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null) => {
  const kw = dictKw(kwargs);
  let strict = false;
  for (const [k, v] of kw) {
    if (k !== 'strict') {
      throw raiseNew(PyExc_TypeError, `zip() got an unexpected keyword argument '${k}'`);
    }
    strict = currentInterpreter().hooks.isTrue(v);
  }
  const iters = args.map(getIter);
  return new PyZip(iters, iters.map((it) => findIterNext(it.ob_type)!), strict);
};
PyZip_Type.tp_iter = selfIter;
PyZip_Type.tp_iternext = (o) => {
  const z = o as PyZip;
  const n = z.iters.length;
  if (n === 0) return null;
  const out = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) {
    const v = callNext(z.nexts[i], z.iters[i]);
    if (v === null) {
      if (z.strict) {
        if (i > 0) {
          throw raiseNew(PyExc_ValueError,
            `zip() argument ${i + 1} is shorter than ${plural(i)}`);
        }
        // The first ran out: every other one must run out now too.
        for (let j = 1; j < n; j++) {
          if (callNext(z.nexts[j], z.iters[j]) !== null) {
            throw raiseNew(PyExc_ValueError,
              `zip() argument ${j + 1} is longer than ${plural(j)}`);
          }
        }
      }
      return null;
    }
    out[i] = v;
  }
  return newTuple(out);
};

// ---- map and filter -----------------------------------------------------------------------

/** `map`. @see bltinmodule.c PyMap_Type */
export const PyMap_Type = newStaticType('map');

class PyMap extends PyObject {
  constructor(readonly func: PyObject, readonly iters: PyObject[],
    readonly nexts: ((o: PyObject) => PyObject | null)[]) {
    super(PyMap_Type);
  }
}

PyMap_Type.tp_new = (_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null) => {
  noKw('map', dictKw(kwargs));
  if (args.length < 2) throw raiseNew(PyExc_TypeError, 'map() must have at least two arguments.');
  const iters = args.slice(1).map(getIter);
  return new PyMap(args[0], iters, iters.map((it) => findIterNext(it.ob_type)!));
};
PyMap_Type.tp_iter = selfIter;
PyMap_Type.tp_iternext = (o) => {
  const m = o as PyMap;
  const n = m.iters.length;
  const args = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) {
    const v = callNext(m.nexts[i], m.iters[i]);
    if (v === null) return null;
    args[i] = v;
  }
  return currentInterpreter().callObject(m.func, args, null);
};

/** `filter`. @see bltinmodule.c PyFilter_Type */
export const PyFilter_Type = newStaticType('filter');

class PyFilter extends PyObject {
  constructor(readonly func: PyObject, readonly it: PyObject,
    readonly next: (o: PyObject) => PyObject | null) {
    super(PyFilter_Type);
  }
}

PyFilter_Type.tp_new = (_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null) => {
  noKw('filter', dictKw(kwargs));
  if (args.length !== 2) {
    throw raiseNew(PyExc_TypeError, `filter expected 2 arguments, got ${args.length}`);
  }
  const it = getIter(args[1]);
  return new PyFilter(args[0], it, findIterNext(it.ob_type)!);
};
PyFilter_Type.tp_iter = selfIter;
PyFilter_Type.tp_iternext = (o) => {
  const f = o as PyFilter;
  const interp = currentInterpreter();
  // filter(None, ...) and filter(bool, ...) keep the truthy items without a call.
  const plain = f.func === Py_None || f.func === PyBool_Type;
  for (;;) {
    const v = callNext(f.next, f.it);
    if (v === null) return null;
    const keep = plain ? interp.hooks.isTrue(v)
      : interp.hooks.isTrue(interp.callObject(f.func, [v], null));
    if (keep) return v;
  }
};

// ---- sorted, sum, any, all ----------------------------------------------------------------

/** sorted(iterable, /, *, key=None, reverse=False). @see bltinmodule.c builtin_sorted */
const builtinSorted: BuiltinFn = (args, kwnames) => {
  const [pos, kw] = kwMap(kwnames, args);
  if (pos.length !== 1) {
    throw raiseNew(PyExc_TypeError, `sorted expected 1 argument, got ${pos.length}`);
  }
  let key: PyObject = Py_None;
  let reverse = false;
  for (const [k, v] of kw) {
    if (k === 'key') key = v;
    else if (k === 'reverse') reverse = sortReverseFlag(v);
    else throw raiseNew(PyExc_TypeError, `sort() got an unexpected keyword argument '${k}'`);
  }
  const l = new PyList([]);
  listExtend(l, pos[0]);
  listSort(l, key, reverse);
  return l;
};

/**
 * sum(iterable, /, start=0): exact ints add as machine numbers while they fit, floats use
 * Neumaier's compensated summation (3.12+), anything else goes through `+`.
 * @see bltinmodule.c builtin_sum_impl
 */
const builtinSum: BuiltinFn = (args, kwnames) => {
  const [pos, kw] = kwMap(kwnames, args);
  let start: PyObject | undefined = pos[1];
  for (const [k, v] of kw) {
    if (k === 'start' && start === undefined) start = v;
    else throw raiseNew(PyExc_TypeError, `sum() got an unexpected keyword argument '${k}'`);
  }
  if (pos.length === 0 || pos.length > 2) {
    throw raiseNew(PyExc_TypeError, pos.length === 0 ? 'sum() takes at least 1 positional '
      + 'argument (0 given)' : `sum() takes at most 2 arguments (${pos.length} given)`);
  }
  let result: PyObject = start ?? newInt(0);
  if (result.ob_type === PyUnicode_Type) {
    throw raiseNew(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (result.ob_type === PyBytes_Type) {
    throw raiseNew(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  }
  const hooks = currentInterpreter().hooks;
  const it = getIter(pos[0]);
  const next = findIterNext(it.ob_type)!;
  let item: PyObject | null = null;
  // The int fast path.
  if (result.ob_type === PyLong_Type && typeof (result as PyLong).value === 'number') {
    let acc = (result as PyLong).value as number;
    for (;;) {
      item = callNext(next, it);
      if (item === null) return newInt(acc);
      const t = item.ob_type;
      if ((t === PyLong_Type || t === PyBool_Type) && typeof (item as PyLong).value === 'number') {
        const s = acc + ((item as PyLong).value as number);
        if (Number.isSafeInteger(s)) { acc = s; continue; }
      }
      result = hooks.binaryOp(newInt(acc), item, 0);
      item = null;
      break;
    }
  }
  // The float fast path, with compensation.
  if (result.ob_type === PyFloat_Type) {
    let f = (result as PyFloat).value;
    let c = 0;
    for (;;) {
      item = callNext(next, it);
      if (item === null) {
        if (c !== 0 && Number.isFinite(c)) f += c;
        return newFloat(f);
      }
      if (item.ob_type === PyFloat_Type) {
        const x = (item as PyFloat).value;
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x; else c += (x - t) + f;
        f = t;
        continue;
      }
      if ((item.ob_type === PyLong_Type || item.ob_type === PyBool_Type)
        && typeof (item as PyLong).value === 'number'
        && Math.abs((item as PyLong).value as number) < 2 ** 53) {
        const x = (item as PyLong).value as number;
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x; else c += (x - t) + f;
        f = t;
        continue;
      }
      if (c !== 0 && Number.isFinite(c)) f += c;
      result = hooks.binaryOp(newFloat(f), item, 0);
      item = null;
      break;
    }
  }
  for (;;) {
    item = callNext(next, it);
    if (item === null) return result;
    result = hooks.binaryOp(result, item, 0);
  }
};

function anyAll(name: string, want: boolean): BuiltinFn {
  return (args, kwnames) => {
    const [pos, kw] = kwMap(kwnames, args);
    noKw(name, kw);
    if (pos.length !== 1) {
      throw raiseNew(PyExc_TypeError,
        `${name}() takes exactly one argument (${pos.length} given)`);
    }
    const h = currentInterpreter().hooks;
    let hit = false;
    forEach(pos[0], (v) => {
      if (h.isTrue(v) === want) { hit = true; return true; }
      return false;
    });
    return (want ? hit : !hit) ? Py_True : Py_False;
  };
}

function builtin(name: string, fn: BuiltinFn): PyObject {
  return new PyCFunction(name, fn, null, 'builtins');
}

/** The builtins lecture 07 adds (the types zip/map/filter/range/... are added by index.ts). */
export function iterBuiltins(): Record<string, PyObject> {
  return {
    iter: builtin('iter', builtinIter),
    next: builtin('next', builtinNext),
    sorted: builtin('sorted', builtinSorted),
    sum: builtin('sum', builtinSum),
    any: builtin('any', anyAll('any', true)),
    all: builtin('all', anyAll('all', false)),
    zip: PyZip_Type,
    map: PyMap_Type,
    filter: PyFilter_Type,
  };
}
