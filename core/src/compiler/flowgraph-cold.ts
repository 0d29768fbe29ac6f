// Mirrors the block-ordering pass of CPython 3.13's Python/flowgraph.c: blocks reachable only
// through exception handlers are "cold" and move after the normal path, so the hot code
// stays contiguous; a cold block falling into a warm one gets an explicit jump.

import { Op } from '../opcode.js';
import { NO_LOCATION } from './instrseq.js';
import {
  type BasicBlock, type CfgBuilder, hasJump, hasFallthrough, addJump, getMaxLabel,
  makeTraversalStack,
} from './flowgraph.js';
import { removeRedundantNopsAndJumps } from './flowgraph-optimize.js';

function markWarm(entry: BasicBlock): void {
  const stack = makeTraversalStack(entry);
  stack.push(entry);
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next !== null && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (hasJump(ins.opcode) && !ins.target!.visited) {
        stack.push(ins.target!);
        ins.target!.visited = true;
      }
    }
  }
}

/** Cold: reachable only through exception handlers. @see Python/flowgraph.c mark_cold */
function markCold(entry: BasicBlock): void {
  markWarm(entry);
  const stack = makeTraversalStack(entry);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length > 0) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next !== null && hasFallthrough(b) && !next.warm && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const ins of b.instrs) {
      if (hasJump(ins.opcode)) {
        const t = ins.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

/**
 * Moves exception-only code after the normal path, so the hot path stays contiguous.
 * @see Python/flowgraph.c push_cold_blocks_to_end
 */
export function pushColdBlocksToEnd(g: CfgBuilder): void {
  const entry = g.entry;
  if (entry.next === null) return;
  markCold(entry);
  let nextLbl = getMaxLabel(entry) + 1;
  // A cold block falling into a warm one gets an explicit jump instead.
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next !== null && b.next.warm) {
      const explicitJump = g.newBlock();
      if (b.next.label < 0) b.next.label = nextLbl++;
      addJump(explicitJump, Op.JUMP_NO_INTERRUPT, b.next, NO_LOCATION);
      explicitJump.cold = true;
      explicitJump.next = b.next;
      explicitJump.predecessors = 1;
      b.next = explicitJump;
    }
  }
  let coldBlocks: BasicBlock | null = null;
  let coldTail: BasicBlock | null = null;
  let b: BasicBlock = entry;
  while (b.next !== null) {
    while (b.next !== null && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let bEnd: BasicBlock = b.next;
    while (bEnd.next !== null && bEnd.next.cold) bEnd = bEnd.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = bEnd;
    b.next = bEnd.next;
    bEnd.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantNopsAndJumps(g);
}
