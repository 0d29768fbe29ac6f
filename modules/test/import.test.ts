// The import system (core/src/runtime/import.ts and friends) on example trees under
// test/import/: packages, relative imports, CPython's error texts, CPython's own
// Lib/importlib (import_module, reload) read from pyodide's python_stdlib.zip, and the .pyc
// cache: written where CPython writes it, read back instead of compiling, refreshed when the
// source changes.

import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { readFileSync, statSync, mkdtempSync, writeFileSync, mkdirSync, existsSync, renameSync,
  utimesSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { HostIO } from '@ceval/core/interpreter';
import { loadCoreCompiler, compileSource } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, readGolden } from '@ceval/core/examples-harness';
import { runMain } from '@ceval/core/runtime/pythonrun';
import { loadPyc } from '@ceval/core/marshal';
import { dumpPyc } from '@ceval/core/marshal-dumps';
import { vm07 } from '@ceval/lecture-07';
import { installModules } from '../src/registry.js';
import { nodeHost, nodePosixHost } from '../src/host-node.js';
import { stdlibConfig } from '../src/stdlib.js';

beforeAll(async () => {
  await loadCoreCompiler();
  installModules(nodeHost, nodePosixHost);
});

/** A host over the real file system; `write` turns the .pyc cache on. */
function fsHost(out: { stdout: string; stderr: string }, write: boolean): HostIO {
  return {
    stdout: (s) => { out.stdout += s; },
    stderr: (s) => { out.stderr += s; },
    readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } },
    readBytes: (f) => { try { return new Uint8Array(readFileSync(f)); } catch { return null; } },
    stat: (f) => {
      try {
        const st = statSync(f);
        return { mtime: Math.floor(st.mtimeMs / 1000), size: st.size, isDir: st.isDirectory() };
      } catch { return null; }
    },
    writeBytes: write ? (f, data) => {
      mkdirSync(join(f, '..'), { recursive: true });
      writeFileSync(`${f}.tmp`, data);
      renameSync(`${f}.tmp`, f);
    } : undefined,
  };
}

function run(dir: string, name: string, write = false): { stdout: string; stderr: string;
  returncode: number } {
  const out = { stdout: '', stderr: '' };
  const std = stdlibConfig({});
  const vm = vm07(fsHost(out, write), { argv: [name], path: [dir, ...std.path],
    pathHooks: std.pathHooks });
  const file = join(dir, name);
  const returncode = runMain(vm, readFileSync(file, 'utf8'), file);
  return { stdout: out.stdout.split(dir).join('<DIR>'), stderr: out.stderr.split(dir).join('<DIR>'),
    returncode };
}

const DIR = join(import.meta.dirname, 'import');

describe('import programs print what python3.13 prints', () => {
  for (const p of examplePrograms(DIR)) {
    it(p, () => { expect(run(DIR, p)).toEqual(readGolden(DIR, p)); });
  }
});

describe('the .pyc cache', () => {
  const made: string[] = [];
  afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
  function tree(): string {
    const d = mkdtempSync(join(tmpdir(), 'ceval-pyc-'));
    made.push(d);
    writeFileSync(join(d, 'mod_a.py'), 'X = 1\n');
    writeFileSync(join(d, 'main.py'), 'import mod_a\nprint(mod_a.X, mod_a.__cached__ == mod_a.__spec__.cached)\n');
    return d;
  }

  it('writes __pycache__/NAME.cpython-313.pyc with the source mtime and size', () => {
    const d = tree();
    expect(run(d, 'main.py', true).stdout).toBe('1 True\n');
    const pyc = join(d, '__pycache__', 'mod_a.cpython-313.pyc');
    const { header } = loadPyc(new Uint8Array(readFileSync(pyc)));
    const st = statSync(join(d, 'mod_a.py'));
    expect(header).toMatchObject({ flags: 0, mtime: Math.floor(st.mtimeMs / 1000), sourceSize: 6 });
    // The main program itself is never cached, as in CPython.
    expect(existsSync(join(d, '__pycache__', 'main.cpython-313.pyc'))).toBe(false);
  });

  it('a second import loads the cached code instead of compiling', () => {
    const d = tree();
    run(d, 'main.py', true);
    // Replace the cached code with other code under the same header: it must be what runs.
    const pyc = join(d, '__pycache__', 'mod_a.cpython-313.pyc');
    const { header } = loadPyc(new Uint8Array(readFileSync(pyc)));
    const out = { stdout: '', stderr: '' };
    const vm = vm07(fsHost(out, false), { path: [d] });
    const other = compileSource(vm, 'X = 42\n', join(d, 'mod_a.py'), 'exec');
    writeFileSync(pyc, dumpPyc(other, header.mtime, header.sourceSize));
    expect(run(d, 'main.py', true).stdout).toBe('42 True\n');
  });

  it('a changed source (mtime or size) is compiled again and the cache rewritten', () => {
    const d = tree();
    run(d, 'main.py', true);
    writeFileSync(join(d, 'mod_a.py'), 'X = 7\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(d, 'mod_a.py'), later, later);
    expect(run(d, 'main.py', true).stdout).toBe('7 True\n');
    const { header } = loadPyc(new Uint8Array(readFileSync(join(d, '__pycache__', 'mod_a.cpython-313.pyc'))));
    expect(header.mtime).toBe(Math.floor(statSync(join(d, 'mod_a.py')).mtimeMs / 1000));
  });

  it('sys.dont_write_bytecode leaves no cache behind', () => {
    const d = tree();
    writeFileSync(join(d, 'main.py'), 'import sys\nsys.dont_write_bytecode = True\nimport mod_a\nprint(mod_a.X)\n');
    expect(run(d, 'main.py', true).stdout).toBe('1\n');
    expect(existsSync(join(d, '__pycache__'))).toBe(false);
  });
});

