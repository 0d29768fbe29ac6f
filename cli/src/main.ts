// The `ceval` command line, shaped like python3.13's (Modules/main.c): options are parsed
// here, and each mode lives in its own file under modes/.

import { astMain } from './modes/ast.js';
import { disMain } from './modes/dis.js';
import { codeJsonMain } from './modes/codejson.js';
import { runMainMode } from './modes/run.js';

const USAGE = 'usage: ceval [option] ... [-c cmd | -m mod | file | -] [arg] ...';

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

/**
 * The run modes: `[--upto NN] [--trace] (-c CODE | FILE.py | FILE.pyc) [ARGS]`. Options stop
 * at the program, as python's do; the rest is sys.argv[1:].
 * @see Modules/main.c pymain_run_python, Python/getopt.c
 */
function runCommandLine(argv: string[]): number | Promise<number> {
  let upto: number | null = null;
  let trace = false;
  let ignoreEnv = false;
  let noBytecode = false;
  const warnoptions: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--upto') {
      const v = argv[++i];
      if (v === undefined || !/^\d+$/.test(v)) return usageError('Argument expected for the --upto option');
      upto = Number(v);
    } else if (a.startsWith('--upto=')) {
      const v = a.slice(7);
      if (!/^\d+$/.test(v)) return usageError('Argument expected for the --upto option');
      upto = Number(v);
    } else if (a === '--trace') {
      trace = true;
    } else if (a === '-W' || (a.startsWith('-W') && a.length > 2)) {
      const w = a.length > 2 ? a.slice(2) : argv[++i];
      if (w === undefined) return usageError('Argument expected for the -W option');
      warnoptions.push(w);
    } else if (a === '-c' || (a.startsWith('-c') && a.length > 2)) {
      const code = a.length > 2 ? a.slice(2) : argv[++i];
      if (code === undefined) return usageError('Argument expected for the -c option');
      return runMainMode({ file: null, code, args: argv.slice(i + 1), upto, trace, warnoptions,
        ignoreEnv, noBytecode });
    } else if (a === '-m' || (a.startsWith('-m') && a.length > 2)) {
      const mod = a.length > 2 ? a.slice(2) : argv[++i];
      if (mod === undefined) return usageError('Argument expected for the -m option');
      return runMainMode({ file: null, code: null, module: mod, args: argv.slice(i + 1), upto,
        trace, warnoptions, ignoreEnv, noBytecode });
    } else if (a === '-' || !a.startsWith('-')) {
      if (a === '-') return usageError('Reading the program from stdin is not supported');
      return runMainMode({ file: a, code: null, args: argv.slice(i + 1), upto, trace, warnoptions,
        ignoreEnv, noBytecode });
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (a === '-E' || a === '-I') {
      // -E: PYTHON* variables are ignored (PYTHONPATH, PYTHONHOME, ...); -I implies it.
      ignoreEnv = true;
    } else if (a === '-B') {
      noBytecode = true;
    } else if (a === '-u' || a === '-s' || a === '-S') {
      // Accepted and ignored: buffering and site handling are not ours.
    } else {
      return usageError(`Unknown option: ${a.startsWith('--') ? a : a.slice(0, 2)}`);
    }
  }
  return usageError('ceval has no interactive mode; give a file or -c CODE');
}
