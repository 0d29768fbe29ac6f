// The lecture's example programs (examples/*.py) on VM_06 against python3.13's recorded
// output (examples/*.golden.json, from tools/oracle/run_goldens.py examples).

import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { runMain } from '@ceval/core/runtime/pythonrun';
import { vm06 } from '../src/index.js';

const DIR = join(import.meta.dirname, '..', 'examples');
const programs = readdirSync(DIR).filter((f) => f.endsWith('.py') && !f.startsWith('mod_'));

beforeAll(async () => { await loadCoreCompiler(); });

describe('examples run on VM_06 exactly as on python3.13', () => {
  for (const p of programs) {
    it(p, () => {
      const file = join(DIR, p);
      let out = '';
      let err = '';
      const vm = vm06({
        stdout: (s) => { out += s; }, stderr: (s) => { err += s; },
        readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } },
      }, { argv: [p], path: [dirname(file)] });
      const rc = runMain(vm, readFileSync(file, 'utf8'), file);
      const g = JSON.parse(readFileSync(file.replace(/\.py$/, '.golden.json'), 'utf8'));
      expect(out.split(DIR).join('<DIR>')).toBe(g.stdout);
      expect(err.split(DIR).join('<DIR>')).toBe(g.stderr);
      expect(rc).toBe(g.returncode);
    });
  }
});
