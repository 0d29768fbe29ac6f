// Mirrors the parts of Objects/codeobject.c and Python/specialize.c the eval loop reads on
// every call: a code object's executable form (CPython keeps it inside PyCodeObject as
// co_code_adaptive, _co_firsttraceable, co_framesize ...), the location and exception tables.

import type { PyObject } from './object.js';
import { Op, cacheSize, opname } from './opcode.js';
import { TRAP_OPCODE } from './lecture.js';
import { internStr } from './objects/unicodeobject.js';
import { ADAPTIVE_WARMUP } from './specialize.js';

/**
 * The executable form of a code object for one VM. `instrs` is the adaptive copy, one
 * 16-bit word per code unit (opcode in the low byte, oparg in the high byte); the
 * specialiser rewrites opcodes in it, the original `co_code` never changes (L02-25).
 * @see Include/cpython/code.h co_code_adaptive
 */
export class CodeExec {
  readonly code: any;
  readonly instrs: Uint16Array;
  /** co_code with specialised opcodes written in: what dis(adaptive=True) shows. */
  readonly adaptive: Uint8Array;
  /** The unmodified opcodes, for the trap and for de-specialising. */
  readonly original: Uint8Array;
  readonly consts: PyObject[];
  readonly names: string[];
  readonly nameObjs: PyObject[];
  readonly localsplusnames: string[];
  readonly nlocals: number;
  readonly nlocalsplus: number;
  readonly stacksize: number;
  /** nlocalsplus + stacksize: the slots a frame of this code takes on the data stack. */
  readonly framesize: number;
  readonly argcount: number;
  readonly flags: number;
  /** The CO_* bits that make simple positional binding impossible. */
  readonly simpleArgs: boolean;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  /** Exception table rows: start, end, target, depth<<1|lasti (code units). */
  readonly excTable: Int32Array;
  /** Per code unit: start line, end line, start col, end col (-1 = none). */
  readonly positions: Int32Array;
  /** Per code unit side data for specialised instructions (e.g. LOAD_GLOBAL's cached dict). */
  readonly cache: unknown[];
  /** Per code unit backoff counters for quickening (CPython keeps them in the inline CACHE). */
  readonly counters: Uint16Array;

  constructor(code: any, enabled: Uint8Array) {
    this.code = code;
    const raw: Uint8Array = bytesOf(code.co_code);
    this.original = raw;
    const n = raw.length >> 1;
    const w = new Uint16Array(n);
    // Quickening: copy co_code, replacing opcodes this VM has not learnt yet by the trap.
    for (let i = 0; i < n; i++) {
      const op = raw[2 * i];
      const arg = raw[2 * i + 1];
      w[i] = (enabled[op] !== 0 ? op : TRAP_OPCODE) | (arg << 8);
      if (op !== Op.CACHE && op !== Op.EXTENDED_ARG) {
        const c = cacheSize[op] ?? 0;
        for (let k = 1; k <= c && i + k < n; k++) w[i + k] = raw[2 * (i + k)] | (raw[2 * (i + k) + 1] << 8);
        i += c;
      }
    }
    this.instrs = w;
    // dis(adaptive=True) reads the quickened bytes: a live little-endian view of `instrs`.
    // (It shows specialised opcodes, never the lecture trap: that is our own device.)
    this.adaptive = raw.slice();
    if (code.co_code instanceof Uint8Array) code.adaptiveCode = this.adaptive;
    this.consts = tupleItems(code.co_consts);
    this.nameObjs = tupleItems(code.co_names).map(
      (x: any) => (typeof x === 'string' ? internStr(x) : x));
    this.names = this.nameObjs.map(strOf);
    this.localsplusnames = tupleItems(code.co_localsplusnames ?? code.co_varnames).map(strOf);
    this.nlocals = code.co_nlocals ?? tupleItems(code.co_varnames).length;
    this.nlocalsplus = this.localsplusnames.length;
    this.stacksize = code.co_stacksize;
    this.framesize = this.nlocalsplus + this.stacksize;
    this.argcount = code.co_argcount;
    this.flags = code.co_flags;
    // CO_VARARGS 0x4, CO_VARKEYWORDS 0x8; kw-only args need names too.
    this.simpleArgs = (this.flags & 0xc) === 0 && (code.co_kwonlyargcount ?? 0) === 0;
    this.name = strOf(code.co_name);
    this.qualname = strOf(code.co_qualname ?? code.co_name);
    this.filename = strOf(code.co_filename);
    this.firstlineno = code.co_firstlineno;
    this.excTable = parseExceptionTable(bytesOf(code.co_exceptiontable));
    this.positions = parseLocationTable(bytesOf(code.co_linetable), this.firstlineno, n);
    this.cache = new Array(n).fill(undefined);
    this.counters = new Uint16Array(n).fill(ADAPTIVE_WARMUP);
  }

  /** The line of code unit `i` (-1 when it has none). */
  lineAt(i: number): number {
    return this.positions[i * 4];
  }

  /** Rewrite the instruction at code unit i to `op` (quickening). */
  specialize(i: number, op: number): void {
    this.instrs[i] = op | (this.instrs[i] & 0xff00);
    this.adaptive[2 * i] = op;
  }

  /** The original opcode name at code unit i (the trap uses it). */
  originalName(i: number): string {
    return opname[this.original[2 * i]] ?? `<${this.original[2 * i]}>`;
  }
}

function bytesOf(b: any): Uint8Array {
  if (b instanceof Uint8Array) return b;
  if (b !== null && b !== undefined && b.value instanceof Uint8Array) return b.value;
  return new Uint8Array(0);
}

function tupleItems(t: any): PyObject[] {
  if (t === null || t === undefined) return [];
  if (Array.isArray(t)) return t;
  if (Array.isArray(t.items)) return t.items;
  if (Array.isArray(t.value)) return t.value;
  if (Array.isArray(t.ob_item)) return t.ob_item;
  return [];
}

function strOf(s: any): string {
  if (typeof s === 'string') return s;
  return s !== null && s !== undefined && typeof s.value === 'string' ? s.value : String(s);
}

/**
 * Decode co_exceptiontable: varint rows of (start, length, target, depth<<1|lasti), all in
 * code units. @see Objects/exception_handling_notes.txt, Python/ceval.c get_exception_handler
 */
export function parseExceptionTable(t: Uint8Array): Int32Array {
  const rows: number[] = [];
  let i = 0;
  const varint = (): number => {
    let b = t[i++];
    let v = b & 63;
    while (b & 64) {
      b = t[i++];
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < t.length) {
    const start = varint();
    const len = varint();
    const target = varint();
    const dl = varint();
    rows.push(start, start + len, target, dl);
  }
  return Int32Array.from(rows);
}

/**
 * Decode co_linetable (PEP 626/657 format) into four numbers per code unit.
 * @see Objects/locations.md, Objects/codeobject.c _PyCode_InitAddressRange
 */
export function parseLocationTable(t: Uint8Array, firstlineno: number, n: number): Int32Array {
  const out = new Int32Array(n * 4).fill(-1);
  let i = 0;
  let line = firstlineno;
  let unit = 0;
  const varint = (): number => {
    let b = t[i++];
    let v = b & 63;
    let shift = 6;
    while (b & 64) {
      b = t[i++];
      v |= (b & 63) << shift;
      shift += 6;
    }
    return v;
  };
  const svarint = (): number => {
    const v = varint();
    return v & 1 ? -(v >>> 1) : v >>> 1;
  };
  while (i < t.length && unit < n) {
    const first = t[i++];
    const code = (first >> 3) & 15;
    const len = (first & 7) + 1;
    let l = -1; let el = -1; let c = -1; let ec = -1;
    if (code === 15) {
      // no location
    } else if (code === 14) {
      line += svarint();
      l = line;
      el = line + varint();
      c = varint() - 1;
      ec = varint() - 1;
    } else if (code === 13) {
      line += svarint();
      l = el = line;
    } else if (code >= 10) {
      line += code - 10;
      l = el = line;
      c = t[i++];
      ec = t[i++];
    } else {
      l = el = line;
      const b = t[i++];
      c = code * 8 + (b >> 4);
      ec = c + (b & 15);
    }
    for (let k = 0; k < len && unit < n; k++, unit++) {
      out[unit * 4] = l;
      out[unit * 4 + 1] = el;
      out[unit * 4 + 2] = c;
      out[unit * 4 + 3] = ec;
    }
  }
  return out;
}

/**
 * Find the handler for an exception raised at code unit `lasti`: the row whose range covers
 * it (the assembler emits disjoint ranges, so there is at most one). Returns the row's index
 * in `table` or -1.
 * @see Python/ceval.c get_exception_handler
 */
export function findHandler(table: Int32Array, lasti: number): number {
  for (let r = 0; r < table.length; r += 4) {
    if (lasti >= table[r] && lasti < table[r + 1]) return r;
  }
  return -1;
}
