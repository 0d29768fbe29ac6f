// The lecture's example programs (examples/*.py) on VM_07 against python3.13's recorded
// output (examples/*.golden.json, from tools/oracle/run_goldens.py).
// VM_07 must also run lecture 06's programs unchanged: each step of the course keeps what
// the last one did.

import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, runExample, readGolden } from '@ceval/core/examples-harness';
import { vm07 } from '../src/index.js';

beforeAll(async () => { await loadCoreCompiler(); });

function suite(title: string, dir: string): void {
  describe(title, () => {
    for (const p of examplePrograms(dir)) {
      it(p, () => {
        expect(runExample(dir, p, vm07)).toEqual(readGolden(dir, p));
      });
    }
  });
}

suite('examples run on VM_07 exactly as on python3.13', join(import.meta.dirname, '..', 'examples'));
const L06 = join(import.meta.dirname, '..', '..', '06-closures', 'examples');
if (existsSync(L06)) suite("lecture 06's examples still run on VM_07", L06);
// Lecture 05's types (bytearray, memoryview, formatting, sys) exercised by programs that
// need loops and functions: they live beside lecture 05's examples and run from VM_07 on.
const L05_LOOPS = join(import.meta.dirname, '..', '..', '05-types', 'examples', 'vm07');
if (existsSync(L05_LOOPS)) suite("lecture 05's types in programs with loops, on VM_07", L05_LOOPS);
