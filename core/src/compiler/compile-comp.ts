// Mirrors CPython 3.13's Python/compile.c, comprehensions: list/set/dict comprehensions
// inlined into the enclosing frame (PEP 709, push/pop_inlined_comprehension_state), generator
// expressions as their own code objects, and the async variants.

import { Op } from '../opcode.js';
import { Py_None } from '../objects/noneobject.js';
import { NO_LOCATION, type Location } from './instrseq.js';
import { Compiler, FBlock, LOC, LOCATION, NO_LABEL, ScopeType, INTRINSIC_ASYNC_GEN_WRAP,
  RESUME_AFTER_YIELD } from './compile.js';
import { addYieldFrom } from './compile-stmt.js';
import { wrapInStopIterationHandler } from './compile-func.js';
import { visitExpr, jumpIf } from './compile-expr.js';
import { Scope, DEF_LOCAL, DEF_NONLOCAL, SCOPE_OFFSET, SCOPE_MASK, type SymtableEntry }
  from './symtable.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

export const enum Comp { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

/** Yield a value (wrapped for async generators) and resume. @see addop_yield */
export function addopYield(c: Compiler, loc: Location): void {
  const ste = c.u.ste;
  if (ste.generator && ste.coroutine) {
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
  }
  c.addopI(Op.YIELD_VALUE, 0, loc);
  c.addopI(Op.RESUME, RESUME_AFTER_YIELD, loc);
}

function comprehensionElement(c: Compiler, type: Comp, elt: N, val: N, depth: number): Location {
  let eltLoc = LOC(elt);
  switch (type) {
    case Comp.GENEXP:
      visitExpr(c, elt);
      addopYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case Comp.LISTCOMP:
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case Comp.SETCOMP:
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case Comp.DICTCOMP:
      // The key is evaluated before the value, as in `{k: v}`.
      visitExpr(c, elt);
      visitExpr(c, val);
      eltLoc = LOCATION(elt.lineno, val.end_lineno, elt.col_offset, val.end_col_offset);
      c.addopI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

function comprehensionGenerator(c: Compiler, loc: Location, gens: N[], genIndex: number,
  depth: number, elt: N, val: N, type: Comp, iterOnStack: boolean): void {
  if (gens[genIndex].is_async) {
    asyncComprehensionGenerator(c, loc, gens, genIndex, depth, elt, val, type, iterOnStack);
  } else {
    syncComprehensionGenerator(c, loc, gens, genIndex, depth, elt, val, type, iterOnStack);
  }
}

function syncComprehensionGenerator(c: Compiler, loc: Location, gens: N[], genIndex: number,
  depth: number, elt: N, val: N, type: Comp, iterOnStack: boolean): void {
  let start = c.newLabel();
  const ifCleanup = c.newLabel(), anchor = c.newLabel();
  const gen = gens[genIndex];
  if (!iterOnStack) {
    if (genIndex === 0) {
      // The outermost iterator arrives as the argument `.0`.
      c.u.md.argcount = 1;
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      // `for y in [f(x)]` is just an assignment: no loop.
      const it = gen.iter;
      const elts: N[] | null = it._type === 'List' || it._type === 'Tuple' ? it.elts : null;
      if (elts !== null && elts.length === 1 && elts[0]._type !== 'Starred') {
        visitExpr(c, elts[0]);
        start = NO_LABEL;
      }
      if (start !== NO_LABEL) {
        visitExpr(c, gen.iter);
        c.addop(Op.GET_ITER, LOC(gen.iter));
      }
    }
  }
  if (start !== NO_LABEL) {
    depth++;
    c.useLabel(start);
    c.addopJ(Op.FOR_ITER, anchor, LOC(gen.iter));
  }
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  if (++genIndex < gens.length) {
    comprehensionGenerator(c, loc, gens, genIndex, depth, elt, val, type, false);
  }
  let eltLoc = LOC(elt);
  if (genIndex >= gens.length) eltLoc = comprehensionElement(c, type, elt, val, depth);
  c.useLabel(ifCleanup);
  if (start !== NO_LABEL) {
    c.addopJ(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
  }
}

function asyncComprehensionGenerator(c: Compiler, loc: Location, gens: N[], genIndex: number,
  depth: number, elt: N, val: N, type: Comp, iterOnStack: boolean): void {
  const start = c.newLabel(), except = c.newLabel(), ifCleanup = c.newLabel();
  const gen = gens[genIndex];
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.u.md.argcount = 1;
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_AITER, LOC(gen.iter));
    }
  }
  c.useLabel(start);
  c.pushFBlock(loc, FBlock.AsyncComprehensionGenerator, start, NO_LABEL, null);
  c.addopJ(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(Py_None, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, gen.target);
  for (const e of gen.ifs) jumpIf(c, loc, e, ifCleanup, false);
  depth++;
  if (++genIndex < gens.length) {
    comprehensionGenerator(c, loc, gens, genIndex, depth, elt, val, type, false);
  }
  let eltLoc = LOC(elt);
  if (genIndex >= gens.length) eltLoc = comprehensionElement(c, type, elt, val, depth);
  c.useLabel(ifCleanup);
  c.addopJ(Op.JUMP, start, eltLoc);
  c.popFBlock(FBlock.AsyncComprehensionGenerator, start);
  c.useLabel(except);
  c.addop(Op.END_ASYNC_FOR, loc);
}

interface InlinedState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: number;
  end: number;
}

/**
 * PEP 709: run a comprehension in the enclosing frame. Its bound names are saved on the
 * stack (LOAD_FAST_AND_CLEAR) and restored afterwards, even on exceptions.
 * @see Python/compile.c push_inlined_comprehension_state
 */
function pushInlinedComprehensionState(c: Compiler, loc: Location, entry: SymtableEntry)
  : InlinedState {
  const u = c.u;
  const state: InlinedState = { pushedLocals: null, tempSymbols: null, fastHidden: null,
    cleanup: NO_LABEL, end: NO_LABEL };
  const inClassBlock = u.ste.type === 1 /* Class */ && !u.inInlinedComp;
  u.inInlinedComp++;
  for (const [k, symbol] of entry.symbols) {
    const scope = (symbol >> SCOPE_OFFSET) & SCOPE_MASK;
    const outv = u.ste.symbols.get(k) ?? 0;
    const outsc = (outv >> SCOPE_OFFSET) & SCOPE_MASK;
    if ((scope !== outsc && scope !== Scope.FREE && !(scope === Scope.CELL && outsc === Scope.FREE))
      || inClassBlock) {
      // Compile the name with its in-comprehension scope; restore the outer one after.
      if (state.tempSymbols === null) state.tempSymbols = new Map();
      u.ste.symbols.set(k, symbol);
      state.tempSymbols.set(k, outv);
    }
    if (((symbol & DEF_LOCAL) && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
      if (!u.ste.isFunctionLike()) {
        // Outside functions, the name temporarily becomes a fast local.
        if (u.md.fasthidden.get(k) !== true) {
          u.md.fasthidden.set(k, true);
          if (state.fastHidden === null) state.fastHidden = new Set();
          state.fastHidden.add(k);
        }
      }
      if (state.pushedLocals === null) state.pushedLocals = [];
      // For a cell this pushes the cell itself; a fresh one is made for the comprehension.
      c.addopName(Op.LOAD_FAST_AND_CLEAR, k, u.md.varnames, loc);
      if (scope === Scope.CELL) {
        if (outsc === Scope.FREE) c.addopName(Op.MAKE_CELL, k, u.md.freevars, loc);
        else c.addopName(Op.MAKE_CELL, k, u.md.cellvars, loc);
      }
      state.pushedLocals.push(k);
    }
  }
  if (state.pushedLocals !== null) {
    // Bring the outermost iterable back on top.
    c.addopI(Op.SWAP, state.pushedLocals.length + 1, loc);
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    // A virtual try/finally restoring the saved locals on exceptions.
    c.addopJ(Op.SETUP_FINALLY, state.cleanup, loc);
  }
  return state;
}

function restoreInlinedComprehensionLocals(c: Compiler, loc: Location, state: InlinedState)
  : void {
  const pushed = state.pushedLocals!;
  c.addopI(Op.SWAP, pushed.length + 1, loc);
  for (let i = pushed.length - 1; i >= 0; i--) {
    c.addopName(Op.STORE_FAST_MAYBE_NULL, pushed[i], c.u.md.varnames, loc);
  }
}

function popInlinedComprehensionState(c: Compiler, loc: Location, state: InlinedState): void {
  const u = c.u;
  u.inInlinedComp--;
  if (state.tempSymbols !== null) {
    for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
  }
  if (state.pushedLocals !== null) {
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    c.addopJ(Op.JUMP_NO_INTERRUPT, state.end, NO_LOCATION);
    c.useLabel(state.cleanup);
    // Drop the unfinished result beneath the exception.
    c.addopI(Op.SWAP, 2, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
    restoreInlinedComprehensionLocals(c, loc, state);
    c.addopI(Op.RERAISE, 0, NO_LOCATION);
    c.useLabel(state.end);
    restoreInlinedComprehensionLocals(c, loc, state);
  }
  if (state.fastHidden !== null) {
    // False, not deleted: the name keeps CO_FAST_HIDDEN.
    for (const k of state.fastHidden) u.md.fasthidden.set(k, false);
  }
}

function comprehensionIter(c: Compiler, comp: N): void {
  visitExpr(c, comp.iter);
  c.addop(comp.is_async ? Op.GET_AITER : Op.GET_ITER, LOC(comp.iter));
}

/** @see Python/compile.c compiler_comprehension */
export function compileComprehension(c: Compiler, e: N, type: Comp, name: string, gens: N[], elt: N,
  val: N): void {
  const scopeType = c.u.scopeType;
  const isTopLevelAwait = c.isTopLevelAwait();
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsync = entry.coroutine;
  let loc = LOC(e);
  const outermost = gens[0];
  let state: InlinedState | null = null;
  if (isInlined) {
    comprehensionIter(c, outermost);
    state = pushInlinedComprehensionState(c, loc, entry);
  } else {
    c.enterScope(name, ScopeType.Comprehension, e, e.lineno);
  }
  if (isAsync && type !== Comp.GENEXP && scopeType !== ScopeType.AsyncFunction &&
    scopeType !== ScopeType.Comprehension && !isTopLevelAwait) {
    throw c.error('asynchronous comprehension outside of an asynchronous function', loc);
  }
  if (type !== Comp.GENEXP) {
    const op = type === Comp.LISTCOMP ? Op.BUILD_LIST : type === Comp.SETCOMP ? Op.BUILD_SET
      : Op.BUILD_MAP;
    c.addopI(op, 0, loc);
    if (isInlined) c.addopI(Op.SWAP, 2, loc);
  }
  comprehensionGenerator(c, loc, gens, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedComprehensionState(c, loc, state!);
    return;
  }
  if (type !== Comp.GENEXP) c.addop(Op.RETURN_VALUE, LOC(e));
  else wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  if (isTopLevelAwait && isAsync) c.u.ste.coroutine = true;
  loc = LOC(e);
  c.makeClosure(co, 0, loc);
  comprehensionIter(c, outermost);
  c.addopI(Op.CALL, 0, loc);
  if (isAsync && type !== Comp.GENEXP) {
    c.addopI(Op.GET_AWAITABLE, 0, loc);
    c.loadConst(Py_None, loc);
    addYieldFrom(c, loc, true);
  }
}

