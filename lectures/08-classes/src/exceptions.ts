// Mirrors what `except*` needs from Python/ceval.c and Objects/exceptions.c: CHECK_EG_MATCH
// (_PyEval_CheckExceptStarTypeValid, _PyEval_ExceptionGroupMatch) and CALL_INTRINSIC_2's
// INTRINSIC_PREP_RERAISE_STAR (_PyExc_PrepReraiseStar), which decides what group leaves a
// try/except* statement. The group objects themselves (split, derive, ...) are core's.

import type { InstrHandler, Lecture } from '@ceval/core/lecture';
import { PyObject, PyTypeObject } from '@ceval/core/object';
import { PyTuple, PyTuple_Type, newTuple } from '@ceval/core/objects/tupleobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import {
  type PyBaseException, PyBaseExceptionGroupObject, PyExc_BaseException, PyExc_BaseExceptionGroup,
  excMatches, typeError, systemError,
} from '@ceval/core/objects/exceptions';
import type { Interpreter } from '@ceval/core/interpreter';
import { PyList } from '@ceval/core/runtime/listobject';
import { splitRecursive } from '@ceval/core/runtime/exceptionmethods';

function isExceptionClass(o: PyObject): o is PyTypeObject {
  return o instanceof PyTypeObject && excMatches(o, PyExc_BaseException);
}

/**
 * The right operand of `except*` must be exception classes, and none of them a group:
 * `except* ExceptionGroup` would catch what except* itself builds.
 * @see Python/ceval.c _PyEval_CheckExceptTypeValid, _PyEval_CheckExceptStarTypeValid
 */
function checkExceptStarTypeValid(right: PyObject): void {
  const items = right instanceof PyTuple ? right.items : [right];
  if (!items.every(isExceptionClass)) {
    typeError('catching classes that do not inherit from BaseException is not allowed');
  }
  if (items.some((t) => excMatches(t as PyTypeObject, PyExc_BaseExceptionGroup))) {
    typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** PyErr_GivenExceptionMatches for a class or a tuple of classes. */
function givenExceptionMatches(exc: PyObject, match: PyObject): boolean {
  if (match instanceof PyTuple) return match.items.some((m) => givenExceptionMatches(exc, m));
  return match instanceof PyTypeObject && excMatches(exc.ob_type, match);
}

/**
 * Split the exception being handled into what `except* match_type` takes and the rest:
 * a whole match (a naked exception is wrapped in a group with an empty message), a partial
 * one through the group's own split(), or none.
 * @see Python/ceval.c _PyEval_ExceptionGroupMatch
 */
export function exceptionGroupMatch(interp: Interpreter, exc: PyObject,
  matchType: PyObject): [PyObject, PyObject] {
  if (exc === Py_None) return [Py_None, Py_None];
  if (givenExceptionMatches(exc, matchType)) {
    if (exc instanceof PyBaseExceptionGroupObject) return [exc, Py_None];
    // 3.13 gives the wrapper no traceback of its own (3.14 adds this frame's).
    return [interp.hooks.call(PyExc_BaseExceptionGroup, [newStr(''), newTuple([exc])], null),
      Py_None];
  }
  if (exc instanceof PyBaseExceptionGroupObject) {
    const split = interp.hooks.getAttr(exc, newStr('split'));
    const pair = interp.hooks.call(split, [matchType], null);
    const name = exc.ob_type.tp_name;
    if (pair.ob_type !== PyTuple_Type) {
      typeError(`${name}.split must return a tuple, not ${pair.ob_type.tp_name}`);
    }
    const items = (pair as PyTuple).items;
    // Longer tuples are accepted, for backwards compatibility.
    if (items.length < 2) {
      typeError(`${name}.split must return a 2-tuple, got tuple of size ${items.length}`);
    }
    return [items[0], items[1]];
  }
  return [Py_None, exc];
}

/**
 * CHECK_EG_MATCH: (exc_value, match_type -- rest, match). The match becomes the exception
 * being handled, so a bare `raise` in the clause re-raises just that part.
 * @see Python/bytecodes.c CHECK_EG_MATCH
 */
export const checkEgMatch: InstrHandler = (interp: Interpreter, _f, _oparg, sp) => {
  const stack = interp.stack;
  const matchType = stack[sp - 1] as PyObject;
  checkExceptStarTypeValid(matchType);
  const [match, rest] = exceptionGroupMatch(interp, stack[sp - 2] as PyObject, matchType);
  if (match !== Py_None) interp.excInfo = match;
  stack[sp - 2] = rest;
  stack[sp - 1] = match;
  return sp;
};

/** Were `a` and `b` raised as the same thing (one came from splitting the other)? */
function sameExceptionMetadata(a: PyBaseException, b: PyBaseException): boolean {
  // CPython also compares the `notes` field, which nothing ever sets: notes live in __dict__.
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** Every leaf (non-group) exception inside `e`. @see collect_exception_group_leaf_ids */
function collectLeaves(e: PyObject, into: Set<PyObject>): void {
  if (e instanceof PyBaseExceptionGroupObject) {
    for (const x of e.excs.items) collectLeaves(x, into);
  } else if (e !== Py_None) {
    into.add(e);
  }
}

/**
 * What leaves a try/except* statement: the exceptions the clauses re-raised, cut out of the
 * original group with its nesting, tracebacks and notes intact; and beside them, in a new
 * group with an empty message, the exceptions the clauses raised themselves.
 * @see Objects/exceptions.c _PyExc_PrepReraiseStar, exception_group_projection
 */
export function prepReraiseStar(interp: Interpreter, orig: PyObject, excs: PyObject[]): PyObject {
  if (excs.length === 0) return Py_None;
  // A naked exception was caught and wrapped: only one clause could run.
  if (!(orig instanceof PyBaseExceptionGroupObject)) return excs[0];
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of excs) {
    if (e === Py_None) continue;
    (sameExceptionMetadata(e as PyBaseException, orig) ? reraised : raised).push(e);
  }
  const keep = new Set<PyObject>();
  for (const e of reraised) collectLeaves(e, keep);
  const projected = splitRecursive(orig, (x) => !(x instanceof PyBaseExceptionGroupObject)
    && keep.has(x), false)[0];
  if (raised.length === 0) return projected ?? Py_None;
  if (projected !== null) raised.push(projected);
  if (raised.length === 1) return raised[0];
  return interp.hooks.call(PyExc_BaseExceptionGroup, [newStr(''), new PyList(raised)], null);
}

/**
 * CALL_INTRINSIC_2 1 (INTRINSIC_PREP_RERAISE_STAR): (orig, excs -- result). Lecture 06
 * routes the other opargs (generic functions) to its own handler first.
 * @see Python/intrinsics.c prep_reraise_star
 */
export const callIntrinsic2: InstrHandler = (interp: Interpreter, _f, oparg, sp) => {
  if (oparg !== 1) systemError(`CALL_INTRINSIC_2 ${oparg} is not known to lecture 08`);
  const stack = interp.stack;
  const excs = stack[sp - 1] as PyList;
  stack[sp - 2] = prepReraiseStar(interp, stack[sp - 2] as PyObject, excs.items);
  stack[sp - 1] = null;
  return sp - 1;
};

/**
 * Add `except*` to a lecture: its two instructions as handlers (which also enables them).
 * Kept apart from lecture 08's own table so the two parts of the lecture merge cleanly.
 */
export function withExceptStar(lecture: Lecture): Lecture {
  lecture.handlers = {
    ...lecture.handlers,
    CHECK_EG_MATCH: checkEgMatch,
    CALL_INTRINSIC_2: callIntrinsic2,
  };
  return lecture;
}
