// Mirrors the other direction of Objects/typeobject.c's slot machinery: a class that defines
// `__add__` in Python gets `slot_nb_add` in its nb_add, a C function that calls the Python
// method — so `a + b` takes the same road for a class as for an int. Here are the slot_*
// functions and update_one_slot/fixup_slot_dispatchers, which decide what each slot holds.

import { PyObject, PyTypeObject, PyNumberMethods, PySequenceMethods, PyMappingMethods,
  PyType_IsSubtype, typeName } from '@ceval/core/object';
import type { PyHash } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyObject_HashNotImplemented, PyObject_Hash } from '@ceval/core/objects/objectcore';
import { typeError, valueError, overflowError, PyExc_AttributeError, PyBaseException } from '@ceval/core/objects/exceptions';
import { slotdefs, type SlotDef } from '@ceval/core/runtime/typeslots';
import { PyWrapperDescr } from '@ceval/core/runtime/descrobject';
import { vectorcallArgs } from '@ceval/core/runtime/abstract';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { typeLookup, descrGetOf, genericGetAttr, isHeapType } from './object.js';

// --- calling the Python method behind a slot ----------------------------------------------------

/**
 * Look `name` up on `self`'s type and call it with `self` first. A plain function is called
 * with self prepended (no bound method is made); other descriptors are bound first.
 * Returns undefined when the type has no such attribute.
 * @see Objects/typeobject.c vectorcall_method, lookup_maybe_method
 */
export function callSpecial(self: PyObject, name: string, args: PyObject[],
  kwnames: string[] | null = null): PyObject | undefined {
  const descr = typeLookup(self.ob_type, name);
  if (descr === null) return undefined;
  const interp = currentInterpreter();
  if (descr instanceof PyFunction) return interp.callObject(descr, [self, ...args], kwnames);
  const get = descrGetOf(descr);
  const f = get === null ? descr : get(descr, self, self.ob_type);
  return interp.callObject(f, args, kwnames);
}

function callOrFail(self: PyObject, name: string, args: PyObject[]): PyObject {
  const r = callSpecial(self, name, args);
  if (r === undefined) throw newAttrError(self, name);
  return r;
}

function newAttrError(self: PyObject, name: string): PyBaseException {
  const interp = currentInterpreter();
  return interp.callObject(PyExc_AttributeError,
    [newStr(`'${typeName(self.ob_type)}' object has no attribute '${name}'`)], null) as
    PyBaseException;
}

function slotsOf(t: PyTypeObject, table: string): Record<string, unknown> | null {
  return (table === 'nb' ? t.tp_as_number : table === 'sq' ? t.tp_as_sequence
    : table === 'mp' ? t.tp_as_mapping : t) as unknown as Record<string, unknown> | null;
}

// --- binary operators: one function serves `a + b` and `b + a` --------------------------------

/**
 * slot_nb_add and its siblings (SLOT1BINFULL): called by binary_op1 for either operand, it
 * tries `__radd__` of a right operand whose type subclasses the left's first, then `__add__`,
 * then `__radd__`. @see Objects/typeobject.c SLOT1BINFULL
 */
function binarySlot(slot: string, op: string, rop: string) {
  const fn = function slotBinary(self: PyObject, other: PyObject, mod?: PyObject | null):
    PyObject {
    const extra = slot === 'nb_power' && mod !== undefined && mod !== null && mod !== Py_None
      ? [mod] : [];
    const ts = self.ob_type;
    const to = other.ob_type;
    let doOther = ts !== to && slotsOf(to, 'nb')?.[slot] === fn;
    if (slotsOf(ts, 'nb')?.[slot] === fn) {
      if (doOther && PyType_IsSubtype(to, ts) && overloads(ts, to, rop)) {
        const r = callSpecial(other, rop, [self, ...extra]);
        if (r !== undefined && r !== Py_NotImplemented) return r;
        doOther = false;
      }
      const r = callSpecial(self, op, [other, ...extra]);
      if ((r !== undefined && r !== Py_NotImplemented) || to === ts) {
        return r ?? Py_NotImplemented;
      }
    }
    if (doOther) return callSpecial(other, rop, [self, ...extra]) ?? Py_NotImplemented;
    return Py_NotImplemented;
  };
  return fn;
}

/** Does `sub` define `name` differently from `base`? @see typeobject.c method_is_overloaded */
function overloads(base: PyTypeObject, sub: PyTypeObject, name: string): boolean {
  const a = typeLookup(sub, name);
  if (a === null) return false;
  return typeLookup(base, name) !== a;
}

// --- the rest, one small function per shape -------------------------------------------------------

function unarySlot(name: string) {
  return (self: PyObject): PyObject => callOrFail(self, name, []);
}

function inplaceSlot(name: string) {
  return (self: PyObject, other: PyObject): PyObject => callOrFail(self, name, [other]);
}

/** @see Objects/typeobject.c slot_sq_length: the result must be a non-negative index. */
function lengthSlot(self: PyObject): number {
  const r = callOrFail(self, '__len__', []);
  return lengthOf(r);
}

function lengthOf(r: PyObject): number {
  let v: PyObject = r;
  if (!(r instanceof PyLong)) {
    const idx = callSpecial(r, '__index__', []);
    if (idx === undefined) {
      typeError(`'${typeName(r.ob_type)}' object cannot be interpreted as an integer`);
    }
    if (!(idx instanceof PyLong)) {
      typeError(`__index__ returned non-int (type ${typeName(idx.ob_type)})`);
    }
    v = idx;
  }
  const n = (v as PyLong).value;
  if (n < 0) valueError('__len__() should return >= 0');
  if (typeof n === 'bigint' && n > 0x7fffffffffffffffn) {
    overflowError(`cannot fit '${typeName(r.ob_type)}' into an index-sized integer`);
  }
  return Number(n);
}

/**
 * Truth for a class: `__bool__` (which must return a bool), else `__len__`, else true.
 * @see Objects/typeobject.c slot_nb_bool
 */
function boolSlot(self: PyObject): boolean {
  const r = callSpecial(self, '__bool__', []);
  if (r !== undefined) {
    if (r === Py_True) return true;
    if (r === Py_False) return false;
    typeError(`__bool__ should return bool, returned ${typeName(r.ob_type)}`);
  }
  const n = callSpecial(self, '__len__', []);
  if (n === undefined) return true;
  return lengthOf(n) > 0;
}

/** @see Objects/typeobject.c slot_tp_hash */
function hashSlot(self: PyObject): PyHash {
  const descr = typeLookup(self.ob_type, '__hash__');
  if (descr === null || descr === Py_None) typeError(`unhashable type: '${typeName(self.ob_type)}'`);
  const r = callOrFail(self, '__hash__', []);
  if (!(r instanceof PyLong)) typeError('__hash__ method should return an integer');
  // A big result is reduced the way hash() reduces any int.
  const h = PyObject_Hash(r);
  return h === -1 ? -2 : h;
}

/** @see Objects/typeobject.c slot_tp_richcompare */
const RICH_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
function richcompareSlot(self: PyObject, other: PyObject, op: number): PyObject {
  return callSpecial(self, RICH_NAMES[op], [other]) ?? Py_NotImplemented;
}

/** @see Objects/typeobject.c slot_tp_iter: `__iter__ = None` means "not iterable". */
function iterSlot(self: PyObject): PyObject {
  const descr = typeLookup(self.ob_type, '__iter__');
  if (descr === Py_None) typeError(`'${typeName(self.ob_type)}' object is not iterable`);
  return callOrFail(self, '__iter__', []);
}

/** `__next__` ending in StopIteration is the end of the iteration (NULL, no error). */
function iternextSlot(self: PyObject): PyObject | null {
  // A StopIteration raised by __next__ goes on to the caller, which ends its loop there
  // (FOR_ITER, PyIter_Next) or keeps its value (yield from).
  return callOrFail(self, '__next__', []);
}

function callSlot(self: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const [all, names] = vectorcallArgs(args, kwargs);
  return callSpecial(self, '__call__', all, names) ?? Py_None;
}


export { newSlot as slotTpNew };

/** @see Objects/typeobject.c slot_tp_init: `__init__` must return None. */
function initSlot(self: PyObject, args: PyObject[], kwargs: PyObject | null): void {
  const [all, names] = vectorcallArgs(args, kwargs);
  const r = callSpecial(self, '__init__', all, names);
  if (r !== undefined && r !== Py_None) {
    typeError(`__init__() should return None, not '${typeName(r.ob_type)}'`);
  }
}

/**
 * `__new__` is a static method: call it with the type first.
 * @see Objects/typeobject.c slot_tp_new
 */
function newSlot(t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const interp = currentInterpreter();
  const f = interp.hooks.getAttr(t, newStr('__new__') as PyUnicode);
  const [all, names] = vectorcallArgs([t, ...args], kwargs);
  return interp.callObject(f, all, names);
}

/**
 * `__getattribute__` and/or `__getattr__`: the first (or the generic lookup), and when it
 * raises AttributeError, the second. @see Objects/typeobject.c slot_tp_getattr_hook
 */
function getattrHookSlot(self: PyObject, name: PyObject): PyObject {
  const t = self.ob_type;
  const getattr = typeLookup(t, '__getattr__');
  const getattribute = typeLookup(t, '__getattribute__');
  const generic = getattribute === null || isObjectGetattribute(getattribute);
  if (getattr === null) {
    return generic ? genericGetAttr(self, name as PyUnicode)
      : callOrFail(self, '__getattribute__', [name]);
  }
  try {
    return generic ? genericGetAttr(self, name as PyUnicode)
      : callOrFail(self, '__getattribute__', [name]);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !PyType_IsSubtype(e.ob_type, PyExc_AttributeError)) {
      throw e;
    }
    return callOrFail(self, '__getattr__', [name]);
  }
}

function isObjectGetattribute(d: PyObject): boolean {
  return d instanceof PyWrapperDescr && d.d_base.slot === 'tp_getattro' && !isHeapType(d.d_type)
    && (d.d_type.tp_getattro === null || d.d_type.tp_getattro === genericGetAttr);
}

function setattrSlot(self: PyObject, name: PyObject, v: PyObject | null): void {
  if (v === null) callOrFail(self, '__delattr__', [name]);
  else callOrFail(self, '__setattr__', [name, v]);
}

function descrGetSlot(self: PyObject, obj: PyObject | null, type: PyObject | null): PyObject {
  return callOrFail(self, '__get__', [obj ?? Py_None, type ?? Py_None]);
}

/** @see Objects/typeobject.c slot_tp_descr_set: a missing method is AttributeError(name). */
function descrSetSlot(self: PyObject, obj: PyObject, v: PyObject | null): void {
  const name = v === null ? '__delete__' : '__set__';
  const r = callSpecial(self, name, v === null ? [obj] : [obj, v]);
  if (r === undefined) {
    throw currentInterpreter().callObject(PyExc_AttributeError, [newStr(name)], null);
  }
}

function subscriptSlot(self: PyObject, key: PyObject): PyObject {
  return callOrFail(self, '__getitem__', [key]);
}

function assSubscriptSlot(self: PyObject, key: PyObject, v: PyObject | null): void {
  if (v === null) callOrFail(self, '__delitem__', [key]);
  else callOrFail(self, '__setitem__', [key, v]);
}

function sqItemSlot(self: PyObject, i: number): PyObject {
  return callOrFail(self, '__getitem__', [newInt(i)]);
}

function sqAssItemSlot(self: PyObject, i: number, v: PyObject | null): void {
  if (v === null) callOrFail(self, '__delitem__', [newInt(i)]);
  else callOrFail(self, '__setitem__', [newInt(i), v]);
}

/** `x in o`: `__contains__` (truth of its result); None means "does not support in". */
function containsSlot(self: PyObject, v: PyObject): boolean {
  const descr = typeLookup(self.ob_type, '__contains__');
  if (descr === Py_None) typeError(`'${typeName(self.ob_type)}' object is not a container`);
  const r = callOrFail(self, '__contains__', [v]);
  return currentInterpreter().hooks.isTrue(r);
}

// --- which function each slot gets ------------------------------------------------------------

const BINARY: Record<string, [string, string]> = {
  nb_add: ['__add__', '__radd__'], nb_subtract: ['__sub__', '__rsub__'],
  nb_multiply: ['__mul__', '__rmul__'], nb_remainder: ['__mod__', '__rmod__'],
  nb_divmod: ['__divmod__', '__rdivmod__'], nb_power: ['__pow__', '__rpow__'],
  nb_lshift: ['__lshift__', '__rlshift__'], nb_rshift: ['__rshift__', '__rrshift__'],
  nb_and: ['__and__', '__rand__'], nb_xor: ['__xor__', '__rxor__'], nb_or: ['__or__', '__ror__'],
  nb_floor_divide: ['__floordiv__', '__rfloordiv__'],
  nb_true_divide: ['__truediv__', '__rtruediv__'],
  nb_matrix_multiply: ['__matmul__', '__rmatmul__'],
};

/** The generic function for each slot, keyed "table.slot". @see typeobject.c slotdefs */
const GENERIC = new Map<string, unknown>();
for (const [slot, [op, rop]] of Object.entries(BINARY)) {
  GENERIC.set(`nb.${slot}`, binarySlot(slot, op, rop));
}
for (const d of slotdefs) {
  const key = `${d.table}.${d.slot}`;
  if (GENERIC.has(key)) continue;
  if (d.slot.startsWith('nb_inplace_')) GENERIC.set(key, inplaceSlot(d.name));
  else if (d.kind === 'unaryfunc' && d.table === 'nb') GENERIC.set(key, unarySlot(d.name));
}
const fixed: [string, unknown][] = [
  ['tp.tp_repr', unarySlot('__repr__')], ['tp.tp_str', unarySlot('__str__')],
  ['tp.tp_hash', hashSlot], ['tp.tp_call', callSlot], ['tp.tp_getattro', getattrHookSlot],
  ['tp.tp_setattro', setattrSlot], ['tp.tp_richcompare', richcompareSlot],
  ['tp.tp_iter', iterSlot], ['tp.tp_iternext', iternextSlot],
  ['tp.tp_descr_get', descrGetSlot], ['tp.tp_descr_set', descrSetSlot],
  ['tp.tp_init', initSlot], ['tp.tp_new', newSlot], ['nb.nb_bool', boolSlot],
  ['mp.mp_length', lengthSlot], ['mp.mp_subscript', subscriptSlot],
  ['mp.mp_ass_subscript', assSubscriptSlot], ['sq.sq_length', lengthSlot],
  ['sq.sq_item', sqItemSlot], ['sq.sq_ass_item', sqAssItemSlot],
  ['sq.sq_contains', containsSlot],
];
for (const [k, f] of fixed) GENERIC.set(k, f);
// sq_concat, sq_repeat and their in-place forms have no generic function: a Python
// `__add__` fills nb_add, and `[1] + obj` reaches it through the number protocol.

/** Every (table, slot) pair slotdefs names, with its rows. */
const rowsBySlot = new Map<string, SlotDef[]>();
for (const d of slotdefs) {
  const k = `${d.table}.${d.slot}`;
  const rows = rowsBySlot.get(k);
  if (rows === undefined) rowsBySlot.set(k, [d]);
  else rows.push(d);
}
rowsBySlot.set('tp.tp_new', [{ name: '__new__', table: 'tp', slot: 'tp_new', kind: 'call',
  doc: '' }]);

/**
 * Decide one slot of a class from what its MRO says for the slot's dunder names: the generic
 * slot_* function that calls the Python method, or nothing of the class's own (null: the
 * slot is then copied from the base, which is the built-in's C function when the name
 * resolves to a built-in's slot wrapper).
 * @see Objects/typeobject.c update_one_slot
 */
function decideSlot(t: PyTypeObject, key: string, rows: SlotDef[]): unknown {
  let python = false;
  let hashNone = false;
  let specific: unknown;
  for (const d of rows) {
    const v = typeLookup(t, d.name);
    if (v === null) continue;
    if (v instanceof PyWrapperDescr) {
      // A built-in's slot wrapper for this very slot: take its C function (so that
      // `__hash__ = object.__hash__` restores hashing). One for another slot (list's
      // `__getitem__` wraps mp_subscript, not sq_item) leaves the slot to inheritance.
      if (v.d_base.table === d.table && v.d_base.slot === d.slot) {
        if (specific === undefined || specific === v.d_wrapped) specific = v.d_wrapped;
        else python = true;
      }
      continue;
    }
    if (key === 'tp.tp_new' && v instanceof PyCFunction && v.self instanceof PyTypeObject) {
      specific ??= v.self.tp_new;                       // a built-in's own __new__
      continue;
    }
    if (key === 'tp.tp_hash' && v === Py_None) { hashNone = true; continue; }
    python = true;
  }
  if (key === 'tp.tp_getattro' && typeLookup(t, '__getattr__') !== null) return getattrHookSlot;
  if (python) return GENERIC.get(key) ?? null;
  if (hashNone) return PyObject_HashNotImplemented;
  // object's generic getattr/setattr stay implicit (null), as every built-in's do.
  if (specific === undefined || key === 'tp.tp_getattro' || key === 'tp.tp_setattro') return null;
  return specific;
}

/** Give a new heap type its slot tables and fill every slot. @see fixup_slot_dispatchers */
export function fixupSlotDispatchers(t: PyTypeObject): void {
  if (t.tp_as_number === null) t.tp_as_number = new PyNumberMethods();
  if (t.tp_as_sequence === null) t.tp_as_sequence = new PySequenceMethods();
  if (t.tp_as_mapping === null) t.tp_as_mapping = new PyMappingMethods();
  for (const [key, rows] of rowsBySlot) setSlot(t, key, decideSlot(t, key, rows));
}

function setSlot(t: PyTypeObject, key: string, v: unknown): void {
  const [table, slot] = key.split('.');
  const holder = slotsOf(t, table)!;
  if (v === null) {
    // Nothing in the MRO overrides it: the class keeps a copy of its base's slot, as
    // inherit_slots copies them (code that reads `type->tp_as_mapping->mp_subscript` must
    // find it on the class itself; object_new compares `type->tp_new` with itself).
    for (let c = t.tp_base; c !== null && v === null; c = c.tp_base) {
      v = slotsOf(c, table)?.[slot] ?? null;
    }
  }
  holder[slot] = v;
}

/**
 * `A.__add__ = f` after the class exists: recompute the slots that name, in A and in every
 * subclass that inherits it. @see Objects/typeobject.c update_slot, update_subclasses
 */
export function updateSlot(t: PyTypeObject, name: string): void {
  const keys: string[] = [];
  for (const [key, rows] of rowsBySlot) {
    if (rows.some((d) => d.name === name) || (name === '__getattr__' && key === 'tp.tp_getattro')) {
      keys.push(key);
    }
  }
  if (keys.length === 0) return;
  const visit = (c: PyTypeObject): void => {
    if (!isHeapType(c)) return;
    for (const key of keys) setSlot(c, key, decideSlot(c, key, rowsBySlot.get(key)!));
    for (const r of c.tp_subclasses ?? []) {
      const s = r.deref();
      if (s !== undefined && s.tp_bases?.includes(c)) visit(s);
    }
  };
  visit(t);
}

/** Is `name` a dunder some slot listens to? (Only those need updateSlot.) */
export function isSlotName(name: string): boolean {
  if (name === '__getattr__' || name === '__new__') return true;
  for (const rows of rowsBySlot.values()) if (rows.some((d) => d.name === name)) return true;
  return false;
}

