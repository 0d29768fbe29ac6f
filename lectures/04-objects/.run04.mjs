// scratch runner: node run04.mjs prog.py  (VM_04)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { runMain } from '@ceval/core/runtime/pythonrun';
import { vm04 } from './dist/index.js';
await loadCoreCompiler();
const file = resolve(process.argv[2]);
const vm = vm04({ stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
  readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } } },
  { argv: [file], path: [dirname(file)] });
const rc = runMain(vm, readFileSync(file, 'utf8'), file);
process.exitCode = rc;
