// Mirrors the numeric builtins of Python/bltinmodule.c: abs, divmod, pow, round, min, max,
// and bool() (bool_new in Objects/boolobject.c). Each is a thin shell over the number
// protocol — builtin_abs is PyNumber_Absolute, builtin_divmod is PyNumber_Divmod.

import { PyObject, PyTypeObject, typeName } from '@ceval/core/object';
import { PyLong, newInt, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyExc_TypeError, PyExc_ValueError, PyExc_StopIteration, PyExc_IndexError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction, type BuiltinFn } from '@ceval/core/runtime/methodobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { splitArgs } from '@ceval/core/runtime/bltinmodule';
import { lookupInType } from '@ceval/core/runtime/abstract';
import { PyList } from '@ceval/core/runtime/listobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import type { PyMethodDef } from '@ceval/core/object';
import { binaryOp1, unaryOp, ternaryPow, richCompare, isTrue, numberIndex } from './abstract.js';
import { floatRound } from './floatobject-new.js';
import { intDivmod } from './longobject.js';

function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw raiseNew(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}

function arity(name: string, args: PyObject[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    // _PyArg_CheckPositional: "divmod expected 2 arguments, got 1".
    const n = args.length < min ? min : max;
    const what = min === max ? `${n}` : args.length < min ? `at least ${n}` : `at most ${n}`;
    throw raiseNew(PyExc_TypeError, min === 1 && max === 1
      ? `${name}() takes exactly one argument (${args.length} given)`
      : `${name} expected ${what} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** abs(x). @see bltinmodule.c builtin_abs -> abstract.c PyNumber_Absolute */
const abs: BuiltinFn = (args, kw) => {
  noKw('abs', kw);
  arity('abs', args, 1, 1);
  return unaryOp(args[0], 3);
};

/** divmod(a, b). @see abstract.c PyNumber_Divmod */
const divmod: BuiltinFn = (args, kw) => {
  noKw('divmod', kw);
  arity('divmod', args, 2, 2);
  const r = binaryOp1(args[0], args[1], 'nb_divmod');
  if (r !== Py_NotImplemented) return r;
  throw raiseNew(PyExc_TypeError, `unsupported operand type(s) for divmod(): `
    + `'${typeName(args[0].ob_type)}' and '${typeName(args[1].ob_type)}'`);
};

/**
 * bin(x), oct(x), hex(x): the integer behind x (`__index__`, so a float is refused) written in
 * base 2, 8 or 16 with its prefix, the sign in front of the prefix: `hex(-255) == '-0xff'`.
 * @see bltinmodule.c builtin_bin -> abstract.c PyNumber_ToBase -> longobject.c long_format_binary
 */
function toBase(name: string, base: number, prefix: string): BuiltinFn {
  return (args, kw) => {
    noKw(name, kw);
    arity(name, args, 1, 1);
    const v = numberIndex(args[0]).value;
    const neg = typeof v === 'bigint' ? v < 0n : v < 0;
    const digits = (neg ? -v : v).toString(base);
    return newStr((neg ? '-' : '') + prefix + digits);
  };
}

/** pow(base, exp, mod=None). @see bltinmodule.c builtin_pow_impl */
const pow: BuiltinFn = (args, kwnames) => {
  const [pos, kw] = splitArgs(args, kwnames);
  const base = pos[0] ?? kw.get('base');
  const exp = pos[1] ?? kw.get('exp');
  const mod = pos[2] ?? kw.get('mod') ?? Py_None;
  if (base === undefined || exp === undefined) {
    throw raiseNew(PyExc_TypeError, `pow() missing required argument '${base === undefined
      ? 'base' : 'exp'}' (pos ${base === undefined ? 1 : 2})`);
  }
  return ternaryPow(base, exp, mod);
};

/** Round an int to a multiple of 10**-n, half to even. @see longobject.c int___round___impl */
export function roundInt(v: PyLong, nd: PyObject): PyObject {
  const n = Number((nd as PyLong).value);
  if (n >= 0) return newInt(v.value);
  const p = 10n ** BigInt(-n);
  const x = typeof v.value === 'number' ? BigInt(v.value) : v.value;
  const [q, r] = intDivmod(x, p) as [bigint, bigint];
  let qq = q;
  const twice = r * 2n;
  if (twice > p || (twice === p && (qq & 1n) === 1n)) qq += 1n;
  return newInt(qq * p);
}

/** round(number, ndigits=None). @see bltinmodule.c builtin_round_impl */
const round: BuiltinFn = (args, kwnames) => {
  const [pos, kw] = splitArgs(args, kwnames);
  const x = pos[0] ?? kw.get('number');
  const nd = pos[1] ?? kw.get('ndigits') ?? Py_None;
  if (x === undefined) {
    throw raiseNew(PyExc_TypeError, "round() missing required argument 'number' (pos 1)");
  }
  if ((x.ob_type.tp_flags & (1 << 9)) !== 0) {
    // round() asks the object's type: a class's __round__ gets ndigits only if given.
    const m = lookupInType(x, x.ob_type, '__round__');
    if (m !== null && !(m instanceof PyCFunction)) {
      return currentInterpreter().callObject(m, nd === Py_None && pos[1] === undefined
        && !kw.has('ndigits') ? [] : [nd], null);
    }
  }
  if (nd !== Py_None && !PyLong_Check(nd)) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(nd.ob_type)}' object cannot be interpreted as an integer`);
  }
  if (PyFloat_Check(x)) return floatRound((x as PyFloat).value, nd);
  if (PyLong_Check(x)) return nd === Py_None ? newInt((x as PyLong).value) : roundInt(x as PyLong, nd);
  throw raiseNew(PyExc_TypeError, `type ${typeName(x.ob_type)} doesn't define __round__ method`);
};

/** Iterate any object through tp_iter/tp_iternext (lecture 07 brings most iterators). */
function* iterate(o: PyObject): Generator<PyObject> {
  let getIter = null;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iter !== null) { getIter = c.tp_iter; break; }
  }
  if (getIter === null) {
    // An object with only __getitem__ is walked by index until IndexError (the sequence
    // iterator of PyObject_GetIter).
    let item: ((s: PyObject, i: number) => PyObject) | null = null;
    for (let c: PyTypeObject | null = o.ob_type; c !== null && item === null; c = c.tp_base) {
      item = c.tp_as_sequence?.sq_item ?? null;
    }
    if (item === null || o.ob_type.tp_name === 'dict') {
      throw raiseNew(PyExc_TypeError, `'${typeName(o.ob_type)}' object is not iterable`);
    }
    for (let i = 0; ; i++) {
      let v: PyObject;
      try {
        v = item(o, i);
      } catch (e) {
        if (e instanceof PyObject && (e.ob_type === PyExc_IndexError
          || e.ob_type === PyExc_StopIteration)) return;
        throw e;
      }
      yield v;
    }
  }
  const it = getIter(o);
  let next = null;
  for (let c: PyTypeObject | null = it.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iternext !== null) { next = c.tp_iternext; break; }
  }
  if (next === null) return;
  for (;;) {
    let v: PyObject | null;
    try {
      v = next(it);
    } catch (e) {
      if (e instanceof PyObject && e.ob_type === PyExc_StopIteration) return;
      throw e;
    }
    if (v === null) return;
    yield v;
  }
}

/** min() and max(). @see bltinmodule.c min_max */
function minMax(name: 'min' | 'max', op: number): BuiltinFn {
  return (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    for (const k of kw.keys()) {
      if (k !== 'key' && k !== 'default') {
        throw raiseNew(PyExc_TypeError, `${name}() got an unexpected keyword argument '${k}'`);
      }
    }
    const key = kw.get('key') ?? Py_None;
    const dflt = kw.get('default');
    if (pos.length === 0) {
      throw raiseNew(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
    }
    if (pos.length > 1 && dflt !== undefined) {
      throw raiseNew(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple `
        + 'positional arguments');
    }
    const items = pos.length === 1 ? iterate(pos[0]) : pos[Symbol.iterator]();
    let best: PyObject | null = null;
    let bestKey: PyObject | null = null;
    for (const item of items) {
      const k = key === Py_None ? item : currentInterpreter().callObject(key, [item], null);
      if (best === null || isTrue(richCompare(k, bestKey!, op))) { best = item; bestKey = k; }
    }
    if (best === null) {
      if (dflt !== undefined) return dflt;
      throw raiseNew(PyExc_ValueError, `${name}() iterable argument is empty`);
    }
    return best;
  };
}

/** bool(x=False). @see Objects/boolobject.c bool_new */
export function boolNew(_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs !== null && (kwargs as { ma_used?: number }).ma_used) {
    throw raiseNew(PyExc_TypeError, 'bool() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `bool expected at most 1 argument, got ${args.length}`);
  }
  return args.length === 0 ? Py_False : isTrue(args[0]) ? Py_True : Py_False;
}

/** Sort dir()'s names as list.sort would: str by code point, anything else by `<`. */
function sortedList(items: PyObject[]): PyList {
  items.sort((a, b) => {
    if (a instanceof PyUnicode && b instanceof PyUnicode) {
      return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
    }
    return isTrue(richCompare(a, b, 0)) ? -1 : isTrue(richCompare(b, a, 0)) ? 1 : 0;
  });
  return new PyList(items);
}

/**
 * dir(obj): look `__dir__` up on the type (a special-method lookup, which skips the
 * instance), call it, and sort the names. dir(): the names of the current scope.
 * @see Python/bltinmodule.c builtin_dir -> Objects/object.c PyObject_Dir
 */
const dir: BuiltinFn = (args, kw) => {
  noKw('dir', kw);
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `dir expected at most 1 argument, got ${args.length}`);
  }
  const interp = currentInterpreter();
  if (args.length === 0) {
    // _dir_locals: the keys of locals(), whatever kind of scope is running.
    const loc = interp.hooks.call(interp.builtins.getItemStr('locals')!, [], null);
    return sortedList(loc instanceof PyDict ? loc.keys() : [...iterate(loc)]);
  }
  const o = args[0];
  const meth = lookupInType(o, o.ob_type, '__dir__');
  if (meth === null) throw raiseNew(PyExc_TypeError, 'object does not provide __dir__');
  const r = interp.hooks.call(meth, [], null);
  return sortedList(r instanceof PyList ? [...r.items] : [...iterate(r)]);
};

/**
 * `module.__dir__()`: the module's namespace only, not its type's attributes; a module
 * may define its own `__dir__` function. @see Objects/moduleobject.c module___dir___impl
 */
export const moduleMethods: PyMethodDef[] = [{
  ml_name: '__dir__',
  ml_meth: (self, args) => {
    if (args.length !== 0) {
      throw raiseNew(PyExc_TypeError,
        `module.__dir__() takes no arguments (${args.length} given)`);
    }
    const d = (self as { dict?: PyObject }).dict as PyDict;
    const own = d.getItemStr('__dir__');
    if (own !== null) return currentInterpreter().hooks.call(own, [], null);
    return new PyList(d.keys().filter((k) => k instanceof PyUnicode).map((k) =>
      newStr((k as PyUnicode).value)));
  },
}];

/** The builtins lecture 04 adds. */
export function numberBuiltins(): Record<string, PyObject> {
  const b: Record<string, PyObject> = {};
  const def = (name: string, fn: BuiltinFn): void => {
    b[name] = new PyCFunction(name, fn, null, 'builtins');
  };
  def('abs', abs);
  def('divmod', divmod);
  def('pow', pow);
  def('round', round);
  def('min', minMax('min', 0));
  def('max', minMax('max', 4));
  def('dir', dir);
  def('bin', toBase('bin', 2, '0b'));
  def('oct', toBase('oct', 8, '0o'));
  def('hex', toBase('hex', 16, '0x'));
  return b;
}
