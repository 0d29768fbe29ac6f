// Runs Python programs on a VM made from core + lecture values and captures what python3.13
// would print: stdout, stderr, exit code. The one place where output is normalised for
// comparison with goldens: the program's absolute directory becomes <DIR>.

import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import type { Lecture } from '../src/lecture.js';
import { syllabusInstructions } from '../src/lecture.js';
import type { Interpreter } from '../src/interpreter.js';
import { createInterpreter } from '../src/runtime/pylifecycle.js';
import { runMain } from '../src/runtime/pythonrun.js';
import { loadCoreCompiler } from '../src/runtime/compile-hook.js';

/** Lecture 02 as core's tests see it (the lecture package exports the same value). */
export const LECTURE_02: Lecture = {
  number: 2, title: 'eval loop', instructions: syllabusInstructions(2),
};

export interface RunResult {
  stdout: string;
  stderr: string;
  returncode: number;
}

export async function ready(): Promise<void> {
  if (!(await loadCoreCompiler())) throw new Error('the compiler did not load');
}

/** Replace the program directory by <DIR>, as tools/oracle/run_goldens.py does. */
export function normalise(s: string, dir: string): string {
  return s.split(dir).join('<DIR>');
}

/** Run source as __main__ from `file` (its directory is sys.path[0]). */
export function runSource(source: string, file: string, lectures: Lecture[] = [LECTURE_02],
  prepare?: (interp: Interpreter) => void): RunResult {
  let stdout = '';
  let stderr = '';
  const abs = resolve(file);
  const interp = createInterpreter(lectures, {
    stdout: (s) => { stdout += s; },
    stderr: (s) => { stderr += s; },
    readFile: (p) => {
      try {
        return readFileSync(p, 'utf8');
      } catch {
        return null;
      }
    },
  }, { argv: [file], path: [dirname(abs)] });
  prepare?.(interp);
  const returncode = runMain(interp, source, abs);
  return { stdout, stderr, returncode };
}

/** Run a .py file the way `python3.13 FILE` does from its directory. */
export function runFile(path: string, lectures: Lecture[] = [LECTURE_02]): RunResult {
  const abs = resolve(path);
  const r = runSource(readFileSync(abs, 'utf8'), abs, lectures);
  const dir = dirname(abs);
  return { stdout: normalise(r.stdout, dir), stderr: normalise(r.stderr, dir),
    returncode: r.returncode };
}
