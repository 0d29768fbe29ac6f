// Mirrors CPython 3.13's Python/flowgraph.c (the CFG itself): basic blocks built from the
// instruction sequence, jump targets, exception-handler labelling, reachability, stack depth,
// pseudo-op conversion, and the flattening back into a sequence. The passes live in
// flowgraph-{optimize,locals,cold,lines,localsplus}.ts; constants in flowgraph-consts.ts.

import { raise, PyExc_SystemError, PyExc_ValueError } from '../objects/exceptions.js';
import { Op, opFlags, OpFlag, stackEffect, INVALID_STACK_EFFECT } from '../opcode.js';
import type { PyObject } from '../object.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../objects/codeobject.js';
import { type CodeUnitMetadata, Instr, type InstrSequence, type Location } from './instrseq.js';
import { optimizeCfg, removeUnusedConsts, removeRedundantNopsAndJumps } from
  './flowgraph-optimize.js';
import { addChecksForLoadsOfUninitializedVariables, insertSuperinstructions } from
  './flowgraph-locals.js';
import { pushColdBlocksToEnd } from './flowgraph-cold.js';
import { resolveLineNumbers } from './flowgraph-lines.js';
import { prepareLocalsplus } from './flowgraph-localsplus.js';
import { type ConstCache, seedConstCache } from './flowgraph-consts.js';

/** CPython's CO_MAXBLOCKS: how deep try/with blocks may nest. */
export const CO_MAXBLOCKS = 21;
/** RESUME's oparg for the function-start RESUME (`RESUME_AT_FUNC_START`). */
const RESUME_AT_FUNC_START = 0;
/** Set on RESUME after a yield that sits directly in the generator's own handler. */
const RESUME_OPARG_DEPTH1_MASK = 4;


/** One instruction inside a block; `target` is set for jumps and SETUP_* pseudo-ops. */
export interface CfgInstr {
  opcode: number;
  oparg: number;
  loc: Location;
  target: BasicBlock | null;
  /** The handler that catches an exception raised here (set by labelExceptionTargets). */
  except: BasicBlock | null;
}

/** The except stack at a point of the CFG: handlers[1..depth] are the enclosing handlers. */
interface ExceptStack {
  handlers: (BasicBlock | null)[];
  depth: number;
}

/** A basic block: straight-line code, entered at the top, left at the bottom. */
export class BasicBlock {
  /** Label id when the block is a jump target, -1 otherwise. */
  label = -1;
  instrs: CfgInstr[] = [];
  /** The block reached by falling off the end (also the layout order). */
  next: BasicBlock | null = null;
  exceptStack: ExceptStack | null = null;
  /** Bit i set: local i may be unbound on entry (locals 0-31 in Lo, 32-63 in Hi). */
  unsafeLo = 0;
  unsafeHi = 0;
  predecessors = 0;
  startdepth = 0;
  preserveLasti = false;
  visited = false;
  exceptHandler = false;
  cold = false;
  warm = false;
}

/** CPython's cfg_builder: the entry block plus every block ever allocated. */
export class CfgBuilder {
  entry: BasicBlock;
  /** All allocated blocks (CPython's b_list chain), so labels stay unique. */
  readonly allBlocks: BasicBlock[] = [];
  cur: BasicBlock;
  currentLabel = -1;

  constructor() {
    this.entry = this.newBlock();
    this.cur = this.entry;
  }

  newBlock(): BasicBlock {
    const b = new BasicBlock();
    this.allBlocks.push(b);
    return b;
  }

  /** @see Python/flowgraph.c cfg_builder_current_block_is_terminated */
  private currentBlockIsTerminated(): boolean {
    const last = lastInstr(this.cur);
    if (last !== null && isTerminatorOpcode(last.opcode)) return true;
    if (this.currentLabel >= 0) {
      if (last !== null || this.cur.label >= 0) return true;
      // An empty, unlabelled block simply takes the label.
      this.cur.label = this.currentLabel;
      this.currentLabel = -1;
    }
    return false;
  }

  /** @see Python/flowgraph.c cfg_builder_maybe_start_new_block */
  private maybeStartNewBlock(): void {
    if (this.currentBlockIsTerminated()) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = -1;
      this.cur.next = b;
      this.cur = b;
    }
  }

  useLabel(label: number): void {
    this.currentLabel = label;
    this.maybeStartNewBlock();
  }

  addOp(opcode: number, oparg: number, loc: Location): void {
    this.maybeStartNewBlock();
    this.cur.instrs.push(new Instr(opcode, oparg, loc) as unknown as CfgInstr);
  }

  /** addOp for an instruction object the code generator already made. */
  addInstr(ins: CfgInstr): void {
    this.maybeStartNewBlock();
    this.cur.instrs.push(ins);
  }
}

// ---- opcode predicates (Include/internal/pycore_opcode_utils.h) ----

export function hasJump(op: number): boolean {
  return op < 268 && (opFlags[op] & OpFlag.JUMP) !== 0;
}
export function isBlockPush(op: number): boolean {
  return op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
}
export function hasTarget(op: number): boolean {
  return hasJump(op) || isBlockPush(op);
}
export function isScopeExitOpcode(op: number): boolean {
  return op === Op.RETURN_VALUE || op === Op.RETURN_CONST || op === Op.RAISE_VARARGS ||
    op === Op.RERAISE;
}
export function isUnconditionalJumpOpcode(op: number): boolean {
  return op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD ||
    op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;
}
export function isConditionalJumpOpcode(op: number): boolean {
  return op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE ||
    op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE;
}
export function isTerminatorOpcode(op: number): boolean {
  return hasJump(op) || isScopeExitOpcode(op);
}
export function hasConst(op: number): boolean {
  return op === Op.LOAD_CONST || op === Op.RETURN_CONST;
}

// ---- block helpers ----

export function lastInstr(b: BasicBlock): CfgInstr | null {
  const n = b.instrs.length;
  return n > 0 ? b.instrs[n - 1] : null;
}

/** Does control never fall off the end of b? @see basicblock_nofallthrough */
export function noFallthrough(b: BasicBlock): boolean {
  const last = lastInstr(b);
  return last !== null &&
    (isScopeExitOpcode(last.opcode) || isUnconditionalJumpOpcode(last.opcode));
}
export function hasFallthrough(b: BasicBlock): boolean {
  return !noFallthrough(b);
}
export function exitsScope(b: BasicBlock): boolean {
  const last = lastInstr(b);
  return last !== null && isScopeExitOpcode(last.opcode);
}
export function nextNonemptyBlock(b: BasicBlock | null): BasicBlock | null {
  while (b !== null && b.instrs.length === 0) b = b.next;
  return b;
}
export function copyInstr(i: CfgInstr): CfgInstr {
  const c = new Instr(i.opcode, i.oparg, i.loc) as unknown as CfgInstr;
  c.target = i.target;
  c.except = i.except;
  return c;
}
/** Turn i into a no-argument instruction (INSTR_SET_OP0). */
export function setOp0(i: CfgInstr, op: number): void {
  i.opcode = op;
  i.oparg = 0;
}
export function setOp1(i: CfgInstr, op: number, arg: number): void {
  i.opcode = op;
  i.oparg = arg;
}
export function addJump(b: BasicBlock, op: number, target: BasicBlock, loc: Location): void {
  const ins = new Instr(op, target.label, loc) as unknown as CfgInstr;
  ins.target = target;
  b.instrs.push(ins);
}
export function getMaxLabel(entry: BasicBlock): number {
  let lbl = -1;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) if (b.label > lbl) lbl = b.label;
  return lbl;
}
/** Clears `visited` on every block and returns an empty work stack. */
export function makeTraversalStack(entry: BasicBlock): BasicBlock[] {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.visited = false;
  return [];
}

// ---- construction ----

let targetMarks = new Uint8Array(1024);

/**
 * Builds the CFG: a new block starts at every jump target and after every terminator.
 * @see Python/flowgraph.c _PyCfg_FromInstructionSequence
 */
export function cfgFromInstructionSequence(seq: InstrSequence): CfgBuilder {
  const n = seq.instrs.length;
  // Labels become instruction indices, as _PyInstructionSequence_ApplyLabelMap does. The
  // marks live in one scratch buffer shared by every code unit: allocating a typed array per
  // unit cost more than the loop that fills it.
  if (targetMarks.length < n + 1) targetMarks = new Uint8Array(2 * (n + 1));
  const isTarget = targetMarks;
  for (let i = 0; i < n; i++) {
    const ins = seq.instrs[i];
    if (hasTarget(ins.opcode)) {
      const idx = seq.labelMap[ins.oparg];
      if (idx === undefined || idx < 0) {
        isTarget.fill(0, 0, n + 1);
        raise(PyExc_SystemError, `flowgraph: label ${ins.oparg} unused`);
      }
      isTarget[idx] = 1;
    }
  }
  const g = new CfgBuilder();
  for (let i = 0; i < n; i++) {
    const ins = seq.instrs[i];
    if (isTarget[i]) { g.useLabel(i); isTarget[i] = 0; }
    if (hasTarget(ins.opcode)) ins.oparg = seq.labelMap[ins.oparg];
    g.addInstr(ins as unknown as CfgInstr);
  }
  // A label used after the last instruction still names a (empty) block.
  if (isTarget[n]) { g.useLabel(n); isTarget[n] = 0; }
  return g;
}

/** @see Python/flowgraph.c check_cfg */
function checkCfg(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    const n = b.instrs.length;
    for (let i = 0; i < n; i++) {
      if (isTerminatorOpcode(b.instrs[i].opcode) && i !== n - 1) {
        raise(PyExc_SystemError, 'malformed control flow graph.');
      }
    }
  }
}

/** @see Python/flowgraph.c translate_jump_labels_to_targets */
function translateJumpLabelsToTargets(entry: BasicBlock): void {
  const label2block = new Map<number, BasicBlock>();
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.label >= 0) label2block.set(b.label, b);
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (hasTarget(ins.opcode)) {
        const t = label2block.get(ins.oparg);
        if (t === undefined) raise(PyExc_SystemError, `flowgraph: no block for label ${ins.oparg}`);
        ins.target = t;
      }
    }
  }
}

/** @see Python/flowgraph.c mark_except_handlers */
function markExceptHandlers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.opcode)) ins.target!.exceptHandler = true;
    }
  }
}

function copyExceptStack(s: ExceptStack): ExceptStack {
  return { handlers: s.handlers.slice(), depth: s.depth };
}

/**
 * Walks the CFG with a stack of active handlers, turning SETUP_* / POP_BLOCK into the
 * handler each instruction reports to (`except`), which assemble turns into the
 * exception table. @see Python/flowgraph.c label_exception_targets
 */
function labelExceptionTargets(entry: BasicBlock): void {
  const todo = makeTraversalStack(entry);
  let exceptStack: ExceptStack | null = { handlers: [null], depth: 0 };
  todo.push(entry);
  entry.visited = true;
  entry.exceptStack = exceptStack;
  while (todo.length > 0) {
    const b = todo.pop()!;
    exceptStack = b.exceptStack!;
    b.exceptStack = null;
    let handler = exceptStack.handlers[exceptStack.depth];
    let lastYieldExceptDepth = -1;
    const n = b.instrs.length;
    for (let i = 0; i < n; i++) {
      const ins = b.instrs[i];
      const op = ins.opcode;
      if (isBlockPush(op)) {
        const t = ins.target!;
        if (!t.visited) {
          t.exceptStack = copyExceptStack(exceptStack!);
          todo.push(t);
          t.visited = true;
        }
        // push_except_block: cleanup and with handlers need the offset of the raise.
        if (op === Op.SETUP_WITH || op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        if (exceptStack!.depth > CO_MAXBLOCKS) {
          raise(PyExc_SystemError, 'too many statically nested blocks');
        }
        exceptStack!.handlers[++exceptStack!.depth] = t;
        handler = t;
      } else if (op === Op.POP_BLOCK) {
        if (exceptStack!.depth === 0) raise(PyExc_SystemError, 'POP_BLOCK without a block');
        handler = exceptStack!.handlers[--exceptStack!.depth];
        setOp0(ins, Op.NOP);
      } else if (hasJump(op)) {
        ins.except = handler;
        const t = ins.target!;
        if (!t.visited) {
          if (hasFallthrough(b)) {
            t.exceptStack = copyExceptStack(exceptStack!);
          } else {
            t.exceptStack = exceptStack;
            exceptStack = null;
          }
          todo.push(t);
          t.visited = true;
        }
      } else if (op === Op.YIELD_VALUE) {
        ins.except = handler;
        lastYieldExceptDepth = exceptStack!.depth;
      } else if (op === Op.RESUME) {
        ins.except = handler;
        if (ins.oparg !== RESUME_AT_FUNC_START) {
          if (lastYieldExceptDepth === 1) ins.oparg |= RESUME_OPARG_DEPTH1_MASK;
          lastYieldExceptDepth = -1;
        }
      } else {
        ins.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next !== null && !b.next.visited) {
      b.next.exceptStack = exceptStack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

/**
 * Counts predecessors and empties every block no path reaches.
 * @see Python/flowgraph.c remove_unreachable
 */
export function removeUnreachable(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.predecessors = 0;
  const stack = makeTraversalStack(entry);
  entry.predecessors = 1;
  stack.push(entry);
  entry.visited = true;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && hasFallthrough(b)) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (const ins of b.instrs) {
      if (hasJump(ins.opcode) || isBlockPush(ins.opcode)) {
        const t = ins.target!;
        if (!t.visited) {
          stack.push(t);
          t.visited = true;
        }
        t.predecessors++;
      }
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.predecessors === 0) {
      b.instrs.length = 0;
      b.exceptHandler = false;
    }
  }
}

/** Net stack effect; SETUP_* only push when the handler is entered. @see get_stack_effects */
function stackEffectOf(op: number, oparg: number, jump: boolean): number {
  const e = stackEffect(op, oparg, jump);
  if (e === INVALID_STACK_EFFECT) {
    raise(PyExc_SystemError, `Invalid stack effect for opcode=${op}, arg=${oparg}`);
  }
  return e;
}

/**
 * The deepest the value stack gets on any path; we assume loops leave the depth unchanged.
 * @see Python/flowgraph.c calculate_stackdepth
 */
export function calculateStackdepth(g: CfgBuilder): number {
  const entry = g.entry;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) b.startdepth = -0x80000000;
  const stack = makeTraversalStack(entry);
  let maxdepth = 0;
  const push = (b: BasicBlock, depth: number): void => {
    if (!(b.startdepth < 0 || b.startdepth === depth)) {
      raise(PyExc_ValueError, 'Invalid CFG, inconsistent stackdepth');
    }
    if (b.startdepth < depth && b.startdepth < 100) {
      b.startdepth = depth;
      stack.push(b);
    }
  };
  push(entry, 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next = b.next;
    for (const ins of b.instrs) {
      const op = ins.opcode;
      const newDepth = depth + stackEffectOf(op, ins.oparg, false);
      if (newDepth < 0) raise(PyExc_ValueError, 'Invalid CFG, stack underflow');
      if (depth > maxdepth) maxdepth = depth;
      if (hasTarget(op) && op !== Op.END_ASYNC_FOR) {
        const targetDepth = depth + stackEffectOf(op, ins.oparg, true);
        push(ins.target!, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJumpOpcode(op) || isScopeExitOpcode(op)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  // CPython 3.13 never makes a code object with co_stacksize 0 (`def f(): raise` and
  // `while 1: pass` get 1); every unit of the stdlib agrees with this floor.
  return maxdepth < 1 ? 1 : maxdepth;
}

/** SETUP_* become NOPs, LOAD_CLOSURE and STORE_FAST_MAYBE_NULL their real forms. */
function convertPseudoOps(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      if (isBlockPush(ins.opcode)) setOp0(ins, Op.NOP);
      else if (ins.opcode === Op.LOAD_CLOSURE) ins.opcode = Op.LOAD_FAST;
      else if (ins.opcode === Op.STORE_FAST_MAYBE_NULL) ins.opcode = Op.STORE_FAST;
    }
  }
  removeRedundantNopsAndJumps(g);
}

/**
 * Conditional jumps only go forward in 3.13: a backward one becomes the reversed condition
 * over a new block holding an unconditional JUMP back. @see normalize_jumps_in_block
 */
function normalizeJumps(g: CfgBuilder): void {
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) b.visited = false;
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    b.visited = true;
    const last = lastInstr(b);
    if (last === null || !isConditionalJumpOpcode(last.opcode)) continue;
    const target = last.target!;
    if (!target.visited) continue; // forward
    let reversed = 0;
    switch (last.opcode) {
      case Op.POP_JUMP_IF_NOT_NONE: reversed = Op.POP_JUMP_IF_NONE; break;
      case Op.POP_JUMP_IF_NONE: reversed = Op.POP_JUMP_IF_NOT_NONE; break;
      case Op.POP_JUMP_IF_FALSE: reversed = Op.POP_JUMP_IF_TRUE; break;
      case Op.POP_JUMP_IF_TRUE: reversed = Op.POP_JUMP_IF_FALSE; break;
    }
    const backwardsJump = g.newBlock();
    addJump(backwardsJump, Op.JUMP, target, last.loc);
    backwardsJump.startdepth = target.startdepth;
    last.opcode = reversed;
    last.target = b.next;
    backwardsJump.cold = b.cold;
    backwardsJump.next = b.next;
    b.next = backwardsJump;
  }
}

/** What the back end needs to know about an instruction's exception handler. */
export interface ExceptHandlerInfo {
  /** Index in the output sequence of the handler's first instruction, -1 for none. */
  label: number;
  startdepth: number;
  preserveLasti: boolean;
}

/** One instruction of the optimised, flattened sequence that assemble lays out. */
export interface AsmInstr {
  opcode: number;
  /** For jumps: the index of the target instruction (then, in assemble, the offset). */
  oparg: number;
  loc: Location;
  handler: ExceptHandlerInfo;
  /** Jump target index (assemble's i_target) and byte offset in code units. */
  jump: number;
  offset: number;
}

const NO_HANDLER: ExceptHandlerInfo = Object.freeze({ label: -1, startdepth: -1,
  preserveLasti: false });

/**
 * Flattens the blocks in order; jump opargs and handler labels become instruction indices
 * (CPython numbers the blocks as labels, then applies the label map).
 * @see Python/flowgraph.c _PyCfg_ToInstructionSequence
 */
function cfgToInstructionSequence(g: CfgBuilder): AsmInstr[] {
  const blockStart = new Map<BasicBlock, number>();
  let idx = 0;
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    blockStart.set(b, idx);
    idx += b.instrs.length;
  }
  const out: AsmInstr[] = [];
  // An empty block's label maps to the next instruction, as in the label map.
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      const oparg = hasTarget(ins.opcode) ? blockStart.get(ins.target!)! : ins.oparg;
      let handler = NO_HANDLER;
      const h = ins.except;
      if (h !== null) {
        handler = { label: blockStart.get(h)!, startdepth: h.startdepth,
          preserveLasti: h.preserveLasti };
      }
      // The instruction object itself moves on to the assembler (see Instr).
      const a = ins as unknown as AsmInstr;
      a.oparg = oparg;
      a.handler = handler;
      out.push(a);
    }
  }
  return out;
}

/** Options of the back end; `optimize` mirrors compile()'s optimisation level. */
export interface BackendOptions {
  optimize?: number;
}

/** The preprocessing every path shares: targets, handlers, the exception table labels. */
function preprocess(g: CfgBuilder): void {
  translateJumpLabelsToTargets(g.entry);
  markExceptHandlers(g.entry);
  labelExceptionTargets(g.entry);
}

/** @see Python/flowgraph.c _PyCfg_OptimizeCodeUnit */
function optimizeCodeUnitCfg(g: CfgBuilder, consts: PyObject[], constCache: ConstCache,
  nlocals: number, nparams: number, firstlineno: number): void {
  preprocess(g);
  checkCfg(g);
  optimizeCfg(g, consts, constCache, firstlineno);
  removeUnusedConsts(g.entry, consts);
  addChecksForLoadsOfUninitializedVariables(g.entry, nlocals, nparams);
  insertSuperinstructions(g);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g, firstlineno);
}

/** @see Python/flowgraph.c _PyCfg_OptimizedCfgToInstructionSequence */
function optimizedCfgToInstructionSequence(g: CfgBuilder, umd: CodeUnitMetadata,
  codeFlags: number): { instrs: AsmInstr[]; stackdepth: number; nlocalsplus: number } {
  const stackdepth = calculateStackdepth(g);
  const nlocalsplus = prepareLocalsplus(umd, g, codeFlags);
  convertPseudoOps(g);
  normalizeJumps(g);
  return { instrs: cfgToInstructionSequence(g), stackdepth, nlocalsplus };
}

/**
 * The optimiser alone, as `_testinternalcapi.optimize_cfg` runs it (no parameters, first
 * line 1; pseudo-ops stay): for tests of the passes on hand-built sequences.
 * @see Python/flowgraph.c _PyCompile_OptimizeCfg
 */
export function optimizeCfgOnly(seq: InstrSequence, consts: PyObject[], nlocals: number,
  constCache: ConstCache): AsmInstr[] {
  const g = cfgFromInstructionSequence(seq);
  optimizeCodeUnitCfg(g, consts, constCache, nlocals, 0, 1);
  calculateStackdepth(g);
  return cfgToInstructionSequence(g);
}

/**
 * The layout half alone, for an already optimised sequence (what
 * `_testinternalcapi.assemble_code_object` runs). @see Python/compile.c _PyCompile_Assemble
 */
export function layoutOptimizedSequence(seq: InstrSequence, umd: CodeUnitMetadata,
  codeFlags: number): { instrs: AsmInstr[]; stackdepth: number; nlocalsplus: number } {
  const g = cfgFromInstructionSequence(seq);
  translateJumpLabelsToTargets(g.entry);
  labelExceptionTargets(g.entry);
  return optimizedCfgToInstructionSequence(g, umd, codeFlags);
}

/**
 * The whole middle: CFG construction, the optimisation pipeline and the conversion back to
 * a flat sequence. Returns the sequence plus the stack depth and localsplus size.
 *
 * The order is CPython's, and it matters: labels become targets and SETUP_/POP_BLOCK become
 * per-instruction handlers first; then blocks are inlined, dead code dropped and line
 * numbers spread (so the peepholes see real lines); the peepholes run block by block; then
 * unused constants go, LOAD_FAST_CHECK and superinstructions are chosen, cold blocks move
 * to the end and lines are resolved again. Only then are the stack depth, the localsplus
 * prologue and the jump directions fixed, since they depend on the final layout.
 * @see Python/compile.c optimize_and_assemble_code_unit (the part before assembly)
 */
export function optimizeCodeUnit(seq: InstrSequence, umd: CodeUnitMetadata, codeFlags: number,
  consts: PyObject[], constCache: ConstCache):
  { instrs: AsmInstr[]; stackdepth: number; nlocalsplus: number } {
  const g = cfgFromInstructionSequence(seq);
  seedConstCache(constCache, consts);
  // CPython counts the parameters from the symbol table (ste_varnames).
  const nparams = umd.argcount + umd.posonlyargcount + umd.kwonlyargcount +
    ((codeFlags & CO_VARARGS) ? 1 : 0) + ((codeFlags & CO_VARKEYWORDS) ? 1 : 0);
  optimizeCodeUnitCfg(g, consts, constCache, umd.varnames.size, nparams, umd.firstlineno);
  return optimizedCfgToInstructionSequence(g, umd, codeFlags);
}
