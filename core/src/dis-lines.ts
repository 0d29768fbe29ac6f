// Mirrors Objects/codeobject.c's location-table readers (co_lines, co_positions; format in
// InternalDocs/locations.md) and dis._parse_exception_table: the two compressed side tables of
// a 3.13 code object, decoded for the disassembler and for tracebacks.

/** One `co_lines()` range: code bytes [start, end) belong to `line` (null: no line). */
export interface LineRange {
  start: number;
  end: number;
  line: number | null;
}

/** `dis.Positions`: the source span of one code unit; null where CPython shows None. */
export interface Positions {
  lineno: number | null;
  end_lineno: number | null;
  col_offset: number | null;
  end_col_offset: number | null;
}

/** `dis._ExceptionTableEntry` (offsets in bytes), plus the labels dis gives them. */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

// Location entry kinds: bits 3-6 of an entry's first byte. 0-9 are the "short" forms.
const enum Loc {
  ONE_LINE0 = 10,
  NO_COLUMNS = 13,
  LONG = 14,
  NONE = 15,
}

/**
 * A cursor over a location table. Each entry starts with a byte `1kkkklll`: kind k and
 * length l+1 in code units; the payload that follows depends on the kind.
 * @see Objects/codeobject.c PyCodeAddressRange, advance_with_locations
 */
class LocationReader {
  private pos = 0;
  /** The running line number; entries store deltas from it. */
  private computedLine: number;
  start = 0;
  end = 0;
  line = -1;
  endLine = -1;
  col = -1;
  endCol = -1;

  constructor(private readonly table: Uint8Array, firstLineno: number) {
    this.computedLine = firstLineno;
  }

  // Unsigned varints here are little-endian groups of 6 bits, bit 6 meaning "more follows".
  private varint(): number {
    const t = this.table;
    let b = t[this.pos++];
    let val = b & 63;
    let shift = 0;
    while (b & 64) {
      b = t[this.pos++];
      shift += 6;
      val |= (b & 63) << shift;
    }
    return val;
  }

  // Signed varints put the sign in the lowest bit, so small negative deltas stay short.
  private svarint(): number {
    const v = this.varint();
    return v & 1 ? -(v >>> 1) : v >>> 1;
  }

  /** Decodes the next entry; false at the end of the table. */
  next(): boolean {
    const t = this.table;
    if (this.pos >= t.length) return false;
    const first = t[this.pos++];
    const kind = (first >> 3) & 15;
    this.start = this.end;
    this.end = this.start + ((first & 7) + 1) * 2;
    switch (kind) {
      case Loc.NONE:
        this.line = this.endLine = this.col = this.endCol = -1;
        break;
      case Loc.LONG:
        this.computedLine += this.svarint();
        this.line = this.computedLine;
        this.endLine = this.line + this.varint();
        this.col = this.varint() - 1;
        this.endCol = this.varint() - 1;
        break;
      case Loc.NO_COLUMNS:
        this.computedLine += this.svarint();
        this.line = this.endLine = this.computedLine;
        this.col = this.endCol = -1;
        break;
      case Loc.ONE_LINE0: case Loc.ONE_LINE0 + 1: case Loc.ONE_LINE0 + 2:
        this.computedLine += kind - Loc.ONE_LINE0;
        this.line = this.endLine = this.computedLine;
        this.col = t[this.pos++];
        this.endCol = t[this.pos++];
        break;
      default: {
        // Short form: same line, a column below 80 and a width below 16 in one byte.
        const second = t[this.pos++];
        this.line = this.endLine = this.computedLine;
        this.col = (kind << 3) | (second >> 4);
        this.endCol = this.col + (second & 15);
      }
    }
    return true;
  }
}

/**
 * `code.co_lines()`: address ranges with their line, consecutive ranges of the same line
 * merged. @see Objects/codeobject.c lineiter_next
 */
export function coLines(linetable: Uint8Array, firstLineno: number): LineRange[] {
  const r = new LocationReader(linetable, firstLineno);
  const out: LineRange[] = [];
  let cur: LineRange | null = null;
  while (r.next()) {
    const line = r.line < 0 ? null : r.line;
    if (cur !== null && cur.line === line) {
      cur.end = r.end;
    } else {
      cur = { start: r.start, end: r.end, line };
      out.push(cur);
    }
  }
  return out;
}

/**
 * `code.co_positions()`: one Positions per 2-byte code unit, for as many units as the table
 * covers. @see Objects/codeobject.c positionsiter_next
 */
export function coPositions(linetable: Uint8Array, firstLineno: number): Positions[] {
  const r = new LocationReader(linetable, firstLineno);
  const out: Positions[] = [];
  const none = (v: number) => (v < 0 ? null : v);
  while (r.next()) {
    const p: Positions = {
      lineno: none(r.line), end_lineno: none(r.endLine),
      col_offset: none(r.col), end_col_offset: none(r.endCol),
    };
    for (let a = r.start; a < r.end; a += 2) out.push(p);
  }
  return out;
}

/**
 * `dis.findlinestarts`: (offset, line) where the line changes; line null for "no line".
 * @see Lib/dis.py findlinestarts
 */
export function findLinestarts(linetable: Uint8Array, firstLineno: number):
    Map<number, number | null> {
  const starts = new Map<number, number | null>();
  let last: number | null | undefined = undefined;
  for (const { start, line } of coLines(linetable, firstLineno)) {
    if (line !== last) {
      last = line;
      starts.set(start, line);
    }
  }
  return starts;
}

/**
 * Decodes `co_exceptiontable`: entries of four big-endian 6-bit varints (start, length,
 * target, depth<<1|lasti), all in code units; the first byte of an entry has bit 7 set.
 * @see Lib/dis.py _parse_exception_table, Objects/exception_handling_notes.txt
 */
export function parseExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const out: ExceptionTableEntry[] = [];
  let pos = 0;
  const n = table.length;
  const varint = (): number => {
    if (pos >= n) return -1;
    let b = table[pos++];
    let val = b & 63;
    while (b & 64) {
      if (pos >= n) return -1;
      b = table[pos++];
      val = val * 64 + (b & 63);
    }
    return val;
  };
  for (;;) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    if (dl < 0) return out;
    out.push({
      start: start * 2, end: (start + length) * 2, target: target * 2,
      depth: dl >>> 1, lasti: (dl & 1) === 1,
    });
  }
}
