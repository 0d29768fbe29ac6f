// Mirrors the exception-table half of CPython 3.13's Python/assemble.c (format described in
// Objects/exception_handling_notes.txt): co_exceptiontable, one entry per run of code units
// sharing a handler: start, length, target (in code units) and depth<<1 | lasti.

import { ByteWriter } from './linetable.js';
import type { ExceptHandlerInfo } from './flowgraph.js';

const CONTINUATION_BIT = 64;

/**
 * One number as big-endian 6-bit chunks; bit 6 says "more follows" and bit 7 marks the
 * first byte of an entry, so a reader can find entry starts by scanning.
 * @see Python/assemble.c assemble_emit_exception_table_item
 */
function emitItem(w: ByteWriter, value: number, msb: number): void {
  if (value >= 1 << 24) {
    w.push((value >> 24) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 18) {
    w.push(((value >> 18) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 12) {
    w.push(((value >> 12) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  if (value >= 1 << 6) {
    w.push(((value >> 6) & 0x3f) | CONTINUATION_BIT | msb);
    msb = 0;
  }
  w.push((value & 0x3f) | msb);
}

/**
 * Appends the entry for code units [start, end) handled at `handlerOffset`. The stored
 * depth excludes the exception itself (and lasti, when the handler keeps it).
 * @see Python/assemble.c assemble_emit_exception_table_entry
 */
export function emitExceptionTableEntry(w: ByteWriter, start: number, end: number,
  handlerOffset: number, handler: ExceptHandlerInfo): void {
  const lasti = handler.preserveLasti ? 1 : 0;
  let depth = handler.startdepth - 1;
  if (lasti) depth -= 1;
  emitItem(w, start, 1 << 7);
  emitItem(w, end - start, 0);
  emitItem(w, handlerOffset, 0);
  emitItem(w, (depth << 1) | lasti, 0);
}

export function sameExceptionHandler(a: ExceptHandlerInfo, b: ExceptHandlerInfo): boolean {
  return a.label === b.label && a.startdepth === b.startdepth &&
    a.preserveLasti === b.preserveLasti;
}
