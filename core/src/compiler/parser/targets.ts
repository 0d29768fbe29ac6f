// Mirrors the target rules of CPython 3.13's Grammar/python.gram (star_targets, del_targets,
// single_target) and Parser/action_helpers.c (_PyPegen_set_expr_context,
// _PyPegen_get_expr_name, _PyPegen_get_invalid_target). We parse a target as an expression and
// then check and re-label it: same tree, same errors, without a second grammar.

import { T } from '../token.js';
import * as A from '../ast.js';
import { K, NoMatch, Parser } from './parser.js';
import { bitwiseOr } from './expressions.js';
import { Py_None, Py_True, Py_False, Py_Ellipsis } from '../../objects/index.js';

type E = A.expr;

/** Which statement a target belongs to: decides the wording of the error. */
export type TargetsType = 'star' | 'del' | 'for';

/**
 * The name CPython uses for an expression in "cannot assign to %s" messages.
 * @see Parser/action_helpers.c _PyPegen_get_expr_name
 */
export function exprName(e: E): string {
  switch (e._type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v === Py_None) return 'None';
      if (v === Py_True) return 'True';
      if (v === Py_False) return 'False';
      if (v === Py_Ellipsis) return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
  }
  return 'expression';
}

/**
 * The first sub-expression that cannot be a target, or null if `e` is a valid target.
 * @see Parser/action_helpers.c _PyPegen_get_invalid_target
 */
export function invalidTarget(e: E, type: TargetsType): E | null {
  switch (e._type) {
    case 'List':
    case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad !== null) return bad;
      }
      return null;
    case 'Starred':
      if (type === 'del') return e;
      return invalidTarget(e.value, type);
    case 'Compare':
      // `for a in b` reaches here as a comparison; look at its left side.
      if (type === 'for') {
        if (e.ops[0] === A.In) return invalidTarget(e.left, type);
        return null;
      }
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

/** Re-labels a (valid) target tree with `ctx`, as _PyPegen_set_expr_context does. */
export function setContext(e: E, ctx: A.expr_context): void {
  switch (e._type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}

/** Checks `e` as a target of kind `type`, raising CPython's error, then stores it. */
export function toTarget(p: Parser, e: E, type: TargetsType): E {
  const bad = invalidTarget(e, type);
  if (bad !== null) {
    const verb = type === 'del' ? 'delete' : 'assign to';
    p.raiseAt(bad, bad, `cannot ${verb} ${exprName(bad)}`);
  }
  setContext(e, type === 'del' ? A.Del : A.Store);
  return e;
}

/**
 * `star_targets` where a target list ends at a keyword (`in` of a for loop or
 * comprehension): elements are parsed at `bitwise_or` level so `in` is not swallowed.
 */
export function starTargets(p: Parser, type: TargetsType): E {
  const s = p.tok();
  const first = starTarget(p);
  let r: E = first;
  if (p.kind() === T.COMMA) {
    const elts = [first];
    while (p.eat(T.COMMA)) {
      if (!startsTarget(p)) break;
      elts.push(starTarget(p));
    }
    const e = p.last();
    r = new A.Tuple(elts, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  if (type === 'for' && p.kind() !== K.IN) {
    // Let the caller report "'in' expected"; but a bad target is reported first.
    const bad = invalidTarget(r, type);
    if (bad !== null) p.raiseAt(bad, bad, `cannot assign to ${exprName(bad)}`);
    return r;
  }
  return toTarget(p, r, type);
}

function startsTarget(p: Parser): boolean {
  const k = p.kind();
  return k === T.NAME || k === T.LPAR || k === T.LSQB || k === T.STAR || k === T.STRING ||
    k === T.NUMBER || k === T.LBRACE || k === K.NONE || k === K.TRUE || k === K.FALSE ||
    k === T.FSTRING_START || k === T.MINUS || k === T.ELLIPSIS || k === K.AWAIT;
}

function starTarget(p: Parser): E {
  if (p.kind() === T.STAR) {
    const s = p.tok();
    p.pos++;
    if (p.kind() === T.STAR) throw NoMatch.it;
    const v = starTarget(p);
    const e = p.last();
    return new A.Starred(v, A.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  return bitwiseOr(p);
}
