// Mirrors Objects/dictobject.c, as a namespace: an insertion-ordered mapping from any
// hashable key. Bare-constant keys (str, int, float, bool, complex) are found through a JS Map
// under a canonical primitive, so globals/builtins lookups by name are one Map probe; other
// keys through an open-addressing index using tp_hash and the table equality hook.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_DICT_SUBCLASS, Py_TPFLAGS_MAPPING, PyObject_TypeCheck } from '../object.js';
import { hashOut } from './siphash.js';
import { PyUnicode, PyUnicode_Type, newStr } from './unicodeobject.js';
import { PyLong, PyLong_Type } from './longobject.js';
import { PyBool_Type } from './boolobject.js';
import { PyFloat, PyFloat_Type } from './floatobject.js';
import { PyComplex, PyComplex_Type } from './complexobject.js';
import { hashPartsOf, keyEqual, reprString, reprEnter, reprLeave,
  PyObject_HashNotImplemented } from './objectcore.js';

/**
 * One key/value pair. Entries are stable while the key is present, so the eval loop may
 * keep one to re-read a global cheaply (compare `dict.version` to know it is still valid).
 */
export class DictEntry {
  declare key: PyObject;
  declare value: PyObject;
  declare hashLo: number;
  declare hashHi: number;
  /** Index in `PyDict.order`. */
  declare pos: number;
  /** True when the key has no canonical primitive and lives in the hash index. */
  declare general: boolean;
  constructor(key: PyObject, value: PyObject, lo: number, hi: number, pos: number,
    general: boolean) {
    this.key = key;
    this.value = value;
    this.hashLo = lo;
    this.hashHi = hi;
    this.pos = pos;
    this.general = general;
  }
}

/**
 * The canonical Map key of a bare-constant key, or undefined for keys that need hashing.
 * Equal numbers across int/bool/float/complex get the same canonical key, as they must:
 * 1 == 1.0 == True == (1+0j). NaN is left out (it is only equal to itself by identity).
 */
export function dictCanonKey(key: PyObject): string | number | bigint | undefined {
  const t = key.ob_type;
  if (t === PyUnicode_Type) return (key as PyUnicode).value;
  if (t === PyLong_Type || t === PyBool_Type) return (key as PyLong).value;
  if (t === PyFloat_Type) return canonDouble((key as PyFloat).value);
  if (t === PyComplex_Type) {
    const c = key as PyComplex;
    return c.imag === 0 ? canonDouble(c.real) : undefined;
  }
  // A subclass of str/int/float that keeps its base's hash and comparison (no __hash__ or
  // __eq__ of its own) is equal to the base value, so it shares the canonical key.
  if (key instanceof PyUnicode && keepsIdentity(t, PyUnicode_Type)) {
    return (key as PyUnicode).value;
  }
  if (key instanceof PyLong && keepsIdentity(t, PyLong_Type)) return (key as PyLong).value;
  if (key instanceof PyFloat && keepsIdentity(t, PyFloat_Type)) {
    return canonDouble((key as PyFloat).value);
  }
  return undefined;
}

function keepsIdentity(t: PyTypeObject, base: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null && c !== base; c = c.tp_base) {
    if (c.tp_hash !== null && c.tp_hash !== base.tp_hash) return false;
    if (c.tp_richcompare !== null && c.tp_richcompare !== base.tp_richcompare) return false;
  }
  return true;
}

function canonDouble(v: number): number | bigint | undefined {
  if (v !== v) return undefined;
  // Integral doubles beyond 2**53 equal the bigint-form int with that value.
  if (Number.isInteger(v) && (v > 9007199254740991 || v < -9007199254740991)) return BigInt(v);
  return v; // Map's SameValueZero already makes -0.0 and 0 the same key
}

const EMPTY = -1, DUMMY = -2;
const PERTURB_SHIFT = 5;

/**
 * A dict, laid out like CPython's compact dict: `order` holds the entries in insertion order
 * (null where one was deleted, like dk_entries), and two indexes point into it: a JS Map from
 * canonical primitive keys (all str/int/float keys: the hot path of LOAD_GLOBAL is one
 * `map.get(name)`), and an open-addressing table of positions for other keys (dk_indices).
 * `version` changes on every insertion or deletion, so lookup caches can trust an entry.
 * @see Include/cpython/dictobject.h PyDictObject; Objects/dictobject.c
 */
export class PyDict extends PyObject {
  /** Canonical primitive key -> entry. */
  declare map: Map<unknown, DictEntry>;
  /** Entries in insertion order; null marks a deleted one. */
  declare order: (DictEntry | null)[];
  /** Live entries: len(d). */
  declare used: number;
  /** Positions of general-key entries by hash (EMPTY/DUMMY/position), or null if none yet. */
  declare gindex: Int32Array | null;
  /** Slots of gindex that are not EMPTY. */
  declare gfill: number;
  declare version: number;
  /**
   * The shape of the keys table CPython would have (dk_log2_size, 0 for the shared empty
   * keys; dk_usable; dk_nentries; DICT_KEYS_UNICODE or GENERAL). Our lookups use `map`
   * and `gindex`; these only follow insertdict's and dictresize's growth so that
   * sys.getsizeof can report CPython's size (see `dictSizeOf`).
   */
  declare dkLog2: number;
  declare dkUsable: number;
  declare dkNentries: number;
  declare dkUnicode: boolean;
  constructor(type: PyTypeObject = PyDict_Type) {
    super(type);
    this.map = new Map();
    this.order = [];
    this.used = 0;
    this.gindex = null;
    this.gfill = 0;
    this.version = 0;
    this.dkLog2 = 0;
    this.dkUsable = 0;
    this.dkNentries = 0;
    this.dkUnicode = true;
  }

  /** len(d). */
  get ma_used(): number {
    return this.used;
  }

  /** The entry for a str key given as JS text, or undefined. */
  getEntryStr(name: string): DictEntry | undefined {
    return this.map.get(name);
  }

  /** d[name] for a str key given as JS text, or null. The hot path of LOAD_GLOBAL. */
  getItemStr(name: string): PyObject | null {
    const e = this.map.get(name);
    return e === undefined ? null : e.value;
  }

  /** d[name] = v for a str key given as JS text. */
  setItemStr(name: string, v: PyObject): void {
    const e = this.map.get(name);
    if (e !== undefined) { e.value = v; return; }
    this.map.set(name, this.append(newStr(name), v, 0, 0, false));
  }

  /** del d[name]; false if absent. */
  delItemStr(name: string): boolean {
    const e = this.map.get(name);
    if (e === undefined) return false;
    this.map.delete(name);
    this.unlink(e);
    return true;
  }

  private append(key: PyObject, v: PyObject, lo: number, hi: number, general: boolean):
    DictEntry {
    const order = this.order;
    // Compact away deleted entries when they make up most of the array (only here, on
    // insertion, so deleting while walking `order` never moves entries under the walker).
    if (order.length >= 16 && this.used * 2 < order.length) this.compact();
    this.keysInsert(key);
    const e = new DictEntry(key, v, lo, hi, this.order.length, general);
    this.order.push(e);
    this.used++;
    this.version++;
    return e;
  }

  /**
   * The keys table before a new key goes in: the first key makes an 8-slot table of its
   * kind (insert_to_emptydict); a non-str key turns a str-only table general, and a full
   * one grows to fit used * 3 (insertion_resize). @see Objects/dictobject.c insertdict
   */
  private keysInsert(key: PyObject): void {
    const isStr = key.ob_type === PyUnicode_Type;
    if (this.dkLog2 === 0) {
      this.dkLog2 = 3;
      this.dkUnicode = isStr;
      this.dkUsable = usableFraction(8);
      this.dkNentries = 0;
    } else {
      if (this.dkUnicode && !isStr) this.keysResize(log2KeySize(this.used * 3), false);
      if (this.dkUsable <= 0) this.keysResize(log2KeySize(this.used * 3), true);
    }
    this.dkUsable--;
    this.dkNentries++;
  }

  /** dictresize: a fresh table of 2**log2 slots holding the live entries. */
  keysResize(log2: number, unicode: boolean): void {
    this.dkLog2 = log2;
    this.dkUnicode = this.dkUnicode && unicode;
    this.dkUsable = usableFraction(1 << log2) - this.used;
    this.dkNentries = this.used;
  }

  /**
   * Size the table for `n` items before they are inserted, as _PyDict_FromItems does for
   * BUILD_MAP (up to 5 items the dict starts empty). @see dictobject.c dict_new_presized
   */
  presize(n: number, unicode: boolean): void {
    if (n <= usableFraction(8) || this.used !== 0) return;
    this.dkLog2 = log2KeySize((n * 3 + 1) >> 1);
    this.dkUnicode = unicode;
    this.dkUsable = usableFraction(1 << this.dkLog2);
    this.dkNentries = 0;
  }

  private unlink(e: DictEntry): void {
    this.order[e.pos] = null;
    this.used--;
    this.version++;
  }

  private compact(): void {
    const live: DictEntry[] = [];
    for (const e of this.order) {
      if (e !== null) { e.pos = live.length; live.push(e); }
    }
    this.order = live;
    if (this.gindex !== null) this.rebuildIndex(this.gindex.length);
  }

  private rebuildIndex(size: number): void {
    const idx = new Int32Array(size).fill(EMPTY);
    const mask = size - 1;
    let fill = 0;
    for (const e of this.order) {
      if (e === null || !e.general) continue;
      let i = e.hashLo & mask, perturb = e.hashLo >>> 0;
      while (idx[i] !== EMPTY) {
        perturb >>>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
      }
      idx[i] = e.pos;
      fill++;
    }
    this.gindex = idx;
    this.gfill = fill;
  }

  // The gindex slot holding an entry equal to `key` (hash halves lo/hi), or -1.
  private findSlot(key: PyObject, lo: number, hi: number): number {
    const idx = this.gindex;
    if (idx === null) return -1;
    const mask = idx.length - 1;
    let i = lo & mask, perturb = lo >>> 0;
    for (;;) {
      const ix = idx[i];
      if (ix === EMPTY) return -1;
      if (ix >= 0) {
        // (A Python __eq__ may have mutated the dict under us: re-read, never trust.)
        const e = this.order[ix];
        if (e != null && e.hashLo === lo && e.hashHi === hi && keyEqual(e.key, key)) {
          if (this.gindex !== idx) return this.findSlot(key, lo, hi);
          return i;
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
  }

  /** The entry holding a key equal to `key`, or undefined. May raise (unhashable key). */
  lookup(key: PyObject): DictEntry | undefined {
    const c = dictCanonKey(key);
    if (c !== undefined) return this.map.get(c);
    if (this.gindex === null) { hashPartsOf(key); return undefined; }
    hashPartsOf(key);
    const slot = this.findSlot(key, hashOut.lo, hashOut.hi);
    return slot < 0 ? undefined : this.order[this.gindex[slot]]!;
  }

  /** d[key], or null when absent (PyDict_GetItem: no KeyError here). */
  getItem(key: PyObject): PyObject | null {
    const e = this.lookup(key);
    return e === undefined ? null : e.value;
  }

  /** d[key] = v; an existing equal key keeps its place and its original key object. */
  setItem(key: PyObject, v: PyObject): void {
    const c = dictCanonKey(key);
    if (c !== undefined) {
      const e = this.map.get(c);
      if (e !== undefined) { e.value = v; return; }
      this.map.set(c, this.append(key, v, 0, 0, false));
      return;
    }
    hashPartsOf(key);
    const lo = hashOut.lo, hi = hashOut.hi;
    const slot = this.findSlot(key, lo, hi);
    if (slot >= 0) { this.order[this.gindex![slot]]!.value = v; return; }
    // Keep the index at most 2/3 full (CPython's USABLE_FRACTION).
    if (this.gindex === null || (this.gfill + 1) * 3 >= this.gindex.length * 2) {
      let live = 1;
      for (const e of this.order) if (e !== null && e.general) live++;
      let size = 8;
      while (size * 2 <= live * 3) size *= 2;
      this.rebuildIndex(size * 2);
    }
    const e = this.append(key, v, lo, hi, true);
    const idx = this.gindex!;
    const mask = idx.length - 1;
    let i = lo & mask, perturb = lo >>> 0;
    while (idx[i] >= 0) {
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (idx[i] === EMPTY) this.gfill++;
    idx[i] = e.pos;
  }

  /** del d[key]; false if absent (the caller raises KeyError). */
  delItem(key: PyObject): boolean {
    const c = dictCanonKey(key);
    if (c !== undefined) {
      const e = this.map.get(c);
      if (e === undefined) return false;
      this.map.delete(c);
      this.unlink(e);
      return true;
    }
    hashPartsOf(key);
    const slot = this.findSlot(key, hashOut.lo, hashOut.hi);
    if (slot < 0) return false;
    const e = this.order[this.gindex![slot]]!;
    this.gindex![slot] = DUMMY;
    this.unlink(e);
    return true;
  }

  /** Remove an entry found by lookup/entries. */
  delEntry(e: DictEntry): void {
    if (e.general) this.delItem(e.key);
    else {
      this.map.delete(dictCanonKey(e.key));
      this.unlink(e);
    }
  }

  /** Remove everything. */
  clear(): void {
    this.map.clear();
    this.order = [];
    this.gindex = null;
    this.gfill = 0;
    this.used = 0;
    this.version++;
    this.dkLog2 = 0;
  }

  /** Live entries in insertion order (a generator over `order`). */
  *entries(): IterableIterator<DictEntry> {
    const order = this.order;
    for (let i = 0; i < order.length; i++) {
      const e = order[i];
      if (e !== null) yield e;
    }
  }

  /** Keys in order, as an array snapshot. */
  keys(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.order) if (e !== null) out.push(e.key);
    return out;
  }

  /** Values in order, as an array snapshot. */
  values(): PyObject[] {
    const out: PyObject[] = [];
    for (const e of this.order) if (e !== null) out.push(e.value);
    return out;
  }

  /** The last inserted live entry (popitem's victim), or undefined. */
  lastEntry(): DictEntry | undefined {
    for (let i = this.order.length - 1; i >= 0; i--) {
      const e = this.order[i];
      if (e !== null) return e;
    }
    return undefined;
  }

  /** A new dict with the same entries in the same order (dict.copy()). */
  copy(): PyDict {
    const d = new PyDict();
    for (const e of this.order) if (e !== null) d.setItem(e.key, e.value);
    // PyDict_Copy clones a table with few deleted entries as it is; otherwise it merges
    // into a new dict sized for the live entries (dict_merge's one big resize).
    if (this.used === 0) d.dkLog2 = 0;
    else if (this.used >= ((this.dkNentries * 2) / 3 | 0)) {
      d.dkLog2 = this.dkLog2;
      d.dkUnicode = this.dkUnicode;
      d.dkUsable = this.dkUsable;
      d.dkNentries = this.dkNentries;
    } else {
      d.dkLog2 = 0;
      d.dkUnicode = this.dkUnicode;
      d.keysResize(log2KeySize((this.used * 3 + 1) >> 1), this.dkUnicode);
    }
    return d;
  }
}

/** USABLE_FRACTION: a table of n slots takes 2n/3 entries. */
function usableFraction(n: number): number {
  return ((n << 1) / 3) | 0;
}

/**
 * calculate_log2_keysize, bit for bit: the bit length of (minsize | 8) - 1, at least 3. (So
 * 6 gives 16 slots, not 8: the formula rounds up from one below minsize | 8.)
 */
function log2KeySize(minsize: number): number {
  return 32 - Math.clz32(((minsize | 8) - 1) | 7);
}

/**
 * `dict.__sizeof__()`: the object, plus its keys table unless it is the shared empty one:
 * a 32-byte header, the index (1 to 8 bytes a slot), and 2/3 of the slots as entries of
 * 16 bytes (str keys: key, value) or 24 (any key: hash too).
 * @see Objects/dictobject.c _PyDict_SizeOf, _PyDict_KeysSize
 */
export function dictSizeOf(d: PyDict): number {
  if (d.dkLog2 === 0) return 48;
  const log2 = d.dkLog2;
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  return 48 + 32 + indexBytes * (1 << log2) + usableFraction(1 << log2) * (d.dkUnicode ? 16 : 24);
}

/** `dict`. @see Objects/dictobject.c PyDict_Type */
export const PyDict_Type: PyTypeObject = newStaticType('dict', undefined,
  Py_TPFLAGS_BASETYPE | Py_TPFLAGS_DICT_SUBCLASS | Py_TPFLAGS_MAPPING);

/** `PyDict_New`. */
export function newDict(): PyDict {
  return new PyDict();
}

/** `PyDict_Check`. */
export function PyDict_Check(o: PyObject): boolean {
  return o.ob_type === PyDict_Type || PyObject_TypeCheck(o, PyDict_Type);
}

/** `{'a': 1}`, `{}`, `{...}` for a dict inside itself. @see Objects/dictobject.c dict_repr */
export function dictRepr(o: PyObject): string {
  const d = o as PyDict;
  if (d.used === 0) return '{}';
  if (!reprEnter(o)) return '{...}';
  try {
    const parts: string[] = [];
    for (const e of d.entries()) parts.push(reprString(e.key) + ': ' + reprString(e.value));
    return '{' + parts.join(', ') + '}';
  } finally {
    reprLeave(o);
  }
}

PyDict_Type.tp_hash = PyObject_HashNotImplemented;

PyDict_Type.tp_repr = (o) => newStr(dictRepr(o));
