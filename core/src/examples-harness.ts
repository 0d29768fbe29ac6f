// The example-program checker every lecture's tests use: it runs each examples/*.py on the
// lecture's VM as `ceval prog.py` would (argv, sys.path = the program's folder) and returns
// what it printed, for comparison with the golden python3.13 recorded
// (tools/oracle/run_goldens.py). The one normalisation: the folder is written as <DIR>.

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Interpreter, HostIO } from './interpreter.js';
import type { InterpreterConfig } from './runtime/pylifecycle.js';
import { runMain } from './runtime/pythonrun.js';

/** What a program did: its output streams and exit code. */
export interface ProgramResult {
  stdout: string;
  stderr: string;
  returncode: number;
}

/** Makes a VM for a program (a lecture's `vmNN`). */
export type ProgramVM = (io: HostIO, config: InterpreterConfig) => Interpreter;

/** The example programs of `dir` that have a golden (mod_*.py are modules they import). */
export function examplePrograms(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.py') && !f.startsWith('mod_')
    && existsSync(join(dir, f.replace(/\.py$/, '.golden.json')))).sort();
}

/** Run `dir/name` on a fresh VM. */
export function runExample(dir: string, name: string, makeVM: ProgramVM): ProgramResult {
  const file = join(dir, name);
  let stdout = '';
  let stderr = '';
  const vm = makeVM({
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readFile: (f) => { try { return readFileSync(f, 'utf8'); } catch { return null; } },
  }, { argv: [name], path: [dir] });
  const returncode = runMain(vm, readFileSync(file, 'utf8'), file);
  return { stdout: stdout.split(dir).join('<DIR>'), stderr: stderr.split(dir).join('<DIR>'),
    returncode };
}

/** The golden python3.13 recorded for `dir/name`. */
export function readGolden(dir: string, name: string): ProgramResult {
  return JSON.parse(readFileSync(join(dir, name.replace(/\.py$/, '.golden.json')), 'utf8'));
}
