// Mirrors the optimisation passes of CPython 3.13's Python/flowgraph.c: small-block inlining,
// jump threading, the per-block peepholes (constant tests, tuple folding, swaps), NOP and
// jump removal and unused-constant pruning. Fast-local passes: flowgraph-locals.ts; cold
// blocks: flowgraph-cold.ts.

import { raise, PyExc_SystemError } from '../objects/exceptions.js';
import { Op } from '../opcode.js';
import type { PyObject } from '../object.js';
import {
  type BasicBlock, type CfgBuilder, type CfgInstr, hasTarget, hasJump, hasConst,
  isUnconditionalJumpOpcode, lastInstr, hasFallthrough, exitsScope,
  nextNonemptyBlock, copyInstr, setOp0, setOp1, addJump, removeUnreachable,
} from './flowgraph.js';
import { resolveLineNumbers } from './flowgraph-lines.js';
import { type ConstCache, addConst, constIsTrue, isNoneConst, makeConstTuple, boolConst } from
  './flowgraph-consts.js';

/** Blocks this small that end the scope are copied rather than jumped to. */
const MAX_COPY_SIZE = 4;

/**
 * Drops NOPs that carry no new line number; returns how many went.
 * @see Python/flowgraph.c basicblock_remove_redundant_nops
 */
function basicblockRemoveRedundantNops(bb: BasicBlock): number {
  const ins = bb.instrs;
  const n = ins.length;
  let dest = 0;
  let prevLineno = -1;
  for (let src = 0; src < n; src++) {
    const lineno = ins[src].loc.lineno;
    if (ins[src].opcode === Op.NOP) {
      // A NOP without a line, or on the line just seen, marks nothing.
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        // ... nor one whose successor is on the same line, or can inherit the line.
        const nextLineno = ins[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          ins[src + 1].loc = ins[src].loc;
          continue;
        }
      } else {
        const next = nextNonemptyBlock(bb.next);
        if (next !== null) {
          let nextLine = -1;
          for (const i of next.instrs) {
            // NOPs without a location will be removed, so look past them.
            if (i.opcode === Op.NOP && i.loc.lineno < 0) continue;
            nextLine = i.loc.lineno;
            break;
          }
          if (lineno === nextLine) continue;
        }
      }
    }
    if (dest !== src) ins[dest] = ins[src];
    dest++;
    prevLineno = lineno;
  }
  const removed = n - dest;
  ins.length = dest;
  return removed;
}

export function removeRedundantNops(g: CfgBuilder): number {
  let changes = 0;
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    changes += basicblockRemoveRedundantNops(b);
  }
  return changes;
}

/**
 * Removes `LOAD_CONST; POP_TOP` and `COPY 1; POP_TOP` pairs, also across fall-through
 * edges into unlabelled blocks. @see Python/flowgraph.c remove_redundant_nops_and_pairs
 */
function removeRedundantNopsAndPairs(entry: BasicBlock): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CfgInstr | null = null;
    let instr: CfgInstr | null = null;
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      basicblockRemoveRedundantNops(b);
      if (b.label >= 0) instr = null; // a jump target: the previous instruction may differ
      for (const ins of b.instrs) {
        prev = instr;
        instr = ins;
        const prevOp = prev !== null ? prev.opcode : 0;
        const prevArg = prev !== null ? prev.oparg : 0;
        if (ins.opcode === Op.POP_TOP &&
          (prevOp === Op.LOAD_CONST || (prevOp === Op.COPY && prevArg === 1))) {
          setOp0(prev!, Op.NOP);
          setOp0(ins, Op.NOP);
          done = false;
        }
      }
      if ((instr !== null && hasJump(instr.opcode)) || !hasFallthrough(b)) instr = null;
    }
  }
}

/**
 * An unconditional jump to the next non-empty block is redundant.
 * @see Python/flowgraph.c remove_redundant_jumps
 */
function removeRedundantJumps(g: CfgBuilder): number {
  let changes = 0;
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null) continue;
    if (isUnconditionalJumpOpcode(last.opcode)) {
      const jumpTarget = nextNonemptyBlock(last.target);
      if (jumpTarget === null) raise(PyExc_SystemError, 'jump with NULL target');
      if (jumpTarget === nextNonemptyBlock(b.next)) {
        changes++;
        setOp0(last, Op.NOP);
      }
    }
  }
  return changes;
}

/** @see Python/flowgraph.c remove_redundant_nops_and_jumps */
export function removeRedundantNopsAndJumps(g: CfgBuilder): void {
  let removed: number;
  do {
    removed = removeRedundantNops(g) + removeRedundantJumps(g);
  } while (removed > 0);
}

export function hasNoLineno(b: BasicBlock): boolean {
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

/**
 * A jump to a small exit block, or to a block without line numbers that does not fall
 * through, is replaced by a copy of that block.
 * @see Python/flowgraph.c basicblock_inline_small_or_no_lineno_blocks
 */
function inlineSmallOrNoLinenoBlock(bb: BasicBlock): boolean {
  let last = lastInstr(bb);
  if (last === null || !isUnconditionalJumpOpcode(last.opcode)) return false;
  const target = last.target!;
  const smallExitBlock = exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE;
  const noLinenoNoFallthrough = hasNoLineno(target) && !hasFallthrough(target);
  if (!smallExitBlock && !noLinenoNoFallthrough) return false;
  const removedJumpOpcode = last.opcode;
  setOp0(last, Op.NOP);
  for (const i of target.instrs) bb.instrs.push(copyInstr(i));
  if (noLinenoNoFallthrough) {
    last = lastInstr(bb)!;
    // Keep the eval-breaker check a JUMP implies (JUMP_NO_INTERRUPT has none).
    if (isUnconditionalJumpOpcode(last.opcode) && removedJumpOpcode === Op.JUMP) {
      last.opcode = Op.JUMP;
    }
  }
  target.predecessors--;
  return true;
}

function inlineSmallOrNoLinenoBlocks(entry: BasicBlock): void {
  let changes: boolean;
  do {
    changes = false;
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      if (inlineSmallOrNoLinenoBlock(b)) changes = true;
    }
  } while (changes);
}

/**
 * Jump to a jump: retarget `inst` (the last of bb) at the second jump's target.
 * @see Python/flowgraph.c jump_thread
 */
function jumpThread(bb: BasicBlock, inst: CfgInstr, target: CfgInstr, opcode: number): number {
  // bpo-45773: same target means nothing changes, and looping would never end.
  if (inst.target !== target.target) {
    setOp0(inst, Op.NOP);
    addJump(bb, opcode, target.target!, target.loc);
    return 1;
  }
  return 0;
}

/**
 * `LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n` becomes `LOAD_CONST (c1, ..., cn)`.
 * @see Python/flowgraph.c fold_tuple_on_constants (3.13)
 */
function foldTupleOnConstants(cache: ConstCache, bb: BasicBlock, start: number, n: number,
  consts: PyObject[]): void {
  const ins = bb.instrs;
  for (let i = 0; i < n; i++) if (!hasConst(ins[start + i].opcode)) return;
  const items: PyObject[] = new Array(n);
  for (let i = 0; i < n; i++) items[i] = consts[ins[start + i].oparg];
  const index = addConst(makeConstTuple(items), consts, cache);
  for (let i = 0; i < n; i++) setOp0(ins[start + i], Op.NOP);
  setOp1(ins[start + n], Op.LOAD_CONST, index);
}

const VISITED = -1;

/**
 * Replaces a run of SWAPs (and NOPs) by the shortest run with the same permutation.
 * Returns the index of the run's last instruction. @see Python/flowgraph.c swaptimize
 */
function swaptimize(block: BasicBlock, ix: number): number {
  const instrs = block.instrs;
  let depth = instrs[ix].oparg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].opcode;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].oparg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix; // a single SWAP is already optimal
  // Run the swaps on a model stack [0, 1, ..., depth-1] ...
  const stack: number[] = new Array(depth);
  for (let i = 0; i < depth; i++) stack[i] = i;
  for (let i = 0; i < len; i++) {
    const ins = instrs[ix + i];
    if (ins.opcode === Op.SWAP) {
      const top = stack[0];
      stack[0] = stack[ins.oparg - 1];
      stack[ins.oparg - 1] = top;
    }
  }
  // ... then emit, from the end of the run backwards, one SWAP per element of each cycle
  // of the permutation (0 has to join every cycle, since SWAP always involves the top).
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j !== 0) {
        const ins = instrs[ix + current--];
        ins.opcode = Op.SWAP;
        ins.oparg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp0(instrs[ix + current--], Op.NOP);
  return ix + len - 1;
}

// Instructions that only pop the top, cannot raise or run code, and so may be reordered.
function swappable(op: number): boolean {
  return op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
}
function storesTo(i: CfgInstr): number {
  return i.opcode === Op.STORE_FAST || i.opcode === Op.STORE_FAST_MAYBE_NULL ? i.oparg : -1;
}

function nextSwappableInstruction(block: BasicBlock, i: number, lineno: number): number {
  while (++i < block.instrs.length) {
    const ins = block.instrs[i];
    // Reordering across a line change would show in tracing which names are bound.
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.opcode === Op.NOP) continue;
    if (swappable(ins.opcode)) return i;
    return -1;
  }
  return -1;
}

/**
 * `SWAP 2; POP_TOP; STORE_FAST x` becomes `NOP; STORE_FAST x; POP_TOP`: swap the
 * instructions instead of the stack items. @see Python/flowgraph.c apply_static_swaps
 */
function applyStaticSwaps(block: BasicBlock, i: number): void {
  for (; i >= 0; i--) {
    const swap = block.instrs[i];
    if (swap.opcode !== Op.SWAP) {
      if (swap.opcode === Op.NOP || swappable(swap.opcode)) continue;
      return;
    }
    const j = nextSwappableInstruction(block, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = block.instrs[j].loc.lineno;
    for (let count = swap.oparg - 1; count > 0; count--) {
      k = nextSwappableInstruction(block, k, lineno);
      if (k < 0) return;
    }
    // Not safe if both store to the same local, or something between stores to either.
    const storeJ = storesTo(block.instrs[j]);
    const storeK = storesTo(block.instrs[k]);
    if (storeJ >= 0 || storeK >= 0) {
      if (storeJ === storeK) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(block.instrs[idx]);
        if (s >= 0 && (s === storeJ || s === storeK)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const tmp = block.instrs[j];
    block.instrs[j] = block.instrs[k];
    block.instrs[k] = tmp;
  }
}

/**
 * The peepholes, one block at a time. @see Python/flowgraph.c optimize_basic_block (3.13)
 */
function optimizeBasicBlock(cache: ConstCache, bb: BasicBlock, consts: PyObject[]): void {
  let opcode = 0;
  let oparg = 0;
  for (let i = 0; i < bb.instrs.length; i++) {
    const inst = bb.instrs[i];
    // `LOAD_CONST c; COPY 1` behaves as LOAD_CONST c for what follows (from `and`/`or`).
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.opcode === Op.COPY &&
      inst.oparg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.opcode;
      oparg = inst.oparg;
    }
    // The first instruction at the jump's target (CPython's codegen never targets an empty
    // block; a jump past the last instruction would, so it just finds nothing to thread).
    const target: CfgInstr | null = hasTarget(inst.opcode) ?
      inst.target!.instrs[0] ?? null : null;
    const targetOp = target !== null ? target.opcode : Op.NOP;
    const next = i + 1 < bb.instrs.length ? bb.instrs[i + 1] : null;
    const nextop = next !== null ? next.opcode : 0;
    switch (opcode) {
      case Op.LOAD_CONST:
        switch (nextop) {
          case Op.POP_JUMP_IF_FALSE:
          case Op.POP_JUMP_IF_TRUE: {
            // A constant condition: the jump is always or never taken.
            const isTrue = constIsTrue(consts[oparg]);
            setOp0(inst, Op.NOP);
            if (isTrue === (nextop === Op.POP_JUMP_IF_TRUE)) next!.opcode = Op.JUMP;
            else setOp0(next!, Op.NOP);
            break;
          }
          case Op.IS_OP: {
            // `None is x` tested by a jump becomes POP_JUMP_IF_[NOT_]NONE.
            if (!isNoneConst(consts[oparg])) break;
            if (bb.instrs.length <= i + 2) break;
            const isInstr = bb.instrs[i + 1];
            let jumpInstr = bb.instrs[i + 2];
            if (jumpInstr.opcode === Op.TO_BOOL) {
              setOp0(jumpInstr, Op.NOP);
              if (bb.instrs.length <= i + 3) break;
              jumpInstr = bb.instrs[i + 3];
            }
            let invert = isInstr.oparg !== 0;
            if (jumpInstr.opcode === Op.POP_JUMP_IF_FALSE) invert = !invert;
            else if (jumpInstr.opcode !== Op.POP_JUMP_IF_TRUE) break;
            setOp0(inst, Op.NOP);
            setOp0(isInstr, Op.NOP);
            jumpInstr.opcode = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
            break;
          }
          case Op.RETURN_VALUE:
            setOp0(inst, Op.NOP);
            setOp1(bb.instrs[++i], Op.RETURN_CONST, oparg);
            break;
          case Op.TO_BOOL: {
            const index = addConst(boolConst(constIsTrue(consts[oparg])), consts, cache);
            setOp0(inst, Op.NOP);
            setOp1(next!, Op.LOAD_CONST, index);
            break;
          }
        }
        break;
      case Op.BUILD_TUPLE:
        // BUILD_TUPLE n; UNPACK_SEQUENCE n: nothing for n = 1, a SWAP for 2 and 3.
        if (nextop === Op.UNPACK_SEQUENCE && oparg === next!.oparg) {
          if (oparg === 1) {
            setOp0(inst, Op.NOP);
            setOp0(next!, Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(inst, Op.NOP);
            next!.opcode = Op.SWAP;
            continue;
          }
        }
        if (i >= oparg) foldTupleOnConstants(cache, bb, i - oparg, oparg, consts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE:
      case Op.POP_JUMP_IF_NONE:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (targetOp === Op.JUMP) i -= jumpThread(bb, inst, target!, inst.opcode);
        break;
      case Op.JUMP:
      case Op.JUMP_NO_INTERRUPT:
        if (targetOp === Op.JUMP) {
          i -= jumpThread(bb, inst, target!, Op.JUMP);
          continue;
        }
        if (targetOp === Op.JUMP_NO_INTERRUPT) {
          i -= jumpThread(bb, inst, target!, opcode);
          continue;
        }
        break;
      case Op.STORE_FAST:
        // `x = x = v` on one line stores once.
        if (opcode === nextop && oparg === next!.oparg &&
          inst.loc.lineno === next!.loc.lineno) {
          inst.opcode = Op.POP_TOP;
          inst.oparg = 0;
        }
        break;
      case Op.SWAP:
        if (oparg === 1) setOp0(inst, Op.NOP);
        break;
      case Op.LOAD_GLOBAL:
        if (nextop === Op.PUSH_NULL && (oparg & 1) === 0) {
          setOp1(inst, Op.LOAD_GLOBAL, oparg | 1);
          setOp0(next!, Op.NOP);
        }
        break;
      case Op.COMPARE_OP:
        // Bit 4 of COMPARE_OP's oparg asks for a bool result, saving the TO_BOOL.
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(next!, Op.COMPARE_OP, oparg | 16);
          continue;
        }
        break;
      case Op.CONTAINS_OP:
      case Op.IS_OP:
        // Their result is already a bool. (3.13 leaves a following UNARY_NOT alone.)
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(next!, opcode, oparg);
          continue;
        }
        break;
      case Op.TO_BOOL:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          continue;
        }
        break;
      case Op.UNARY_NOT:
        if (nextop === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp0(next!, Op.UNARY_NOT);
          continue;
        }
        if (nextop === Op.UNARY_NOT) {
          setOp0(inst, Op.NOP);
          setOp0(next!, Op.NOP);
          continue;
        }
        break;
    }
  }
  for (let i = 0; i < bb.instrs.length; i++) {
    if (bb.instrs[i].opcode === Op.SWAP) {
      i = swaptimize(bb, i);
      applyStaticSwaps(bb, i);
    }
  }
}

/** @see Python/flowgraph.c optimize_cfg */
export function optimizeCfg(g: CfgBuilder, consts: PyObject[], cache: ConstCache,
  firstlineno: number): void {
  inlineSmallOrNoLinenoBlocks(g.entry);
  removeUnreachable(g.entry);
  resolveLineNumbers(g, firstlineno);
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    optimizeBasicBlock(cache, b, consts);
  }
  removeRedundantNopsAndPairs(g.entry);
  removeUnreachable(g.entry);
  removeRedundantNopsAndJumps(g);
}

/**
 * Drops constants no instruction loads (except index 0, which may be the docstring) and
 * renumbers the loads. @see Python/flowgraph.c remove_unused_consts
 */
export function removeUnusedConsts(entry: BasicBlock, consts: PyObject[]): void {
  const nconsts = consts.length;
  if (nconsts === 0) return;
  const indexMap: number[] = new Array(nconsts).fill(-1);
  indexMap[0] = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.opcode)) indexMap[ins.oparg] = ins.oparg;
  }
  let nUsed = 0;
  for (let i = 0; i < nconsts; i++) if (indexMap[i] !== -1) indexMap[nUsed++] = indexMap[i];
  if (nUsed === nconsts) return;
  for (let i = 0; i < nUsed; i++) consts[i] = consts[indexMap[i]];
  consts.length = nUsed;
  const reverse: number[] = new Array(nconsts).fill(-1);
  for (let i = 0; i < nUsed; i++) reverse[indexMap[i]] = i;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) if (hasConst(ins.opcode)) ins.oparg = reverse[ins.oparg];
  }
}
