// Mirrors Objects/abstract.c, Objects/call.c and the generic parts of Objects/object.c that
// the eval loop dispatches through: calling, attribute access, truth, and the number-protocol
// entry points. Lecture 02 installs the minimal versions here; later lectures replace them.

import { PyObject, PyTypeObject, PyType_Type, typeName, type PyMethodDef } from '../object.js';
import { Py_None, Py_NotImplemented } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyLong } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyDict } from '../objects/dictobject.js';
import { PyFloat } from '../objects/floatobject.js';
import { PyTuple } from '../objects/tupleobject.js';
import { PyBytes } from '../objects/bytesobject.js';
import { PyComplex } from '../objects/complexobject.js';
import { nbOps } from '../opcode.js';
import { lectureLabel, slotLecture } from '../lecture.js';
import { raiseNew, PyExc_TypeError, PyExc_AttributeError, PyExc_SystemError, enterCCall,
  leaveCCall } from './errors.js';
import { PyCFunction, cfunctionCall } from './methodobject.js';
import { typeDunder, bindDunder, typeGetAttro } from './typeobject.js';
import { setImplicitSlot, setGenericGetAttr } from './typeslots.js';
import { PyBaseObject_Type } from '../object.js';
import { argCheckFor, checkMethodArgs } from './methodarity.js';

/**
 * The abstract operations the loop calls for the generic forms of instructions. A later
 * lecture replaces an entry (e.g. lecture 04 installs `binary_op1` with NotImplemented and
 * reflected operands) through its `Lecture.hooks`; the loop never changes.
 */
export interface Hooks {
  /** BINARY_OP: `op` is the oparg (NB_ADD ... NB_INPLACE_XOR). @see abstract.c binary_op */
  binaryOp: (a: PyObject, b: PyObject, op: number) => PyObject;
  /** UNARY_NEGATIVE (0), UNARY_INVERT (1), unary + (2, CALL_INTRINSIC_1). */
  unaryOp: (o: PyObject, which: number) => PyObject;
  /** TO_BOOL / truth test. @see object.c PyObject_IsTrue */
  isTrue: (o: PyObject) => boolean;
  /** COMPARE_OP. @see object.c PyObject_RichCompare */
  richCompare: (a: PyObject, b: PyObject, op: number) => PyObject;
  /** LOAD_ATTR. @see object.c PyObject_GetAttr */
  getAttr: (o: PyObject, name: PyUnicode) => PyObject;
  /** STORE_ATTR / DELETE_ATTR (v null). @see object.c PyObject_SetAttr */
  setAttr: (o: PyObject, name: PyUnicode, v: PyObject | null) => void;
  /**
   * Call anything that is not run as an inlined Python frame. `args` holds positional then
   * keyword values; `kwnames` the keyword names (or null). @see call.c PyObject_Vectorcall
   */
  call: (callable: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
  /**
   * LOAD_ATTR's method form (oparg & 1): write the callable to `stack[at]` and the self to
   * pass it (or NULL) to `stack[at + 1]`. Lecture 08 pushes an unbound function plus its
   * self, so `o.m()` never makes a bound-method object. @see Objects/object.c _PyObject_GetMethod
   */
  loadMethod: (o: PyObject, name: PyUnicode, stack: (PyObject | null)[], at: number) => void;
  /**
   * CALL of a class: make the instance and return a frame running its Python `__init__`
   * (its `initSelf` set), or null to call the class the ordinary way. Lecture 08's.
   * @see Python/bytecodes.c CALL_ALLOC_AND_ENTER_INIT
   */
  enterInit?: (interp: any, cls: PyObject, stack: (PyObject | null)[], start: number,
    nargs: number, caller: any) => any;
  /**
   * A LOAD_ATTR (or STORE_ATTR, oparg -1) due for quickening: lecture 08 names the LOAD_ATTR_*
   * form to rewrite it to (0: none) and leaves what it needs in `exec.cache[i]`.
   * @see Python/specialize.c
   */
  specializeAttr?: (exec: any, i: number, owner: PyObject, name: PyUnicode, oparg: number) =>
    number;
}

function slotMissing(instr: string, t: PyTypeObject, slot: string): never {
  const n = slotLecture(typeName(t), slot);
  throw raiseNew(PyExc_SystemError,
    `${instr} needs ${typeName(t)}'s ${slot}, which arrives in ${lectureLabel(n)}`);
}

const NB_SLOT_OF_OP: readonly string[] = [
  'nb_add', 'nb_and', 'nb_floor_divide', 'nb_lshift', 'nb_matrix_multiply', 'nb_multiply',
  'nb_remainder', 'nb_or', 'nb_power', 'nb_rshift', 'nb_subtract', 'nb_true_divide', 'nb_xor',
  'nb_inplace_add', 'nb_inplace_and', 'nb_inplace_floor_divide', 'nb_inplace_lshift',
  'nb_inplace_matrix_multiply', 'nb_inplace_multiply', 'nb_inplace_remainder', 'nb_inplace_or',
  'nb_inplace_power', 'nb_inplace_rshift', 'nb_inplace_subtract', 'nb_inplace_true_divide',
  'nb_inplace_xor',
];

/** The nb_* slot name BINARY_OP's oparg selects. */
export function nbSlotName(op: number): string {
  return NB_SLOT_OF_OP[op];
}

function findSlot(t: PyTypeObject, table: 'tp_as_number', slot: string): unknown {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const tab = c[table] as unknown as Record<string, unknown> | null;
    if (tab !== null && tab[slot] !== null && tab[slot] !== undefined) return tab[slot];
  }
  return null;
}

/**
 * Lecture 02's BINARY_OP: call the left operand's slot, nothing more. The full algorithm
 * (NotImplemented, reflected operands, sq_concat) is lecture 04's `binary_op1`.
 */
function binaryOpMinimal(a: PyObject, b: PyObject, op: number): PyObject {
  let slot = NB_SLOT_OF_OP[op];
  let f = findSlot(a.ob_type, 'tp_as_number', slot);
  if (f === null && op >= 13) {
    // An in-place operator falls back to the plain one, as binary_iop1 does.
    slot = NB_SLOT_OF_OP[op - 13];
    f = findSlot(a.ob_type, 'tp_as_number', slot);
  }
  if (f === null) slotMissing('BINARY_OP', a.ob_type, slot);
  const r = (f as (x: PyObject, y: PyObject, z?: PyObject) => PyObject)(a, b, Py_None);
  if (r === Py_NotImplemented) {
    throw raiseNew(PyExc_TypeError, `unsupported operand type(s) for ${nbOps[op][1]}: `
      + `'${a.ob_type.tp_name}' and '${b.ob_type.tp_name}'`);
  }
  return r;
}

const UNARY_SLOTS = ['nb_negative', 'nb_invert', 'nb_positive'];
const UNARY_INSTR = ['UNARY_NEGATIVE', 'UNARY_INVERT', 'CALL_INTRINSIC_1'];

function unaryOpMinimal(o: PyObject, which: number): PyObject {
  const f = findSlot(o.ob_type, 'tp_as_number', UNARY_SLOTS[which]);
  if (f === null) slotMissing(UNARY_INSTR[which], o.ob_type, UNARY_SLOTS[which]);
  return (f as (x: PyObject) => PyObject)(o);
}

/**
 * Truth without the number protocol: None, bools and the objects that are always true are
 * decided here (as TO_BOOL_NONE/BOOL/ALWAYS_TRUE do); everything else needs nb_bool or a
 * length, which arrive with lectures 04 and 05.
 */
function isTrueMinimal(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  const t = o.ob_type;
  const nb = findSlot(t, 'tp_as_number', 'nb_bool');
  if (nb !== null) return (nb as (x: PyObject) => boolean)(o);
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const mp = c.tp_as_mapping;
    if (mp !== null && mp.mp_length !== null) return mp.mp_length(o) > 0;
    const sq = c.tp_as_sequence;
    if (sq !== null && sq.sq_length !== null) return sq.sq_length(o) > 0;
  }
  if (o instanceof PyLong) slotMissing('TO_BOOL', t, 'nb_bool');
  if (o instanceof PyUnicode) slotMissing('TO_BOOL', t, 'sq_length');
  return true;
}

function richCompareMinimal(a: PyObject, b: PyObject, op: number): PyObject {
  for (let c: PyTypeObject | null = a.ob_type; c !== null; c = c.tp_base) {
    const f = c.tp_richcompare;
    if (f !== null) {
      const r = f(a, b, op);
      if (r !== Py_NotImplemented) return r;
      break;
    }
  }
  // Values of the built-in types compare by value, which their lecture teaches; guessing
  // by identity would give wrong answers silently (`name == "__main__"`).
  if (a instanceof PyLong || a instanceof PyUnicode || a instanceof PyFloat
    || a instanceof PyTuple || a instanceof PyBytes || a instanceof PyComplex) {
    return slotMissing('COMPARE_OP', a.ob_type, 'tp_richcompare');
  }
  // Identity decides == and != for any other object (object.c's default); ordering needs 04.
  if (op === 2) return a === b ? Py_True : Py_False;
  if (op === 3) return a !== b ? Py_True : Py_False;
  return slotMissing('COMPARE_OP', a.ob_type, 'tp_richcompare');
}

/**
 * Minimal attribute lookup: the type's tp_getattro if it has one, else the MRO's dicts,
 * methods and getsets, then the instance dict. Lecture 08 brings descriptors in full.
 * @see Objects/object.c PyObject_GenericGetAttr
 */
export function genericGetAttr(o: PyObject, name: PyUnicode): PyObject {
  const t = o.ob_type;
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_getattro !== null) return c.tp_getattro(o, name);
  }
  // A type's attributes follow type_getattro's order (metatype data descriptors, then the
  // type's own MRO, then the metatype's methods); see runtime/typeobject.ts.
  if (o instanceof PyTypeObject) return typeGetAttro(o, name, lookupInType);
  const s = name.value;
  const r = lookupInType(o, t, s);
  if (r !== null) return r;
  const d = (o as { dict?: PyObject | null }).dict;
  if (d instanceof PyDict) {
    const v = d.getItemStr(s);
    if (v !== null) return v;
  }
  throw raiseNew(PyExc_AttributeError, `'${t.tp_name}' object has no attribute '${s}'`);
}

/**
 * Find `s` along t's bases: each type's dict, then what its slots show as dunders (slot
 * wrappers, computed on demand: see runtime/typeobject.ts typeDunder), its methods, and for
 * an instance its getsets. With `self` the result is bound to it.
 * @see Objects/typeobject.c _PyType_Lookup
 */
/** A type's methods by name, built once per tp_methods array. */
const methodTables = new WeakMap<PyMethodDef[], Map<string, PyMethodDef>>();

function methodTable(t: PyTypeObject): Map<string, PyMethodDef> {
  const defs = t.tp_methods!;
  let table = methodTables.get(defs);
  if (table === undefined || table.size > defs.length) {
    table = new Map();
    // The first definition of a name wins, as the linear search it replaces did.
    for (const m of defs) if (!table.has(m.ml_name)) table.set(m.ml_name, m);
    methodTables.set(defs, table);
  }
  return table;
}

export function lookupInType(self: PyObject | null, t: PyTypeObject, s: string): PyObject | null {
  // Only dunder names can be slots: one test keeps ordinary method lookups as fast as before.
  const dunder = s.charCodeAt(0) === 95 && s.charCodeAt(1) === 95;
  // The MRO, not the tp_base chain: a class from lecture 08 may have several bases.
  const mro = t.tp_mro ?? [t];
  for (let i = 0; i < mro.length; i++) {
    const c = mro[i];
    if (c.tp_dict instanceof PyDict) {
      const v = c.tp_dict.getItemStr(s);
      if (v !== null) return self === null ? v : bindFound(v, self);
    }
    if (dunder) {
      const v = typeDunder(c, s);
      if (v !== null) return self === null ? v : bindDunder(v, self);
    }
    const m = c.tp_methods === null ? undefined : methodTable(c).get(s);
    if (m !== undefined) return builtinMethod(t, m, self);
    if (self !== null) {
      for (const g of c.tp_getset ?? []) if (g.name === s && g.get !== null) return g.get(self);
      for (const g of c.tp_members ?? []) if (g.name === s && g.get !== null) return g.get(self);
    }
  }
  return null;
}

/**
 * A value found in a type's dict, seen from an instance: a descriptor (a function, a
 * classmethod ...) binds through its type's `__get__`, anything else is itself.
 * @see Objects/typeobject.c _PyObject_LookupSpecial
 */
function bindFound(v: PyObject, self: PyObject): PyObject {
  for (let c: PyTypeObject | null = v.ob_type; c !== null; c = c.tp_base) {
    const get = c.tp_descr_get;
    if (get !== null) return get(v, self, self.ob_type);
  }
  return v;
}

/**
 * A builtin method of `t` as a callable: bound to `self`, or (self null) taking its self as
 * the first argument. CPython checks the argument count of many of them before they run.
 * @see Objects/descrobject.c method_get, method_vectorcall_*
 */
export function builtinMethod(t: PyTypeObject, m: PyMethodDef, self: PyObject | null):
  PyCFunction {
  const s = m.ml_name;
  const meth = m.ml_meth;
  const chk = argCheckFor(t, s);
  const receiver = self === null ? null : self.ob_type;
  const split = (args: PyObject[], kw: string[] | null): [PyObject[], PyObject | null] => {
    const pos = kw === null ? args : args.slice(0, args.length - kw.length);
    if (chk !== null) checkMethodArgs(chk, receiver, s, pos.length, kw?.length ?? 0);
    return [pos, kwargsDict(args, kw)];
  };
  if (self === null) {
    return new PyCFunction(s, (args, kw) => {
      const [a, k] = split(args.slice(1), kw);
      return meth(args[0], a, k);
    }, null);
  }
  return new PyCFunction(s, (args, kw) => {
    const [a, k] = split(args, kw);
    return meth(self, a, k);
  }, self);
}

function setAttrMinimal(o: PyObject, name: PyUnicode, v: PyObject | null): void {
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_setattro !== null) { c.tp_setattro(o, name, v); return; }
  }
  // Data descriptors first (getsets and members), then the instance dict, as
  // PyObject_GenericSetAttr orders them.
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    for (const g of c.tp_getset ?? []) {
      if (g.name !== name.value) continue;
      if (g.set !== null) { g.set(o, v); return; }
      // A read-only getset is a data descriptor without __set__. @see descrobject.c descr_setcheck
      throw raiseNew(PyExc_AttributeError,
        `attribute '${name.value}' of '${c.tp_name}' objects is not writable`);
    }
    // A read-only member (PyMemberDef with READONLY). @see descrobject.c member_set
    for (const g of c.tp_members ?? []) {
      if (g.name !== name.value) continue;
      if (g.set !== null) { g.set(o, v); return; }
      throw raiseNew(PyExc_AttributeError, 'readonly attribute');
    }
  }
  const holder = o as { dict?: PyObject | null };
  // A type with tp_dictoffset gives its instances a dict on first store (exceptions).
  if (holder.dict === null && o.ob_type.tp_dictoffset !== 0 && v !== null) holder.dict = new PyDict();
  const d = holder.dict;
  if (d instanceof PyDict) {
    if (v === null) {
      if (!d.delItemStr(name.value)) {
        throw raiseNew(PyExc_AttributeError,
          `'${o.ob_type.tp_name}' object has no attribute '${name.value}'`);
      }
    } else {
      d.setItemStr(name.value, v);
    }
    return;
  }
  throw raiseNew(PyExc_AttributeError,
    `'${o.ob_type.tp_name}' object has no attribute '${name.value}' and no __dict__ for `
    + `setting new attributes`);
}

/** Keyword names + values -> a dict, for tp_call-style callees. */
export function kwargsDict(args: PyObject[], kwnames: string[] | null): PyDict | null {
  if (kwnames === null || kwnames.length === 0) return null;
  const d = new PyDict();
  const n = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) d.setItemStr(kwnames[i], args[n + i]);
  return d;
}

/**
 * Call a non-inlined callable: builtins directly, anything else through its type's tp_call.
 * Python functions reach here only from host code; runtime/call.ts routes them to the loop.
 * @see Objects/call.c _PyObject_MakeTpCall
 */
function callMinimal(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (callable instanceof PyCFunction) return cfunctionCall(callable, args, kwnames);
  for (let c: PyTypeObject | null = callable.ob_type; c !== null; c = c.tp_base) {
    const f = c.tp_call;
    if (f !== null) {
      const n = kwnames === null ? args.length : args.length - kwnames.length;
      // A call through tp_call is a C-level call in CPython, counted against the C
      // recursion limit: `__call__` recursing into itself ends there (runtime/errors.ts).
      enterCCall();
      try {
        return f(callable, args.slice(0, n), kwargsDict(args, kwnames));
      } finally {
        leaveCCall();
      }
    }
  }
  if (callable.ob_type === PyType_Type || callable instanceof PyTypeObject) {
    return slotMissing('CALL', callable.ob_type, 'tp_call');
  }
  throw raiseNew(PyExc_TypeError, `'${callable.ob_type.tp_name}' object is not callable`);
}

// object's generic getattr and setattr are what ceval does when a type has no slot, so they
// stay out of the slot fields; object's dict still shows them as __getattribute__ & co.
setGenericGetAttr(genericGetAttr);
setImplicitSlot(PyBaseObject_Type, 'tp_getattro', genericGetAttr);
setImplicitSlot(PyBaseObject_Type, 'tp_setattro', setAttrMinimal);

/** The hooks lecture 02 installs. */
export const defaultHooks: Hooks = {
  binaryOp: binaryOpMinimal,
  unaryOp: unaryOpMinimal,
  isTrue: isTrueMinimal,
  richCompare: richCompareMinimal,
  getAttr: genericGetAttr,
  setAttr: setAttrMinimal,
  call: callMinimal,
  loadMethod: (o, name, stack, at) => {
    stack[at] = genericGetAttr(o, name);
    stack[at + 1] = null;
  },
};

/**
 * The other direction: a tp_call-style (positional args, keyword dict) call as vectorcall's
 * values (keyword values last) and keyword names (null when there are none).
 */
export function vectorcallArgs(args: PyObject[], kwargs: PyObject | null):
  [PyObject[], string[] | null] {
  const kw = kwargs as PyDict | null;
  if (kw === null || kw.ma_used === 0) return [args, null];
  const all = args.slice();
  const names: string[] = [];
  for (const e of kw.entries()) {
    names.push((e.key as PyUnicode).value);
    all.push(e.value);
  }
  return [all, names];
}

/** A str object for an attribute name given as JS text. */
export function nameObj(s: string): PyUnicode {
  return newStr(s);
}
