// Mirrors the PEP 695 / PEP 696 rules of CPython 3.13's Grammar/python.gram: `type_params`
// (TypeVar, TypeVarTuple, ParamSpec, with bounds and defaults) used by def, class and `type`.

import { T } from '../token.js';
import * as A from '../ast.js';
import { NoMatch, Parser } from './parser.js';
import { expression, starExpression } from './expressions.js';

/** `'[' type_param (',' type_param)* [','] ']'`. */
export function typeParams(p: Parser): A.type_param[] {
  p.pos++;
  if (p.kind() === T.RSQB) {
    p.raiseFrom(p.tok(), 'Type parameter list cannot be empty');
  }
  const out: A.type_param[] = [];
  for (;;) {
    out.push(typeParam(p));
    if (!p.eat(T.COMMA)) break;
    if (p.kind() === T.RSQB) break;
  }
  p.expect(T.RSQB);
  return out;
}

function typeParam(p: Parser): A.type_param {
  const s = p.tok();
  const k = p.kind();
  if (k === T.STAR || k === T.DOUBLESTAR) {
    p.pos++;
    const name = p.expectName();
    if (p.kind() === T.COLON) {
      const colon = p.tok();
      p.pos++;
      const e = expression(p);
      const what = k === T.STAR ? 'TypeVarTuple' : 'ParamSpec';
      p.raiseFrom(colon, e._type === 'Tuple'
        ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`);
    }
    let dflt: A.expr | null = null;
    if (p.eat(T.EQUAL)) dflt = k === T.STAR ? starExpression(p) : expression(p);
    const e = p.last();
    return k === T.STAR
      ? new A.TypeVarTuple(name, dflt, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
      : new A.ParamSpec(name, dflt, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  if (k !== T.NAME) throw NoMatch.it;
  const name = p.expectName();
  let bound: A.expr | null = null;
  if (p.eat(T.COLON)) bound = expression(p);
  let dflt: A.expr | null = null;
  if (p.eat(T.EQUAL)) dflt = expression(p);
  const e = p.last();
  return new A.TypeVar(name, bound, dflt, s.lineno, s.col_offset, e.end_lineno,
    e.end_col_offset);
}
