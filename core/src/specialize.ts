// Mirrors the part of Python/specialize.c ceval's loop uses (PEP 659): a BINARY_OP or
// COMPARE_OP that keeps seeing two ints or two floats is rewritten in the adaptive copy of
// the bytecode to its specialised form, and LOAD_GLOBAL remembers the dict entry it found
// with the dict versions it found it under.

import type { PyObject } from './object.js';
import { Op } from './opcode.js';
import { PyLong_Type } from './objects/longobject.js';
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

/**
 * Quicken a BINARY_OP whose operands are two ints or two floats, once int's (or float's)
 * slot exists on this VM. @see Python/specialize.c _Py_Specialize_BinaryOp
 */
export function specializeBinaryOp(exec: CodeExec, i: number, lhs: PyObject, oparg: number): void {
  exec.counters[i] = 1;
  const t = lhs.ob_type;
  const nb = t.tp_as_number;
  if (nb === null) return;
  let sop = 0;
  if (t === PyLong_Type) {
    if (oparg === 0 || oparg === 13) sop = nb.nb_add !== null ? Op.BINARY_OP_ADD_INT : 0;
    else if (oparg === 10 || oparg === 23) sop = nb.nb_subtract !== null ? Op.BINARY_OP_SUBTRACT_INT : 0;
    else if (oparg === 5 || oparg === 18) sop = nb.nb_multiply !== null ? Op.BINARY_OP_MULTIPLY_INT : 0;
  } else if (t === PyFloat_Type) {
    if (oparg === 0 || oparg === 13) sop = nb.nb_add !== null ? Op.BINARY_OP_ADD_FLOAT : 0;
    else if (oparg === 10 || oparg === 23) sop = nb.nb_subtract !== null ? Op.BINARY_OP_SUBTRACT_FLOAT : 0;
    else if (oparg === 5 || oparg === 18) sop = nb.nb_multiply !== null ? Op.BINARY_OP_MULTIPLY_FLOAT : 0;
  }
  if (sop !== 0) exec.specialize(i, sop);
}

export function specializeCompare(exec: CodeExec, i: number): void {
  exec.counters[i] = 1;
  if (PyLong_Type.tp_richcompare === null) return;
  exec.specialize(i, Op.COMPARE_OP_INT);
}
