// Mirrors Objects/abstract.c's number protocol (binary_op1, binary_iop1, PyNumber_Add,
// PyNumber_Multiply, PyNumber_Negative ...) and Objects/object.c's do_richcompare and
// PyObject_IsTrue. Lecture 02 installed one-line versions of these; this lecture replaces
// them with CPython's full algorithms through the VM's hooks.

import { PyObject, PyTypeObject, PyType_IsSubtype, typeName } from '@ceval/core/object';
import { Py_NotImplemented, Py_None } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyLong } from '@ceval/core/objects/longobject';
import { PyExc_TypeError, PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { nbOps } from '@ceval/core/opcode';

type Binary = (a: PyObject, b: PyObject, c?: PyObject | null) => PyObject;

// BINARY_OP's oparg -> the nb_* slot, in `_nb_ops` order (NB_ADD = 0 ... NB_INPLACE_XOR = 25).
const NB_SLOTS: readonly string[] = [
  'nb_add', 'nb_and', 'nb_floor_divide', 'nb_lshift', 'nb_matrix_multiply', 'nb_multiply',
  'nb_remainder', 'nb_or', 'nb_power', 'nb_rshift', 'nb_subtract', 'nb_true_divide', 'nb_xor',
];
// The in-place twins (`+=` tries nb_inplace_add first), spelled out once rather than built
// by string concatenation on every in-place operation.
const NB_INPLACE_SLOTS: readonly string[] = NB_SLOTS.map((s) => 'nb_inplace_' + s.slice(3));
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_POWER = 8;
const NB_INPLACE_ADD = 13;

/** A type's slot, inherited along tp_base as PyType_Ready copies it down. */
export function numberSlot(t: PyTypeObject, slot: string): Binary | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const nb = c.tp_as_number as unknown as Record<string, Binary | null> | null;
    if (nb !== null && nb[slot]) return nb[slot];
  }
  return null;
}

function sequenceSlot(t: PyTypeObject, slot: 'sq_concat' | 'sq_repeat' | 'sq_inplace_concat'
  | 'sq_inplace_repeat'): ((a: PyObject, b: any) => PyObject) | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const sq = c.tp_as_sequence as unknown as Record<string, any> | null;
    if (sq !== null && sq[slot]) return sq[slot];
  }
  return null;
}

/**
 * Try the left operand's slot, then the right's — unless the right operand's type is a
 * proper subclass of the left's, in which case it goes first so a subclass can override an
 * operator of its base ("the subclass-first rule"). A slot shared by both types is called
 * once. @see abstract.c binary_op1
 */
export function binaryOp1(v: PyObject, w: PyObject, slot: string, z: PyObject | null = null):
  PyObject {
  const tv = v.ob_type;
  const tw = w.ob_type;
  const slotv = numberSlot(tv, slot);
  let slotw = tw !== tv ? numberSlot(tw, slot) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && PyType_IsSubtype(tw, tv)) {
      const x = slotw(v, w, z);
      if (x !== Py_NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== Py_NotImplemented) return x;
  }
  if (slotw !== null) return slotw(v, w, z);
  return Py_NotImplemented;
}

function opError(v: PyObject, w: PyObject, symbol: string): never {
  throw raiseNew(PyExc_TypeError, `unsupported operand type(s) for ${symbol}: `
    + `'${v.ob_type.tp_name}' and '${w.ob_type.tp_name}'`);
}

/** The int a sequence repeat count must be; `[1] * 2.5` is a TypeError. */
function repeatCount(seq: PyObject, n0: PyObject, symbol: string): number | null {
  // Any object with __index__ is a count (PyIndex_Check in sequence_repeat).
  const idx = n0 instanceof PyLong ? null : numberSlot(n0.ob_type, 'nb_index') as unknown as
    ((x: PyObject) => PyObject) | null;
  const n = idx === null ? n0 : numberIndex(n0);
  if (n instanceof PyLong) {
    const c = n.value;
    if (typeof c === 'number') return c;
    // PyNumber_AsSsize_t(n, PyExc_OverflowError). @see abstract.c sequence_repeat
    if (c >= 1n << 63n || c < -(1n << 63n)) {
      throw raiseNew(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return Number(c);
  }
  void seq; void symbol;
  return null;
}

/**
 * BINARY_OP's generic path: the number protocol first; then `+` and `*` fall back to the
 * sequence protocol (sq_concat, sq_repeat), which is how `[1] + [2]` and `'a' * 3` work
 * even though list and str fill no nb_add.
 * @see abstract.c PyNumber_Add, PyNumber_Multiply, binary_iop1
 */
export function binaryOp(v: PyObject, w: PyObject, op: number): PyObject {
  const inplace = op >= NB_INPLACE_ADD;
  const base = inplace ? op - NB_INPLACE_ADD : op;
  const slot = NB_SLOTS[base];
  let r: PyObject = Py_NotImplemented;
  if (inplace) {
    const islot = numberSlot(v.ob_type, NB_INPLACE_SLOTS[base]);
    if (islot !== null) r = islot(v, w, base === NB_POWER ? Py_None : null);
  }
  if (r === Py_NotImplemented) r = binaryOp1(v, w, slot, base === NB_POWER ? Py_None : null);
  if (r !== Py_NotImplemented) return r;
  if (base === NB_ADD) {
    const f = (inplace ? sequenceSlot(v.ob_type, 'sq_inplace_concat') : null)
      ?? sequenceSlot(v.ob_type, 'sq_concat');
    if (f !== null) return f(v, w);
  } else if (base === NB_MULTIPLY) {
    const fv = (inplace ? sequenceSlot(v.ob_type, 'sq_inplace_repeat') : null)
      ?? sequenceSlot(v.ob_type, 'sq_repeat');
    if (fv !== null) {
      const n = repeatCount(v, w, '*');
      if (n !== null) return fv(v, n);
      throw raiseNew(PyExc_TypeError,
        `can't multiply sequence by non-int of type '${typeName(w.ob_type)}'`);
    }
    const fw = sequenceSlot(w.ob_type, 'sq_repeat');
    if (fw !== null) {
      const n = repeatCount(w, v, '*');
      if (n !== null) return fw(w, n);
      throw raiseNew(PyExc_TypeError,
        `can't multiply sequence by non-int of type '${typeName(v.ob_type)}'`);
    }
  }
  const symbol = base === NB_POWER ? (inplace ? '**=' : '** or pow()') : nbOps[op][1];
  return opError(v, w, symbol);
}

/** Three-argument pow(). @see abstract.c PyNumber_Power, ternary_op */
export function ternaryPow(v: PyObject, w: PyObject, z: PyObject): PyObject {
  const r = binaryOp1(v, w, 'nb_power', z);
  if (r !== Py_NotImplemented) return r;
  if (z === Py_None) return opError(v, w, '** or pow()');
  throw raiseNew(PyExc_TypeError, `unsupported operand type(s) for ** or pow(): `
    + `'${typeName(v.ob_type)}', '${typeName(w.ob_type)}', '${typeName(z.ob_type)}'`);
}

const UNARY = [['nb_negative', '-'], ['nb_invert', '~'], ['nb_positive', '+'],
  ['nb_absolute', 'abs()']] as const;

/** UNARY_NEGATIVE, UNARY_INVERT, unary + and abs(). @see abstract.c PyNumber_Negative */
export function unaryOp(o: PyObject, which: number): PyObject {
  const [slot, symbol] = UNARY[which];
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    const nb = c.tp_as_number as unknown as Record<string, ((x: PyObject) => PyObject) | null>
      | null;
    if (nb !== null && nb[slot]) return nb[slot]!(o);
  }
  if (which === 3) {
    throw raiseNew(PyExc_TypeError, `bad operand type for abs(): '${typeName(o.ob_type)}'`);
  }
  throw raiseNew(PyExc_TypeError, `bad operand type for unary ${symbol}: '${typeName(o.ob_type)}'`);
}

/**
 * Truth: True/False/None directly, then nb_bool, then a length of zero is false, and any
 * other object is true. @see object.c PyObject_IsTrue
 */
export function isTrue(o: PyObject): boolean {
  if (o === Py_True) return true;
  if (o === Py_False || o === Py_None) return false;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    const nb = c.tp_as_number;
    if (nb !== null && nb.nb_bool !== null) return nb.nb_bool(o);
    const mp = c.tp_as_mapping;
    if (mp !== null && mp.mp_length !== null) return mp.mp_length(o) > 0;
    const sq = c.tp_as_sequence;
    if (sq !== null && sq.sq_length !== null) return sq.sq_length(o) > 0;
  }
  return true;
}

type RichCmp = (a: PyObject, b: PyObject, op: number) => PyObject;

function richSlot(t: PyTypeObject): RichCmp | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_richcompare !== null) return c.tp_richcompare;
  }
  return null;
}

/** a < b is b > a: the operator the reflected call uses. @see object.c _Py_SwappedOp */
export const SWAPPED_OP = [4, 5, 2, 3, 0, 1];
const OP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/**
 * The reflected operand's tp_richcompare goes first when its type is a proper subclass of
 * the left's; == and != fall back to identity; ordering without an answer is a TypeError.
 * @see object.c do_richcompare
 */
export function richCompare(v: PyObject, w: PyObject, op: number): PyObject {
  let checkedReverse = false;
  const tv = v.ob_type;
  const tw = w.ob_type;
  if (tv !== tw && PyType_IsSubtype(tw, tv)) {
    const f = richSlot(tw);
    if (f !== null) {
      checkedReverse = true;
      const r = f(w, v, SWAPPED_OP[op]);
      if (r !== Py_NotImplemented) return r;
    }
  }
  const fv = richSlot(tv);
  if (fv !== null) {
    const r = fv(v, w, op);
    if (r !== Py_NotImplemented) return r;
  }
  if (!checkedReverse) {
    const fw = richSlot(tw);
    if (fw !== null) {
      const r = fw(w, v, SWAPPED_OP[op]);
      if (r !== Py_NotImplemented) return r;
    }
  }
  if (op === 2) return v === w ? Py_True : Py_False;
  if (op === 3) return v !== w ? Py_True : Py_False;
  throw raiseNew(PyExc_TypeError, `'${OP_SYMBOL[op]}' not supported between instances of `
    + `'${typeName(tv)}' and '${typeName(tw)}'`);
}

/**
 * The int behind `o` for a context that needs an integer (an index, a base conversion): an
 * int itself, else whatever its `nb_index` (`__index__`) returns, which must be an int.
 * A float is refused rather than truncated: `bin(2.0)` is an error, not '0b10'.
 * @see Objects/abstract.c PyNumber_Index
 */
export function numberIndex(o: PyObject): PyLong {
  if (o instanceof PyLong) return o;
  const f = numberSlot(o.ob_type, 'nb_index') as unknown as ((x: PyObject) => PyObject) | null;
  if (f === null) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  const r = f(o);
  if (!(r instanceof PyLong)) {
    throw raiseNew(PyExc_TypeError,
      `__index__ returned non-int (type ${typeName(r.ob_type)})`);
  }
  return r;
}
