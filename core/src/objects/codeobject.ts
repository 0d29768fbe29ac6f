// Mirrors Objects/codeobject.c and Include/cpython/code.h: the code object with every
// attribute Python exposes, the CO_* flags, the 3.11+ location table decoder (co_lines,
// co_positions, Addr2Line; see InternalDocs/locations.md) and the exception table parser.

import { PyObject, PyTypeObject, newStaticType, addressText, Py_HashPointer } from '../object.js';
import type { PyHash } from '../object.js';
import { unicodeReprString } from './unicodeobject.js';
import { newStr } from './unicodeobject.js';

// co_flags. @see Include/cpython/code.h
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
// __future__ flags share the word. @see Include/cpython/code.h CO_FUTURE_*
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

// Kinds of localsplus slots. @see Include/internal/pycore_code.h CO_FAST_*
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** Location-table entry codes. @see Include/cpython/code.h _PyCodeLocationInfoKind */
export const enum PyCodeLocationInfoKind {
  SHORT0 = 0, ONE_LINE0 = 10, ONE_LINE1 = 11, ONE_LINE2 = 12,
  NO_COLUMNS = 13, LONG = 14, NONE = 15,
}

/** What it takes to build a code object (the arguments of PyUnstable_Code_New & co). */
export interface PyCodeInit {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  co_firstlineno: number;
  co_code: Uint8Array;
  co_consts: PyObject[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
}

/**
 * A code object. Field names are Python's; `co_varnames`, `co_cellvars`, `co_freevars` and
 * `co_nlocals` are derived from the localsplus names and kinds, as CPython derives them.
 * Runtime-only state (an adaptive copy of the bytecode, caches) may be added by the runtime.
 * @see Include/cpython/code.h PyCodeObject
 */
export class PyCode extends PyObject {
  declare co_argcount: number;
  declare co_posonlyargcount: number;
  declare co_kwonlyargcount: number;
  declare co_stacksize: number;
  declare co_flags: number;
  declare co_firstlineno: number;
  declare co_code: Uint8Array;
  declare co_consts: PyObject[];
  declare co_names: string[];
  declare co_localsplusnames: string[];
  declare co_localspluskinds: Uint8Array;
  declare co_filename: string;
  declare co_name: string;
  declare co_qualname: string;
  declare co_linetable: Uint8Array;
  declare co_exceptiontable: Uint8Array;
  /** Derived: names of slots with CO_FAST_LOCAL. */
  declare co_varnames: string[];
  /** Derived: names of slots with CO_FAST_CELL. */
  declare co_cellvars: string[];
  /** Derived: names of slots with CO_FAST_FREE. */
  declare co_freevars: string[];
  declare co_nlocals: number;
  declare co_nlocalsplus: number;
  declare co_ncellvars: number;
  declare co_nfreevars: number;

  constructor(init: PyCodeInit, type: PyTypeObject = PyCode_Type) {
    super(type);
    this.co_argcount = init.co_argcount;
    this.co_posonlyargcount = init.co_posonlyargcount;
    this.co_kwonlyargcount = init.co_kwonlyargcount;
    this.co_stacksize = init.co_stacksize;
    this.co_flags = init.co_flags;
    this.co_firstlineno = init.co_firstlineno;
    this.co_code = init.co_code;
    this.co_consts = init.co_consts;
    this.co_names = init.co_names;
    this.co_localsplusnames = init.co_localsplusnames;
    this.co_localspluskinds = init.co_localspluskinds;
    this.co_filename = init.co_filename;
    this.co_name = init.co_name;
    this.co_qualname = init.co_qualname;
    this.co_linetable = init.co_linetable;
    this.co_exceptiontable = init.co_exceptiontable;
    const names = init.co_localsplusnames, kinds = init.co_localspluskinds;
    this.co_varnames = [];
    this.co_cellvars = [];
    this.co_freevars = [];
    for (let i = 0; i < names.length; i++) {
      const k = kinds[i];
      if (k & CO_FAST_LOCAL) this.co_varnames.push(names[i]);
      if (k & CO_FAST_CELL) this.co_cellvars.push(names[i]);
      if (k & CO_FAST_FREE) this.co_freevars.push(names[i]);
    }
    this.co_nlocals = this.co_varnames.length;
    this.co_nlocalsplus = names.length;
    this.co_ncellvars = this.co_cellvars.length;
    this.co_nfreevars = this.co_freevars.length;
  }
}

/** `code`. @see Objects/codeobject.c PyCode_Type */
export const PyCode_Type: PyTypeObject = newStaticType('code');

/** Build a code object. @see Objects/codeobject.c _PyCode_New */
export function newCode(init: PyCodeInit): PyCode {
  return new PyCode(init);
}

/**
 * `<code object f at 0x..., file "x.py", line 1>`.
 * @see Objects/codeobject.c code_repr
 */
export function codeRepr(o: PyObject): string {
  const c = o as PyCode;
  return `<code object ${c.co_name} at ${addressText(o)}, file "${c.co_filename}", ` +
    `line ${c.co_firstlineno}>`;
}
void unicodeReprString;

/** Code objects hash by identity here (CPython mixes their fields; the value is unobservable
 * across runs anyway because it includes object hashes). */
export function codeHash(o: PyObject): PyHash {
  return Py_HashPointer(o);
}

// ---- the location table ----

/**
 * One decoded location-table entry: code units [start, end) in bytes, and the position, with
 * -1 where CPython shows None.
 */
export interface LocationEntry {
  start: number;
  end: number;
  line: number;
  endLine: number;
  col: number;
  endCol: number;
}

/**
 * Decode co_linetable into its entries.
 * @see Objects/codeobject.c advance_with_locations; InternalDocs/locations.md
 */
export function decodeLocations(code: PyCode): LocationEntry[] {
  const t = code.co_linetable;
  const out: LocationEntry[] = [];
  let p = 0, addr = 0, line = code.co_firstlineno;
  // Little-endian 6-bit chunks, 0x40 = more.
  const varint = (): number => {
    let b = t[p++];
    let val = b & 63, shift = 0;
    while (b & 64) {
      b = t[p++];
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  };
  const svarint = (): number => {
    const u = varint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (p < t.length) {
    const first = t[p++];
    const kind = (first >> 3) & 15;
    const len = ((first & 7) + 1) * 2;
    let e: LocationEntry;
    if (kind === PyCodeLocationInfoKind.NONE) {
      e = { start: addr, end: addr + len, line: -1, endLine: -1, col: -1, endCol: -1 };
    } else if (kind === PyCodeLocationInfoKind.LONG) {
      line += svarint();
      const endLine = line + varint();
      const col = varint() - 1;
      const endCol = varint() - 1;
      e = { start: addr, end: addr + len, line, endLine, col, endCol };
    } else if (kind === PyCodeLocationInfoKind.NO_COLUMNS) {
      line += svarint();
      e = { start: addr, end: addr + len, line, endLine: line, col: -1, endCol: -1 };
    } else if (kind >= PyCodeLocationInfoKind.ONE_LINE0) {
      line += kind - 10;
      const col = t[p++];
      const endCol = t[p++];
      e = { start: addr, end: addr + len, line, endLine: line, col, endCol };
    } else {
      // Short form: the column's high bits are in the kind, the rest in the next byte.
      const b = t[p++];
      const col = kind * 8 + ((b >> 4) & 7);
      e = { start: addr, end: addr + len, line, endLine: line, col, endCol: col + (b & 15) };
    }
    out.push(e);
    addr += len;
  }
  return out;
}

/**
 * `co_lines()`: (start, end, line) byte ranges, consecutive entries on the same line merged;
 * line is null where the instructions have no line.
 * @see Objects/codeobject.c lineiter_next
 */
export function coLines(code: PyCode): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  for (const e of decodeLocations(code)) {
    const last = out.length > 0 ? out[out.length - 1] : null;
    const line = e.line < 0 ? null : e.line;
    if (last !== null && last[2] === line) last[1] = e.end;
    else out.push([e.start, e.end, line]);
  }
  return out;
}

/**
 * `co_positions()`: one (line, end_line, col, end_col) per code unit, null for unknown.
 * @see Objects/codeobject.c positionsiter_next
 */
export function coPositions(code: PyCode):
  [number | null, number | null, number | null, number | null][] {
  const out: [number | null, number | null, number | null, number | null][] = [];
  const n = (v: number): number | null => (v < 0 ? null : v);
  for (const e of decodeLocations(code)) {
    for (let a = e.start; a < e.end; a += 2) {
      out.push([n(e.line), n(e.endLine), n(e.col), n(e.endCol)]);
    }
  }
  return out;
}

/**
 * The line of the instruction at byte offset `offset` (-1 if it has none); a negative
 * offset gives co_firstlineno.
 * @see Objects/codeobject.c PyCode_Addr2Line
 */
export function addr2line(code: PyCode, offset: number): number {
  if (offset < 0) return code.co_firstlineno;
  for (const e of decodeLocations(code)) {
    if (offset >= e.start && offset < e.end) return e.line;
  }
  return -1;
}

/**
 * The full position of the instruction at byte offset `offset`, or null if out of range.
 * @see Objects/codeobject.c PyCode_Addr2Location
 */
export function addr2location(code: PyCode, offset: number): LocationEntry | null {
  for (const e of decodeLocations(code)) {
    if (offset >= e.start && offset < e.end) return e;
  }
  return null;
}

// ---- the exception table ----

/** One exception-table entry; offsets in bytes as `dis` shows them, end exclusive. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/**
 * Parse co_exceptiontable: per entry, big-endian 6-bit varints (0x40 = more, 0x80 marks an
 * entry's first byte) giving start, length, target (in code units) and depth<<1|lasti.
 * @see Lib/dis.py _parse_exception_table; InternalDocs/exception_handling.md
 */
export function parseExceptionTable(code: PyCode): ExceptionTableEntry[] {
  const t = code.co_exceptiontable;
  const out: ExceptionTableEntry[] = [];
  let p = 0;
  const varint = (): number => {
    let b = t[p++];
    let val = b & 63;
    while (b & 64) {
      b = t[p++];
      val = val * 64 + (b & 63);
    }
    return val;
  };
  while (p < t.length) {
    const start = varint() * 2;
    const length = varint() * 2;
    const target = varint() * 2;
    const dl = varint();
    out.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return out;
}

PyCode_Type.tp_repr = (o) => newStr(codeRepr(o));
PyCode_Type.tp_hash = codeHash;
