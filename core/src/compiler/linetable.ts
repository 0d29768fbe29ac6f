// Mirrors the location-table half of CPython 3.13's Python/assemble.c (and the format of
// Objects/locations.md): co_linetable, one entry per run of up to 8 code units sharing a
// source span, in the shortest of the short, one-line, no-column, long or none forms.

import type { Location } from './instrseq.js';

/** The entry kinds, the 4-bit code in bits 3-6 of an entry's first byte. */
export const enum LocationInfoKind {
  /** Codes 0-9: same line, column < 80, span < 16; code = column / 8. */
  SHORT0 = 0,
  /** Codes 10-12: line delta 0-2, columns < 128 stored in one byte each. */
  ONE_LINE0 = 10,
  NO_COLUMNS = 13,
  LONG = 14,
  NONE = 15,
}

/**
 * A growable byte buffer. The bytes collect in a plain array of small ints, which the engine
 * grows cheaply; only the finished table becomes a Uint8Array.
 */
export class ByteWriter {
  private readonly buf: number[] = [];
  push(b: number): void {
    this.buf.push(b);
  }
  bytes(): Uint8Array {
    return new Uint8Array(this.buf);
  }
}

/** Unsigned varint: 6-bit chunks, least significant first, bit 6 = "more follows". */
function writeVarint(w: ByteWriter, val: number): void {
  while (val >= 64) {
    w.push(64 | (val & 63));
    val >>>= 6;
  }
  w.push(val);
}

/** Signed varint: the sign goes in the low bit. */
function writeSignedVarint(w: ByteWriter, val: number): void {
  writeVarint(w, val < 0 ? ((-val) << 1) | 1 : val << 1);
}

/**
 * Builds co_linetable for code units with the given locations.
 * @see Python/assemble.c write_location_info_entry
 */
export class LineTableWriter {
  readonly w = new ByteWriter();
  lineno: number;
  constructor(firstlineno: number) {
    this.lineno = firstlineno;
  }

  private firstByte(code: number, length: number): void {
    this.w.push(0x80 | (code << 3) | (length - 1));
  }

  /** One entry covering `isize` (1..8) code units. */
  private entry(loc: Location, isize: number): void {
    const w = this.w;
    if (loc.lineno < 0) {
      this.firstByte(LocationInfoKind.NONE, isize);
      return;
    }
    const lineDelta = loc.lineno - this.lineno;
    const column = loc.col_offset;
    const endColumn = loc.end_col_offset;
    if (column < 0 || endColumn < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.firstByte(LocationInfoKind.NO_COLUMNS, isize);
        writeSignedVarint(w, lineDelta);
        this.lineno = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && column < 80 && endColumn - column < 16 && endColumn >= column) {
        const columnLowBits = column & 7;
        this.firstByte(LocationInfoKind.SHORT0 + (column >> 3), isize);
        w.push((columnLowBits << 4) | (endColumn - column));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && column < 128 && endColumn < 128) {
        this.firstByte(LocationInfoKind.ONE_LINE0 + lineDelta, isize);
        w.push(column);
        w.push(endColumn);
        this.lineno = loc.lineno;
        return;
      }
    }
    this.firstByte(LocationInfoKind.LONG, isize);
    writeSignedVarint(w, lineDelta);
    writeVarint(w, loc.end_lineno - loc.lineno);
    writeVarint(w, column + 1);
    writeVarint(w, endColumn + 1);
    this.lineno = loc.lineno;
  }

  /** Locations for `isize` code units: split into entries of at most 8. */
  emit(loc: Location, isize: number): void {
    if (isize === 0) return;
    while (isize > 8) {
      this.entry(loc, 8);
      isize -= 8;
    }
    this.entry(loc, isize);
  }
}

export function sameLocation(a: Location, b: Location): boolean {
  return a.lineno === b.lineno && a.end_lineno === b.end_lineno &&
    a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;
}

export { writeVarint, writeSignedVarint };
