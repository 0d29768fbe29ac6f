// Mirrors the attribute protocol of Objects/object.c (PyObject_GetAttr, PyObject_SetAttr,
// PyObject_GenericGetAttr, PyObject_GenericSetAttr, _PyObject_GetMethod) and the lookup it
// stands on, _PyType_Lookup in Objects/typeobject.c, with its method cache.
//
// The order every attribute read follows is the heart of this lecture:
//   1. find the name on the type, walking the MRO (a *data* descriptor there wins),
//   2. else the instance's own `__dict__`,
//   3. else the type's attribute again: a non-data descriptor binds (functions become
//      bound methods), anything else is returned as it is.

import { PyObject, PyTypeObject, typeName,
  type PyMethodDef } from '@ceval/core/object';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { newException, PyExc_AttributeError, PyAttributeErrorObject, typeError }
  from '@ceval/core/objects/exceptions';
import { typeDunder } from '@ceval/core/runtime/typeobject';
import { activationEpoch } from '@ceval/core/lecture';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { methodDescrFor, getsetDescrFor, PyMethodDescr } from './descrobject.js';

// --- _PyType_Lookup -------------------------------------------------------------------------

/** The type's own attribute `name`, as its `__dict__` holds it (no bases). */
export function ownAttr(c: PyTypeObject, name: string): PyObject | null {
  const d = c.tp_dict;
  if (d instanceof PyDict) {
    const v = d.getItemStr(name);
    if (v !== null) return v;
  }
  // A class made by a `class` statement keeps everything in its dict. A built-in type
  // declares most of its attributes in C tables (type_ready turns them into descriptors in
  // its dict); ceval makes those descriptors on demand, once each.
  if (isHeapType(c)) return null;
  if (name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95) {
    const v = typeDunder(c, name);
    if (v !== null) return v;
  }
  const m = findDef(c.tp_methods, name);
  if (m !== null) return methodDescrFor(c, m);
  for (const g of c.tp_getset ?? []) if (g.name === name) return getsetDescrFor(c, g, false);
  for (const g of c.tp_members ?? []) if (g.name === name) return getsetDescrFor(c, g, true);
  return null;
}

function findDef(defs: PyMethodDef[] | null, name: string): PyMethodDef | null {
  if (defs === null) return null;
  for (let i = 0; i < defs.length; i++) if (defs[i].ml_name === name) return defs[i];
  return null;
}

/** Was `t` made by a class statement or `type(name, bases, ns)`? */
export function isHeapType(t: PyTypeObject): boolean {
  return (t.tp_flags & (1 << 9)) !== 0;
}

// The cache is valid for one activation of the lecture chain (slot fills change what a
// built-in type's dict shows) and until the type or a base changes.
let cacheEpoch = -1;
const cachedTypes = new Set<PyTypeObject>();

/**
 * Find `name` along `t`'s MRO and return it raw (descriptors unbound), or null.
 * @see Objects/typeobject.c _PyType_Lookup, find_name_in_mro
 */
export function typeLookup(t: PyTypeObject, name: string): PyObject | null {
  if (cacheEpoch !== activationEpoch) {
    for (const c of cachedTypes) c.tp_cache = null;
    cachedTypes.clear();
    cacheEpoch = activationEpoch;
  }
  let cache = t.tp_cache;
  if (cache === null) {
    cache = t.tp_cache = new Map();
    cachedTypes.add(t);
  } else {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
  }
  let found: PyObject | null = null;
  const mro = t.tp_mro ?? [t];
  for (let i = 0; i < mro.length; i++) {
    found = ownAttr(mro[i], name);
    if (found !== null) break;
  }
  cache.set(name, found);
  return found;
}

/**
 * Something about `t` changed (its dict, its bases): forget what lookups found on it and on
 * every class below it, whose MROs contain it.
 * @see Objects/typeobject.c PyType_Modified, type_modified_unlocked
 */
export function typeModified(t: PyTypeObject): void {
  if (t.tp_cache !== null) t.tp_cache = null;
  t.tp_version_tag++;
  for (const r of t.tp_subclasses ?? []) {
    const s = r.deref();
    // Only live subclasses that still name t as a base (`__bases__` can change).
    if (s !== undefined && s.tp_bases?.includes(t)) typeModified(s);
  }
}

// --- descriptors as the protocol sees them ----------------------------------------------------

/** The `__get__` of `v`'s type, inherited. */
export function descrGetOf(v: PyObject): PyTypeObject['tp_descr_get'] {
  for (let c: PyTypeObject | null = v.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_descr_get !== null) return c.tp_descr_get;
  }
  return null;
}

/** The `__set__`/`__delete__` of `v`'s type, inherited: a data descriptor has one. */
export function descrSetOf(v: PyObject): PyTypeObject['tp_descr_set'] {
  for (let c: PyTypeObject | null = v.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_descr_set !== null) return c.tp_descr_set;
  }
  return null;
}

// --- the instance dict ------------------------------------------------------------------------

/** Does an instance of `t` carry a `__dict__`? (CPython: tp_dictoffset != 0.) */
export function typeHasDict(t: PyTypeObject): boolean {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_dictoffset !== 0) return true;
  }
  return false;
}

/** The instance dict of `o`, or null (none yet, or none possible). */
export function instanceDict(o: PyObject): PyDict | null {
  if (!typeHasDict(o.ob_type)) return null;
  const d = (o as { dict?: PyObject | null }).dict;
  return d instanceof PyDict ? d : null;
}

/** The instance dict of `o`, made on first use. @see Objects/dictobject.c _PyObject_GetDictPtr */
export function instanceDictForWrite(o: PyObject): PyDict | null {
  if (!typeHasDict(o.ob_type)) return null;
  const holder = o as { dict?: PyObject | null };
  const d = holder.dict;
  if (d instanceof PyDict) return d;
  const nd = new PyDict();
  holder.dict = nd;
  return nd;
}

// --- errors ---------------------------------------------------------------------------------

/**
 * AttributeError carrying `name` and `obj`, from which the traceback printer computes its
 * "Did you mean" suggestion (Python/suggestions.c runs only when the error is shown).
 */
export function noAttribute(o: PyObject, name: PyUnicode, msg?: string): never {
  const e = newException(PyExc_AttributeError, [new PyUnicode(msg
    ?? `'${typeName(o.ob_type)}' object has no attribute '${name.value}'`)]);
  if (e instanceof PyAttributeErrorObject) {
    e.name = name;
    e.obj = o;
  }
  throw e;
}

// --- get ------------------------------------------------------------------------------------

/**
 * `o.name` for any object whose type does not override attribute access.
 * @see Objects/object.c _PyObject_GenericGetAttrWithDict
 */
export function genericGetAttr(o: PyObject, nameObj: PyObject): PyObject {
  const name = nameObj as PyUnicode;
  const t = o.ob_type;
  const s = name.value;
  const descr = typeLookup(t, s);
  let get: PyTypeObject['tp_descr_get'] = null;
  if (descr !== null) {
    get = descrGetOf(descr);
    if (get !== null && descrSetOf(descr) !== null) return get(descr, o, t);
  }
  const d = instanceDict(o);
  if (d !== null) {
    const v = d.getItemStr(s);
    if (v !== null) return v;
  }
  if (get !== null) return get(descr!, o, t);
  if (descr !== null) return descr;
  return noAttribute(o, name);
}

/** The tp_getattro `o`'s type uses (inherited), or null for the generic one. */
function getattroOf(t: PyTypeObject): PyTypeObject['tp_getattro'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_getattro !== null) return c.tp_getattro;
  }
  return null;
}

/** `getattr(o, name)`. @see Objects/object.c PyObject_GetAttr */
export function getAttr(o: PyObject, name: PyUnicode): PyObject {
  const ga = getattroOf(o.ob_type);
  return ga === null ? genericGetAttr(o, name) : ga(o, name);
}

/** Like getAttr, but null instead of an AttributeError. @see PyObject_GetOptionalAttr */
export function getAttrOrNull(o: PyObject, name: PyUnicode): PyObject | null {
  try {
    return getAttr(o, name);
  } catch (e) {
    if (e instanceof PyAttributeErrorObject
      || (e as PyObject).ob_type === PyExc_AttributeError) return null;
    throw e;
  }
}

/**
 * LOAD_ATTR's method form: when `name` is a plain method (a Python function or a builtin's
 * method_descriptor) not shadowed by the instance dict, push it unbound with `o` as its self;
 * the CALL that follows passes `o` as the first argument and no bound method is ever made.
 * @see Objects/object.c _PyObject_GetMethod
 */
export function loadMethod(o: PyObject, name: PyUnicode, stack: (PyObject | null)[],
  at: number): void {
  const t = o.ob_type;
  if (getattroOf(t) === null && !(o instanceof PyTypeObject)) {
    const descr = typeLookup(t, name.value);
    if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
      const d = instanceDict(o);
      if (d === null || d.getItemStr(name.value) === null) {
        if (descr instanceof PyMethodDescr && !checkSelf(descr, o)) {
          // Not an instance of the declaring type: let the descriptor raise its error.
        } else {
          stack[at] = descr;
          stack[at + 1] = o;
          return;
        }
      }
    }
    stack[at] = genericGetAttr(o, name);
    stack[at + 1] = null;
    return;
  }
  stack[at] = getAttr(o, name);
  stack[at + 1] = null;
}

function checkSelf(d: PyMethodDescr, o: PyObject): boolean {
  const mro = o.ob_type.tp_mro ?? [o.ob_type];
  return mro.includes(d.d_type);
}

// --- set and delete ---------------------------------------------------------------------------

/**
 * `o.name = v` (v null: `del o.name`) for a type that does not override it: a data
 * descriptor on the type takes the store, else the instance dict does.
 * @see Objects/object.c _PyObject_GenericSetAttrWithDict
 */
export function genericSetAttr(o: PyObject, nameObj: PyObject, v: PyObject | null): void {
  const name = nameObj as PyUnicode;
  const t = o.ob_type;
  const s = name.value;
  const descr = typeLookup(t, s);
  if (descr !== null) {
    const set = descrSetOf(descr);
    if (set !== null) {
      set(descr, o, v);
      return;
    }
  }
  const d = v === null ? instanceDict(o) : instanceDictForWrite(o);
  if (d === null) {
    if (descr === null) {
      if (!typeHasDict(t)) {
        noAttribute(o, name, `'${typeName(t)}' object has no attribute '${s}' and no __dict__ `
          + 'for setting new attributes');
      }
      noAttribute(o, name);
    }
    noAttribute(o, name, `'${typeName(t)}' object attribute '${s}' is read-only`);
  }
  if (v !== null) {
    d.setItemStr(s, v);
  } else if (!d.delItemStr(s)) {
    if (descr !== null) {
      noAttribute(o, name, `'${typeName(t)}' object attribute '${s}' is read-only`);
    }
    noAttribute(o, name);
  }
}

function setattroOf(t: PyTypeObject): PyTypeObject['tp_setattro'] {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_setattro !== null) return c.tp_setattro;
  }
  return null;
}

/** `setattr(o, name, v)` / `delattr(o, name)` (v null). @see Objects/object.c PyObject_SetAttr */
export function setAttr(o: PyObject, name: PyUnicode, v: PyObject | null): void {
  if (!(name instanceof PyUnicode)) {
    typeError(`attribute name must be string, not '${typeName((name as PyObject).ob_type)}'`);
  }
  const sa = setattroOf(o.ob_type);
  if (sa === null) genericSetAttr(o, name, v);
  else sa(o, name, v);
}

/**
 * A special method (`__enter__`, `__len__`...) is looked up on the type, never the instance,
 * and bound if it is a descriptor: the lookup `with`, `len()` and the slot functions use.
 * @see Objects/typeobject.c _PyObject_LookupSpecial, lookup_maybe_method
 */
export function lookupSpecial(o: PyObject, name: string): PyObject | null {
  const descr = typeLookup(o.ob_type, name);
  if (descr === null) return null;
  const get = descrGetOf(descr);
  return get === null ? descr : get(descr, o, o.ob_type);
}
