// Mirrors the SyntaxWarnings of CPython 3.13's Python/compile.c (compiler_warn and its
// callers check_compare, check_caller, check_subscripter, check_index, and the tuple test of
// compiler_assert): code that is legal but almost surely a typo, like `x is 1` or a missing
// comma in `[(1, 2) (3, 4)]`. The checks run while code is generated, so a body the compiler
// emits twice (a `finally` block, a `while` test) warns twice, as in CPython.

import type { PyObject } from '../object.js';
import { Py_None, Py_Ellipsis } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import type { Location } from './instrseq.js';
import { LOC, type Compiler } from './compile.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

/**
 * A SyntaxWarning from the code generator, handed to the caller's list. Under an "error"
 * filter CPython raises the message as a SyntaxError over `loc` instead.
 * @see Python/compile.c compiler_warn
 */
export function compilerWarn(c: Compiler, loc: Location, msg: string): void {
  const list = c.opts.warnings;
  if (list === undefined) return;
  list.push({ category: 'SyntaxWarning', msg, lineno: loc.lineno,
    error: c.error(msg, loc) as never });
}

/** The type name an expression is sure to have, or null. @see Python/compile.c infer_type */
function inferType(e: N): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': return (e.value as PyObject).ob_type.tp_name;
    default: return null;
  }
}

const typeOf = (e: N): string => (e.value as PyObject).ob_type.tp_name;

/** Is `e` fine beside `is`: not a constant, or a singleton? @see compile.c check_is_arg */
function isArgOk(e: N): boolean {
  if (e._type !== 'Constant') return true;
  const v = e.value;
  return v === Py_None || v === Py_False || v === Py_True || v === Py_Ellipsis;
}

/**
 * `x is 1`: identity with a literal. Only the first offending pair of a chain warns.
 * @see Python/compile.c check_compare
 */
export function checkCompare(c: Compiler, e: N): void {
  let leftOk = isArgOk(e.left);
  let left = e.left;
  const ops: N[] = e.ops;
  for (let i = 0; i < ops.length; i++) {
    const right = e.comparators[i];
    const rightOk = isArgOk(right);
    const op = ops[i]._type;
    if ((op === 'Is' || op === 'IsNot') && !(leftOk && rightOk)) {
      const lit = inferType(leftOk ? right : left);
      compilerWarn(c, LOC(e), op === 'Is'
        ? `"is" with '${lit}' literal. Did you mean "=="?`
        : `"is not" with '${lit}' literal. Did you mean "!="?`);
      return;
    }
    leftOk = rightOk;
    left = right;
  }
}

/** `(1, 2)(3)`: calling a display or a constant. @see Python/compile.c check_caller */
export function checkCaller(c: Compiler, e: N): void {
  switch (e._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'Set':
    case 'DictComp': case 'SetComp': case 'GeneratorExp': case 'JoinedStr':
    case 'FormattedValue':
      compilerWarn(c, LOC(e),
        `'${inferType(e)}' object is not callable; perhaps you missed a comma?`);
  }
}

/**
 * `5[0]`, `{1}[0]`: subscripting something that has no `__getitem__`.
 * @see Python/compile.c check_subscripter
 */
export function checkSubscripter(c: Compiler, e: N): void {
  switch (e._type) {
    case 'Constant': {
      const t = typeOf(e);
      if (!(e.value === Py_None || e.value === Py_Ellipsis || t === 'int' || t === 'bool'
        || t === 'float' || t === 'complex' || t === 'set' || t === 'frozenset')) return;
      break;
    }
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'Lambda':
      break;
    default:
      return;
  }
  compilerWarn(c, LOC(e),
    `'${inferType(e)}' object is not subscriptable; perhaps you missed a comma?`);
}

/**
 * `[1, 2][1, 2]`, `'abc'['x']`: a sequence indexed by something sure not to be an int.
 * @see Python/compile.c check_index
 */
export function checkIndex(c: Compiler, e: N, s: N): void {
  const index = inferType(s);
  if (index === null || index === 'int' || index === 'bool' || index === 'slice') return;
  switch (e._type) {
    case 'Constant': {
      const t = typeOf(e);
      if (!(t === 'str' || t === 'bytes' || t === 'tuple')) return;
      break;
    }
    case 'Tuple': case 'List': case 'ListComp': case 'JoinedStr': case 'FormattedValue':
      break;
    default:
      return;
  }
  compilerWarn(c, LOC(e), `${inferType(e)} indices must be integers or slices, not ${index}; `
    + 'perhaps you missed a comma?');
}

/**
 * `assert (x, 'msg')` tests a non-empty tuple, which is always true.
 * @see Python/compile.c compiler_assert
 */
export function checkAssert(c: Compiler, s: N): void {
  const t = s.test;
  if ((t._type === 'Tuple' && t.elts.length > 0)
    || (t._type === 'Constant' && typeOf(t) === 'tuple'
      && (t.value as { items: unknown[] }).items.length > 0)) {
    compilerWarn(c, LOC(s), 'assertion is always true, perhaps remove parentheses?');
  }
}
