// The eval loop's own guarantees on VM_02: the lecture trap, recursion without host stack
// overflow, the eval breaker (Ctrl-C and budgets), .pyc files, quickening.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ready, runSource, LECTURE_02 } from './run-harness.js';
import { createInterpreter } from '../src/runtime/pylifecycle.js';
import { runMainCode } from '../src/runtime/pythonrun.js';
import { loadPyc } from '../src/marshal.js';
import { PyList_Type, newList } from '../src/runtime/listobject.js';

beforeAll(ready);

const run = (src: string, prepare?: Parameters<typeof runSource>[3]) =>
  runSource(src, '/virtual/prog.py', [LECTURE_02], prepare);

describe('the lecture chain: VM_02 names the lecture that brings what is missing', () => {
  it('1 + 2 needs int nb_add from lecture 04', () => {
    const r = run('x = 1\nprint(x + 2)\n');
    expect(r.returncode).toBe(1);
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(
      "SystemError: BINARY_OP needs int's nb_add, which arrives in lecture 04 (objects)");
  });
  it('an instruction from a later lecture traps with its lecture', () => {
    const r = run('t = (1, 2)\nfor x in t:\n    pass\n');
    expect(r.stderr.trimEnd().split('\n').pop()).toBe(
      'SystemError: GET_ITER arrives in lecture 07 (iterators)');
  });
  it('the trap is a Python exception the program can catch', () => {
    const r = run('try:\n    [1]\nexcept SystemError as e:\n    print("caught:", e)\n');
    expect(r.stdout).toBe('caught: BUILD_LIST arrives in lecture 07 (iterators)\n');
    expect(r.returncode).toBe(0);
  });
});

describe('recursion: one loop, no host recursion for Python calls', () => {
  it('RecursionError at the default limit', () => {
    const r = run('import sys\nprint(sys.getrecursionlimit())\ndef f():\n    f()\n'
      + 'try:\n    f()\nexcept RecursionError as e:\n    print(e)\n');
    expect(r.stdout).toBe('1000\nmaximum recursion depth exceeded\n');
  });
  it('60 000 frames deep with a raised limit, no RangeError', () => {
    const r = run('import sys\nsys.setrecursionlimit(60000)\ndef f():\n    f()\n'
      + 'try:\n    f()\nexcept RecursionError:\n    print("limit reached")\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('limit reached\n');
  });
  it('deep host recursion (repr of a deeply nested list) becomes RecursionError', () => {
    const r = run('try:\n    print(repr(deep))\nexcept RecursionError:\n    print("recursion")\n',
      (interp) => {
        let l = newList([]);
        for (let i = 0; i < 200000; i++) l = newList([l]);
        interp.builtins.setItemStr('deep', l);
      });
    expect(r.stdout).toBe('recursion\n');
    void PyList_Type;
  });
});

describe('the eval breaker', () => {
  it('a pending Ctrl-C raises KeyboardInterrupt at the next backward jump', () => {
    const r = run('try:\n    while True:\n        pass\nexcept KeyboardInterrupt:\n'
      + '    print("interrupted")\n', (interp) => { interp.signals[0] = 1; });
    expect(r.stdout).toBe('interrupted\n');
  });
  it('an embedder budget stops a runaway loop', () => {
    const r = run('while True:\n    pass\n', (interp) => { interp.budget = 3; });
    expect(r.returncode).toBe(1);
    expect(r.stderr).toContain('instruction budget exhausted');
  });
});

describe('.pyc files written by CPython 3.13', () => {
  it('runs hello_pyc.pyc like python3.13', () => {
    const dir = join(import.meta.dirname, 'golden', 'pyc');
    const golden = JSON.parse(readFileSync(join(dir, 'hello_pyc.golden.json'), 'utf8'));
    let out = '';
    let err = '';
    const interp = createInterpreter([LECTURE_02], {
      stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readFile: () => null,
    }, { argv: ['hello_pyc.pyc'], path: [dir] });
    const { code } = loadPyc(new Uint8Array(readFileSync(join(dir, 'hello_pyc.pyc'))));
    const rc = runMainCode(interp, code, join(dir, 'hello_pyc.pyc'));
    expect(out).toBe(golden.stdout);
    expect(err).toBe(golden.stderr);
    expect(rc).toBe(golden.returncode);
  });
});
