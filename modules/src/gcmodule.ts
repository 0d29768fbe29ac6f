// Mirrors Modules/gcmodule.c's interface to Python's cycle collector. ceval's objects live in
// the JavaScript heap, whose collector finds cycles by itself and cannot be observed, so this
// is an honest model: the switches and thresholds are kept as state, collect() has nothing to
// report (0), and is_tracked() answers as CPython's tracking rules would (atomic objects and
// dicts of them untracked, containers tracked). get_objects, get_referrers and get_referents,
// which would need a walk of the host heap, are not offered.

import type { PyObject } from '@ceval/core/object';
import { PyTypeObject } from '@ceval/core/object';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { PyFloat } from '@ceval/core/objects/floatobject';
import { PyComplex } from '@ceval/core/objects/complexobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyBytes } from '@ceval/core/objects/bytesobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None, Py_Ellipsis, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { newExceptionMsg, PyExc_TypeError, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { newList } from '@ceval/core/runtime/listobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, noArgs, oneArg, asSsize, positional } from './_clinic.js';

/** Would CPython's collector track `o`? @see Objects/dictobject.c MAINTAIN_TRACKING */
function isTracked(o: PyObject): boolean {
  if (o instanceof PyLong || o instanceof PyFloat || o instanceof PyComplex
    || o instanceof PyUnicode || o instanceof PyBytes || o === Py_None || o === Py_Ellipsis
    || o === Py_NotImplemented || o instanceof PyTypeObject) return false;
  if (o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.keys().some(isTracked) || o.values().some(isTracked);
  return true;
}

/** Build `gc`. @see Modules/gcmodule.c gcmodule_exec */
export function makeGcModule(): PyModule {
  let enabled = true;
  let debug = 0;
  let threshold = [2000, 10, 10];
  const collections = [0, 0, 0];
  return newModule('gc', (def, m) => {
    def('enable', (a, k) => { noArgs('gc.enable', a, k); enabled = true; return Py_None; });
    def('disable', (a, k) => { noArgs('gc.disable', a, k); enabled = false; return Py_None; });
    def('isenabled', (a, k) => { noArgs('gc.isenabled', a, k); return enabled ? Py_True : Py_False; });
    def('collect', (a, k) => {
      positional('collect', 'gc.collect', a, k, 0, 1);
      const gen = a[0] === undefined ? 2 : asSsize(a[0]);
      if (gen < 0 || gen > 2) throw newExceptionMsg(PyExc_ValueError, 'invalid generation');
      collections[gen]++;
      return newInt(0);
    });
    def('get_debug', (a, k) => { noArgs('gc.get_debug', a, k); return newInt(debug); });
    def('set_debug', (a, k) => { debug = asSsize(oneArg('gc.set_debug', a, k)); return Py_None; });
    def('get_threshold', (a, k) => {
      noArgs('gc.get_threshold', a, k);
      return newTuple(threshold.map((t) => newInt(t)));
    });
    def('set_threshold', (a, k) => {
      if (a.length < 1 || a.length > 3 || (k?.length ?? 0) > 0) {
        throw newExceptionMsg(PyExc_TypeError, 'gc.set_threshold requires 1 to 3 arguments');
      }
      threshold = threshold.map((t, i) => (a[i] === undefined ? t : asSsize(a[i])));
      return Py_None;
    });
    def('get_count', (a, k) => { noArgs('gc.get_count', a, k); return newTuple([newInt(0), newInt(0), newInt(0)]); });
    def('get_stats', (a, k) => {
      noArgs('gc.get_stats', a, k);
      return newList(collections.map((c) => {
        const d = new PyDict();
        d.setItemStr('collections', newInt(c));
        d.setItemStr('collected', newInt(0));
        d.setItemStr('uncollectable', newInt(0));
        return d;
      }));
    });
    def('is_tracked', (a, k) => (isTracked(oneArg('gc.is_tracked', a, k)) ? Py_True : Py_False));
    def('is_finalized', (a, k) => { oneArg('gc.is_finalized', a, k); return Py_False; });
    def('freeze', (a, k) => { noArgs('gc.freeze', a, k); return Py_None; });
    def('unfreeze', (a, k) => { noArgs('gc.unfreeze', a, k); return Py_None; });
    def('get_freeze_count', (a, k) => { noArgs('gc.get_freeze_count', a, k); return newInt(0); });
    m.dict.setItemStr('garbage', newList([]));
    m.dict.setItemStr('callbacks', newList([]));
    const consts: [string, number][] = [['DEBUG_STATS', 1], ['DEBUG_COLLECTABLE', 2],
      ['DEBUG_UNCOLLECTABLE', 4], ['DEBUG_SAVEALL', 32], ['DEBUG_LEAK', 38]];
    for (const [n, v] of consts) m.dict.setItemStr(n, newInt(v));
    void newStr;
  });
}
