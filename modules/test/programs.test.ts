// The C modules' golden programs (test/programs/*.py, recorded from python3.13 by
// tools/oracle/run_goldens.py) on the full VM that lectures 02-07 make, with this package's
// modules registered. The programs avoid class statements: lecture 08 is not in that VM.

import { describe, it, expect, beforeAll } from 'vitest';
import { join } from 'node:path';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, runExample, readGolden } from '@ceval/core/examples-harness';
import { vm07 } from '@ceval/lecture-07';
import { installModules } from '../src/registry.js';
import { nodeHost, nodePosixHost } from '../src/host-node.js';

beforeAll(async () => {
  await loadCoreCompiler();
  installModules(nodeHost, nodePosixHost);
});

const DIR = join(import.meta.dirname, 'programs');

describe('C modules run their golden programs as python3.13 does', () => {
  for (const p of examplePrograms(DIR)) {
    it(p, () => {
      expect(runExample(DIR, p, vm07)).toEqual(readGolden(DIR, p));
    });
  }
});
