// The lecture's example programs (examples/*.py) on VM_05 against python3.13's recorded
// output (examples/*.golden.json, from tools/oracle/run_goldens.py).

import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, runExample, readGolden } from '@ceval/core/examples-harness';
import { vm05 } from '../src/index.js';

beforeAll(async () => { await loadCoreCompiler(); });

function suite(title: string, dir: string): void {
  describe(title, () => {
    for (const p of examplePrograms(dir)) {
      it(p, () => {
        expect(runExample(dir, p, vm05)).toEqual(readGolden(dir, p));
      });
    }
  });
}

suite('examples run on VM_05 exactly as on python3.13', join(import.meta.dirname, '..', 'examples'));
