// Mirrors SRE(search) of Modules/_sre/sre_lib.h: find the leftmost match at or after
// state.start. The INFO block that opens a compiled pattern says what a match must begin
// with: a literal prefix (scanned for with its overlap table, as Knuth-Morris-Pratt does) or
// a set of first characters; without either, the matcher is tried at every position.

import {
  OP_INFO, OP_AT, AT_BEGINNING, AT_BEGINNING_STRING, SRE_INFO_PREFIX, SRE_INFO_LITERAL,
  SRE_INFO_CHARSET,
} from './sre_constants.js';
import { charset } from './sre_chars.js';
import type { SreState } from './sre_state.js';
import { sreMatch } from './sre_lib.js';

/** RESET_CAPTURE_GROUP: marks from a failed attempt must not leak into the next. */
function resetCaptureGroup(state: SreState): void {
  state.lastmark = -1;
  state.lastindex = -1;
}

/** @see sre_lib.h SRE(search) */
export function sreSearch(state: SreState, code: Int32Array): number {
  const str = state.str;
  let ptr = state.start;
  let end = state.end;
  let pattern = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = -1;
  let overlap = -1;
  let charsetAt = -1;
  let flags = 0;
  let status = 0;
  if (ptr > end) return 0;
  if (code[0] === OP_INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2];
    const min = code[3] >>> 0;
    if (min !== 0 && end - ptr < min) return 0;
    if (min > 1) {
      // Leave room for the shortest match (but keep at least one character to look at).
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if ((flags & SRE_INFO_PREFIX) !== 0) {
      // <length> <skip> <prefix data> <overlap data>
      prefixLen = code[5];
      prefixSkip = code[6];
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if ((flags & SRE_INFO_CHARSET) !== 0) {
      charsetAt = 5;
    }
    pattern = 1 + code[1];
  }

  if (prefixLen === 1) {
    // The pattern starts with one literal character.
    const c = code[prefix];
    end = state.end;
    state.mustAdvance = false;
    while (ptr < end) {
      while (str[ptr] !== c) {
        if (++ptr >= end) return 0;
      }
      state.start = ptr;
      state.ptr = ptr + prefixSkip;
      if ((flags & SRE_INFO_LITERAL) !== 0) return 1;
      status = sreMatch(state, code, pattern + 2 * prefixSkip, 0);
      if (status !== 0) return status;
      ++ptr;
      resetCaptureGroup(state);
    }
    return 0;
  }

  if (prefixLen > 1) {
    // A known prefix: the overlap table says how far to fall back after a partial match.
    end = state.end;
    if (prefixLen > end - ptr) return 0;
    const c0 = code[prefix];
    while (ptr < end) {
      while (str[ptr++] !== c0) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      state.mustAdvance = false;
      do {
        if (str[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return 0;
            continue;
          }
          // Found a potential match.
          state.start = ptr - (prefixLen - 1);
          state.ptr = ptr - (prefixLen - prefixSkip - 1);
          if ((flags & SRE_INFO_LITERAL) !== 0) return 1;
          status = sreMatch(state, code, pattern + 2 * prefixSkip, 0);
          if (status !== 0) return status;
          // Close but no cigar: try again.
          if (++ptr >= end) return 0;
          resetCaptureGroup(state);
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return 0;
  }

  if (charsetAt >= 0) {
    // The pattern starts with a character from a known set.
    end = state.end;
    state.mustAdvance = false;
    for (;;) {
      while (ptr < end && !charset(code, charsetAt, str[ptr])) ptr++;
      if (ptr >= end) return 0;
      state.start = ptr;
      state.ptr = ptr;
      status = sreMatch(state, code, pattern, 0);
      if (status !== 0) break;
      ptr++;
      resetCaptureGroup(state);
    }
    return status;
  }

  // The general case: try every position. The first try honours must_advance (toplevel);
  // later ones start past the previous match anyway.
  state.start = state.ptr = ptr;
  status = sreMatch(state, code, pattern, 1);
  state.mustAdvance = false;
  if (status === 0 && code[pattern] === OP_AT
    && (code[pattern + 1] === AT_BEGINNING || code[pattern + 1] === AT_BEGINNING_STRING)) {
    state.start = state.ptr = end;
    return 0;
  }
  while (status === 0 && ptr < end) {
    ptr++;
    resetCaptureGroup(state);
    state.start = state.ptr = ptr;
    status = sreMatch(state, code, pattern, 0);
  }
  return status;
}
