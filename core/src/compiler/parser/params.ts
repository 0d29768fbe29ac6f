// Mirrors the parameter rules of CPython 3.13's Grammar/python.gram (`params`, `star_etc`,
// `kwds`, `lambda_params` and their invalid_* twins) and _PyPegen_make_arguments in
// Parser/action_helpers.c. One loop handles def and lambda; only annotations differ.

import { T } from '../token.js';
import * as A from '../ast.js';
import { NoMatch, Parser } from './parser.js';
import { expression, starExpression } from './expressions.js';

type E = A.expr;

/** Parameters of a `def`, up to (not including) the closing `)`. */
export function defParams(p: Parser): A.arguments {
  return params(p, T.RPAR, true);
}

/** Parameters of a `lambda`, up to (not including) the `:`. */
export function lambdaParams(p: Parser): A.arguments {
  return params(p, T.COLON, false);
}

function params(p: Parser, close: number, annotated: boolean): A.arguments {
  const posonly: A.arg[] = [];
  let args: A.arg[] = [];
  const defaults: E[] = [];
  let vararg: A.arg | null = null;
  const kwonly: A.arg[] = [];
  const kwDefaults: (E | null)[] = [];
  let kwarg: A.arg | null = null;
  let sawSlash = false;
  let sawStar = false;
  let sawDefault = false;
  while (p.kind() !== close) {
    const t = p.tok();
    const k = p.kind();
    if (kwarg !== null) {
      if (k === T.NAME || k === T.STAR || k === T.DOUBLESTAR || k === T.SLASH) {
        p.raiseAt(t, t, 'arguments cannot follow var-keyword argument');
      }
      throw NoMatch.it;
    }
    if (k === T.SLASH) {
      if (sawStar) p.raiseAt(t, t, '/ must be ahead of *');
      if (sawSlash) p.raiseAt(t, t, '/ may appear only once');
      if (args.length === 0) p.raiseAt(t, t, 'at least one argument must precede /');
      p.pos++;
      posonly.push(...args);
      args = [];
      sawSlash = true;
      if (p.kind() === T.STAR) p.raiseAt(p.tok(), p.tok(), 'expected comma between / and *');
    } else if (k === T.STAR) {
      if (sawStar) {
        p.pos++;
        if (p.kind() === T.COMMA || p.kind() === T.NAME) {
          p.raiseAt(t, t, '* argument may appear only once');
        }
        throw NoMatch.it;
      }
      p.pos++;
      sawStar = true;
      if (p.kind() === T.COMMA) {
        const k2 = p.kind(1);
        if (k2 === close || k2 === T.DOUBLESTAR) {
          if (annotated) p.raiseAt(t, t, 'named arguments must follow bare *');
          p.raiseAt(p.tok(1), p.tok(1), 'named arguments must follow bare *');
        }
      } else if (p.kind() === close) {
        if (annotated) p.raiseAt(t, t, 'named arguments must follow bare *');
        p.raiseAt(p.tok(), p.tok(), 'named arguments must follow bare *');
      } else {
        vararg = param(p, annotated, true);
        if (p.kind() === T.EQUAL) {
          p.raiseAt(p.tok(), p.tok(), 'var-positional argument cannot have default value');
        }
      }
    } else if (k === T.DOUBLESTAR) {
      p.pos++;
      kwarg = param(p, annotated, false);
      if (p.kind() === T.EQUAL) {
        p.raiseAt(p.tok(), p.tok(), 'var-keyword argument cannot have default value');
      }
    } else if (k === T.NAME) {
      const a = param(p, annotated, false);
      let d: E | null = null;
      if (p.kind() === T.EQUAL) {
        const eq = p.tok();
        p.pos++;
        if (p.kind() === T.COMMA || p.kind() === close) {
          p.raiseAt(eq, eq, 'expected default value expression');
        }
        d = expression(p);
      }
      if (sawStar) {
        kwonly.push(a);
        kwDefaults.push(d);
      } else {
        if (d !== null) {
          defaults.push(d);
          sawDefault = true;
        } else if (sawDefault) {
          p.raiseAt(a, a, 'parameter without a default follows parameter with a default');
        }
        args.push(a);
      }
    } else if (k === T.LPAR) {
      parenthesized(p, close, annotated);
    } else {
      throw NoMatch.it;
    }
    const last = lastArg(posonly, args, vararg, kwonly, kwarg);
    if (!p.eat(T.COMMA)) {
      if (last !== null && p.kind() === T.TYPE_COMMENT && p.kind(1) === close) {
        last.type_comment = p.toks[p.pos++].string;
      }
      break;
    }
    if (last !== null && p.kind() === T.TYPE_COMMENT) last.type_comment = p.toks[p.pos++].string;
  }
  return new A.arguments_(posonly, args, vararg, kwonly, kwDefaults as E[], kwarg, defaults);
}

/** The parameter just parsed, which a following type comment belongs to. */
function lastArg(posonly: A.arg[], args: A.arg[], vararg: A.arg | null, kwonly: A.arg[],
  kwarg: A.arg | null): A.arg | null {
  if (kwarg !== null) return kwarg;
  if (kwonly.length) return kwonly[kwonly.length - 1];
  if (vararg !== null) return vararg;
  if (args.length) return args[args.length - 1];
  return posonly.length ? posonly[posonly.length - 1] : null;
}

/** `def f((a, b))`: Python 2's tuple parameters get a clear message. */
function parenthesized(p: Parser, close: number, annotated: boolean): never {
  const open = p.tok();
  p.pos++;
  while (p.kind() === T.NAME) {
    p.pos++;
    if (!p.eat(T.COMMA)) break;
  }
  if (p.kind() === T.RPAR) {
    p.raiseAt(open, p.tok(), annotated ? 'Function parameters cannot be parenthesized'
      : 'Lambda expression parameters cannot be parenthesized');
  }
  void close;
  throw NoMatch.it;
}

/** `param`: NAME with an optional annotation (`*args: *Ts` allows a starred one). */
function param(p: Parser, annotated: boolean, star: boolean): A.arg {
  const t = p.tok();
  if (p.kind() !== T.NAME) throw NoMatch.it;
  p.pos++;
  let ann: E | null = null;
  if (annotated && p.kind() === T.COLON) {
    p.pos++;
    ann = star ? starExpression(p) : expression(p);
  }
  const e = p.last();
  return new A.arg(t.string, ann, null, t.lineno, t.col_offset, e.end_lineno, e.end_col_offset);
}
