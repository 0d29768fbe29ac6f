// Mirrors the fast-local passes of CPython 3.13's Python/flowgraph.c: LOAD_FAST becomes
// LOAD_FAST_CHECK where the local may be unbound (a dataflow over the CFG), and adjacent
// LOAD_FAST / STORE_FAST pairs become superinstructions.

import { Op } from '../opcode.js';
import {
  type BasicBlock, type CfgBuilder, type CfgInstr, hasJump, lastInstr, hasFallthrough, setOp0,
  setOp1, makeTraversalStack,
} from './flowgraph.js';
import { removeRedundantNops } from './flowgraph-optimize.js';

// The 64-bit "maybe unbound" mask of CPython is kept as two 32-bit halves (locals 0-31 and
// 32-63): plain numbers are much cheaper than bigints in this hot dataflow loop.
function maybePush(b: BasicBlock, lo: number, hi: number, sp: BasicBlock[]): void {
  const bothLo = b.unsafeLo | lo;
  const bothHi = b.unsafeHi | hi;
  if (b.unsafeLo !== bothLo || b.unsafeHi !== bothHi) {
    b.unsafeLo = bothLo;
    b.unsafeHi = bothHi;
    // `visited` here means "on the work stack".
    if (!b.visited) {
      sp.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: BasicBlock, sp: BasicBlock[]): void {
  let lo = b.unsafeLo;
  let hi = b.unsafeHi;
  for (const ins of b.instrs) {
    if (ins.except !== null) maybePush(ins.except, lo, hi, sp);
    const arg = ins.oparg;
    if (arg >= 64) continue;
    const bit = 1 << (arg & 31); // the bit within its half
    const high = arg >= 32;
    switch (ins.opcode) {
      case Op.DELETE_FAST:
      case Op.LOAD_FAST_AND_CLEAR:
      case Op.STORE_FAST_MAYBE_NULL:
        if (high) hi |= bit; else lo |= bit;
        break;
      case Op.STORE_FAST:
      case Op.LOAD_FAST_CHECK: // if it does not raise, the local is bound from here on
        if (high) hi &= ~bit; else lo &= ~bit;
        break;
      case Op.LOAD_FAST:
        if (((high ? hi : lo) & bit) !== 0) ins.opcode = Op.LOAD_FAST_CHECK;
        if (high) hi &= ~bit; else lo &= ~bit;
        break;
    }
  }
  if (b.next !== null && hasFallthrough(b)) maybePush(b.next, lo, hi, sp);
  const last = lastInstr(b);
  if (last !== null && hasJump(last.opcode)) maybePush(last.target!, lo, hi, sp);
}

/** Locals past 64 are tracked within one block only, to stay linear. */
function fastScanManyLocals(entry: BasicBlock, nlocals: number): void {
  const states = new Float64Array(nlocals - 64);
  let blocknum = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    blocknum++;
    for (const ins of b.instrs) {
      const arg = ins.oparg;
      if (arg < 64) continue;
      switch (ins.opcode) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
        case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) ins.opcode = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

/** @see Python/flowgraph.c add_checks_for_loads_of_uninitialized_variables */
export function addChecksForLoadsOfUninitializedVariables(entry: BasicBlock, nlocals: number,
  nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(entry, nlocals);
    nlocals = 64;
  }
  const sp = makeTraversalStack(entry);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.unsafeLo = b.unsafeHi = 0;
  // Non-parameter locals start unbound ...
  let startLo = 0;
  let startHi = 0;
  for (let i = nparams; i < nlocals; i++) {
    if (i < 32) startLo |= 1 << i; else startHi |= 1 << (i - 32);
  }
  maybePush(entry, startLo, startHi, sp);
  // ... and a DELETE_FAST anywhere makes its local unbound after it.
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) scanBlockForLocals(b, sp);
  while (sp.length > 0) {
    const b = sp.pop()!;
    b.visited = false;
    scanBlockForLocals(b, sp);
  }
}

function makeSuperInstruction(inst1: CfgInstr, inst2: CfgInstr, superOp: number): void {
  const line1 = inst1.loc.lineno;
  const line2 = inst2.loc.lineno;
  if (line1 >= 0 && line2 >= 0 && line1 !== line2) return;
  if (inst1.oparg >= 16 || inst2.oparg >= 16) return;
  setOp1(inst1, superOp, (inst1.oparg << 4) | inst2.oparg);
  setOp0(inst2, Op.NOP);
}

/**
 * Pairs of fast-local loads and stores on one line, both with index < 16, become one
 * instruction. @see Python/flowgraph.c insert_superinstructions
 */
export function insertSuperinstructions(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    const ins = b.instrs;
    for (let i = 0; i < ins.length; i++) {
      const inst = ins[i];
      const nextop = i + 1 < ins.length ? ins[i + 1].opcode : 0;
      if (inst.opcode === Op.LOAD_FAST) {
        if (nextop === Op.LOAD_FAST) makeSuperInstruction(inst, ins[i + 1], Op.LOAD_FAST_LOAD_FAST);
      } else if (inst.opcode === Op.STORE_FAST) {
        if (nextop === Op.LOAD_FAST) {
          makeSuperInstruction(inst, ins[i + 1], Op.STORE_FAST_LOAD_FAST);
        } else if (nextop === Op.STORE_FAST) {
          makeSuperInstruction(inst, ins[i + 1], Op.STORE_FAST_STORE_FAST);
        }
      }
    }
  }
  removeRedundantNops(g);
}
