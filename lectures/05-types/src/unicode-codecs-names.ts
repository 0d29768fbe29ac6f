// Mirrors _getucname of Modules/unicodedata.c: the name of a code point, which the
// namereplace error handler writes as \N{NAME}. The names are core's table for
// \N{...} escapes (core/src/compiler/parser/unicodenames.ts, from python3.13), read the
// other way round; CJK ideographs and Hangul syllables have names computed from the code.

import { NAMES, RANGES } from '@ceval/core/compiler/parser/unicodenames';

let byCode: Map<number, string> | null = null;

/** Decode the front-coded table (<shared prefix length><rest>,<hex code point>;) once. */
function table(): Map<number, string> {
  if (byCode !== null) return byCode;
  const m = new Map<number, string>();
  let prev = '';
  let i = 0;
  while (i < NAMES.length) {
    const semi = NAMES.indexOf(';', i);
    const end = semi < 0 ? NAMES.length : semi;
    const c = NAMES.charCodeAt(i);
    const k = c <= 57 ? c - 48 : c <= 102 ? c - 87 : c - 103 + 16;
    const comma = NAMES.lastIndexOf(',', end);
    const name = prev.slice(0, k) + NAMES.slice(i + 1, comma);
    m.set(parseInt(NAMES.slice(comma + 1, end), 16), name);
    prev = name;
    i = end + 1;
  }
  return (byCode = m);
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C',
  'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO',
  'U', 'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT',
  'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/**
 * unicodedata.name(chr(c)), or null for a code point without a name (controls, private
 * use, unassigned, surrogates).
 * @see Modules/unicodedata.c _getucname
 */
export function unicodeCharName(c: number): string | null {
  if (c >= 0xac00 && c < 0xac00 + 11172) {
    // A Hangul syllable is leading consonant, vowel and optional trailing consonant.
    const s = c - 0xac00;
    return 'HANGUL SYLLABLE ' + JAMO_L[Math.floor(s / 588)] +
      JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  for (const [prefix, lo, hi] of RANGES) {
    if (c >= lo && c <= hi) return prefix + c.toString(16).toUpperCase();
  }
  return table().get(c) ?? null;
}
