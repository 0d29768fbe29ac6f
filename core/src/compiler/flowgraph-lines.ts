// Mirrors the line-number passes of CPython 3.13's Python/flowgraph.c: PEP 626 wants every
// instruction that can end a frame or run the eval breaker to carry a line, so exit blocks
// without one are duplicated per predecessor and then inherit their predecessor's line.

import { raise, PyExc_SystemError } from '../objects/exceptions.js';
import { Op } from '../opcode.js';
import { NO_LOCATION, type Location } from './instrseq.js';
import {
  type BasicBlock, type CfgBuilder, hasJump, lastInstr, hasFallthrough, exitsScope,
  nextNonemptyBlock, copyInstr, noFallthrough, getMaxLabel,
} from './flowgraph.js';

/** Opcodes flagged HAS_EVAL_BREAK in 3.13's opcode metadata (unspecialised forms). */
function hasEvalBreak(op: number): boolean {
  switch (op) {
    case Op.CALL: case Op.CALL_FUNCTION_EX: case Op.CALL_KW: case Op.JUMP_BACKWARD:
    case Op.RESUME: case Op.JUMP:
      return true;
  }
  return false;
}

function blockHasEvalBreak(b: BasicBlock): boolean {
  for (const i of b.instrs) if (hasEvalBreak(i.opcode)) return true;
  return false;
}

function blockHasNoLineno(b: BasicBlock): boolean {
  for (const i of b.instrs) if (i.loc.lineno >= 0) return false;
  return true;
}

function isExitOrEvalCheckWithoutLineno(b: BasicBlock): boolean {
  if (exitsScope(b) || blockHasEvalBreak(b)) return blockHasNoLineno(b);
  return false;
}

/**
 * Copies each jumped-to exit block without a line number so that every copy has a single
 * predecessor, whose line it then takes. @see duplicate_exits_without_lineno
 */
function duplicateExitsWithoutLineno(g: CfgBuilder): void {
  let nextLbl = getMaxLabel(g.entry) + 1;
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null) continue;
    if (hasJump(last.opcode)) {
      const target = nextNonemptyBlock(last.target);
      if (target !== null && isExitOrEvalCheckWithoutLineno(target) &&
        target.predecessors > 1) {
        // copy_basicblock: only blocks without fall-through can be copied.
        if (!noFallthrough(target)) {
          raise(PyExc_SystemError, 'flowgraph: copying a fall-through block');
        }
        const newTarget = g.newBlock();
        for (const i of target.instrs) newTarget.instrs.push(copyInstr(i));
        newTarget.instrs[0].loc = last.loc;
        last.target = newTarget;
        target.predecessors--;
        newTarget.predecessors = 1;
        newTarget.next = target.next;
        newTarget.label = nextLbl++;
        target.next = newTarget;
      }
    }
  }
  // The remaining exit blocks without a line are reached only by falling through.
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    if (hasFallthrough(b) && b.next !== null && b.instrs.length > 0) {
      if (isExitOrEvalCheckWithoutLineno(b.next)) {
        b.next.instrs[0].loc = lastInstr(b)!.loc;
      }
    }
  }
}

/**
 * An instruction without a line takes the previous one's; a successor block with a single
 * predecessor takes the line its predecessor ended on. @see propagate_line_numbers
 */
function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last === null) continue;
    let prev: Location = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno === -1) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next !== null && b.next.predecessors === 1) {
      if (b.next.instrs.length > 0 && b.next.instrs[0].loc.lineno === -1) {
        b.next.instrs[0].loc = prev;
      }
    }
    if (hasJump(last.opcode)) {
      const target = last.target!;
      if (target.predecessors === 1 && target.instrs.length > 0 &&
        target.instrs[0].loc.lineno === -1) {
        target.instrs[0].loc = prev;
      }
    }
  }
}

/** @see Python/flowgraph.c resolve_line_numbers */
export function resolveLineNumbers(g: CfgBuilder, _firstlineno: number): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g.entry);
}
