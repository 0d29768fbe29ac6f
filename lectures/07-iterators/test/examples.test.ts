// The lecture's example programs (examples/*.py) on VM_07 against python3.13's recorded
// output (examples/*.golden.json, from tools/oracle/run_goldens.py examples). VM_07 must also
// run lecture 06's programs unchanged: each step of the course keeps what the last one did.

import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { runMain } from '@ceval/core/runtime/pythonrun';
import { vm07 } from '../src/index.js';

const OWN = join(import.meta.dirname, '..', 'examples');
const L06 = join(import.meta.dirname, '..', '..', '06-closures', 'examples');

beforeAll(async () => { await loadCoreCompiler(); });

function suite(title: string, dir: string): void {
  const programs = readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('mod_')
    && existsSync(join(dir, f.replace(/\.py$/, '.golden.json'))));
  describe(title, () => {
    for (const p of programs) {
      it(p, () => {
        const file = join(dir, p);
        let out = '';
        let err = '';
        const vm = vm07({
          stdout: (s) => { out += s; }, stderr: (s) => { err += s; },
          readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } },
        }, { argv: [p], path: [dirname(file)] });
        const rc = runMain(vm, readFileSync(file, 'utf8'), file);
        const g = JSON.parse(readFileSync(file.replace(/\.py$/, '.golden.json'), 'utf8'));
        expect(out.split(dir).join('<DIR>')).toBe(g.stdout);
        expect(err.split(dir).join('<DIR>')).toBe(g.stderr);
        expect(rc).toBe(g.returncode);
      });
    }
  });
}

suite('examples run on VM_07 exactly as on python3.13', OWN);
if (existsSync(L06)) suite("lecture 06's examples still run on VM_07", L06);
