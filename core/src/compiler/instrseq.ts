// Mirrors CPython 3.13's Python/instruction_sequence.c and the unit metadata of
// Include/internal/pycore_compile.h: the contract between code generation (compile.ts, which
// emits pseudo-instructions with symbolic labels) and the back end (flowgraph.ts builds basic
// blocks and optimises; assemble.ts lays out bytes, tables and the code object).

/** A source span; CPython's `_Py_SourceLocation`. -1 means "no location". */
export interface Location {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export const NO_LOCATION: Location = Object.freeze({
  lineno: -1, end_lineno: -1, col_offset: -1, end_col_offset: -1,
});

/**
 * One instruction as codegen emits it. `opcode` may be a real opcode or a pseudo-op
 * (JUMP = 256 ... STORE_FAST_MAYBE_NULL = 267, as in `_opcode_metadata.py`). For jumps and
 * SETUP_* pseudo-ops, `oparg` is a label id, resolved through `InstrSequence.labelMap`.
 *
 * CPython copies an instruction at each stage (instr_sequence, cfg_instr, the assembler's
 * array). Here one object travels the whole way: the flow graph (`CfgInstr`) and the
 * assembler (`AsmInstr`) fill in the fields they own. Every field exists from the start, so
 * all instructions share one shape, which keeps the engine's property accesses fast.
 */
export class Instr {
  /** The flow graph's jump target block (`CfgInstr.target`). */
  target: unknown = null;
  /** The flow graph's exception handler block (`CfgInstr.except`). */
  except: unknown = null;
  /** The assembler's handler record, jump target index and code-unit offset. */
  handler: unknown = null;
  jump = -1;
  offset = 0;
  constructor(public opcode: number, public oparg: number, public loc: Location) {}
}

/** CPython's `instr_sequence`: a flat list plus a label -> instruction-index map. */
export class InstrSequence {
  readonly instrs: Instr[] = [];
  /** labelMap[label] = index in `instrs` of the first instruction after `useLabel(label)`. */
  readonly labelMap: number[] = [];

  newLabel(): number {
    this.labelMap.push(-1);
    return this.labelMap.length - 1;
  }

  useLabel(label: number): void {
    this.labelMap[label] = this.instrs.length;
  }

  addOp(opcode: number, oparg: number, loc: Location): void {
    this.instrs.push(new Instr(opcode, oparg, loc));
  }
}

/**
 * What the back end needs to know about a code unit besides its instructions; CPython's
 * `_PyCompile_CodeUnitMetadata`. Maps go name -> index, in insertion order (JS Maps keep it).
 */
export interface CodeUnitMetadata {
  name: string;
  qualname: string;
  /** constant key -> index; the key is produced by `constKey()` in consts handling. */
  consts: import('../object.js').PyObject[];
  names: Map<string, number>;
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  /** names of inlined-comprehension locals hidden from `co_varnames` lookups (PEP 709). */
  fasthidden: Map<string, boolean>;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
}
