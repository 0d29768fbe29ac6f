// `ceval -m dis [-C] [-O] [FILE|-]`: what `python3.13 -m dis` prints (Lib/dis.py main()).
// FILE.py is compiled by ceval's compiler; FILE.pyc (an extension) is read with marshal.

import { readFileSync, realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { disassemble } from '@ceval/core/dis';
import type { CompileWarning } from '@ceval/core/compiler/errors';
import { printCompileWarnings } from './warnings.js';
import { loadPyc, MarshalError } from '@ceval/core/marshal';
import { PyBaseException, strString, type PyObject } from '@ceval/core/objects/index';

const USAGE = 'usage: dis.py [-h] [-C] [-O] [infile]';
const HELP = `${USAGE}

positional arguments:
  infile

options:
  -h, --help          show this help message and exit
  -C, --show-caches   show inline caches
  -O, --show-offsets  show instruction offsets
`;

type CompileFn = (source: string | Uint8Array, filename: string, mode: string,
  opts?: { warnings?: CompileWarning[] }) => PyObject;
interface CompileErrorLike extends Error {
  kind: string;
}

/**
 * The compiler's `compile()` and its SyntaxError formatter, or null while the compiler is
 * not built (core/src/compiler/index.ts).
 */
/**
 * Imports a core module by its real path. Node can otherwise load a second copy of core
 * through the node_modules symlink, and two object models cannot share objects.
 */
async function importCore(spec: string): Promise<unknown> {
  const url = import.meta.resolve(spec);
  return import(pathToFileURL(realpathSync(fileURLToPath(url))).href);
}

/** A compiler the bundled command installed (bundle.ts), found without a dynamic import. */
let registered: { compile: CompileFn; format: ((e: Error) => string) | null } | null = null;

export function registerCompiler(c: { compile: CompileFn; format: ((e: Error) => string) | null })
  : void {
  registered = c;
}

export async function loadCompiler(): Promise<{ compile: CompileFn;
    format: ((e: Error) => string) | null } | null> {
  if (registered !== null) return registered;
  for (const spec of ['@ceval/core/compiler/index', '@ceval/core/compiler/compile']) {
    try {
      const mod = (await importCore(spec)) as { compile?: CompileFn };
      if (typeof mod.compile !== 'function') continue;
      let format: ((e: Error) => string) | null = null;
      try {
        const errs = (await importCore('@ceval/core/compiler/errors')) as {
          formatSyntaxError?: (e: Error) => string };
        format = errs.formatSyntaxError ?? null;
      } catch {
        // no formatter: fall back to "Kind: message"
      }
      return { compile: mod.compile, format };
    } catch {
      // try the next entry point
    }
  }
  return null;
}

/**
 * Reads FILE (or stdin for '-') into a code object: .pyc through marshal, anything else
 * through the compiler. Errors are reported CPython-style on stderr; returns null then.
 */
export async function codeFromFile(path: string): Promise<PyObject | null> {
  const name = path === '-' ? '<stdin>' : path;
  let data: Uint8Array;
  try {
    data = path === '-' ? new Uint8Array(readFileSync(0)) : new Uint8Array(readFileSync(path));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') {
      process.stderr.write(`FileNotFoundError: [Errno 2] No such file or directory: '${path}'\n`);
    } else {
      process.stderr.write(`OSError: ${err.message}\n`);
    }
    return null;
  }
  if (name.endsWith('.pyc')) {
    try {
      return loadPyc(data).code;
    } catch (e) {
      if (e instanceof MarshalError) {
        process.stderr.write(`${e.pyType}: ${e.message}\n`);
        return null;
      }
      throw e;
    }
  }
  const compiler = await loadCompiler();
  if (compiler === null) {
    process.stderr.write('ceval: the compiler is not built yet; pass a .pyc file\n');
    return null;
  }
  try {
    // compile() takes the raw bytes so it can honour a PEP 263 coding cookie. dis runs as
    // __main__, so even the DeprecationWarning of folding `~True` shows, from dis.py.
    const warnings: CompileWarning[] = [];
    try {
      return compiler.compile(data, name, 'exec', { warnings });
    } finally {
      printCompileWarnings(warnings, name, new TextDecoder().decode(data), { filename: 'dis.py',
        lineno: 1071, line: 'code = compile(source, name, "exec")' });
    }
  } catch (e) {
    const ce = e as CompileErrorLike;
    if (e instanceof Error && typeof ce.kind === 'string') {
      process.stderr.write(compiler.format ? compiler.format(e) : `${ce.kind}: ${e.message}\n`);
      return null;
    }
    // A Python exception (ValueError, ...) is reported as CPython's last traceback line.
    if (e instanceof PyBaseException) {
      const msg = strString(e);
      process.stderr.write(msg ? `${e.ob_type.tp_name}: ${msg}\n` : `${e.ob_type.tp_name}\n`);
      return null;
    }
    throw e;
  }
}

/** Runs `-m dis` with the arguments after the module name; returns the exit code. */
export async function disMain(args: string[]): Promise<number> {
  let showCaches = false;
  let showOffsets = false;
  const positional: string[] = [];
  for (const a of args) {
    if (a === '-h' || a === '--help') {
      process.stdout.write(HELP);
      return 0;
    } else if (a === '--show-caches') {
      showCaches = true;
    } else if (a === '--show-offsets') {
      showOffsets = true;
    } else if (/^-[CO]+$/.test(a)) {
      // argparse lets single-letter flags combine: -CO is -C -O.
      if (a.includes('C')) showCaches = true;
      if (a.includes('O')) showOffsets = true;
    } else if (a.startsWith('-') && a !== '-') {
      process.stderr.write(`${USAGE}\ndis.py: error: unrecognized arguments: ${a}\n`);
      return 2;
    } else {
      positional.push(a);
    }
  }
  if (positional.length > 1) {
    process.stderr.write(`${USAGE}\ndis.py: error: unrecognized arguments: ` +
      `${positional.slice(1).join(' ')}\n`);
    return 2;
  }
  const code = await codeFromFile(positional[0] ?? '-');
  if (code === null) return 1;
  process.stdout.write(disassemble(code, { showCaches, showOffsets }));
  return 0;
}
