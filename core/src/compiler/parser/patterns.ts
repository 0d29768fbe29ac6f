// Mirrors the `match` statement and pattern rules of CPython 3.13's Grammar/python.gram
// (PEP 634): subjects, case blocks, and every pattern kind (MatchValue, MatchSingleton,
// MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr).

import { T, type Token } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';
import { namedExpression, starNamedExpression, atom } from './expressions.js';
import { strings } from './strings.js';
import { number } from './numbers.js';
import { block, simpleStmts, endOf } from './statements.js';
import { exprName } from './targets.js';
import { Py_None, Py_True, Py_False } from '../../objects/index.js';
import { CompileError } from '../errors.js';

type P = A.pattern;
type E = A.expr;

function pos(s: Pos, e: Pos): [number, number, number, number] {
  return [s.lineno, s.col_offset, e.end_lineno, e.end_col_offset];
}

/**
 * `match_stmt`, tried when a line starts with the soft keyword `match`. If the line does not
 * continue as a match statement (e.g. `match = 1`), the caller parses it as a simple
 * statement, as the PEG grammar's ordered choice does.
 * @see Grammar/python.gram match_stmt
 */
export function matchStmt(p: Parser): A.stmt | null {
  const save = p.pos;
  const m = p.tok();
  p.pos++;
  let subject: E;
  try {
    subject = subjectExpr(p);
  } catch (err) {
    if (err !== NoMatch.it && !(err instanceof CompileError)) throw err;
    p.pos = save;
    return null;
  }
  if (p.kind() !== T.COLON) {
    if (p.kind() === T.NEWLINE) {
      // Maybe an ordinary statement after all (`match (x)` as a call-free expression).
      p.pos = save;
      const out: A.stmt[] = [];
      try {
        simpleStmts(p, out);
      } catch (err) {
        if (err !== NoMatch.it) throw err;
        p.pos = save + 1;
        subjectExpr(p);
        p.tok();
        p.raiseHere("expected ':'");
      }
      p.pos = save;
      return null;
    }
    p.pos = save;
    return null;
  }
  p.pos++;
  if (p.kind() !== T.NEWLINE) {
    p.pos = save;
    return null;
  }
  if (p.kind(1) !== T.INDENT) {
    const t = p.tok(1);
    p.raiseAtToken(t, `expected an indented block after 'match' statement on line ${m.lineno}`,
      'IndentationError');
  }
  p.pos += 2;
  const cases: A.match_case[] = [];
  while (p.isSoft('case')) cases.push(caseBlock(p));
  if (cases.length === 0) throw NoMatch.it;
  p.expect(T.DEDENT);
  return new A.Match(subject, cases, ...pos(m, endOf(p)));
}

function subjectExpr(p: Parser): E {
  const s = p.tok();
  if (p.kind() === T.STAR) {
    const first = starNamedExpression(p);
    return subjectTuple(p, s, first);
  }
  const first = namedExpression(p);
  if (p.kind() === T.COMMA) return subjectTuple(p, s, first);
  return first;
}

function subjectTuple(p: Parser, s: Token, first: E): E {
  const elts = [first];
  if (p.kind() !== T.COMMA) throw NoMatch.it;
  while (p.eat(T.COMMA)) {
    if (p.kind() === T.COLON) break;
    elts.push(starNamedExpression(p));
  }
  const e = p.last();
  return new A.Tuple(elts, A.Load, ...pos(s, e));
}

function caseBlock(p: Parser): A.match_case {
  const c = p.tok();
  p.pos++;
  const pat = patterns(p);
  let guard: E | null = null;
  if (p.eat(K.IF)) guard = namedExpression(p);
  if (p.kind() !== T.COLON) {
    if (p.kind() === T.NEWLINE) p.raiseHere("expected ':'");
    throw NoMatch.it;
  }
  p.pos++;
  const body = block(p, c, "'case' statement");
  return new A.match_case(pat, guard, body);
}

/** `patterns`: an open sequence (`case a, b:`) or a single pattern. */
function patterns(p: Parser): P {
  const s = p.tok();
  const first = maybeStarPattern(p);
  if (p.kind() !== T.COMMA) {
    if (first._type === 'MatchStar') {
      return new A.MatchSequence([first], ...pos(first, first));
    }
    return first;
  }
  const items = [first];
  while (p.eat(T.COMMA)) {
    if (p.kind() === T.COLON || p.kind() === K.IF) break;
    items.push(maybeStarPattern(p));
  }
  return new A.MatchSequence(items, ...pos(s, p.last()));
}

function maybeStarPattern(p: Parser): P {
  if (p.kind() === T.STAR) {
    const s = p.tok();
    p.pos++;
    const n = p.tok();
    const name = p.expectName();
    return new A.MatchStar(name === '_' ? null : name, ...pos(s, n));
  }
  return pattern(p);
}

/** `pattern`: `or_pattern ['as' NAME]`. */
function pattern(p: Parser): P {
  const s = p.tok();
  const orp = orPattern(p);
  if (p.kind() !== K.AS) return orp;
  p.pos++;
  const t = p.tok();
  if (p.isSoft('_')) p.raiseAt(t, t, "cannot use '_' as a target");
  if (p.kind() === T.NAME) {
    const k1 = p.kind(1);
    if (k1 !== T.DOT && k1 !== T.LPAR && k1 !== T.EQUAL) {
      p.pos++;
      return new A.MatchAs(orp, t.string, ...pos(s, t));
    }
  }
  const save = p.pos;
  try {
    const e = namedExpression(p);
    p.raiseAt(e, e, `cannot use ${exprName(e)} as pattern target`);
  } catch (err) {
    if (err !== NoMatch.it) throw err;
    p.pos = save;
  }
  throw NoMatch.it;
}

function orPattern(p: Parser): P {
  const s = p.tok();
  const first = closedPattern(p);
  if (p.kind() !== T.VBAR) return first;
  const alts = [first];
  while (p.eat(T.VBAR)) alts.push(closedPattern(p));
  return new A.MatchOr(alts, ...pos(s, p.last()));
}

function closedPattern(p: Parser): P {
  const t = p.tok();
  switch (p.kind()) {
    case K.NONE: p.pos++; return new A.MatchSingleton(Py_None, ...pos(t, t));
    case K.TRUE: p.pos++; return new A.MatchSingleton(Py_True, ...pos(t, t));
    case K.FALSE: p.pos++; return new A.MatchSingleton(Py_False, ...pos(t, t));
    case T.NUMBER: case T.MINUS: {
      const v = signedNumber(p);
      return new A.MatchValue(v, ...pos(v, v));
    }
    case T.STRING: case T.FSTRING_START: {
      const v = strings(p);
      if (v._type === 'JoinedStr') {
        p.raiseAt(v, v, 'patterns may only match literals and attribute lookups');
      }
      return new A.MatchValue(v, ...pos(v, v));
    }
    case T.NAME: return namePattern(p);
    case T.LPAR: return parenPattern(p);
    case T.LSQB: return sequencePattern(p);
    case T.LBRACE: return mappingPattern(p);
    default: throw NoMatch.it;
  }
}

/** Is a NUMBER token an imaginary literal (`2j`, `1.5J`)? */
function isImaginary(t: { string: string }): boolean {
  const c = t.string.charCodeAt(t.string.length - 1);
  return c === 106 || c === 74;
}

/** `signed_number` or a complex literal `[-]real (+|-) imag`. */
function signedNumber(p: Parser): E {
  const s = p.tok();
  let v: E;
  let first = s;
  if (p.eat(T.MINUS)) {
    const n = p.tok();
    if (p.kind() !== T.NUMBER) throw NoMatch.it;
    p.pos++;
    first = n;
    const c = new A.Constant(number(p, n), null, ...pos(n, n));
    v = new A.UnaryOp(A.USub, c, ...pos(s, n));
  } else {
    p.pos++;
    v = new A.Constant(number(p, s), null, ...pos(s, s));
  }
  const k = p.kind();
  if (k === T.PLUS || k === T.MINUS) {
    // complex_number: a real part, then an imaginary one (_PyPegen_ensure_real/_imaginary).
    if (isImaginary(first)) p.raiseAt(first, first, 'real number required in complex literal');
    const n = p.tok(1);
    if (p.kind(1) !== T.NUMBER) throw NoMatch.it;
    if (!isImaginary(n)) p.raiseAt(n, n, 'imaginary number required in complex literal');
    p.pos += 2;
    const c = new A.Constant(number(p, n), null, ...pos(n, n));
    v = new A.BinOp(v, k === T.PLUS ? A.Add : A.Sub, c, ...pos(s, n));
  }
  return v;
}

/** Capture, wildcard, value (dotted name) or class pattern. */
function namePattern(p: Parser): P {
  const t = p.tok();
  p.pos++;
  if (p.kind() !== T.DOT && p.kind() !== T.LPAR) {
    if (p.kind() === T.EQUAL) throw NoMatch.it;
    return new A.MatchAs(null, t.string === '_' ? null : t.string, ...pos(t, t));
  }
  let e: E = new A.Name(t.string, A.Load, ...pos(t, t));
  while (p.eat(T.DOT)) {
    const n = p.tok();
    p.expectName();
    e = new A.Attribute(e, n.string, A.Load, ...pos(t, n));
  }
  if (p.kind() === T.LPAR) return classPattern(p, e);
  return new A.MatchValue(e, ...pos(e, e));
}

function classPattern(p: Parser, cls: E): P {
  p.pos++;
  const pats: P[] = [];
  const kwdAttrs: string[] = [];
  const kwdPats: P[] = [];
  let firstKw: P | null = null;
  while (p.kind() !== T.RPAR) {
    if (p.kind() === T.NAME && p.kind(1) === T.EQUAL) {
      kwdAttrs.push(p.expectName());
      p.pos++;
      const kp = pattern(p);
      firstKw ??= kp;
      kwdPats.push(kp);
    } else {
      const pp = pattern(p);
      if (firstKw !== null) {
        const rest = [pp];
        while (p.eat(T.COMMA)) {
          if (p.kind() === T.RPAR || p.kind() === T.NAME && p.kind(1) === T.EQUAL) break;
          rest.push(pattern(p));
        }
        p.raiseAt(pp, rest[rest.length - 1], 'positional patterns follow keyword patterns');
      }
      pats.push(pp);
    }
    if (!p.eat(T.COMMA)) break;
  }
  const e = p.expect(T.RPAR);
  return new A.MatchClass(cls, pats, kwdAttrs, kwdPats, ...pos(cls, e));
}

function parenPattern(p: Parser): P {
  const s = p.tok();
  p.pos++;
  if (p.kind() === T.RPAR) {
    p.pos++;
    return new A.MatchSequence([], ...pos(s, p.last()));
  }
  const first = maybeStarPattern(p);
  if (p.kind() === T.RPAR && first._type !== 'MatchStar') {
    p.pos++;
    return first;
  }
  const items = [first];
  if (p.kind() !== T.COMMA) throw NoMatch.it;
  while (p.eat(T.COMMA)) {
    if (p.kind() === T.RPAR) break;
    items.push(maybeStarPattern(p));
  }
  const e = p.expect(T.RPAR);
  return new A.MatchSequence(items, ...pos(s, e));
}

function sequencePattern(p: Parser): P {
  const s = p.tok();
  p.pos++;
  const items: P[] = [];
  while (p.kind() !== T.RSQB) {
    items.push(maybeStarPattern(p));
    if (!p.eat(T.COMMA)) break;
  }
  const e = p.expect(T.RSQB);
  return new A.MatchSequence(items, ...pos(s, e));
}

function mappingPattern(p: Parser): P {
  const s = p.tok();
  p.pos++;
  const keys: E[] = [];
  const pats: P[] = [];
  let rest: string | null = null;
  while (p.kind() !== T.RBRACE) {
    if (p.kind() === T.DOUBLESTAR) {
      p.pos++;
      rest = p.expectName();
      // `**rest` must come last: only an optional comma may follow it.
      p.eat(T.COMMA);
      break;
    } else {
      keys.push(mappingKey(p));
      if (p.kind() !== T.COLON) throw NoMatch.it;
      p.pos++;
      pats.push(pattern(p));
    }
    if (!p.eat(T.COMMA)) break;
  }
  const e = p.expect(T.RBRACE);
  return new A.MatchMapping(keys, pats, rest, ...pos(s, e));
}

function mappingKey(p: Parser): E {
  const t = p.tok();
  switch (p.kind()) {
    case K.NONE: case K.TRUE: case K.FALSE:
      return atom(p);
    case T.NUMBER: case T.MINUS:
      return signedNumber(p);
    case T.STRING: case T.FSTRING_START: {
      const v = strings(p);
      if (v._type === 'JoinedStr') {
        p.raiseAt(v, v, 'patterns may only match literals and attribute lookups');
      }
      return v;
    }
    case T.NAME: {
      p.pos++;
      let e: E = new A.Name(t.string, A.Load, ...pos(t, t));
      if (p.kind() !== T.DOT) throw NoMatch.it;
      while (p.eat(T.DOT)) {
        const n = p.tok();
        p.expectName();
        e = new A.Attribute(e, n.string, A.Load, ...pos(t, n));
      }
      return e;
    }
    default:
      throw NoMatch.it;
  }
}
