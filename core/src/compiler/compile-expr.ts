// Mirrors CPython 3.13's Python/compile.c, the expressions: compiler_visit_expr1, conditional
// jumps (compiler_jump_if), calls (with the method and super() fast paths), collection
// displays, subscripts and slices, and f-strings. Comprehensions are in compile-comp.ts.

import { Op, NbOp } from '../opcode.js';
import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { newFrozenSet } from '../objects/setobject.js';
import { NO_LOCATION, type Location } from './instrseq.js';
import {
  Compiler, LOC, ScopeType, STACK_USE_GUIDELINE, INTRINSIC_UNARY_POSITIVE,
  INTRINSIC_LIST_TO_TUPLE,
} from './compile.js';
import { addYieldFrom } from './compile-stmt.js';
import { checkCaller, checkCompare, checkIndex, checkSubscripter } from './compile-checks.js';
import { compileLambda } from './compile-func.js';
import { Comp, addopYield, compileComprehension } from './compile-comp.js';
import { Scope, DEF_IMPORT } from './symtable.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

const BINOPS: Record<string, number> = {
  Add: NbOp.ADD, Sub: NbOp.SUBTRACT, Mult: NbOp.MULTIPLY, MatMult: NbOp.MATRIX_MULTIPLY,
  Div: NbOp.TRUE_DIVIDE, Mod: NbOp.REMAINDER, Pow: NbOp.POWER, LShift: NbOp.LSHIFT,
  RShift: NbOp.RSHIFT, BitOr: NbOp.OR, BitXor: NbOp.XOR, BitAnd: NbOp.AND,
  FloorDiv: NbOp.FLOOR_DIVIDE,
};

/** The NB_* oparg of a binary operator node type. */
export function binopCode(op: string): number {
  return BINOPS[op];
}

// COMPARE_OP's low bits: the comparison mask its specialisations test.
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };
const COMPARE_MASKS = [2, 2 | 8, 8, 1 | 2 | 4, 4, 4 | 8];

/** @see Python/compile.c compiler_addcompare */
function addCompare(c: Compiler, op: N, loc: Location): void {
  switch (op._type) {
    case 'Is': c.addopI(Op.IS_OP, 0, loc); return;
    case 'IsNot': c.addopI(Op.IS_OP, 1, loc); return;
    case 'In': c.addopI(Op.CONTAINS_OP, 0, loc); return;
    case 'NotIn': c.addopI(Op.CONTAINS_OP, 1, loc); return;
  }
  const cmp = CMP[op._type];
  // The comparison sits in the top bits; bit 4 (to-bool) is set by the back end.
  c.addopI(Op.COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp], loc);
}

/**
 * Jump to `next` if `e` is true (`cond`) or false, short-circuiting `and`, `or`, `not`,
 * conditional expressions and chained comparisons. @see Python/compile.c compiler_jump_if
 */
export function jumpIf(c: Compiler, loc: Location, e: N, next: number, cond: boolean): void {
  switch (e._type) {
    case 'UnaryOp':
      if (e.op._type === 'Not') { jumpIf(c, loc, e.operand, next, !cond); return; }
      break;
    case 'BoolOp': {
      const s: N[] = e.values;
      const n = s.length - 1;
      const cond2 = e.op._type === 'Or';
      let next2 = next;
      if (cond2 !== cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, s[i], next2, cond2);
      jumpIf(c, loc, s[n], next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case 'IfExp': {
      const end = c.newLabel(), next2 = c.newLabel();
      jumpIf(c, loc, e.test, next2, false);
      jumpIf(c, loc, e.body, next, cond);
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, loc, e.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case 'Compare': {
      const n = e.ops.length - 1;
      if (n > 0) {
        checkCompare(c, e);
        const eloc = LOC(e);
        const cleanup = c.newLabel();
        visitExpr(c, e.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, e.comparators[i]);
          c.addopI(Op.SWAP, 2, eloc);
          c.addopI(Op.COPY, 2, eloc);
          addCompare(c, e.ops[i], eloc);
          c.addop(Op.TO_BOOL, eloc);
          c.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, eloc);
        }
        visitExpr(c, e.comparators[n]);
        addCompare(c, e.ops[n], eloc);
        c.addop(Op.TO_BOOL, eloc);
        c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, eloc);
        const end = c.newLabel();
        c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Op.POP_TOP, eloc);
        if (!cond) c.addopJ(Op.JUMP_NO_INTERRUPT, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  visitExpr(c, e);
  c.addop(Op.TO_BOOL, LOC(e));
  c.addopJ(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, LOC(e));
}

/**
 * For an attribute spanning lines, point at the attribute name's line and column.
 * @see Python/compile.c update_start_location_to_match_attr
 */
export function updateStartLocationToMatchAttr(loc: Location, attr: N): Location {
  if (loc.lineno === attr.end_lineno) return loc;
  const l = { ...loc };
  l.lineno = attr.end_lineno;
  const len = [...attr.attr as string].length;
  if (len <= attr.end_col_offset) {
    l.col_offset = attr.end_col_offset - len;
  } else {
    l.col_offset = -1;
    l.end_col_offset = -1;
  }
  l.end_lineno = Math.max(l.lineno, l.end_lineno);
  if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
  return l;
}

export function isTwoElementSlice(s: N): boolean {
  return s._type === 'Slice' && s.step === null;
}

/** Pushes a slice's parts; returns how many (2 or 3). @see compiler_slice */
export function compileSlice(c: Compiler, s: N): number {
  let n = 2;
  if (s.lower !== null) visitExpr(c, s.lower);
  else c.loadConst(Py_None, LOC(s));
  if (s.upper !== null) visitExpr(c, s.upper);
  else c.loadConst(Py_None, LOC(s));
  if (s.step !== null) { n++; visitExpr(c, s.step); }
  return n;
}

function allConst(elts: N[], begin: number, end: number): boolean {
  for (let i = begin; i < end; i++) {
    const e = elts[i];
    if (e === null || e._type !== 'Constant') return false;
  }
  return true;
}

/**
 * Builds a list, tuple or set display, folding constant elements and unpacking starred
 * ones. @see Python/compile.c starunpack_helper
 */
function starunpackHelper(c: Compiler, loc: Location, elts: N[], pushed: number, build: number,
  add: number, extend: number, tuple: boolean): void {
  const n = elts.length;
  if (n > 2 && allConst(elts, 0, n)) {
    const items: PyObject[] = elts.map((e) => e.value);
    if (tuple && !pushed) {
      c.loadConst(newTuple(items), loc);
    } else {
      const folded = add === Op.SET_ADD ? newFrozenSet(items) : newTuple(items);
      c.addopI(build, pushed, loc);
      c.loadConst(folded as PyObject, loc);
      c.addopI(extend, 1, loc);
      if (tuple) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    }
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  let seenStar = false;
  for (const e of elts) if (e._type === 'Starred') { seenStar = true; break; }
  if (!seenStar && !big) {
    for (const e of elts) visitExpr(c, e);
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
    return;
  }
  let built = false;
  if (big) { c.addopI(build, pushed, loc); built = true; }
  for (let i = 0; i < n; i++) {
    const e = elts[i];
    if (e._type === 'Starred') {
      if (!built) { c.addopI(build, i + pushed, loc); built = true; }
      visitExpr(c, e.value);
      c.addopI(extend, 1, loc);
    } else {
      visitExpr(c, e);
      if (built) c.addopI(add, 1, loc);
    }
  }
  if (tuple) c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
}

function unpackHelper(c: Compiler, loc: Location, elts: N[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const e = elts[i];
    if (e._type === 'Starred' && !seenStar) {
      if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
        throw c.error('too many expressions in star-unpacking assignment', loc);
      }
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (e._type === 'Starred') {
      throw c.error('multiple starred expressions in assignment', loc);
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
}

function assignmentHelper(c: Compiler, loc: Location, elts: N[]): void {
  unpackHelper(c, loc, elts);
  for (const e of elts) visitExpr(c, e._type !== 'Starred' ? e : e.value);
}

function compileSequence(c: Compiler, e: N, tuple: boolean): void {
  const loc = LOC(e);
  const ctx = e.ctx._type;
  if (ctx === 'Store') assignmentHelper(c, loc, e.elts);
  else if (ctx === 'Load') {
    starunpackHelper(c, loc, e.elts, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, tuple);
  } else {
    for (const x of e.elts) visitExpr(c, x);
  }
}

function compileSubdict(c: Compiler, e: N, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const loc = LOC(e);
  if (n > 1 && !big && allConst(e.keys, begin, end)) {
    for (let i = begin; i < end; i++) visitExpr(c, e.values[i]);
    const keys: PyObject[] = [];
    for (let i = begin; i < end; i++) keys.push(e.keys[i].value);
    c.loadConst(newTuple(keys), loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0, loc);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]);
    visitExpr(c, e.values[i]);
    if (big) c.addopI(Op.MAP_ADD, 1, loc);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

function compileDict(c: Compiler, e: N): void {
  const loc = LOC(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      // `**mapping`
      if (elements) {
        compileSubdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) { c.addopI(Op.BUILD_MAP, 0, loc); haveDict = true; }
      visitExpr(c, e.values[i]);
      c.addopI(Op.DICT_UPDATE, 1, loc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      compileSubdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    compileSubdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0, loc);
}

function compileCompare(c: Compiler, e: N): void {
  checkCompare(c, e);
  const loc = LOC(e);
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]);
    addCompare(c, e.ops[0], loc);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]);
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.COPY, 2, loc);
    addCompare(c, e.ops[i], loc);
    c.addopI(Op.COPY, 1, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJ(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, e.comparators[n]);
  addCompare(c, e.ops[n], loc);
  const end = c.newLabel();
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addopI(Op.SWAP, 2, loc);
  c.addop(Op.POP_TOP, loc);
  c.useLabel(end);
}

function compileBoolOp(c: Compiler, e: N): void {
  const loc = LOC(e);
  const jump = e.op._type === 'And' ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
  const end = c.newLabel();
  const s: N[] = e.values;
  const n = s.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, s[i]);
    c.addopI(Op.COPY, 1, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJ(jump, end, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, s[n]);
  c.useLabel(end);
}

function compileSubscript(c: Compiler, e: N): void {
  const loc = LOC(e);
  const ctx = e.ctx._type;
  if (ctx === 'Load') {
    checkSubscripter(c, e.value);
    checkIndex(c, e.value, e.slice);
  }
  visitExpr(c, e.value);
  if (isTwoElementSlice(e.slice) && ctx !== 'Del') {
    compileSlice(c, e.slice);
    c.addop(ctx === 'Load' ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
  } else {
    visitExpr(c, e.slice);
    c.addop(ctx === 'Load' ? Op.BINARY_SUBSCR : ctx === 'Store' ? Op.STORE_SUBSCR
      : Op.DELETE_SUBSCR, loc);
  }
}

// ---- calls ----

function validateKeywords(c: Compiler, keywords: N[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const key = keywords[i];
    if (key.arg === null) continue;
    c.checkForbiddenName(key.arg, 'Store', LOC(key));
    for (let j = i + 1; j < keywords.length; j++) {
      const other = keywords[j];
      if (other.arg !== null && other.arg === key.arg) {
        throw c.error(`keyword argument repeated: ${key.arg}`, LOC(other));
      }
    }
  }
}

function callSimpleKwHelper(c: Compiler, loc: Location, keywords: N[]): void {
  c.loadConst(newTuple(keywords.map((k) => newStr(k.arg))), loc);
}

function subkwargs(c: Compiler, loc: Location, keywords: N[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (n > 1 && !big) {
    for (let i = begin; i < end; i++) visitExpr(c, keywords[i].value);
    const keys: PyObject[] = [];
    for (let i = begin; i < end; i++) keys.push(newStr(keywords[i].arg));
    c.loadConst(newTuple(keys), loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, n, loc);
    return;
  }
  if (big) c.addopI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    c.loadConst(newStr(keywords[i].arg), loc);
    visitExpr(c, keywords[i].value);
    if (big) c.addopI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

/**
 * Pushes the arguments and emits CALL, CALL_KW or CALL_FUNCTION_EX; `n` arguments are
 * already on the stack. @see Python/compile.c compiler_call_helper
 */
export function callHelper(c: Compiler, loc: Location, n: number, args: N[], keywords: N[])
  : void {
  validateKeywords(c, keywords);
  const nelts = args.length, nkwelts = keywords.length;
  let exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
  if (!exCall) for (const a of args) if (a._type === 'Starred') { exCall = true; break; }
  if (!exCall) for (const k of keywords) if (k.arg === null) { exCall = true; break; }
  if (!exCall) {
    for (const a of args) visitExpr(c, a);
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, loc, keywords);
      c.addopI(Op.CALL_KW, n + nelts + nkwelts, loc);
    } else {
      c.addopI(Op.CALL, n + nelts, loc);
    }
    return;
  }
  if (n === 0 && nelts === 1 && args[0]._type === 'Starred') {
    visitExpr(c, args[0].value);
  } else {
    starunpackHelper(c, loc, args, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const kw = keywords[i];
      if (kw.arg === null) {
        if (nseen) {
          subkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) { c.addopI(Op.BUILD_MAP, 0, loc); haveDict = true; }
        visitExpr(c, kw.value);
        c.addopI(Op.DICT_MERGE, 1, loc);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
    }
  }
  c.addopI(Op.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
}

function isImportOriginated(c: Compiler, e: N): boolean {
  if (e._type !== 'Name') return false;
  return (c.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
}

/** Can `super().attr` use LOAD_SUPER_ATTR? @see compiler.c can_optimize_super_call */
function canOptimizeSuperCall(c: Compiler, attr: N): boolean {
  const e = attr.value;
  if (e._type !== 'Call' || e.func._type !== 'Name' || e.func.id !== 'super' ||
    attr.attr === '__class__' || e.keywords.length !== 0) return false;
  const numArgs = e.args.length;
  // A visibly shadowed `super` is not the builtin.
  if (c.u.ste.getScope('super') !== Scope.GLOBAL_IMPLICIT) return false;
  if (c.st.top.getScope('super') !== Scope.NONE) return false;
  if (numArgs === 2) {
    for (const a of e.args) if (a._type === 'Starred') return false;
    return true;
  }
  if (numArgs !== 0) return false;
  // Zero-argument super() needs a first argument and the __class__ cell.
  if (c.u.md.argcount === 0 && c.u.md.posonlyargcount === 0) return false;
  return c.getRefType('__class__') === Scope.FREE;
}

function loadArgsForSuper(c: Compiler, e: N): void {
  const loc = LOC(e);
  c.nameop(e.func.id, 'Load', LOC(e.func));
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]);
    visitExpr(c, e.args[1]);
    return;
  }
  c.nameop('__class__', 'Load', loc);
  // The first argument, i.e. `self`.
  const first = c.u.md.varnames.keys().next().value as string;
  c.nameop(first, 'Load', loc);
}

/** `obj.meth(args)` as LOAD_ATTR (method form) + CALL. @see maybe_optimize_method_call */
function maybeOptimizeMethodCall(c: Compiler, e: N): boolean {
  const meth = e.func;
  const args: N[] = e.args, kwds: N[] = e.keywords;
  if (meth._type !== 'Attribute' || meth.ctx._type !== 'Load') return false;
  if (isImportOriginated(c, meth.value)) return false;
  const argsl = args.length, kwdsl = kwds.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  for (const a of args) if (a._type === 'Starred') return false;
  for (const k of kwds) if (k.arg === null) return false;
  let loc = LOC(meth);
  if (canOptimizeSuperCall(c, meth)) {
    loadArgsForSuper(c, meth.value);
    const op = meth.value.args.length ? Op.LOAD_SUPER_METHOD : Op.LOAD_ZERO_SUPER_METHOD;
    c.addopName(op, meth.attr, c.u.md.names, loc);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addop(Op.NOP, loc);
  } else {
    visitExpr(c, meth.value);
    loc = updateStartLocationToMatchAttr(loc, meth);
    c.addopName(Op.LOAD_METHOD, meth.attr, c.u.md.names, loc);
  }
  for (const a of args) visitExpr(c, a);
  if (kwdsl) {
    for (const k of kwds) visitExpr(c, k.value);
    callSimpleKwHelper(c, loc, kwds);
    loc = updateStartLocationToMatchAttr(LOC(e), meth);
    c.addopI(Op.CALL_KW, argsl + kwdsl, loc);
  } else {
    loc = updateStartLocationToMatchAttr(LOC(e), meth);
    c.addopI(Op.CALL, argsl, loc);
  }
  return true;
}

function compileCall(c: Compiler, e: N): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(c, e.func);
  visitExpr(c, e.func);
  c.addop(Op.PUSH_NULL, LOC(e.func));
  callHelper(c, LOC(e), 0, e.args, e.keywords);
}

// ---- f-strings ----

function compileJoinedStr(c: Compiler, e: N): void {
  const loc = LOC(e);
  const values: N[] = e.values;
  if (values.length > STACK_USE_GUIDELINE) {
    c.loadConst(newStr(''), loc);
    c.addopName(Op.LOAD_METHOD, 'join', c.u.md.names, loc);
    c.addopI(Op.BUILD_LIST, 0, loc);
    for (const v of values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1, loc);
    }
    c.addopI(Op.CALL, 1, loc);
    return;
  }
  for (const v of values) visitExpr(c, v);
  if (values.length > 1) c.addopI(Op.BUILD_STRING, values.length, loc);
  else if (values.length === 0) c.loadConst(newStr(''), loc);
}

function compileFormattedValue(c: Compiler, e: N): void {
  visitExpr(c, e.value);
  const loc = LOC(e);
  const conv: number = e.conversion;
  if (conv !== -1) {
    // FVC_STR, FVC_REPR, FVC_ASCII
    const oparg = conv === 115 ? 1 : conv === 114 ? 2 : conv === 97 ? 3 : -1;
    if (oparg < 0) throw new Error(`SystemError: Unrecognized conversion character ${conv}`);
    c.addopI(Op.CONVERT_VALUE, oparg, loc);
  }
  if (e.format_spec !== null) {
    visitExpr(c, e.format_spec);
    c.addop(Op.FORMAT_WITH_SPEC, loc);
  } else {
    c.addop(Op.FORMAT_SIMPLE, loc);
  }
}

// ---- the dispatcher ----

/** @see Python/compile.c compiler_visit_expr1 */
export function visitExpr(c: Compiler, e: N): void {
  const loc = LOC(e);
  switch (e._type) {
    case 'NamedExpr':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, loc);
      visitExpr(c, e.target);
      return;
    case 'BoolOp': compileBoolOp(c, e); return;
    case 'BinOp':
      visitExpr(c, e.left);
      visitExpr(c, e.right);
      c.addopI(Op.BINARY_OP, binopCode(e.op._type), loc);
      return;
    case 'UnaryOp':
      visitExpr(c, e.operand);
      switch (e.op._type) {
        case 'UAdd': c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc); break;
        case 'Not': c.addop(Op.TO_BOOL, loc); c.addop(Op.UNARY_NOT, loc); break;
        case 'Invert': c.addop(Op.UNARY_INVERT, loc); break;
        case 'USub': c.addop(Op.UNARY_NEGATIVE, loc); break;
      }
      return;
    case 'Lambda': compileLambda(c, e); return;
    case 'IfExp': {
      const end = c.newLabel(), next = c.newLabel();
      jumpIf(c, loc, e.test, next, false);
      visitExpr(c, e.body);
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(next);
      visitExpr(c, e.orelse);
      c.useLabel(end);
      return;
    }
    case 'Dict': compileDict(c, e); return;
    case 'Set':
      starunpackHelper(c, loc, e.elts, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case 'GeneratorExp':
      compileComprehension(c, e, Comp.GENEXP, '<genexpr>', e.generators, e.elt, null);
      return;
    case 'ListComp':
      compileComprehension(c, e, Comp.LISTCOMP, '<listcomp>', e.generators, e.elt, null);
      return;
    case 'SetComp':
      compileComprehension(c, e, Comp.SETCOMP, '<setcomp>', e.generators, e.elt, null);
      return;
    case 'DictComp':
      compileComprehension(c, e, Comp.DICTCOMP, '<dictcomp>', e.generators, e.key, e.value);
      return;
    case 'Yield':
      if (!c.u.ste.isFunctionLike()) throw c.error("'yield' outside function", loc);
      if (e.value !== null) visitExpr(c, e.value);
      else c.loadConst(Py_None, loc);
      addopYield(c, loc);
      return;
    case 'YieldFrom':
      if (!c.u.ste.isFunctionLike()) throw c.error("'yield' outside function", loc);
      if (c.u.scopeType === ScopeType.AsyncFunction) {
        throw c.error("'yield from' inside async function", loc);
      }
      visitExpr(c, e.value);
      c.addop(Op.GET_YIELD_FROM_ITER, loc);
      c.loadConst(Py_None, loc);
      addYieldFrom(c, loc, false);
      return;
    case 'Await':
      if (!c.isTopLevelAwait()) {
        if (!c.u.ste.isFunctionLike()) throw c.error("'await' outside function", loc);
        if (c.u.scopeType !== ScopeType.AsyncFunction &&
          c.u.scopeType !== ScopeType.Comprehension) {
          throw c.error("'await' outside async function", loc);
        }
      }
      visitExpr(c, e.value);
      c.addopI(Op.GET_AWAITABLE, 0, loc);
      c.loadConst(Py_None, loc);
      addYieldFrom(c, loc, true);
      return;
    case 'Compare': compileCompare(c, e); return;
    case 'Call': compileCall(c, e); return;
    case 'Constant': c.loadConst(e.value, loc); return;
    case 'JoinedStr': compileJoinedStr(c, e); return;
    case 'FormattedValue': compileFormattedValue(c, e); return;
    case 'Attribute': {
      const ctx = e.ctx._type;
      if (ctx === 'Load' && canOptimizeSuperCall(c, e)) {
        loadArgsForSuper(c, e.value);
        const op = e.value.args.length ? Op.LOAD_SUPER_ATTR : Op.LOAD_ZERO_SUPER_ATTR;
        c.addopName(op, e.attr, c.u.md.names, loc);
        c.addop(Op.NOP, updateStartLocationToMatchAttr(loc, e));
        return;
      }
      maybeAddStaticAttributeToClass(c, e);
      visitExpr(c, e.value);
      const aloc = updateStartLocationToMatchAttr(loc, e);
      if (ctx === 'Load') c.addopName(Op.LOAD_ATTR, e.attr, c.u.md.names, aloc);
      else if (ctx === 'Store') {
        c.checkForbiddenName(e.attr, 'Store', aloc);
        c.addopName(Op.STORE_ATTR, e.attr, c.u.md.names, aloc);
      } else {
        c.addopName(Op.DELETE_ATTR, e.attr, c.u.md.names, aloc);
      }
      return;
    }
    case 'Subscript': compileSubscript(c, e); return;
    case 'Starred':
      if (e.ctx._type === 'Store') {
        throw c.error('starred assignment target must be in a list or tuple', loc);
      }
      throw c.error("can't use starred expression here", loc);
    case 'Slice': {
      const n = compileSlice(c, e);
      c.addopI(Op.BUILD_SLICE, n, loc);
      return;
    }
    case 'Name': c.nameop(e.id, e.ctx._type, loc); return;
    case 'List': compileSequence(c, e, false); return;
    case 'Tuple': compileSequence(c, e, true); return;
    default: throw new Error(`SystemError: unexpected expression ${e._type}`);
  }
}

/** `self.x = ...` anywhere inside a class records `x` in `__static_attributes__`. */
function maybeAddStaticAttributeToClass(c: Compiler, e: N): void {
  const v = e.value;
  if (v._type !== 'Name' || e.ctx._type !== 'Store' || v.id !== 'self') return;
  // Only enclosing units count: `self.x = 1` directly in a class body does not.
  for (let i = c.stack.length - 1; i >= 0; i--) {
    const u = c.stack[i];
    if (u.scopeType === ScopeType.Class) { u.staticAttributes!.add(e.attr); break; }
  }
}
