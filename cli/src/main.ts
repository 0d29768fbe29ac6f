// The `ceval` command line, shaped like python3.13's (Modules/main.c): options are parsed
// here, and each mode lives in its own file under modes/.

import { readFileSync } from 'node:fs';
import { astMain } from './modes/ast.js';
import { disMain } from './modes/dis.js';
import { codeJsonMain } from './modes/codejson.js';
import { LECTURES, runMainMode } from './modes/run.js';
import { USAGE, helpText, versionText } from './usage.js';

/** Runs the command line and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv.length >= 2 && argv[0] === '-m') {
    const mod = argv[1];
    const rest = argv.slice(2);
    if (mod === 'ast') return astMain(rest);
    if (mod === 'dis') return disMain(rest);
  }
  if (argv[0] === '--code-json') return codeJsonMain(argv.slice(1));
  return runCommandLine(argv);
}

function usageError(msg: string): number {
  process.stderr.write(`${msg}\n${USAGE}\nTry \`python -h' for more information.\n`);
  return 2;
}

/** The lecture numbers the full interpreter is made of, ascending. */
const lectureNumbers = (): number[] => LECTURES.map((l) => l.number).sort((a, b) => a - b);

/**
 * `--upto NN` names a lecture that exists: VM_03 is not a step of the course (the original
 * course's lectures 1 to 3 are our lecture 02), and a lecture not written yet has no VM.
 */
function checkUpto(v: string | undefined): number | string {
  if (v === undefined || !/^\d+$/.test(v)) return 'Argument expected for the --upto option';
  const n = Number(v);
  const have = lectureNumbers();
  if (have.includes(n)) return n;
  const list = have.map((x) => String(x).padStart(2, '0')).join(', ');
  return `--upto ${v}: there is no lecture ${String(n).padStart(2, '0')}; ` +
    `the lectures are ${list}`;
}

/** The program on standard input (`ceval -`, or `ceval` with stdin not a terminal). */
function readStdinProgram(): string {
  try {
    return readFileSync(0, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The run modes: `[--upto NN] [--trace] (-c CODE | FILE.py | FILE.pyc | -) [ARGS]`. Options
 * stop at the program, as python's do; the rest is sys.argv[1:].
 * @see Modules/main.c pymain_run_python, Python/getopt.c
 */
function runCommandLine(argv: string[]): number | Promise<number> {
  let upto: number | null = null;
  let trace = false;
  let version = 0;
  let ignoreEnv = false;
  let noBytecode = false;
  const warnoptions: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--upto' || a.startsWith('--upto=')) {
      const r = checkUpto(a === '--upto' ? argv[++i] : a.slice(7));
      if (typeof r === 'string') return usageError(r);
      upto = r;
    } else if (a === '-V' || a === '--version') {
      version++;
    } else if (a === '-VV') {
      version += 2;
    } else if (a === '--trace') {
      trace = true;
    } else if (a === '-W' || (a.startsWith('-W') && a.length > 2)) {
      const w = a.length > 2 ? a.slice(2) : argv[++i];
      if (w === undefined) return usageError('Argument expected for the -W option');
      warnoptions.push(w);
    } else if (a === '-c' || (a.startsWith('-c') && a.length > 2)) {
      const code = a.length > 2 ? a.slice(2) : argv[++i];
      if (code === undefined) return usageError('Argument expected for the -c option');
      if (version) break;
      return runMainMode({ file: null, code, args: argv.slice(i + 1), upto, trace, warnoptions,
        ignoreEnv, noBytecode });
    } else if (a === '-m' || (a.startsWith('-m') && a.length > 2)) {
      const mod = a.length > 2 ? a.slice(2) : argv[++i];
      if (mod === undefined) return usageError('Argument expected for the -m option');
      if (version) break;
      return runMainMode({ file: null, code: null, module: mod, args: argv.slice(i + 1), upto,
        trace, warnoptions, ignoreEnv, noBytecode });
    } else if (a === '-') {
      if (version) break;
      return runMainMode({ file: null, code: readStdinProgram(), stdin: true,
        args: argv.slice(i), upto, trace, warnoptions, ignoreEnv, noBytecode });
    } else if (!a.startsWith('-')) {
      if (version) break;
      return runMainMode({ file: a, code: null, args: argv.slice(i + 1), upto, trace, warnoptions,
        ignoreEnv, noBytecode });
    } else if (a === '-h' || a === '-?' || a === '--help') {
      process.stdout.write(helpText(lectureNumbers()));
      return 0;
    } else if (a === '-E' || a === '-I') {
      // -E: PYTHON* variables are ignored (PYTHONPATH, PYTHONHOME, ...); -I implies it.
      ignoreEnv = true;
    } else if (a === '-B') {
      noBytecode = true;
    } else if (a === '-u' || a === '-s' || a === '-S' || a === '-q') {
      // Accepted and ignored: buffering and site handling are not ours.
    } else {
      return usageError(`Unknown option: ${a.startsWith('--') ? a : a.slice(0, 2)}`);
    }
  }
  if (version) {
    process.stdout.write(versionText(version > 1));
    return 0;
  }
  // No program named: python reads it from stdin, interactively on a terminal.
  if (process.stdin.isTTY) {
    return usageError('ceval has no interactive mode; give a file, -c CODE, or a program on stdin');
  }
  return runMainMode({ file: null, code: readStdinProgram(), stdin: true, args: [''], upto, trace,
    warnoptions, ignoreEnv, noBytecode });
}
