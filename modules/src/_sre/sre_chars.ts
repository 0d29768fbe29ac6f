// The character questions of Modules/_sre/sre.c and sre_lib.h: the ASCII, locale and Unicode
// predicates behind CATEGORY, the case folds behind the *_IGNORE opcodes, SRE(at) for the AT
// assertions and SRE(charset) for IN's set programs (LITERAL, RANGE, CHARSET bitmaps,
// BIGCHARSET blocks, CATEGORY, NEGATE).

import {
  OP_FAILURE, OP_LITERAL, OP_CATEGORY, OP_CHARSET, OP_RANGE, OP_RANGE_UNI_IGNORE, OP_NEGATE,
  OP_BIGCHARSET, CATEGORY_DIGIT, CATEGORY_NOT_DIGIT, CATEGORY_SPACE, CATEGORY_NOT_SPACE,
  CATEGORY_WORD, CATEGORY_NOT_WORD, CATEGORY_LINEBREAK, CATEGORY_NOT_LINEBREAK,
  CATEGORY_LOC_WORD, CATEGORY_LOC_NOT_WORD, CATEGORY_UNI_DIGIT, CATEGORY_UNI_NOT_DIGIT,
  CATEGORY_UNI_SPACE, CATEGORY_UNI_NOT_SPACE, CATEGORY_UNI_WORD, CATEGORY_UNI_NOT_WORD,
  CATEGORY_UNI_LINEBREAK, CATEGORY_UNI_NOT_LINEBREAK, AT_BEGINNING, AT_BEGINNING_STRING,
  AT_BEGINNING_LINE, AT_END, AT_END_LINE, AT_END_STRING, AT_BOUNDARY, AT_NON_BOUNDARY,
  AT_LOC_BOUNDARY, AT_LOC_NON_BOUNDARY, AT_UNI_BOUNDARY, AT_UNI_NON_BOUNDARY,
} from './sre_constants.js';
import {
  sreUpperUnicode, uniIsDigit, uniIsSpace, uniIsLinebreak, uniIsWord,
} from './sre_unicode.js';
import type { SreState } from './sre_state.js';

// ASCII classes, as pyctype.h's Py_ISDIGIT & co: bit 1 digit, 2 space, 4 word, 8 upper.
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = 1 | 4;
for (const c of [32, 9, 10, 11, 12, 13]) ASCII[c] = 2;
for (let c = 65; c <= 90; c++) ASCII[c] = 4 | 8;
for (let c = 97; c <= 122; c++) ASCII[c] = 4;
ASCII[95] = 4;

/** SRE_IS_DIGIT. */
export function isDigit(ch: number): boolean {
  return ch < 128 && (ASCII[ch] & 1) !== 0;
}

/** SRE_IS_SPACE. */
export function isSpace(ch: number): boolean {
  return ch < 128 && (ASCII[ch] & 2) !== 0;
}

/** SRE_IS_WORD: ASCII letters, digits and '_'. */
export function isWord(ch: number): boolean {
  return ch < 128 && (ASCII[ch] & 4) !== 0;
}

/** sre_lower_ascii: Py_TOLOWER below 128, the identity above. */
export function lowerAscii(ch: number): number {
  return ch < 128 && (ASCII[ch] & 8) !== 0 ? ch + 32 : ch;
}

/**
 * The locale's tolower/toupper/isalnum for bytes (sre_lower_locale & co). python3.13 runs
 * with LC_CTYPE from the environment, a UTF-8 locale on every machine we target, where the
 * C library's ctype functions know only ASCII; ceval answers as such a locale does.
 */
export function lowerLocale(ch: number): number {
  return ch < 256 ? lowerAscii(ch) : ch;
}

export function upperLocale(ch: number): number {
  return ch < 128 && ch >= 97 && ch <= 122 ? ch - 32 : ch;
}

/** SRE_LOC_IS_WORD. */
export function locIsWord(ch: number): boolean {
  return isWord(ch);
}

/** char_loc_ignore: does `ch` equal the pattern's character up to the locale's case? */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

/** sre_category: is `ch` in the category? @see sre.c sre_category */
export function category(cat: number, ch: number): boolean {
  switch (cat) {
    case CATEGORY_DIGIT: return isDigit(ch);
    case CATEGORY_NOT_DIGIT: return !isDigit(ch);
    case CATEGORY_SPACE: return isSpace(ch);
    case CATEGORY_NOT_SPACE: return !isSpace(ch);
    case CATEGORY_WORD: return isWord(ch);
    case CATEGORY_NOT_WORD: return !isWord(ch);
    case CATEGORY_LINEBREAK: return ch === 10;
    case CATEGORY_NOT_LINEBREAK: return ch !== 10;
    case CATEGORY_LOC_WORD: return locIsWord(ch);
    case CATEGORY_LOC_NOT_WORD: return !locIsWord(ch);
    case CATEGORY_UNI_DIGIT: return uniIsDigit(ch);
    case CATEGORY_UNI_NOT_DIGIT: return !uniIsDigit(ch);
    case CATEGORY_UNI_SPACE: return uniIsSpace(ch);
    case CATEGORY_UNI_NOT_SPACE: return !uniIsSpace(ch);
    case CATEGORY_UNI_WORD: return uniIsWord(ch);
    case CATEGORY_UNI_NOT_WORD: return !uniIsWord(ch);
    case CATEGORY_UNI_LINEBREAK: return uniIsLinebreak(ch);
    case CATEGORY_UNI_NOT_LINEBREAK: return !uniIsLinebreak(ch);
  }
  return false;
}

/**
 * Is `ch` a member of the set program starting at code[set]? The program is a list of
 * tests ended by FAILURE; NEGATE flips the answer. @see sre_lib.h SRE(charset)
 */
export function charset(code: Int32Array, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case OP_FAILURE:
        return !ok;
      case OP_LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case OP_CATEGORY:
        if (category(code[set], ch)) return ok;
        set++;
        break;
      case OP_CHARSET:
        // A 256-bit bitmap in eight 32-bit words.
        if (ch < 256 && (code[set + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case OP_RANGE:
        if ((code[set] >>> 0) <= ch && ch <= (code[set + 1] >>> 0)) return ok;
        set += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {
        // ch is already lower-cased; its uppercase may fall in the range instead.
        if ((code[set] >>> 0) <= ch && ch <= (code[set + 1] >>> 0)) return ok;
        const uch = sreUpperUnicode(ch);
        if ((code[set] >>> 0) <= uch && uch <= (code[set + 1] >>> 0)) return ok;
        set += 2;
        break;
      }
      case OP_NEGATE:
        ok = !ok;
        break;
      case OP_BIGCHARSET: {
        // <count> <256 block indices, packed four to a word, little-endian> <count blocks>
        const count = code[set++];
        let block = -1;
        if (ch < 0x10000) {
          const hi = ch >> 8;
          block = (code[set + (hi >> 2)] >>> ((hi & 3) * 8)) & 255;
        }
        set += 64;
        if (block >= 0 && (code[set + ((block * 256 + (ch & 255)) >> 5)] & (1 << (ch & 31))) !== 0) {
          return ok;
        }
        set += count * 8;
        break;
      }
      default:
        // Internal error: the validator lets nothing else through; answer "not a member".
        return false;
    }
  }
}

/** SRE(charset_loc_ignore): try the locale's lower case, then its upper case. */
export function charsetLocIgnore(code: Int32Array, set: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (charset(code, set, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && charset(code, set, up);
}

function boundary(state: SreState, ptr: number, word: (ch: number) => boolean,
  want: boolean): boolean {
  if (state.end === 0) return false;
  const str = state.str;
  const thatp = ptr > 0 ? word(str[ptr - 1]) : false;
  const thisp = ptr < state.end ? word(str[ptr]) : false;
  return (thisp !== thatp) === want;
}

/** SRE(at): does position `ptr` satisfy the AT assertion? @see sre_lib.h SRE(at) */
export function at(state: SreState, ptr: number, code: number): boolean {
  const str = state.str;
  const end = state.end;
  switch (code) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr === 0;
    case AT_BEGINNING_LINE:
      return ptr === 0 || str[ptr - 1] === 10;
    case AT_END:
      return (end - ptr === 1 && str[ptr] === 10) || ptr === end;
    case AT_END_LINE:
      return ptr === end || str[ptr] === 10;
    case AT_END_STRING:
      return ptr === end;
    case AT_BOUNDARY: return boundary(state, ptr, isWord, true);
    case AT_NON_BOUNDARY: return boundary(state, ptr, isWord, false);
    case AT_LOC_BOUNDARY: return boundary(state, ptr, locIsWord, true);
    case AT_LOC_NON_BOUNDARY: return boundary(state, ptr, locIsWord, false);
    case AT_UNI_BOUNDARY: return boundary(state, ptr, uniIsWord, true);
    case AT_UNI_NON_BOUNDARY: return boundary(state, ptr, uniIsWord, false);
  }
  return false;
}
