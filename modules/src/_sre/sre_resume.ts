// The resume half of SRE(match) in Modules/_sre/sre_lib.h: what a context does when the child
// it jumped into returns (the `jump_*` labels), and the first turn of the looping opcodes
// (BRANCH, REPEAT_ONE, MIN_REPEAT_ONE, POSSESSIVE_REPEAT), whose every later turn is such a
// resume. Each case ends by returning to its own parent (RES_RETURN_*), by jumping into a
// new child (RES_JUMP) or by going on with the next opcode (RES_DISPATCH).

import { OP_LITERAL, OP_IN } from './sre_constants.js';
import { charset } from './sre_chars.js';
import {
  SreState, C_COUNT, C_U, C_LASTMARK, C_LASTINDEX, C_TOPLEVEL, R_COUNT, R_PATTERN,
  R_LAST_PTR, R_PREV, dataPush, dataPop, markPush, markPop, markPopDiscard, repeatFree,
} from './sre_state.js';
import { sreCount } from './sre_count.js';

export const JUMP_NONE = 0;
export const JUMP_MAX_UNTIL_1 = 1;
export const JUMP_MAX_UNTIL_2 = 2;
export const JUMP_MAX_UNTIL_3 = 3;
export const JUMP_MIN_UNTIL_1 = 4;
export const JUMP_MIN_UNTIL_2 = 5;
export const JUMP_MIN_UNTIL_3 = 6;
export const JUMP_REPEAT = 7;
export const JUMP_REPEAT_ONE_1 = 8;
export const JUMP_REPEAT_ONE_2 = 9;
export const JUMP_MIN_REPEAT_ONE = 10;
export const JUMP_BRANCH = 11;
export const JUMP_ASSERT = 12;
export const JUMP_ASSERT_NOT = 13;
export const JUMP_POSS_REPEAT_1 = 14;
export const JUMP_POSS_REPEAT_2 = 15;
export const JUMP_ATOMIC_GROUP = 16;

export const RES_RETURN_0 = 0;
export const RES_RETURN_1 = 1;
export const RES_JUMP = 2;
export const RES_DISPATCH = 3;

/** SRE_MAXREPEAT as the Int32Array of code holds it. */
export const MAXREPEAT = -1;

/** A code word as the unsigned number it means (repeat bounds, lookbehind widths). */
export function u32(v: number): number {
  return v >>> 0;
}

/** Where a resume continues: the context's pattern and ptr, and the child for RES_JUMP. */
export const out = { pattern: 0, ptr: 0, jump: 0, next: 0, top: 0 };

function jumpTo(pattern: number, ptr: number, jump: number, next: number, top: number): number {
  out.pattern = pattern;
  out.ptr = ptr;
  out.jump = jump;
  out.next = next;
  out.top = top;
  return RES_JUMP;
}

function dispatchAt(pattern: number, ptr: number): number {
  out.pattern = pattern;
  out.ptr = ptr;
  return RES_DISPATCH;
}

/** LASTMARK_SAVE. */
function lastmarkSave(state: SreState, ctx: number): void {
  state.ds[ctx + C_LASTMARK] = state.lastmark;
  state.ds[ctx + C_LASTINDEX] = state.lastindex;
}

/** LASTMARK_RESTORE. */
function lastmarkRestore(state: SreState, ctx: number): void {
  state.lastmark = state.ds[ctx + C_LASTMARK];
  state.lastindex = state.ds[ctx + C_LASTINDEX];
}

/**
 * A child that succeeded ends a backtracking loop with success; one that failed restores the
 * marks the loop saved before its next turn. Returns true on success.
 */
function loopChildDone(state: SreState, ctx: number, ret: number): boolean {
  if (ret !== 0) {
    if (state.repeat !== -1) markPopDiscard(state, state.ds[ctx + C_LASTMARK]);
    return true;
  }
  if (state.repeat !== -1) markPop(state, state.ds[ctx + C_LASTMARK], false);
  lastmarkRestore(state, ctx);
  return false;
}

/** A looping opcode that ran out of turns: drop its saved marks and fail. */
function loopFail(state: SreState, ctx: number): number {
  if (state.repeat !== -1) markPopDiscard(state, state.ds[ctx + C_LASTMARK]);
  return RES_RETURN_0;
}

/**
 * Resume context `ctx` at `jump` after its child returned `ret` (or, with `first`, start a
 * looping opcode's first turn). `pattern` and `ptr` are the context's own, as saved.
 */
export function resume(state: SreState, code: Int32Array, ctx: number, jump: number,
  first: boolean, ret: number, pattern: number, ptr: number): number {
  if (ret < 0) return ret;
  const top = state.ds[ctx + C_TOPLEVEL];
  switch (jump) {
    case JUMP_BRANCH: {
      if (first) {
        lastmarkSave(state, ctx);
        if (state.repeat !== -1) markPush(state, state.lastmark);
      } else {
        if (loopChildDone(state, ctx, ret)) return RES_RETURN_1;
        pattern += code[pattern];
      }
      // The next alternative worth trying: one opening with a LITERAL or IN that the
      // current character fails is skipped.
      const str = state.str;
      const end = state.end;
      for (; code[pattern] !== 0; pattern += code[pattern]) {
        const op = code[pattern + 1];
        if (op === OP_LITERAL && (ptr >= end || str[ptr] !== code[pattern + 2])) continue;
        if (op === OP_IN && (ptr >= end || !charset(code, pattern + 3, str[ptr]))) continue;
        state.ptr = ptr;
        return jumpTo(pattern, ptr, JUMP_BRANCH, pattern + 1, top);
      }
      return loopFail(state, ctx);
    }
    case JUMP_REPEAT_ONE_1:
    case JUMP_REPEAT_ONE_2: {
      // Back off one character at a time until the tail matches.
      const ds = state.ds;
      let count = ds[ctx + C_COUNT];
      if (first) {
        lastmarkSave(state, ctx);
        if (state.repeat !== -1) markPush(state, state.lastmark);
      } else {
        if (loopChildDone(state, ctx, ret)) return RES_RETURN_1;
        ptr--;
        count--;
      }
      const min = u32(code[pattern + 1]);
      const tail = pattern + code[pattern];
      const str = state.str;
      const end = state.end;
      if (jump === JUMP_REPEAT_ONE_1) {
        // The tail opens with a literal: skip positions where it cannot match.
        const chr = code[tail + 1];
        while (count >= min && (ptr >= end || str[ptr] !== chr)) {
          ptr--;
          count--;
        }
      } else if (code[tail] === OP_IN) {
        // Likewise for a set (not in sre_lib.h, same answers: a tail whose first IN fails
        // fails before it touches any state).
        while (count >= min && (ptr >= end || !charset(code, tail + 2, str[ptr]))) {
          ptr--;
          count--;
        }
      }
      if (count < min) return loopFail(state, ctx);
      state.ds[ctx + C_COUNT] = count;
      state.ptr = ptr;
      return jumpTo(pattern, ptr, jump, tail, top);
    }
    case JUMP_MIN_REPEAT_ONE: {
      // Take one more character at a time until the tail matches.
      if (first) {
        lastmarkSave(state, ctx);
        if (state.repeat !== -1) markPush(state, state.lastmark);
      } else {
        if (loopChildDone(state, ctx, ret)) return RES_RETURN_1;
        state.ptr = ptr;
        const n = sreCount(state, code, pattern + 3, 1);
        if (n < 0) return n;
        if (n === 0) return loopFail(state, ctx);
        ptr++;
        state.ds[ctx + C_COUNT]++;
      }
      const max = code[pattern + 2];
      if (max === MAXREPEAT || state.ds[ctx + C_COUNT] <= u32(max)) {
        state.ptr = ptr;
        return jumpTo(pattern, ptr, JUMP_MIN_REPEAT_ONE, pattern + code[pattern], top);
      }
      return loopFail(state, ctx);
    }
    case JUMP_REPEAT: {
      // The repeat's whole run returned: uninstall its context.
      const r = state.ds[ctx + C_U];
      state.repeat = state.reps[r + R_PREV];
      repeatFree(state, r);
      return ret !== 0 ? RES_RETURN_1 : RES_RETURN_0;
    }
    case JUMP_MAX_UNTIL_1:
    case JUMP_MIN_UNTIL_1: {
      if (ret !== 0) return RES_RETURN_1;
      const r = state.ds[ctx + C_U];
      state.reps[r + R_COUNT] = state.ds[ctx + C_COUNT] - 1;
      state.ptr = ptr;
      return RES_RETURN_0;
    }
    case JUMP_MAX_UNTIL_2: {
      const r = state.ds[ctx + C_U];
      state.reps[r + R_LAST_PTR] = dataPop(state);
      if (ret !== 0) {
        markPopDiscard(state, state.ds[ctx + C_LASTMARK]);
        return RES_RETURN_1;
      }
      markPop(state, state.ds[ctx + C_LASTMARK], true);
      lastmarkRestore(state, ctx);
      state.reps[r + R_COUNT] = state.ds[ctx + C_COUNT] - 1;
      state.ptr = ptr;
      // Cannot match more repeated items here: the tail must match.
      state.repeat = state.reps[r + R_PREV];
      return jumpTo(pattern, ptr, JUMP_MAX_UNTIL_3, pattern, top);
    }
    case JUMP_MAX_UNTIL_3: {
      state.repeat = state.ds[ctx + C_U];
      if (ret !== 0) return RES_RETURN_1;
      state.ptr = ptr;
      return RES_RETURN_0;
    }
    case JUMP_MIN_UNTIL_2: {
      const r = state.ds[ctx + C_U];
      const repeatOfTail = state.repeat;
      state.repeat = r;
      if (ret !== 0) {
        if (repeatOfTail !== -1) markPopDiscard(state, state.ds[ctx + C_LASTMARK]);
        return RES_RETURN_1;
      }
      if (repeatOfTail !== -1) markPop(state, state.ds[ctx + C_LASTMARK], true);
      lastmarkRestore(state, ctx);
      state.ptr = ptr;
      const reps = state.reps;
      const rp = reps[r + R_PATTERN];
      const max = code[rp + 2];
      const count = state.ds[ctx + C_COUNT];
      if ((count >= u32(max) && max !== MAXREPEAT) || state.ptr === reps[r + R_LAST_PTR]) {
        return RES_RETURN_0;
      }
      // The tail failed: match one more item, with zero-width match protection.
      reps[r + R_COUNT] = count;
      dataPush(state, reps[r + R_LAST_PTR]);
      state.reps[r + R_LAST_PTR] = state.ptr;
      return jumpTo(pattern, ptr, JUMP_MIN_UNTIL_3, rp + 3, top);
    }
    case JUMP_MIN_UNTIL_3: {
      const r = state.ds[ctx + C_U];
      state.reps[r + R_LAST_PTR] = dataPop(state);
      if (ret !== 0) return RES_RETURN_1;
      state.reps[r + R_COUNT] = state.ds[ctx + C_COUNT] - 1;
      state.ptr = ptr;
      return RES_RETURN_0;
    }
    case JUMP_POSS_REPEAT_1:
    case JUMP_POSS_REPEAT_2:
      return possessiveRepeat(state, code, ctx, jump, first, ret, pattern, ptr);
    case JUMP_ATOMIC_GROUP:
      if (ret === 0) {
        state.ptr = ptr;
        return RES_RETURN_0;
      }
      return dispatchAt(pattern + code[pattern], state.ptr);
    case JUMP_ASSERT:
      if (ret === 0) return RES_RETURN_0;
      return dispatchAt(pattern + code[pattern], ptr);
    case JUMP_ASSERT_NOT:
      if (ret !== 0) {
        if (state.repeat !== -1) markPopDiscard(state, state.ds[ctx + C_LASTMARK]);
        return RES_RETURN_0;
      }
      if (state.repeat !== -1) markPop(state, state.ds[ctx + C_LASTMARK], true);
      lastmarkRestore(state, ctx);
      return dispatchAt(pattern + code[pattern], ptr);
  }
  return RES_RETURN_0;
}

/**
 * POSSESSIVE_REPEAT: match the item at least min times (each failure is final), then as
 * often as it matches up to max, never giving any back. `ptr` doubles as the zero-width
 * guard: the loop stops when an item matched the empty string.
 */
function possessiveRepeat(state: SreState, code: Int32Array, ctx: number, jump: number,
  first: boolean, ret: number, pattern: number, ptr: number): number {
  const ds = state.ds;
  const min = u32(code[pattern + 1]);
  const max = code[pattern + 2];
  let phase2 = false;
  if (!first) {
    if (jump === JUMP_POSS_REPEAT_1) {
      if (ret === 0) {
        state.ptr = ptr;
        return RES_RETURN_0;
      }
      ds[ctx + C_COUNT]++;
    } else {
      phase2 = true;
      if (ret !== 0) {
        markPopDiscard(state, ds[ctx + C_LASTMARK]);
        ds[ctx + C_COUNT]++;
      } else {
        markPop(state, ds[ctx + C_LASTMARK], true);
        lastmarkRestore(state, ctx);
        state.ptr = ptr;
        return dispatchAt(pattern + code[pattern] + 1, state.ptr);
      }
    }
  }
  if (!phase2) {
    if (ds[ctx + C_COUNT] < min) return jumpTo(pattern, ptr, JUMP_POSS_REPEAT_1, pattern + 3, 0);
    // Enough matches: make the zero-width guard differ from state.ptr to enter the loop.
    ptr = -1;
  }
  const count = state.ds[ctx + C_COUNT];
  if ((count < u32(max) || max === MAXREPEAT) && state.ptr !== ptr) {
    lastmarkSave(state, ctx);
    markPush(state, state.lastmark);
    ptr = state.ptr;
    return jumpTo(pattern, ptr, JUMP_POSS_REPEAT_2, pattern + 3, 0);
  }
  return dispatchAt(pattern + code[pattern] + 1, state.ptr);
}
