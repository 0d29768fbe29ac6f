// The argument counts CPython's builtin methods check before their bodies run: METH_NOARGS
// and METH_O methods in the method wrapper (Objects/methodobject.c), the others in their
// argument parser (_PyArg_CheckPositional). The conventions are not visible from Python, so
// methodarity.generated.ts records them from python3.13; this file looks them up (once per
// type and name) and raises CPython's messages. Used by method lookup (abstract.ts) and by
// the slot wrappers of dunders that also have a method of their own (typeslots.ts).

import { PyTypeObject, typeName } from '../object.js';
import { typeError } from '../objects/exceptions.js';
import { METHOD_ARITY, METHOD_POSITIONAL } from './methodarity.generated.js';

/** What is checked for one method: its METH_NOARGS/METH_O arity, or its positional limits. */
export interface ArgCheck {
  /** `Type.name` as CPython defines it: the first class of the MRO its tables list. */
  readonly key: string;
  /** 0 (METH_NOARGS), 1 (METH_O), or -1 when the parser's `limits` apply instead. */
  readonly arity: number;
  readonly limits: readonly [number, number, string, string] | null;
}

const checks = new WeakMap<PyTypeObject, Map<string, ArgCheck | null>>();

/**
 * The check for method `name` looked up on type `t`, or null when CPython's method takes
 * any count. CPython may define the method on a more derived type than ceval does (int has
 * its own __format__), so the MRO is walked from `t` itself.
 */
export function argCheckFor(t: PyTypeObject, name: string): ArgCheck | null {
  let byName = checks.get(t);
  if (byName === undefined) checks.set(t, byName = new Map());
  let found = byName.get(name);
  if (found === undefined) {
    found = null;
    for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
      const key = `${c.tp_name}.${name}`;
      const arity = METHOD_ARITY.get(key);
      const limits = METHOD_POSITIONAL.get(key) ?? null;
      if (arity !== undefined || limits !== null) {
        found = { key, arity: arity ?? -1, limits: arity === undefined ? limits : null };
        break;
      }
    }
    byName.set(name, found);
  }
  return found;
}

/**
 * Raise CPython's TypeError if `n` positional and `nkw` keyword arguments do not fit. A
 * bound method's message names the receiver's type (`True.bit_length(1)` says
 * bool.bit_length(), _PyObject_FunctionStr); an unbound one (`receiver` null), the defining
 * type. @see Objects/methodobject.c cfunction_call, Python/getargs.c _PyArg_CheckPositional
 */
export function checkMethodArgs(chk: ArgCheck, receiver: PyTypeObject | null, name: string,
  n: number, nkw: number): void {
  if (chk.arity >= 0) {
    if (nkw === 0 && n === chk.arity) return;
    const where = receiver === null ? `${chk.key}()` : `${typeName(receiver)}.${name}()`;
    if (nkw > 0) typeError(`${where} takes no keyword arguments`);
    typeError(chk.arity === 0 ? `${where} takes no arguments (${n} given)`
      : `${where} takes exactly one argument (${n} given)`);
  }
  // With keywords the parser counts differently; the method's own parsing decides then.
  if (chk.limits === null || nkw > 0) return;
  const [lo, hi, few, many] = chk.limits;
  if (n < lo && few !== '') typeError(few.replace('{n}', String(n)));
  if (hi >= 0 && n > hi) typeError(many.replace('{n}', String(n)));
}
