// Mirrors the localsplus part of CPython 3.13's Python/flowgraph.c (prepare_localsplus):
// where cells and free variables live in the frame, the MAKE_CELL / COPY_FREE_VARS /
// RETURN_GENERATOR prologue, and cell opargs rewritten to localsplus offsets.

import { Op } from '../opcode.js';
import { CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR } from '../objects/codeobject.js';
import { type CodeUnitMetadata, Instr, type Location, NO_LOCATION } from './instrseq.js';
import type { BasicBlock, CfgBuilder, CfgInstr } from './flowgraph.js';

/** cell/free index -> localsplus offset; arg cells share their argument's slot. */
function buildCellFixedOffsets(umd: CodeUnitMetadata): Int32Array {
  const nlocals = umd.varnames.size;
  const fixed = new Int32Array(umd.cellvars.size + umd.freevars.size);
  for (let i = 0; i < fixed.length; i++) fixed[i] = nlocals + i;
  for (const [name, cellindex] of umd.cellvars) {
    const varindex = umd.varnames.get(name);
    if (varindex !== undefined) fixed[cellindex] = varindex;
  }
  return fixed;
}

function isGenerator(flags: number): boolean {
  return (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) !== 0;
}

/**
 * Prepends RETURN_GENERATOR/POP_TOP for generators, MAKE_CELL for each cell (in localsplus
 * order) and COPY_FREE_VARS for closures. @see Python/flowgraph.c insert_prefix_instructions
 */
function insertPrefixInstructions(umd: CodeUnitMetadata, entry: BasicBlock, fixed: Int32Array,
  nfreevars: number, codeFlags: number): void {
  const mk = (opcode: number, oparg: number, loc: Location): CfgInstr =>
    new Instr(opcode, oparg, loc) as unknown as CfgInstr;
  if (isGenerator(codeFlags)) {
    const loc: Location = { lineno: umd.firstlineno, end_lineno: umd.firstlineno,
      col_offset: -1, end_col_offset: -1 };
    entry.instrs.splice(0, 0, mk(Op.RETURN_GENERATOR, 0, loc), mk(Op.POP_TOP, 0, loc));
  }
  const ncellvars = umd.cellvars.size;
  if (ncellvars > 0) {
    const nvars = ncellvars + umd.varnames.size;
    const sorted = new Int32Array(nvars);
    for (let i = 0; i < ncellvars; i++) sorted[fixed[i]] = i + 1;
    const cells: CfgInstr[] = [];
    for (let i = 0; cells.length < ncellvars; i++) {
      const oldindex = sorted[i] - 1;
      if (oldindex === -1) continue;
      // The oparg is still the cell index; fixCellOffsets maps it to localsplus.
      cells.push(mk(Op.MAKE_CELL, oldindex, NO_LOCATION));
    }
    entry.instrs.splice(0, 0, ...cells);
  }
  if (nfreevars > 0) entry.instrs.splice(0, 0, mk(Op.COPY_FREE_VARS, nfreevars, NO_LOCATION));
}

/** Rewrites cell/free opargs to localsplus offsets. @see fix_cell_offsets */
function fixCellOffsets(umd: CodeUnitMetadata, entry: BasicBlock, fixedmap: Int32Array): number {
  const nlocals = umd.varnames.size;
  let numdropped = 0;
  for (let i = 0; i < fixedmap.length; i++) {
    if (fixedmap[i] === i + nlocals) fixedmap[i] -= numdropped;
    else numdropped += 1; // an argument that is also a cell: it keeps the argument's slot
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const ins of b.instrs) {
      switch (ins.opcode) {
        case Op.MAKE_CELL: case Op.LOAD_CLOSURE: case Op.LOAD_DEREF: case Op.STORE_DEREF:
        case Op.DELETE_DEREF: case Op.LOAD_FROM_DICT_OR_DEREF:
          ins.oparg = fixedmap[ins.oparg];
      }
    }
  }
  return numdropped;
}

/**
 * Lays out cells and free variables after the locals (an argument that is also a cell keeps
 * its slot) and returns the number of localsplus slots. @see flowgraph.c prepare_localsplus
 */
export function prepareLocalsplus(umd: CodeUnitMetadata, g: CfgBuilder, codeFlags: number): number {
  const nlocalsplus = umd.varnames.size + umd.cellvars.size + umd.freevars.size;
  const fixed = buildCellFixedOffsets(umd);
  insertPrefixInstructions(umd, g.entry, fixed, umd.freevars.size, codeFlags);
  return nlocalsplus - fixCellOffsets(umd, g.entry, fixed);
}
