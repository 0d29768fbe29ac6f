// Mirrors CPython 3.13's Python/compile.c, the statements: compiler_visit_stmt and the code
// for loops and if, return/break/continue with their frame-block unwinding, imports,
// assert and the assignment forms. try and with are in compile-try.ts.

import { Op, NbOp } from '../opcode.js';
import { Py_None } from '../objects/noneobject.js';
import { newInt } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { NO_LOCATION, type Location } from './instrseq.js';
import {
  Compiler, FBlock, type FBlockInfo, LOC, NO_LABEL, ScopeType, INTRINSIC_IMPORT_STAR,
  INTRINSIC_PRINT,
  RESUME_AFTER_AWAIT, RESUME_AFTER_YIELD_FROM,
} from './compile.js';
import {
  visitExpr, jumpIf, binopCode, isTwoElementSlice, compileSlice,
  updateStartLocationToMatchAttr,
} from './compile-expr.js';
import { compileMatch } from './compile-pattern.js';
import { compileFunction, compileClass, compileTypeAlias } from './compile-func.js';
import {
  compileTryFinally, compileTryExcept, compileTryStarExcept, compileWith, compileAsyncWith,
} from './compile-try.js';
import { unparseExpr } from './unparse.js';
import { checkAssert } from './compile-checks.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

export function visitStmts(c: Compiler, body: N[]): void {
  for (const s of body) visitStmt(c, s);
}

/** @see Python/compile.c compiler_visit_stmt */
export function visitStmt(c: Compiler, s: N): void {
  switch (s._type) {
    case 'FunctionDef': compileFunction(c, s, false); break;
    case 'AsyncFunctionDef': compileFunction(c, s, true); break;
    case 'ClassDef': compileClass(c, s); break;
    case 'TypeAlias': compileTypeAlias(c, s); break;
    case 'Return': compileReturn(c, s); break;
    case 'Delete': for (const t of s.targets) visitExpr(c, t); break;
    case 'Assign': {
      const n = s.targets.length;
      visitExpr(c, s.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1, LOC(s));
        visitExpr(c, s.targets[i]);
      }
      break;
    }
    case 'AugAssign': compileAugAssign(c, s); break;
    case 'AnnAssign': compileAnnAssign(c, s); break;
    case 'For': compileFor(c, s); break;
    case 'AsyncFor': compileAsyncFor(c, s); break;
    case 'While': compileWhile(c, s); break;
    case 'If': compileIf(c, s); break;
    case 'Match': compileMatch(c, s); break;
    case 'Raise': {
      let n = 0;
      if (s.exc !== null) {
        visitExpr(c, s.exc);
        n++;
        if (s.cause !== null) { visitExpr(c, s.cause); n++; }
      }
      c.addopI(Op.RAISE_VARARGS, n, LOC(s));
      break;
    }
    case 'Try':
      if (s.finalbody.length) compileTryFinally(c, s, false);
      else compileTryExcept(c, s);
      break;
    case 'TryStar':
      if (s.finalbody.length) compileTryFinally(c, s, true);
      else compileTryStarExcept(c, s);
      break;
    case 'Assert': compileAssert(c, s); break;
    case 'Import': compileImport(c, s); break;
    case 'ImportFrom': compileFromImport(c, s); break;
    case 'Global': case 'Nonlocal': break;
    case 'Expr': compileStmtExpr(c, LOC(s), s.value); break;
    case 'Pass': c.addop(Op.NOP, LOC(s)); break;
    case 'Break': compileBreak(c, LOC(s)); break;
    case 'Continue': compileContinue(c, LOC(s)); break;
    case 'With': compileWith(c, s, 0); break;
    case 'AsyncWith': compileAsyncWith(c, s, 0); break;
    default: throw new Error(`SystemError: unexpected statement ${s._type}`);
  }
}

function compileStmtExpr(c: Compiler, loc: Location, value: N): void {
  if (c.interactive && c.nestlevel <= 1) {
    visitExpr(c, value);
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
    c.addop(Op.POP_TOP, NO_LOCATION);
    return;
  }
  if (value._type === 'Constant') {
    // A constant statement (a stray string, `...`) compiles to nothing but its line.
    c.addop(Op.NOP, loc);
    return;
  }
  visitExpr(c, value);
  c.addop(Op.POP_TOP, NO_LOCATION);
}

// ---- unwinding ----

export function callExitWithNones(c: Compiler, loc: Location): void {
  c.loadConst(Py_None, loc);
  c.loadConst(Py_None, loc);
  c.loadConst(Py_None, loc);
  c.addopI(Op.CALL, 2, loc);
}

/** `await`-style delegation: SEND / YIELD_VALUE loop. @see compiler_add_yield_from */
export function addYieldFrom(c: Compiler, loc: Location, isAwait: boolean): void {
  const send = c.newLabel(), fail = c.newLabel(), exit = c.newLabel();
  c.useLabel(send);
  c.addopJ(Op.SEND, exit, loc);
  // A virtual try/except: YIELD_VALUE raises only when close()/throw() do.
  c.addopJ(Op.SETUP_FINALLY, fail, loc);
  c.addopI(Op.YIELD_VALUE, 1, loc);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.RESUME, isAwait ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
  c.addopJ(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addop(Op.END_SEND, loc);
}

export function popExceptAndReraise(c: Compiler, loc: Location): void {
  c.addopI(Op.COPY, 3, loc);
  c.addop(Op.POP_EXCEPT, loc);
  c.addopI(Op.RERAISE, 1, loc);
}

/**
 * Emits what leaving one frame block early needs (pop the iterator, run the finally body,
 * call __exit__, ...). `ploc` is updated as CPython's location pointer is.
 * @see Python/compile.c compiler_unwind_fblock
 */
function unwindFBlock(c: Compiler, ploc: { loc: Location }, info: FBlockInfo,
  preserveTos: boolean): void {
  switch (info.type) {
    case FBlock.WhileLoop: case FBlock.ExceptionHandler: case FBlock.ExceptionGroupHandler:
    case FBlock.AsyncComprehensionGenerator: case FBlock.StopIteration:
      return;
    case FBlock.ForLoop:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
    case FBlock.TryExcept:
      c.addop(Op.POP_BLOCK, ploc.loc);
      return;
    case FBlock.FinallyTry:
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.pushFBlock(ploc.loc, FBlock.PopValue, NO_LABEL, NO_LABEL, null);
      visitStmts(c, info.datum);
      if (preserveTos) c.popFBlock(FBlock.PopValue, NO_LABEL);
      // The finally body runs "after" the unwinding statement.
      ploc.loc = NO_LOCATION;
      return;
    case FBlock.FinallyEnd:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      return;
    case FBlock.With: case FBlock.AsyncWith:
      ploc.loc = info.loc;
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      callExitWithNones(c, ploc.loc);
      if (info.type === FBlock.AsyncWith) {
        c.addopI(Op.GET_AWAITABLE, 2, ploc.loc);
        c.loadConst(Py_None, ploc.loc);
        addYieldFrom(c, ploc.loc, true);
      }
      c.addop(Op.POP_TOP, ploc.loc);
      ploc.loc = NO_LOCATION;
      return;
    case FBlock.HandlerCleanup:
      if (info.datum !== null) c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      if (info.datum !== null) {
        c.loadConst(Py_None, ploc.loc);
        c.nameop(info.datum, 'Store', ploc.loc);
        c.nameop(info.datum, 'Del', ploc.loc);
      }
      return;
    case FBlock.PopValue:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
  }
}

/** Unwinds every frame block up to (not including) the innermost loop if `wantLoop`. */
function unwindFBlockStack(c: Compiler, ploc: { loc: Location }, preserveTos: boolean,
  wantLoop: boolean): FBlockInfo | null {
  const fb = c.u.fblocks;
  if (fb.length === 0) return null;
  const top = fb[fb.length - 1];
  if (top.type === FBlock.ExceptionGroupHandler) {
    throw c.error("'break', 'continue' and 'return' cannot appear in an except* block",
      ploc.loc);
  }
  if (wantLoop && (top.type === FBlock.WhileLoop || top.type === FBlock.ForLoop)) return top;
  fb.pop();
  unwindFBlock(c, ploc, top, preserveTos);
  const loop = unwindFBlockStack(c, ploc, preserveTos, wantLoop);
  fb.push(top);
  return loop;
}

function compileReturn(c: Compiler, s: N): void {
  let loc = LOC(s);
  const value = s.value;
  const preserveTos = value !== null && value._type !== 'Constant';
  if (!c.u.ste.isFunctionLike()) throw c.error("'return' outside function", loc);
  if (value !== null && c.u.ste.coroutine && c.u.ste.generator) {
    throw c.error("'return' with value in async generator", loc);
  }
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // Keep a line event for the returned constant.
    loc = LOC(value);
    c.addop(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = LOC(s);
    c.addop(Op.NOP, loc);
  }
  const ploc = { loc };
  unwindFBlockStack(c, ploc, preserveTos, false);
  if (value === null) c.loadConst(Py_None, ploc.loc);
  else if (!preserveTos) c.loadConst(value.value, ploc.loc);
  c.addop(Op.RETURN_VALUE, ploc.loc);
}

function compileBreak(c: Compiler, loc: Location): void {
  c.addop(Op.NOP, loc);
  const ploc = { loc };
  const loop = unwindFBlockStack(c, ploc, false, true);
  if (loop === null) throw c.error("'break' outside loop", loc);
  unwindFBlock(c, ploc, loop, false);
  c.addopJ(Op.JUMP, loop.exit, ploc.loc);
}

function compileContinue(c: Compiler, loc: Location): void {
  c.addop(Op.NOP, loc);
  const ploc = { loc };
  const loop = unwindFBlockStack(c, ploc, false, true);
  if (loop === null) throw c.error("'continue' not properly in loop", loc);
  c.addopJ(Op.JUMP, loop.block, ploc.loc);
}

// ---- control flow ----

function compileIf(c: Compiler, s: N): void {
  const end = c.newLabel();
  let next = end;
  if (s.orelse.length) next = c.newLabel();
  jumpIf(c, LOC(s), s.test, next, false);
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.useLabel(end);
}

function compileWhile(c: Compiler, s: N): void {
  const loop = c.newLabel(), body = c.newLabel(), end = c.newLabel(), anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(LOC(s), FBlock.WhileLoop, loop, end, null);
  jumpIf(c, LOC(s), s.test, anchor, false);
  c.useLabel(body);
  visitStmts(c, s.body);
  // The test is compiled again at the bottom, so each iteration takes one jump.
  jumpIf(c, LOC(s), s.test, body, true);
  c.popFBlock(FBlock.WhileLoop, loop);
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileFor(c: Compiler, s: N): void {
  let loc = LOC(s);
  const start = c.newLabel(), body = c.newLabel(), cleanup = c.newLabel(), end = c.newLabel();
  c.pushFBlock(loc, FBlock.ForLoop, start, end, null);
  visitExpr(c, s.iter);
  loc = LOC(s.iter);
  c.addop(Op.GET_ITER, loc);
  c.useLabel(start);
  c.addopJ(Op.FOR_ITER, cleanup, loc);
  // For line tracing of multi-line for statements; removed later if redundant.
  c.addop(Op.NOP, LOC(s.target));
  c.useLabel(body);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  // END_FOR first: instrumentation relies on generators jumping to it.
  c.addop(Op.END_FOR, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.popFBlock(FBlock.ForLoop, start);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

function compileAsyncFor(c: Compiler, s: N): void {
  let loc = LOC(s);
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) {
    throw c.error("'async for' outside async function", loc);
  }
  const start = c.newLabel(), except = c.newLabel(), end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER, LOC(s.iter));
  c.useLabel(start);
  c.pushFBlock(loc, FBlock.ForLoop, start, end, null);
  // SETUP_FINALLY guards the __anext__ call.
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(Py_None, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJ(Op.JUMP, start, NO_LOCATION);
  c.popFBlock(FBlock.ForLoop, start);
  c.useLabel(except);
  // END_ASYNC_FOR belongs to the `for` line (the iterator), not the body.
  loc = LOC(s.iter);
  c.addop(Op.END_ASYNC_FOR, loc);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// ---- simple statements ----

function compileAssert(c: Compiler, s: N): void {
  checkAssert(c, s);
  if (c.optimize) return;
  const end = c.newLabel();
  jumpIf(c, LOC(s), s.test, end, true);
  c.addop(Op.LOAD_ASSERTION_ERROR, LOC(s));
  if (s.msg !== null) {
    visitExpr(c, s.msg);
    c.addopI(Op.CALL, 0, LOC(s));
  }
  c.addopI(Op.RAISE_VARARGS, 1, LOC(s.test));
  c.useLabel(end);
}

function compileImportAs(c: Compiler, loc: Location, name: string, asname: string): void {
  let dot = name.indexOf('.');
  if (dot >= 0) {
    // `import a.b.c as d` walks down the attributes with IMPORT_FROM.
    for (;;) {
      const pos = dot + 1;
      dot = name.indexOf('.', pos);
      const attr = name.slice(pos, dot >= 0 ? dot : name.length);
      c.addopN(Op.IMPORT_FROM, attr, c.u.md.names, loc);
      if (dot < 0) break;
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.POP_TOP, loc);
    }
    c.nameop(asname, 'Store', loc);
    c.addop(Op.POP_TOP, loc);
    return;
  }
  c.nameop(asname, 'Store', loc);
}

function compileImport(c: Compiler, s: N): void {
  const loc = LOC(s);
  for (const alias of s.names) {
    c.loadConst(newInt(0), loc);
    c.loadConst(Py_None, loc);
    c.addopName(Op.IMPORT_NAME, alias.name, c.u.md.names, loc);
    if (alias.asname !== null) {
      compileImportAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf('.');
      c.nameop(dot >= 0 ? alias.name.slice(0, dot) : alias.name, 'Store', loc);
    }
  }
}

function locationIsAfter(a: Location, b: Location): boolean {
  return a.lineno > b.lineno || (a.lineno === b.lineno && a.col_offset > b.end_col_offset);
}

function compileFromImport(c: Compiler, s: N): void {
  const loc = LOC(s);
  c.loadConst(newInt(s.level ?? 0), loc);
  const names = newTuple(s.names.map((a: N) => newStr(a.name)));
  if (locationIsAfter(loc, c.futureLocation) && s.module === '__future__' && !s.level) {
    throw c.error('from __future__ imports must occur at the beginning of the file', loc);
  }
  c.loadConst(names, loc);
  c.addopName(Op.IMPORT_NAME, s.module ?? '', c.u.md.names, loc);
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i];
    if (i === 0 && alias.name === '*') {
      c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name, c.u.md.names, loc);
    c.nameop(alias.asname ?? alias.name, 'Store', loc);
  }
  c.addop(Op.POP_TOP, loc);
}

function compileAugAssign(c: Compiler, s: N): void {
  const e = s.target;
  let loc = LOC(e);
  switch (e._type) {
    case 'Attribute':
      visitExpr(c, e.value);
      c.addopI(Op.COPY, 1, loc);
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopName(Op.LOAD_ATTR, e.attr, c.u.md.names, loc);
      break;
    case 'Subscript':
      visitExpr(c, e.value);
      if (isTwoElementSlice(e.slice)) {
        compileSlice(c, e.slice);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addop(Op.BINARY_SLICE, loc);
      } else {
        visitExpr(c, e.slice);
        c.addopI(Op.COPY, 2, loc);
        c.addopI(Op.COPY, 2, loc);
        c.addop(Op.BINARY_SUBSCR, loc);
      }
      break;
    case 'Name':
      c.nameop(e.id, 'Load', loc);
      break;
    default:
      throw new Error(`SystemError: invalid node type (${e._type}) for augmented assignment`);
  }
  visitExpr(c, s.value);
  c.addopI(Op.BINARY_OP, binopCode(s.op._type) + NbOp.INPLACE_ADD, LOC(s));
  loc = LOC(e);
  switch (e._type) {
    case 'Attribute':
      loc = updateStartLocationToMatchAttr(loc, e);
      c.addopI(Op.SWAP, 2, loc);
      c.addopName(Op.STORE_ATTR, e.attr, c.u.md.names, loc);
      break;
    case 'Subscript':
      if (isTwoElementSlice(e.slice)) {
        c.addopI(Op.SWAP, 4, loc);
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SLICE, loc);
      } else {
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    case 'Name':
      c.nameop(e.id, 'Store', loc);
      break;
  }
}

function checkAnnExpr(c: Compiler, e: N): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP, LOC(e));
}

function checkAnnSubscr(c: Compiler, e: N): void {
  switch (e._type) {
    case 'Slice':
      if (e.lower !== null) checkAnnExpr(c, e.lower);
      if (e.upper !== null) checkAnnExpr(c, e.upper);
      if (e.step !== null) checkAnnExpr(c, e.step);
      return;
    case 'Tuple':
      for (const x of e.elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

function compileAnnAssign(c: Compiler, s: N): void {
  const loc = LOC(s);
  const targ = s.target;
  // The assignment happens first.
  if (s.value !== null) {
    visitExpr(c, s.value);
    visitExpr(c, targ);
  }
  const moduleOrClass = c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class;
  switch (targ._type) {
    case 'Name':
      c.checkForbiddenName(targ.id, 'Store', loc);
      if (s.simple && moduleOrClass) {
        if (c.futureAnnotations) visitAnnExpr(c, s.annotation);
        else visitExpr(c, s.annotation);
        c.addopName(Op.LOAD_NAME, '__annotations__', c.u.md.names, loc);
        c.loadConst(newStr(c.mangle(targ.id)), loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    case 'Attribute':
      c.checkForbiddenName(targ.attr, 'Store', loc);
      if (s.value === null) checkAnnExpr(c, targ.value);
      break;
    case 'Subscript':
      if (s.value === null) {
        checkAnnExpr(c, targ.value);
        checkAnnSubscr(c, targ.slice);
      }
      break;
    default:
      throw new Error(`SystemError: invalid node type (${targ._type}) for annotated assignment`);
  }
  // A complex target's annotation is evaluated (in modules and classes) but not stored.
  if (!s.simple && !c.futureAnnotations && moduleOrClass) checkAnnExpr(c, s.annotation);
}

function visitAnnExpr(c: Compiler, e: N): void {
  c.loadConst(newStr(unparseExpr(e)), LOC(e));
}
