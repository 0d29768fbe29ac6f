// Mirrors CPython 3.13's Python/compile.c, structural pattern matching (PEP 634): `match`
// statements and every pattern kind, with the pattern_context bookkeeping of captured names
// (kept on the stack until the whole pattern has matched) and the fail_pop blocks.

import { Op, NbOp } from '../opcode.js';
import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newInt } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { constKey } from './flowgraph-consts.js';
import type { Location } from './instrseq.js';
import { NO_LOCATION } from './instrseq.js';
import { type Compiler, LOC } from './compile.js';
import { visitExpr, jumpIf } from './compile-expr.js';
import { visitStmts } from './compile-stmt.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

/** CPython's `pattern_context`. */
interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  /** If false, an irrefutable pattern here is an error. */
  allowIrrefutable: boolean;
  /** failPop[i] pops i items then falls through to failPop[i-1]. */
  failPop: number[];
  /** Items on top of the stack that must stay above the captures. */
  onTop: number;
}

const COMPARE_EQ = (2 << 5) | 8;
const COMPARE_GE = (5 << 5) | 4 | 8;

function isWildcard(p: N): boolean { return p._type === 'MatchAs' && p.name === null; }
function isStarWildcard(p: N): boolean { return p._type === 'MatchStar' && p.name === null; }

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, loc: Location, pc: PatternContext, op: number): void {
  // Pop what is on top plus everything captured so far.
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops], loc);
}

function emitAndResetFailPop(c: Compiler, loc: Location, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]);
    c.addop(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

function duplicateStore(c: Compiler, loc: Location, n: string): Error {
  return c.error(`multiple assignments to name '${n}' in pattern`, loc);
}

/** 3.10's ROT_N spelled with SWAPs. */
function rotate(c: Compiler, loc: Location, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--, loc);
}

function storeName(c: Compiler, loc: Location, n: string | null, pc: PatternContext): void {
  if (n === null) { c.addop(Op.POP_TOP, loc); return; }
  c.checkForbiddenName(n, 'Store', loc);
  if (pc.stores.includes(n)) throw duplicateStore(c, loc, n);
  // Tuck the value beneath whatever must stay on top.
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

function unpackHelper(c: Compiler, loc: Location, elts: N[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const e = elts[i];
    if (e._type === 'MatchStar' && !seenStar) {
      if (i >= (1 << 8) || n - i - 1 >= (0x7fffffff >> 8)) {
        throw c.error('too many expressions in star-unpacking sequence pattern', loc);
      }
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (e._type === 'MatchStar') {
      throw c.error('multiple starred expressions in sequence pattern', loc);
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
}

function sequenceUnpack(c: Compiler, loc: Location, patterns: N[], pc: PatternContext): void {
  unpackHelper(c, loc, patterns);
  const size = patterns.length;
  pc.onTop += size;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i], pc);
  }
}

/** `[first, *_, last]`: index the subject instead of unpacking it all. */
function sequenceSubscr(c: Compiler, loc: Location, patterns: N[], star: number,
  pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.addopI(Op.COPY, 1, loc);
    if (i < star) {
      c.loadConst(newInt(i), loc);
    } else {
      // The subject may not support negative indexes: compute len - k.
      c.addop(Op.GET_LEN, loc);
      c.loadConst(newInt(size - i), loc);
      c.addopI(Op.BINARY_OP, NbOp.SUBTRACT, loc);
    }
    c.addop(Op.BINARY_SUBSCR, loc);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP, loc);
}

function subpattern(c: Compiler, p: N, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function patternAs(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) {
        throw c.error(`name capture '${p.name}' makes remaining patterns unreachable`, loc);
      }
      throw c.error('wildcard makes remaining patterns unreachable', loc);
    }
    storeName(c, loc, p.name, pc);
    return;
  }
  pc.onTop++;
  c.addopI(Op.COPY, 1, loc);
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, loc, p.name, pc);
}

function patternClass(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  const patterns: N[] = p.patterns, kwdAttrs: string[] = p.kwd_attrs;
  const kwdPatterns: N[] = p.kwd_patterns;
  const nargs = patterns.length, nattrs = kwdAttrs.length;
  if (nattrs !== kwdPatterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length `
      + 'mismatch in class pattern', loc);
  }
  for (let i = 0; i < nattrs; i++) {
    c.checkForbiddenName(kwdAttrs[i], 'Store', LOC(kwdPatterns[i]));
    for (let j = i + 1; j < nattrs; j++) {
      if (kwdAttrs[i] === kwdAttrs[j]) {
        throw c.error(`attribute name repeated in class pattern: ${kwdAttrs[i]}`,
          LOC(kwdPatterns[j]));
      }
    }
  }
  visitExpr(c, p.cls);
  c.loadConst(newTuple(kwdAttrs.map((a) => newStr(a))), loc);
  c.addopI(Op.MATCH_CLASS, nargs, loc);
  c.addopI(Op.COPY, 1, loc);
  c.loadConst(Py_None, loc);
  c.addopI(Op.IS_OP, 1, loc);
  // On top: a tuple of nargs + nattrs attributes (or None).
  pc.onTop++;
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (isWildcard(sub)) { c.addop(Op.POP_TOP, loc); continue; }
    subpattern(c, sub, pc);
  }
}

function patternMapping(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  const keys: N[] = p.keys, patterns: N[] = p.patterns;
  let size = keys.length;
  if (size !== patterns.length) {
    throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping `
      + 'pattern', loc);
  }
  const starTarget: string | null = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    // `{}` matches any mapping.
    pc.onTop--;
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(newInt(size), loc);
    c.addopI(Op.COMPARE_OP, COMPARE_GE, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key === null) {
      throw c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)",
        LOC(patterns[i]));
    }
    if (key._type === 'Constant') {
      const k = constKey(c.constCache, key.value as PyObject);
      if (seen.has(k)) {
        throw c.error(`mapping pattern checks duplicate key (${reprConst(key.value)})`, loc);
      }
      seen.add(k);
    } else if (key._type !== 'Attribute') {
      throw c.error('mapping pattern keys may only match literals and attribute lookups', loc);
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size, loc);
  c.addop(Op.MATCH_KEYS, loc);
  // A tuple of keys and a tuple of values now sit on the subject.
  pc.onTop += 2;
  c.addopI(Op.COPY, 1, loc);
  c.loadConst(Py_None, loc);
  c.addopI(Op.IS_OP, 1, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size, loc);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, patterns[i], pc);
  }
  pc.onTop -= 2;
  if (starTarget !== null) {
    // rest = dict(subject); del rest[k] for each matched key.
    c.addopI(Op.BUILD_MAP, 0, loc);
    c.addopI(Op.SWAP, 3, loc);
    c.addopI(Op.DICT_UPDATE, 2, loc);
    c.addopI(Op.UNPACK_SEQUENCE, size, loc);
    while (size) {
      c.addopI(Op.COPY, 1 + size--, loc);
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.DELETE_SUBSCR, loc);
    }
    storeName(c, loc, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP, loc);
    c.addop(Op.POP_TOP, loc);
  }
}

function reprConst(o: N): string {
  const v = o?.value;
  if (typeof v === 'string') return `'${v}'`;
  return String(v);
}

function patternOr(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  const end = c.newLabel();
  const alts: N[] = p.patterns;
  const size = alts.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop,
    onTop: pc.onTop };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = alts[i];
    pc.stores = [];
    // Only the last alternative may be irrefutable.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1, LOC(alt));
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error('alternative patterns bind different names', loc);
    } else if (nstores) {
      // Reorder this alternative's captures to match the first one's.
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error('alternative patterns bind different names', loc);
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, LOC(alt), icontrol + 1);
        }
      }
    }
    c.addopJ(Op.JUMP, end, LOC(alt));
    emitAndResetFailPop(c, LOC(alt), pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: drop the subject copy and fail.
  c.addop(Op.POP_TOP, loc);
  jumpToFailPop(c, loc, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, loc, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) throw duplicateStore(c, loc, name);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP, loc);
}

function patternSequence(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  const patterns: N[] = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._type === 'MatchStar') {
      if (star >= 0) throw c.error('multiple starred names in sequence pattern', loc);
      starWildcard = isStarWildcard(q);
      onlyWildcard = onlyWildcard && starWildcard;
      star = i;
      continue;
    }
    onlyWildcard = onlyWildcard && isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(newInt(size), loc);
    c.addopI(Op.COMPARE_OP, COMPARE_EQ, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size - 1 > 0) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(newInt(size - 1), loc);
    c.addopI(Op.COMPARE_OP, COMPARE_GE, loc);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP, loc);
  else if (starWildcard) sequenceSubscr(c, loc, patterns, star, pc);
  else sequenceUnpack(c, loc, patterns, pc);
}

function patternValue(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  const value = p.value;
  if (value._type !== 'Constant' && value._type !== 'Attribute') {
    throw c.error('patterns may only match literals and attribute lookups', loc);
  }
  visitExpr(c, value);
  c.addopI(Op.COMPARE_OP, COMPARE_EQ, loc);
  c.addop(Op.TO_BOOL, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
}

function patternSingleton(c: Compiler, p: N, pc: PatternContext): void {
  const loc = LOC(p);
  c.loadConst(p.value, loc);
  c.addopI(Op.IS_OP, 0, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
}

function pattern(c: Compiler, p: N, pc: PatternContext): void {
  switch (p._type) {
    case 'MatchValue': patternValue(c, p, pc); return;
    case 'MatchSingleton': patternSingleton(c, p, pc); return;
    case 'MatchSequence': patternSequence(c, p, pc); return;
    case 'MatchMapping': patternMapping(c, p, pc); return;
    case 'MatchClass': patternClass(c, p, pc); return;
    case 'MatchStar': storeName(c, LOC(p), p.name, pc); return;
    case 'MatchAs': patternAs(c, p, pc); return;
    case 'MatchOr': patternOr(c, p, pc); return;
  }
  throw new Error(`SystemError: unexpected pattern ${p._type}`);
}

/** @see Python/compile.c compiler_match */
export function compileMatch(c: Compiler, s: N): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases: N[] = s.cases;
  const ncases = cases.length;
  let m = cases[ncases - 1];
  const hasDefault = isWildcard(m.pattern) && 1 < ncases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < ncases - hasDefault; i++) {
    m = cases[i];
    const ploc = LOC(m.pattern);
    // Copy the subject unless this is the last case to try.
    if (i !== ncases - hasDefault - 1) c.addopI(Op.COPY, 1, ploc);
    pc.stores = [];
    // Irrefutable cases must be guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === ncases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    // A match: bind the captured names, which are on the stack.
    for (const name of pc.stores) c.nameop(name, 'Store', ploc);
    if (m.guard !== null) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0], false);
    }
    if (i !== ncases - hasDefault - 1) c.addop(Op.POP_TOP, ploc);
    visitStmts(c, m.body);
    c.addopJ(Op.JUMP, end, NO_LOCATION);
    // A failed pattern's cleanup belongs to the pattern's line, not the body's.
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    // A trailing `case _:` needs no subject copies.
    m = cases[ncases - 1];
    const ploc = LOC(m.pattern);
    if (ncases === 1) c.addop(Op.POP_TOP, ploc);
    else c.addop(Op.NOP, ploc);
    if (m.guard !== null) jumpIf(c, ploc, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useLabel(end);
}
