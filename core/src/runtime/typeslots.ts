// Mirrors the slot half of Objects/typeobject.c: the `slotdefs` table (which dunder name
// shows which tp_*/nb_*/sq_*/mp_* slot), the wrap_* functions that call a slot with
// Python arguments, and add_operators, which decides what a type's dict shows for a slot.
// This is the slot -> dunder direction; the other one (a class's Python `__add__` filling
// nb_add: slot_nb_add, update_slot) belongs to lecture 08.

import { PyObject, PyTypeObject, typeName } from '../object.js';
import type { PyHash } from '../object.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode } from '../objects/unicodeobject.js';
import { Py_None } from '../objects/noneobject.js';
import { newBool } from '../objects/boolobject.js';
import { PyObject_HashNotImplemented } from '../objects/objectcore.js';
import { PyDict } from '../objects/dictobject.js';
import { typeError, overflowError, newException, PyExc_StopIteration }
  from '../objects/exceptions.js';
import { typeLayout } from './typelayout.generated.js';
import { argCheckFor, checkMethodArgs } from './methodarity.js';

/**
 * How a wrapper turns `self` and a tuple of arguments into a call of the slot: the name of
 * CPython's wrap_* function without its prefix (`binaryfunc_r` is wrap_binaryfunc_r).
 */
export type WrapperKind =
  | 'unaryfunc' | 'binaryfunc' | 'binaryfunc_l' | 'binaryfunc_r' | 'ternaryfunc'
  | 'ternaryfunc_r' | 'inquirypred' | 'lenfunc' | 'indexargfunc' | 'sq_item' | 'sq_setitem'
  | 'sq_delitem' | 'objobjproc' | 'objobjargproc' | 'delitem' | 'hashfunc' | 'call' | 'init'
  | 'next' | 'getattro' | 'setattr' | 'delattr' | 'richcmpfunc' | 'descr_get' | 'descr_set'
  | 'descr_delete';

/** One row of slotdefs. @see Objects/typeobject.c pytype_slotdef */
export interface SlotDef {
  name: string;
  table: 'tp' | 'nb' | 'sq' | 'mp';
  slot: string;
  kind: WrapperKind;
  doc: string;
  /** The comparison operator, for the six richcmp_* rows. */
  op?: number;
  /** PyWrapperFlag_KEYWORDS: the wrapper takes keyword arguments (`__call__`, `__init__`). */
  keywords?: boolean;
}

const tp = (name: string, slot: string, kind: WrapperKind, doc: string, op?: number): SlotDef =>
  ({ name, table: 'tp', slot, kind, doc, op });
const bin = (name: string, slot: string, sym: string): SlotDef[] => [
  { name: `__${name}__`, table: 'nb', slot, kind: 'binaryfunc_l', doc: `Return self${sym}value.` },
  { name: `__r${name}__`, table: 'nb', slot, kind: 'binaryfunc_r', doc: `Return value${sym}self.` },
];
const un = (name: string, slot: string, doc: string): SlotDef =>
  ({ name, table: 'nb', slot, kind: name === '__bool__' ? 'inquirypred' : 'unaryfunc', doc });
const ib = (name: string, slot: string, sym: string, kind: WrapperKind = 'binaryfunc'): SlotDef =>
  ({ name, table: 'nb', slot, kind, doc: `Return self${sym}value.` });

/**
 * CPython 3.13's slotdefs, in its order, without the rows that have no wrapper
 * (tp_getattr, `__getattr__`) and the async and buffer slots ceval's types do not have.
 * Order matters: when two rows share a name (`__getitem__` from mp_subscript and from
 * sq_item) the first slot the type defines wins, as add_operators skips names already set.
 * `__new__` is not a wrapper at all; see tpNewWrapper in typeobject.ts.
 */
export const slotdefs: readonly SlotDef[] = [
  tp('__repr__', 'tp_repr', 'unaryfunc', 'Return repr(self).'),
  tp('__hash__', 'tp_hash', 'hashfunc', 'Return hash(self).'),
  { ...tp('__call__', 'tp_call', 'call', 'Call self as a function.'), keywords: true },
  tp('__str__', 'tp_str', 'unaryfunc', 'Return str(self).'),
  tp('__getattribute__', 'tp_getattro', 'getattro', 'Return getattr(self, name).'),
  tp('__setattr__', 'tp_setattro', 'setattr', 'Implement setattr(self, name, value).'),
  tp('__delattr__', 'tp_setattro', 'delattr', 'Implement delattr(self, name).'),
  tp('__lt__', 'tp_richcompare', 'richcmpfunc', 'Return self<value.', 0),
  tp('__le__', 'tp_richcompare', 'richcmpfunc', 'Return self<=value.', 1),
  tp('__eq__', 'tp_richcompare', 'richcmpfunc', 'Return self==value.', 2),
  tp('__ne__', 'tp_richcompare', 'richcmpfunc', 'Return self!=value.', 3),
  tp('__gt__', 'tp_richcompare', 'richcmpfunc', 'Return self>value.', 4),
  tp('__ge__', 'tp_richcompare', 'richcmpfunc', 'Return self>=value.', 5),
  tp('__iter__', 'tp_iter', 'unaryfunc', 'Implement iter(self).'),
  tp('__next__', 'tp_iternext', 'next', 'Implement next(self).'),
  tp('__get__', 'tp_descr_get', 'descr_get',
    'Return an attribute of instance, which is of type owner.'),
  tp('__set__', 'tp_descr_set', 'descr_set', 'Set an attribute of instance to value.'),
  tp('__delete__', 'tp_descr_set', 'descr_delete', 'Delete an attribute of instance.'),
  { ...tp('__init__', 'tp_init', 'init',
    'Initialize self.  See help(type(self)) for accurate signature.'), keywords: true },
  ...bin('add', 'nb_add', '+'), ...bin('sub', 'nb_subtract', '-'),
  ...bin('mul', 'nb_multiply', '*'), ...bin('mod', 'nb_remainder', '%'),
  { name: '__divmod__', table: 'nb', slot: 'nb_divmod', kind: 'binaryfunc_l',
    doc: 'Return divmod(self, value).' },
  { name: '__rdivmod__', table: 'nb', slot: 'nb_divmod', kind: 'binaryfunc_r',
    doc: 'Return divmod(value, self).' },
  { name: '__pow__', table: 'nb', slot: 'nb_power', kind: 'ternaryfunc',
    doc: 'Return pow(self, value, mod).' },
  { name: '__rpow__', table: 'nb', slot: 'nb_power', kind: 'ternaryfunc_r',
    doc: 'Return pow(value, self, mod).' },
  un('__neg__', 'nb_negative', '-self'), un('__pos__', 'nb_positive', '+self'),
  un('__abs__', 'nb_absolute', 'abs(self)'), un('__bool__', 'nb_bool', 'True if self else False'),
  un('__invert__', 'nb_invert', '~self'),
  ...bin('lshift', 'nb_lshift', '<<'), ...bin('rshift', 'nb_rshift', '>>'),
  ...bin('and', 'nb_and', '&'), ...bin('xor', 'nb_xor', '^'), ...bin('or', 'nb_or', '|'),
  un('__int__', 'nb_int', 'int(self)'), un('__float__', 'nb_float', 'float(self)'),
  ib('__iadd__', 'nb_inplace_add', '+='), ib('__isub__', 'nb_inplace_subtract', '-='),
  ib('__imul__', 'nb_inplace_multiply', '*='), ib('__imod__', 'nb_inplace_remainder', '%='),
  ib('__ipow__', 'nb_inplace_power', '**=', 'ternaryfunc'),
  ib('__ilshift__', 'nb_inplace_lshift', '<<='), ib('__irshift__', 'nb_inplace_rshift', '>>='),
  ib('__iand__', 'nb_inplace_and', '&='), ib('__ixor__', 'nb_inplace_xor', '^='),
  ib('__ior__', 'nb_inplace_or', '|='),
  ...bin('floordiv', 'nb_floor_divide', '//'), ...bin('truediv', 'nb_true_divide', '/'),
  ib('__ifloordiv__', 'nb_inplace_floor_divide', '//='),
  ib('__itruediv__', 'nb_inplace_true_divide', '/='),
  { name: '__index__', table: 'nb', slot: 'nb_index', kind: 'unaryfunc', doc: 'Return self '
    + 'converted to an integer, if self is suitable for use as an index into a list.' },
  ...bin('matmul', 'nb_matrix_multiply', '@'),
  ib('__imatmul__', 'nb_inplace_matrix_multiply', '@='),
  { name: '__len__', table: 'mp', slot: 'mp_length', kind: 'lenfunc', doc: 'Return len(self).' },
  { name: '__getitem__', table: 'mp', slot: 'mp_subscript', kind: 'binaryfunc',
    doc: 'Return self[key].' },
  { name: '__setitem__', table: 'mp', slot: 'mp_ass_subscript', kind: 'objobjargproc',
    doc: 'Set self[key] to value.' },
  { name: '__delitem__', table: 'mp', slot: 'mp_ass_subscript', kind: 'delitem',
    doc: 'Delete self[key].' },
  { name: '__len__', table: 'sq', slot: 'sq_length', kind: 'lenfunc', doc: 'Return len(self).' },
  { name: '__add__', table: 'sq', slot: 'sq_concat', kind: 'binaryfunc',
    doc: 'Return self+value.' },
  { name: '__mul__', table: 'sq', slot: 'sq_repeat', kind: 'indexargfunc',
    doc: 'Return self*value.' },
  { name: '__rmul__', table: 'sq', slot: 'sq_repeat', kind: 'indexargfunc',
    doc: 'Return value*self.' },
  { name: '__getitem__', table: 'sq', slot: 'sq_item', kind: 'sq_item', doc: 'Return self[key].' },
  { name: '__setitem__', table: 'sq', slot: 'sq_ass_item', kind: 'sq_setitem',
    doc: 'Set self[key] to value.' },
  { name: '__delitem__', table: 'sq', slot: 'sq_ass_item', kind: 'sq_delitem',
    doc: 'Delete self[key].' },
  { name: '__contains__', table: 'sq', slot: 'sq_contains', kind: 'objobjproc',
    doc: 'Return bool(key in self).' },
  { name: '__iadd__', table: 'sq', slot: 'sq_inplace_concat', kind: 'binaryfunc',
    doc: 'Implement self+=value.' },
  { name: '__imul__', table: 'sq', slot: 'sq_inplace_repeat', kind: 'indexargfunc',
    doc: 'Implement self*=value.' },
];

/** name -> its rows, in slotdefs order. */
const byName = new Map<string, SlotDef[]>();
for (const d of slotdefs) {
  const rows = byName.get(d.name);
  if (rows === undefined) byName.set(d.name, [d]);
  else rows.push(d);
}

/** The rows named `name` (empty for names that are no slot's). */
export function slotdefsNamed(name: string): readonly SlotDef[] {
  return byName.get(name) ?? [];
}

// Slots CPython's C literals fill but ceval's loop reaches another way: `object`'s generic
// getattr/setattr, init and str are what ceval does when a type has no slot at all, so
// storing them in the slot would only add a call. They are registered here, as what the
// type's dict shows, by runtime/typeobject.ts.
const implicitSlots = new Map<PyTypeObject, Map<string, unknown>>();

/** Record that `t` defines `slot` as `fn` without ceval storing it in the slot field. */
export function setImplicitSlot(t: PyTypeObject, slot: string, fn: unknown): void {
  let m = implicitSlots.get(t);
  if (m === undefined) implicitSlots.set(t, m = new Map());
  m.set(slot, fn);
}

let genericGetAttrFn: unknown = null;

/** PyObject_GenericGetAttr, registered by runtime/abstract.ts (it imports us). */
export function setGenericGetAttr(fn: unknown): void {
  genericGetAttrFn = fn;
}

/**
 * The function `t` itself puts in a slot: its own table, not a base's. Slots are not
 * copied down in ceval (findSlot walks tp_base), so "own" is exactly what CPython's
 * add_operators sees before inherit_slots runs.
 */
export function ownSlot(t: PyTypeObject, d: SlotDef): unknown {
  const holder = (d.table === 'tp' ? t : d.table === 'nb' ? t.tp_as_number
    : d.table === 'sq' ? t.tp_as_sequence : t.tp_as_mapping) as Record<string, unknown> | null;
  const f = holder?.[d.slot];
  if (f !== null && f !== undefined) return f;
  const implicit = implicitSlots.get(t)?.get(d.slot);
  if (implicit !== undefined) return implicit;
  // Most static types name PyObject_GenericGetAttr in their literal (the oracle records
  // which), so `int.__getattribute__` is int's own wrapper, not object's.
  if (d.slot === 'tp_getattro' && typeLayout[t.tp_name]?.[3] === 1) return genericGetAttrFn;
  return null;
}

// --- the wrap_* functions -------------------------------------------------------------------

/** @see Objects/typeobject.c check_num_args */
function checkNumArgs(args: PyObject[], n: number): void {
  if (args.length !== n) {
    typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/** PyArg_UnpackTuple(args, "", min, max, ...): the name is empty, hence the leading space. */
function unpack(args: PyObject[], min: number, max: number): void {
  if (args.length < min) {
    typeError(` expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'},`
      + ` got ${args.length}`);
  }
  if (args.length > max) {
    typeError(` expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'},`
      + ` got ${args.length}`);
  }
}

function findNbIndex(t: PyTypeObject): ((o: PyObject) => PyObject) | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const f = c.tp_as_number?.nb_index;
    if (f) return f;
  }
  return null;
}

/** @see Objects/abstract.c PyNumber_AsSsize_t(o, PyExc_OverflowError) */
function asSsize(o: PyObject): number {
  let v: PyObject = o;
  if (!(o instanceof PyLong)) {
    const f = findNbIndex(o.ob_type);
    if (f === null) typeError(`'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
    v = f(o);
  }
  const n = (v as PyLong).value;
  if (typeof n === 'bigint' && (n > 0x7fffffffffffffffn || n < -0x8000000000000000n)) {
    overflowError(`cannot fit '${typeName(o.ob_type)}' into an index-sized integer`);
  }
  return Number(n);
}

/** A negative index counts from the end, if the type has a length. @see typeobject.c getindex */
function getindex(self: PyObject, arg: PyObject): number {
  let i = asSsize(arg);
  if (i < 0) {
    for (let c: PyTypeObject | null = self.ob_type; c !== null; c = c.tp_base) {
      const len = c.tp_as_sequence?.sq_length;
      if (len) { i += len(self); break; }
    }
  }
  return i;
}

function hashResult(h: PyHash): PyObject {
  return newInt(h);
}

function attrName(o: PyObject): PyUnicode {
  if (!(o instanceof PyUnicode)) {
    typeError(`attribute name must be string, not '${typeName(o.ob_type)}'`);
  }
  return o;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnyFn = (...a: any[]) => any;

/**
 * Call slot `fn` of `self` the way row `d` says, with `args` as the Python arguments.
 * One switch instead of CPython's thirty small wrap_* functions; each case names its twin.
 * @see Objects/typeobject.c wrap_binaryfunc_l, wrap_ternaryfunc, wrap_sq_item, ...
 */
export function callSlotWrapper(d: SlotDef, fn: unknown, self: PyObject, args: PyObject[],
  kwargs: PyDict | null): PyObject {
  const f = fn as AnyFn;
  // Some types give a dunder a method of its own beside the slot wrapper (METH_COEXIST:
  // `list.__getitem__`, `dict.__contains__`); that method's argument check is what CPython
  // reports. @see Objects/dictobject.c mapp_methods
  const coexisting = argCheckFor(self.ob_type, d.name);
  if (coexisting !== null && coexisting.arity >= 0) {
    checkMethodArgs(coexisting, self.ob_type, d.name, args.length, kwargs?.ma_used ?? 0);
  }
  switch (d.kind) {
    case 'unaryfunc': checkNumArgs(args, 0); return f(self);
    case 'binaryfunc': case 'binaryfunc_l': checkNumArgs(args, 1); return f(self, args[0]);
    case 'binaryfunc_r': checkNumArgs(args, 1); return f(args[0], self);
    case 'ternaryfunc': unpack(args, 1, 2); return f(self, args[0], args[1] ?? Py_None);
    case 'ternaryfunc_r': unpack(args, 1, 2); return f(args[0], self, args[1] ?? Py_None);
    case 'inquirypred': checkNumArgs(args, 0); return newBool(f(self) as boolean);
    case 'lenfunc': checkNumArgs(args, 0); return newInt(f(self) as number);
    case 'hashfunc': checkNumArgs(args, 0); return hashResult(f(self) as PyHash);
    case 'indexargfunc': unpack(args, 1, 1); return f(self, asSsize(args[0]));
    case 'sq_item': checkNumArgs(args, 1); return f(self, getindex(self, args[0]));
    case 'sq_setitem': unpack(args, 2, 2); f(self, getindex(self, args[0]), args[1]); return Py_None;
    case 'sq_delitem': checkNumArgs(args, 1); f(self, getindex(self, args[0]), null); return Py_None;
    case 'objobjproc': checkNumArgs(args, 1); return newBool(f(self, args[0]) as boolean);
    case 'objobjargproc': unpack(args, 2, 2); f(self, args[0], args[1]); return Py_None;
    case 'delitem': checkNumArgs(args, 1); f(self, args[0], null); return Py_None;
    case 'richcmpfunc': checkNumArgs(args, 1); return f(self, args[0], d.op);
    case 'call': return f(self, args, kwargs);
    case 'init': f(self, args, kwargs); return Py_None;
    case 'next': {
      checkNumArgs(args, 0);
      const r = f(self) as PyObject | null;
      if (r === null) throw newException(PyExc_StopIteration, []);
      return r;
    }
    case 'getattro': checkNumArgs(args, 1); return f(self, attrName(args[0]));
    case 'setattr': unpack(args, 2, 2); f(self, attrName(args[0]), args[1]); return Py_None;
    case 'delattr': checkNumArgs(args, 1); f(self, attrName(args[0]), null); return Py_None;
    case 'descr_get': {
      unpack(args, 1, 2);
      const obj = args[0] === Py_None ? null : args[0];
      const type = args[1] === undefined || args[1] === Py_None ? null : args[1];
      if (obj === null && type === null) typeError('__get__(None, None) is invalid');
      return f(self, obj, type);
    }
    case 'descr_set': unpack(args, 2, 2); f(self, args[0], args[1]); return Py_None;
    case 'descr_delete': checkNumArgs(args, 1); f(self, args[0], null); return Py_None;
  }
}

/**
 * Does `t`'s own dict say `__hash__ = None`? add_operators stores None where a type's
 * tp_hash is PyObject_HashNotImplemented (dict, set, list), so the name is there but
 * calling it is impossible — and `hash(x)` and `x.__hash__` agree.
 */
export function hashIsNone(t: PyTypeObject): boolean {
  return t.tp_hash === PyObject_HashNotImplemented;
}

/** Every name a slot puts in `t`'s own dict, in slotdefs order. @see add_operators */
export function ownSlotNames(t: PyTypeObject): string[] {
  const out: string[] = [];
  for (const [name, rows] of byName) {
    if (rows.some((d) => ownSlot(t, d) !== null)) out.push(name);
  }
  if (t.tp_new !== null) out.push('__new__');
  return out;
}
