// Mirrors the statement half of CPython 3.13's Grammar/python.gram: simple statements
// (assignment, import, raise, ...) and compound statements (if, for, while, with, try, def,
// class, match, type aliases), with blocks and their indentation errors.

import { T, type Token } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';
import {
  expression, expressions, namedExpression, starExpressions, starNamedExpression,
  startsExpression, yieldExpr, bitwiseOr, classArguments,
} from './expressions.js';
import { exprName, starTargets, toTarget, invalidTarget, setContext } from './targets.js';
import { defParams } from './params.js';
import { matchStmt } from './patterns.js';
import { typeParams } from './typeparams.js';
import { importName, importFrom } from './imports.js';

type S = A.stmt;
type E = A.expr;

/** `statements`: statements until DEDENT or ENDMARKER. */
export function statements(p: Parser, out: S[]): void {
  for (;;) {
    const k = p.kind();
    if (k === T.DEDENT || k === T.ENDMARKER) return;
    statement(p, out);
  }
}

/** `statement`: one compound statement, or a line of `;`-separated simple statements. */
export function statement(p: Parser, out: S[]): void {
  const s = compoundStmt(p);
  if (s !== null) {
    out.push(s);
    return;
  }
  simpleStmts(p, out);
}

/** `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`. */
export function simpleStmts(p: Parser, out: S[]): void {
  for (;;) {
    out.push(simpleStmt(p));
    if (p.eat(T.SEMI)) {
      if (p.eat(T.NEWLINE)) return;
      continue;
    }
    if (p.kind() !== T.NEWLINE) statementEndError(p, out[out.length - 1]);
    p.pos++;
    return;
  }
}

/** A simple statement not followed by NEWLINE or ';': find CPython's specific message. */
function statementEndError(p: Parser, s: S): never {
  if (s._type === 'Expr') {
    const v = s.value;
    if (v._type === 'Name' && (v.id === 'print' || v.id === 'exec') &&
        p.kind() !== T.LPAR && startsExpression(p)) {
      const b = starExpressions(p);
      p.raiseAt(v, b,
        `Missing parentheses in call to '${v.id}'. Did you mean ${v.id}(...)?`);
    }
  }
  throw NoMatch.it;
}

function compoundStmt(p: Parser): S | null {
  switch (p.kind()) {
    case K.DEF: return functionDef(p, []);
    case T.AT: return decorated(p);
    case K.ASYNC: {
      const k1 = p.kind(1);
      if (k1 === K.DEF) return functionDef(p, []);
      if (k1 === K.WITH) return withStmt(p);
      if (k1 === K.FOR) return forStmt(p);
      throw NoMatch.it;
    }
    case K.IF: return ifStmt(p);
    case K.CLASS: return classDef(p, []);
    case K.WITH: return withStmt(p);
    case K.FOR: return forStmt(p);
    case K.TRY: return tryStmt(p);
    case K.WHILE: return whileStmt(p);
    case T.NAME:
      if (p.tok().string === 'match') return matchStmt(p);
      return null;
    default:
      return null;
  }
}

// ---- blocks ----

/**
 * `block`: an indented suite or simple statements on the same line. A newline without an
 * indent is CPython's IndentationError naming the statement that wanted the block.
 */
export function block(p: Parser, head: Token, what: string): S[] {
  const out: S[] = [];
  if (p.kind() === T.NEWLINE) {
    if (p.kind(1) !== T.INDENT) {
      const t = p.tok(1);
      const msg = `expected an indented block after ${what} on line ${head.lineno}`;
      p.raiseAtToken(t, msg, 'IndentationError');
    }
    p.pos += 2;
    statements(p, out);
    p.expect(T.DEDENT);
    return out;
  }
  simpleStmts(p, out);
  return out;
}

/** The ':' before a block; a NEWLINE instead (or a forced one) is "expected ':'". */
function colon(p: Parser, forced = false): void {
  if (p.kind() === T.COLON) {
    p.pos++;
    return;
  }
  if (forced || p.kind() === T.NEWLINE) p.raiseHere("expected ':'");
  throw NoMatch.it;
}

/** An optional TYPE_COMMENT token (only present with `type_comments=True`). */
export function typeComment(p: Parser): string | null {
  if (p.kind() !== T.TYPE_COMMENT) return null;
  return p.toks[p.pos++].string;
}

/**
 * Where a compound statement ends: at the last token its block consumed that is not a
 * NEWLINE, INDENT or DEDENT (a trailing ';' counts).
 * @see Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token
 */
export function endOf(p: Parser, _body?: unknown): Pos {
  let i = p.pos - 1;
  for (;;) {
    const k = p.toks[i].kind;
    if (i > 0 && (k === T.NEWLINE || k === T.INDENT || k === T.DEDENT || k === T.ENDMARKER)) i--;
    else return p.toks[i];
  }
}

function stmtEnd(s: Pos, e: Pos): [number, number, number, number] {
  return [s.lineno, s.col_offset, e.end_lineno, e.end_col_offset];
}

// ---- simple statements ----

function simpleStmt(p: Parser): S {
  const t = p.tok();
  switch (p.kind()) {
    case K.RETURN: {
      p.pos++;
      const v = startsExpression(p) ? starExpressions(p) : null;
      return new A.Return(v, ...stmtEnd(t, p.last()));
    }
    case K.IMPORT: return importName(p);
    case K.FROM: return importFrom(p);
    case K.RAISE: return raiseStmt(p);
    case K.PASS: p.pos++; return new A.Pass(...stmtEnd(t, t));
    case K.BREAK: p.pos++; return new A.Break(...stmtEnd(t, t));
    case K.CONTINUE: p.pos++; return new A.Continue(...stmtEnd(t, t));
    case K.DEL: return delStmt(p);
    case K.ASSERT: {
      p.pos++;
      const test = expression(p);
      let msg: E | null = null;
      if (p.eat(T.COMMA)) msg = expression(p);
      return new A.Assert(test, msg, ...stmtEnd(t, p.last()));
    }
    case K.GLOBAL:
    case K.NONLOCAL: {
      p.pos++;
      const names = [p.expectName()];
      while (p.eat(T.COMMA)) names.push(p.expectName());
      return t.string === 'global'
        ? new A.Global(names, ...stmtEnd(t, p.last()))
        : new A.Nonlocal(names, ...stmtEnd(t, p.last()));
    }
    case T.NAME:
      if (t.string === 'type' && p.kind(1) === T.NAME) return typeAlias(p);
      return exprOrAssign(p);
    default:
      return exprOrAssign(p);
  }
}

/** `yield_expr | star_expressions`: the right-hand side of an assignment. */
function annotatedRhs(p: Parser): E {
  return p.kind() === K.YIELD ? yieldExpr(p) : starExpressions(p);
}

function augOp(k: number): A.operator | null {
  switch (k) {
    case T.PLUSEQUAL: return A.Add;
    case T.MINEQUAL: return A.Sub;
    case T.STAREQUAL: return A.Mult;
    case T.ATEQUAL: return A.MatMult;
    case T.SLASHEQUAL: return A.Div;
    case T.PERCENTEQUAL: return A.Mod;
    case T.AMPEREQUAL: return A.BitAnd;
    case T.VBAREQUAL: return A.BitOr;
    case T.CIRCUMFLEXEQUAL: return A.BitXor;
    case T.LEFTSHIFTEQUAL: return A.LShift;
    case T.RIGHTSHIFTEQUAL: return A.RShift;
    case T.DOUBLESTAREQUAL: return A.Pow;
    case T.DOUBLESLASHEQUAL: return A.FloorDiv;
    default: return null;
  }
}

/**
 * `assignment | star_expressions`: parse the expression first, then decide from the token
 * after it whether it was a target (the PEG grammar tries `star_targets '='` first; the
 * trees are the same).
 */
function exprOrAssign(p: Parser): S {
  const s = p.tok();
  let bareYield = p.kind() === K.YIELD;
  const e = bareYield ? yieldExpr(p) : starExpressions(p);
  const k = p.kind();
  if (k === T.EQUAL) {
    const targets: E[] = [e];
    let value: E;
    for (;;) {
      if (bareYield) p.raiseAt(targets[targets.length - 1], targets[targets.length - 1],
        'assignment to yield expression not possible');
      p.pos++;
      bareYield = p.kind() === K.YIELD;
      value = annotatedRhs(p);
      if (p.kind() !== T.EQUAL) break;
      targets.push(value);
    }
    for (let i = 0; i < targets.length; i++) assignTarget(p, targets[i], targets, i, s);
    const tc = typeComment(p);
    return new A.Assign(targets, value, tc, ...stmtEnd(s, p.last()));
  }
  if (k === T.COLON) {
    const simple = e._type === 'Name' && s.type !== T.LPAR ? 1 : 0;
    if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
      p.pos++;
      expression(p);
      if (e._type === 'Tuple' && s.type !== T.LPAR) {
        const first = e.elts[0];
        p.raiseAt(first, first, 'only single target (not tuple) can be annotated');
      }
      if (e._type === 'List' || e._type === 'Tuple') {
        p.raiseAt(e, e, `only single target (not ${exprName(e)}) can be annotated`);
      }
      p.raiseAt(e, e, 'illegal target for annotation');
    }
    p.pos++;
    const ann = expression(p);
    let value: E | null = null;
    if (p.eat(T.EQUAL)) value = annotatedRhs(p);
    setContext(e, A.Store);
    return new A.AnnAssign(e, ann, value, simple, ...stmtEnd(s, p.last()));
  }
  const op = augOp(k);
  if (op !== null) {
    if (e._type !== 'Name' && e._type !== 'Attribute' && e._type !== 'Subscript') {
      p.pos++;
      annotatedRhs(p);
      p.raiseAt(e, e, `'${exprName(e)}' is an illegal expression for augmented assignment`);
    }
    p.pos++;
    const value = annotatedRhs(p);
    setContext(e, A.Store);
    return new A.AugAssign(e, op, value, ...stmtEnd(s, p.last()));
  }
  return new A.Expr(e, ...stmtEnd(s, p.last()));
}

/** Validates and stores one `=` target, with CPython's "Maybe you meant '=='" hint. */
function assignTarget(p: Parser, e: E, targets: E[], i: number, s: Token): void {
  const bad = invalidTarget(e, 'star');
  if (bad === null) {
    setContext(e, A.Store);
    return;
  }
  // invalid_named_expression: `a = b` with a single '=' and a non-display left side.
  if (i === 0 && targets.length === 1 && bad === e && e._type !== 'List' &&
      e._type !== 'Tuple' && e._type !== 'GeneratorExp' && !isSingletonConst(e) &&
      (isBitwiseOrLevel(e) || isGroup(s, e))) {
    p.raiseAt(e, e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
  }
  p.raiseAt(bad, bad, `cannot assign to ${exprName(bad)}`);
}

/** Whether `e` was written in parentheses of its own (its position starts after the `(`). */
function isGroup(s: Token, e: E): boolean {
  return s.type === T.LPAR && (e.lineno !== s.lineno || e.col_offset !== s.col_offset);
}

function isSingletonConst(e: E): boolean {
  if (e._type !== 'Constant') return false;
  const n = exprName(e);
  return n === 'True' || n === 'False' || n === 'None';
}

/** Whether `e` could have been produced by the `bitwise_or` rule (no and/or/not/compare). */
function isBitwiseOrLevel(e: E): boolean {
  switch (e._type) {
    case 'BoolOp': case 'Compare': case 'IfExp': case 'Lambda': case 'NamedExpr':
    case 'Starred': case 'Yield': case 'YieldFrom':
      return false;
    case 'UnaryOp':
      return e.op !== A.Not;
    default:
      return true;
  }
}

function delStmt(p: Parser): S {
  const s = p.tok();
  p.pos++;
  const targets: E[] = [];
  for (;;) {
    const e = p.kind() === T.STAR ? starNamedExpression(p) : bitwiseOrOrMore(p);
    targets.push(e);
    if (!p.eat(T.COMMA)) break;
    if (p.kind() === T.NEWLINE || p.kind() === T.SEMI) break;
  }
  if (p.kind() !== T.NEWLINE && p.kind() !== T.SEMI) throw NoMatch.it;
  for (const t of targets) toTarget(p, t, 'del');
  return new A.Delete(targets, ...stmtEnd(s, p.last()));
}

function bitwiseOrOrMore(p: Parser): E {
  return expression(p);
}

function raiseStmt(p: Parser): S {
  const s = p.tok();
  p.pos++;
  let exc: E | null = null;
  let cause: E | null = null;
  if (startsExpression(p)) {
    exc = expression(p);
    if (p.eat(K.FROM)) {
      cause = expression(p);
    }
  }
  return new A.Raise(exc, cause, ...stmtEnd(s, p.last()));
}

function typeAlias(p: Parser): S {
  const s = p.tok();
  p.pos++;
  const n = p.tok();
  p.pos++;
  const name = new A.Name(n.string, A.Store, n.lineno, n.col_offset, n.end_lineno,
    n.end_col_offset);
  const tps = p.kind() === T.LSQB ? typeParams(p) : [];
  if (p.kind() !== T.EQUAL) throw NoMatch.it;
  p.pos++;
  const value = expression(p);
  return new A.TypeAlias(name, tps, value, ...stmtEnd(s, p.last()));
}

// ---- compound statements ----

function decorated(p: Parser): S {
  const decos: E[] = [];
  while (p.kind() === T.AT) {
    p.pos++;
    decos.push(namedExpression(p));
    if (p.kind() !== T.NEWLINE) throw NoMatch.it;
    p.pos++;
  }
  const k = p.kind();
  if (k === K.DEF || k === K.ASYNC && p.kind(1) === K.DEF) return functionDef(p, decos);
  if (k === K.CLASS) return classDef(p, decos);
  throw NoMatch.it;
}

function functionDef(p: Parser, decos: E[]): S {
  const s = p.tok();
  const isAsync = p.eat(K.ASYNC);
  const d = p.expect(K.DEF);
  const name = p.expectName();
  const tps = p.kind() === T.LSQB ? typeParams(p) : [];
  p.forced(T.LPAR, '(');
  const args = p.kind() === T.RPAR ? emptyArgs() : defParams(p);
  p.expect(T.RPAR);
  let returns: E | null = null;
  if (p.eat(T.RARROW)) returns = expression(p);
  p.forced(T.COLON, ':');
  let tc = typeComment(p);
  if (tc === null && p.kind() === T.NEWLINE && p.kind(1) === T.TYPE_COMMENT &&
      p.kind(2) === T.NEWLINE && p.kind(3) === T.INDENT) {
    // func_type_comment on its own line, first thing in the body.
    tc = p.tok(1).string;
    p.pos += 2;
  }
  const body = block(p, d, 'function definition');
  const e = endOf(p, body);
  return isAsync
    ? new A.AsyncFunctionDef(name, args, body, decos, returns, tc, tps, ...stmtEnd(s, e))
    : new A.FunctionDef(name, args, body, decos, returns, tc, tps, ...stmtEnd(s, e));
}

export function emptyArgs(): A.arguments {
  return new A.arguments_([], [], null, [], [], null, []);
}

function classDef(p: Parser, decos: E[]): S {
  const s = p.expect(K.CLASS);
  const name = p.expectName();
  const tps = p.kind() === T.LSQB ? typeParams(p) : [];
  let bases: E[] = [];
  let keywords: A.keyword[] = [];
  if (p.kind() === T.LPAR) {
    const c = classArguments(p, p.tok());
    bases = c.args;
    keywords = c.keywords;
  }
  colon(p);
  const body = block(p, s, 'class definition');
  return new A.ClassDef(name, bases, keywords, body, decos, tps, ...stmtEnd(s, endOf(p, body)));
}

function ifStmt(p: Parser): S {
  const s = p.tok();
  p.pos++;
  const test = namedExpression(p);
  colon(p);
  const what = s.string === 'elif' ? "'elif' statement" : "'if' statement";
  const body = block(p, s, what);
  let orelse: S[] = [];
  if (p.kind() === K.ELIF) {
    orelse = [ifStmt(p)];
  } else if (p.kind() === K.ELSE) {
    orelse = elseBlock(p);
  }
  const e = orelse.length ? endOf(p, orelse) : endOf(p, body);
  return new A.If(test, body, orelse, ...stmtEnd(s, e));
}

function elseBlock(p: Parser): S[] {
  const t = p.tok();
  p.pos++;
  colon(p, true);
  return block(p, t, "'else' statement");
}

function whileStmt(p: Parser): S {
  const s = p.tok();
  p.pos++;
  const test = namedExpression(p);
  colon(p);
  const body = block(p, s, "'while' statement");
  const orelse = p.kind() === K.ELSE ? elseBlock(p) : [];
  const e = orelse.length ? endOf(p, orelse) : endOf(p, body);
  return new A.While(test, body, orelse, ...stmtEnd(s, e));
}

function forStmt(p: Parser): S {
  const s = p.tok();
  const isAsync = p.eat(K.ASYNC);
  const f = p.expect(K.FOR);
  const target = starTargets(p, 'for');
  if (!p.eat(K.IN)) throw NoMatch.it;
  const iter = starExpressions(p);
  colon(p);
  const tc = typeComment(p);
  const body = block(p, f, "'for' statement");
  const orelse = p.kind() === K.ELSE ? elseBlock(p) : [];
  const e = orelse.length ? endOf(p, orelse) : endOf(p, body);
  return isAsync
    ? new A.AsyncFor(target, iter, body, orelse, tc, ...stmtEnd(s, e))
    : new A.For(target, iter, body, orelse, tc, ...stmtEnd(s, e));
}

function withItem(p: Parser): A.withitem {
  const ctx = expression(p);
  let vars: E | null = null;
  if (p.eat(K.AS)) {
    const t = starTargetOnly(p);
    const k = p.kind();
    if (k !== T.COMMA && k !== T.RPAR && k !== T.COLON) {
      throw NoMatch.it;
    }
    vars = toTarget(p, t, 'star');
  }
  return new A.withitem(ctx, vars);
}

function starTargetOnly(p: Parser): E {
  if (p.kind() === T.STAR) return starNamedExpression(p);
  return bitwiseOr(p);
}

function withStmt(p: Parser): S {
  const s = p.tok();
  const isAsync = p.eat(K.ASYNC);
  const w = p.expect(K.WITH);
  let items: A.withitem[] | null = null;
  let parenthesized = false;
  if (p.kind() === T.LPAR) {
    // `with (a as b, c):` is a parenthesised item list; `with (a, b) as c:` is not.
    const save = p.pos;
    try {
      p.pos++;
      const list: A.withitem[] = [withItem(p)];
      while (p.eat(T.COMMA)) {
        if (p.kind() === T.RPAR) break;
        list.push(withItem(p));
      }
      p.expect(T.RPAR);
      if (p.kind() !== T.COLON) throw NoMatch.it;
      items = list;
      parenthesized = true;
    } catch (err) {
      if (err !== NoMatch.it) throw err;
      p.pos = save;
    }
  }
  if (items === null) {
    items = [withItem(p)];
    while (p.eat(T.COMMA)) items.push(withItem(p));
  }
  colon(p);
  const tc = parenthesized ? null : typeComment(p);
  const body = block(p, w, "'with' statement");
  return isAsync
    ? new A.AsyncWith(items, body, tc, ...stmtEnd(s, endOf(p, body)))
    : new A.With(items, body, tc, ...stmtEnd(s, endOf(p, body)));
}

function tryStmt(p: Parser): S {
  const s = p.tok();
  p.pos++;
  colon(p, true);
  const body = block(p, s, "'try' statement");
  const handlers: A.excepthandler[] = [];
  let star = -1;
  while (p.kind() === K.EXCEPT) {
    const h = p.tok();
    p.pos++;
    const isStar = p.eat(T.STAR);
    if (star === -1) star = isStar ? 1 : 0;
    else if ((star === 1) !== isStar) {
      const msg = "cannot have both 'except' and 'except*' on the same 'try'";
      if (isStar) p.raiseAt(h, p.last(), msg);
      p.raiseAt(h, h, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    let type: E | null = null;
    let name: string | null = null;
    if (p.kind() !== T.COLON) {
      if (isStar && p.kind() === T.NEWLINE) {
        p.raiseStart(p.tok(), 'expected one or more exception types');
      }
      type = expression(p);
      if (p.kind() === T.COMMA) {
        p.pos++;
        expressions(p);
        if (p.kind() === K.AS || p.kind() === T.COLON) {
          p.raiseRange(type.lineno, type.col_offset, p.last().end_lineno, p.last().end_col_offset,
            'multiple exception types must be parenthesized');
        }
        throw NoMatch.it;
      }
      if (p.eat(K.AS)) name = p.expectName();
    } else if (isStar) {
      p.raiseStart(p.tok(), 'expected one or more exception types');
    }
    colon(p);
    const hb = block(p, h, isStar ? "'except*' statement" : "'except' statement");
    handlers.push(new A.ExceptHandler(type, name, hb, ...stmtEnd(h, endOf(p, hb))));
  }
  let orelse: S[] = [];
  let finalbody: S[] = [];
  if (handlers.length && p.kind() === K.ELSE) orelse = elseBlock(p);
  if (p.kind() === K.FINALLY) {
    const f = p.tok();
    p.pos++;
    colon(p, true);
    finalbody = block(p, f, "'finally' statement");
  }
  if (!handlers.length && !finalbody.length) {
    p.tok();
    p.raiseHere("expected 'except' or 'finally' block");
  }
  const e = endOf(p);
  return star === 1
    ? new A.TryStar(body, handlers, orelse, finalbody, ...stmtEnd(s, e))
    : new A.Try(body, handlers, orelse, finalbody, ...stmtEnd(s, e));
}
