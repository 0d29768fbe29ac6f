// The `ceval` command line against python3.13's: each case runs `ceval ARGS` as a process
// (from cli/test, like the oracle) and compares stdout, stderr and the exit code with the
// golden recorded by tools/oracle/cli_goldens.py. Normalised: the test directory (<DIR>)
// and code-object addresses in dis listings, which no two processes share.

import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const BIN = join(HERE, '..', 'bin', 'ceval.js');
const goldens: { args: string[]; stdout: string; stderr: string; returncode: number;
  stdin?: string }[] =
  JSON.parse(readFileSync(join(HERE, 'golden', 'cli.json'), 'utf8'));

const norm = (s: string): string => s.split(HERE).join('<DIR>').replace(/0x[0-9a-f]+/g, '0x?');

describe('ceval behaves as python3.13 on the command line', () => {
  for (const g of goldens) {
    it(g.args.join(' '), () => {
      const p = spawnSync(process.execPath, [BIN, ...g.args], {
        cwd: HERE, encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' },
        // Cases recorded with a standard input get it; the others read an empty one.
        input: g.stdin ?? '',
      });
      expect(norm(p.stdout)).toBe(norm(g.stdout));
      expect(norm(p.stderr)).toBe(norm(g.stderr));
      expect(p.status).toBe(g.returncode);
    });
  }
});

describe("ceval's own options", () => {
  it('--upto 02 stops at the first instruction a later lecture brings', () => {
    const p = spawnSync(process.execPath, [BIN, '--upto', '02', '-c', 'a = 1\nb = 2\nprint(a + b)'],
      { cwd: HERE, encoding: 'utf8' });
    expect(p.status).toBe(1);
    expect(p.stderr.trim().split('\n').pop()).toBe(
      "SystemError: BINARY_OP needs int's nb_add, which arrives in lecture 04 (objects)");
  });

  it('--trace prints one line per executed instruction on stderr, with the value stack after it', () => {
    const p = spawnSync(process.execPath, [BIN, '--trace', '-c', 'x = 7'],
      { cwd: HERE, encoding: 'utf8' });
    expect(p.status).toBe(0);
    expect(p.stderr.split('\n').filter(Boolean)).toEqual([
      '<module>:0 RESUME 0 []',
      '<module>:2 LOAD_CONST 0 [7]',
      '<module>:4 STORE_NAME 0 []',
      '<module>:6 RETURN_CONST 1',
    ]);
  });
});
