// Mirrors Objects/tupleobject.c: the tuple type's identity, layout (a JS array of items),
// the empty-tuple singleton, repr and the xxHash-based hash. Sequence slots: lecture 05.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_TUPLE_SUBCLASS, PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { mul64, add64, u64, hashFromParts } from './pyhash.js';
import { hashOut } from './siphash.js';
import { hashPartsOf, reprString, reprEnter, reprLeave } from './objectcore.js';
import { newStr } from './unicodeobject.js';

/** A tuple: an immutable array of objects. @see Include/cpython/tupleobject.h */
export class PyTuple extends PyObject {
  declare items: PyObject[];
  constructor(items: PyObject[], type: PyTypeObject = PyTuple_Type) {
    super(type);
    this.items = items;
  }
}

/** `tuple`. @see Objects/tupleobject.c PyTuple_Type */
export const PyTuple_Type: PyTypeObject = newStaticType('tuple', undefined,
  Py_TPFLAGS_BASETYPE | Py_TPFLAGS_TUPLE_SUBCLASS);

/** `()`: CPython keeps exactly one empty tuple. */
export const Py_EmptyTuple: PyTuple = new PyTuple([]);

/** `PyTuple_New` + fill: the array is taken, not copied. */
export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? Py_EmptyTuple : new PyTuple(items);
}

/** `PyTuple_Check`. */
export function PyTuple_Check(o: PyObject): boolean {
  return o.ob_type === PyTuple_Type || PyObject_TypeCheck(o, PyTuple_Type);
}

/**
 * `()`, `(1,)`, `(1, 2)`; a tuple that (through a list) contains itself shows `(...)`.
 * @see Objects/tupleobject.c tuple_repr
 */
export function tupleRepr(o: PyObject): string {
  const items = (o as PyTuple).items;
  const n = items.length;
  if (n === 0) return '()';
  if (!reprEnter(o)) return '(...)';
  try {
    if (n === 1) return '(' + reprString(items[0]) + ',)';
    const parts = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = reprString(items[i]);
    return '(' + parts.join(', ') + ')';
  } finally {
    reprLeave(o);
  }
}

// xxHash primes as (hi, lo) int32 halves.
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;

/**
 * Hash a tuple into `hashOut` (lo/hi): an xxHash-style mix of its items' hashes.
 * @see Objects/tupleobject.c tuplehash
 */
export function tupleHashParts(o: PyObject): void {
  const items = (o as PyTuple).items;
  let ah = P5H, al = P5L;
  for (let i = 0; i < items.length; i++) {
    hashPartsOf(items[i]);
    // acc += lane * PRIME2; acc = rotl(acc, 31); acc *= PRIME1
    mul64(hashOut.hi, hashOut.lo, P2H, P2L);
    add64(ah, al, u64.hi, u64.lo);
    const h = u64.hi, l = u64.lo;
    ah = (h << 31) | (l >>> 1);
    al = (l << 31) | (h >>> 1);
    mul64(ah, al, P1H, P1L);
    ah = u64.hi; al = u64.lo;
  }
  // acc += len ^ (PRIME5 ^ 3527539)
  add64(ah, al, P5H, (P5L ^ 3527539) ^ items.length);
  if (u64.lo === -1 && u64.hi === -1) { hashOut.lo = 1546275796; hashOut.hi = 0; return; }
  hashOut.lo = u64.lo;
  hashOut.hi = u64.hi;
}

/** @see Objects/tupleobject.c tuplehash */
export function tupleHash(o: PyObject): PyHash {
  tupleHashParts(o);
  return hashFromParts(hashOut.lo, hashOut.hi);
}

PyTuple_Type.tp_repr = (o) => newStr(tupleRepr(o));
PyTuple_Type.tp_hash = tupleHash;
