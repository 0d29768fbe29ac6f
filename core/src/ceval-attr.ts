// Mirrors the quickened attribute instructions of Python/bytecodes.c (LOAD_ATTR_INSTANCE_VALUE,
// LOAD_ATTR_METHOD_WITH_VALUES ..., STORE_ATTR_SLOT ...): lecture 08's specialize.ts decides
// the form and fills the cache; the loop (ceval.ts) runs these with the cache, and takes the
// generic path when the guard fails.

import type { PyObject, PyTypeObject } from './object.js';
import { Op } from './opcode.js';
import { PyDict } from './objects/dictobject.js';

/** What a quickened LOAD_ATTR_* / STORE_ATTR_* keeps in its cache (lecture 08 fills it). */
export interface AttrCache {
  type: PyTypeObject;
  version: number;
  descr: PyObject | null;
}

/**
 * A quickened LOAD_ATTR: the owner's type and its version tag are what they were when the
 * instruction was specialised, so the attribute is where it was then. Writes the result (and
 * for the method forms the owner as self, or NULL after an attribute the oparg asks a method
 * slot for) from stack[sp - 1] on and returns the new sp, or -1 when the guard fails.
 */
export function loadAttrQuick(op: number, oparg: number, owner: PyObject, c: AttrCache,
  name: string, stack: (PyObject | null)[], sp: number): number {
  const t = owner.ob_type;
  if (t !== c.type || t.tp_version_tag !== c.version) return -1;
  const d = (owner as { dict?: PyObject | null }).dict;
  let v: PyObject | null;
  if (op === Op.LOAD_ATTR_INSTANCE_VALUE) {
    v = d instanceof PyDict ? d.getItemStr(name) : null;
    if (v === null) return -1;
  } else if (op === Op.LOAD_ATTR_SLOT) {
    // A `__slots__` member: its descriptor reads the instance's slot directly.
    const descr = c.descr as PyObject;
    v = descr.ob_type.tp_descr_get!(descr, owner, t);
  } else {
    // NONDESCRIPTOR_WITH_VALUES and the METHOD_* forms: the class's attribute, unless the
    // instance shadows it.
    if (d instanceof PyDict && d.getItemStr(name) !== null) return -1;
    v = c.descr;
    if (op !== Op.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES) {
      // LOAD_ATTR_METHOD_*: the unbound method and the owner as its self.
      stack[sp - 1] = v;
      stack[sp] = owner;
      return sp + 1;
    }
  }
  stack[sp - 1] = v;
  if (oparg & 1) stack[sp++] = null;
  return sp;
}

/** A quickened STORE_ATTR_*: true when it stored, false when the guard fails. */
export function storeAttrQuick(op: number, owner: PyObject, c: AttrCache, name: string,
  value: PyObject): boolean {
  if (owner.ob_type !== c.type || c.type.tp_version_tag !== c.version) return false;
  if (op === Op.STORE_ATTR_SLOT) {
    const descr = c.descr as PyObject;
    descr.ob_type.tp_descr_set!(descr, owner, value);
    return true;
  }
  const d = (owner as { dict?: PyObject | null }).dict;
  if (!(d instanceof PyDict)) return false;
  d.setItemStr(name, value);
  return true;
}
