// The differential fuzzer's short deterministic run (tools/fuzz): a fixed seed's cases with
// python3.13's answers, recorded by `npm run fuzz -- --seed 7 --count 600 --only
// operators,builtins,format,printf --record tools/fuzz/golden/seed7.json`, replayed on the
// full interpreter case by case. Calls in every argument shape join when builtins share one
// argument parser (issue 14).

import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: plain ESM helpers of the fuzzer, shared with tools/fuzz/fuzz.mjs
import { driverSource, byIndex } from '../../tools/fuzz/driver.mjs';

const HERE = import.meta.dirname;
const BIN = join(HERE, '..', 'bin', 'ceval.js');
const golden: { seed: number; cases: string[]; expected: (string | null)[] } =
  JSON.parse(readFileSync(join(HERE, '..', '..', 'tools', 'fuzz', 'golden', 'seed7.json'), 'utf8'));

describe(`fuzzer seed ${golden.seed}: ${golden.cases.length} cases as python3.13 answers them`, () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ceval-fuzz-')), 'driver.py');
  writeFileSync(file, (driverSource as (c: string[]) => string)(golden.cases));
  const p = spawnSync(process.execPath, [BIN, file], { encoding: 'utf8',
    env: { ...process.env, PYTHONHASHSEED: '0' }, maxBuffer: 1 << 26 });
  const answers = (byIndex as (s: string) => Map<number, string>)(p.stdout);
  it('runs every case', () => {
    expect(answers.size).toBe(golden.cases.length);
  });
  golden.cases.forEach((c, i) => {
    it(`${i}: ${c}`, () => {
      expect(answers.get(i)).toBe(golden.expected[i]);
    });
  });
});
