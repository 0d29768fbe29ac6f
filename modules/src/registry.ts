// The table of this package's modules (CPython's Modules/Setup.stdlib + config.c): one entry
// per Modules/*.c file we have written, with the lecture whose objects it needs. Hosts call
// installModules() once; core's import (runtime/inittab.ts) then finds them, and a VM older
// than a module's lecture gets a SystemError naming that lecture.

import { registerBuiltinModules, type BuiltinModuleDef } from '@ceval/core/runtime/inittab';
import { makeMathModule } from './mathmodule.js';

/** Every module of the package, in the order they were written. */
export const MODULES: BuiltinModuleDef[] = [
  { name: 'math', lecture: 4, init: makeMathModule },
];

let installed = false;

/** Register the package's modules with core's import system (idempotent). */
export function installModules(): void {
  if (installed) return;
  installed = true;
  registerBuiltinModules(MODULES);
}
