// Mirrors the sequence and mapping halves of Objects/abstract.c: PyObject_GetItem,
// PyObject_SetItem, PyObject_DelItem (mapping slot first, then the sequence slot with an
// int index), PySequence_Contains, and the instructions that reach them: BINARY_SUBSCR,
// STORE_SUBSCR, DELETE_SUBSCR, BINARY_SLICE, STORE_SLICE, BUILD_SLICE and CONTAINS_OP.

import { PyByteArray } from './bytearrayobject.js';
import {
  PyObject, PyTypeObject, PyType_Type, PyType_IsSubtype, typeName,
} from '@ceval/core/object';
import { PyLong, PyLong_Check, PyLong_Type, newInt } from '@ceval/core/objects/longobject';
import { PyBytes } from '@ceval/core/objects/bytesobject';
import { PyDictView, viewItems } from './dictobject.js';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyTuple, PyTuple_Type } from '@ceval/core/objects/tupleobject';
import {
  PyUnicode, PyUnicode_Type, unicodeLength, unicodeCharAt, unicodeKind, newStr,
} from '@ceval/core/objects/unicodeobject';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { PySetObject, setKeys } from '@ceval/core/objects/setobject';
import { PyList } from '@ceval/core/runtime/listobject';
import {
  PyExc_TypeError, PyExc_StopIteration, PyExc_IndexError, PyExc_AttributeError, PyBaseException,
} from '@ceval/core/objects/exceptions';
import { Py_GenericAlias } from '@ceval/core/runtime/genericaliasobject';
import { raiseNew } from '@ceval/core/runtime/errors';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PySlice } from './sliceobject.js';

function mappingOf(t: PyTypeObject): PyTypeObject['tp_as_mapping'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_as_mapping !== null) return c.tp_as_mapping;
  }
  return null;
}

function sequenceOf(t: PyTypeObject): PyTypeObject['tp_as_sequence'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_as_sequence !== null) return c.tp_as_sequence;
  }
  return null;
}

/** o[key]. @see abstract.c PyObject_GetItem */
export function getItem(o: PyObject, key: PyObject): PyObject {
  const mp = mappingOf(o.ob_type);
  if (mp !== null && mp.mp_subscript !== null) return mp.mp_subscript(o, key);
  const sq = sequenceOf(o.ob_type);
  if (sq !== null && sq.sq_item !== null) {
    if (!(key instanceof PyLong)) {
      throw raiseNew(PyExc_TypeError, `sequence index must be integer, not '${typeName(key.ob_type)}'`);
    }
    return sq.sq_item(o, Number(key.value));
  }
  if (o instanceof PyTypeObject) return classGetItem(o, key);
  throw raiseNew(PyExc_TypeError, `'${typeName(o.ob_type)}' object is not subscriptable`);
}

/**
 * `T[key]` for a type T: `type[int]` is an alias directly; any other type subscripts
 * through its `__class_getitem__` (PEP 560), so `list[int]` works but `str[int]` does not.
 * @see Objects/abstract.c PyObject_GetItem (its PyType_Check branch)
 */
function classGetItem(t: PyTypeObject, key: PyObject): PyObject {
  if (t === PyType_Type) return Py_GenericAlias(t, key);
  const interp = currentInterpreter();
  let meth: PyObject | null = null;
  try {
    meth = interp.hooks.getAttr(t, newStr('__class_getitem__'));
  } catch (e) {
    if (!(e instanceof PyBaseException && PyType_IsSubtype(e.ob_type, PyExc_AttributeError))) {
      throw e;
    }
  }
  if (meth !== null && meth !== Py_None) return interp.callObject(meth, [key], null);
  throw raiseNew(PyExc_TypeError, `type '${typeName(t)}' is not subscriptable`);
}

/** o[key] = v, or del o[key] when v is null. @see abstract.c PyObject_SetItem, PyObject_DelItem */
export function setItem(o: PyObject, key: PyObject, v: PyObject | null): void {
  const mp = mappingOf(o.ob_type);
  if (mp !== null && mp.mp_ass_subscript !== null) { mp.mp_ass_subscript(o, key, v); return; }
  const sq = sequenceOf(o.ob_type);
  if (sq !== null && sq.sq_ass_item !== null && key instanceof PyLong) {
    sq.sq_ass_item(o, Number(key.value), v);
    return;
  }
  // PySequence_DelItem (an int key on a sequence) says "doesn't"; PyObject_DelItem's last
  // resort says "does not". CPython really words the two differently.
  const what = v !== null ? 'does not support item assignment'
    : sq !== null && PyLong_Check(key) ? "doesn't support item deletion"
      : 'does not support item deletion';
  throw raiseNew(PyExc_TypeError, `'${typeName(o.ob_type)}' object ${what}`);
}

/**
 * The items of any iterable, fast for the built-in containers and through
 * tp_iter/tp_iternext for the rest (lecture 07 brings most iterator types).
 */
export function iterItems(o: PyObject): PyObject[] {
  if (o instanceof PyTuple || o instanceof PyList) return o.items.slice();
  if (o instanceof PyDict) return o.keys();
  if (o instanceof PySetObject) return setKeys(o);
  if (o instanceof PyBytes || o instanceof PyByteArray) return Array.from(o.value, (b) => newInt(b));
  if (o instanceof PyDictView) return viewItems(o);
  if (o instanceof PyUnicode) {
    const n = unicodeLength(o);
    const out: PyObject[] = [];
    for (let i = 0; i < n; i++) out.push(new PyUnicode(unicodeCharAt(o, i)));
    return out;
  }
  const out: PyObject[] = [];
  forEachItem(o, (v) => { out.push(v); return false; });
  return out;
}

/**
 * Visit the items of any iterable lazily (so `x in endless` can stop), until `fn` returns
 * true: tp_iter/tp_iternext, or for an object with only `__getitem__`, indexes 0, 1, 2 ...
 * until IndexError. @see abstract.c PyObject_GetIter, iterobject.c iter_iternext
 */
export function forEachItem(o: PyObject, fn: (v: PyObject) => boolean): boolean {
  let getIter = null;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iter !== null) { getIter = c.tp_iter; break; }
  }
  if (getIter === null) {
    const sq = sequenceOf(o.ob_type);
    if (sq === null || sq.sq_item === null || o instanceof PyDict) {
      throw raiseNew(PyExc_TypeError, `'${typeName(o.ob_type)}' object is not iterable`);
    }
    for (let i = 0; ; i++) {
      let v: PyObject;
      try {
        v = sq.sq_item(o, i);
      } catch (e) {
        if (e instanceof PyObject && (PyType_IsSubtype(e.ob_type, PyExc_IndexError)
          || PyType_IsSubtype(e.ob_type, PyExc_StopIteration))) return false;
        throw e;
      }
      if (fn(v)) return true;
    }
  }
  const it = getIter(o);
  let next = null;
  for (let c: PyTypeObject | null = it.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iternext !== null) { next = c.tp_iternext; break; }
  }
  if (next === null) {
    throw raiseNew(PyExc_TypeError, `iter() returned non-iterator of type '${typeName(it.ob_type)}'`);
  }
  for (;;) {
    let v: PyObject | null;
    try {
      v = next(it);
    } catch (e) {
      if (e instanceof PyObject && PyType_IsSubtype(e.ob_type, PyExc_StopIteration)) return false;
      throw e;
    }
    if (v === null) return false;
    if (fn(v)) return true;
  }
}

/** Would iterItems accept `o`? (The check `str.join` and friends make up front.) */
export function isIterable(o: PyObject): boolean {
  if (o instanceof PyTuple || o instanceof PyList || o instanceof PyDict ||
      o instanceof PySetObject || o instanceof PyUnicode || o instanceof PyBytes ||
      o instanceof PyByteArray ||
      o instanceof PyDictView) return true;
  const sq = sequenceOf(o.ob_type);
  return hasIter(o.ob_type) || (sq !== null && sq.sq_item !== null);
}

/** `x in o`. @see abstract.c PySequence_Contains, _PySequence_IterSearch */
export function contains(o: PyObject, x: PyObject): boolean {
  const sq = sequenceOf(o.ob_type);
  if (sq !== null && sq.sq_contains !== null) return sq.sq_contains(o, x);
  // _PySequence_IterSearch words a non-iterable container its own way.
  if (!isIterable(o)) {
    throw raiseNew(PyExc_TypeError, `argument of type '${typeName(o.ob_type)}' is not iterable`);
  }
  const interp = currentInterpreter();
  if (o instanceof PyTuple || o instanceof PyList || o instanceof PyDict
    || o instanceof PySetObject || o instanceof PyBytes || o instanceof PyDictView
    || o instanceof PyUnicode) {
    // The built-in containers lecture 05 can walk without the iterator protocol.
    for (const item of iterItems(o)) {
      if (item === x || interp.hooks.isTrue(interp.hooks.richCompare(item, x, 2))) return true;
    }
    return false;
  }
  return forEachItem(o, (item) => item === x
    || interp.hooks.isTrue(interp.hooks.richCompare(item, x, 2)));
}

function hasIter(t: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_iter !== null) return true;
  }
  return false;
}

/**
 * The argument check of a METH_NOARGS method: `name` is what CPython shows (`str.__bytes__`).
 * @see Python/getargs.c _PyArg_NoPositional, _PyArg_NoKeywords (as methodobject.c words them)
 */
export function noArgs(name: string, args: PyObject[], kw: PyObject | null = null): void {
  if (kw instanceof PyDict && kw.ma_used > 0) {
    throw raiseNew(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
  if (args.length !== 0) {
    throw raiseNew(PyExc_TypeError, `${name}() takes no arguments (${args.length} given)`);
  }
}

/** `==` as containers use it: identity first, then rich comparison. */
export function itemsEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const hooks = currentInterpreter().hooks;
  return hooks.isTrue(hooks.richCompare(a, b, 2));
}

type Stack = { stack: PyObject[] };

// BINARY_SUBSCR: key = pop(); container = pop(); push(container[key])
export function binarySubscr(interp: Stack, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  const o = s[sp - 2];
  const key = s[sp - 1];
  // The cases CPython's specialiser turns into BINARY_SUBSCR_TUPLE_INT, _STR_INT and _DICT:
  // exact types and a small non-negative int (or any key for dict) skip the slot lookup.
  const t = o.ob_type;
  if (t === PyTuple_Type && key.ob_type === PyLong_Type) {
    const i = (key as PyLong).value;
    const items = (o as PyTuple).items;
    if (typeof i === 'number' && i >= 0 && i < items.length) {
      s[sp - 2] = items[i];
      return sp - 1;
    }
  } else if (t === PyUnicode_Type && key.ob_type === PyLong_Type) {
    const u = o as PyUnicode;
    const i = (key as PyLong).value;
    if (typeof i === 'number' && i >= 0 && i < u.value.length && unicodeKind(u) !== 4) {
      s[sp - 2] = newStr(u.value[i]);
      return sp - 1;
    }
  } else if (t === PyDict_Type) {
    const v = (o as PyDict).getItem(key);
    if (v !== null) { s[sp - 2] = v; return sp - 1; }
  }
  s[sp - 2] = getItem(o, key);
  return sp - 1;
}

// STORE_SUBSCR: key = pop(); container = pop(); v = pop(); container[key] = v
export function storeSubscr(interp: Stack, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  setItem(s[sp - 2], s[sp - 1], s[sp - 3]);
  return sp - 3;
}

// DELETE_SUBSCR: key = pop(); container = pop(); del container[key]
export function deleteSubscr(interp: Stack, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  setItem(s[sp - 2], s[sp - 1], null);
  return sp - 2;
}

// BINARY_SLICE: stop = pop(); start = pop(); container = pop(); push(container[start:stop])
export function binarySlice(interp: Stack, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  s[sp - 3] = getItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], Py_None));
  return sp - 2;
}

// STORE_SLICE: stop, start, container, v popped; container[start:stop] = v
export function storeSlice(interp: Stack, _f: unknown, _oparg: number, sp: number): number {
  const s = interp.stack;
  setItem(s[sp - 3], new PySlice(s[sp - 2], s[sp - 1], Py_None), s[sp - 4]);
  return sp - 4;
}

// BUILD_SLICE argc: push(slice(start, stop[, step]))
export function buildSlice(interp: Stack, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  if (oparg === 3) {
    s[sp - 3] = new PySlice(s[sp - 3], s[sp - 2], s[sp - 1]);
    return sp - 2;
  }
  s[sp - 2] = new PySlice(s[sp - 2], s[sp - 1], Py_None);
  return sp - 1;
}

// CONTAINS_OP invert: right = pop(); left = pop(); push((left in right) ^ invert)
export function containsOp(interp: Stack, _f: unknown, oparg: number, sp: number): number {
  const s = interp.stack;
  const r = contains(s[sp - 1], s[sp - 2]) !== (oparg === 1);
  s[sp - 2] = r ? Py_True : Py_False;
  return sp - 1;
}
