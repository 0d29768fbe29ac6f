// Mirrors SRE(match) of Modules/_sre/sre_lib.h: the opcode interpreter. As in CPython it never
// recurses on the host stack: where it must try a subpattern and come back (BRANCH, the
// repeats, assertions) it pushes a match context on the data stack and jumps into it; when
// that context returns, the `jump` it was given says where the parent resumes (the resume
// half lives in sre_resume.ts). So no pattern or subject can overflow the host stack: a
// catastrophic pattern is slow, as on CPython, and Ctrl-C still stops it.

import {
  OP_FAILURE, OP_SUCCESS, OP_ANY, OP_ANY_ALL, OP_ASSERT, OP_ASSERT_NOT, OP_AT, OP_BRANCH,
  OP_CATEGORY, OP_GROUPREF, OP_GROUPREF_EXISTS, OP_IN, OP_INFO, OP_JUMP, OP_LITERAL, OP_MARK,
  OP_MAX_UNTIL, OP_MIN_UNTIL, OP_NOT_LITERAL, OP_REPEAT, OP_REPEAT_ONE, OP_MIN_REPEAT_ONE,
  OP_ATOMIC_GROUP, OP_POSSESSIVE_REPEAT, OP_POSSESSIVE_REPEAT_ONE, OP_GROUPREF_IGNORE,
  OP_IN_IGNORE, OP_LITERAL_IGNORE, OP_NOT_LITERAL_IGNORE, OP_GROUPREF_LOC_IGNORE,
  OP_IN_LOC_IGNORE, OP_LITERAL_LOC_IGNORE, OP_NOT_LITERAL_LOC_IGNORE, OP_GROUPREF_UNI_IGNORE,
  OP_IN_UNI_IGNORE, OP_LITERAL_UNI_IGNORE, OP_NOT_LITERAL_UNI_IGNORE, SRE_ERROR_ILLEGAL,
  SRE_ERROR_STATE,
} from './sre_constants.js';
import {
  charset, charsetLocIgnore, category, at, lowerAscii, lowerLocale, charLocIgnore,
} from './sre_chars.js';
import { sreLowerUnicode } from './sre_unicode.js';
import {
  SreState, C_COUNT, C_U, C_LASTMARK, C_LASTINDEX, C_PATTERN, C_PTR, C_TOPLEVEL, C_LAST, C_JUMP,
  CTX_SIZE, R_COUNT, R_PATTERN, R_LAST_PTR, R_PREV, pushCtx, dataPush, markPush,
  repeatAlloc, checkSignals,
} from './sre_state.js';
import { sreCount } from './sre_count.js';
import {
  resume, out, u32, MAXREPEAT, RES_RETURN_0, RES_RETURN_1, RES_JUMP,
  JUMP_NONE, JUMP_MAX_UNTIL_1, JUMP_MAX_UNTIL_2, JUMP_MAX_UNTIL_3, JUMP_MIN_UNTIL_1,
  JUMP_MIN_UNTIL_2, JUMP_REPEAT, JUMP_REPEAT_ONE_1, JUMP_REPEAT_ONE_2, JUMP_MIN_REPEAT_ONE,
  JUMP_BRANCH, JUMP_ASSERT, JUMP_ASSERT_NOT, JUMP_POSS_REPEAT_1, JUMP_ATOMIC_GROUP,
} from './sre_resume.js';

// What the loop does next: start a context (sre_lib.h's `entrance`), dispatch opcodes, push
// a child context (DO_JUMP), return from the current context (`exit`), or resume a parent
// (the `jump_*` labels; also the first turn of a looping opcode).
const ENTER = 0;
const DISPATCH = 1;
const JUMP = 2;
const EXIT = 3;
const RESUME = 4;

/** Does the back-reference to group `g` match at ptr? Returns the new ptr, or -1. */
function groupref(state: SreState, g: number, ptr: number, op: number): number {
  const gr = g * 2;
  if (gr >= state.lastmark) return -1;
  let p = state.mark[gr];
  const e = state.mark[gr + 1];
  if (p < 0 || e < 0 || e < p) return -1;
  const str = state.str;
  const end = state.end;
  for (; p < e; p++, ptr++) {
    if (ptr >= end) return -1;
    const a = str[ptr];
    const b = str[p];
    switch (op) {
      case OP_GROUPREF: if (a !== b) return -1; break;
      case OP_GROUPREF_IGNORE: if (lowerAscii(a) !== lowerAscii(b)) return -1; break;
      case OP_GROUPREF_UNI_IGNORE: if (sreLowerUnicode(a) !== sreLowerUnicode(b)) return -1; break;
      default: if (lowerLocale(a) !== lowerLocale(b)) return -1;
    }
  }
  return ptr;
}

/**
 * Match the code starting at `pattern` at state.ptr. Returns 1 (state.ptr is where the match
 * ended, marks are set), 0 (no match) or a negative SRE_ERROR_*. `toplevel` is 1 for the
 * whole pattern, whose SUCCESS honours fullmatch and must_advance.
 * @see sre_lib.h SRE(match)
 */
export function sreMatch(state: SreState, code: Int32Array, pattern: number,
  toplevel: number): number {
  const str = state.str;
  const end = state.end;
  let ret = 0;
  let ptr = 0;
  let ctx = pushCtx(state, -1, JUMP_NONE, toplevel);
  let ds = state.ds;
  let mode = ENTER;
  // The pending jump: its kind, the child's code and toplevel flag; `first` marks the
  // first turn of a looping opcode (no child has returned yet).
  let jump = 0;
  let next = 0;
  let top = 0;
  let first = false;
  // MAYBE_CHECK_SIGNALS counts in a local, as sre_lib.h's sigcount.
  let sigcount = 0;
  for (;;) {
    if (mode === ENTER) {
      ptr = state.ptr;
      mode = DISPATCH;
      if (code[pattern] === OP_INFO) {
        // <INFO> <skip> <flags> <min> ...: too few characters left means no match.
        const min = u32(code[pattern + 3]);
        if (min !== 0 && end - ptr < min) {
          ret = 0;
          mode = EXIT;
          continue;
        }
        pattern += code[pattern + 1] + 1;
      }
    }
    if (mode === DISPATCH) {
      ret = 0;
      mode = EXIT; // what a failing opcode's `break dispatch` leaves
      dispatch: for (;;) {
        if ((++sigcount & 0xfff) === 0) checkSignals();
        switch (code[pattern++]) {
          case OP_MARK: {
            // <MARK> <gid>: odd marks close a group, which becomes lastindex.
            const m = code[pattern];
            if ((m & 1) !== 0) state.lastindex = (m >> 1) + 1;
            if (m > state.lastmark) {
              // Marks skipped over were never reached: unset them.
              for (let j = state.lastmark + 1; j < m; j++) state.mark[j] = -1;
              state.lastmark = m;
            }
            state.mark[m] = ptr;
            pattern++;
            continue dispatch;
          }
          case OP_LITERAL:
            if (ptr >= end || str[ptr] !== code[pattern]) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_NOT_LITERAL:
            if (ptr >= end || str[ptr] === code[pattern]) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_SUCCESS:
            if (ds[ctx + C_TOPLEVEL] !== 0 && ((state.matchAll && ptr !== end)
              || (state.mustAdvance && ptr === state.start))) break dispatch;
            state.ptr = ptr;
            ret = 1;
            break dispatch;
          case OP_AT:
            if (!at(state, ptr, code[pattern])) break dispatch;
            pattern++;
            continue dispatch;
          case OP_CATEGORY:
            if (ptr >= end || !category(code[pattern], str[ptr])) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_ANY:
            if (ptr >= end || str[ptr] === 10) break dispatch;
            ptr++;
            continue dispatch;
          case OP_ANY_ALL:
            if (ptr >= end) break dispatch;
            ptr++;
            continue dispatch;
          case OP_IN:
            if (ptr >= end || !charset(code, pattern + 1, str[ptr])) break dispatch;
            pattern += code[pattern];
            ptr++;
            continue dispatch;
          case OP_LITERAL_IGNORE:
            if (ptr >= end || lowerAscii(str[ptr]) !== code[pattern]) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_LITERAL_UNI_IGNORE:
            if (ptr >= end || sreLowerUnicode(str[ptr]) !== code[pattern]) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_LITERAL_LOC_IGNORE:
            if (ptr >= end || !charLocIgnore(code[pattern], str[ptr])) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_NOT_LITERAL_IGNORE:
            if (ptr >= end || lowerAscii(str[ptr]) === code[pattern]) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_NOT_LITERAL_UNI_IGNORE:
            if (ptr >= end || sreLowerUnicode(str[ptr]) === code[pattern]) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || charLocIgnore(code[pattern], str[ptr])) break dispatch;
            pattern++;
            ptr++;
            continue dispatch;
          case OP_IN_IGNORE:
            if (ptr >= end || !charset(code, pattern + 1, lowerAscii(str[ptr]))) break dispatch;
            pattern += code[pattern];
            ptr++;
            continue dispatch;
          case OP_IN_UNI_IGNORE:
            if (ptr >= end || !charset(code, pattern + 1, sreLowerUnicode(str[ptr]))) {
              break dispatch;
            }
            pattern += code[pattern];
            ptr++;
            continue dispatch;
          case OP_IN_LOC_IGNORE:
            if (ptr >= end || !charsetLocIgnore(code, pattern + 1, str[ptr])) break dispatch;
            pattern += code[pattern];
            ptr++;
            continue dispatch;
          case OP_JUMP:
          case OP_INFO:
            pattern += code[pattern];
            continue dispatch;
          case OP_BRANCH:
            // <BRANCH> <0=skip> code <JUMP> ... <NULL>: each alternative in turn.
            jump = JUMP_BRANCH;
            mode = RESUME;
            break dispatch;
          case OP_REPEAT_ONE:
          case OP_POSSESSIVE_REPEAT_ONE: {
            // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail: the item is one
            // character wide, so count how often it matches, then back off one at a time
            // (REPEAT_ONE) or never (POSSESSIVE_REPEAT_ONE).
            const min = u32(code[pattern + 1]);
            if (min > end - ptr) break dispatch;
            state.ptr = ptr;
            const n = sreCount(state, code, pattern + 3, u32(code[pattern + 2]));
            if (n < 0) return n;
            ds = state.ds;
            ds[ctx + C_COUNT] = n;
            ptr += n;
            if (n < min) break dispatch;
            const possessive = code[pattern - 1] === OP_POSSESSIVE_REPEAT_ONE;
            const tail = pattern + code[pattern];
            if (code[tail] === OP_SUCCESS && ptr === end
              && !(ds[ctx + C_TOPLEVEL] !== 0 && state.mustAdvance && ptr === state.start)) {
              // The tail is empty: done.
              state.ptr = ptr;
              ret = 1;
              break dispatch;
            }
            if (possessive) {
              pattern = tail;
              continue dispatch;
            }
            if (code[tail] === OP_SUCCESS) {
              // An empty tail decides at once (sre_lib.h would jump into it and back off):
              // the longest run wins, unless fullmatch needs the end or must_advance a
              // longer match, and backing off only moves further from both.
              if (ds[ctx + C_TOPLEVEL] !== 0 && ((state.matchAll && ptr !== end)
                || (state.mustAdvance && ptr === state.start))) break dispatch;
              state.ptr = ptr;
              ret = 1;
              break dispatch;
            }
            jump = code[tail] === OP_LITERAL ? JUMP_REPEAT_ONE_1 : JUMP_REPEAT_ONE_2;
            mode = RESUME;
            break dispatch;
          }
          case OP_MIN_REPEAT_ONE: {
            // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail: as few as will do.
            const min = u32(code[pattern + 1]);
            if (min > end - ptr) break dispatch;
            state.ptr = ptr;
            if (min === 0) {
              ds[ctx + C_COUNT] = 0;
            } else {
              const n = sreCount(state, code, pattern + 3, min);
              if (n < 0) return n;
              ds = state.ds;
              if (n < min) break dispatch;
              ds[ctx + C_COUNT] = n;
              ptr += n;
            }
            if (code[pattern + code[pattern]] === OP_SUCCESS && !(ds[ctx + C_TOPLEVEL] !== 0
              && ((state.matchAll && ptr !== end) || (state.mustAdvance && ptr === state.start)))) {
              state.ptr = ptr;
              ret = 1;
              break dispatch;
            }
            jump = JUMP_MIN_REPEAT_ONE;
            mode = RESUME;
            break dispatch;
          }
          case OP_REPEAT: {
            // <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail: install a repeat context;
            // MAX_UNTIL / MIN_UNTIL at the item's end do the work.
            const r = repeatAlloc(state);
            const reps = state.reps;
            reps[r + R_COUNT] = -1;
            reps[r + R_PATTERN] = pattern;
            reps[r + R_PREV] = state.repeat;
            reps[r + R_LAST_PTR] = -1;
            state.repeat = r;
            ds[ctx + C_U] = r;
            state.ptr = ptr;
            jump = JUMP_REPEAT;
            next = pattern + code[pattern];
            top = ds[ctx + C_TOPLEVEL];
            mode = JUMP;
            break dispatch;
          }
          case OP_MAX_UNTIL:
          case OP_MIN_UNTIL: {
            const r = state.repeat;
            if (r === -1) return SRE_ERROR_STATE;
            ds[ctx + C_U] = r;
            state.ptr = ptr;
            const reps = state.reps;
            const count = reps[r + R_COUNT] + 1;
            ds[ctx + C_COUNT] = count;
            const rp = reps[r + R_PATTERN];
            const maximizing = code[pattern - 1] === OP_MAX_UNTIL;
            top = ds[ctx + C_TOPLEVEL];
            mode = JUMP;
            if (count < u32(code[rp + 1])) {
              // Not enough matches yet: match the item again.
              reps[r + R_COUNT] = count;
              jump = maximizing ? JUMP_MAX_UNTIL_1 : JUMP_MIN_UNTIL_1;
              next = rp + 3;
              break dispatch;
            }
            ds[ctx + C_LASTMARK] = state.lastmark;
            ds[ctx + C_LASTINDEX] = state.lastindex;
            if (maximizing) {
              const max = code[rp + 2];
              if ((count < u32(max) || max === MAXREPEAT) && state.ptr !== reps[r + R_LAST_PTR]) {
                // Enough matches, but take one more item if it matches.
                reps[r + R_COUNT] = count;
                markPush(state, state.lastmark);
                // Zero-width match protection: remember where this item started.
                dataPush(state, reps[r + R_LAST_PTR]);
                reps[r + R_LAST_PTR] = state.ptr;
                ds = state.ds;
                jump = JUMP_MAX_UNTIL_2;
                next = rp + 3;
                break dispatch;
              }
              // No more items here: the tail must match.
              state.repeat = reps[r + R_PREV];
              jump = JUMP_MAX_UNTIL_3;
              next = pattern;
              break dispatch;
            }
            // MIN_UNTIL: try the tail first.
            state.repeat = reps[r + R_PREV];
            if (state.repeat !== -1) markPush(state, state.lastmark);
            ds = state.ds;
            jump = JUMP_MIN_UNTIL_2;
            next = pattern;
            break dispatch;
          }
          case OP_POSSESSIVE_REPEAT:
            // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
            state.ptr = ptr;
            ds[ctx + C_COUNT] = 0;
            jump = JUMP_POSS_REPEAT_1;
            mode = RESUME;
            break dispatch;
          case OP_ATOMIC_GROUP:
            // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail: match once, keep that match.
            state.ptr = ptr;
            jump = JUMP_ATOMIC_GROUP;
            next = pattern + 1;
            top = 0;
            mode = JUMP;
            break dispatch;
          case OP_GROUPREF:
          case OP_GROUPREF_IGNORE:
          case OP_GROUPREF_UNI_IGNORE:
          case OP_GROUPREF_LOC_IGNORE: {
            const p = groupref(state, code[pattern], ptr, code[pattern - 1]);
            if (p < 0) break dispatch;
            ptr = p;
            pattern++;
            continue dispatch;
          }
          case OP_GROUPREF_EXISTS: {
            // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
            const gr = code[pattern] * 2;
            if (gr >= state.lastmark) {
              pattern += code[pattern + 1];
              continue dispatch;
            }
            const p = state.mark[gr];
            const e = state.mark[gr + 1];
            pattern += p < 0 || e < 0 || e < p ? code[pattern + 1] : 2;
            continue dispatch;
          }
          case OP_ASSERT: {
            // <ASSERT> <skip> <back> <pattern>: a lookahead (back 0) or lookbehind.
            const back = u32(code[pattern + 1]);
            if (ptr < back) break dispatch;
            state.ptr = ptr - back;
            jump = JUMP_ASSERT;
            next = pattern + 2;
            top = 0;
            mode = JUMP;
            break dispatch;
          }
          case OP_ASSERT_NOT: {
            const back = u32(code[pattern + 1]);
            if (ptr >= back) {
              state.ptr = ptr - back;
              ds[ctx + C_LASTMARK] = state.lastmark;
              ds[ctx + C_LASTINDEX] = state.lastindex;
              if (state.repeat !== -1) markPush(state, state.lastmark);
              ds = state.ds;
              jump = JUMP_ASSERT_NOT;
              next = pattern + 2;
              top = 0;
              mode = JUMP;
              break dispatch;
            }
            pattern += code[pattern];
            continue dispatch;
          }
          case OP_FAILURE:
            break dispatch;
          default:
            // SUBPATTERN, RANGE, NEGATE, CHARSET ... never stand alone in valid code.
            return SRE_ERROR_ILLEGAL;
        }
      }
      if (mode === RESUME) first = true;
      continue;
    }
    if (mode === JUMP) {
      // DO_JUMP: save where this context stands, push the child and enter it.
      ds[ctx + C_PATTERN] = pattern;
      ds[ctx + C_PTR] = ptr;
      ctx = pushCtx(state, ctx, jump, top);
      ds = state.ds;
      pattern = next;
      mode = ENTER;
      continue;
    }
    if (mode === EXIT) {
      // Return `ret` to the parent context, which resumes where its jump said.
      const parent = ds[ctx + C_LAST];
      jump = ds[ctx + C_JUMP];
      state.dsBase -= CTX_SIZE;
      if (parent === -1) return ret;
      ctx = parent;
      pattern = ds[ctx + C_PATTERN];
      ptr = ds[ctx + C_PTR];
      first = false;
      mode = RESUME;
    }
    // mode === RESUME
    const r = resume(state, code, ctx, jump, first, ret, pattern, ptr);
    ds = state.ds;
    if (r === RES_RETURN_0 || r === RES_RETURN_1) {
      ret = r === RES_RETURN_1 ? 1 : 0;
      mode = EXIT;
    } else if (r < 0) {
      return r;
    } else {
      pattern = out.pattern;
      ptr = out.ptr;
      if (r === RES_JUMP) {
        jump = out.jump;
        next = out.next;
        top = out.top;
        mode = JUMP;
      } else {
        mode = DISPATCH;
      }
    }
  }
}
