// The Unicode half of Modules/_sre/sre.c's character questions (sre_lower_unicode,
// sre_upper_unicode, SRE_UNI_IS_DIGIT/SPACE/LINEBREAK/WORD), answered from python3.13's own
// database (sre_unicode.generated.ts), not from the host's toLowerCase, whose Unicode version
// and simple/full mapping choices differ from CPython's.

import { LOWER, UPPER, DECIMAL, SPACE, LINEBREAK, ALNUM } from './sre_unicode.generated.js';

const UNI_DECIMAL = 1;
const UNI_SPACE = 2;
const UNI_LINEBREAK = 4;
const UNI_ALNUM = 8;

/**
 * The tables, decoded on first use: the BMP as flat arrays (one load per question, which is
 * what the matcher's inner loops need), the astral planes as sorted run boundaries and maps.
 */
let lowerBmp: Uint16Array | null = null;
let upperBmp: Uint16Array | null = null;
const lowerAstral = new Map<number, number>();
const upperAstral = new Map<number, number>();
let flagsBmp: Uint8Array | null = null;
/** Astral run boundaries per property: [start, end, start, end, ...]. */
const astralRuns: number[][] = [[], [], [], []];

function decodeMapping(text: string, bmp: Uint16Array, astral: Map<number, number>): void {
  for (let c = 0; c < 0x10000; c++) bmp[c] = c;
  const f = text.split(' ');
  let c = 0;
  for (let i = 0; i + 1 < f.length; i += 2) {
    c += parseInt(f[i], 36);
    const z = parseInt(f[i + 1], 36);
    const to = c + ((z & 1) === 1 ? -((z + 1) >> 1) : z >> 1);
    if (c < 0x10000) bmp[c] = to;
    else astral.set(c, to);
  }
}

function decodeRuns(text: string, bit: number, flags: Uint8Array, astral: number[]): void {
  const f = text.split(' ');
  let c = 0;
  for (let i = 0; i + 1 < f.length; i += 2) {
    c += parseInt(f[i], 36);
    const start = c;
    c += parseInt(f[i + 1], 36);
    const end = c;
    for (let x = start; x < end && x < 0x10000; x++) flags[x] |= bit;
    if (end > 0x10000) astral.push(Math.max(start, 0x10000), end);
  }
}

function buildCase(): void {
  lowerBmp = new Uint16Array(0x10000);
  upperBmp = new Uint16Array(0x10000);
  decodeMapping(LOWER, lowerBmp, lowerAstral);
  decodeMapping(UPPER, upperBmp, upperAstral);
}

function buildFlags(): Uint8Array {
  const f = new Uint8Array(0x10000);
  decodeRuns(DECIMAL, UNI_DECIMAL, f, astralRuns[0]);
  decodeRuns(SPACE, UNI_SPACE, f, astralRuns[1]);
  decodeRuns(LINEBREAK, UNI_LINEBREAK, f, astralRuns[2]);
  decodeRuns(ALNUM, UNI_ALNUM, f, astralRuns[3]);
  flagsBmp = f;
  return f;
}

function inRuns(runs: number[], ch: number): boolean {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ch < runs[2 * mid]) hi = mid;
    else if (ch >= runs[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

function uniFlag(ch: number, bit: number, which: number): boolean {
  if (ch < 0x10000) return ((flagsBmp ?? buildFlags())[ch] & bit) !== 0;
  if (flagsBmp === null) buildFlags();
  return inRuns(astralRuns[which], ch);
}

/** Py_UNICODE_TOLOWER: the simple lowercase mapping. @see sre.c sre_lower_unicode */
export function sreLowerUnicode(ch: number): number {
  if (ch < 0x10000) return (lowerBmp ?? (buildCase(), lowerBmp!))[ch];
  if (lowerBmp === null) buildCase();
  return lowerAstral.get(ch) ?? ch;
}

/** Py_UNICODE_TOUPPER: the simple uppercase mapping. @see sre.c sre_upper_unicode */
export function sreUpperUnicode(ch: number): number {
  if (ch < 0x10000) return (upperBmp ?? (buildCase(), upperBmp!))[ch];
  if (upperBmp === null) buildCase();
  return upperAstral.get(ch) ?? ch;
}

/** Py_UNICODE_ISDECIMAL. */
export function uniIsDigit(ch: number): boolean {
  return uniFlag(ch, UNI_DECIMAL, 0);
}

/** Py_UNICODE_ISSPACE. */
export function uniIsSpace(ch: number): boolean {
  return uniFlag(ch, UNI_SPACE, 1);
}

/** Py_UNICODE_ISLINEBREAK. */
export function uniIsLinebreak(ch: number): boolean {
  return uniFlag(ch, UNI_LINEBREAK, 2);
}

/** SRE_UNI_IS_WORD: alphanumeric or underscore. */
export function uniIsWord(ch: number): boolean {
  return ch === 95 || uniFlag(ch, UNI_ALNUM, 3);
}
