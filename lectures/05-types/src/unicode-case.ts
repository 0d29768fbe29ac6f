// Mirrors the case methods of Objects/unicodeobject.c (do_lower, do_upper, do_casefold,
// do_swapcase, do_title, do_capitalize and unicode_isupper/islower/istitle_impl) over the
// per-character answers of unicodectype.ts. Only lower has context: a capital sigma at the
// end of a word becomes the final form 'ς' (handle_capital_sigma).

import {
  LOWER, UPPER, FOLD, LOWER_MASK, UPPER_MASK, TITLE_MASK, CASED_MASK, CASE_IGNORABLE_MASK,
  caseMap, titleMap, ctypeFlags,
} from './unicodectype.js';
import { UnitWriter } from './unicode-codecs-writer.js';

const ASCII = /^[\x00-\x7f]*$/;
const CAPITAL_SIGMA = 0x3a3;

/** The code point at UTF-16 index i (a whole pair when i starts one). */
function cpAt(s: string, i: number): number {
  return s.codePointAt(i)!;
}

/** The code point that ends just before UTF-16 index i, and where it starts. */
function cpBefore(s: string, i: number): [number, number] {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo < 0xe000 && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi < 0xdc00) return [s.codePointAt(i - 2)!, i - 2];
  }
  return [lo, i - 1];
}

/**
 * Is the capital sigma at i in the Final_Sigma context: a cased letter before it and none
 * after it, skipping case-ignorable characters (apostrophes, combining marks) both ways?
 * @see Objects/unicodeobject.c handle_capital_sigma
 */
function finalSigma(s: string, i: number): boolean {
  let j = i;
  let c = -1;
  while (j > 0) {
    [c, j] = cpBefore(s, j);
    if (!(ctypeFlags(c) & CASE_IGNORABLE_MASK)) break;
    c = -1;
  }
  if (c < 0 || !(ctypeFlags(c) & CASED_MASK)) return false;
  for (j = i + 1; j < s.length; j += c > 0xffff ? 2 : 1) {
    c = cpAt(s, j);
    if (!(ctypeFlags(c) & CASE_IGNORABLE_MASK)) return !(ctypeFlags(c) & CASED_MASK);
  }
  return true;
}

/** @see Objects/unicodeobject.c lower_ucs4 */
function lowerAt(s: string, i: number, c: number, out: UnitWriter): void {
  if (c === CAPITAL_SIGMA) out.unit(finalSigma(s, i) ? 0x3c2 : 0x3c3);
  else caseMap(LOWER, c, out);
}

/**
 * Run fn over the code points of s (index and code point) and return what it wrote.
 * ASCII callers never get here: the host's own case mapping agrees on ASCII and is fast.
 */
function mapChars(s: string, fn: (i: number, c: number, out: UnitWriter) => void): string {
  const out = new UnitWriter(s.length + 8);
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    fn(i, c, out);
    if (c > 0xffff) i++;
  }
  return out.result();
}

/** @see Objects/unicodeobject.c do_lower */
export function unicodeLower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return mapChars(s, (i, c, out) => lowerAt(s, i, c, out));
}

/** @see Objects/unicodeobject.c do_upper */
export function unicodeUpper(s: string): string {
  if (ASCII.test(s)) return s.toUpperCase();
  return mapChars(s, (_i, c, out) => caseMap(UPPER, c, out));
}

/** @see Objects/unicodeobject.c do_casefold */
export function unicodeCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return mapChars(s, (_i, c, out) => caseMap(FOLD, c, out));
}

/** Upper case becomes lower (with the final sigma), lower becomes upper. @see Objects/unicodeobject.c do_swapcase */
export function unicodeSwapcase(s: string): string {
  return mapChars(s, (i, c, out) => {
    const f = ctypeFlags(c);
    if (f & UPPER_MASK) lowerAt(s, i, c, out);
    else if (f & LOWER_MASK) caseMap(UPPER, c, out);
    else out.char(c);
  });
}

/**
 * Title-case the first character of each run of cased characters and lower-case the rest;
 * "cased" is the Unicode property, so digits and apostrophes start a new word ("they'Re").
 * @see Objects/unicodeobject.c do_title
 */
export function unicodeTitle(s: string): string {
  let prevCased = false;
  return mapChars(s, (i, c, out) => {
    if (prevCased) lowerAt(s, i, c, out); else titleMap(c, out);
    prevCased = (ctypeFlags(c) & CASED_MASK) !== 0;
  });
}

/** Title case for the first character (3.8+), lower case for the rest. @see Objects/unicodeobject.c do_capitalize */
export function unicodeCapitalize(s: string): string {
  return mapChars(s, (i, c, out) => {
    if (i === 0) titleMap(c, out); else lowerAt(s, i, c, out);
  });
}

/** Visit the case flags of each code point of s until visit answers true. */
function someFlags(s: string, visit: (f: number) => boolean): void {
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (visit(ctypeFlags(c))) return;
    if (c > 0xffff) i++;
  }
}

/** At least one cased character and no lower or title case ones. @see Objects/unicodeobject.c unicode_isupper_impl */
export function unicodeIsUpper(s: string): boolean {
  let cased = false;
  let bad = false;
  someFlags(s, (f) => {
    if (f & (LOWER_MASK | TITLE_MASK)) return bad = true;
    if (f & UPPER_MASK) cased = true;
    return false;
  });
  return cased && !bad;
}

/** @see Objects/unicodeobject.c unicode_islower_impl */
export function unicodeIsLower(s: string): boolean {
  let cased = false;
  let bad = false;
  someFlags(s, (f) => {
    if (f & (UPPER_MASK | TITLE_MASK)) return bad = true;
    if (f & LOWER_MASK) cased = true;
    return false;
  });
  return cased && !bad;
}

/**
 * Upper or title case only at the start of a cased run, lower case only inside one.
 * (For one character CPython tests "upper or Lt" directly; the loop agrees.)
 * @see Objects/unicodeobject.c unicode_istitle_impl
 */
export function unicodeIsTitle(s: string): boolean {
  let cased = false;
  let prev = false;
  let bad = false;
  someFlags(s, (f) => {
    if (f & (UPPER_MASK | TITLE_MASK)) {
      if (prev) return bad = true;
      prev = cased = true;
    } else if (f & LOWER_MASK) {
      if (!prev) return bad = true;
      prev = cased = true;
    } else prev = false;
    return false;
  });
  return cased && !bad;
}
