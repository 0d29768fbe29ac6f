// Mirrors the class half of Python/specialize.c (PEP 659): what LOAD_ATTR, STORE_ATTR and a
// CALL of a class become once they have run. CPython rewrites the instruction in the code's
// adaptive copy and keeps the type's version tag in the inline cache; the quickened form
// checks the tag and goes straight to the attribute. `dis.dis(f, adaptive=True)` shows it.

import { PyObject, PyTypeObject, PyType_Type } from '@ceval/core/object';
import type { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { specializedOpmap } from '@ceval/core/opcode';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { objectNew } from '@ceval/core/runtime/typeobject';
import { initFunctionFrame } from '@ceval/core/ceval';
import type { CodeExec } from '@ceval/core/ceval-code';
import type { Frame } from '@ceval/core/frame';
import type { Interpreter } from '@ceval/core/interpreter';
import { typeLookup, descrSetOf, isHeapType, typeHasDict } from './object.js';
import { PyMethodDescr } from './descrobject.js';
import { allocInstance } from './typeobject-instance.js';
import { typeCall } from './typeobject.js';

// (core's `Op` is a const enum, which only core's own build can inline.)
const Op = {
  STORE_ATTR_INSTANCE_VALUE: specializedOpmap.STORE_ATTR_INSTANCE_VALUE,
  LOAD_ATTR_METHOD_WITH_VALUES: specializedOpmap.LOAD_ATTR_METHOD_WITH_VALUES,
  LOAD_ATTR_METHOD_NO_DICT: specializedOpmap.LOAD_ATTR_METHOD_NO_DICT,
  LOAD_ATTR_INSTANCE_VALUE: specializedOpmap.LOAD_ATTR_INSTANCE_VALUE,
};

function genericGetattro(t: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_getattro !== null) return false;
  }
  return true;
}

function genericSetattro(t: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_setattro !== null) return false;
  }
  return true;
}

/**
 * Decide how instruction `i` (a LOAD_ATTR, or a STORE_ATTR when `oparg` is -1) on an object
 * like `owner` can be quickened, and do it:
 *  - LOAD_ATTR_INSTANCE_VALUE: `o.x` where x lives in the instance's dict and no class in
 *    the MRO has an attribute x;
 *  - LOAD_ATTR_METHOD_WITH_VALUES / _NO_DICT: `o.m()` where m is a function (or a built-in
 *    method) of the class and the instance has no x of its own;
 *  - STORE_ATTR_INSTANCE_VALUE: `o.x = v` into the instance's dict.
 * @see Python/specialize.c _Py_Specialize_LoadAttr, _Py_Specialize_StoreAttr
 */
export function specializeAttr(exec: CodeExec, i: number, owner: PyObject, name: PyUnicode,
  oparg: number): number {
  const t = owner.ob_type;
  if (owner instanceof PyTypeObject) return 0;
  const descr = typeLookup(t, name.value);
  const hasDict = typeHasDict(t) && isHeapType(t);
  if (oparg === -1) {
    if (!hasDict || !genericSetattro(t) || (descr !== null && descrSetOf(descr) !== null)) {
      return 0;
    }
    exec.cache[i] = { type: t, version: t.tp_version_tag, descr: null };
    return Op.STORE_ATTR_INSTANCE_VALUE;
  }
  if (!genericGetattro(t)) return 0;
  if (oparg & 1) {
    if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
      exec.cache[i] = { type: t, version: t.tp_version_tag, descr };
      return typeHasDict(t) ? Op.LOAD_ATTR_METHOD_WITH_VALUES : Op.LOAD_ATTR_METHOD_NO_DICT;
    }
    return 0;
  }
  if (descr === null && hasDict) {
    exec.cache[i] = { type: t, version: t.tp_version_tag, descr: null };
    return Op.LOAD_ATTR_INSTANCE_VALUE;
  }
  return 0;
}

/**
 * CALL_ALLOC_AND_ENTER_INIT: calling a class that keeps object's `__new__` and has a Python
 * `__init__` makes the instance right here and runs `__init__` as an ordinary frame of the
 * same loop — no trip through type_call on the host stack. The frame remembers the instance
 * (`initSelf`), which the CALL produces when `__init__` returns None.
 * @see Python/bytecodes.c CALL_ALLOC_AND_ENTER_INIT, Python/specialize.c specialize_class_call
 */
export function enterInit(interp: Interpreter, cls: PyObject, stack: (PyObject | null)[],
  start: number, nargs: number, caller: Frame): Frame | null {
  if (!(cls instanceof PyTypeObject) || !isHeapType(cls) || cls.ob_type !== PyType_Type
    || PyType_Type.tp_call !== typeCall || cls.tp_new !== objectNew) return null;
  const init = typeLookup(cls, '__init__');
  if (!(init instanceof PyFunction)) return null;
  const obj = allocInstance(cls);
  const args: (PyObject | null)[] = [obj];
  for (let k = 0; k < nargs; k++) args.push(stack[start + k]);
  const f = initFunctionFrame(interp, init, args, 0, nargs + 1, null, caller);
  f.initSelf = obj;
  return f;
}
