// Every program in golden/run/ must print exactly what python3.13 printed (stdout, stderr
// with its tracebacks, exit code), recorded by tools/oracle/run_goldens.py. VM_02.

import { describe, it, expect, beforeAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ready, runFile } from './run-harness.js';

const DIR = join(import.meta.dirname, 'golden', 'run');
const programs = readdirSync(DIR).filter((f) => f.endsWith('.py') && !f.startsWith('mod_')).sort();

describe('uncaught exceptions, chains, recursion: byte for byte with python3.13', () => {
  beforeAll(ready);
  it('has at least 25 programs', () => {
    expect(programs.length).toBeGreaterThanOrEqual(25);
  });
  for (const p of programs) {
    it(p, () => {
      const golden = JSON.parse(readFileSync(join(DIR, p.replace(/\.py$/, '.golden.json')), 'utf8'));
      const r = runFile(join(DIR, p));
      expect(r.stdout).toBe(golden.stdout);
      expect(r.stderr).toBe(golden.stderr);
      expect(r.returncode).toBe(golden.returncode);
    });
  }
});
