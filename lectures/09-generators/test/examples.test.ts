// The lecture's example programs (examples/*.py) on VM_09 against python3.13's recorded
// output (examples/*.golden.json, from tools/oracle/run_goldens.py).
// VM_09 must also run the earlier lectures' programs unchanged: each step of the course keeps what
// the last one did.

import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, runExample, readGolden } from '@ceval/core/examples-harness';
import { vm09 } from '../src/index.js';

beforeAll(async () => { await loadCoreCompiler(); });

function suite(title: string, dir: string): void {
  describe(title, () => {
    for (const p of examplePrograms(dir)) {
      it(p, () => {
        expect(runExample(dir, p, vm09)).toEqual(readGolden(dir, p));
      });
    }
  });
}

suite('examples run on VM_09 exactly as on python3.13', join(import.meta.dirname, '..', 'examples'));
// Lecture 08's programs (which include classes used as iterators and context managers).
const L08 = join(import.meta.dirname, '..', '..', '08-classes', 'examples');
if (existsSync(L08)) suite("lecture 08's examples still run on VM_09", L08);
