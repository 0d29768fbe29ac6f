// L02-22, the eval breaker: JUMP_BACKWARD polls it, so something outside the loop can stop
// `while True: pass`. CPython's test is a signal whose handler raises; ceval has no `signal`
// module yet, so another thread (a worker) does what a signal handler does in CPython: it
// sets the shared flag the loop polls (`interp.signals`, as the command line does on Ctrl-C),
// and the poll raises KeyboardInterrupt inside the loop. The golden is python3.13 running the
// same program and getting SIGINT (tools/oracle/eval_breaker.py).

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { runMain } from '@ceval/core/runtime/pythonrun';
import { vm02 } from '../src/index.js';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'golden', 'eval_breaker.json'),
  'utf8'));

beforeAll(async () => { await loadCoreCompiler(); });

describe('9. The eval breaker', () => {
  it('a flag set by another thread breaks `while True: pass` on VM_02', async () => {
    let stdout = '';
    let stderr = '';
    const vm = vm02({ stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; },
      readFile: () => null });
    const shared = new SharedArrayBuffer(4);
    vm.signals = new Int32Array(shared);
    // The worker sets the flag 50 ms after it starts; until then the loop spins.
    const worker = new Worker(`
      const { workerData } = require('node:worker_threads');
      setTimeout(() => Atomics.store(new Int32Array(workerData), 0, 1), 50);`,
    { eval: true, workerData: shared });
    await new Promise((resolve) => worker.once('online', resolve));
    vm.argv = ['-c'];
    const returncode = runMain(vm, golden.program, '<string>');
    await worker.terminate();
    expect({ stdout, stderr, returncode })
      .toEqual({ stdout: golden.stdout, stderr: golden.stderr, returncode: golden.returncode });
  });
});
