// The table of this package's modules (CPython's Modules/Setup.stdlib + config.c): one entry
// per Modules/*.c file we have written, with the lecture whose objects it needs. A host calls
// installModules(host) once, with the Host (host.ts) its modules use for files, clocks and
// randomness; core's import (runtime/inittab.ts) then finds them, and a VM older than a
// module's lecture gets a SystemError naming that lecture.

import { registerBuiltinModules, type BuiltinModuleDef } from '@ceval/core/runtime/inittab';
import type { Host, PosixHost } from './host.js';
import { makePosixModule } from './posixmodule.js';
import { makeOpcodeModule } from './_opcode.js';
import { makeGcModule } from './gcmodule.js';
import { makeMathModule } from './mathmodule.js';
import { makeRandomModule } from './_randommodule.js';
import { makeBisectModule } from './_bisectmodule.js';
import { makeHeapqModule } from './_heapqmodule.js';
import { makeErrnoModule } from './errnomodule.js';
import { makeTimeModule } from './timemodule.js';
import { makeAtexitModule } from './atexitmodule.js';
import { makeStructModule } from './_struct.js';
import { makeBinasciiModule } from './binascii.js';
import { makeZlibModule } from './zlibmodule.js';
import {
  makeMd5Module, makeSha1Module, makeSha2Module, makeSha3Module, makeBlake2Module,
} from './hashmodules.js';

/** Every module of the package, in the order they were written. */
export function moduleTable(host: Host, posix: PosixHost | null): BuiltinModuleDef[] {
  return [
    { name: 'math', lecture: 4, init: makeMathModule },
    { name: '_random', lecture: 5, init: () => makeRandomModule(host) },
    { name: '_bisect', lecture: 7, init: makeBisectModule },
    { name: '_heapq', lecture: 7, init: makeHeapqModule },
    { name: 'errno', lecture: 2, init: makeErrnoModule },
    { name: 'time', lecture: 4, init: () => makeTimeModule(host) },
    { name: 'atexit', lecture: 2, init: makeAtexitModule },
    { name: '_struct', lecture: 5, init: makeStructModule },
    { name: 'binascii', lecture: 5, init: makeBinasciiModule },
    { name: 'zlib', lecture: 5, init: () => makeZlibModule(host) },
    { name: '_md5', lecture: 5, init: () => makeMd5Module(host) },
    { name: '_sha1', lecture: 5, init: () => makeSha1Module(host) },
    { name: '_sha2', lecture: 5, init: () => makeSha2Module(host) },
    { name: '_sha3', lecture: 5, init: () => makeSha3Module(host) },
    { name: '_blake2', lecture: 5, init: () => makeBlake2Module(host) },
    { name: '_opcode', lecture: 2, init: makeOpcodeModule },
    { name: 'gc', lecture: 2, init: makeGcModule },
    ...(posix === null ? [] : [{ name: 'posix', lecture: 5,
      init: (interp: Parameters<BuiltinModuleDef['init']>[0]) => makePosixModule(interp, host, posix) }]),
  ];
}

let installedFor: Host | null = null;

/**
 * Register the package's modules with core's import system (once per host). `posix` is the
 * operating system's side; a browser host without one has no `posix` module.
 */
export function installModules(host: Host, posix: PosixHost | null = null): void {
  if (installedFor === host) return;
  installedFor = host;
  registerBuiltinModules(moduleTable(host, posix));
}
