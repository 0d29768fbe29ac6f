// Mirrors Modules/_bisectmodule.c: binary search over a sorted sequence with `<` alone (so
// the same items compare the same way as in CPython), and insort through the sequence's
// own insert method unless it is a list.

import type { PyObject } from '@ceval/core/object';
import type { Interpreter } from '@ceval/core/interpreter';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newExceptionMsg, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { unpackKeywords, type ClinicSignature } from '@ceval/core/runtime/getargs';
import { PyList } from '@ceval/core/runtime/listobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, asSsize } from './_clinic.js';

const Py_LT = 0;

function sig(fname: string): ClinicSignature {
  return { fname, names: ['a', 'x', 'lo', 'hi', 'key'], posonly: 0, required: 2, kwonly: 1 };
}

/** The sequence's item i and length, fast for lists, through __getitem__/__len__ otherwise. */
function seqOps(interp: Interpreter, a: PyObject): { get: (i: number) => PyObject; len: () => number } {
  if (a instanceof PyList) return { get: (i) => a.items[i], len: () => a.items.length };
  const gi = interp.hooks.getAttr(a, newStr('__getitem__'));
  return {
    get: (i) => interp.callObject(gi, [newInt(i)], null),
    len: () => {
      const n = interp.callObject(interp.hooks.getAttr(a, newStr('__len__')), [], null);
      return Number((n as PyLong).value);
    },
  };
}

/** The parsed arguments: sequence, item, bounds and key. */
function parse(interp: Interpreter, name: string, args: PyObject[], kw: string[] | null):
  { a: PyObject; x: PyObject; lo: number; hi: number; key: PyObject | null } {
  const [a, x, loO, hiO, key] = unpackKeywords(sig(name), args, kw);
  const lo = loO === undefined ? 0 : asSsize(loO);
  if (lo < 0) throw newExceptionMsg(PyExc_ValueError, 'lo must be non-negative');
  const hi = hiO === undefined || hiO === Py_None ? seqOps(interp, a!).len() : asSsize(hiO);
  return { a: a!, x: x!, lo, hi, key: key === undefined || key === Py_None ? null : key };
}

/**
 * The insertion point of x in a[lo:hi]: after equal items (right) or before them (left).
 * @see Modules/_bisectmodule.c internal_bisect_right, internal_bisect_left
 */
function bisect(interp: Interpreter, right: boolean, a: PyObject, x: PyObject, lo: number,
  hi: number, key: PyObject | null): number {
  const ops = seqOps(interp, a);
  const lt = (p: PyObject, q: PyObject): boolean =>
    interp.hooks.isTrue(interp.hooks.richCompare(p, q, Py_LT));
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let item = ops.get(mid);
    if (key !== null) item = interp.callObject(key, [item], null);
    if (right ? lt(x, item) : !lt(item, x)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisectFn(interp: Interpreter, right: boolean, name: string) {
  return (args: PyObject[], kw: string[] | null): PyObject => {
    const p = parse(interp, name, args, kw);
    return newInt(bisect(interp, right, p.a, p.x, p.lo, p.hi, p.key));
  };
}

/** insort: the key applies to x too; lists insert directly, others through insert(). */
function insort(interp: Interpreter, right: boolean, name: string) {
  return (args: PyObject[], kw: string[] | null): PyObject => {
    const p = parse(interp, name, args, kw);
    const probe = p.key === null ? p.x : interp.callObject(p.key, [p.x], null);
    const i = bisect(interp, right, p.a, probe, p.lo, p.hi, p.key);
    if (p.a instanceof PyList) {
      p.a.items.splice(i, 0, p.x);
    } else {
      interp.callObject(interp.hooks.getAttr(p.a, newStr('insert')), [newInt(i), p.x], null);
    }
    return Py_None;
  };
}

/** Build `_bisect`. @see Modules/_bisectmodule.c */
export function makeBisectModule(interp: Interpreter): PyModule {
  return newModule('_bisect', (def) => {
    def('bisect_right', bisectFn(interp, true, 'bisect_right'));
    def('bisect_left', bisectFn(interp, false, 'bisect_left'));
    def('insort_right', insort(interp, true, 'insort_right'));
    def('insort_left', insort(interp, false, 'insort_left'));
  });
}
