// Mirrors the part of Python/specialize.c ceval's loop uses (PEP 659): a BINARY_OP,
// COMPARE_OP or FOR_ITER whose operands have the types a specialised form handles is
// rewritten in the adaptive copy of the bytecode to that form on its second execution, as
// CPython does; LOAD_GLOBAL remembers the dict entry it found with the dict versions.

import type { PyObject } from './object.js';
import { Op } from './opcode.js';
import { PyLong, PyLong_Type } from './objects/longobject.js';
import { PyUnicode_Type } from './objects/unicodeobject.js';
import { PyFloat_Type } from './objects/floatobject.js';
import { PyDict, DictEntry } from './objects/dictobject.js';
import type { CodeExec } from './ceval-code.js';
import { mappingGet, missingNameError } from './ceval-helpers.js';

/** What LOAD_GLOBAL remembers: the entry it found and the dict versions it found it under. */
export interface GlobalCache {
  globals: PyDict;
  gver: number;
  bver: number;
  entry: DictEntry;
}

export function loadGlobalSlow(exec: CodeExec, lasti: number, g: PyDict, builtins: PyObject,
  ni: number): PyObject {
  const name = exec.names[ni];
  let e = g.map.get(name);
  if (e === undefined && builtins instanceof PyDict) e = builtins.map.get(name);
  if (e === undefined) {
    if (!(builtins instanceof PyDict)) {
      const v = mappingGet(builtins, name, exec.nameObjs[ni]);
      if (v !== null) return v;
    }
    throw missingNameError(name);
  }
  if (builtins instanceof PyDict) {
    exec.cache[lasti] = { globals: g, gver: g.version, bver: builtins.version, entry: e };
  }
  return e.value;
}

// CPython keeps a 16-bit backoff counter in each adaptive instruction's first cache entry
// (Include/internal/pycore_backoff.h): a 12-bit value counted down on every execution of the
// generic form and a 4-bit exponent. Ours live in `CodeExec.counters`, in the same layout.

/** adaptive_counter_warmup(): value 1, backoff 1, so the second execution specialises. */
export const ADAPTIVE_WARMUP = (1 << 12) | 1;
/** adaptive_counter_cooldown(): after success, 52 before the next look. */
const ADAPTIVE_COOLDOWN = 52;

/** backoff_counter_triggers: true when the instruction at `i` should try now; else count down. */
export function adaptiveTriggers(exec: CodeExec, i: number): boolean {
  const c = exec.counters[i];
  if ((c & 0xfff) === 0) return true;
  exec.counters[i] = c - 1;
  return false;
}

/**
 * restart_backoff_counter: after a failed attempt, wait 2**backoff - 1 executions more. The
 * instruction is then dispatched again (DISPATCH_SAME_OPARG), which counts one at once.
 */
function adaptiveBackoff(exec: CodeExec, i: number): void {
  const b = Math.min((exec.counters[i] >> 12) + 1, 12);
  exec.counters[i] = (b << 12) | ((1 << b) - 2);
}

/** Rewrite the instruction at `i` to `op`, or back off when there is no specialised form. */
export function specializeTo(exec: CodeExec, i: number, op: number): void {
  if (op === 0) {
    adaptiveBackoff(exec, i);
    return;
  }
  exec.specialize(i, op);
  exec.counters[i] = ADAPTIVE_COOLDOWN;
}

/** _PyLong_IsCompact: one 30-bit digit, the ints COMPARE_OP_INT handles. */
function isCompact(v: PyObject): boolean {
  const x = (v as PyLong).value;
  return typeof x === 'number' && x < 0x40000000 && x > -0x40000000;
}

/**
 * Quicken a BINARY_OP on two exact ints, floats or strs, once int's (or float's) slot
 * exists on this VM. `a + b` on strs stored straight back into `a` (a STORE_FAST to the
 * local holding the left operand follows) is the in-place form.
 * @see Python/specialize.c _Py_Specialize_BinaryOp
 */
export function specializeBinaryOp(exec: CodeExec, i: number, lhs: PyObject, rhs: PyObject,
  oparg: number, locals: (PyObject | null)[], base: number): void {
  const t = lhs.ob_type;
  const nb = t.tp_as_number;
  let sop = 0;
  if (t !== rhs.ob_type) {
    // no specialisation for mixed operand types
  } else if (t === PyUnicode_Type && (oparg === 0 || oparg === 13)) {
    const next = exec.instrs[i + 2];
    sop = (next & 255) === Op.STORE_FAST && locals[base + (next >>> 8)] === lhs
      ? Op.BINARY_OP_INPLACE_ADD_UNICODE : Op.BINARY_OP_ADD_UNICODE;
  } else if (nb === null) {
    // a type without number slots on this VM yet
  } else if (t === PyLong_Type) {
    if (oparg === 0 || oparg === 13) sop = nb.nb_add !== null ? Op.BINARY_OP_ADD_INT : 0;
    else if (oparg === 10 || oparg === 23) sop = nb.nb_subtract !== null ? Op.BINARY_OP_SUBTRACT_INT : 0;
    else if (oparg === 5 || oparg === 18) sop = nb.nb_multiply !== null ? Op.BINARY_OP_MULTIPLY_INT : 0;
  } else if (t === PyFloat_Type) {
    if (oparg === 0 || oparg === 13) sop = nb.nb_add !== null ? Op.BINARY_OP_ADD_FLOAT : 0;
    else if (oparg === 10 || oparg === 23) sop = nb.nb_subtract !== null ? Op.BINARY_OP_SUBTRACT_FLOAT : 0;
    else if (oparg === 5 || oparg === 18) sop = nb.nb_multiply !== null ? Op.BINARY_OP_MULTIPLY_FLOAT : 0;
  }
  specializeTo(exec, i, sop);
}

/**
 * Quicken a COMPARE_OP: two floats, two one-digit ints, or two strs compared with == or !=.
 * @see Python/specialize.c _Py_Specialize_CompareOp
 */
export function specializeCompare(exec: CodeExec, i: number, lhs: PyObject, rhs: PyObject,
  oparg: number): void {
  const t = lhs.ob_type;
  let sop = 0;
  if (t !== rhs.ob_type || t.tp_richcompare === null) {
    // mixed types, or a comparison this VM cannot do yet
  } else if (t === PyFloat_Type) {
    sop = Op.COMPARE_OP_FLOAT;
  } else if (t === PyLong_Type) {
    sop = isCompact(lhs) && isCompact(rhs) ? Op.COMPARE_OP_INT : 0;
  } else if (t === PyUnicode_Type) {
    const cmp = oparg >> 5;
    sop = cmp === 2 || cmp === 3 ? Op.COMPARE_OP_STR : 0;
  }
  specializeTo(exec, i, sop);
}
