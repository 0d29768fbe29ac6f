// The code generator against CPython 3.13: each program in test/cases/compile is compiled
// and its --code-json dump (every code object: bytecode, constants, names, line and
// exception tables) must equal the golden recorded by tools/oracle/compile_cases.py.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../src/compiler/index.js';
import { codeJson } from '../src/codejson.js';
import { setHashSeed } from '../src/objects/siphash.js';

// The goldens were recorded with PYTHONHASHSEED=0: frozenset constants iterate in that order.
setHashSeed(0);

const HERE = dirname(fileURLToPath(import.meta.url));
const CASES = join(HERE, 'cases', 'compile');
const GOLDEN = join(HERE, 'golden', 'compile');

describe('compile: code objects identical to CPython 3.13', () => {
  const files = readdirSync(CASES).filter((f) => f.endsWith('.py')).sort();
  it('has a corpus', () => {
    expect(files.length).toBeGreaterThan(5);
  });
  for (const name of files) {
    it(name, () => {
      const src = readFileSync(join(CASES, name), 'utf8');
      const want = readFileSync(join(GOLDEN, name.replace(/\.py$/, '.codejson')), 'utf8');
      const got = codeJson(compile(src, name, 'exec'));
      // Compare per code object first, for a readable failure.
      const g = got.split('\n'), w = want.split('\n');
      for (let i = 0; i < Math.max(g.length, w.length); i++) {
        expect(g[i] ? JSON.parse(g[i]) : g[i]).toEqual(w[i] ? JSON.parse(w[i]) : w[i]);
      }
      expect(got).toBe(want);
    });
  }
});
