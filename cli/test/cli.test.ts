// The `ceval` command line against python3.13's: each case runs `ceval ARGS` as a process
// (from cli/test, like the oracle) and compares stdout, stderr and the exit code with the
// golden recorded by tools/oracle/cli_goldens.py. Normalised: the test directory (<DIR>)
// and code-object addresses in dis listings, which no two processes share.

import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
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
        cwd: HERE, encoding: 'utf8',
        // As the goldens were recorded: no .pyc cache, so an import compiles (and warns) again.
        env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
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

  it('--trace prints one line per executed instruction on stderr: line, offset, dis-style argument, stack', () => {
    const p = spawnSync(process.execPath, [BIN, '--trace', '-c', 'x = 7\nx += 1'],
      { cwd: HERE, encoding: 'utf8' });
    expect(p.status).toBe(0);
    expect(p.stderr.split('\n').filter(Boolean)).toEqual([
      '<module>:0 @0 RESUME 0 []',
      '<module>:1 @2 LOAD_CONST 0 (7) [7]',
      '<module>:1 @4 STORE_NAME 0 (x) []',
      '<module>:2 @6 LOAD_NAME 0 (x) [7]',
      '<module>:2 @8 LOAD_CONST 1 (1) [7, 1]',
      '<module>:2 @10 BINARY_OP 13 (+=) [8]',
      '<module>:2 @14 STORE_NAME 0 (x) []',
      '<module>:2 @16 RETURN_CONST 2 (None)',
    ]);
  });

  it('--upto refuses a lecture that does not exist, naming those that do', () => {
    for (const n of ['03', '1', '99']) {
      const p = spawnSync(process.execPath, [BIN, '--upto', n, '-c', 'print(1)'],
        { cwd: HERE, encoding: 'utf8' });
      expect(p.status).toBe(2);
      expect(p.stdout).toBe('');
      expect(p.stderr.split('\n')[0]).toMatch(
        new RegExp(`^--upto ${n}: there is no lecture ${n.padStart(2, '0')}; the lectures are 02, 04, 05, 06, 07`));
    }
  });

  it('a builtin a later lecture brings (range on VM_02..VM_06) says which lecture, like an instruction', () => {
    for (const upto of ['02', '06']) {
      const p = spawnSync(process.execPath, [BIN, '--upto', upto, '-c', 'for i in range(3):\n    print(i)'],
        { cwd: HERE, encoding: 'utf8' });
      expect(p.status).toBe(1);
      expect(p.stderr.trim().split('\n').pop()).toBe('SystemError: range arrives in lecture 07 (iterators)');
    }
    const p = spawnSync(process.execPath, [BIN, '--upto', '02', '-c', 'def f():\n    return abs(1)\nf()'],
      { cwd: HERE, encoding: 'utf8' });
    expect(p.stderr.trim().split('\n').pop()).toBe('SystemError: abs arrives in lecture 04 (objects)');
    // A name no lecture brings is still a NameError, and so is a deleted builtin on VM_07.
    const q = spawnSync(process.execPath, [BIN, '--upto', '02', '-c', 'print(nosuchname)'],
      { cwd: HERE, encoding: 'utf8' });
    expect(q.stderr.trim().split('\n').pop()).toBe("NameError: name 'nosuchname' is not defined");
    const r = spawnSync(process.execPath, [BIN, '--upto', '07', '-c', 'import builtins\ndel builtins.range\nrange'],
      { cwd: HERE, encoding: 'utf8' });
    expect(r.stderr.trim().split('\n').pop()).toBe("NameError: name 'range' is not defined");
    const ok = spawnSync(process.execPath, [BIN, '--upto', '07', '-c', 'print(sum(range(4)))'],
      { cwd: HERE, encoding: 'utf8' });
    expect(ok.stdout).toBe('6\n');
  });
});

describe('-h and -V', () => {
  const help = spawnSync(process.execPath, [BIN, '-h'], { cwd: HERE, encoding: 'utf8' });

  it('-h lists every option python3.13 -h lists, and explains ceval\'s own', () => {
    expect(help.status).toBe(0);
    const python = readFileSync(join(HERE, 'golden', 'help.txt'), 'utf8');
    const options = python.split('\n').map((l) => /^(-\S*)(?: \w+)?\s*:/.exec(l)?.[1] ?? /^(--[\w-]+)/.exec(l)?.[1])
      .filter((o): o is string => !!o);
    expect(options.length).toBeGreaterThan(25);
    const ours = new Set(help.stdout.split('\n').map((l) => /^(-\S*?)(?::| \w+\s*:|\s)/.exec(l)?.[1]));
    for (const o of options) expect(ours.has(o), o).toBe(true);
    for (const o of ['--upto NN', '--trace', '--code-json']) expect(help.stdout).toContain(`\n${o}`);
    expect(help.stdout.split('\n')[0]).toBe('usage: ceval [option] ... [-c cmd | -m mod | file | -] [arg] ...');
    for (const alias of ['--help', '-?']) {
      const p = spawnSync(process.execPath, [BIN, alias], { cwd: HERE, encoding: 'utf8' });
      expect(p.stdout).toBe(help.stdout);
    }
  });

  it('-V and --version print the Python version ceval follows and its own', () => {
    const { version } = JSON.parse(readFileSync(join(HERE, '..', 'package.json'), 'utf8')) as { version: string };
    for (const v of ['-V', '--version']) {
      const p = spawnSync(process.execPath, [BIN, v], { cwd: HERE, encoding: 'utf8' });
      expect(p.status).toBe(0);
      expect(p.stdout).toBe(`Python 3.13.0 (ceval ${version})\n`);
    }
    const vv = spawnSync(process.execPath, [BIN, '-VV'], { cwd: HERE, encoding: 'utf8' });
    expect(vv.stdout).toMatch(/^Python 3\.13\.0 \(ceval [\d.]+, Node\.js v\d+/);
  });
});

describe('Ctrl-C', () => {
  it('SIGINT prints CPython\'s KeyboardInterrupt traceback and ends by SIGINT, as python3.13 does', async () => {
    // The worker path is the one a terminal gets (run.ts runMainMode); CEVAL_WORKER=1 forces it.
    const p = spawn(process.execPath, [BIN, 'cases/spin.py'],
      { cwd: HERE, env: { ...process.env, CEVAL_WORKER: '1' } });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('start')) p.kill('SIGINT');
    });
    p.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const [code, signal] = await new Promise<[number | null, string | null]>((res) =>
      p.on('exit', (c, s) => res([c, s])));
    expect(out).toBe('start\n');
    // python3.13 (recorded with the same signal): the traceback, then death by SIGINT (a
    // shell's $? is 130).
    expect(norm(err)).toBe(norm(readFileSync(join(HERE, 'golden', 'sigint.txt'), 'utf8')));
    expect(signal).toBe('SIGINT');
    expect(code).toBe(null);
  }, 30_000);
});
