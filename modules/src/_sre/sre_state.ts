// Mirrors SRE_STATE of Modules/_sre/sre.h and the data-stack helpers of Modules/_sre/sre.c
// (data_stack_grow, the repeat pool): everything one match attempt carries. Positions are
// indices into `str`, the subject's code points (or bytes); CPython's NULL pointer is -1.

import { handleEvalBreaker } from '@ceval/core/ceval-gil';
import { maybeCurrentInterpreter } from '@ceval/core/interpreter';
import type { PyObject } from '@ceval/core/object';

/**
 * One match context (SRE(match_context)) is CTX_SIZE words on the data stack: the matcher
 * never recurses on the host stack, it pushes a context and jumps, as sre_lib.h does.
 */
export const C_COUNT = 0;
export const C_U = 1;
export const C_LASTMARK = 2;
export const C_LASTINDEX = 3;
export const C_PATTERN = 4;
export const C_PTR = 5;
export const C_TOPLEVEL = 6;
export const C_JUMP = 7;
export const C_LAST = 8;
export const CTX_SIZE = 9;

/** An SRE_REPEAT is REP_SIZE words in `reps`: count, pattern (its REPEAT op), last_ptr, prev. */
export const R_COUNT = 0;
export const R_PATTERN = 1;
export const R_LAST_PTR = 2;
export const R_PREV = 3;
export const REP_SIZE = 4;

/** The state of one search through one subject. @see Modules/_sre/sre.h SRE_STATE */
export class SreState {
  /** The subject as code points (str) or bytes, the whole string whatever pos/endpos say. */
  declare str: Int32Array;
  /** Where matching starts and must stop (pos and endpos, clamped). */
  declare start: number;
  declare end: number;
  /** Where the current match attempt stands, and where it ended on success. */
  declare ptr: number;
  declare pos: number;
  declare endpos: number;
  /** Group boundaries: mark[2g] and mark[2g+1] for group g+1; -1 where unset. */
  declare mark: Int32Array;
  declare lastmark: number;
  declare lastindex: number;
  /** The innermost active REPEAT (an offset into `reps`), or -1. */
  declare repeat: number;
  declare reps: Int32Array;
  declare repTop: number;
  /** The data stack: match contexts and saved marks, end to end. */
  declare ds: Int32Array;
  declare dsBase: number;
  declare matchAll: boolean;
  declare mustAdvance: boolean;
  declare isbytes: boolean;
  /** The subject object (state->string), for slicing out groups. */
  declare string: PyObject;
  /** UTF-16 offsets of the subject's code points, when it has astral ones (see sre_string). */
  declare offs: Int32Array | null;

  constructor(str: Int32Array, string: PyObject, isbytes: boolean, groups: number,
    start: number, end: number) {
    this.str = str;
    this.string = string;
    this.isbytes = isbytes;
    this.mark = new Int32Array(Math.max(2 * groups, 2)).fill(-1);
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = -1;
    this.reps = EMPTY;
    this.repTop = 0;
    this.ds = EMPTY;
    this.dsBase = 0;
    this.matchAll = false;
    this.mustAdvance = false;
    this.offs = null;
    this.start = start;
    this.end = end;
    this.pos = start;
    this.endpos = end;
    this.ptr = start;
  }
}

const EMPTY = new Int32Array(0);

/** Reset between two searches of a loop (findall, sub, the scanner). @see sre.c state_reset */
export function stateReset(state: SreState): void {
  state.lastmark = -1;
  state.lastindex = -1;
  state.repeat = -1;
  state.repTop = 0;
  state.dsBase = 0;
}

/** Make room for `size` more words on the data stack. @see sre.c data_stack_grow */
export function dsGrow(state: SreState, size: number): Int32Array {
  const minsize = state.dsBase + size;
  if (state.ds.length < minsize) {
    const grown = new Int32Array(minsize + (minsize >> 2) + 1024);
    grown.set(state.ds.subarray(0, state.dsBase));
    state.ds = grown;
  }
  return state.ds;
}

/** Push a new match context above the current one; returns its position. */
export function pushCtx(state: SreState, parent: number, jump: number, toplevel: number): number {
  const pos = state.dsBase;
  const ds = pos + CTX_SIZE > state.ds.length ? dsGrow(state, CTX_SIZE) : state.ds;
  state.dsBase = pos + CTX_SIZE;
  ds[pos + C_LAST] = parent;
  ds[pos + C_JUMP] = jump;
  ds[pos + C_TOPLEVEL] = toplevel;
  return pos;
}

/** DATA_PUSH of one word. */
export function dataPush(state: SreState, v: number): void {
  const ds = state.dsBase + 1 > state.ds.length ? dsGrow(state, 1) : state.ds;
  ds[state.dsBase++] = v;
}

/** DATA_POP of one word. */
export function dataPop(state: SreState): number {
  return state.ds[--state.dsBase];
}

/** MARK_PUSH: save mark[0..lastmark] (when any is set). */
export function markPush(state: SreState, lastmark: number): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  const ds = state.dsBase + n > state.ds.length ? dsGrow(state, n) : state.ds;
  const mark = state.mark;
  const base = state.dsBase;
  for (let i = 0; i < n; i++) ds[base + i] = mark[i];
  state.dsBase = base + n;
}

/** MARK_POP (discard = true), MARK_POP_KEEP (false): restore the saved marks. */
export function markPop(state: SreState, lastmark: number, discard: boolean): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  const ds = state.ds;
  const mark = state.mark;
  const base = state.dsBase - n;
  for (let i = 0; i < n; i++) mark[i] = ds[base + i];
  if (discard) state.dsBase = base;
}

/** MARK_POP_DISCARD: drop the saved marks. */
export function markPopDiscard(state: SreState, lastmark: number): void {
  if (lastmark >= 0) state.dsBase -= lastmark + 1;
}

/** Allocate an SRE_REPEAT. Repeats live and die in stack order, so a stack serves as pool. */
export function repeatAlloc(state: SreState): number {
  const r = state.repTop;
  if (r + REP_SIZE > state.reps.length) {
    const grown = new Int32Array(Math.max(64, state.reps.length * 2));
    grown.set(state.reps);
    state.reps = grown;
  }
  state.repTop = r + REP_SIZE;
  return r;
}

/** Free the most recent SRE_REPEAT. */
export function repeatFree(state: SreState, r: number): void {
  state.repTop = r;
}

/**
 * MAYBE_CHECK_SIGNALS: every 4096 steps the matcher lets a pending Ctrl-C (or an embedder's
 * instruction budget) interrupt it, as CPython's PyErr_CheckSignals does, so a catastrophic
 * pattern can be stopped. Raises the Python exception.
 */
export function checkSignals(): void {
  const interp = maybeCurrentInterpreter();
  if (interp !== null) handleEvalBreaker(interp);
}
