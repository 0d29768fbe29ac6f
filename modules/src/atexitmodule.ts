// Mirrors Modules/atexitmodule.c: functions to call when the program ends, last registered
// first; an exception in one is reported ("Exception ignored in atexit callback") and the
// others still run. Core's pythonrun.ts calls interp.exitFuncs at the end of a run.

import type { PyObject } from '@ceval/core/object';
import type { Interpreter } from '@ceval/core/interpreter';
import { newInt } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { newExceptionMsg, PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { asPyException } from '@ceval/core/runtime/errors';
import { formatUncaught } from '@ceval/core/runtime/pythonrun';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, noArgs, oneArg } from './_clinic.js';
import { PyCallable_Check as isCallable } from '@ceval/core/runtime/bltinmodule';

interface Callback { func: PyObject; args: PyObject[]; kwnames: string[] | null }

/** Build `atexit` for `interp`. @see Modules/atexitmodule.c */
export function makeAtexitModule(interp: Interpreter): PyModule {
  // An unregistered callback leaves a hole: _ncallbacks still counts it, as in CPython.
  const callbacks: (Callback | null)[] = [];
  const runAll = (): void => {
    while (callbacks.length > 0) {
      const cb = callbacks.pop()!;
      if (cb === null) continue;
      try {
        interp.callObject(cb.func, cb.args, cb.kwnames);
      } catch (e) {
        const exc = asPyException(e);
        interp.io.stderr(`Exception ignored in atexit callback: ${reprString(cb.func)}\n`);
        interp.io.stderr(formatUncaught(interp, exc));
      }
    }
  };
  interp.exitFuncs.push(runAll);
  return newModule('atexit', (def) => {
    def('register', (args, kw) => {
      const nkw = kw?.length ?? 0;
      if (args.length - nkw < 1) {
        throw newExceptionMsg(PyExc_TypeError, 'register() takes at least 1 argument (0 given)');
      }
      const func = args[0];
      if (!isCallable(func)) {
        throw newExceptionMsg(PyExc_TypeError, 'the first argument must be callable');
      }
      callbacks.push({ func, args: args.slice(1), kwnames: kw });
      return func;
    });
    def('unregister', (args, kw) => {
      const func = oneArg('atexit.unregister', args, kw);
      for (let i = 0; i < callbacks.length; i++) {
        const cb = callbacks[i];
        if (cb !== null && interp.hooks.isTrue(interp.hooks.richCompare(cb.func, func, 2))) {
          callbacks[i] = null;
        }
      }
      return Py_None;
    });
    def('_run_exitfuncs', (args, kw) => { noArgs('atexit._run_exitfuncs', args, kw); runAll(); return Py_None; });
    def('_clear', (args, kw) => { noArgs('atexit._clear', args, kw); callbacks.length = 0; return Py_None; });
    def('_ncallbacks', (args, kw) => { noArgs('atexit._ncallbacks', args, kw); return newInt(callbacks.length); });
  });
}

