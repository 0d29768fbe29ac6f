// Mirrors CPython 3.13's Python/compile.c, its core: the compiler state, code units and their
// scopes, emitting instructions, names and constants, the frame-block stack, and the code
// objects for modules, functions, lambdas, classes and PEP 695 scopes. Statements are in
// compile-stmt.ts, expressions in compile-expr.ts, `match` in compile-pattern.ts.

import { Op } from '../opcode.js';
import type { CompileWarning } from './errors.js';
import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newInt } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { PyCode } from '../objects/codeobject.js';
import { InstrSequence, NO_LOCATION, type CodeUnitMetadata, type Location } from './instrseq.js';
import { optimizeAndAssemble, ConstCache } from './assemble.js';
import { addConst, constKey } from './flowgraph-consts.js';
import {
  Symtable, SymtableEntry, BlockType, Scope, maybeMangle, mangle, syntaxError,
  SCOPE_OFFSET, SCOPE_MASK, DEF_COMP_CELL, DEF_FREE_CLASS,
  type SourceLines,
} from './symtable.js';
import { visitStmt, visitStmts } from './compile-stmt.js';
import { visitExpr } from './compile-expr.js';

/** The public entry points live in index.ts; re-exported for tools that load this file. */
export { compile, compileAst } from './index.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

/** What kind of code a unit compiles; CPython's COMPILER_SCOPE_*. */
export const enum ScopeType {
  Module = 0, Class = 1, Function = 2, AsyncFunction = 3, Lambda = 4, Comprehension = 5,
  TypeParams = 6,
}

/** Frame blocks: what `break`/`continue`/`return` must unwind; CPython's `fblocktype`. */
export const enum FBlock {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator, StopIteration,
}

export interface FBlockInfo {
  type: FBlock;
  block: number;
  exit: number;
  loc: Location;
  /** finally body, handler name, or the with statement. */
  datum: any;
}

export const NO_LABEL = -1;
export const CO_MAXBLOCKS = 21;
/** Above this many stack items, collections are built incrementally. */
export const STACK_USE_GUIDELINE = 30;

// Code flags (Include/cpython/code.h) and the future flags carried in PyCF_MASK.
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ASYNC_GENERATOR = 0x200;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
export const PyCF_MASK = 0x1fe0000; // the CO_FUTURE_* bits
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

// MAKE_FUNCTION attribute flags (SET_FUNCTION_ATTRIBUTE opargs).
export const MAKE_FUNCTION_DEFAULTS = 0x01;
export const MAKE_FUNCTION_KWDEFAULTS = 0x02;
export const MAKE_FUNCTION_ANNOTATIONS = 0x04;
export const MAKE_FUNCTION_CLOSURE = 0x08;

// RESUME opargs.
export const RESUME_AT_FUNC_START = 0;
export const RESUME_AFTER_YIELD = 1;
export const RESUME_AFTER_YIELD_FROM = 2;
export const RESUME_AFTER_AWAIT = 3;

// CALL_INTRINSIC_1 / CALL_INTRINSIC_2 opargs (Include/internal/pycore_intrinsics.h).
export const INTRINSIC_PRINT = 1;
export const INTRINSIC_IMPORT_STAR = 2;
export const INTRINSIC_STOPITERATION_ERROR = 3;
export const INTRINSIC_ASYNC_GEN_WRAP = 4;
export const INTRINSIC_UNARY_POSITIVE = 5;
export const INTRINSIC_LIST_TO_TUPLE = 6;
export const INTRINSIC_TYPEVAR = 7;
export const INTRINSIC_PARAMSPEC = 8;
export const INTRINSIC_TYPEVARTUPLE = 9;
export const INTRINSIC_SUBSCRIPT_GENERIC = 10;
export const INTRINSIC_TYPEALIAS = 11;
export const INTRINSIC_PREP_RERAISE_STAR = 1;
export const INTRINSIC_TYPEVAR_WITH_BOUND = 2;
export const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS = 3;
export const INTRINSIC_SET_FUNCTION_TYPE_PARAMS = 4;
export const INTRINSIC_SET_TYPEPARAM_DEFAULT = 5;

/** The span of an AST node; CPython's LOC(x). */
export function LOC(x: N): Location {
  return { lineno: x.lineno, end_lineno: x.end_lineno, col_offset: x.col_offset,
    end_col_offset: x.end_col_offset };
}

export function LOCATION(lineno: number, endLineno: number, col: number, endCol: number)
  : Location {
  return { lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol };
}

/** One code object being built; CPython's `struct compiler_unit`. */
export class CompilerUnit {
  readonly seq = new InstrSequence();
  readonly md: CodeUnitMetadata;
  fblocks: FBlockInfo[] = [];
  inInlinedComp = 0;
  private_: string | null = null;
  staticAttributes: Set<string> | null = null;

  constructor(public ste: SymtableEntry, public scopeType: ScopeType, name: string,
    firstlineno: number) {
    this.md = {
      name, qualname: name, consts: [], names: new Map(), varnames: new Map(),
      cellvars: new Map(), freevars: new Map(), fasthidden: new Map(),
      argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, firstlineno,
    };
  }
}

/** Compile options carried through a compilation. */
export interface CompilerOptions {
  optimize: number;
  futureFeatures: number;
  interactive: boolean;
  /** Where SyntaxWarnings go (compile-checks.ts); none are collected without it. */
  warnings?: CompileWarning[];
}

/** The whole compilation; CPython's `struct compiler`. */
export class Compiler {
  u!: CompilerUnit;
  readonly stack: CompilerUnit[] = [];
  readonly constCache = new ConstCache();
  nestlevel = 0;
  /** Where `from __future__` imports stop being allowed. */
  futureLocation: Location = LOCATION(-1, -1, -1, -1);

  constructor(public st: Symtable, public filename: string, public opts: CompilerOptions,
    public lines: SourceLines | null) {}

  get optimize(): number { return this.opts.optimize; }
  get interactive(): boolean { return this.opts.interactive; }
  get futureAnnotations(): boolean {
    return (this.opts.futureFeatures & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  error(msg: string, loc: Location): Error {
    return syntaxError(msg, this.filename, loc, this.lines);
  }

  // ---- emitting ----

  addop(op: number, loc: Location): void {
    this.u.seq.addOp(op, 0, loc);
  }

  addopI(op: number, oparg: number, loc: Location): void {
    this.u.seq.addOp(op, oparg, loc);
  }

  /** A jump or SETUP_* pseudo-op to a label. */
  addopJ(op: number, label: number, loc: Location): void {
    this.u.seq.addOp(op, label, loc);
  }

  newLabel(): number {
    return this.u.seq.newLabel();
  }

  useLabel(label: number): void {
    this.u.seq.useLabel(label);
  }

  /** @see Python/compile.c compiler_add_const */
  addConst(o: PyObject): number {
    if (o instanceof PyCode) {
      // Code objects are dict keys compared by value (code_richcompare): an expression
      // compiled twice (a while test) yields one constant.
      const consts = this.u.md.consts;
      for (let i = 0; i < consts.length; i++) {
        const k = consts[i];
        if (k instanceof PyCode && codeEqual(k, o, this.constCache)) return i;
      }
    }
    return addConst(o, this.u.md.consts, this.constCache);
  }

  loadConst(o: PyObject, loc: Location): void {
    this.addopI(Op.LOAD_CONST, this.addConst(o), loc);
  }

  /** Adds a name to one of the unit's maps; CPython's dict_add_o. */
  static dictAdd(dict: Map<string, number>, name: string): number {
    let i = dict.get(name);
    if (i === undefined) { i = dict.size; dict.set(name, i); }
    return i;
  }

  /** An op whose oparg indexes a name map, without mangling; CPython's ADDOP_N. */
  addopN(op: number, name: string, dict: Map<string, number>, loc: Location): void {
    this.addopI(op, Compiler.dictAdd(dict, name), loc);
  }

  /**
   * An op naming an attribute, global or import; folds the method/super forms into their
   * real opcodes' oparg bits. @see Python/compile.c compiler_addop_name
   */
  addopName(op: number, name: string, dict: Map<string, number>, loc: Location): void {
    const mangled = maybeMangle(this.u.private_, this.u.ste, name);
    let arg = Compiler.dictAdd(dict, mangled);
    switch (op) {
      case Op.LOAD_ATTR: arg <<= 1; break;
      case Op.LOAD_METHOD: op = Op.LOAD_ATTR; arg = (arg << 1) | 1; break;
      case Op.LOAD_SUPER_ATTR: arg = (arg << 2) | 2; break;
      case Op.LOAD_SUPER_METHOD: op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; break;
      case Op.LOAD_ZERO_SUPER_ATTR: op = Op.LOAD_SUPER_ATTR; arg <<= 2; break;
      case Op.LOAD_ZERO_SUPER_METHOD: op = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; break;
    }
    this.addopI(op, arg, loc);
  }

  mangle(name: string): string {
    return maybeMangle(this.u.private_, this.u.ste, name);
  }

  // ---- names ----

  /** @see Python/compile.c forbidden_name */
  checkForbiddenName(name: string, ctx: string, loc: Location): void {
    if (name === '__debug__') {
      if (ctx === 'Store') throw this.error('cannot assign to __debug__', loc);
      if (ctx === 'Del') throw this.error('cannot delete __debug__', loc);
    }
  }

  /**
   * Load, store or delete a variable with the opcode its scope calls for.
   * @see Python/compile.c compiler_nameop
   */
  nameop(name: string, ctx: string, loc: Location): void {
    const u = this.u;
    this.checkForbiddenName(name, ctx, loc);
    const mangled = this.mangle(name);
    const scope = u.ste.getScope(mangled);
    let dict = u.md.names;
    const enum OpType { FAST, GLOBAL, DEREF, NAME }
    let optype = OpType.NAME;
    switch (scope) {
      case Scope.FREE: dict = u.md.freevars; optype = OpType.DEREF; break;
      case Scope.CELL: dict = u.md.cellvars; optype = OpType.DEREF; break;
      case Scope.LOCAL:
        if (u.ste.isFunctionLike() || u.md.fasthidden.get(mangled) === true) optype = OpType.FAST;
        break;
      case Scope.GLOBAL_IMPLICIT:
        if (u.ste.isFunctionLike()) optype = OpType.GLOBAL;
        break;
      case Scope.GLOBAL_EXPLICIT: optype = OpType.GLOBAL; break;
    }
    let op = 0;
    switch (optype) {
      case OpType.DEREF:
        if (ctx === 'Load') {
          if (u.ste.type === BlockType.Class && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(Op.LOAD_LOCALS, loc);
          } else if (u.ste.canSeeClassScope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addopN(Op.LOAD_DEREF, '__classdict__', u.md.freevars, loc);
          } else {
            op = Op.LOAD_DEREF;
          }
        } else {
          op = ctx === 'Store' ? Op.STORE_DEREF : Op.DELETE_DEREF;
        }
        break;
      case OpType.FAST:
        op = ctx === 'Load' ? Op.LOAD_FAST : ctx === 'Store' ? Op.STORE_FAST : Op.DELETE_FAST;
        this.addopN(op, mangled, u.md.varnames, loc);
        return;
      case OpType.GLOBAL:
        if (ctx === 'Load') {
          if (u.ste.canSeeClassScope && scope === Scope.GLOBAL_IMPLICIT) {
            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
            this.addopN(Op.LOAD_DEREF, '__classdict__', u.md.freevars, loc);
          } else {
            op = Op.LOAD_GLOBAL;
          }
        } else {
          op = ctx === 'Store' ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        }
        break;
      case OpType.NAME:
        if (ctx === 'Load') {
          op = u.ste.type === BlockType.Class && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        } else {
          op = ctx === 'Store' ? Op.STORE_NAME : Op.DELETE_NAME;
        }
        break;
    }
    let arg = Compiler.dictAdd(dict, mangled);
    if (op === Op.LOAD_GLOBAL) arg <<= 1;
    this.addopI(op, arg, loc);
  }

  /** @see Python/compile.c get_ref_type */
  getRefType(name: string): Scope {
    if (this.u.scopeType === ScopeType.Class && (name === '__class__' || name === '__classdict__')) {
      return Scope.CELL;
    }
    const scope = this.u.ste.getScope(name);
    if (scope === Scope.NONE) {
      throw new Error(`SystemError: _PyST_GetScope(name=${name}) failed in ${this.u.md.name}`);
    }
    return scope;
  }

  // ---- frame blocks ----

  pushFBlock(loc: Location, type: FBlock, block: number, exit: number, datum: any): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) {
      throw this.error('too many statically nested blocks', loc);
    }
    this.u.fblocks.push({ type, block, exit, loc, datum });
  }

  popFBlock(_type: FBlock, _block: number): void {
    this.u.fblocks.pop();
  }

  // ---- scopes ----

  /** @see Python/compile.c compiler_enter_scope */
  enterScope(name: string, scopeType: ScopeType, key: object, lineno: number): void {
    const ste = this.st.lookup(key);
    const u = new CompilerUnit(ste, scopeType, name, lineno);
    const md = u.md;
    for (let i = 0; i < ste.varnames.length; i++) md.varnames.set(ste.varnames[i], i);
    dictByType(ste.symbols, Scope.CELL, DEF_COMP_CELL, 0, md.cellvars);
    // The implicit cells of a class body.
    if (ste.needsClassClosure) Compiler.dictAdd(md.cellvars, '__class__');
    if (ste.needsClassdict) Compiler.dictAdd(md.cellvars, '__classdict__');
    dictByType(ste.symbols, Scope.FREE, DEF_FREE_CLASS, md.cellvars.size, md.freevars);
    if (scopeType === ScopeType.Class) u.staticAttributes = new Set();
    if (this.u !== undefined) {
      this.stack.push(this.u);
      u.private_ = this.u.private_;
    }
    this.u = u;
    this.nestlevel++;
    const loc = LOCATION(lineno, lineno, 0, 0);
    if (scopeType === ScopeType.Module) loc.lineno = 0;
    else this.setQualname();
    this.addopI(Op.RESUME, RESUME_AT_FUNC_START, loc);
  }

  exitScope(): void {
    this.nestlevel--;
    const parent = this.stack.pop();
    if (parent !== undefined) this.u = parent;
  }

  /** @see Python/compile.c compiler_set_qualname */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    const n = this.stack.length;
    if (n > 1) {
      let parent = this.stack[n - 1];
      if (parent.scopeType === ScopeType.TypeParams) {
        // Generic parameters are invisible in qualnames: look at the grandparent.
        if (n === 2) { u.md.qualname = u.md.name; return; }
        parent = this.stack[n - 2];
      }
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction ||
        u.scopeType === ScopeType.Class) {
        const m = mangle(parent.private_, u.md.name);
        if (parent.ste.getScope(m) === Scope.GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction
          || parent.scopeType === ScopeType.Lambda) {
          base = parent.md.qualname + '.<locals>';
        } else {
          base = parent.md.qualname;
        }
      }
    }
    u.md.qualname = base !== null ? base + '.' + u.md.name : u.md.name;
  }

  /** @see Python/compile.c compute_code_flags */
  computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike()) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
    }
    if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    flags |= this.opts.futureFeatures & PyCF_MASK;
    return flags;
  }

  /** Ends the unit with `return None` and hands it to the back end. */
  optimizeAndAssemble(addNone: boolean): PyCode {
    const flags = this.computeCodeFlags();
    if (addNone) this.loadConst(Py_None, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    return optimizeAndAssemble(this.u.seq, this.u.md, flags, this.filename,
      { optimize: this.opts.optimize, constCache: this.constCache });
  }

  isTopLevelAwait(): boolean {
    return false; // PyCF_ALLOW_TOP_LEVEL_AWAIT is only set by asyncio's REPL
  }

  // ---- code objects ----

  /**
   * Pushes a function made from `co`, with its closure cells and the attributes `flags` says
   * are already on the stack. @see Python/compile.c compiler_make_closure
   */
  makeClosure(co: PyCode, flags: number, loc: Location): void {
    const freevars = codeFreevars(co);
    if (freevars.length > 0) {
      for (const name of freevars) {
        // A method's free variable may also be a class-level local: the closure wins.
        const reftype = this.getRefType(name);
        let arg: number | undefined;
        if (reftype === Scope.CELL) arg = this.u.md.cellvars.get(name);
        else arg = this.u.md.freevars.get(name);
        if (arg === undefined) {
          throw new Error(`SystemError: compiler_lookup_arg(name='${name}') with reftype=`
            + `${reftype} failed in ${this.u.md.name}`);
        }
        this.addopI(Op.LOAD_CLOSURE, arg, loc);
      }
      flags |= MAKE_FUNCTION_CLOSURE;
      this.addopI(Op.BUILD_TUPLE, freevars.length, loc);
    }
    this.loadConst(co as unknown as PyObject, loc);
    this.addop(Op.MAKE_FUNCTION, loc);
    if (flags & MAKE_FUNCTION_CLOSURE) this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_CLOSURE, loc);
    if (flags & MAKE_FUNCTION_ANNOTATIONS) {
      this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATIONS, loc);
    }
    if (flags & MAKE_FUNCTION_KWDEFAULTS) {
      this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_KWDEFAULTS, loc);
    }
    if (flags & MAKE_FUNCTION_DEFAULTS) {
      this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_DEFAULTS, loc);
    }
  }

  /** The module (or expression) code object. @see Python/compile.c compiler_mod */
  compileMod(mod: N): PyCode {
    this.enterScope('<module>', ScopeType.Module, mod, 1);
    // SETUP_ANNOTATIONS takes the first statement's location.
    const loc = mod._type === 'Module' && mod.body.length > 0 ? LOC(mod.body[0])
      : LOCATION(1, 1, 0, 0);
    switch (mod._type) {
      case 'Module': compilerBody(this, loc, mod.body); break;
      case 'Interactive':
        if (findAnn(mod.body)) this.addop(Op.SETUP_ANNOTATIONS, loc);
        visitStmts(this, mod.body);
        break;
      case 'Expression': visitExpr(this, mod.body); break;
      default: throw new Error(`SystemError: module kind ${mod._type} should not be possible`);
    }
    const co = this.optimizeAndAssemble(mod._type !== 'Expression');
    this.exitScope();
    return co;
  }
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function arraysEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Value equality of two code objects. @see Objects/codeobject.c code_richcompare */
function codeEqual(a: PyCode, b: PyCode, cache: ConstCache): boolean {
  const x = a as any, y = b as any;
  if (x.co_name !== y.co_name || x.co_argcount !== y.co_argcount ||
    x.co_posonlyargcount !== y.co_posonlyargcount || x.co_kwonlyargcount !== y.co_kwonlyargcount
    || x.co_flags !== y.co_flags || x.co_firstlineno !== y.co_firstlineno) return false;
  if (!bytesEqual(x.co_code, y.co_code) || !bytesEqual(x.co_linetable, y.co_linetable) ||
    !bytesEqual(x.co_exceptiontable, y.co_exceptiontable)) return false;
  if (!arraysEqual(x.co_names, y.co_names) ||
    !arraysEqual(x.co_localsplusnames, y.co_localsplusnames)) return false;
  const ca: PyObject[] = x.co_consts, cb: PyObject[] = y.co_consts;
  if (ca.length !== cb.length) return false;
  for (let i = 0; i < ca.length; i++) {
    const p = ca[i], q = cb[i];
    if (p === q) continue;
    if (p instanceof PyCode && q instanceof PyCode) {
      if (!codeEqual(p, q, cache)) return false;
    } else if (constKey(cache, p) !== constKey(cache, q)) {
      return false;
    }
  }
  return true;
}

/** The free variable names of a code object, in localsplus order. */
function codeFreevars(co: PyCode): string[] {
  const c = co as any;
  if (Array.isArray(c.co_freevars)) return c.co_freevars;
  const names: string[] = c.co_localsplusnames;
  const kinds: Uint8Array = c.co_localspluskinds;
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) if (kinds[i] & 0x80) out.push(names[i]);
  return out;
}

/**
 * Names of one scope, sorted, numbered from `offset`; CPython's dictbytype.
 * @see Python/compile.c dictbytype
 */
function dictByType(symbols: Map<string, number>, scopeType: Scope, flag: number, offset: number,
  dest: Map<string, number>): void {
  // Pick the names first and sort only those: most scopes have no cells or free variables,
  // and sorting a module's every symbol for nothing was a measurable part of compile time.
  const keys: string[] = [];
  for (const [k, vi] of symbols) {
    const scope = (vi >> SCOPE_OFFSET) & SCOPE_MASK;
    if (scope === scopeType || (vi & flag)) keys.push(k);
  }
  keys.sort(comparePy);
  for (const k of keys) dest.set(k, offset++);
}

/** Code-point order, as `sorted()` of str compares. */
export function comparePy(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** The docstring of a body, if its first statement is a string literal. */
export function getDocstring(body: N[]): string | null {
  if (body.length === 0) return null;
  const s = body[0];
  if (s._type !== 'Expr' || s.value._type !== 'Constant') return null;
  const v = s.value.value;
  return typeof v?.value === 'string' && v.ob_type?.tp_name === 'str' ? v.value : null;
}

/**
 * 3.13 strips docstring indentation at compile time (like inspect.cleandoc, keeping the
 * trailing lines). @see Python/compile.c _PyCompile_CleanDoc
 */
export function cleanDoc(doc: string): string {
  doc = expandTabs(doc);
  const lines = doc.split('\n');
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    let j = 0;
    while (j < l.length && l.charCodeAt(j) === 32) j++;
    if (j < l.length) margin = Math.min(margin, j);
  }
  if (margin === Infinity) margin = 0;
  let first = 0;
  while (first < lines[0].length && lines[0].charCodeAt(first) === 32) first++;
  if (first === 0 && margin === 0) return doc;
  const out = [lines[0].slice(first)];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    let j = 0;
    while (j < margin && j < l.length && l.charCodeAt(j) === 32) j++;
    out.push(l.slice(j));
  }
  return out.join('\n');
}

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '', col = 0;
  for (const ch of s) {
    if (ch === '\t') { const n = 8 - (col % 8); out += ' '.repeat(n); col += n; }
    else if (ch === '\n' || ch === '\r') { out += ch; col = 0; }
    else { out += ch; col++; }
  }
  return out;
}

/** Does a body (not counting nested scopes) contain an annotated assignment? */
export function findAnn(stmts: N[]): boolean {
  for (const st of stmts) {
    switch (st._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnn(st.body) || findAnn(st.orelse)) return true;
        break;
      case 'With': case 'AsyncWith':
        if (findAnn(st.body)) return true;
        break;
      case 'Try': case 'TryStar':
        for (const h of st.handlers) if (findAnn(h.body)) return true;
        if (findAnn(st.body) || findAnn(st.finalbody) || findAnn(st.orelse)) return true;
        break;
      case 'Match':
        for (const mc of st.cases) if (findAnn(mc.body)) return true;
        break;
    }
  }
  return false;
}

/** A module or class body: annotations dict, docstring, then the statements. */
export function compilerBody(c: Compiler, loc: Location, stmts: N[]): void {
  if (findAnn(stmts)) c.addop(Op.SETUP_ANNOTATIONS, loc);
  if (stmts.length === 0) return;
  let first = 0;
  const doc = getDocstring(stmts);
  if (doc !== null) {
    first = 1;
    if (c.optimize < 2) {
      c.loadConst(newStr(cleanDoc(doc)), LOC(stmts[0].value));
      c.nameop('__doc__', 'Store', NO_LOCATION);
    }
  }
  for (let i = first; i < stmts.length; i++) visitStmt(c, stmts[i]);
}

