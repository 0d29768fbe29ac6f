// Mirrors CPython 3.13's Python/assemble.c and the back-end driver of Python/compile.c
// (optimize_and_assemble_code_unit): jump directions and offsets, EXTENDED_ARG sizing,
// co_code with its zeroed inline caches, the location and exception tables, and the code object.

import { raise, PyExc_SystemError } from '../objects/exceptions.js';
import { Op, cacheSize } from '../opcode.js';
import type { PyObject } from '../object.js';
import type { CodeUnitMetadata, InstrSequence } from './instrseq.js';
import { type AsmInstr, type BackendOptions, hasJump, optimizeCodeUnit, layoutOptimizedSequence }
  from './flowgraph.js';
import { ConstCache, internFrozenSets, internStrConstants } from './flowgraph-consts.js';
import { ByteWriter, LineTableWriter, sameLocation } from './linetable.js';
import { emitExceptionTableEntry, sameExceptionHandler } from './exceptiontable.js';
import { NO_LOCATION } from './instrseq.js';
import { type PyCode, type PyCodeInit, newCode, CO_FAST_HIDDEN, CO_FAST_LOCAL, CO_FAST_CELL,
  CO_FAST_FREE } from '../objects/codeobject.js';

/** The largest value stack a code object may need. @see Python/assemble.c */
const MAX_ALLOWED_STACK_USE = 3000; // _PY_STACK_USE_GUIDELINE * 100

/**
 * Code units taken by an instruction: EXTENDED_ARG prefixes, itself, its inline caches.
 * @see Python/assemble.c instr_size
 */
export function instrSize(opcode: number, oparg: number): number {
  const extendedArgs = (oparg > 0xffffff ? 1 : 0) + (oparg > 0xffff ? 1 : 0) +
    (oparg > 0xff ? 1 : 0);
  return extendedArgs + 1 + (opcode < 256 ? cacheSize[opcode] : 0);
}

/**
 * JUMP / JUMP_NO_INTERRUPT get their direction now that the layout is final.
 * @see Python/assemble.c resolve_unconditional_jumps
 */
function resolveUnconditionalJumps(instrs: AsmInstr[]): void {
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    const isForward = ins.oparg > i;
    if (ins.opcode === Op.JUMP) {
      ins.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    } else if (ins.opcode === Op.JUMP_NO_INTERRUPT) {
      ins.opcode = isForward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
    }
  }
}

/**
 * Turns jump targets (instruction indices) into relative offsets in code units, counted from
 * the end of the jump and its caches. A jump that grows an EXTENDED_ARG moves everything
 * after it, so repeat until the sizes settle. @see Python/assemble.c resolve_jump_offsets
 */
function resolveJumpOffsets(instrs: AsmInstr[]): void {
  const n = instrs.length;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    if (hasJump(ins.opcode)) ins.jump = ins.oparg;
  }
  let recompile: boolean;
  do {
    let totsize = 0;
    for (let i = 0; i < n; i++) {
      const ins = instrs[i];
      ins.offset = totsize;
      totsize += instrSize(ins.opcode, ins.oparg);
    }
    recompile = false;
    let offset = 0;
    for (let i = 0; i < n; i++) {
      const ins = instrs[i];
      const isize = instrSize(ins.opcode, ins.oparg);
      offset += isize;
      if (hasJump(ins.opcode)) {
        const t = ins.jump < n ? instrs[ins.jump].offset : totsize;
        ins.oparg = t < offset ? offset - t : t - offset;
        if (instrSize(ins.opcode, ins.oparg) !== isize) recompile = true;
      }
    }
  } while (recompile);
}

/** co_code: each instruction as (opcode, arg) byte pairs. @see Python/assemble.c write_instr */
function assembleCode(instrs: AsmInstr[]): Uint8Array {
  let total = 0;
  for (const ins of instrs) total += instrSize(ins.opcode, ins.oparg);
  const code = new Uint8Array(total * 2);
  let p = 0;
  for (const ins of instrs) {
    const op = ins.opcode;
    const arg = ins.oparg;
    const caches = cacheSize[op];
    const ilen = instrSize(op, arg) - caches;
    if (ilen >= 4) { code[p++] = Op.EXTENDED_ARG; code[p++] = (arg >>> 24) & 0xff; }
    if (ilen >= 3) { code[p++] = Op.EXTENDED_ARG; code[p++] = (arg >>> 16) & 0xff; }
    if (ilen >= 2) { code[p++] = Op.EXTENDED_ARG; code[p++] = (arg >>> 8) & 0xff; }
    code[p++] = op;
    code[p++] = arg & 0xff;
    // Inline caches start zeroed (CACHE = 0, arg 0); the array already is.
    p += caches * 2;
  }
  return code;
}

/** @see Python/assemble.c assemble_location_info */
function assembleLocationInfo(instrs: AsmInstr[], firstlineno: number): Uint8Array {
  const lt = new LineTableWriter(firstlineno);
  let loc = NO_LOCATION;
  let size = 0;
  for (const ins of instrs) {
    if (!sameLocation(loc, ins.loc)) {
      lt.emit(loc, size);
      loc = ins.loc;
      size = 0;
    }
    size += instrSize(ins.opcode, ins.oparg);
  }
  lt.emit(loc, size);
  return lt.w.bytes();
}

/** @see Python/assemble.c assemble_exception_table */
function assembleExceptionTable(instrs: AsmInstr[]): Uint8Array {
  const w = new ByteWriter();
  let ioffset = 0;
  let handler = { label: -1, startdepth: -1, preserveLasti: false };
  let start = -1;
  const emit = (end: number): void => {
    if (handler.label >= 0) {
      const target = handler.label < instrs.length ? instrs[handler.label].offset : ioffset;
      emitExceptionTableEntry(w, start, end, target, handler);
    }
  };
  for (const ins of instrs) {
    if (!sameExceptionHandler(ins.handler, handler)) {
      emit(ioffset);
      start = ioffset;
      handler = ins.handler;
    }
    ioffset += instrSize(ins.opcode, ins.oparg);
  }
  emit(ioffset);
  return w.bytes();
}

/**
 * Names and kinds of the localsplus slots: locals (maybe also cells, or hidden), then the
 * cells that are not arguments, then the free variables.
 * @see Python/assemble.c compute_localsplus_info
 */
function computeLocalsplusInfo(umd: CodeUnitMetadata, nlocalsplus: number):
  { names: string[]; kinds: Uint8Array } {
  const names: string[] = new Array(nlocalsplus);
  const kinds = new Uint8Array(nlocalsplus);
  for (const [k, offset] of umd.varnames) {
    let kind = CO_FAST_LOCAL;
    if (umd.fasthidden.get(k) === true) kind |= CO_FAST_HIDDEN;
    if (umd.cellvars.has(k)) kind |= CO_FAST_CELL;
    names[offset] = k;
    kinds[offset] = kind;
  }
  const nlocals = umd.varnames.size;
  let numdropped = 0;
  for (const [k, v] of umd.cellvars) {
    if (umd.varnames.has(k)) {
      numdropped += 1; // an argument cell lives in the argument's slot
      continue;
    }
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_CELL;
  }
  for (const [k, v] of umd.freevars) {
    const offset = v + nlocals - numdropped;
    names[offset] = k;
    kinds[offset] = CO_FAST_FREE;
  }
  return { names, kinds };
}

/**
 * Everything `_PyAssemble_MakeCodeObject` computes, as the fields of the code object.
 * @see Python/assemble.c _PyAssemble_MakeCodeObject, makecode
 */
export function assembleUnit(umd: CodeUnitMetadata, consts: PyObject[], maxdepth: number,
  instrs: AsmInstr[], nlocalsplus: number, codeFlags: number, filename: string): PyCodeInit {
  resolveUnconditionalJumps(instrs);
  resolveJumpOffsets(instrs);
  const code = assembleCode(instrs);
  const linetable = assembleLocationInfo(instrs, umd.firstlineno);
  const exceptiontable = assembleExceptionTable(instrs);
  if (maxdepth > MAX_ALLOWED_STACK_USE) {
    raise(PyExc_SystemError, `excessive stack use: stack is ${maxdepth} deep`);
  }
  internFrozenSets(consts);
  internStrConstants(consts);
  const { names: localsplusnames, kinds: localspluskinds } =
    computeLocalsplusInfo(umd, nlocalsplus);
  const names: string[] = new Array(umd.names.size);
  for (const [k, i] of umd.names) names[i] = k;
  return {
    co_argcount: umd.argcount + umd.posonlyargcount, co_posonlyargcount: umd.posonlyargcount,
    co_kwonlyargcount: umd.kwonlyargcount, co_stacksize: maxdepth, co_flags: codeFlags,
    co_firstlineno: umd.firstlineno, co_code: code, co_consts: consts, co_names: names,
    co_localsplusnames: localsplusnames, co_localspluskinds: localspluskinds,
    co_filename: filename, co_name: umd.name, co_qualname: umd.qualname || umd.name,
    co_linetable: linetable, co_exceptiontable: exceptiontable,
  };
}

/** Options of `optimizeAndAssemble`. */
export interface AssembleOptions extends BackendOptions {
  /** The compilation's const cache, shared by its code units (one is made if absent). */
  constCache?: ConstCache;
}

/**
 * The compiler's back end for one code unit: build the CFG from the instruction sequence,
 * optimise it, lay it out and make the code object.
 * @see Python/compile.c optimize_and_assemble_code_unit
 * @see Python/assemble.c _PyAssemble_MakeCodeObject
 */
export function optimizeAndAssemble(seq: InstrSequence, umd: CodeUnitMetadata,
  codeFlags: number, filename: string, opts?: AssembleOptions): PyCode {
  if (backendTap !== null) backendTap(seq, umd, codeFlags);
  return newCode(assembleToRecord(seq, umd, codeFlags, filename, opts));
}

/** A function shown every unit the back end receives (tools comparing codegen output). */
export type BackendTap = (seq: InstrSequence, umd: CodeUnitMetadata, codeFlags: number) => void;
let backendTap: BackendTap | null = null;
/** Installs (or, with null, removes) the tap. Tools only: the compiler never sets it. */
export function setBackendTap(tap: BackendTap | null): void {
  backendTap = tap;
}

/** Like `optimizeAndAssemble`, but stops before building the code object (for tests/tools). */
export function assembleToRecord(seq: InstrSequence, umd: CodeUnitMetadata, codeFlags: number,
  filename: string, opts?: AssembleOptions): PyCodeInit {
  const cache = opts?.constCache ?? new ConstCache();
  const consts = umd.consts.slice();
  const { instrs, stackdepth, nlocalsplus } =
    optimizeCodeUnit(seq, umd, codeFlags, consts, cache);
  return assembleUnit(umd, consts, stackdepth, instrs, nlocalsplus, codeFlags, filename);
}

/**
 * Assembles an already optimised sequence, as `_testinternalcapi.assemble_code_object` does
 * (code flags 0): for tests of the layout on hand-built sequences.
 * @see Python/compile.c _PyCompile_Assemble
 */
export function assembleOptimized(seq: InstrSequence, umd: CodeUnitMetadata,
  filename: string): PyCodeInit {
  const { instrs, stackdepth, nlocalsplus } = layoutOptimizedSequence(seq, umd, 0);
  return assembleUnit(umd, umd.consts.slice(), stackdepth, instrs, nlocalsplus, 0, filename);
}

export { ConstCache };
