// Mirrors Objects/iterobject.c (the generic sequence iterator over __getitem__ and the
// callable iterator of iter(f, sentinel)) and Objects/abstract.c's iteration entry points
// (PyObject_GetIter, PyIter_Next). Also the iterators of lecture 05's containers, whose C
// twins sit in tupleobject.c, unicodeobject.c, dictobject.c and setobject.c.

import { PyObject, PyTypeObject, newStaticType, typeName } from '@ceval/core/object';
import { PyTuple, PyTuple_Type, newTuple } from '@ceval/core/objects/tupleobject';
import { PyUnicode, PyUnicode_Type, unicodeLength, unicodeCharAt, unicodeKind }
  from '@ceval/core/objects/unicodeobject';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { PySetObject, PySet_Type, PyFrozenSet_Type, dummy } from '@ceval/core/objects/setobject';
import { newInt, PyLong } from '@ceval/core/objects/longobject';
import {
  PyExc_TypeError, PyExc_StopIteration, PyExc_RuntimeError, PyExc_IndexError, PyBaseException,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PyDictView, PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type }
  from '@ceval/lecture-05/dictobject';

/**
 * A builtin by name, from the running interpreter (what iterators' `__reduce__` name as the
 * callable that rebuilds them). @see Python/ceval.c _PyEval_GetBuiltin
 */
export function builtinNamed(name: string): PyObject {
  const v = currentInterpreter().builtins.getItemStr(name);
  if (v === null) throw raiseNew(PyExc_TypeError, `builtins has no '${name}'`);
  return v;
}

/** `it.__iter__()` of every iterator: itself. @see Objects/object.c PyObject_SelfIter */
export function selfIter(o: PyObject): PyObject {
  return o;
}

function isSub(t: PyTypeObject, base: PyTypeObject): boolean {
  if (t === base) return true;
  const mro = t.tp_mro;
  if (mro !== null) return mro.includes(base);
  for (let c: PyTypeObject | null = t.tp_base; c !== null; c = c.tp_base) if (c === base) return true;
  return false;
}

/** Does `e` (anything thrown) carry a StopIteration? */
export function isStopIteration(e: unknown): boolean {
  return e instanceof PyBaseException && isSub(e.ob_type, PyExc_StopIteration);
}

/** The tp_iter a type has, inherited along tp_base. */
export function findIter(t: PyTypeObject): PyTypeObject['tp_iter'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_iter !== null) return c.tp_iter;
  }
  return null;
}

/** The tp_iternext a type has, inherited along tp_base. */
export function findIterNext(t: PyTypeObject): PyTypeObject['tp_iternext'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_iternext !== null) return c.tp_iternext;
  }
  return null;
}

function sequenceItem(t: PyTypeObject): ((o: PyObject, i: number) => PyObject) | null {
  if (isSub(t, PyDict_Type)) return null;
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const sq = c.tp_as_sequence;
    if (sq !== null && sq.sq_item !== null) return sq.sq_item;
  }
  return null;
}

/** Can `iter(o)` succeed (a tp_iter, or the sequence protocol)? */
export function isIterable(o: PyObject): boolean {
  return findIter(o.ob_type) !== null || sequenceItem(o.ob_type) !== null;
}

/**
 * `iter(o)`: the type's tp_iter, or — for an object that only has `__getitem__` — the
 * generic sequence iterator. The result must be an iterator (have tp_iternext).
 * @see Objects/abstract.c PyObject_GetIter
 */
export function getIter(o: PyObject): PyObject {
  const f = findIter(o.ob_type);
  if (f === null) {
    const item = sequenceItem(o.ob_type);
    if (item !== null) return new PySeqIter(o, item);
    throw raiseNew(PyExc_TypeError, `'${typeName(o.ob_type)}' object is not iterable`);
  }
  const it = f(o);
  if (findIterNext(it.ob_type) === null) {
    throw raiseNew(PyExc_TypeError,
      `iter() returned non-iterator of type '${typeName(it.ob_type)}'`);
  }
  return it;
}

/**
 * The next item, or null when the iterator is exhausted. Built-in iterators simply return
 * null; an iterator written in Python raises StopIteration, which ends the loop the same way.
 * @see Objects/abstract.c PyIter_Next
 */
export function iterNext(it: PyObject): PyObject | null {
  const f = findIterNext(it.ob_type);
  if (f === null) {
    throw raiseNew(PyExc_TypeError, `'${typeName(it.ob_type)}' object is not an iterator`);
  }
  try {
    return f(it);
  } catch (e) {
    if (isStopIteration(e)) return null;
    throw e;
  }
}

/** Run `fn` on every item of an iterable, lazily; stop early when `fn` returns true. */
export function forEach(o: PyObject, fn: (v: PyObject) => boolean | void): void {
  const it = getIter(o);
  const next = findIterNext(it.ob_type)!;
  for (;;) {
    let v: PyObject | null;
    try {
      v = next(it);
    } catch (e) {
      if (isStopIteration(e)) return;
      throw e;
    }
    if (v === null) return;
    if (fn(v) === true) return;
  }
}

/** A snapshot of every item of an iterable (fast paths for the exact built-in sequences). */
export function collect(o: PyObject): PyObject[] {
  if (o instanceof PyTuple && findIter(o.ob_type) === PyTuple_Type.tp_iter) return o.items.slice();
  const out: PyObject[] = [];
  forEach(o, (v) => { out.push(v); });
  return out;
}

/**
 * How many items an iterable will give, or `dflt` when it cannot say.
 * @see Objects/abstract.c PyObject_LengthHint
 */
export function lengthHint(o: PyObject, dflt: number): number {
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    const sq = c.tp_as_sequence;
    if (sq !== null && sq.sq_length !== null) return sq.sq_length(o);
    const mp = c.tp_as_mapping;
    if (mp !== null && mp.mp_length !== null) return mp.mp_length(o);
  }
  const h = (o as { lengthHint?: () => number }).lengthHint;
  return typeof h === 'function' ? h.call(o) : dflt;
}

// ---- the generic sequence iterator ----------------------------------------------------------

/** `iterator`: walks o[0], o[1], ... until IndexError. @see iterobject.c PySeqIter_Type */
export const PySeqIter_Type = newStaticType('iterator');

export class PySeqIter extends PyObject {
  /** The sequence, or null once exhausted (so it stays exhausted). */
  seq: PyObject | null;
  index = 0;
  constructor(seq: PyObject, readonly item: (o: PyObject, i: number) => PyObject) {
    super(PySeqIter_Type);
    this.seq = seq;
  }
}

PySeqIter_Type.tp_iter = selfIter;
PySeqIter_Type.tp_iternext = (o) => {
  const it = o as PySeqIter;
  if (it.seq === null) return null;
  try {
    const v = it.item(it.seq, it.index);
    it.index++;
    return v;
  } catch (e) {
    // IndexError or StopIteration from __getitem__ both mean "the end".
    if (e instanceof PyBaseException
      && (isSub(e.ob_type, PyExc_IndexError) || isSub(e.ob_type, PyExc_StopIteration))) {
      it.seq = null;
      return null;
    }
    throw e;
  }
};

// ---- the callable iterator: iter(f, sentinel) -----------------------------------------------

/** `callable_iterator`. @see iterobject.c PyCallIter_Type */
export const PyCallIter_Type = newStaticType('callable_iterator');

export class PyCallIter extends PyObject {
  func: PyObject | null;
  constructor(func: PyObject, readonly sentinel: PyObject) {
    super(PyCallIter_Type);
    this.func = func;
  }
}

PyCallIter_Type.tp_iter = selfIter;
PyCallIter_Type.tp_iternext = (o) => {
  const it = o as PyCallIter;
  if (it.func === null) return null;
  const interp = currentInterpreter();
  let v: PyObject;
  try {
    v = interp.callObject(it.func, [], null);
  } catch (e) {
    if (isStopIteration(e)) { it.func = null; return null; }
    throw e;
  }
  const h = interp.hooks;
  if (v === it.sentinel || h.isTrue(h.richCompare(v, it.sentinel, 2))) {
    it.func = null;
    return null;
  }
  return v;
};

// ---- iterators of lecture 05's containers ---------------------------------------------------

/** `tuple_iterator`. @see tupleobject.c PyTupleIter_Type */
export const PyTupleIter_Type = newStaticType('tuple_iterator');

export class PyTupleIter extends PyObject {
  index = 0;
  constructor(public seq: PyTuple | null) {
    super(PyTupleIter_Type);
  }
}

PyTupleIter_Type.tp_iter = selfIter;
PyTupleIter_Type.tp_iternext = (o) => {
  const it = o as PyTupleIter;
  const s = it.seq;
  if (s === null) return null;
  if (it.index < s.items.length) return s.items[it.index++];
  it.seq = null;
  return null;
};

/** tuple.__iter__. @see tupleobject.c tuple_iter */
export function tupleIter(o: PyObject): PyObject {
  return new PyTupleIter(o as PyTuple);
}

/** `str_ascii_iterator` for pure-ASCII strings, `str_iterator` otherwise. */
export const PyUnicodeASCIIIter_Type = newStaticType('str_ascii_iterator');
export const PyUnicodeIter_Type = newStaticType('str_iterator');

export class PyUnicodeIter extends PyObject {
  index = 0;
  constructor(type: PyTypeObject, public seq: PyUnicode | null, readonly length: number) {
    super(type);
  }
}

function unicodeIterNext(o: PyObject): PyObject | null {
  const it = o as PyUnicodeIter;
  const s = it.seq;
  if (s === null) return null;
  if (it.index < it.length) return new PyUnicode(unicodeCharAt(s, it.index++));
  it.seq = null;
  return null;
}

for (const t of [PyUnicodeASCIIIter_Type, PyUnicodeIter_Type]) {
  t.tp_iter = selfIter;
  t.tp_iternext = unicodeIterNext;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** str.__iter__. @see unicodeobject.c unicode_iter */
export function unicodeIter(o: PyObject): PyObject {
  const s = o as PyUnicode;
  const ascii = unicodeKind(s) === 1 && !NON_ASCII.test(s.value);
  return new PyUnicodeIter(ascii ? PyUnicodeASCIIIter_Type : PyUnicodeIter_Type, s,
    unicodeLength(s));
}

/** `dict_keyiterator`, `dict_valueiterator`, `dict_itemiterator`. @see dictobject.c */
export const PyDictIterKey_Type = newStaticType('dict_keyiterator');
export const PyDictIterValue_Type = newStaticType('dict_valueiterator');
export const PyDictIterItem_Type = newStaticType('dict_itemiterator');

export class PyDictIter extends PyObject {
  pos = 0;
  /** How many items are left to give; a dict whose size changes is an error. */
  len: number;
  readonly used: number;
  constructor(type: PyTypeObject, public dict: PyDict | null) {
    super(type);
    this.used = dict!.used;
    this.len = dict!.used;
  }
}

function dictIterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIter;
  const d = it.dict;
  if (d === null) return null;
  if (d.used !== it.used) {
    it.len = -1; // stays broken, as CPython's di_used trick
    throw raiseNew(PyExc_RuntimeError, 'dictionary changed size during iteration');
  }
  const order = d.order;
  while (it.pos < order.length) {
    const e = order[it.pos++];
    if (e === null) continue;
    it.len--;
    const t = it.ob_type;
    return t === PyDictIterKey_Type ? e.key : t === PyDictIterValue_Type ? e.value
      : newTuple([e.key, e.value]);
  }
  if (it.len > 0) {
    throw raiseNew(PyExc_RuntimeError, 'dictionary keys changed during iteration');
  }
  it.dict = null;
  return null;
}

for (const t of [PyDictIterKey_Type, PyDictIterValue_Type, PyDictIterItem_Type]) {
  t.tp_iter = selfIter;
  t.tp_iternext = dictIterNext;
}

/** dict.__iter__. @see dictobject.c dict_iter */
export function dictIter(o: PyObject): PyObject {
  return new PyDictIter(PyDictIterKey_Type, o as PyDict);
}

/** The views' __iter__. @see dictobject.c dictkeys_iter, dictvalues_iter, dictitems_iter */
export function dictViewIter(o: PyObject): PyObject {
  const v = o as PyDictView;
  const t = v.ob_type === PyDictKeys_Type ? PyDictIterKey_Type
    : v.ob_type === PyDictValues_Type ? PyDictIterValue_Type : PyDictIterItem_Type;
  return new PyDictIter(t, v.dict);
}
void PyDictItems_Type;

/** `set_iterator`. @see setobject.c PySetIter_Type */
export const PySetIter_Type = newStaticType('set_iterator');

export class PySetIter extends PyObject {
  pos = 0;
  readonly used: number;
  /** Items still to come (what __length_hint__ reports). */
  len: number;
  constructor(public set: PySetObject | null) {
    super(PySetIter_Type);
    this.used = set!.used;
    this.len = set!.used;
  }
}

PySetIter_Type.tp_iter = selfIter;
PySetIter_Type.tp_iternext = (o) => {
  const it = o as PySetIter;
  const s = it.set;
  if (s === null) return null;
  if (s.used !== it.used) {
    throw raiseNew(PyExc_RuntimeError, 'Set changed size during iteration');
  }
  const keys = s.keys;
  while (it.pos < keys.length) {
    const k = keys[it.pos++];
    if (k !== null && k !== dummy) { it.len--; return k; }
  }
  it.set = null;
  return null;
};

/** set.__iter__ and frozenset.__iter__. @see setobject.c set_iter */
export function setIter(o: PyObject): PyObject {
  return new PySetIter(o as PySetObject);
}
void PySet_Type; void PyFrozenSet_Type; void PyUnicode_Type; void newInt;
export type { PyLong };

/** `bytes_iterator`: yields ints. @see bytesobject.c PyBytesIter_Type */
export const PyBytesIter_Type = newStaticType('bytes_iterator');

export class PyBytesIter extends PyObject {
  index = 0;
  constructor(public seq: Uint8Array | null) {
    super(PyBytesIter_Type);
  }
}

PyBytesIter_Type.tp_iter = selfIter;
PyBytesIter_Type.tp_iternext = (o) => {
  const it = o as PyBytesIter;
  const s = it.seq;
  if (s === null) return null;
  if (it.index < s.length) return newInt(s[it.index++]);
  it.seq = null;
  return null;
};

/** bytes.__iter__. @see bytesobject.c bytes_iter */
export function bytesIter(o: PyObject): PyObject {
  return new PyBytesIter((o as unknown as { value: Uint8Array }).value);
}

/** `bytearray_iterator`: reads the live bytearray, so growth during iteration is seen. */
export const PyByteArrayIter_Type = newStaticType('bytearray_iterator');

export class PyByteArrayIter extends PyObject {
  index = 0;
  constructor(public seq: PyObject | null) {
    super(PyByteArrayIter_Type);
  }
}

PyByteArrayIter_Type.tp_iter = selfIter;
PyByteArrayIter_Type.tp_iternext = (o) => {
  const it = o as PyByteArrayIter;
  if (it.seq === null) return null;
  const v = (it.seq as unknown as { value: Uint8Array }).value;
  if (it.index < v.length) return newInt(v[it.index++]);
  it.seq = null;
  return null;
};

/** bytearray.__iter__. @see bytearrayobject.c bytearray_iter */
export function byteArrayIter(o: PyObject): PyObject {
  return new PyByteArrayIter(o);
}
