// Mirrors Modules/config.c (generated from config.c.in): _PyImport_Inittab, the table of
// modules compiled into the interpreter. In ceval the C half of the standard library lives in
// its own package (@ceval/modules) that registers its modules here; import consults the table
// before sys.path, as BuiltinImporter does. Each entry names the lecture whose objects it needs.

import type { PyObject } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { newExceptionMsg, PyExc_SystemError } from '../objects/exceptions.js';
import { lectureLabel } from '../lecture.js';

/** One built-in module: how to make it, and from which lecture on it can work. */
export interface BuiltinModuleDef {
  name: string;
  /** The lowest lecture whose VM has every object the module uses (math needs floats: 04). */
  lecture: number;
  /** PyInit_NAME: build a fresh module object for `interp`. */
  init: (interp: Interpreter) => PyObject;
}

const inittab = new Map<string, BuiltinModuleDef>();

/** Add modules to the table (a later definition of a name replaces the earlier one). */
export function registerBuiltinModules(defs: readonly BuiltinModuleDef[]): void {
  for (const d of defs) inittab.set(d.name, d);
}

/** The names in the table, for sys.builtin_module_names. */
export function inittabNames(): string[] {
  return [...inittab.keys()];
}

/**
 * The factory for built-in module `name` on `interp`, or null when there is none. A module
 * whose lecture comes after the VM's raises, naming the lecture, as a missing slot does.
 * @see Python/import.c create_builtin
 */
export function findBuiltin(interp: Interpreter, name: string):
  ((interp: Interpreter) => PyObject) | null {
  const own = interp.builtinModules.get(name);
  if (own !== undefined) return own;
  const d = inittab.get(name);
  if (d === undefined) return null;
  if (d.lecture > interp.level) {
    return () => {
      throw newExceptionMsg(PyExc_SystemError,
        `module '${name}' needs ${lectureLabel(d.lecture)}`);
    };
  }
  return d.init;
}
