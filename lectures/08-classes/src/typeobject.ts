// Mirrors the class-making half of Objects/typeobject.c: type_call (calling a class makes an
// instance: tp_new, then tp_init), type_new (calling `type` with three arguments makes a
// class: a heap type with a C3 MRO, its dict, its slots, `__slots__`, and the hooks
// `__set_name__` and `__init_subclass__`), and _PyType_CalculateMetaclass.

import { PyObject, PyTypeObject, PyType_Type, PyBaseObject_Type, PyType_IsSubtype, hasFlag,
  Py_TPFLAGS_HEAPTYPE, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_READY, Py_TPFLAGS_HAVE_GC,
  Py_TPFLAGS_MANAGED_DICT, Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING, Py_TPFLAGS_MATCH_SELF,
  Py_TPFLAGS_ITEMS_AT_END, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_LONG_SUBCLASS,
  Py_TPFLAGS_TYPE_SUBCLASS, typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { typeError, valueError, PyBaseException }
  from '@ceval/core/objects/exceptions';
import { typeLayout, typeFlags } from '@ceval/core/runtime/typelayout.generated';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { vectorcallArgs } from '@ceval/core/runtime/abstract';
import { currentInterpreter } from '@ceval/core/interpreter';
import { c3Linearise } from './typeobject-mro.js';
import { fixupSlotDispatchers } from './typeobject-slots.js';
import { typeLookup, descrGetOf, isHeapType, getAttr } from './object.js';
import { PyClassMethod_Type, PyStaticMethod_Type, PyWrappedCallable } from './classobject.js';
import { getsetDescrFor } from './descrobject.js';
import { slotMember, dictGetset, weakrefGetset } from './typeobject-instance.js';
import { exceptionAddNote } from '@ceval/core/runtime/exceptionmethods';

const Py_TPFLAGS_MANAGED_WEAKREF = 1 << 3;
const Py_TPFLAGS_INLINE_VALUES = 1 << 2;

/**
 * A class: a type object plus what only classes have (CPython's PyHeapTypeObject): its
 * qualified name and the names in its `__slots__`.
 * @see Include/cpython/object.h PyHeapTypeObject
 */
export class PyHeapTypeObject extends PyTypeObject {
  declare ht_qualname: string;
  /** `__slots__` as given, after mangling (null when the class has none). */
  declare ht_slots: string[] | null;
  /** Index of each slot of this class and its bases in an instance's slot array. */
  declare ht_slotbase: number;
  constructor(name: string, base: PyTypeObject) {
    super(name, base);
    this.ht_qualname = name;
    this.ht_slots = null;
    this.ht_slotbase = 0;
  }
}

// --- the metaclass -----------------------------------------------------------------------------

/**
 * The most derived of `meta` and the metaclasses of all bases: every base's metaclass must be
 * a superclass of it, or the class cannot be made.
 * @see Objects/typeobject.c _PyType_CalculateMetaclass
 */
export function calculateMetaclass(meta: PyTypeObject, bases: readonly PyObject[]):
  PyTypeObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.ob_type;
    if (PyType_IsSubtype(winner, t)) continue;
    if (PyType_IsSubtype(t, winner)) {
      winner = t;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) '
      + 'subclass of the metaclasses of all its bases');
  }
  return winner;
}

// --- the solid base: whose instance layout a class extends ------------------------------------

function basicsizeOf(t: PyTypeObject): number {
  if (t.tp_basicsize) return t.tp_basicsize;
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const l = typeLayout[c.tp_name];
    if (l !== undefined && !isHeapType(c)) return l[0];
    if (c.tp_basicsize) return c.tp_basicsize;
  }
  return 16;
}

export function itemsizeOf(t: PyTypeObject): number {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (isHeapType(c)) continue;
    const l = typeLayout[c.tp_name];
    if (l !== undefined) return l[1];
  }
  return 0;
}

/**
 * The nearest base that adds something to the C struct (a different size, or slots): two
 * bases whose solid bases are unrelated cannot be combined. @see typeobject.c solid_base
 */
function solidBase(t: PyTypeObject): PyTypeObject {
  const base = t.tp_base === null ? PyBaseObject_Type : solidBase(t.tp_base);
  const extra = (t as PyHeapTypeObject).ht_slots?.length ?? 0;
  if (extra > 0 || (!isHeapType(t) && basicsizeOf(t) !== basicsizeOf(base)
    && !sameLayoutException(t, base))) return t;
  return base;
}

// Exception types share one struct unless they add fields (OSError, SyntaxError ...), and
// CPython's sizes say so; the layout table records them.
function sameLayoutException(t: PyTypeObject, base: PyTypeObject): boolean {
  return basicsizeOf(t) === basicsizeOf(base);
}

/** @see Objects/typeobject.c best_base */
function bestBase(bases: readonly PyTypeObject[]): PyTypeObject {
  let base: PyTypeObject | null = null;
  let winner: PyTypeObject | null = null;
  for (const b of bases) {
    if (!hasFlag(b.tp_flags, Py_TPFLAGS_BASETYPE)) {
      typeError(`type '${typeName(b)}' is not an acceptable base type`);
    }
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (PyType_IsSubtype(winner, candidate)) {
      // the winner already extends this layout
    } else if (PyType_IsSubtype(candidate, winner)) {
      winner = candidate;
      base = b;
    } else {
      typeError('multiple bases have instance lay-out conflict');
    }
  }
  return base!;
}

// --- type_new --------------------------------------------------------------------------------

function mustBeStr(v: PyObject, what: string): string {
  if (!(v instanceof PyUnicode)) {
    typeError(`type.__new__() argument ${what} must be str, not ${typeName(v.ob_type)}`);
  }
  return v.value;
}

/** `__slots__` as a list of names, checked. @see typeobject.c type_new_visit_slots */
function readSlots(v: PyObject, dict: PyDict, base: PyTypeObject, name: string): string[] {
  const interp = currentInterpreter();
  const items: PyObject[] = v instanceof PyUnicode ? [v]
    : (interp.builtins.getItemStr('tuple') !== null
      ? (interp.callObject(interp.builtins.getItemStr('tuple')!, [v], null) as PyTuple).items
      : []);
  const names: string[] = [];
  for (const it of items) {
    if (!(it instanceof PyUnicode)) {
      typeError(`__slots__ items must be strings, not '${typeName(it.ob_type)}'`);
    }
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(it.value)) typeError('__slots__ must be identifiers');
    names.push(it.value);
  }
  const real = names.filter((n) => n !== '__dict__' && n !== '__weakref__');
  if (real.length > 0 && itemsizeOf(base) !== 0) {
    typeError(`nonempty __slots__ not supported for subtype of '${typeName(base)}'`);
  }
  for (const n of ['__dict__', '__weakref__']) {
    if (names.filter((x) => x === n).length > 1 || (names.includes(n) && n === '__dict__'
      && typeHasDictAlready(base))) {
      typeError(n === '__dict__' ? '__dict__ slot disallowed: we already got one'
        : '__weakref__ slot disallowed: we already got one');
    }
  }
  for (const n of real) {
    const m = mangle(name, n);
    if (dict.getItemStr(m) !== null) {
      valueError(`'${n}' in __slots__ conflicts with class variable`);
    }
  }
  return names;
}

function typeHasDictAlready(t: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_dictoffset !== 0) return true;
  }
  return false;
}

/** Private names in `__slots__` are mangled like any `__x` in a class body. */
function mangle(className: string, n: string): string {
  if (!n.startsWith('__') || n.endsWith('__') || n.includes('.')) return n;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? n : `_${stripped}${n}`;
}

/**
 * `type(name, bases, dict)`: make a class. @see Objects/typeobject.c type_new, type_new_impl
 */
export function typeNew(metatype: PyTypeObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const kw = kwargs as PyDict | null;
  // (type(x) and "type() takes 1 or 3 arguments" are type_call's; this is type.__new__.)
  if (args.length !== 3) {
    typeError(`type.__new__() takes exactly 3 arguments (${args.length} given)`);
  }
  const name = mustBeStr(args[0], '1');
  if (!(args[1] instanceof PyTuple)) {
    typeError(`type.__new__() argument 2 must be tuple, not ${typeName(args[1].ob_type)}`);
  }
  if (!(args[2] instanceof PyDict)) {
    typeError(`type.__new__() argument 3 must be dict, not ${typeName(args[2].ob_type)}`);
  }
  let bases = args[1].items;
  const ns = args[2];
  // A base standing for a class through __mro_entries__ needs types.new_class(), which
  // resolves it before calling the metaclass. @see typeobject.c type_new_get_bases
  for (const b of bases) {
    if (!(b instanceof PyTypeObject) && typeLookup(b.ob_type, '__mro_entries__') !== null) {
      typeError('type() doesn\'t support MRO entry resolution; use types.new_class()');
    }
  }
  // The metaclass of the bases may be more derived than the one called: let it make the class.
  const winner = calculateMetaclass(metatype, bases);
  if (winner !== metatype && winner.tp_new !== null && winner.tp_new !== typeNew) {
    return winner.tp_new(winner, args, kwargs);
  }
  for (const b of bases) if (!(b instanceof PyTypeObject)) typeError('bases must be types');
  if (bases.length === 0) bases = [PyBaseObject_Type];
  const typeBases = bases as PyTypeObject[];
  const base = bestBase(typeBases);
  if (name.includes('\0')) valueError('type name must not contain null characters');

  const t = new PyHeapTypeObject(name, base);
  t.ob_type = winner;
  t.tp_bases = typeBases.slice();
  const dict = ns.copy();
  t.tp_dict = dict;

  // __module__ from the caller's globals, __qualname__ out of the dict into the type.
  if (dict.getItemStr('__module__') === null) {
    const f = currentInterpreter().currentFrame;
    const modname = f !== null ? (f.globals as PyDict).getItemStr('__name__') : null;
    if (modname !== null) dict.setItemStr('__module__', modname);
  }
  const qn = dict.getItemStr('__qualname__');
  if (qn !== null) {
    if (!(qn instanceof PyUnicode)) {
      typeError(`type __qualname__ must be a str, not ${typeName(qn.ob_type)}`);
    }
    t.ht_qualname = qn.value;
    dict.delItemStr('__qualname__');
  }
  // __new__ is a static method, __init_subclass__ and __class_getitem__ class methods,
  // even when written as plain functions. @see typeobject.c type_new_set_attrs
  wrapSpecial(dict, '__new__', PyStaticMethod_Type);
  wrapSpecial(dict, '__init_subclass__', PyClassMethod_Type);
  wrapSpecial(dict, '__class_getitem__', PyClassMethod_Type);

  setLayout(t, base, dict, name);
  // Then `__doc__` (None when the body had no docstring), and `__hash__ = None` for a class
  // that defines __eq__ but not __hash__: its equal instances could not keep equal hashes.
  // @see Objects/typeobject.c type_new_set_doc, type_ready_set_hash
  const doc = dict.getItemStr('__doc__');
  if (doc === null) dict.setItemStr('__doc__', Py_None);
  else if (doc instanceof PyUnicode) t.tp_doc = doc.value;
  if (dict.getItemStr('__eq__') !== null && dict.getItemStr('__hash__') === null) {
    dict.setItemStr('__hash__', Py_None);
  }
  t.tp_flags = heapFlags(t, base);

  // The MRO: C3, or what a metaclass's own mro() returns.
  t.tp_mro = c3Linearise(t, typeBases);
  const customMro = winner !== PyType_Type ? typeLookup(winner, 'mro') : null;
  if (customMro !== null && customMro instanceof PyFunction) {
    const r = currentInterpreter().callObject(getAttr(t, newStr('mro')), [], null);
    t.tp_mro = checkMro(t, r);
  }
  inheritSpecial(t, base);
  fixupSlotDispatchers(t);
  // (The best base already listed t when t was made.)
  for (const b of typeBases) if (b !== base) (b.tp_subclasses ??= []).push(new WeakRef(t));

  setClassCell(t, dict);
  setNames(t, dict);
  initSubclass(t, kw);
  return t;
}

function wrapSpecial(dict: PyDict, name: string, wrapper: PyTypeObject): void {
  const v = dict.getItemStr(name);
  if (v instanceof PyFunction) {
    const w = new PyWrappedCallable(wrapper);
    w.callable = v;
    dict.setItemStr(name, w);
  }
}

/**
 * `__slots__`, `__dict__` and `__weakref__`: which descriptors the class gets and where its
 * instances keep their attributes. @see typeobject.c type_new_descriptors
 */
function setLayout(t: PyHeapTypeObject, base: PyTypeObject, dict: PyDict, name: string): void {
  const slotsObj = dict.getItemStr('__slots__');
  const baseSlots = slotCount(base);
  let addDict = !typeHasDictAlready(base);
  // Instances of variable-size types (int, tuple, bytes) carry no weak-reference slot.
  let addWeak = !hasWeakref(base) && itemsizeOf(base) === 0;
  let nslots = 0;
  if (slotsObj !== null) {
    const names = readSlots(slotsObj, dict, base, name);
    addDict = addDict && names.includes('__dict__');
    addWeak = addWeak && names.includes('__weakref__');
    const real = names.filter((n) => n !== '__dict__' && n !== '__weakref__')
      .map((n) => mangle(name, n));
    t.ht_slots = real;
    t.ht_slotbase = baseSlots;
    real.sort();
    real.forEach((n, i) => {
      dict.setItemStr(n, getsetDescrFor(t, slotMember(n, baseSlots + i), true));
    });
    nslots = real.length;
  }
  if (addDict) {
    t.tp_dictoffset = -1;
    if (dict.getItemStr('__dict__') === null) dict.setItemStr('__dict__', getsetDescrFor(t, dictGetset(), false));
  }
  if (addWeak) {
    t.tp_weaklistoffset = -32;
    if (dict.getItemStr('__weakref__') === null) {
      dict.setItemStr('__weakref__', getsetDescrFor(t, weakrefGetset(), false));
    }
  }
  t.tp_basicsize = basicsizeOf(base) + 8 * nslots;
  t.tp_itemsize = itemsizeOf(base);
}

function slotCount(t: PyTypeObject): number {
  let n = 0;
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    n += (c as PyHeapTypeObject).ht_slots?.length ?? 0;
  }
  return n;
}

function hasWeakref(t: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_weaklistoffset !== 0) return true;
  }
  return false;
}

/** `__flags__` as CPython 3.13 computes it for a class. */
function heapFlags(t: PyHeapTypeObject, base0: PyTypeObject): number {
  // A built-in base's bits as CPython's C literal has them (recorded from python3.13).
  const base = { tp_flags: isHeapType(base0) ? base0.tp_flags
    : (typeFlags[base0.tp_name] ?? base0.tp_flags) } as PyTypeObject;
  let f = Py_TPFLAGS_HEAPTYPE | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_READY | Py_TPFLAGS_HAVE_GC;
  const inherit = [Py_TPFLAGS_SEQUENCE, Py_TPFLAGS_MAPPING, Py_TPFLAGS_MATCH_SELF,
    Py_TPFLAGS_ITEMS_AT_END, Py_TPFLAGS_HAVE_VECTORCALL, Py_TPFLAGS_MANAGED_DICT,
    Py_TPFLAGS_MANAGED_WEAKREF, Py_TPFLAGS_INLINE_VALUES];
  for (const b of inherit) if (hasFlag(base.tp_flags, b)) f |= b;
  if (t.tp_dictoffset === -1 && !hasFlag(base.tp_flags, Py_TPFLAGS_MANAGED_DICT)) {
    f |= Py_TPFLAGS_MANAGED_DICT;
    if (itemsizeOf(base0) === 0 && basicsizeOf(base0) === 16 && (t.ht_slots?.length ?? 0) === 0) {
      f |= Py_TPFLAGS_INLINE_VALUES;
    }
  }
  if ((t.ht_slots?.length ?? 0) > 0) f &= ~Py_TPFLAGS_INLINE_VALUES;
  if (t.tp_weaklistoffset === -32 && itemsizeOf(base0) === 0) f |= Py_TPFLAGS_MANAGED_WEAKREF;
  // The fast subclass bits (PyLong_Check & co.) sit above bit 23; bit 31 overflows int32.
  let high = 0;
  for (let b = Py_TPFLAGS_LONG_SUBCLASS; b <= Py_TPFLAGS_TYPE_SUBCLASS; b *= 2) {
    if (hasFlag(base.tp_flags, b)) high += b;
  }
  return (f >>> 0) + high;
}

/** What a class takes from its base before its own slots are decided. @see inherit_special */
function inheritSpecial(t: PyTypeObject, base: PyTypeObject): void {
  if (t.tp_dictoffset === 0) t.tp_dictoffset = typeHasDictAlready(base) ? inheritedDictOffset(base) : 0;
  if (t.tp_weaklistoffset === 0 && hasWeakref(base)) t.tp_weaklistoffset = base.tp_weaklistoffset;
}

function inheritedDictOffset(t: PyTypeObject): number {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_dictoffset !== 0) return c.tp_dictoffset;
  }
  return 0;
}

/** A metaclass's mro() must return classes. @see typeobject.c mro_check */
function checkMro(t: PyTypeObject, r: PyObject): PyTypeObject[] {
  const interp = currentInterpreter();
  const tupleT = interp.builtins.getItemStr('tuple')!;
  const items = (interp.callObject(tupleT, [r], null) as PyTuple).items;
  for (const c of items) {
    if (!(c instanceof PyTypeObject)) typeError(`mro() returned a non-class ('${typeName(c.ob_type)}')`);
  }
  return items as PyTypeObject[];
}

/**
 * The body stored the cell that `super()` and `__class__` read as `__classcell__`: fill it
 * with the class now that it exists. @see typeobject.c type_new_set_classcell
 */
function setClassCell(t: PyTypeObject, dict: PyDict): void {
  const cell = dict.getItemStr('__classcell__');
  if (cell === null) return;
  if (cell.ob_type.tp_name !== 'cell') {
    typeError(`__classcell__ must be a nonlocal cell, not ${reprType(cell.ob_type)}`);
  }
  (cell as unknown as { ref: PyObject | null }).ref = t;
  dict.delItemStr('__classcell__');
}

function reprType(t: PyTypeObject): string {
  const m = t.tp_module ?? 'builtins';
  return m === 'builtins' ? `<class '${typeName(t)}'>` : `<class '${m}.${typeName(t)}'>`;
}

/**
 * Every attribute whose type has `__set_name__` learns the class and the name it was bound
 * to. An error in one says which, in a note. @see typeobject.c type_new_set_names
 */
function setNames(t: PyHeapTypeObject, dict: PyDict): void {
  const interp = currentInterpreter();
  for (const e of dict.copy().entries()) {
    const v = e.value;
    const setName = typeLookup(v.ob_type, '__set_name__');
    if (setName === null) continue;
    const get = descrGetOf(setName);
    const f = get === null ? setName : get(setName, v, v.ob_type);
    try {
      interp.callObject(f, [t, e.key], null);
    } catch (err) {
      if (err instanceof PyBaseException) {
        exceptionAddNote(err, `Error calling __set_name__ on '${typeName(v.ob_type)}' instance `
          + `${reprKey(e.key)} in '${typeName(t)}'`);
      }
      throw err;
    }
  }
}

function reprKey(k: PyObject): string {
  return k instanceof PyUnicode ? `'${k.value}'` : '?';
}


/**
 * `super(cls, cls).__init_subclass__(**kwds)`: the parent class hears about its new child,
 * with the class statement's keyword arguments. @see typeobject.c type_new_init_subclass
 */
function initSubclass(t: PyTypeObject, kw: PyDict | null): void {
  const interp = currentInterpreter();
  const mro = t.tp_mro!;
  for (let i = 1; i < mro.length; i++) {
    const v = ownOrNull(mro[i], '__init_subclass__');
    if (v === null) continue;
    const get = descrGetOf(v);
    const f = get === null ? v : get(v, t, t);
    const [vals, names] = vectorcallArgs([], kw);
    interp.callObject(f, vals, names);
    return;
  }
}

function ownOrNull(c: PyTypeObject, name: string): PyObject | null {
  return (c.tp_dict instanceof PyDict ? c.tp_dict.getItemStr(name) : null)
    ?? (isHeapType(c) ? null : typeLookupOwn(c, name));
}

function typeLookupOwn(c: PyTypeObject, name: string): PyObject | null {
  const mro = c.tp_mro;
  if (mro === null || mro[0] !== c) return null;
  const v = typeLookup(c, name);
  // typeLookup walks bases too: only accept what c itself defines.
  for (let i = 1; i < mro.length; i++) if (typeLookup(mro[i], name) === v) return null;
  return v;
}

/**
 * `type.__init__`: nothing to do (type_new did it all), but the arguments are checked, so a
 * metaclass's `super().__init__(name, bases, ns)` works. @see Objects/typeobject.c type_init
 */
export function typeInit(_self: PyObject, args: PyObject[], kwargs: PyObject | null): void {
  const kw = kwargs as PyDict | null;
  if (args.length === 1 && kw !== null && kw.ma_used > 0) {
    typeError('type.__init__() takes no keyword arguments');
  }
  if (args.length !== 1 && args.length !== 3) typeError('type.__init__() takes 1 or 3 arguments');
}

// --- type_call ---------------------------------------------------------------------------------

function findNew(t: PyTypeObject): PyTypeObject['tp_new'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_new !== null) return c.tp_new;
  }
  return null;
}

export function findInit(t: PyTypeObject): PyTypeObject['tp_init'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_init !== null) return c.tp_init;
  }
  return null;
}

/**
 * Calling a class: `__new__` makes the object, and `__init__` runs only if what came back is
 * an instance of the class called. @see Objects/typeobject.c type_call
 */
export function typeCall(callable: PyObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const t = callable as PyTypeObject;
  const kw = kwargs as PyDict | null;
  if (t === PyType_Type) {
    // type(x) is x's type; anything but three arguments is an error before type_new runs.
    if (args.length === 1 && (kw === null || kw.ma_used === 0)) return args[0].ob_type;
    if (args.length !== 3) typeError('type() takes 1 or 3 arguments');
  }
  const tpNew = findNew(t);
  if (tpNew === null || hasFlag(t.tp_flags, 1 << 7)) {
    typeError(`cannot create '${t.tp_module !== null && t.tp_module !== 'builtins'
      ? `${t.tp_module}.` : ''}${typeName(t)}' instances`);
  }
  const obj = tpNew(t, args, kwargs);
  if (!PyType_IsSubtype(obj.ob_type, t)) return obj;
  const init = findInit(obj.ob_type);
  if (init !== null) init(obj, args, kwargs);
  return obj;
}

