// Mirrors Lib/dis.py (3.13): turns a code object's bytes back into named instructions, and
// prints them exactly as `python3.13 -m dis [-C] [-O]` does (labels, line numbers, exception
// table, inline caches, nested code objects). Table decoding lives in dis-lines.ts.

import type { PyObject } from './object.js';
import { indexError } from './objects/index.js';
import {
  Op, allOpname, cacheFormat, cacheSize, cmpOp, deopt, intrinsic1Descs, intrinsic2Descs,
  nbOps, opFlags, OpFlag, opname,
} from './opcode.js';
import {
  coPositions, findLinestarts, parseExceptionTable, type ExceptionTableEntry, type Positions,
} from './dis-lines.js';
import { codeView, reprConst, type DisCode } from './dis-code.js';

export type { Positions, ExceptionTableEntry } from './dis-lines.js';
export { coLines, coPositions, findLinestarts, parseExceptionTable } from './dis-lines.js';

/** `dis.Instruction`'s resolved argument: a constant, a name, a pair of names, an offset... */
export type ArgVal = PyObject | string | number | readonly [string, string] | BuiltinRef | null;

/** CONVERT_VALUE's argval: the builtin (str, repr or ascii) the conversion calls. */
export interface BuiltinRef {
  readonly builtin: string;
}

/** One entry of `Instruction.cache_info`: (field name, size in code units, raw bytes). */
export type CacheInfo = readonly [string, number, Uint8Array];

/**
 * A decoded instruction, field for field `dis.Instruction` (3.13).
 * @see Lib/dis.py Instruction
 */
export interface Instruction {
  opname: string;
  opcode: number;
  arg: number | null;
  argval: ArgVal;
  argrepr: string;
  offset: number;
  start_offset: number;
  starts_line: boolean;
  line_number: number | null;
  label: number | null;
  positions: Positions;
  cache_info: CacheInfo[] | null;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = '  --';
const FUNCTION_ATTR_FLAGS = ['defaults', 'kwdefaults', 'annotations', 'closure'];
const CONVERT_NAMES = ['', 'str', 'repr', 'ascii'];
const NO_POSITIONS: Positions = Object.freeze({
  lineno: null, end_lineno: null, col_offset: null, end_col_offset: null,
});

/** A raw instruction as `_unpack_opargs` yields it (EXTENDED_ARG folded into `arg`). */
interface RawInstr {
  offset: number;
  startOffset: number;
  op: number;
  arg: number | null;
}

/**
 * Walks code units, skipping inline caches and folding EXTENDED_ARG prefixes into the next
 * argument (as a signed 32-bit C int). @see Lib/dis.py _unpack_opargs
 */
function unpackOpargs(code: Uint8Array): RawInstr[] {
  const out: RawInstr[] = [];
  let extendedArg = 0;
  let extendedArgsOffset = 0;
  let caches = 0;
  for (let i = 0; i < code.length; i += 2) {
    if (caches) {
      caches--;
      continue;
    }
    const op = code[i];
    const base = deopt[op] ?? op;
    caches = cacheSize[op] ?? 0;
    let arg: number | null;
    if ((opFlags[base] ?? 0) & OpFlag.ARG) {
      // The low 8 bits of extendedArg are zero, so `|` is an addition (also when negative).
      arg = extendedArg + (code[i + 1] ?? 0);
      if (base === Op.EXTENDED_ARG) {
        extendedArg = arg * 256;
        if (extendedArg >= 2 ** 31) extendedArg -= 2 ** 32;
      } else {
        extendedArg = 0;
      }
    } else {
      arg = null;
      extendedArg = 0;
    }
    if (base === Op.EXTENDED_ARG) {
      extendedArgsOffset++;
      out.push({ offset: i, startOffset: i, op, arg });
    } else {
      out.push({ offset: i, startOffset: i - extendedArgsOffset * 2, op, arg });
      extendedArgsOffset = 0;
    }
  }
  return out;
}

/** Jump target in bytes, or null if `op` is not a jump. @see Lib/dis.py _get_jump_target */
function jumpTarget(op: number, arg: number, offset: number): number | null {
  const base = deopt[op] ?? op;
  if (!((opFlags[base] ?? 0) & OpFlag.JUMP)) return null;
  const back = base === Op.JUMP_BACKWARD || base === Op.JUMP_BACKWARD_NO_INTERRUPT;
  return offset + 2 + (back ? -arg : arg) * 2 + 2 * cacheSize[base];
}

/** `dis.findlabels`: every jump target offset, in order of first appearance. */
export function findLabels(code: Uint8Array): number[] {
  const labels: number[] = [];
  for (const ins of unpackOpargs(code)) {
    if (ins.arg === null) continue;
    const t = jumpTarget(ins.op, ins.arg, ins.offset);
    if (t !== null && !labels.includes(t)) labels.push(t);
  }
  return labels;
}

/** Labels L1, L2, ... numbered by offset over jump targets and exception-table edges. */
function makeLabelsMap(code: Uint8Array, entries: readonly ExceptionTableEntry[]):
    Map<number, number> {
  const set = new Set(findLabels(code));
  for (const e of entries) {
    set.add(e.start);
    set.add(e.end);
    set.add(e.target);
  }
  const sorted = [...set].sort((a, b) => a - b);
  const map = new Map<number, number>();
  sorted.forEach((off, i) => map.set(off, i + 1));
  return map;
}

/** Resolves opargs to values and their display text. @see Lib/dis.py ArgResolver */
class ArgResolver {
  constructor(private readonly co: DisCode | null, readonly labels: Map<number, number>) {}

  // Out-of-range opargs (hand-made or corrupt code) fail as Python's tuple indexing does.
  private name(i: number): string {
    const n = this.co?.co_names[i];
    return n ?? indexError('tuple index out of range');
  }

  private local(i: number): string {
    const n = this.co?.co_localsplusnames[i];
    return n ?? indexError('tuple index out of range');
  }

  resolve(op: number, arg: number | null, offset: number): [ArgVal, string] {
    if (arg === null) return [null, ''];
    const base = deopt[op] ?? op;
    const flags = opFlags[base] ?? 0;
    if (flags & OpFlag.CONST) {
      if (this.co === null) return [null, ''];
      const c = this.co.co_consts[arg];
      if (c === undefined) indexError('tuple index out of range');
      return [c, reprConst(c)];
    }
    if (flags & OpFlag.NAME) {
      if (this.co === null) return [null, ''];
      let name: string;
      let suffix = '';
      if (base === Op.LOAD_GLOBAL) {
        name = this.name(arg >> 1);
        if (arg & 1) suffix = ' + NULL';
      } else if (base === Op.LOAD_ATTR) {
        name = this.name(arg >> 1);
        if (arg & 1) suffix = ' + NULL|self';
      } else if (base === Op.LOAD_SUPER_ATTR) {
        name = this.name(arg >> 2);
        if (arg & 1) suffix = ' + NULL|self';
      } else {
        name = this.name(arg);
      }
      return [name, name ? name + suffix : name];
    }
    if (flags & (OpFlag.JUMP | OpFlag.EXC)) {
      const target = jumpTarget(op, arg, offset) ?? arg * 2;
      const lbl = this.labels.get(target);
      return [target, `to L${lbl}`];
    }
    switch (base) {
      case Op.LOAD_FAST_LOAD_FAST: case Op.STORE_FAST_LOAD_FAST: case Op.STORE_FAST_STORE_FAST: {
        const a = this.local(arg >> 4);
        const b = this.local(arg & 15);
        return [[a, b], `${a}, ${b}`];
      }
      case Op.COMPARE_OP: {
        const sym = cmpOp[arg >> 5];
        return [sym, arg & 16 ? `bool(${sym})` : sym];
      }
      case Op.CONVERT_VALUE: {
        const name = CONVERT_NAMES[arg] ?? '';
        return [name ? { builtin: name } : null, name];
      }
      case Op.SET_FUNCTION_ATTRIBUTE:
        return [arg, FUNCTION_ATTR_FLAGS.filter((_, i) => arg & (1 << i)).join(', ')];
      case Op.BINARY_OP:
        return [arg, nbOps[arg]?.[1] ?? ''];
      case Op.CALL_INTRINSIC_1:
        return [arg, intrinsic1Descs[arg] ?? ''];
      case Op.CALL_INTRINSIC_2:
        return [arg, intrinsic2Descs[arg] ?? ''];
    }
    if (flags & (OpFlag.LOCAL | OpFlag.FREE)) {
      const n = this.local(arg);
      return [n, n];
    }
    return [arg, ''];
  }
}

/** Options of `getInstructions` / `disassemble`. */
export interface DisOptions {
  /** Print CACHE entries (`-C`). */
  showCaches?: boolean;
  /** Print instruction offsets (`-O`). */
  showOffsets?: boolean;
  /** Disassemble the quickened bytes (specialised instructions) if the code has them. */
  adaptive?: boolean;
  /**
   * The quickened bytes to show with `adaptive` (CPython's `_co_code_adaptive`), when the VM
   * keeps them outside the code object; same layout as co_code (opcode, oparg byte pairs).
   */
  adaptiveCode?: Uint8Array;
  /** How deep to recurse into nested code objects (undefined: all the way). */
  depth?: number;
  /** Report line numbers as if the code started at this line. */
  firstLine?: number;
}

function instructionsOf(co: DisCode, labels: Map<number, number>, opts: DisOptions,
    linestarts: Map<number, number | null>): Instruction[] {
  const original = co.co_code;
  const adaptive = opts.adaptive ? opts.adaptiveCode ?? co.adaptiveCode ?? null : null;
  const code = adaptive && adaptive.length === original.length ? adaptive : original;
  const positions = coPositions(co.co_linetable, co.co_firstlineno);
  const resolver = new ArgResolver(co, labels);
  const lineOffset = opts.firstLine !== undefined ? opts.firstLine - co.co_firstlineno : 0;
  const out: Instruction[] = [];
  let localLine: number | null = null;
  let lineNumber: number | null = null;
  for (const raw of unpackOpargs(original)) {
    const offset = raw.offset;
    const startsLine = linestarts.has(offset);
    if (startsLine) localLine = linestarts.get(offset) ?? null;
    lineNumber = localLine === null ? null : localLine + lineOffset;
    const op = code[offset];
    const base = deopt[raw.op] ?? raw.op;
    const [argval, argrepr] = resolver.resolve(op, raw.arg, offset);
    const nCaches = cacheSize[base] ?? 0;
    let cacheInfo: CacheInfo[] | null = null;
    if (nCaches) {
      cacheInfo = [];
      // As in 3.13's dis, every field's bytes are sliced from the first cache unit on.
      for (const [name, size] of cacheFormat[opname[base]] ?? []) {
        cacheInfo.push([name, size, code.subarray(offset + 2, offset + 2 + 2 * size)]);
      }
    }
    out.push({
      opname: allOpname[op] ?? `<${op}>`, opcode: op, arg: raw.arg, argval, argrepr,
      offset, start_offset: raw.startOffset, starts_line: startsLine,
      line_number: lineNumber, label: labels.get(offset) ?? null,
      positions: positions[offset >> 1] ?? NO_POSITIONS, cache_info: cacheInfo,
    });
  }
  return out;
}

/**
 * `dis.get_instructions(code)`: the code's instructions as records.
 * @see Lib/dis.py get_instructions
 */
export function getInstructions(code: PyObject | DisCode, opts: DisOptions = {}): Instruction[] {
  const co = codeView(code);
  // Like dis.get_instructions, labels here come from jumps only, not the exception table.
  const labels = makeLabelsMap(co.co_code, []);
  return instructionsOf(co, labels, opts, findLinestarts(co.co_linetable, co.co_firstlineno));
}

/** `dis.Formatter`: lays out one instruction line. @see Lib/dis.py Formatter */
class Formatter {
  readonly lines: string[] = [];
  constructor(readonly linenoWidth: number, readonly offsetWidth: number,
    readonly labelWidth: number, readonly showCaches: boolean) {}

  printInstruction(ins: Instruction, current: boolean): void {
    this.printLine(ins.opname, ins.arg, ins.argrepr, ins.offset, ins.starts_line,
      ins.line_number, ins.label, current);
    if (!this.showCaches || !ins.cache_info) return;
    let offset = ins.offset;
    for (const [name, size, data] of ins.cache_info) {
      for (let i = 0; i < size; i++) {
        offset += 2;
        // Only the first unit of a field shows its value, read little-endian.
        const argrepr = i === 0 ? `${name}: ${littleEndian(data)}` : '';
        this.printLine('CACHE', 0, argrepr, offset, false, null, null, false);
      }
    }
  }

  private printLine(name: string, arg: number | null, argrepr: string, offset: number,
      startsLine: boolean, line: number | null, label: number | null, current: boolean): void {
    if (this.linenoWidth > 0 && startsLine && offset > 0) this.lines.push('');
    const fields: string[] = [];
    if (this.linenoWidth) {
      if (startsLine) {
        fields.push((line === null ? NO_LINENO : String(line)).padStart(this.linenoWidth));
      } else {
        fields.push(' '.repeat(this.linenoWidth));
      }
    }
    fields.push(label !== null ? `L${label}:`.padStart(this.labelWidth)
      : ' '.repeat(this.labelWidth));
    if (this.offsetWidth > 0) fields.push(String(offset).padStart(this.offsetWidth) + '  ');
    fields.push(current ? '-->' : '   ');
    fields.push(name.padEnd(OPNAME_WIDTH));
    if (arg !== null) {
      // A long opname may eat into the oparg column, keeping most opargs aligned.
      const excess = Math.max(0, name.length - OPNAME_WIDTH);
      fields.push(String(arg).padStart(OPARG_WIDTH - excess));
      if (argrepr) fields.push('(' + argrepr + ')');
    }
    this.lines.push(fields.join(' ').trimEnd());
  }

  printExceptionTable(entries: readonly ExceptionTableEntry[], labels: Map<number, number>):
      void {
    if (entries.length === 0) return;
    this.lines.push('ExceptionTable:');
    for (const e of entries) {
      const lasti = e.lasti ? ' lasti' : '';
      this.lines.push(`  L${labels.get(e.start)} to L${labels.get(e.end)} -> ` +
        `L${labels.get(e.target)} [${e.depth}]${lasti}`);
    }
  }
}

function littleEndian(data: Uint8Array): string {
  let v = 0n;
  for (let i = data.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[i]);
  return v.toString();
}

/** Width of the line-number column. @see Lib/dis.py _get_lineno_width */
function linenoWidth(linestarts: Map<number, number | null>): number {
  let max = -1;
  let hasNone = false;
  for (const l of linestarts.values()) {
    if (l === null) hasNone = true;
    else if (l && l > max) max = l;
  }
  if (max === -1) return 0;
  let w = Math.max(3, String(max).length);
  if (w < NO_LINENO.length && hasNone) w = NO_LINENO.length;
  return w;
}

/**
 * `dis.disassemble(code)` without recursion: the listing of one code object, as text
 * (each line ends with "\n"). `lasti` marks the current instruction with `-->`.
 * @see Lib/dis.py disassemble
 */
export function disassembleOne(code: PyObject | DisCode, opts: DisOptions = {}, lasti = -1):
    string {
  const co = codeView(code);
  const linestarts = findLinestarts(co.co_linetable, co.co_firstlineno);
  const entries = parseExceptionTable(co.co_exceptiontable);
  const labels = makeLabelsMap(co.co_code, entries);
  const f = new Formatter(linenoWidth(linestarts),
    opts.showOffsets ? String(Math.max(co.co_code.length - 2, 9999)).length : 0,
    4 + String(labels.size).length, !!opts.showCaches);
  for (const ins of instructionsOf(co, labels, opts, linestarts)) {
    const size = cacheSize[deopt[ins.opcode] ?? ins.opcode] ?? 0;
    f.printInstruction(ins, ins.offset <= lasti && lasti <= ins.offset + 2 * size);
  }
  f.printExceptionTable(entries, labels);
  return f.lines.length ? f.lines.join('\n') + '\n' : '';
}

/**
 * `dis.dis(code)`: the listing of a code object followed by those of the code objects in its
 * constants, depth first, each under "Disassembly of <code object ...>:".
 * @see Lib/dis.py _disassemble_recursive
 */
export function disassemble(code: PyObject | DisCode, opts: DisOptions = {}): string {
  const co = codeView(code);
  let out = disassembleOne(co, opts);
  const depth = opts.depth;
  if (depth === undefined || depth > 0) {
    const sub = { ...opts, depth: depth === undefined ? undefined : depth - 1 };
    for (const c of co.co_consts) {
      const inner = codeView(c, true);
      if (inner) out += `\nDisassembly of ${reprConst(c)}:\n` + disassemble(inner, sub);
    }
  }
  return out;
}

const COMPILER_FLAG_NAMES: Record<number, string> = {
  1: 'OPTIMIZED', 2: 'NEWLOCALS', 4: 'VARARGS', 8: 'VARKEYWORDS', 16: 'NESTED',
  32: 'GENERATOR', 64: 'NOFREE', 128: 'COROUTINE', 256: 'ITERABLE_COROUTINE',
  512: 'ASYNC_GENERATOR',
};

/** `dis.pretty_flags`: "OPTIMIZED, NEWLOCALS, ..." @see Lib/dis.py pretty_flags */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (Math.floor(flags / flag) % 2) {
      names.push(COMPILER_FLAG_NAMES[flag] ?? '0x' + flag.toString(16));
      flags -= flag;
      if (!flags) return names.join(', ');
    }
  }
  names.push('0x' + flags.toString(16));
  return names.join(', ');
}

/** `dis.code_info(code)`: the "Name: ... Constants: ..." summary. @see Lib/dis.py */
export function codeInfo(code: PyObject | DisCode): string {
  const co = codeView(code);
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${co.co_nlocals}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ];
  const idx = (i: number) => String(i).padStart(4);
  if (co.co_consts.length) {
    lines.push('Constants:');
    co.co_consts.forEach((c, i) => lines.push(`${idx(i)}: ${reprConst(c)}`));
  }
  const section = (title: string, names: readonly string[]) => {
    if (!names.length) return;
    lines.push(title);
    names.forEach((n, i) => lines.push(`${idx(i)}: ${n}`));
  };
  section('Names:', co.co_names);
  section('Variable names:', co.co_varnames);
  section('Free variables:', co.co_freevars);
  section('Cell variables:', co.co_cellvars);
  return lines.join('\n');
}
