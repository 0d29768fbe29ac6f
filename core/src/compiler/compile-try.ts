// Mirrors CPython 3.13's Python/compile.c, exception handling: try/except, try/except*
// (exception groups), try/finally, and with/async with, each as SETUP_* pseudo-ops whose
// handlers the back end turns into the exception table.

import { Op } from '../opcode.js';
import { Py_None } from '../objects/noneobject.js';
import { NO_LOCATION } from './instrseq.js';
import { Compiler, FBlock, LOC, NO_LABEL, ScopeType, INTRINSIC_PREP_RERAISE_STAR }
  from './compile.js';
import { visitExpr } from './compile-expr.js';
import { visitStmts, addYieldFrom, callExitWithNones, popExceptAndReraise }
  from './compile-stmt.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

export function compileTryFinally(c: Compiler, s: N, star: boolean): void {
  let loc = LOC(s);
  const body = c.newLabel(), end = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, end, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FBlock.FinallyTry, body, end, s.finalbody);
  if (s.handlers.length) {
    if (star) compileTryStarExcept(c, s);
    else compileTryExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FBlock.FinallyTry, body);
  visitStmts(c, s.finalbody);
  c.addopJ(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  // The exceptional path runs the finally body again, then re-raises.
  c.useLabel(end);
  loc = NO_LOCATION;
  c.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.pushFBlock(loc, FBlock.FinallyEnd, end, NO_LABEL, null);
  visitStmts(c, s.finalbody);
  c.popFBlock(FBlock.FinallyEnd, end);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

export function compileTryExcept(c: Compiler, s: N): void {
  const loc = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel(), cleanup = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FBlock.TryExcept, body, NO_LABEL, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlock.TryExcept, body);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  // The runtime pushes a block for the handler.
  c.pushFBlock(loc, FBlock.ExceptionHandler, NO_LABEL, NO_LABEL, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    const hloc = LOC(handler);
    if (handler.type === null && i < n - 1) throw c.error("default 'except:' must be last", hloc);
    except = c.newLabel();
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH, hloc);
      c.addopJ(Op.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name !== null) {
      const cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
      c.nameop(handler.name, 'Store', hloc);
      // `except E as name:` is `try: body finally: name = None; del name`.
      c.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlock.HandlerCleanup, cleanupBody, NO_LABEL, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock(FBlock.HandlerCleanup, cleanupBody);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(Py_None, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
      // Leaving a handler must not be interrupted: the exception state is being restored.
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(Py_None, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
      c.addopI(Op.RERAISE, 1, NO_LOCATION);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(Op.POP_TOP, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlock.HandlerCleanup, cleanupBody, NO_LABEL, null);
      visitStmts(c, handler.body);
      c.popFBlock(FBlock.HandlerCleanup, cleanupBody);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    }
    c.useLabel(except);
  }
  c.popFBlock(FBlock.ExceptionHandler, NO_LABEL);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(end);
}

export function compileTryStarExcept(c: Compiler, s: N): void {
  const loc = LOC(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel(), end = c.newLabel(), cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FBlock.TryExcept, body, NO_LABEL, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlock.TryExcept, body);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopJ(Op.JUMP_NO_INTERRUPT, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(loc, FBlock.ExceptionGroupHandler, NO_LABEL, NO_LABEL, 'except handler');
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i];
    const hloc = LOC(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel(), noMatch = c.newLabel();
    if (i === 0) {
      // [orig] -> [orig, [], exc]: the list collects what the handlers raise.
      c.addopI(Op.BUILD_LIST, 0, hloc);
      c.addopI(Op.COPY, 2, hloc);
    }
    if (handler.type !== null) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH, hloc);
      c.addopI(Op.COPY, 1, hloc);
      c.addopJ(Op.POP_JUMP_IF_NONE, noMatch, hloc);
    }
    const cleanupEnd = c.newLabel(), cleanupBody = c.newLabel();
    if (handler.name !== null) c.nameop(handler.name, 'Store', hloc);
    else c.addop(Op.POP_TOP, hloc);
    c.addopJ(Op.SETUP_CLEANUP, cleanupEnd, hloc);
    c.useLabel(cleanupBody);
    c.pushFBlock(hloc, FBlock.HandlerCleanup, cleanupBody, NO_LABEL, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock(FBlock.HandlerCleanup, cleanupBody);
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name !== null) {
      c.loadConst(Py_None, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
    }
    c.addopJ(Op.JUMP_NO_INTERRUPT, except, NO_LOCATION);
    c.useLabel(cleanupEnd);
    if (handler.name !== null) {
      c.loadConst(Py_None, NO_LOCATION);
      c.nameop(handler.name, 'Store', NO_LOCATION);
      c.nameop(handler.name, 'Del', NO_LOCATION);
    }
    // Add the exception the handler raised to the list.
    c.addopI(Op.LIST_APPEND, 3, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
    c.addopJ(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    c.addop(Op.NOP, NO_LOCATION);
    c.addopJ(Op.JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addop(Op.POP_TOP, hloc);
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest of the group joins the list too.
      c.addopI(Op.LIST_APPEND, 1, NO_LOCATION);
      c.addopJ(Op.JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
    }
  }
  c.popFBlock(FBlock.ExceptionGroupHandler, NO_LABEL);
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
  c.addopI(Op.COPY, 1, NO_LOCATION);
  c.addopJ(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJ(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.SWAP, 2, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.useLabel(end);
}

// ---- with ----

function withExceptFinish(c: Compiler, cleanup: number): void {
  const suppress = c.newLabel();
  c.addop(Op.TO_BOOL, NO_LOCATION);
  c.addopJ(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addopI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  const exit = c.newLabel();
  c.addopJ(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

export function compileWith(c: Compiler, s: N, pos: number): void {
  const item = s.items[pos];
  const block = c.newLabel(), final = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = LOC(item.context_expr);
  c.addop(Op.BEFORE_WITH, loc);
  c.addopJ(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FBlock.With, block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileWith(c, s, pos);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FBlock.With, block);
  // Normal exit: __exit__(None, None, None).
  callExitWithNones(c, loc);
  c.addop(Op.POP_TOP, loc);
  c.addopJ(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

export function compileAsyncWith(c: Compiler, s: N, pos: number): void {
  let loc = LOC(s);
  const item = s.items[pos];
  if (c.isTopLevelAwait()) c.u.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) {
    throw c.error("'async with' outside async function", loc);
  }
  const block = c.newLabel(), final = c.newLabel(), exit = c.newLabel(), cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  loc = LOC(item.context_expr);
  c.addop(Op.BEFORE_ASYNC_WITH, loc);
  c.addopI(Op.GET_AWAITABLE, 1, loc);
  c.loadConst(Py_None, loc);
  addYieldFrom(c, loc, true);
  c.addopJ(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FBlock.AsyncWith, block, final, s);
  if (item.optional_vars !== null) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  pos++;
  if (pos === s.items.length) visitStmts(c, s.body);
  else compileAsyncWith(c, s, pos);
  c.popFBlock(FBlock.AsyncWith, block);
  c.addop(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(Py_None, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_TOP, loc);
  c.addopJ(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJ(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(Py_None, loc);
  addYieldFrom(c, loc, true);
  withExceptFinish(c, cleanup);
  c.useLabel(exit);
}

