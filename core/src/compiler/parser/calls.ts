// Mirrors the call rules of CPython 3.13's Grammar/python.gram (`primary '(' arguments ')'`,
// `args`, `kwargs`, `invalid_arguments`, `invalid_kwarg`): positional, starred and keyword
// arguments, the bare generator argument, and their error messages.

import { T } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';
import { expression, namedExpression, startsExpression } from './expressions.js';
import { forIfClauses } from './displays.js';

type E = A.expr;

/** `primary '(' [arguments] ')'`, including the bare generator argument `f(x for x in y)`. */
export function call(p: Parser, fn: E, s: Pos, isClass = false): E {
  const open = p.tok();
  p.pos++;
  p.enter();
  const args: E[] = [];
  const kws: A.keyword[] = [];
  let sawKw = false;
  let sawDoubleStar = false;
  while (p.kind() !== T.RPAR) {
    const t = p.tok();
    const k = p.kind();
    if (k === T.STAR) {
      p.pos++;
      if (!startsExpression(p) || p.kind() === T.STAR) {
        if (p.invalidPass) {
          p.tok();
          p.raiseHere('Invalid star expression');
        }
        throw NoMatch.it;
      }
      const v = expression(p);
      if (p.kind() === T.EQUAL) {
        p.pos++;
        const b = expression(p);
        p.raiseAt(t, b, 'cannot assign to iterable argument unpacking');
      }
      if (sawDoubleStar) {
        p.raiseAt(p.toks[tokIndex(p, t) - 1], v,
          'iterable argument unpacking follows keyword argument unpacking');
      }
      const ve = p.last();
      args.push(new A.Starred(v, A.Load, t.lineno, t.col_offset, ve.end_lineno,
        ve.end_col_offset));
    } else if (k === T.DOUBLESTAR) {
      p.pos++;
      const v = expression(p);
      if (p.kind() === T.EQUAL) {
        p.pos++;
        const b = expression(p);
        p.raiseAt(t, b, 'cannot assign to keyword argument unpacking');
      }
      const ve = p.last();
      kws.push(new A.keyword(null, v, t.lineno, t.col_offset, ve.end_lineno, ve.end_col_offset));
      sawDoubleStar = true;
    } else if (k === T.NAME && p.kind(1) === T.EQUAL) {
      const eq = p.tok(1);
      p.pos += 2;
      if (p.kind() === T.COMMA || p.kind() === T.RPAR) {
        p.raiseAt(t, p.last(), 'expected argument value expression');
      }
      const v = expression(p);
      if (p.kind() === K.FOR || p.kind() === K.ASYNC) {
        p.raiseAt(t, eq,
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      const ve = p.last();
      kws.push(new A.keyword(t.string, v, t.lineno, t.col_offset, ve.end_lineno,
        ve.end_col_offset));
      sawKw = true;
    } else if ((k === K.TRUE || k === K.FALSE || k === K.NONE) && p.kind(1) === T.EQUAL) {
      p.raiseAt(t, p.tok(1), `cannot assign to ${t.string}`);
    } else {
      const v = namedExpression(p, false);
      if ((p.kind() === K.FOR || p.kind() === K.ASYNC) && isClass) throw NoMatch.it;
      if (p.kind() === K.FOR || p.kind() === K.ASYNC) {
        const gens = forIfClauses(p);
        const last = lastComprehensionItem(gens[gens.length - 1]);
        if (args.length === 0 && kws.length === 0 && p.kind() === T.RPAR) {
          const e = p.tok();
          args.push(new A.GeneratorExp(v, gens, open.lineno, open.col_offset, e.end_lineno,
            e.end_col_offset));
          continue;
        }
        p.raiseAt(v, last, 'Generator expression must be parenthesized');
      }
      if (p.kind() === T.EQUAL) {
        p.raiseAt(v, p.tok(), 'expression cannot contain assignment, perhaps you meant "=="?');
      }
      if (sawKw || sawDoubleStar) {
        skipArguments(p);
        p.raiseHere(sawDoubleStar ? 'positional argument follows keyword argument unpacking'
          : 'positional argument follows keyword argument');
      }
      args.push(v);
    }
    if (!p.eat(T.COMMA)) break;
  }
  const e = p.expect(T.RPAR);
  p.depth--;
  return new A.Call(fn, args, kws, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** Index of token `t` in the buffer (it is recent, so search backwards). */
function tokIndex(p: Parser, t: Pos): number {
  let i = p.pos - 1;
  while (i > 0 && p.toks[i] !== t) i--;
  return i;
}

/**
 * Reads the rest of an argument list, so that an error CPython reports "here" points where
 * its parser stopped: at the closing parenthesis.
 */
function skipArguments(p: Parser): void {
  try {
    while (p.eat(T.COMMA)) {
      const k = p.kind();
      if (k === T.RPAR) break;
      if (k === T.STAR || k === T.DOUBLESTAR) p.pos++;
      else if (k === T.NAME && p.kind(1) === T.EQUAL) p.pos += 2;
      expression(p);
    }
    p.tok();
  } catch (err) {
    if (err !== NoMatch.it) throw err;
  }
}

function lastComprehensionItem(c: A.comprehension): E {
  return c.ifs.length ? c.ifs[c.ifs.length - 1] : c.iter;
}

/** `arguments` for a class header: reuses the call parser on a placeholder callee. */
export function classArguments(p: Parser, at: Pos): A.Call {
  const dummy = new A.Name('', A.Load, at.lineno, at.col_offset, at.end_lineno,
    at.end_col_offset);
  return call(p, dummy, at, true) as A.Call;
}
