// Mirrors CPython 3.13's Python/pythonrun.c + Python/compile.c entry points
// (_PyAST_Compile, compiler_setup) and Python/future.c: source -> AST -> optimised AST ->
// symbol table -> code objects. The public face of the compiler.

import { setModuleIdentifiers } from './flowgraph-consts.js';
import type { PyCode } from '../objects/codeobject.js';
import type * as A from './ast.js';
import { parse } from './parser/index.js';
import { decodeSource } from './encoding.js';
import { buildSymtable } from './symtable.js';
import { Compiler, CO_FUTURE_ANNOTATIONS, LOC, LOCATION } from './compile.js';
import { astOptimize } from './astopt.js';
import type { Location } from './instrseq.js';

import { CompileError, type CompileWarning } from './errors.js';
export { CompileError };

export type CompileMode = 'exec' | 'eval' | 'single';

/** Options of {@link compile}, after `compile()`'s arguments. */
export interface CompileOptions {
  /** -1 means the interpreter's own level (0 here); 1 drops asserts, 2 also docstrings. */
  optimize?: number;
  /** Future flags (CO_FUTURE_*) inherited from the caller. */
  flags?: number;
  dontInherit?: boolean;
  /**
   * Receives the warnings met (SyntaxWarnings, and the DeprecationWarning of folding `~True`)
   * in the order CPython emits them; the runtime reports them (runtime/warnings.ts).
   */
  warnings?: CompileWarning[];
  /** False when the runtime's filters would turn `~True`'s warning into an error. */
  foldBoolInvert?: boolean;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

const CO_FUTURE_BARRY_AS_BDFL = 0x400000;

/** The source lines, each with its newline, for SyntaxError.text. */
function splitLines(source: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charCodeAt(i);
    if (ch === 10) { lines.push(source.slice(start, i + 1)); start = i + 1; }
    else if (ch === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      lines.push(source.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < source.length) lines.push(source.slice(start));
  return lines;
}

/**
 * Reads the `from __future__ import ...` statements at the top of a module: which features
 * they turn on, and where they stop being allowed. @see Python/future.c
 */
export function futureParse(mod: N, filename: string)
  : { features: number; location: Location } {
  let features = 0;
  let location: Location = LOCATION(-1, -1, -1, -1);
  if (mod._type !== 'Module') return { features, location };
  const body: N[] = mod.body;
  let i = 0;
  // A docstring may come first.
  if (body.length > 0 && body[0]._type === 'Expr' && body[0].value._type === 'Constant' &&
    body[0].value.value?.ob_type?.tp_name === 'str') i = 1;
  for (; i < body.length; i++) {
    const s = body[i];
    if (s._type !== 'ImportFrom' || s.module !== '__future__' || s.level) break;
    for (const a of s.names) {
      const feature: string = a.name;
      switch (feature) {
        case 'nested_scopes': case 'generators': case 'division': case 'absolute_import':
        case 'with_statement': case 'print_function': case 'unicode_literals':
        case 'generator_stop':
          break;
        case 'barry_as_FLUFL': features |= CO_FUTURE_BARRY_AS_BDFL; break;
        case 'annotations': features |= CO_FUTURE_ANNOTATIONS; break;
        case 'braces': throw futureError('not a chance', filename, s);
        default:
          throw futureError(`future feature ${feature} is not defined`, filename, s);
      }
    }
    location = LOC(s);
  }
  return { features, location };
}

/** Future errors carry only a start position (PyErr_SyntaxLocationObject). */
function futureError(msg: string, filename: string, s: N): CompileError {
  return new CompileError('SyntaxError', msg, filename, s.lineno, s.col_offset + 1, s.lineno,
    s.col_offset + 1, null);
}

/** Every identifier of a module's AST: what CPython's parser interns as it reads NAMEs. */
function astIdentifiers(mod: A.mod): Set<string> {
  const ids = new Set<string>();
  const stack: unknown[] = [mod];
  while (stack.length > 0) {
    const o = stack.pop() as Record<string, unknown> | unknown[];
    if (Array.isArray(o)) { for (const x of o) if (x !== null && typeof x === 'object') stack.push(x); continue; }
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') {
        if (k !== '_type' && k !== 'kind' && k !== 'type_comment') {
          for (const part of v.split('.')) ids.add(part);
        }
      } else if (v !== null && typeof v === 'object' && (Array.isArray(v) || '_type' in v)) {
        stack.push(v);
      }
    }
  }
  return ids;
}

/**
 * Compiles an already-parsed module. The AST is optimised in place (constant folding).
 * `identifiers` are those the parser met (else they are gathered from the AST if needed).
 * @see Python/compile.c _PyAST_Compile
 */
export function compileAst(mod: A.mod, filename: string, opts: CompileOptions = {},
  source: string | null = null, identifiers: ReadonlySet<string> | null = null): PyCode {
  let split: string[] | null = null;
  const lines = source === null ? null : () => (split ??= splitLines(source));
  let optimize = opts.optimize ?? -1;
  if (optimize < 0) optimize = 0;
  const future = futureParse(mod, filename);
  const futureFeatures = future.features | ((opts.flags ?? 0) & CO_FUTURE_ANNOTATIONS);
  let st;
  setModuleIdentifiers(identifiers ?? (() => astIdentifiers(mod)));
  try {
    astOptimize(mod, optimize, futureFeatures, filename, lines,
      opts.warnings === undefined ? undefined
        : { warnings: opts.warnings, foldBoolInvert: opts.foldBoolInvert });
    st = buildSymtable(mod, filename, (futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0, lines);
  } catch (e) {
    if (e instanceof RangeError) throw new CompilerRecursionError();
    throw e;
  }
  const c = new Compiler(st, filename,
    { optimize, futureFeatures, interactive: (mod as N)._type === 'Interactive',
      warnings: opts.warnings }, lines);
  c.futureLocation = future.location;
  try {
    return c.compileMod(mod);
  } catch (e) {
    if (e instanceof RangeError) throw new CompilerRecursionError();
    throw e;
  }
}

/**
 * CPython's RecursionError for ASTs nested too deeply to compile; the runtime maps it by
 * `pyType`, as it does the parser's MemoryError.
 */
export class CompilerRecursionError extends Error {
  readonly pyType = 'RecursionError';
  constructor() {
    super('maximum recursion depth exceeded during compilation');
  }
}

/**
 * `compile(source, filename, mode)`: parse, optimise, analyse and generate code.
 * Syntax errors are thrown as {@link CompileError}.
 * @see Python/pythonrun.c Py_CompileStringObject
 */
export function compile(source: string | Uint8Array, filename: string, mode: CompileMode,
  opts: CompileOptions = {}): PyCode {
  const text = typeof source === 'string' ? source : decodeSource(source, filename);
  const identifiers = new Set<string>();
  const mod = parse(text, filename, mode, { identifiers, warnings: opts.warnings,
    barryAsBdfl: ((opts.flags ?? 0) & CO_FUTURE_BARRY_AS_BDFL) !== 0 });
  return compileAst(mod, filename, opts, text, identifiers);
}
