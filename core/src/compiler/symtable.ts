// Mirrors CPython 3.13's Python/symtable.c: the pass between parsing and code generation that
// decides, for every name in every scope, whether it is local, global, free or a cell. It owns
// the block tree (one `SymtableEntry` per module/class/function/lambda/comprehension/annotation
// and PEP 695 scope), the DEF_* flags, PEP 709 comprehension inlining, and its SyntaxErrors.

import { CompileError } from './errors.js';
import { analyzeBlock } from './symtable-analyze.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
/** AST nodes are walked generically by `_type`; fields are exactly CPython's. */
type N = any;

// ---- flags, exactly Include/internal/pycore_symtable.h's values ----
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE = 32;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

/** The scope a name resolves to, stored in the flags above SCOPE_OFFSET. */
export const enum Scope { NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3,
  FREE = 4, CELL = 5 }

export const enum BlockType {
  Function = 0, Class = 1, Module = 2, Annotation = 3, TypeAlias = 4,
  TypeParameters = 5, TypeVariable = 6,
}

export const enum Comprehension { None = 0, List = 1, Dict = 2, Set = 3, Generator = 4 }

/** A source span for errors and directives (byte columns, as the AST holds them). */
interface Loc { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** One scope; CPython's `PySTEntryObject`. */
export class SymtableEntry {
  symbols = new Map<string, number>();
  /** Parameters in order: the start of `co_varnames`. */
  varnames: string[] = [];
  children: SymtableEntry[] = [];
  directives: [string, Loc][] = [];
  mangledNames: Set<string> | null = null;
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: Comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  free = false;
  scopeInfo: string | null = null;

  constructor(
    public name: string,
    public type: BlockType,
    public key: object,
    public lineno: number,
    public colOffset: number,
  ) {}

  /** The scope of `name` (0 when unknown); CPython's `_PyST_GetScope`. */
  getScope(name: string): Scope {
    const f = this.symbols.get(name);
    return f === undefined ? Scope.NONE : ((f >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
  }

  /** The raw flags of `name`, 0 when absent; `_PyST_GetSymbol`. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  isFunctionLike(): boolean {
    return isFunctionLike(this.type);
  }
}

/** @see Python/symtable.c `_PyST_IsFunctionLike` */
export function isFunctionLike(t: BlockType): boolean {
  return t === BlockType.Function || t === BlockType.Annotation || t === BlockType.TypeAlias ||
    t === BlockType.TypeParameters || t === BlockType.TypeVariable;
}

/**
 * Name mangling of private names (`__x` inside `class C` -> `_C__x`).
 * @see Python/compile.c `_Py_Mangle`
 */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || !ident.startsWith('__')) return ident;
  // Dunder names and dotted import names are left alone.
  if (ident.endsWith('__') || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return ident;
  return '_' + privateName.slice(i) + ident;
}

/** @see Python/compile.c `_Py_MaybeMangle`: generic classes mangle only their type params. */
export function maybeMangle(privateName: string | null, ste: SymtableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;

/** The whole table: the block tree plus a node -> entry lookup; CPython's `struct symtable`. */
export class Symtable {
  top!: SymtableEntry;
  private cur: SymtableEntry | null = null;
  private stack: SymtableEntry[] = [];
  private global!: Map<string, number>;
  private private_: string | null = null;
  readonly blocks = new Map<object, SymtableEntry>();
  /** The second key a TypeVar's default uses (its bound uses the node itself). */
  private defaultKeys = new WeakMap<object, object>();

  constructor(public filename: string, public futureAnnotations: boolean,
    private lines: SourceLines | null) {}

  /** The entry for an AST node that opened a scope; CPython's `_PySymtable_Lookup`. */
  lookup(key: object): SymtableEntry {
    const e = this.blocks.get(key);
    if (e === undefined) throw new Error('symtable: unknown block');
    return e;
  }

  /** The key of a TypeVar-like node's default-value scope. */
  defaultKey(tp: object): object {
    let k = this.defaultKeys.get(tp);
    if (k === undefined) { k = {}; this.defaultKeys.set(tp, k); }
    return k;
  }

  error(msg: string, loc: Loc): CompileError {
    return syntaxError(msg, this.filename, loc, this.lines);
  }

  // ---- building ----

  enterBlock(name: string, type: BlockType, key: object, loc: Loc): void {
    const prev = this.cur;
    const ste = new SymtableEntry(name, type, key, loc.lineno, loc.col_offset);
    if (prev !== null && (prev.nested || prev.isFunctionLike())) ste.nested = true;
    this.blocks.set(key, ste);
    this.stack.push(ste);
    // bpo-37757: walrus is refused anywhere inside a comprehension's outermost iterable.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    if (prev !== null && prev.mangledNames !== null && type !== BlockType.Class) {
      ste.mangledNames = prev.mangledNames;
    }
    this.cur = ste;
    // Future-annotation blocks never reach the code generator; they only hide names.
    if (type === BlockType.Annotation) return;
    if (type === BlockType.Module) this.global = ste.symbols;
    if (prev !== null) prev.children.push(ste);
  }

  exitBlock(): void {
    this.stack.pop();
    this.cur = this.stack.length > 0 ? this.stack[this.stack.length - 1] : null;
  }

  private get st(): SymtableEntry { return this.cur!; }

  addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: Loc): void {
    const mangled = maybeMangle(this.private_, this.st, name);
    const dict = ste.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if ((flag & DEF_PARAM) && (val & DEF_PARAM)) throw this.error(DUPLICATE_ARGUMENT(name), loc);
      if ((flag & DEF_TYPE_PARAM) && (val & DEF_TYPE_PARAM)) {
        throw this.error(`duplicate type parameter '${name}'`, loc);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // A comprehension's loop variable may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) {
        throw this.error('comprehension inner loop cannot rebind assignment expression target '
          + `'${name}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  addDef(name: string, flag: number, loc: Loc): void {
    if ((flag & DEF_TYPE_PARAM) && this.st.mangledNames !== null) this.st.mangledNames.add(name);
    this.addDefHelper(name, flag, this.st, loc);
  }

  lookupCur(name: string): number {
    return this.lookupEntry(this.st, name);
  }

  lookupEntry(ste: SymtableEntry, name: string): number {
    return ste.symbols.get(maybeMangle(this.private_, ste, name)) ?? 0;
  }

  recordDirective(name: string, loc: Loc): void {
    this.st.directives.push([maybeMangle(this.private_, this.st, name), loc]);
  }

  // ---- statements ----

  visitStmt(s: N): void {
    const st = this.st;
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        const a = s.args;
        if (a.defaults.length) this.visitExprs(a.defaults);
        this.visitExprsWithNull(a.kw_defaults);
        this.visitExprs(s.decorator_list);
        const generic = s.type_params.length > 0;
        if (generic) {
          // CPython tests `args->defaults != NULL`, true even for an empty list.
          this.enterTypeParamBlock(s.name, s.type_params, true,
            hasKwonlyDefaults(a), 'FunctionDef', s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitAnnotations(s, a, s.returns);
        this.enterBlock(s.name, BlockType.Function, s, s);
        if (s._type === 'AsyncFunctionDef') this.st.coroutine = true;
        this.visitArguments(a);
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'ClassDef': {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.decorator_list);
        const tmp = this.private_;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, 'ClassDef', s);
          this.private_ = s.name;
          this.st.mangledNames = new Set();
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, BlockType.Class, s, s);
        this.private_ = s.name;
        if (generic) {
          const tpl = typeParamsLoc(s.type_params);
          this.addDef('__type_params__', DEF_LOCAL, tpl);
          this.addDef('.type_params', USE, tpl);
        }
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.private_ = tmp;
        break;
      }
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name: string = s.name.id;
        const inClass = st.type === BlockType.Class;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, 'TypeAlias', s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAlias, s, s);
        this.st.canSeeClassScope = inClass;
        if (inClass) this.addDef('__classdict__', USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value !== null) { this.visitExpr(s.value); st.returnsValue = true; }
        break;
      case 'Delete': this.visitExprs(s.targets); break;
      case 'Assign': this.visitExprs(s.targets); this.visitExpr(s.value); break;
      case 'AnnAssign': {
        const t = s.target;
        if (t._type === 'Name') {
          const cur = this.lookupCur(t.id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && st.symbols !== this.global && s.simple) {
            throw this.error(`annotated name '${t.id}' can't be `
              + ((cur & DEF_GLOBAL) ? 'global' : 'nonlocal'), s);
          }
          if (s.simple) this.addDef(t.id, DEF_ANNOT | DEF_LOCAL, t);
          else if (s.value !== null) this.addDef(t.id, DEF_LOCAL, t);
        } else {
          this.visitExpr(t);
        }
        this.visitAnnotation(s.annotation);
        if (s.value !== null) this.visitExpr(s.value);
        break;
      }
      case 'AugAssign': this.visitExpr(s.target); this.visitExpr(s.value); break;
      case 'For': case 'AsyncFor':
        this.visitExpr(s.target); this.visitExpr(s.iter);
        this.visitStmts(s.body); this.visitStmts(s.orelse);
        break;
      case 'While': case 'If':
        this.visitExpr(s.test); this.visitStmts(s.body); this.visitStmts(s.orelse);
        break;
      case 'Match':
        this.visitExpr(s.subject);
        for (const mc of s.cases) {
          this.visitPattern(mc.pattern);
          if (mc.guard !== null) this.visitExpr(mc.guard);
          this.visitStmts(mc.body);
        }
        break;
      case 'Raise':
        if (s.exc !== null) {
          this.visitExpr(s.exc);
          if (s.cause !== null) this.visitExpr(s.cause);
        }
        break;
      case 'Try': case 'TryStar':
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case 'Import': case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'Global': case 'Nonlocal': {
        const isGlobal = s._type === 'Global';
        const what = isGlobal ? 'global' : 'nonlocal';
        for (const name of s.names as string[]) {
          const cur = this.lookupCur(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${what}`;
            else if (cur & USE) msg = `name '${name}' is used prior to ${what} declaration`;
            else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${what}`;
            else msg = `name '${name}' is assigned to before ${what} declaration`;
            throw this.error(msg, s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case 'Expr': this.visitExpr(s.value); break;
      case 'Pass': case 'Break': case 'Continue': break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          this.visitExpr(it.context_expr);
          if (it.optional_vars !== null) this.visitExpr(it.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      default:
        throw new Error(`symtable: unexpected statement ${s._type}`);
    }
  }

  visitStmts(body: N[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean,
    hasKwDefaults: boolean, kind: string, loc: Loc): void {
    const currentType = this.st.type;
    this.enterBlock(name, BlockType.TypeParameters, key, loc);
    if (currentType === BlockType.Class) {
      this.st.canSeeClassScope = true;
      this.addDef('__classdict__', USE, loc);
    }
    if (kind === 'ClassDef') {
      // Set when the type-params tuple is built, used when the bases are evaluated.
      this.addDef('.type_params', DEF_LOCAL, loc);
      this.addDef('.type_params', USE, loc);
      this.addDef('.generic_base', DEF_LOCAL, loc);
      this.addDef('.generic_base', USE, loc);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, loc);
  }

  private visitTypeParam(tp: N): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    if (tp._type === 'TypeVar') {
      const info = tp.bound === null ? null
        : tp.bound._type === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound';
      this.visitBoundOrDefault(tp.bound, tp.name, tp, info);
      this.visitBoundOrDefault(tp.default_value, tp.name, this.defaultKey(tp), 'a TypeVar default');
    } else {
      const info = tp._type === 'TypeVarTuple' ? 'a TypeVarTuple default' : 'a ParamSpec default';
      this.visitBoundOrDefault(tp.default_value, tp.name, tp, info);
    }
  }

  private visitBoundOrDefault(e: N, name: string, key: object, info: string | null): void {
    if (e === null) return;
    const inClass = this.st.canSeeClassScope;
    this.enterBlock(name, BlockType.TypeVariable, key, e);
    this.st.canSeeClassScope = inClass;
    if (inClass) this.addDef('__classdict__', USE, e);
    this.st.scopeInfo = info;
    this.visitExpr(e);
    this.exitBlock();
  }

  private visitAlias(a: N): void {
    // `import a.b.c` binds only `a`.
    const name: string = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.st.type !== BlockType.Module) {
      throw this.error('import * only allowed at module level', a);
    }
  }

  private visitPattern(p: N): void {
    switch (p._type) {
      case 'MatchValue': this.visitExpr(p.value); break;
      case 'MatchSingleton': break;
      case 'MatchSequence': for (const q of p.patterns) this.visitPattern(q); break;
      case 'MatchStar': if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p); break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr': for (const q of p.patterns) this.visitPattern(q); break;
    }
  }

  private visitArguments(a: N): void {
    for (const x of a.posonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.args) this.addDef(x.arg, DEF_PARAM, x);
    for (const x of a.kwonlyargs) this.addDef(x.arg, DEF_PARAM, x);
    if (a.vararg !== null) { this.addDef(a.vararg.arg, DEF_PARAM, a.vararg); this.st.varargs = true; }
    if (a.kwarg !== null) { this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg); this.st.varkeywords = true; }
  }

  private visitAnnotation(ann: N): void {
    const fut = this.futureAnnotations;
    if (fut) this.enterBlock('_annotation', BlockType.Annotation, ann, ann);
    this.visitExpr(ann);
    if (fut) this.exitBlock();
  }

  private visitAnnotations(o: N, a: N, returns: N): void {
    const fut = this.futureAnnotations;
    if (fut) this.enterBlock('_annotation', BlockType.Annotation, a, o);
    const argAnns = (xs: N[]) => { for (const x of xs) if (x.annotation) this.visitExpr(x.annotation); };
    argAnns(a.posonlyargs);
    argAnns(a.args);
    if (a.vararg !== null && a.vararg.annotation !== null) this.visitExpr(a.vararg.annotation);
    if (a.kwarg !== null && a.kwarg.annotation !== null) this.visitExpr(a.kwarg.annotation);
    argAnns(a.kwonlyargs);
    if (fut) this.exitBlock();
    if (returns !== null) this.visitAnnotation(returns);
  }

  // ---- expressions ----

  visitExprs(es: N[]): void {
    for (const e of es) this.visitExpr(e);
  }

  private visitExprsWithNull(es: N[]): void {
    for (const e of es) if (e !== null) this.visitExpr(e);
  }

  visitExpr(e: N): void {
    const st = this.st;
    switch (e._type) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp': this.visitExprs(e.values); break;
      case 'BinOp': this.visitExpr(e.left); this.visitExpr(e.right); break;
      case 'UnaryOp': this.visitExpr(e.operand); break;
      case 'Lambda': {
        const a = e.args;
        if (a.defaults.length) this.visitExprs(a.defaults);
        this.visitExprsWithNull(a.kw_defaults);
        this.enterBlock('lambda', BlockType.Function, e, e);
        this.visitArguments(a);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      }
      case 'IfExp': this.visitExpr(e.test); this.visitExpr(e.body); this.visitExpr(e.orelse); break;
      case 'Dict': this.visitExprsWithNull(e.keys); this.visitExprs(e.values); break;
      case 'Set': this.visitExprs(e.elts); break;
      case 'GeneratorExp': this.handleComprehension(e, 'genexpr', e.generators, e.elt, null); break;
      case 'ListComp': this.handleComprehension(e, 'listcomp', e.generators, e.elt, null); break;
      case 'SetComp': this.handleComprehension(e, 'setcomp', e.generators, e.elt, null); break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield': case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value !== null) this.visitExpr(e.value);
        st.generator = true;
        if (st.comprehension !== Comprehension.None) this.raiseIfComprehensionBlock(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        this.visitExpr(e.value);
        st.coroutine = true;
        break;
      case 'Compare': this.visitExpr(e.left); this.visitExprs(e.comparators); break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr': this.visitExprs(e.values); break;
      case 'Constant': break;
      case 'Attribute': this.visitExpr(e.value); break;
      case 'Subscript': this.visitExpr(e.value); this.visitExpr(e.slice); break;
      case 'Starred': this.visitExpr(e.value); break;
      case 'Slice':
        if (e.lower !== null) this.visitExpr(e.lower);
        if (e.upper !== null) this.visitExpr(e.upper);
        if (e.step !== null) this.visitExpr(e.step);
        break;
      case 'Name': {
        const load = e.ctx._type === 'Load';
        this.addDef(e.id, load ? USE : DEF_LOCAL, e);
        // A bare `super` in a function needs the implicit `__class__` cell.
        if (load && st.isFunctionLike() && e.id === 'super') this.addDef('__class__', USE, e);
        break;
      }
      case 'List': case 'Tuple': this.visitExprs(e.elts); break;
      default:
        throw new Error(`symtable: unexpected expression ${e._type}`);
    }
  }

  private raiseIfAnnotationBlock(name: string, e: N): void {
    const st = this.st;
    let msg: string;
    switch (st.type) {
      case BlockType.Annotation: msg = `${name} cannot be used within an annotation`; break;
      case BlockType.TypeVariable: msg = `${name} cannot be used within ${st.scopeInfo}`; break;
      case BlockType.TypeAlias: msg = `${name} cannot be used within a type alias`; break;
      case BlockType.TypeParameters:
        msg = `${name} cannot be used within the definition of a generic`;
        break;
      default: return;
    }
    throw this.error(msg, e);
  }

  private raiseIfComprehensionBlock(e: N): never {
    const t = this.st.comprehension;
    throw this.error(t === Comprehension.List ? "'yield' inside list comprehension"
      : t === Comprehension.Set ? "'yield' inside set comprehension"
      : t === Comprehension.Dict ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression", e);
  }

  private handleNamedExpr(e: N): void {
    if (this.st.compIterExpr > 0) {
      throw this.error('assignment expression cannot be used in a comprehension iterable '
        + 'expression', e);
    }
    if (this.st.comprehension !== Comprehension.None) this.extendNamedExprScope(e.target);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  /** A walrus inside a comprehension binds in the nearest enclosing non-comprehension scope. */
  private extendNamedExprScope(e: N): void {
    const target: string = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension !== Comprehension.None) {
        if (this.lookupEntry(ste, target) & DEF_COMP_ITER) {
          throw this.error('assignment expression cannot rebind comprehension iteration '
            + `variable '${target}'`, e);
        }
        continue;
      }
      if (ste.type === BlockType.Function) {
        if (this.lookupEntry(ste, target) & DEF_GLOBAL) this.addDef(target, DEF_GLOBAL, e);
        else this.addDef(target, DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      let msg: string | null = null;
      switch (ste.type) {
        case BlockType.Class: msg = 'cannot be used in a class body'; break;
        case BlockType.TypeParameters: msg = 'cannot be used within the definition of a generic';
          break;
        case BlockType.TypeAlias: msg = 'cannot be used in a type alias'; break;
        case BlockType.TypeVariable: msg = 'cannot be used in a TypeVar bound'; break;
      }
      if (msg !== null) {
        throw this.error(`assignment expression within a comprehension ${msg}`, e);
      }
    }
  }

  private handleComprehension(e: N, scopeName: string, generators: N[], elt: N, value: N): void {
    const isGenerator = e._type === 'GeneratorExp';
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.st.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.st.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, e);
    const st = this.st;
    st.comprehension = e._type === 'ListComp' ? Comprehension.List
      : e._type === 'SetComp' ? Comprehension.Set
      : e._type === 'DictComp' ? Comprehension.Dict : Comprehension.Generator;
    if (outermost.is_async) st.coroutine = true;
    // The outermost iterator arrives as the implicit parameter `.0`.
    this.addDef('.0', DEF_PARAM, e);
    st.compIterTarget = true;
    this.visitExpr(outermost.target);
    st.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i];
      st.compIterTarget = true;
      this.visitExpr(lc.target);
      st.compIterTarget = false;
      st.compIterExpr++;
      this.visitExpr(lc.iter);
      st.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) st.coroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    st.generator = isGenerator;
    const isAsync = st.coroutine && !isGenerator;
    this.exitBlock();
    const cur = this.st;
    if (isAsync && !(cur.type === BlockType.Function && cur.coroutine)
      && cur.comprehension === Comprehension.None) {
      throw this.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    if (isAsync) cur.coroutine = true;
  }

  // ---- analysis ----

  analyze(): void {
    analyzeBlock(this, this.top, null, new Set(), new Set(), new Set(), null);
  }

  build(mod: N): void {
    const loc = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
    this.enterBlock('top', BlockType.Module, mod, loc);
    this.top = this.cur!;
    switch (mod._type) {
      case 'Module': case 'Interactive': this.visitStmts(mod.body); break;
      case 'Expression': this.visitExpr(mod.body); break;
      default: throw new Error(`symtable: unexpected ${mod._type}`);
    }
    this.exitBlock();
    this.analyze();
  }
}

function hasKwonlyDefaults(a: N): boolean {
  for (const d of a.kw_defaults) if (d !== null) return true;
  return false;
}

/** CPython's LOCATION(type_params): the span from the first to the last type parameter. */
function typeParamsLoc(tps: N[]): Loc {
  const first = tps[0], last = tps[tps.length - 1];
  return { lineno: first.lineno, col_offset: first.col_offset,
    end_lineno: last.end_lineno, end_col_offset: last.end_col_offset };
}

/**
 * The source's lines, each with its newline, split only when an error needs one: a compile
 * that succeeds never pays for them.
 */
export type SourceLines = () => string[];

/**
 * Builds a SyntaxError at an AST span. CPython adds 1 to the byte columns and, when it has
 * the source line, converts them to character offsets.
 */
export function syntaxError(msg: string, filename: string, loc: Loc,
  source: SourceLines | null): CompileError {
  let text: string | null = null;
  let offset = loc.col_offset + 1, endOffset = loc.end_col_offset + 1;
  const lines = source === null ? null : source();
  if (lines !== null && loc.lineno >= 1 && loc.lineno <= lines.length) {
    text = lines[loc.lineno - 1];
    offset = byteToCharOffset(text, loc.col_offset) + 1;
    if (loc.end_lineno === loc.lineno) endOffset = byteToCharOffset(text, loc.end_col_offset) + 1;
    else if (loc.end_lineno >= 1 && loc.end_lineno <= lines.length) {
      endOffset = byteToCharOffset(lines[loc.end_lineno - 1], loc.end_col_offset) + 1;
    }
  }
  // CPython fills `text` by re-reading the file named `filename` (PyErr_ProgramTextObject);
  // the compiler itself never touches the file system, so it leaves it to the runtime.
  void text;
  return new CompileError('SyntaxError', msg, filename, loc.lineno, offset,
    loc.end_lineno, endOffset, null);
}

/** Code points in the first `bytes` UTF-8 bytes of `line`. */
export function byteToCharOffset(line: string, bytes: number): number {
  let b = 0, chars = 0;
  for (let i = 0; i < line.length && b < bytes; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c < 0xdc00) { b += 4; i++; }
    else b += 3;
    chars++;
  }
  return chars;
}

/**
 * Builds and analyses the symbol table of a module AST.
 * @see Python/symtable.c `_PySymtable_Build`
 */
export function buildSymtable(mod: N, filename: string, futureAnnotations: boolean,
  lines: SourceLines | null = null): Symtable {
  const t = new Symtable(filename, futureAnnotations, lines);
  t.build(mod);
  return t;
}
