// Mirrors the expression half of CPython 3.13's Grammar/python.gram (rules `expression`
// down to `atom`, calls, subscripts, displays, comprehensions, lambda, yield).
// Each precedence level is one function; left-associative levels loop instead of recursing.

import { T } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';
import { strings } from './strings.js';
import { number } from './numbers.js';
import { lambdaParams } from './params.js';
import { group, listDisplay, dictOrSet, forIfClauses } from './displays.js';
import { call } from './calls.js';

export { forIfClauses } from './displays.js';
export { classArguments } from './calls.js';
import { exprName } from './targets.js';
import { Py_None, Py_True, Py_False, Py_Ellipsis } from '../../objects/index.js';

type E = A.expr;

/** `star_expressions`: one or more, a trailing comma making a Tuple. */
export function starExpressions(p: Parser): E {
  const s = p.tok();
  const first = starExpression(p);
  if (p.kind() !== T.COMMA) return first;
  const elts = [first];
  while (p.eat(T.COMMA)) {
    if (!startsExpression(p)) break;
    elts.push(starExpression(p));
  }
  const e = p.last();
  return new A.Tuple(elts, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** `star_expression`: `'*' bitwise_or | expression`. */
export function starExpression(p: Parser): E {
  if (p.kind() === T.STAR) {
    const s = p.tok();
    p.pos++;
    const v = bitwiseOr(p);
    const e = p.last();
    return new A.Starred(v, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return expression(p);
}

/** `star_named_expression`: `'*' bitwise_or | named_expression` (display elements). */
export function starNamedExpression(p: Parser): E {
  if (p.kind() === T.STAR) return starExpression(p);
  return namedExpression(p);
}

/** `expressions`: like star_expressions without stars (used by `eval` mode). */
export function expressions(p: Parser): E {
  const s = p.tok();
  const first = expression(p);
  if (p.kind() !== T.COMMA) return first;
  const elts = [first];
  while (p.eat(T.COMMA)) {
    if (!startsExpression(p)) break;
    elts.push(expression(p));
  }
  const e = p.last();
  return new A.Tuple(elts, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/**
 * `named_expression`: a walrus `NAME ':=' expression`, or an expression. In the second pass
 * (`invalidChecks`) a following '=' gets CPython's "Maybe you meant '=='" diagnostics.
 */
export function namedExpression(p: Parser, invalidChecks = true): E {
  if (p.kind() === T.NAME && p.kind(1) === T.COLONEQUAL) {
    const t = p.tok();
    p.pos += 2;
    const v = expression(p);
    const target = new A.Name(t.string, A.Store, t.lineno, t.col_offset, t.end_lineno,
      t.end_col_offset);
    const e = p.last();
    return new A.NamedExpr(target, v, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
  }
  const s = p.tok();
  const e = expression(p);
  if (p.kind() === T.COLONEQUAL) {
    p.raiseAt(e, e, `cannot use assignment expressions with ${exprName(e)}`);
  }
  if (p.invalidPass && invalidChecks && p.kind() === T.EQUAL) invalidNamedExpression(p, s, e);
  return e;
}

/**
 * `x = 1` where an expression was expected (e.g. `if x = 1:`).
 * @see Grammar/python.gram invalid_named_expression
 */
function invalidNamedExpression(p: Parser, s: Pos & { type: number }, e: E): void {
  const save = p.pos;
  p.pos++;
  try {
    const b = bitwiseOr(p);
    const k = p.kind();
    if (k === T.EQUAL || k === T.COLONEQUAL) return;
    if (e._type === 'Name' && s.type === T.NAME) {
      p.raiseAt(e, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    const t = e._type;
    if (t === 'List' || t === 'Tuple' || t === 'GeneratorExp' || s.type === T.LSQB ||
        s.type === K.TRUE || s.type === K.FALSE || s.type === K.NONE) return;
    if (t === 'BoolOp' || t === 'Compare' || t === 'IfExp' || t === 'Lambda' ||
        t === 'UnaryOp' && e.op === A.Not) return;
    p.raiseAt(e, e, `cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`);
  } catch (err) {
    if (err !== NoMatch.it) throw err;
  } finally {
    p.pos = save;
  }
}

const SOFT_KEYWORDS = new Set(['match', 'case', 'type', '_']);

/**
 * Two expressions side by side inside brackets: "Perhaps you forgot a comma?".
 * @see Grammar/python.gram invalid_expression, _PyPegen_raise_error_for_missing_comma
 */
function missingComma(p: Parser, start: number, a: E): void {
  const s = p.toks[start];
  if (s.type === T.NAME) {
    if (SOFT_KEYWORDS.has(s.string)) return;
    const k1 = p.toks[start + 1].kind;
    if (k1 === T.STRING || k1 === T.FSTRING_START) return;
  }
  if (a._type === 'Name' && (a.id === 'print' || a.id === 'exec')) return;
  const save = p.pos;
  p.invalidPass = false;
  try {
    const b = expression(p);
    if (p.toks[p.pos - 1].level > 0) {
      p.invalidPass = true;
      p.raiseAt(a, b, 'invalid syntax. Perhaps you forgot a comma?');
    }
  } catch (err) {
    if (err !== NoMatch.it) throw err;
  } finally {
    p.invalidPass = true;
    p.pos = save;
  }
}

/** Whether the current token can begin an expression (for optional operands). */
export function startsExpression(p: Parser): boolean {
  switch (p.kind()) {
    case T.NAME: case T.NUMBER: case T.STRING: case T.FSTRING_START: case T.LPAR:
    case T.LSQB: case T.LBRACE: case T.MINUS: case T.PLUS: case T.TILDE: case T.ELLIPSIS:
    case T.STAR: case K.NOT: case K.LAMBDA: case K.AWAIT: case K.NONE: case K.TRUE:
    case K.FALSE:
      return true;
    default:
      return false;
  }
}

/** `expression`: a conditional expression, a lambda, or a disjunction. */
export function expression(p: Parser): E {
  if (p.kind() === K.LAMBDA) return lambdef(p);
  p.enter();
  const start = p.pos;
  const s = p.tok();
  const a = disjunction(p);
  if (p.invalidPass && p.kind() !== T.STAR && startsExpression(p)) missingComma(p, start, a);
  if (p.kind() === K.IF) {
    p.pos++;
    const b = disjunction(p);
    if (p.kind() !== K.ELSE) {
      if (p.kind() === T.COLON || p.kind() === T.NEWLINE && p.fstringDepth > 0) throw NoMatch.it;
      p.raiseAt(a, b, "expected 'else' after 'if' expression");
    }
    p.pos++;
    const c = expression(p);
    p.depth--;
    const e = p.last();
    return new A.IfExp(b, a, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.depth--;
  return a;
}

export function disjunction(p: Parser): E {
  const s = p.tok();
  const a = conjunction(p);
  if (p.kind() !== K.OR) return a;
  const values = [a];
  while (p.eat(K.OR)) values.push(conjunction(p));
  const e = p.last();
  return new A.BoolOp(A.Or, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

function conjunction(p: Parser): E {
  const s = p.tok();
  const a = inversion(p);
  if (p.kind() !== K.AND) return a;
  const values = [a];
  while (p.eat(K.AND)) values.push(inversion(p));
  const e = p.last();
  return new A.BoolOp(A.And, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

function inversion(p: Parser): E {
  if (p.kind() === K.NOT) {
    const s = p.tok();
    p.pos++;
    p.enter();
    const v = inversion(p);
    p.depth--;
    const e = p.last();
    return new A.UnaryOp(A.Not, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return comparison(p);
}

/** The comparison operator at the cursor (consuming it), or null. */
function compareOp(p: Parser): A.cmpop | null {
  switch (p.kind()) {
    case T.EQEQUAL: p.pos++; return A.Eq;
    case T.NOTEQUAL: {
      // The tokenizer reads both `!=` and `<>` as NOTEQUAL; which one is the operator depends
      // on the Barry-as-FLUFL flag (PEP 401). @see Parser/pegen.c _PyPegen_check_barry_as_flufl
      const t = p.tok();
      if (p.barryAsBdfl && t.string !== '<>') {
        p.raiseAt(t, t, "with Barry as BDFL, use '<>' instead of '!='");
      }
      if (!p.barryAsBdfl && t.string === '<>') return null;
      p.pos++;
      return A.NotEq;
    }
    case T.LESS: p.pos++; return A.Lt;
    case T.LESSEQUAL: p.pos++; return A.LtE;
    case T.GREATER: p.pos++; return A.Gt;
    case T.GREATEREQUAL: p.pos++; return A.GtE;
    case K.IN: p.pos++; return A.In;
    case K.NOT:
      if (p.kind(1) === K.IN) {
        p.pos += 2;
        return A.NotIn;
      }
      return null;
    case K.IS:
      if (p.kind(1) === K.NOT) {
        p.pos += 2;
        return A.IsNot;
      }
      p.pos++;
      return A.Is;
    default:
      return null;
  }
}

function comparison(p: Parser): E {
  const s = p.tok();
  const a = bitwiseOr(p);
  let op = compareOp(p);
  if (op === null) return a;
  const ops: A.cmpop[] = [];
  const comps: E[] = [];
  while (op !== null) {
    ops.push(op);
    comps.push(bitwiseOr(p));
    op = compareOp(p);
  }
  const e = p.last();
  return new A.Compare(a, ops, comps, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** A BinOp spanning from the first token of its left operand to the last token read. */
function binOp(p: Parser, s: Pos, l: E, op: A.operator, r: E): E {
  const e = p.last();
  return new A.BinOp(l, op, r, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

export function bitwiseOr(p: Parser): E {
  const s = p.tok();
  let a = bitwiseXor(p);
  while (p.kind() === T.VBAR) {
    p.pos++;
    a = binOp(p, s, a, A.BitOr, bitwiseXor(p));
  }
  return a;
}

function bitwiseXor(p: Parser): E {
  const s = p.tok();
  let a = bitwiseAnd(p);
  while (p.kind() === T.CIRCUMFLEX) {
    p.pos++;
    a = binOp(p, s, a, A.BitXor, bitwiseAnd(p));
  }
  return a;
}

function bitwiseAnd(p: Parser): E {
  const s = p.tok();
  let a = shiftExpr(p);
  while (p.kind() === T.AMPER) {
    p.pos++;
    a = binOp(p, s, a, A.BitAnd, shiftExpr(p));
  }
  return a;
}

function shiftExpr(p: Parser): E {
  const s = p.tok();
  let a = sum(p);
  for (;;) {
    const k = p.kind();
    if (k === T.LEFTSHIFT) {
      p.pos++;
      a = binOp(p, s, a, A.LShift, sum(p));
    } else if (k === T.RIGHTSHIFT) {
      p.pos++;
      a = binOp(p, s, a, A.RShift, sum(p));
    } else return a;
  }
}

/** Operand of an arithmetic operator; `not` there needs parentheses. */
function operand(p: Parser, next: (p: Parser) => E): E {
  if (p.kind() === K.NOT) {
    const s = p.tok();
    p.pos++;
    const v = inversion(p);
    p.raiseAt(s, v, "'not' after an operator must be parenthesized");
  }
  return next(p);
}

function sum(p: Parser): E {
  const s = p.tok();
  let a = term(p);
  for (;;) {
    const k = p.kind();
    if (k === T.PLUS) {
      p.pos++;
      a = binOp(p, s, a, A.Add, operand(p, term));
    } else if (k === T.MINUS) {
      p.pos++;
      a = binOp(p, s, a, A.Sub, operand(p, term));
    } else return a;
  }
}

function term(p: Parser): E {
  const s = p.tok();
  let a = factor(p);
  for (;;) {
    let op: A.operator;
    switch (p.kind()) {
      case T.STAR: op = A.Mult; break;
      case T.SLASH: op = A.Div; break;
      case T.DOUBLESLASH: op = A.FloorDiv; break;
      case T.PERCENT: op = A.Mod; break;
      case T.AT: op = A.MatMult; break;
      default: return a;
    }
    p.pos++;
    a = binOp(p, s, a, op, operand(p, factor));
  }
}

function factor(p: Parser): E {
  let op: A.unaryop;
  switch (p.kind()) {
    case T.PLUS: op = A.UAdd; break;
    case T.MINUS: op = A.USub; break;
    case T.TILDE: op = A.Invert; break;
    default: return power(p);
  }
  const s = p.tok();
  p.pos++;
  p.enter();
  const v = operand(p, factor);
  p.depth--;
  const e = p.last();
  return new A.UnaryOp(op, v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

function power(p: Parser): E {
  const s = p.tok();
  const a = awaitPrimary(p);
  if (p.kind() !== T.DOUBLESTAR) return a;
  p.pos++;
  p.enter();
  const b = factor(p);
  p.depth--;
  return binOp(p, s, a, A.Pow, b);
}

function awaitPrimary(p: Parser): E {
  if (p.kind() === K.AWAIT) {
    const s = p.tok();
    p.pos++;
    const v = primary(p);
    const e = p.last();
    return new A.Await(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return primary(p);
}

/** `primary`: an atom followed by any number of `.name`, `(args)` and `[slices]`. */
export function primary(p: Parser): E {
  const s = p.tok();
  let a = atom(p);
  for (;;) {
    const k = p.kind();
    if (k === T.DOT) {
      p.pos++;
      const n = p.tok();
      if (n.type !== T.NAME) throw NoMatch.it;
      p.pos++;
      a = new A.Attribute(a, n.string, A.Load, s.lineno, s.col_offset, n.end_lineno,
        n.end_col_offset);
    } else if (k === T.LPAR) {
      a = call(p, a, s);
    } else if (k === T.LSQB) {
      p.pos++;
      const sl = slices(p);
      const e = p.expect(T.RSQB);
      a = new A.Subscript(a, sl, A.Load, s.lineno, s.col_offset, e.end_lineno,
        e.end_col_offset);
    } else return a;
  }
}

/** `slices`: one slice, or a Tuple of slices and starred expressions. */
function slices(p: Parser): E {
  const s = p.tok();
  const first = slice(p, true);
  // A lone `*x` is not a slice: `a[*x]` subscripts with a one-element tuple.
  if (p.kind() !== T.COMMA && first._type !== 'Starred') return first;
  const elts = [first];
  while (p.eat(T.COMMA)) {
    if (p.kind() === T.RSQB) break;
    elts.push(slice(p, true));
  }
  const e = p.last();
  return new A.Tuple(elts, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

function slice(p: Parser, allowStar: boolean): E {
  const s = p.tok();
  if (allowStar && p.kind() === T.STAR) return starExpression(p);
  let lower: E | null = null;
  if (p.kind() !== T.COLON) {
    lower = namedExpression(p);
    if (p.kind() !== T.COLON) return lower;
    if (lower._type === 'NamedExpr') throw NoMatch.it;
  }
  p.pos++;
  let upper: E | null = null;
  let step: E | null = null;
  if (p.kind() !== T.COLON && p.kind() !== T.COMMA && p.kind() !== T.RSQB) upper = expression(p);
  if (p.eat(T.COLON)) {
    if (p.kind() !== T.COMMA && p.kind() !== T.RSQB) step = expression(p);
  }
  const e = p.last();
  return new A.Slice(lower, upper, step, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** `atom`: names, constants, strings, numbers and the bracketed displays. */
export function atom(p: Parser): E {
  const t = p.tok();
  switch (p.kind()) {
    case T.NAME:
      p.pos++;
      return new A.Name(t.string, A.Load, t.lineno, t.col_offset, t.end_lineno,
        t.end_col_offset);
    case T.NUMBER:
      p.pos++;
      return new A.Constant(number(p, t), null, t.lineno, t.col_offset, t.end_lineno,
        t.end_col_offset);
    case T.STRING:
    case T.FSTRING_START:
      return strings(p);
    case K.NONE:
      p.pos++;
      return constTok(Py_None, t);
    case K.TRUE:
      p.pos++;
      return constTok(Py_True, t);
    case K.FALSE:
      p.pos++;
      return constTok(Py_False, t);
    case T.ELLIPSIS:
      p.pos++;
      return constTok(Py_Ellipsis, t);
    case T.LPAR:
      return group(p);
    case T.LSQB:
      return listDisplay(p);
    case T.LBRACE:
      return dictOrSet(p);
    default:
      throw NoMatch.it;
  }
}

function constTok(v: A.Constant['value'], t: Pos): E {
  return new A.Constant(v, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

/** `lambdef`: `lambda [params]: expression`. */
function lambdef(p: Parser): E {
  const s = p.tok();
  p.pos++;
  const args = lambdaParams(p);
  if (p.kind() !== T.COLON) throw NoMatch.it;
  p.pos++;
  if (p.fstringDepth > 0 && p.kind() === T.FSTRING_MIDDLE) {
    // Inside `f"{...}"` the ':' already switched the tokenizer to the format spec.
    p.raiseAt(s, p.last(), 'f-string: lambda expressions are not allowed without parentheses');
  }
  p.enter();
  const body = expression(p);
  p.depth--;
  const e = p.last();
  return new A.Lambda(args, body, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** `yield_expr`: `yield from expression` or `yield [star_expressions]`. */
export function yieldExpr(p: Parser): E {
  const s = p.expect(K.YIELD);
  if (p.eat(K.FROM)) {
    const v = expression(p);
    const e = p.last();
    return new A.YieldFrom(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  let v: E | null = null;
  if (startsExpression(p)) v = starExpressions(p);
  const e = p.last();
  return new A.Yield(v, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}
