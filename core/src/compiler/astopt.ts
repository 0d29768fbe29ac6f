// Mirrors CPython 3.13's Python/ast_opt.c: constant folding on the AST before the symbol
// table is built: the tree walk, `%` formatting turned into f-strings, `in [..]` ->
// tuple/frozenset, and `__debug__`. The arithmetic on the constants, with the size limits
// that keep folded constants small, is in astopt-fold.ts.

import type { PyObject } from '../object.js';
import { PyBool_Type, Py_True, Py_False, BOOL_INVERT_DEPRECATION } from '../objects/boolobject.js';
import type { CompileWarning } from './errors.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyTuple, newTuple } from '../objects/tupleobject.js';
import { newFrozenSet } from '../objects/setobject.js';
import type { SourceLines } from './symtable.js';
import * as A from './ast.js';
import { type R, binop, isStr, subscr, unaryop } from './astopt-fold.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

const CO_FUTURE_ANNOTATIONS = 0x1000000;

// ---- the tree walk ----

function makeConst(node: N, val: R): N {
  if (val === null) return node;
  return new A.Constant(val, null, node.lineno, node.col_offset, node.end_lineno,
    node.end_col_offset);
}

function hasStarred(elts: N[]): boolean {
  for (const e of elts) if (e._type === 'Starred') return true;
  return false;
}

function makeConstTuple(elts: N[]): PyObject | null {
  for (const e of elts) if (e._type !== 'Constant') return null;
  return newTuple(elts.map((e) => e.value));
}

// ---- `'%s' % (a,)` as an f-string ----

const F_LJUST = 1;
const MAXDIGITS = 3;

function parseLiteral(fmt: string[], pos: { p: number }): N {
  const start = pos.p;
  let p = start;
  let hasPercents = false;
  while (p < fmt.length) {
    if (fmt[p] !== '%') p++;
    else if (p + 1 < fmt.length && fmt[p + 1] === '%') { hasPercents = true; p += 2; }
    else break;
  }
  pos.p = p;
  if (p === start) return null;
  let s = fmt.slice(start, p).join('');
  if (hasPercents) s = s.split('%%').join('%');
  return new A.Constant(newStr(s), null, -1, -1, -1, -1);
}

function parseFormat(fmt: string[], pos: { p: number }, arg: N): N {
  let p = pos.p;
  let flags = 0, width = -1, prec = -1;
  let ch = '';
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch === '-') { flags |= F_LJUST; continue; }
    if (ch === '+' || ch === ' ' || ch === '#' || ch === '0') continue;
    break;
  }
  if (ch >= '0' && ch <= '9') {
    width = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      width = width * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch === '.') {
    if (!next()) return null;
    prec = 0;
    let digits = 0;
    while (ch >= '0' && ch <= '9') {
      prec = prec * 10 + (ch.charCodeAt(0) - 48);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  pos.p = p;
  if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
  let spec = '';
  if (!(flags & F_LJUST) && width > 0) spec += '>';
  if (width >= 0) spec += String(width);
  if (prec >= 0) spec += '.' + String(prec);
  const formatSpec = spec !== ''
    ? new A.Constant(newStr(spec), null, -1, -1, -1, -1) : null;
  return new A.FormattedValue(arg, ch.charCodeAt(0), formatSpec as N, arg.lineno, arg.col_offset,
    arg.end_lineno, arg.end_col_offset);
}

/** @see Python/ast_opt.c optimize_format */
function optimizeFormat(node: N, fmtObj: PyUnicode, elts: N[]): N {
  const fmt = [...fmtObj.value];
  const pos = { p: 0 };
  let cnt = 0;
  const seq: N[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit !== null) seq.push(lit);
    if (pos.p >= fmt.length) break;
    if (cnt >= elts.length) return node; // more format units than items
    pos.p++;
    const expr = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (expr === null) return node;
    seq.push(expr);
  }
  if (cnt < elts.length) return node; // more items than format units
  return new A.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** The AST optimiser's state; CPython's `_PyASTOptimizeState`. */
class AstOptimizer {
  /** Where a fold that warns reports it (see CompileWarning.fold). */
  warnings: CompileWarning[] | null = null;
  /** False when an "error" filter would make `~True` raise: CPython then does not fold it. */
  foldBoolInvert = true;

  constructor(public optimize: number, public features: number) {}

  get futureAnnotations(): boolean { return (this.features & CO_FUTURE_ANNOTATIONS) !== 0; }

  exprs(es: N[]): void {
    for (let i = 0; i < es.length; i++) if (es[i] !== null) es[i] = this.expr(es[i]);
  }

  opt(e: N): N { return e === null ? null : this.expr(e); }

  expr(e: N): N {
    switch (e._type) {
      case 'BoolOp': this.exprs(e.values); return e;
      case 'BinOp':
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        return this.foldBinop(e);
      case 'UnaryOp':
        e.operand = this.expr(e.operand);
        return this.foldUnaryop(e);
      case 'Lambda':
        this.arguments(e.args);
        e.body = this.expr(e.body);
        return e;
      case 'IfExp':
        e.test = this.expr(e.test); e.body = this.expr(e.body); e.orelse = this.expr(e.orelse);
        return e;
      case 'Dict': this.exprs(e.keys); this.exprs(e.values); return e;
      case 'Set': this.exprs(e.elts); return e;
      case 'ListComp': case 'SetComp': case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        for (const g of e.generators) this.comprehension(g);
        return e;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        for (const g of e.generators) this.comprehension(g);
        return e;
      case 'Await': case 'YieldFrom': e.value = this.expr(e.value); return e;
      case 'Yield': e.value = this.opt(e.value); return e;
      case 'Compare': {
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        // `x in [a, b]` / `x in {a, b}`: a tuple or frozenset constant.
        const i = e.ops.length - 1;
        const op = e.ops[i]._type;
        if (op === 'In' || op === 'NotIn') e.comparators[i] = this.foldIter(e.comparators[i]);
        return e;
      }
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        return e;
      case 'FormattedValue':
        e.value = this.expr(e.value);
        e.format_spec = this.opt(e.format_spec);
        return e;
      case 'JoinedStr': this.exprs(e.values); return e;
      case 'Attribute': e.value = this.expr(e.value); return e;
      case 'Subscript': {
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        if (e.ctx._type !== 'Load' || e.value._type !== 'Constant' || e.slice._type !== 'Constant') {
          return e;
        }
        return makeConst(e, subscr(e.value.value, e.slice.value));
      }
      case 'Starred': e.value = this.expr(e.value); return e;
      case 'Slice':
        e.lower = this.opt(e.lower); e.upper = this.opt(e.upper); e.step = this.opt(e.step);
        return e;
      case 'List': this.exprs(e.elts); return e;
      case 'Tuple':
        this.exprs(e.elts);
        if (e.ctx._type !== 'Load') return e;
        return makeConst(e, makeConstTuple(e.elts));
      case 'Name':
        if (e.ctx._type === 'Load' && e.id === '__debug__') {
          return makeConst(e, this.optimize ? Py_False : Py_True);
        }
        return e;
      case 'NamedExpr': e.value = this.expr(e.value); return e;
      default: return e;
    }
  }

  foldUnaryop(node: N): N {
    const arg = node.operand;
    if (arg._type !== 'Constant') {
      // `not (a is b)` -> `a is not b`, and the like; == and < are not safely invertible.
      if (node.op._type === 'Not' && arg._type === 'Compare' && arg.ops.length === 1) {
        const inv: Record<string, string> = { Is: 'IsNot', IsNot: 'Is', In: 'NotIn', NotIn: 'In' };
        const to = inv[arg.ops[0]._type];
        if (to !== undefined) {
          arg.ops[0] = cmpopSingleton(to);
          return arg;
        }
      }
      return node;
    }
    if (node.op._type === 'Invert' && arg.value.ob_type === PyBool_Type) {
      // Folding runs bool's nb_invert, which warns: CPython reports that warning, or gives
      // up the fold when a filter turns it into an exception.
      if (!this.foldBoolInvert) return node;
      this.warnings?.push({ category: 'DeprecationWarning', msg: BOOL_INVERT_DEPRECATION,
        lineno: node.lineno, error: null, fold: true });
    }
    return makeConst(node, unaryop(node.op._type, arg.value));
  }

  foldBinop(node: N): N {
    const lhs = node.left, rhs = node.right;
    if (lhs._type !== 'Constant') return node;
    const lv = lhs.value;
    if (node.op._type === 'Mod' && rhs._type === 'Tuple' && isStr(lv) && !hasStarred(rhs.elts)) {
      return optimizeFormat(node, lv, rhs.elts);
    }
    if (rhs._type !== 'Constant') return node;
    return makeConst(node, binop(node.op._type, lv, rhs.value));
  }

  /** A list or set display being iterated or tested becomes a tuple or frozenset. */
  foldIter(arg: N): N {
    let val: PyObject | null;
    if (arg._type === 'List') {
      if (hasStarred(arg.elts)) return arg;
      arg = new A.Tuple(arg.elts, arg.ctx, arg.lineno, arg.col_offset, arg.end_lineno,
        arg.end_col_offset);
      val = makeConstTuple(arg.elts);
    } else if (arg._type === 'Set') {
      const t = makeConstTuple(arg.elts);
      val = t === null ? null : newFrozenSet((t as PyTuple).items) as unknown as PyObject;
    } else {
      return arg;
    }
    return makeConst(arg, val);
  }

  comprehension(g: N): void {
    g.target = this.expr(g.target);
    g.iter = this.expr(g.iter);
    this.exprs(g.ifs);
    g.iter = this.foldIter(g.iter);
  }

  arg(a: N): void {
    if (a !== null && !this.futureAnnotations) a.annotation = this.opt(a.annotation);
  }

  arguments(a: N): void {
    for (const x of a.posonlyargs) this.arg(x);
    for (const x of a.args) this.arg(x);
    this.arg(a.vararg);
    for (const x of a.kwonlyargs) this.arg(x);
    this.exprs(a.kw_defaults);
    this.arg(a.kwarg);
    this.exprs(a.defaults);
  }

  typeParams(tps: N[]): void {
    for (const tp of tps) {
      if (tp._type === 'TypeVar') tp.bound = this.opt(tp.bound);
      tp.default_value = this.opt(tp.default_value);
    }
  }

  pattern(p: N): void {
    switch (p._type) {
      case 'MatchValue': p.value = this.expr(p.value); break;
      case 'MatchSequence': for (const q of p.patterns) this.pattern(q); break;
      case 'MatchMapping':
        this.exprs(p.keys);
        for (const q of p.patterns) this.pattern(q);
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        for (const q of p.patterns) this.pattern(q);
        for (const q of p.kwd_patterns) this.pattern(q);
        break;
      case 'MatchAs': if (p.pattern !== null) this.pattern(p.pattern); break;
      case 'MatchOr': for (const q of p.patterns) this.pattern(q); break;
    }
  }

  /** A body whose first statement folds into a string must not gain a docstring. */
  body(stmts: N[]): void {
    const hadDoc = isDocstring(stmts);
    this.stmts(stmts);
    if (!hadDoc && isDocstring(stmts)) {
      const st = stmts[0];
      st.value = new A.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno,
        st.end_col_offset);
    }
  }

  stmts(ss: N[]): void {
    for (const s of ss) this.stmt(s);
  }

  stmt(s: N): void {
    switch (s._type) {
      case 'FunctionDef': case 'AsyncFunctionDef':
        this.typeParams(s.type_params);
        this.arguments(s.args);
        this.body(s.body);
        this.exprs(s.decorator_list);
        if (!this.futureAnnotations) s.returns = this.opt(s.returns);
        break;
      case 'ClassDef':
        this.typeParams(s.type_params);
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return': s.value = this.opt(s.value); break;
      case 'Delete': this.exprs(s.targets); break;
      case 'Assign': this.exprs(s.targets); s.value = this.expr(s.value); break;
      case 'AugAssign': s.target = this.expr(s.target); s.value = this.expr(s.value); break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!this.futureAnnotations) s.annotation = this.expr(s.annotation);
        s.value = this.opt(s.value);
        break;
      case 'TypeAlias':
        s.name = this.expr(s.name);
        this.typeParams(s.type_params);
        s.value = this.expr(s.value);
        break;
      case 'For':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        s.iter = this.foldIter(s.iter);
        break;
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'While': case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With': case 'AsyncWith':
        for (const it of s.items) {
          it.context_expr = this.expr(it.context_expr);
          it.optional_vars = this.opt(it.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise': s.exc = this.opt(s.exc); s.cause = this.opt(s.cause); break;
      case 'Try': case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          h.type = this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.stmts(s.finalbody);
        break;
      case 'Assert': s.test = this.expr(s.test); s.msg = this.opt(s.msg); break;
      case 'Expr': s.value = this.expr(s.value); break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const mc of s.cases) {
          this.pattern(mc.pattern);
          mc.guard = this.opt(mc.guard);
          this.stmts(mc.body);
        }
        break;
      default: break;
    }
  }
}

function isDocstring(stmts: N[]): boolean {
  if (stmts.length === 0) return false;
  const s = stmts[0];
  return s._type === 'Expr' && s.value._type === 'Constant' && isStr(s.value.value);
}

const CMPOPS: Record<string, N> = { Is: A.Is, IsNot: A.IsNot, In: A.In, NotIn: A.NotIn };
function cmpopSingleton(name: string): N {
  return CMPOPS[name];
}

/** How the constant folder reports a fold that warns (`~True`). */
export interface AstOptWarnings {
  warnings?: CompileWarning[];
  foldBoolInvert?: boolean;
}

/**
 * Folds constants in a module AST, in place (statement lists are edited; replaced
 * expressions are re-linked into their parents).
 * @see Python/ast_opt.c _PyAST_Optimize
 */
export function astOptimize(mod: N, optimize: number, features: number, _filename?: string,
  _lines?: SourceLines | null, warn?: AstOptWarnings): void {
  const o = new AstOptimizer(optimize, features);
  if (warn !== undefined) {
    o.warnings = warn.warnings ?? null;
    o.foldBoolInvert = warn.foldBoolInvert ?? true;
  }
  switch (mod._type) {
    case 'Module': o.body(mod.body); break;
    case 'Interactive': o.stmts(mod.body); break;
    case 'Expression': mod.body = o.expr(mod.body); break;
  }
}
