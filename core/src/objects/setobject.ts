// Mirrors Objects/setobject.c: the hash table shared by set and frozenset, with CPython's
// exact layout (size 8 to start, 9 linear probes, perturbed probing, dummies, fill/used and
// the resize rule), so iteration order equals CPython's. set's methods: lecture 05.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { hashOut } from './siphash.js';
import { hashFromParts, mul64, u64 } from './pyhash.js';
import { PyUnicode, PyUnicode_Type } from './unicodeobject.js';
import { hashPartsOf, keyEqual, reprString, reprEnter, reprLeave } from './objectcore.js';
import { newStr } from './unicodeobject.js';
import { PyObject_HashNotImplemented } from './objectcore.js';

/** PySet_MINSIZE: every table starts with 8 slots. */
export const PySet_MINSIZE = 8;
/** Slots probed linearly before perturbation kicks in. */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** The placeholder left by a deletion, so probe chains through it stay intact. */
export const dummy: PyObject = new PyObject(null as unknown as PyTypeObject);

/**
 * A set or frozenset. `keys[i]` is null (unused), `dummy` (deleted) or a key; the hashes
 * sit beside it as int32 halves (`hashLo`/`hashHi`), -1/-1 for dummies, 0/0 for unused.
 * @see Include/cpython/setobject.h PySetObject
 */
export class PySetObject extends PyObject {
  /** Active + dummy slots. */
  declare fill: number;
  /** Active slots: len(set). */
  declare used: number;
  /** Table size - 1. */
  declare mask: number;
  declare keys: (PyObject | null)[];
  declare hashLo: Int32Array;
  declare hashHi: Int32Array;
  /** Where set.pop() resumes its scan. */
  declare finger: number;
  /** frozenset's cached hash (halves), valid when hashKnown. */
  declare hashKnown: boolean;
  declare cachedLo: number;
  declare cachedHi: number;
  constructor(type: PyTypeObject) {
    super(type);
    this.fill = 0;
    this.used = 0;
    this.mask = PySet_MINSIZE - 1;
    this.keys = [null, null, null, null, null, null, null, null];
    this.hashLo = new Int32Array(PySet_MINSIZE);
    this.hashHi = new Int32Array(PySet_MINSIZE);
    this.finger = 0;
    this.hashKnown = false;
    this.cachedLo = 0;
    this.cachedHi = 0;
  }
}

/** `set`. @see Objects/setobject.c PySet_Type */
export const PySet_Type: PyTypeObject = newStaticType('set', undefined, Py_TPFLAGS_BASETYPE);
/** `frozenset`. @see Objects/setobject.c PyFrozenSet_Type */
export const PyFrozenSet_Type: PyTypeObject = newStaticType('frozenset', undefined,
  Py_TPFLAGS_BASETYPE);

/** The contract name for frozenset objects (same layout as set). */
export { PySetObject as PyFrozenSet };

function unicodeEq(a: PyObject, b: PyObject): boolean {
  return a.ob_type === PyUnicode_Type && b.ob_type === PyUnicode_Type &&
    (a as PyUnicode).value === (b as PyUnicode).value;
}

/**
 * Insert `key` with hash halves (lo, hi), unless an equal key is present.
 * @see Objects/setobject.c set_add_entry
 */
export function setAddEntry(so: PySetObject, key: PyObject, lo: number, hi: number): void {
  restart: for (;;) {
    let mask = so.mask;
    let i = (lo & mask) >>> 0;
    let freeslot = -1;
    // perturb is the hash as an unsigned 64-bit number, shifted right 5 bits per round.
    let pl = lo, ph = hi;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        const hl = so.hashLo[j], hh = so.hashHi[j];
        if (k === null) {
          // found unused (or reuse the first dummy passed on the way)
          if (freeslot >= 0) {
            so.keys[freeslot] = key;
            so.hashLo[freeslot] = lo; so.hashHi[freeslot] = hi;
            so.used++;
            return;
          }
          so.fill++;
          so.used++;
          so.keys[j] = key;
          so.hashLo[j] = lo; so.hashHi[j] = hi;
          if (so.fill * 5 < mask * 3) return;
          setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        if (hl === lo && hh === hi && k !== dummy) {
          if (k === key || unicodeEq(k, key)) return;
          const keys = so.keys;
          const eq = keyEqual(k, key);
          if (eq) return;
          // The comparison ran Python code that may have changed the table: start over.
          if (keys !== so.keys || so.keys[j] !== k) continue restart;
          mask = so.mask;
        } else if (k === dummy && freeslot < 0) {
          freeslot = j;
        }
        j++;
      } while (probes-- > 0);
      pl = (pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT));
      ph = ph >>> PERTURB_SHIFT;
      i = ((i * 5 + 1 + (pl >>> 0)) % 4294967296) & mask;
      i >>>= 0;
    }
  }
}

/**
 * Find the slot holding a key equal to `key`, or -1.
 * @see Objects/setobject.c set_lookkey
 */
export function setLookkey(so: PySetObject, key: PyObject, lo: number, hi: number): number {
  restart: for (;;) {
    let mask = so.mask;
    let i = (lo & mask) >>> 0;
    let pl = lo, ph = hi;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = so.keys[j];
        if (k === null) return -1;
        if (so.hashLo[j] === lo && so.hashHi[j] === hi && k !== dummy) {
          if (k === key || unicodeEq(k, key)) return j;
          const keys = so.keys;
          if (keyEqual(k, key)) return j;
          if (keys !== so.keys || so.keys[j] !== k) continue restart;
          mask = so.mask;
        }
        j++;
      } while (probes-- > 0);
      pl = (pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT));
      ph = ph >>> PERTURB_SHIFT;
      i = (((i * 5 + 1 + (pl >>> 0)) % 4294967296) & mask) >>> 0;
    }
  }
}

// Place a key known to be absent into a table without dummies.
// @see Objects/setobject.c set_insert_clean
function setInsertClean(keys: (PyObject | null)[], hl: Int32Array, hh: Int32Array, mask: number,
  key: PyObject, lo: number, hi: number): void {
  let i = (lo & mask) >>> 0;
  let pl = lo, ph = hi;
  for (;;) {
    if (keys[i] === null) { keys[i] = key; hl[i] = lo; hh[i] = hi; return; }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          keys[i + j] = key; hl[i + j] = lo; hh[i + j] = hi; return;
        }
      }
    }
    pl = (pl >>> PERTURB_SHIFT) | (ph << (32 - PERTURB_SHIFT));
    ph = ph >>> PERTURB_SHIFT;
    i = (((i * 5 + 1 + (pl >>> 0)) % 4294967296) & mask) >>> 0;
  }
}

/**
 * Rebuild the table with the smallest power-of-two size above `minused`, dropping dummies;
 * keys are re-inserted in old-table order.
 * @see Objects/setobject.c set_table_resize
 */
export function setTableResize(so: PySetObject, minused: number): void {
  let newsize = PySet_MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.keys, oldLo = so.hashLo, oldHi = so.hashHi;
  const keys = new Array<PyObject | null>(newsize).fill(null);
  const hl = new Int32Array(newsize), hh = new Int32Array(newsize);
  const mask = newsize - 1;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== dummy) setInsertClean(keys, hl, hh, mask, k, oldLo[i], oldHi[i]);
  }
  so.keys = keys; so.hashLo = hl; so.hashHi = hh; so.mask = mask;
  so.fill = so.used;
}

/** Add a key (hashing it). @see Objects/setobject.c set_add_key */
export function setAddKey(so: PySetObject, key: PyObject): void {
  hashPartsOf(key);
  setAddEntry(so, key, hashOut.lo, hashOut.hi);
}

/** Is an equal key present? @see Objects/setobject.c set_contains_key */
export function setContainsKey(so: PySetObject, key: PyObject): boolean {
  hashPartsOf(key);
  return setLookkey(so, key, hashOut.lo, hashOut.hi) >= 0;
}

/**
 * Remove an equal key; true if one was there. The slot becomes a dummy.
 * @see Objects/setobject.c set_discard_key
 */
export function setDiscardKey(so: PySetObject, key: PyObject): boolean {
  hashPartsOf(key);
  const j = setLookkey(so, key, hashOut.lo, hashOut.hi);
  if (j < 0) return false;
  so.keys[j] = dummy;
  so.hashLo[j] = -1; so.hashHi[j] = -1;
  so.used--;
  return true;
}

/**
 * Remove and return an arbitrary key (scanning from the finger), or null when empty.
 * @see Objects/setobject.c set_pop
 */
export function setPop(so: PySetObject): PyObject | null {
  if (so.used === 0) return null;
  let i = so.finger & so.mask;
  for (;;) {
    const k = so.keys[i];
    if (k !== null && k !== dummy) break;
    i++;
    if (i > so.mask) i = 0;
  }
  const key = so.keys[i]!;
  so.keys[i] = dummy;
  so.hashLo[i] = -1; so.hashHi[i] = -1;
  so.used--;
  so.finger = i + 1;
  return key;
}

/** Empty the set, back to an 8-slot table. @see Objects/setobject.c set_clear_internal */
export function setClear(so: PySetObject): void {
  so.keys = new Array<PyObject | null>(PySet_MINSIZE).fill(null);
  so.hashLo = new Int32Array(PySet_MINSIZE);
  so.hashHi = new Int32Array(PySet_MINSIZE);
  so.mask = PySet_MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
}

/**
 * Add every key of another set, as set_merge does: pre-size, then copy slot for slot when
 * the target is empty and the sizes match, else insert clean, else add one by one.
 * @see Objects/setobject.c set_merge
 */
export function setMerge(so: PySetObject, other: PySetObject): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) {
    setTableResize(so, (so.used + other.used) * 2);
  }
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null) {
        so.keys[i] = k; so.hashLo[i] = other.hashLo[i]; so.hashHi[i] = other.hashHi[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.keys[i];
      if (k !== null && k !== dummy) {
        setInsertClean(so.keys, so.hashLo, so.hashHi, so.mask, k, other.hashLo[i],
          other.hashHi[i]);
      }
    }
    so.fill = other.used;
    so.used = other.used;
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.keys[i];
    if (k !== null && k !== dummy) setAddEntry(so, k, other.hashLo[i], other.hashHi[i]);
  }
}

/** The keys in table order: what iteration yields. */
export function setKeys(so: PySetObject): PyObject[] {
  const out: PyObject[] = [];
  const keys = so.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== dummy) out.push(k);
  }
  return out;
}

/** A new empty set or frozenset of the given type. */
export function newSetObject(type: PyTypeObject): PySetObject {
  return new PySetObject(type);
}

/** `PyFrozenSet_New(iterable)` for an array of items, added in order. */
export function newFrozenSet(items: PyObject[]): PySetObject {
  const so = new PySetObject(PyFrozenSet_Type);
  for (let i = 0; i < items.length; i++) setAddKey(so, items[i]);
  return so;
}

/** `PySet_New(iterable)` for an array of items, added in order. */
export function newSet(items: PyObject[]): PySetObject {
  const so = new PySetObject(PySet_Type);
  for (let i = 0; i < items.length; i++) setAddKey(so, items[i]);
  return so;
}

/** `PyAnySet_Check`: set, frozenset or a subclass. */
export function PyAnySet_Check(o: PyObject): boolean {
  return o instanceof PySetObject &&
    (PyObject_TypeCheck(o, PySet_Type) || PyObject_TypeCheck(o, PyFrozenSet_Type));
}

/**
 * `{1, 2}`, `set()`, `frozenset({1, 2})`, `frozenset()`; subclasses show their name.
 * @see Objects/setobject.c set_repr
 */
export function setRepr(o: PyObject): string {
  const so = o as PySetObject;
  const name = so.ob_type.tp_name;
  if (so.used === 0) return name + '()';
  if (!reprEnter(o)) return name + '(...)';
  try {
    const keys = setKeys(so);
    const parts = new Array<string>(keys.length);
    for (let i = 0; i < keys.length; i++) parts[i] = reprString(keys[i]);
    const body = '{' + parts.join(', ') + '}';
    return so.ob_type === PySet_Type ? body : name + '(' + body + ')';
  } finally {
    reprLeave(o);
  }
}

// _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167, XORed into (accH, accL).
let accH = 0, accL = 0;
function xorShuffled(hi: number, lo: number): void {
  const xl = (lo ^ 89869747) ^ (lo << 16);
  const xh = hi ^ ((hi << 16) | (lo >>> 16));
  mul64(xh, xl, 0, 3644798167 | 0);
  accH ^= u64.hi; accL ^= u64.lo;
}

/**
 * Order-independent hash: XOR of every entry's shuffled hash, then a final mix.
 * @see Objects/setobject.c frozenset_hash
 */
export function frozensetHash(o: PyObject): PyHash {
  const so = o as PySetObject;
  if (!so.hashKnown) {
    accH = 0; accL = 0;
    for (let i = 0; i <= so.mask; i++) {
      const k = so.keys[i];
      if (k !== null && k !== dummy) xorShuffled(so.hashHi[i], so.hashLo[i]);
    }
    // hash ^= (len + 1) * 1927868237
    mul64(0, so.used + 1, 0, 1927868237);
    accH ^= u64.hi; accL ^= u64.lo;
    // hash ^= (hash >> 11) ^ (hash >> 25)   (unsigned shifts)
    const s11l = (accL >>> 11) | (accH << 21), s11h = accH >>> 11;
    const s25l = (accL >>> 25) | (accH << 7), s25h = accH >>> 25;
    accL ^= s11l ^ s25l; accH ^= s11h ^ s25h;
    // hash = hash * 69069 + 907133923
    mul64(accH, accL, 0, 69069);
    const s = (u64.lo >>> 0) + 907133923;
    let lo = s | 0;
    let hi = (u64.hi + (s > 0xffffffff ? 1 : 0)) | 0;
    if (lo === -1 && hi === -1) { lo = 590923713; hi = 0; }
    so.cachedLo = lo; so.cachedHi = hi; so.hashKnown = true;
  }
  return hashFromParts(so.cachedLo, so.cachedHi);
}

PySet_Type.tp_repr = (o) => newStr(setRepr(o));
PySet_Type.tp_hash = PyObject_HashNotImplemented;
PyFrozenSet_Type.tp_repr = (o) => newStr(setRepr(o));
PyFrozenSet_Type.tp_hash = frozensetHash;
