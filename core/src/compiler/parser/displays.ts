// Mirrors the bracketed atoms of CPython 3.13's Grammar/python.gram: tuples, groups and
// generator expressions, list/set/dict displays and their comprehensions (`for_if_clauses`),
// with the invalid_* diagnostics that belong to them.

import { T } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';
import {
  starNamedExpression, expression, bitwiseOr, disjunction, yieldExpr,
} from './expressions.js';
import { starTargets } from './targets.js';

type E = A.expr;

/** `(`: empty tuple, parenthesised yield, group, tuple or generator expression. */
export function group(p: Parser): E {
  const s = p.tok();
  p.pos++;
  p.enter();
  let r: E;
  const k = p.kind();
  if (k === T.RPAR) {
    p.pos++;
    const e = p.last();
    r = new A.Tuple([], A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  } else if (k === K.YIELD) {
    r = yieldExpr(p);
    p.expect(T.RPAR);
  } else if (k === T.DOUBLESTAR) {
    const st = p.tok();
    p.pos++;
    expression(p);
    if (p.kind() === T.RPAR) p.raiseAt(st, st, 'cannot use double starred expression here');
    throw NoMatch.it;
  } else {
    const first = starNamedExpression(p);
    const k2 = p.kind();
    if (k2 === K.FOR || k2 === K.ASYNC) {
      if (first._type === 'Starred') throw NoMatch.it;
      const gens = forIfClauses(p);
      const e = p.expect(T.RPAR);
      r = new A.GeneratorExp(first, gens, s.lineno, s.col_offset, e.end_lineno,
        e.end_col_offset);
    } else if (k2 === T.COMMA) {
      const elts = [first];
      while (p.eat(T.COMMA)) {
        if (p.kind() === T.RPAR) break;
        elts.push(starNamedExpression(p));
      }
      const e = p.expect(T.RPAR);
      r = new A.Tuple(elts, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else {
      if (k2 === T.RPAR && first._type === 'Starred') {
        p.raiseAt(first, first, 'cannot use starred expression here');
      }
      p.expect(T.RPAR);
      r = first;
    }
  }
  p.depth--;
  return r;
}

export function listDisplay(p: Parser): E {
  const s = p.tok();
  p.pos++;
  p.enter();
  let r: E;
  if (p.kind() === T.RSQB) {
    p.pos++;
    const e = p.last();
    r = new A.List([], A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  } else {
    const first = starNamedExpression(p);
    const k2 = p.kind();
    if (k2 === K.FOR || k2 === K.ASYNC) {
      if (first._type === 'Starred') {
        p.raiseAt(first, first, 'iterable unpacking cannot be used in comprehension');
      }
      const gens = forIfClauses(p);
      const e = p.expect(T.RSQB);
      r = new A.ListComp(first, gens, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else {
      const elts = [first];
      while (p.eat(T.COMMA)) {
        if (p.kind() === T.RSQB) break;
        elts.push(starNamedExpression(p));
      }
      if (p.kind() === K.FOR || p.kind() === K.ASYNC) forgotParens(p, first, elts);
      const e = p.expect(T.RSQB);
      r = new A.List(elts, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.depth--;
  return r;
}

/** `[a, b for ...]`: CPython points at the elements and asks for parentheses. */
function forgotParens(p: Parser, first: E, elts: E[]): never {
  const last = elts.length > 1 ? elts[elts.length - 1] : p.last();
  if (elts.length > 1) forIfClauses(p);
  p.raiseAt(first, last, 'did you forget parentheses around the comprehension target?');
}

export function dictOrSet(p: Parser): E {
  const s = p.tok();
  p.pos++;
  p.enter();
  let r: E;
  if (p.kind() === T.RBRACE) {
    p.pos++;
    const e = p.last();
    r = new A.Dict([], [], s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  } else if (p.kind() === T.DOUBLESTAR) {
    r = dictRest(p, s, [], []);
  } else {
    const first = starNamedExpression(p);
    if (p.kind() === T.COLON) {
      if (first._type === 'Starred') {
        p.raiseAt(first, first, 'cannot use a starred expression in a dictionary key');
      }
      p.pos++;
      const v = dictValue(p);
      if (p.kind() === K.FOR || p.kind() === K.ASYNC) {
        const gens = forIfClauses(p);
        const e = p.expect(T.RBRACE);
        r = new A.DictComp(first, v, gens, s.lineno, s.col_offset, e.end_lineno,
          e.end_col_offset);
      } else {
        r = dictRest(p, s, [first], [v]);
      }
    } else if (p.kind() === K.FOR || p.kind() === K.ASYNC) {
      if (first._type === 'Starred') {
        p.raiseAt(first, first, 'iterable unpacking cannot be used in comprehension');
      }
      const gens = forIfClauses(p);
      const e = p.expect(T.RBRACE);
      r = new A.SetComp(first, gens, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    } else {
      const elts = [first];
      while (p.eat(T.COMMA)) {
        if (p.kind() === T.RBRACE) break;
        elts.push(starNamedExpression(p));
      }
      if (p.kind() === K.FOR || p.kind() === K.ASYNC) forgotParens(p, first, elts);
      const e = p.expect(T.RBRACE);
      r = new A.Set(elts, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.depth--;
  return r;
}

function dictValue(p: Parser): E {
  const k = p.kind();
  if (k === T.RBRACE || k === T.COMMA) {
    p.raiseAt(p.last(), p.last(), "expression expected after dictionary key and ':'");
  }
  if (k === T.STAR || k === T.DOUBLESTAR) {
    const st = p.tok();
    p.pos++;
    const v = bitwiseOr(p);
    p.raiseAt(st, v, k === T.STAR ? 'cannot use a starred expression in a dictionary value'
      : 'cannot use dict unpacking in a dictionary value');
  }
  return expression(p);
}

/** The remaining `key: value` / `**mapping` items of a dict display, then `}`. */
function dictRest(p: Parser, s: Pos, keys: (E | null)[], values: E[]): E {
  let needComma = keys.length > 0;
  for (;;) {
    if (needComma) {
      if (!p.eat(T.COMMA)) break;
      if (p.kind() === T.RBRACE) break;
    }
    needComma = true;
    if (p.kind() === T.DOUBLESTAR) {
      const st = p.tok();
      p.pos++;
      keys.push(null);
      values.push(bitwiseOr(p));
      if (p.kind() === K.FOR || p.kind() === K.ASYNC) {
        if (keys.length === 1) {
          p.raiseAt(st, st, 'dict unpacking cannot be used in dict comprehension');
        }
        throw NoMatch.it;
      }
      if (p.kind() === T.COLON) throw NoMatch.it;
      continue;
    }
    const key = expression(p);
    if (p.kind() !== T.COLON) {
      if (p.kind() === T.COMMA || p.kind() === T.RBRACE) {
        p.raiseRange(key.lineno, key.end_col_offset - 1, key.end_lineno, -1,
          "':' expected after dictionary key");
      }
      throw NoMatch.it;
    }
    p.pos++;
    keys.push(key);
    values.push(dictValue(p));
  }
  const e = p.expect(T.RBRACE);
  return new A.Dict(keys, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`. */
export function forIfClauses(p: Parser): A.comprehension[] {
  const gens: A.comprehension[] = [];
  for (;;) {
    let isAsync = 0;
    if (p.kind() === K.ASYNC && p.kind(1) === K.FOR) {
      p.pos++;
      isAsync = 1;
    } else if (p.kind() !== K.FOR) break;
    p.pos++;
    const target = starTargets(p, 'for');
    if (!p.eat(K.IN)) {
      p.raiseAt(p.tok(), p.tok(), "'in' expected after for-loop variables");
    }
    const iter = disjunction(p);
    const ifs: E[] = [];
    while (p.eat(K.IF)) ifs.push(disjunction(p));
    gens.push(new A.comprehension(target, iter, ifs, isAsync));
  }
  return gens;
}
