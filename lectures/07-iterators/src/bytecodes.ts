// Mirrors the iteration instructions of Python/bytecodes.c: GET_ITER, FOR_ITER (ending a loop
// without raising StopIteration for built-in iterators), BUILD_LIST, LIST_APPEND,
// LIST_EXTEND, UNPACK_SEQUENCE, UNPACK_EX, GET_LEN and the MATCH_* family.

import { PyObject, PyTypeObject, typeName } from '@ceval/core/object';
import { PyList, PyList_Type } from '@ceval/core/runtime/listobject';
import { PyTuple, PyTuple_Type, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { newInt } from '@ceval/core/objects/longobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { PyExc_TypeError, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import type { Interpreter } from '@ceval/core/interpreter';
import { getIter, findIterNext, isIterable, isStopIteration, collect, PyTupleIter_Type }
  from './iterobject.js';
import { opmap, specializedOpmap } from '@ceval/core/opcode';
import type { CodeExec } from '@ceval/core/ceval-code';
import { adaptiveTriggers, specializeTo } from '@ceval/core/specialize';
import { PyListIter, PyListIter_Type, listAppend, listExtend } from './listobject.js';
import { PyRangeIter, PyRangeIter_Type, PyRange_Type } from './rangeobject.js';
import { newInt as _newInt } from '@ceval/core/objects/longobject';

type Frame = { ip: number };

/**
 * Quicken a FOR_ITER by its iterator's type; FOR_ITER_GEN waits for lecture 09's generators.
 * The specialised forms run the same handler, which reads list and range iterators inline.
 * @see Python/specialize.c _Py_Specialize_ForIter
 */
function specializeForIter(exec: CodeExec, i: number, t: PyTypeObject): void {
  specializeTo(exec, i, t === PyListIter_Type ? FOR_ITER_LIST
    : t === PyTupleIter_Type ? FOR_ITER_TUPLE : t === PyRangeIter_Type ? FOR_ITER_RANGE : 0);
}

// (core's `Op` is a const enum, which only core's own build can inline.)
const FOR_ITER = opmap.FOR_ITER;
const FOR_ITER_LIST = specializedOpmap.FOR_ITER_LIST;
const FOR_ITER_TUPLE = specializedOpmap.FOR_ITER_TUPLE;
const FOR_ITER_RANGE = specializedOpmap.FOR_ITER_RANGE;

// GET_ITER: push(iter(pop()))
export function getIterOp(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  s[sp - 1] = getIter(s[sp - 1] as PyObject);
  return sp;
}

/**
 * FOR_ITER delta: push(next(stack[-1])), or, when the iterator is done, pop it and jump past
 * the END_FOR/POP_TOP pair at ip+delta. Built-in iterators say "done" by returning null, so
 * no StopIteration object is ever made for them; the list and range iterators are read
 * inline (the FOR_ITER_LIST / FOR_ITER_RANGE specialisations of PEP 659).
 * @see Python/bytecodes.c FOR_ITER, FOR_ITER_LIST, FOR_ITER_RANGE
 */
export function forIter(interp: Interpreter, f: Frame & { exec: CodeExec }, oparg: number,
  sp: number): number {
  const s = interp.stack;
  const it = s[sp - 1] as PyObject;
  const t = it.ob_type;
  let v: PyObject | null;
  // f.ip is past FOR_ITER's cache entry (an EXTENDED_ARG may precede it): FOR_ITER is at ip-2.
  const exec = f.exec;
  const i = f.ip - 2;
  if ((exec.instrs[i] & 255) === FOR_ITER && adaptiveTriggers(exec, i)) {
    specializeForIter(exec, i, t);
  }
  if (t === PyListIter_Type) {
    const li = it as PyListIter;
    const seq = li.seq;
    if (seq !== null && li.index >= 0 && li.index < seq.items.length) {
      s[sp] = seq.items[li.index++];
      return sp + 1;
    }
    li.seq = null;
    v = null;
  } else if (t === PyRangeIter_Type) {
    const ri = it as PyRangeIter;
    if (ri.len > 0) {
      const x = ri.next;
      ri.next = x + ri.step;
      ri.len--;
      s[sp] = newInt(x);
      return sp + 1;
    }
    v = null;
  } else {
    const next = t.tp_iternext ?? findIterNext(t);
    if (next === null) {
      throw raiseNew(PyExc_TypeError, `'${typeName(t)}' object is not an iterator`);
    }
    try {
      v = next(it);
    } catch (e) {
      // An iterator written in Python ends by raising StopIteration: same as null.
      if (!isStopIteration(e)) throw e;
      v = null;
    }
    if (v !== null) {
      s[sp] = v;
      return sp + 1;
    }
  }
  s[sp - 1] = null;
  f.ip += oparg + 2;
  return sp - 1;
}

// BUILD_LIST n: push([stack[-n], ..., stack[-1]]) (the n values popped)
export function buildList(interp: Interpreter, _f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  const items = new Array<PyObject>(oparg);
  for (let i = 0; i < oparg; i++) {
    items[i] = s[sp - oparg + i] as PyObject;
    s[sp - oparg + i] = null;
  }
  s[sp - oparg] = new PyList(items);
  return sp - oparg + 1;
}

// LIST_APPEND i: v = pop(); stack[-i].append(v)   (comprehensions)
export function listAppendOp(interp: Interpreter, _f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  listAppend(s[sp - 1 - oparg] as PyList, s[sp - 1] as PyObject);
  s[sp - 1] = null;
  return sp - 1;
}

// LIST_EXTEND i: v = pop(); stack[-i].extend(v)   ([*a, *b] and calls with *args)
export function listExtendOp(interp: Interpreter, _f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  const v = s[sp - 1] as PyObject;
  if (!isIterable(v)) {
    throw raiseNew(PyExc_TypeError,
      `Value after * must be an iterable, not ${typeName(v.ob_type)}`);
  }
  listExtend(s[sp - 1 - oparg] as PyList, v);
  s[sp - 1] = null;
  return sp - 1;
}

function unpackItems(seq: PyObject): PyObject[] | null {
  if (seq instanceof PyTuple && seq.ob_type === PyTuple_Type) return seq.items;
  if (seq instanceof PyList && seq.ob_type === PyList_Type) return seq.items;
  return null;
}

function notIterable(seq: PyObject): never {
  throw raiseNew(PyExc_TypeError, `cannot unpack non-iterable ${typeName(seq.ob_type)} object`);
}

/** Pull up to `n` items (and one more, to detect "too many"). */
function pull(seq: PyObject, n: number, atLeast: boolean): PyObject[] {
  if (!isIterable(seq)) notIterable(seq);
  const it = getIter(seq);
  const next = findIterNext(it.ob_type)!;
  const out: PyObject[] = [];
  for (;;) {
    let v: PyObject | null;
    try {
      v = next(it);
    } catch (e) {
      if (!isStopIteration(e)) throw e;
      v = null;
    }
    if (v === null) break;
    out.push(v);
    if (!atLeast && out.length > n) {
      throw raiseNew(PyExc_ValueError, `too many values to unpack (expected ${n})`);
    }
  }
  return out;
}

/**
 * UNPACK_SEQUENCE n: seq = pop(); push its n items so that the first ends on top.
 * @see Python/bytecodes.c UNPACK_SEQUENCE, ceval.c _PyEval_UnpackIterable
 */
export function unpackSequence(interp: Interpreter, _f: Frame, oparg: number, sp: number):
  number {
  const s = interp.stack;
  const seq = s[sp - 1] as PyObject;
  let items = unpackItems(seq);
  if (items === null) items = pull(seq, oparg, false);
  else if (items.length > oparg) {
    throw raiseNew(PyExc_ValueError, `too many values to unpack (expected ${oparg})`);
  }
  if (items.length < oparg) {
    throw raiseNew(PyExc_ValueError,
      `not enough values to unpack (expected ${oparg}, got ${items.length})`);
  }
  sp--;
  for (let i = oparg - 1; i >= 0; i--) s[sp++] = items[i];
  return sp;
}

/**
 * UNPACK_EX before | after << 8: `a, *b, c = seq`; the starred middle becomes a list.
 * @see Python/bytecodes.c UNPACK_EX
 */
export function unpackEx(interp: Interpreter, _f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const seq = s[sp - 1] as PyObject;
  const items = unpackItems(seq)?.slice() ?? pull(seq, 0, true);
  if (items.length < before + after) {
    throw raiseNew(PyExc_ValueError, `not enough values to unpack (expected at least `
      + `${before + after}, got ${items.length})`);
  }
  const mid = new PyList(items.slice(before, items.length - after));
  sp--;
  for (let i = after - 1; i >= 0; i--) s[sp++] = items[items.length - after + i];
  s[sp++] = mid;
  for (let i = before - 1; i >= 0; i--) s[sp++] = items[i];
  return sp;
}

function lengthOf(o: PyObject): number {
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    const sq = c.tp_as_sequence;
    if (sq !== null && sq.sq_length !== null) return sq.sq_length(o);
    const mp = c.tp_as_mapping;
    if (mp !== null && mp.mp_length !== null) return mp.mp_length(o);
  }
  throw raiseNew(PyExc_TypeError, `object of type '${typeName(o.ob_type)}' has no len()`);
}

// GET_LEN: push(len(stack[-1]))   (match statements)
export function getLen(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  s[sp] = newInt(lengthOf(s[sp - 1] as PyObject));
  return sp + 1;
}

function isSub(t: PyTypeObject, base: PyTypeObject): boolean {
  if (t === base) return true;
  for (let c: PyTypeObject | null = t.tp_base; c !== null; c = c.tp_base) if (c === base) return true;
  return (t.tp_mro ?? []).includes(base);
}

// MATCH_SEQUENCE: push(stack[-1] is a sequence for `case [...]`) (Py_TPFLAGS_SEQUENCE)
export function matchSequence(interp: Interpreter, _f: Frame, _oparg: number, sp: number):
  number {
  const s = interp.stack;
  const t = (s[sp - 1] as PyObject).ob_type;
  const yes = isSub(t, PyList_Type) || isSub(t, PyTuple_Type) || isSub(t, PyRange_Type);
  s[sp] = yes ? Py_True : Py_False;
  return sp + 1;
}

// MATCH_MAPPING: push(stack[-1] is a mapping for `case {...}`) (Py_TPFLAGS_MAPPING)
export function matchMapping(interp: Interpreter, _f: Frame, _oparg: number, sp: number):
  number {
  const s = interp.stack;
  s[sp] = isSub((s[sp - 1] as PyObject).ob_type, PyDict_Type) ? Py_True : Py_False;
  return sp + 1;
}

// MATCH_KEYS: keys = stack[-1], subject = stack[-2]; push(tuple of values, or None)
export function matchKeys(interp: Interpreter, _f: Frame, _oparg: number, sp: number): number {
  const s = interp.stack;
  const subject = s[sp - 2] as PyDict;
  const keys = (s[sp - 1] as PyTuple).items;
  const out: PyObject[] = [];
  for (const k of keys) {
    const v = subject.getItem(k);
    if (v === null) { s[sp] = Py_None; return sp + 1; }
    out.push(v);
  }
  s[sp] = newTuple(out);
  return sp + 1;
}

// Built-in types whose single positional sub-pattern matches the subject itself.
const SELF_MATCH = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int',
  'list', 'set', 'str', 'tuple']);

/**
 * MATCH_CLASS count: names = pop(); cls = pop(); subject = pop(); push(attributes or None).
 * @see Python/ceval.c match_class
 */
export function matchClass(interp: Interpreter, _f: Frame, oparg: number, sp: number): number {
  const s = interp.stack;
  const subject = s[sp - 3] as PyObject;
  const cls = s[sp - 2] as PyObject;
  const names = (s[sp - 1] as PyTuple).items;
  sp -= 3;
  if (!(cls instanceof PyTypeObject)) {
    throw raiseNew(PyExc_TypeError, 'called match pattern must be a class');
  }
  if (!isSub(subject.ob_type, cls)) {
    s[sp] = Py_None;
    return sp + 1;
  }
  const h = interp.hooks;
  const out: PyObject[] = [];
  if (oparg > 0) {
    let matchArgs: PyObject[] | null = null;
    try {
      const ma = h.getAttr(cls, newStr('__match_args__'));
      if (!(ma instanceof PyTuple)) {
        throw raiseNew(PyExc_TypeError,
          `${typeName(cls)}.__match_args__ must be a tuple (got ${typeName(ma.ob_type)})`);
      }
      matchArgs = ma.items;
    } catch (e) {
      if (!(e instanceof PyObject) || typeName(e.ob_type) !== 'AttributeError') throw e;
    }
    if (matchArgs === null) {
      let selfMatch = false;
      for (let c: PyTypeObject | null = cls; c !== null; c = c.tp_base) {
        if (SELF_MATCH.has(c.tp_name)) selfMatch = true;
      }
      if (!selfMatch || oparg > 1) {
        const allowed = selfMatch ? 1 : 0;
        throw raiseNew(PyExc_TypeError, `${typeName(cls)}() accepts ${allowed} positional `
          + `sub-pattern${allowed === 1 ? '' : 's'} (${oparg} given)`);
      }
      out.push(subject);
    } else {
      if (oparg > matchArgs.length) {
        throw raiseNew(PyExc_TypeError, `${typeName(cls)}() accepts ${matchArgs.length} `
          + `positional sub-pattern${matchArgs.length === 1 ? '' : 's'} (${oparg} given)`);
      }
      for (let i = 0; i < oparg; i++) {
        const v = tryAttr(interp, subject, matchArgs[i]);
        if (v === null) { s[sp] = Py_None; return sp + 1; }
        out.push(v);
      }
    }
  }
  for (const n of names) {
    const v = tryAttr(interp, subject, n);
    if (v === null) { s[sp] = Py_None; return sp + 1; }
    out.push(v);
  }
  s[sp] = newTuple(out);
  return sp + 1;
}

function tryAttr(interp: Interpreter, o: PyObject, name: PyObject): PyObject | null {
  try {
    return interp.hooks.getAttr(o, name as never);
  } catch (e) {
    if (e instanceof PyObject && typeName(e.ob_type) === 'AttributeError') return null;
    throw e;
  }
}

/**
 * INTRINSIC_LIST_TO_TUPLE: `f(*a, b)` builds a list, then freezes it for the call. It takes
 * any iterable (what PySequence_Tuple does), so a CALL_FUNCTION_EX given a list or range for
 * `f(*x)` can convert through it too.
 */
export function listToTuple(_interp: Interpreter, v: PyObject): PyObject {
  if (v instanceof PyTuple) return v;
  if (v instanceof PyList) return newTuple(v.items.slice());
  if (!isIterable(v)) {
    throw raiseNew(PyExc_TypeError, `Value after * must be an iterable, not ${typeName(v.ob_type)}`);
  }
  return newTuple(collect(v));
}
void _newInt; void PyDict;
