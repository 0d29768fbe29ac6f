// Mirrors Include/object.h and Include/cpython/object.h: the PyObject header every value
// carries, PyTypeObject with its slot tables, and the Py_TPFLAGS_* bits.
// The host GC frees objects, so there is no ob_refcnt: the header is just the type pointer.

/**
 * The header every Python value starts with. `ob_type` says what the value is; everything
 * else (the data layout) belongs to the subclass.
 * @see Include/object.h PyObject
 */
export class PyObject {
  // `declare` + assignment in the constructor, rather than a class field: V8 builds objects
  // much faster without field initializers, and every Python value passes through here.
  declare ob_type: PyTypeObject;
  constructor(type: PyTypeObject) {
    this.ob_type = type;
  }
}

/**
 * A Py_hash_t. CPython's hashes are signed 64-bit integers; a JS number holds the value when
 * it is a safe integer (small ints, most floats), otherwise a bigint carries it exactly.
 * Hash tables only use the two 32-bit halves (see `hashLo`/`hashHi` in objects/pyhash.ts).
 */
export type PyHash = number | bigint;

// Slot function types: plain functions over PyObjects. A Python error is a thrown
// PyBaseException (see objects/exceptions.ts), so slots return their result directly.
export type unaryfunc = (o: PyObject) => PyObject;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type inquiry = (o: PyObject) => boolean;
export type lenfunc = (o: PyObject) => number;
export type ssizeargfunc = (o: PyObject, i: number) => PyObject;
export type ssizeobjargproc = (o: PyObject, i: number, v: PyObject | null) => void;
export type objobjargproc = (o: PyObject, k: PyObject, v: PyObject | null) => void;
export type objobjproc = (o: PyObject, k: PyObject) => boolean;
export type reprfunc = (o: PyObject) => PyObject;
export type hashfunc = (o: PyObject) => PyHash;
export type richcmpfunc = (a: PyObject, b: PyObject, op: number) => PyObject;
export type getiterfunc = (o: PyObject) => PyObject;
/** Returns the next item, or null when exhausted (CPython: NULL without an exception set). */
export type iternextfunc = (o: PyObject) => PyObject | null;
export type getattrofunc = (o: PyObject, name: PyObject) => PyObject;
export type setattrofunc = (o: PyObject, name: PyObject, v: PyObject | null) => void;
export type descrgetfunc = (d: PyObject, obj: PyObject | null, type: PyObject | null) => PyObject;
export type descrsetfunc = (d: PyObject, obj: PyObject, v: PyObject | null) => void;
/** Positional args as an array and keyword args as a dict-like object (or null). */
export type callfunc = (callable: PyObject, args: PyObject[], kwargs: PyObject | null) => PyObject;
export type initproc = (self: PyObject, args: PyObject[], kwargs: PyObject | null) => void;
export type newfunc = (type: PyTypeObject, args: PyObject[], kwargs: PyObject | null) => PyObject;
/** vectorcall: positional then keyword values in `args`, keyword names in `kwnames`. */
export type vectorcallfunc = (
  callable: PyObject, args: PyObject[], nargs: number, kwnames: string[] | null) => PyObject;

/** Rich comparison operators, as Include/object.h numbers them. */
export const enum CompareOp { Py_LT = 0, Py_LE = 1, Py_EQ = 2, Py_NE = 3, Py_GT = 4, Py_GE = 5 }

/** @see Include/cpython/object.h PyNumberMethods */
export class PyNumberMethods {
  nb_add: binaryfunc | null = null;
  nb_subtract: binaryfunc | null = null;
  nb_multiply: binaryfunc | null = null;
  nb_remainder: binaryfunc | null = null;
  nb_divmod: binaryfunc | null = null;
  nb_power: ternaryfunc | null = null;
  nb_negative: unaryfunc | null = null;
  nb_positive: unaryfunc | null = null;
  nb_absolute: unaryfunc | null = null;
  nb_bool: inquiry | null = null;
  nb_invert: unaryfunc | null = null;
  nb_lshift: binaryfunc | null = null;
  nb_rshift: binaryfunc | null = null;
  nb_and: binaryfunc | null = null;
  nb_xor: binaryfunc | null = null;
  nb_or: binaryfunc | null = null;
  nb_int: unaryfunc | null = null;
  nb_float: unaryfunc | null = null;
  nb_inplace_add: binaryfunc | null = null;
  nb_inplace_subtract: binaryfunc | null = null;
  nb_inplace_multiply: binaryfunc | null = null;
  nb_inplace_remainder: binaryfunc | null = null;
  nb_inplace_power: ternaryfunc | null = null;
  nb_inplace_lshift: binaryfunc | null = null;
  nb_inplace_rshift: binaryfunc | null = null;
  nb_inplace_and: binaryfunc | null = null;
  nb_inplace_xor: binaryfunc | null = null;
  nb_inplace_or: binaryfunc | null = null;
  nb_floor_divide: binaryfunc | null = null;
  nb_true_divide: binaryfunc | null = null;
  nb_inplace_floor_divide: binaryfunc | null = null;
  nb_inplace_true_divide: binaryfunc | null = null;
  nb_index: unaryfunc | null = null;
  nb_matrix_multiply: binaryfunc | null = null;
  nb_inplace_matrix_multiply: binaryfunc | null = null;
}

/** @see Include/cpython/object.h PySequenceMethods */
export class PySequenceMethods {
  sq_length: lenfunc | null = null;
  sq_concat: binaryfunc | null = null;
  sq_repeat: ssizeargfunc | null = null;
  sq_item: ssizeargfunc | null = null;
  sq_ass_item: ssizeobjargproc | null = null;
  sq_contains: objobjproc | null = null;
  sq_inplace_concat: binaryfunc | null = null;
  sq_inplace_repeat: ssizeargfunc | null = null;
}

/** @see Include/cpython/object.h PyMappingMethods */
export class PyMappingMethods {
  mp_length: lenfunc | null = null;
  mp_subscript: binaryfunc | null = null;
  mp_ass_subscript: objobjargproc | null = null;
}

// Py_TPFLAGS_* (Include/object.h). Plain numbers: all fit in 31 bits except none we use.
export const Py_TPFLAGS_MANAGED_DICT = 1 << 4;
export const Py_TPFLAGS_SEQUENCE = 1 << 5;
export const Py_TPFLAGS_MAPPING = 1 << 6;
export const Py_TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
export const Py_TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const Py_TPFLAGS_HEAPTYPE = 1 << 9;
export const Py_TPFLAGS_BASETYPE = 1 << 10;
export const Py_TPFLAGS_HAVE_VECTORCALL = 1 << 11;
export const Py_TPFLAGS_READY = 1 << 12;
export const Py_TPFLAGS_READYING = 1 << 13;
export const Py_TPFLAGS_HAVE_GC = 1 << 14;
export const Py_TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
export const Py_TPFLAGS_VALID_VERSION_TAG = 1 << 19;
export const Py_TPFLAGS_IS_ABSTRACT = 1 << 20;
export const Py_TPFLAGS_MATCH_SELF = 1 << 22;
export const Py_TPFLAGS_ITEMS_AT_END = 1 << 23;
export const Py_TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const Py_TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const Py_TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const Py_TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const Py_TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const Py_TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const Py_TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
// Bit 31 would make the flags word negative in int32 math; keep it as a plain number.
export const Py_TPFLAGS_TYPE_SUBCLASS = 2 ** 31;
export const Py_TPFLAGS_DEFAULT = 0;

/** A method-table entry: what `PyMethodDef` carries, minus the C calling-convention bits. */
export interface PyMethodDef {
  ml_name: string;
  ml_meth: (self: PyObject, args: PyObject[], kwargs: PyObject | null) => PyObject;
  ml_doc?: string;
}

/** A data member / computed attribute: `PyGetSetDef`. */
export interface PyGetSetDef {
  name: string;
  get: ((self: PyObject) => PyObject) | null;
  set: ((self: PyObject, v: PyObject | null) => void) | null;
  doc?: string;
}

/**
 * A type object. Fields are CPython's, in CPython's order; an empty slot is `null`.
 * Lectures fill slots on existing types (e.g. lecture 04 fills int's `nb_add`).
 * @see Include/cpython/object.h struct _typeobject
 */
export class PyTypeObject extends PyObject {
  tp_name: string;
  tp_basicsize = 0;
  tp_itemsize = 0;
  // tp_dealloc, tp_vectorcall_offset: no host equivalent.
  tp_getattr = null;
  tp_setattr = null;
  tp_as_async: object | null = null;
  tp_repr: reprfunc | null = null;
  tp_as_number: PyNumberMethods | null = null;
  tp_as_sequence: PySequenceMethods | null = null;
  tp_as_mapping: PyMappingMethods | null = null;
  tp_hash: hashfunc | null = null;
  tp_call: callfunc | null = null;
  tp_str: reprfunc | null = null;
  tp_getattro: getattrofunc | null = null;
  tp_setattro: setattrofunc | null = null;
  tp_as_buffer: object | null = null;
  tp_flags = Py_TPFLAGS_DEFAULT;
  tp_doc: string | null = null;
  tp_traverse = null;
  tp_clear = null;
  tp_richcompare: richcmpfunc | null = null;
  tp_weaklistoffset = 0;
  tp_iter: getiterfunc | null = null;
  tp_iternext: iternextfunc | null = null;
  tp_methods: PyMethodDef[] | null = null;
  tp_members: PyGetSetDef[] | null = null;
  tp_getset: PyGetSetDef[] | null = null;
  tp_base: PyTypeObject | null = null;
  /** The type's namespace; a PyDict once the runtime readies the type (typeobject.c). */
  tp_dict: PyObject | null = null;
  tp_descr_get: descrgetfunc | null = null;
  tp_descr_set: descrsetfunc | null = null;
  tp_dictoffset = 0;
  tp_init: initproc | null = null;
  tp_alloc = null;
  tp_new: newfunc | null = null;
  tp_free = null;
  tp_is_gc = null;
  tp_bases: PyTypeObject[] | null = null;
  tp_mro: PyTypeObject[] | null = null;
  /**
   * The method cache of `_PyType_Lookup`: name -> what the MRO walk found (null: nothing).
   * CPython keeps one global table keyed by (tp_version_tag, name); ceval keeps one small
   * map per type, dropped whenever the type or a base changes (PyType_Modified).
   */
  tp_cache: Map<string, PyObject | null> | null = null;
  /** Weak references to the direct subclasses (`__subclasses__()`, PyType_Modified). */
  tp_subclasses: WeakRef<PyTypeObject>[] | null = null;
  tp_weaklist = null;
  tp_del = null;
  tp_version_tag = 0;
  tp_finalize = null;
  tp_vectorcall: vectorcallfunc | null = null;
  tp_watched = 0;
  tp_versions_used = 0;
  /** `__module__` for static types ("builtins" unless the dotted tp_name says otherwise). */
  tp_module: string | null = null;

  /**
   * `base` is the single base (tp_base); the type's own ob_type is `type` once that exists
   * (`PyType_Type` below, patched in when the module loads).
   */
  constructor(name: string, base: PyTypeObject | null, flags = 0) {
    // PyType_Type is created first, with itself as its type: see the bottom of this file.
    super(PyType_Type_ref as PyTypeObject);
    this.tp_name = name;
    this.tp_base = base;
    // Bit 31 does not survive `|` (int32), so it is kept apart and added back.
    const bit31 = hasFlag(flags, Py_TPFLAGS_TYPE_SUBCLASS) ? Py_TPFLAGS_TYPE_SUBCLASS : 0;
    this.tp_flags = ((flags - bit31) | Py_TPFLAGS_READY | Py_TPFLAGS_IMMUTABLETYPE) + bit31;
    if (base !== null) {
      // The base learns of its subclass (`int.__subclasses__()` lists bool).
      (base.tp_subclasses ??= []).push(new WeakRef(this));
      this.tp_bases = [base];
      this.tp_mro = [this, ...(base.tp_mro ?? [base])];
      // Subclasses of the special builtins inherit the fast-check bits (PyLong_Check & co).
      this.tp_flags += inheritedFastSubclassBits(base.tp_flags, this.tp_flags);
    } else {
      this.tp_bases = [];
      this.tp_mro = [this];
    }
  }
}

function inheritedFastSubclassBits(baseFlags: number, ownFlags: number): number {
  let add = 0;
  const bits = [Py_TPFLAGS_LONG_SUBCLASS, Py_TPFLAGS_LIST_SUBCLASS, Py_TPFLAGS_TUPLE_SUBCLASS,
    Py_TPFLAGS_BYTES_SUBCLASS, Py_TPFLAGS_UNICODE_SUBCLASS, Py_TPFLAGS_DICT_SUBCLASS,
    Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TPFLAGS_TYPE_SUBCLASS];
  for (const b of bits) {
    if (hasFlag(baseFlags, b) && !hasFlag(ownFlags, b)) add += b;
  }
  return add;
}

/** Test a flag bit; works for bit 31 too (plain number arithmetic, not int32). */
export function hasFlag(flags: number, bit: number): boolean {
  return Math.floor(flags / bit) % 2 === 1;
}

let PyType_Type_ref: PyTypeObject | null = null;

/**
 * `type`: the type of every type, including itself.
 * @see Objects/typeobject.c PyType_Type
 */
export const PyType_Type: PyTypeObject = new PyTypeObject('type', null, Py_TPFLAGS_BASETYPE);
PyType_Type_ref = PyType_Type;
PyType_Type.ob_type = PyType_Type;
PyType_Type.tp_flags += Py_TPFLAGS_TYPE_SUBCLASS;

/**
 * `object`: the root of every MRO.
 * @see Objects/typeobject.c PyBaseObject_Type
 */
export const PyBaseObject_Type: PyTypeObject = new PyTypeObject('object', null,
  Py_TPFLAGS_BASETYPE);
PyType_Type.tp_base = PyBaseObject_Type;
PyType_Type.tp_bases = [PyBaseObject_Type];
PyType_Type.tp_mro = [PyType_Type, PyBaseObject_Type];

/**
 * Make a static builtin type: `object` is the default base.
 * @see Objects/typeobject.c _PyStaticType_InitBuiltin
 */
export function newStaticType(name: string, base: PyTypeObject | null = PyBaseObject_Type,
  flags = 0): PyTypeObject {
  return new PyTypeObject(name, base, flags);
}

/** `Py_TYPE(o)`. @see Include/object.h Py_TYPE */
export function Py_TYPE(o: PyObject): PyTypeObject {
  return o.ob_type;
}

/**
 * Is `t` a subtype of `base` (walks tp_mro, or tp_base when no MRO is set)?
 * @see Objects/typeobject.c PyType_IsSubtype
 */
export function PyType_IsSubtype(t: PyTypeObject, base: PyTypeObject): boolean {
  if (t === base) return true;
  const mro = t.tp_mro;
  if (mro !== null) {
    for (let i = 0; i < mro.length; i++) if (mro[i] === base) return true;
    return false;
  }
  for (let b = t.tp_base; b !== null; b = b.tp_base) if (b === base) return true;
  return base === PyBaseObject_Type;
}

/** `PyObject_TypeCheck`. @see Include/object.h PyObject_TypeCheck */
export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  return o.ob_type === t || PyType_IsSubtype(o.ob_type, t);
}

/** The name Python shows for a type: the part of tp_name after the last dot. */
export function typeName(t: PyTypeObject): string {
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? t.tp_name : t.tp_name.slice(i + 1);
}

// id(): CPython shows an address. The host has none, so each object gets a stable fake one
// the first time it is asked for, spaced like 16-byte-aligned heap addresses.
const ids = new WeakMap<PyObject, number>();
let nextId = 0x7f3a1c000010;

/**
 * The identity of an object as a number (`id(o)`), stable for the object's lifetime.
 * @see Python/bltinmodule.c builtin_id
 */
export function Py_Id(o: PyObject): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 48;
    ids.set(o, id);
  }
  return id;
}

/** `_Py_HashPointer(o)`: the default hash, the address rotated right by 4 bits. */
export function Py_HashPointer(o: PyObject): number {
  // Our ids are 16-aligned and below 2**53, so the rotation is a plain division.
  return Py_Id(o) / 16;
}

/** The `0x...` text CPython's default reprs show for an object. */
export function addressText(o: PyObject): string {
  return '0x' + Py_Id(o).toString(16);
}
