// Runs one program on VM_09 (the lecture's own interpreter), for trying examples and timing
// the bench programs: node run9.mjs prog.py (TIME=1 prints the run time to stderr).
import { readFileSync } from 'node:fs';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { runMain } from '@ceval/core/runtime/pythonrun';
import { setHashSeed } from '@ceval/core/objects/siphash';
import { vm09 } from '@ceval/lecture-09';
setHashSeed(0);
await loadCoreCompiler();
const file = process.argv[2];
const vm = vm09({ stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
  readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } } }, { argv: [file] });
const t = performance.now();
const rc = runMain(vm, readFileSync(file, 'utf8'), file);
if (process.env.TIME) console.error('time', (performance.now() - t).toFixed(0), 'ms');
process.exitCode = rc;
