// Mirrors SRE(count) of Modules/_sre/sre_lib.h: how many times, from state.ptr and at most
// `maxcount` times, a one-character item matches; REPEAT_ONE and its kin call it before they
// back off. The common items are counted by tight loops over the subject; the rest run the
// matcher on the item, one character at a time.

import {
  OP_IN, OP_ANY, OP_ANY_ALL, OP_LITERAL, OP_LITERAL_IGNORE, OP_LITERAL_UNI_IGNORE,
  OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL, OP_NOT_LITERAL_IGNORE, OP_NOT_LITERAL_UNI_IGNORE,
  OP_NOT_LITERAL_LOC_IGNORE, OP_IN_IGNORE, OP_IN_UNI_IGNORE, OP_CATEGORY, SRE_MAXREPEAT,
} from './sre_constants.js';
import { charset, lowerAscii, charLocIgnore, category } from './sre_chars.js';
import { sreLowerUnicode } from './sre_unicode.js';
import type { SreState } from './sre_state.js';
import { sreMatch } from './sre_lib.js';

/** @see sre_lib.h SRE(count) */
export function sreCount(state: SreState, code: Int32Array, pattern: number,
  maxcount: number): number {
  const str = state.str;
  const start = state.ptr;
  let ptr = start;
  let end = state.end;
  if (maxcount < end - ptr && maxcount !== SRE_MAXREPEAT) end = ptr + maxcount;
  const chr = code[pattern + 1];
  switch (code[pattern]) {
    case OP_IN:
      while (ptr < end && charset(code, pattern + 2, str[ptr])) ptr++;
      break;
    case OP_ANY:
      while (ptr < end && str[ptr] !== 10) ptr++;
      break;
    case OP_ANY_ALL:
      ptr = end;
      break;
    case OP_LITERAL:
      while (ptr < end && str[ptr] === chr) ptr++;
      break;
    case OP_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(str[ptr]) === chr) ptr++;
      break;
    case OP_LITERAL_UNI_IGNORE:
      while (ptr < end && sreLowerUnicode(str[ptr]) === chr) ptr++;
      break;
    case OP_LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, str[ptr])) ptr++;
      break;
    case OP_NOT_LITERAL:
      while (ptr < end && str[ptr] !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(str[ptr]) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && sreLowerUnicode(str[ptr]) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, str[ptr])) ptr++;
      break;
    // Not in sre_lib.h's switch (it runs the matcher on them), but the same answer faster.
    case OP_IN_IGNORE:
      while (ptr < end && charset(code, pattern + 2, lowerAscii(str[ptr]))) ptr++;
      break;
    case OP_IN_UNI_IGNORE:
      while (ptr < end && charset(code, pattern + 2, sreLowerUnicode(str[ptr]))) ptr++;
      break;
    case OP_CATEGORY:
      while (ptr < end && category(chr, str[ptr])) ptr++;
      break;
    default: {
      // Any other single-character item: run it, then its SUCCESS, once per character.
      while (state.ptr < end) {
        const i = sreMatch(state, code, pattern, 0);
        if (i < 0) return i;
        if (i === 0) break;
      }
      return state.ptr - start;
    }
  }
  return ptr - start;
}
