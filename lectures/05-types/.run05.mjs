import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
const base = '/work/main/lectures/05-types/node_modules/';
const { loadCoreCompiler } = await import('@ceval/core/runtime/compile-hook');
const { runMain } = await import('@ceval/core/runtime/pythonrun');
const { vm05 } = await import('/work/main/lectures/05-types/dist/index.js');
await loadCoreCompiler();
const file = process.argv[2];
let out = '', err = '';
const vm = vm05({ stdout: (s) => { out += s; }, stderr: (s) => { err += s; },
  readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } } },
  { argv: [file], path: [dirname(file)] });
const rc = runMain(vm, readFileSync(file, 'utf8'), file);
process.stdout.write(out + err + `[rc ${rc}]\n`);
