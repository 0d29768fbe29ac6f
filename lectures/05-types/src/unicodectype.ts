// Mirrors Objects/unicodectype.c: the per-character case questions (_PyUnicode_ToLowerFull,
// _PyUnicode_ToFoldedFull, _PyUnicode_IsCased, ...) answered from CPython's own Unicode
// database, generated into unicodecase.generated.ts. JS has toLowerCase, but it follows
// the host's ICU (Unicode 17 in Node 20.20, something else in a browser), has no case
// folding and no Case_Ignorable; CPython 3.13 answers with Unicode 15.1 everywhere.

import {
  LOWER_RUNS, LOWER_MULTI, UPPER_RUNS, UPPER_MULTI, FOLD_RUNS, FOLD_MULTI,
  LOWERCASE, UPPERCASE, TITLECASE, CASE_IGNORABLE,
} from './unicodecase.generated.js';
import { TITLE_CASE } from './unicodetitle.js';
import type { UnitWriter } from './unicode-codecs-writer.js';

/** Which mapping: the `which` argument of caseMap. */
export const LOWER = 0;
export const UPPER = 1;
export const FOLD = 2;

/** Flag bits of ctypeFlags, named as in Objects/unicodectype.c. */
export const LOWER_MASK = 1;
export const UPPER_MASK = 2;
export const TITLE_MASK = 4;
export const CASE_IGNORABLE_MASK = 8;
/** Cased = Lowercase or Uppercase or Lt, as DerivedCoreProperties.txt defines it. */
export const CASED_MASK = LOWER_MASK | UPPER_MASK | TITLE_MASK;

/**
 * One mapping, decoded. CPython keeps a record per character with a delta to its other
 * case, and an "extended case" table for results longer than one character; we keep the
 * BMP as a 64K table of results (0xFFFF: look in `special`), and astral code points in
 * `special` too. Built on first use: a program that never changes case never pays.
 */
interface CaseTable { bmp: Uint16Array; special: Map<number, string> }

const SPECIAL = 0xffff;
const tables: (CaseTable | null)[] = [null, null, null];
const SOURCES: [string, ReadonlyArray<[number, string]>][] = [
  [LOWER_RUNS, LOWER_MULTI], [UPPER_RUNS, UPPER_MULTI], [FOLD_RUNS, FOLD_MULTI],
];

/**
 * Expand 'start count stride delta' runs (base 36; start relative to the previous run,
 * delta zigzag-coded) and the multi-character results.
 * @see Tools/unicode/makeunicodedata.py (the records behind _PyUnicode_TypeRecords)
 */
function buildTable(which: number): CaseTable {
  const [runs, multi] = SOURCES[which];
  const bmp = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) bmp[c] = c;
  const special = new Map<number, string>();
  const set = (c: number, s: string, single: number): void => {
    if (c < 0x10000 && single >= 0 && single < 0x10000 && single !== SPECIAL) bmp[c] = single;
    else {
      if (c < 0x10000) bmp[c] = SPECIAL;
      special.set(c, s);
    }
  };
  const f = runs.split(' ');
  let start = 0;
  for (let i = 0; i < f.length; i += 4) {
    start += parseInt(f[i], 36);
    const count = parseInt(f[i + 1], 36);
    const stride = Number(f[i + 2]);
    const z = parseInt(f[i + 3], 36);
    const delta = z & 1 ? -(z + 1) / 2 : z / 2;
    for (let k = 0; k < count; k++) {
      const c = start + k * stride;
      set(c, String.fromCodePoint(c + delta), c + delta);
    }
  }
  for (const [c, s] of multi) set(c, s, -1);
  return { bmp, special };
}

/**
 * Write the full lower (LOWER), upper (UPPER) or folded (FOLD) form of c: 'İ' lowers to
 * 'i̇', 'ß' uppers to 'SS' and folds to 'ss', 'ﬀ' folds to 'ff'; Cherokee small letters
 * fold to their capitals, the one script that folds upwards.
 * @see Objects/unicodectype.c _PyUnicode_ToLowerFull, _PyUnicode_ToUpperFull, _PyUnicode_ToFoldedFull
 */
export function caseMap(which: number, c: number, out: UnitWriter): void {
  const t = tables[which] ??= buildTable(which);
  if (c < 0x10000) {
    const m = t.bmp[c];
    if (m !== SPECIAL) { out.unit(m); return; }
  }
  const s = t.special.get(c);
  if (s === undefined) out.char(c); else out.str(s);
}

/** Title case: upper case except for digraphs ('ǆ' -> 'ǅ') and a few others. @see Objects/unicodectype.c _PyUnicode_ToTitleFull */
export function titleMap(c: number, out: UnitWriter): void {
  const t = TITLE_CASE.get(c);
  if (t === undefined) caseMap(UPPER, c, out); else out.str(t);
}

/** Range boundaries (each relative to the previous one) as an ascending Int32Array. */
function decodeRanges(text: string): Int32Array {
  const f = text.split(' ');
  const out = new Int32Array(f.length);
  let at = 0;
  for (let i = 0; i < f.length; i++) out[i] = at += parseInt(f[i], 36);
  return out;
}

/** True when cp falls in one of the [start, end) pairs: an odd count of boundaries <= cp. */
function inRanges(b: Int32Array, cp: number): boolean {
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] <= cp) lo = mid + 1; else hi = mid;
  }
  return (lo & 1) === 1;
}

let bmpFlags: Uint8Array | null = null;
let astral: [Int32Array, number][] = [];

function buildFlags(): Uint8Array {
  const flags = new Uint8Array(0x10000);
  const props: [string, number][] = [[LOWERCASE, LOWER_MASK], [UPPERCASE, UPPER_MASK],
    [TITLECASE, TITLE_MASK], [CASE_IGNORABLE, CASE_IGNORABLE_MASK]];
  astral = props.map(([text, mask]) => {
    const b = decodeRanges(text);
    for (let i = 0; i < b.length; i += 2) {
      for (let c = b[i]; c < Math.min(b[i + 1], 0x10000); c++) flags[c] |= mask;
    }
    return [b, mask];
  });
  return flags;
}

/**
 * The case properties of a code point as a set of *_MASK bits: a 64K table for the BMP,
 * a binary search over the ranges beyond it.
 * @see Objects/unicodectype.c gettyperecord
 */
export function ctypeFlags(c: number): number {
  const flags = bmpFlags ??= buildFlags();
  if (c < 0x10000) return flags[c];
  let f = 0;
  for (const [b, mask] of astral) if (inRanges(b, c)) f |= mask;
  return f;
}
