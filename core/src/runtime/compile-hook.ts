// Where the runtime gets its compiler: Python/pythonrun.c calls the compiler directly; ceval's
// runtime takes it through this one function so core/src/compiler can be swapped or absent.

import type { PyObject } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { newExceptionMsg, PyExc_SystemError, PyExc_DeprecationWarning }
  from '../objects/exceptions.js';
import { BOOL_INVERT_DEPRECATION } from '../objects/boolobject.js';
import { syntaxErrorFrom } from '../interpreter.js';
import type { CompileError, CompileWarning } from '../compiler/errors.js';
import { reportCompileWarnings, setupContext, wouldRaise, type WarningContext }
  from './warnings.js';
import { getline } from './linecache.js';

/** What the runtime passes the compiler besides the source (see CompileOptions). */
export interface CompileHookOptions {
  warnings?: CompileWarning[];
  foldBoolInvert?: boolean;
  /** compile()'s `optimize` (-1: the interpreter's level) and future `flags` (CO_FUTURE_*). */
  optimize?: number;
  flags?: number;
}

/** `compile(source, filename, mode)` returning a code object; throws CompileError. */
export type CompileFn = (source: string, filename: string, mode: 'exec' | 'eval' | 'single',
  opts?: CompileHookOptions) => PyObject;

let compiler: CompileFn | null = null;

/** The parser's `parse(source, filename, mode)`, for traceback caret anchors. */
export type ParseFn = (source: string, filename: string, mode: 'exec') => unknown;
let parser: ParseFn | null = null;

/** The parser, when loaded (tracebacks print without caret anchors otherwise). */
export function getParser(): ParseFn | null {
  return parser;
}

/** Install the compiler (done once by runtime/pylifecycle.ts). */
export function setCompiler(c: CompileFn): void {
  compiler = c;
}

/** Install the parser tracebacks use for their anchors (loadCoreCompiler finds it itself). */
export function setParser(p: ParseFn): void {
  parser = p;
}

/** Is a compiler installed? */
export function haveCompiler(): boolean {
  return compiler !== null;
}

/**
 * Load core's compiler (core/src/compiler/index.ts) and install it. Loaded dynamically so
 * that the runtime still works from .pyc files while the compiler is incomplete.
 */
export async function loadCoreCompiler(): Promise<boolean> {
  if (compiler !== null) return true;
  try {
    const pspec = '../compiler/parser/index.js';
    const pm = (await import(pspec)) as { parse?: ParseFn };
    if (typeof pm.parse === 'function') parser = pm.parse;
  } catch {
    // no parser: tracebacks lose their ~~~^^^ anchors, nothing else
  }
  try {
    const spec = '../compiler/index.js';
    const mod = (await import(spec)) as {
      compile?: (s: string, f: string, m: string, o?: CompileHookOptions) => PyObject;
    };
    const c = mod.compile;
    if (typeof c !== 'function') return false;
    compiler = (src, fn, mode, o) => c(src, fn, mode, o);
    return true;
  } catch {
    return false;
  }
}

/**
 * Compile source text; SyntaxErrors come back as Python exceptions (see pythonrun.ts).
 * The warnings the compiler met are reported before the code runs (or before its
 * SyntaxError is raised), as CPython emits them while it compiles; one a filter turns into
 * an error raises as a SyntaxError instead. `foldContext` says whom a warning from
 * constant folding is attributed to (default: the Python code running now, if any).
 */
export function compileSource(interp: Interpreter, source: string, filename: string,
  mode: 'exec' | 'eval' | 'single', foldContext?: () => WarningContext,
  extra: { optimize?: number; flags?: number } = {}): PyObject {
  const c = compiler;
  if (c === null) {
    throw newExceptionMsg(PyExc_SystemError, 'ceval: the compiler is not available');
  }
  const ctx = foldContext ?? ((): WarningContext => setupContext(interp, 1));
  const warnings: CompileWarning[] = [];
  const opts: CompileHookOptions = { ...extra, warnings,
    foldBoolInvert: !wouldRaise(interp, PyExc_DeprecationWarning, BOOL_INVERT_DEPRECATION,
      foldContext !== undefined ? foldContext() : setupContext(interp, 1, false)) };
  let code: PyObject | null = null;
  let failure: unknown = null;
  try {
    code = interp.compile((s, f, m) => c(s, f, m, opts), source, filename, mode);
  } catch (e) {
    // Errors found past the parser (symtable, code generation) carry no source line; like
    // PyErr_ProgramTextObject, read it back from the file the error names.
    const ce = (e as { compileError?: CompileError } | null)?.compileError;
    failure = ce !== undefined && ce.text === null ? syntaxErrorWithText(interp, ce) : e;
  }
  if (warnings.length > 0) {
    const raised = reportCompileWarnings(interp, warnings, filename, ctx);
    if (raised !== null) throw syntaxErrorWithText(interp, raised.error!);
  }
  if (failure !== null) throw failure;
  return code!;
}

/** The SyntaxError for `e`, its `text` read from the source if the compiler left it out. */
function syntaxErrorWithText(interp: Interpreter, e: CompileError): PyObject {
  if (e.text === null) {
    const line = getline(interp, e.filename, e.lineno);
    if (line !== '') e.text = line;
  }
  return syntaxErrorFrom(e);
}
