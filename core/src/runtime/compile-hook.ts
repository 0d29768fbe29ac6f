// Where the runtime gets its compiler: Python/pythonrun.c calls the compiler directly; ceval's
// runtime takes it through this one function so core/src/compiler can be swapped or absent.

import type { PyObject } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { newExceptionMsg, PyExc_SystemError } from '../objects/exceptions.js';

/** `compile(source, filename, mode)` returning a code object; throws CompileError. */
export type CompileFn = (source: string, filename: string, mode: 'exec' | 'eval' | 'single')
  => PyObject;

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
    const mod = (await import(spec)) as { compile?: (s: string, f: string, m: string) => PyObject };
    const c = mod.compile;
    if (typeof c !== 'function') return false;
    compiler = (src, fn, mode) => c(src, fn, mode);
    return true;
  } catch {
    return false;
  }
}

/** Compile source text; SyntaxErrors come back as Python exceptions (see pythonrun.ts). */
export function compileSource(interp: Interpreter, source: string, filename: string,
  mode: 'exec' | 'eval' | 'single'): PyObject {
  if (compiler === null) {
    throw newExceptionMsg(PyExc_SystemError, 'ceval: the compiler is not available');
  }
  return interp.compile(compiler, source, filename, mode);
}
