// Mirrors the generic entry points of Objects/object.c that core needs before the lectures
// exist: PyObject_Repr/Str/Hash, Py_ReprEnter/Leave, and the equality used inside hash
// tables (a hook: Python-level __eq__ needs the eval loop, which the runtime installs).

import { PyObject, PyTypeObject, PyBaseObject_Type, PyType_Type, Py_HashPointer, addressText,
  typeName } from '../object.js';
import type { PyHash } from '../object.js';
import { hashOut } from './siphash.js';
import { hashLo, hashHi, doubleHashParts, u64 } from './pyhash.js';
import { PyFloat, PyFloat_Type } from './floatobject.js';
import { PyTuple_Type, tupleHashParts } from './tupleobject.js';
import { PyBytes, PyBytes_Type, bytesHashParts } from './bytesobject.js';
import { PyUnicode, PyUnicode_Type, newStr, unicodeHashParts, unicodeReprString }
  from './unicodeobject.js';
import { PyLong, PyLong_Type, intToDecimalString } from './longobject.js';
import { floatRepr } from './floatrepr.js';
import { typeError } from './exceptions.js';
import { constEqual } from './constkey.js';

/**
 * The text of repr(o): the type's tp_repr, or `<T object at 0x...>` when it has none.
 * @see Objects/object.c PyObject_Repr
 */
export function reprString(o: PyObject): string {
  // Fast paths for what print() and f-strings see most: exact int, float and str.
  const ot = o.ob_type;
  if (ot === PyLong_Type) return intToDecimalString((o as PyLong).value);
  if (ot === PyFloat_Type) return floatRepr((o as PyFloat).value);
  if (ot === PyUnicode_Type) return unicodeReprString((o as PyUnicode).value);
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const f = t.tp_repr;
    if (f !== null) {
      const r = f(o);
      if (!(r instanceof PyUnicode)) {
        throw typeError(`__repr__ returned non-string (type ${typeName(r.ob_type)})`);
      }
      return r.value;
    }
  }
  return `<${o.ob_type.tp_name} object at ${addressText(o)}>`;
}

/** repr(o) as a str object. @see Objects/object.c PyObject_Repr */
export function PyObject_Repr(o: PyObject): PyUnicode {
  // A __repr__ may return a str subclass: repr() hands back that very object.
  const ot = o.ob_type;
  if (ot !== PyLong_Type && ot !== PyFloat_Type && ot !== PyUnicode_Type) {
    for (let t: PyTypeObject | null = ot; t !== null; t = t.tp_base) {
      const f = t.tp_repr;
      if (f !== null) {
        const r = f(o);
        if (!(r instanceof PyUnicode)) {
          throw typeError(`__repr__ returned non-string (type ${typeName(r.ob_type)})`);
        }
        return r;
      }
    }
  }
  return newStr(reprString(o));
}

/**
 * The text of str(o): tp_str, falling back to repr.
 * @see Objects/object.c PyObject_Str
 */
export function strString(o: PyObject): string {
  const ot = o.ob_type;
  if (ot === PyUnicode_Type) return (o as PyUnicode).value;
  if (ot === PyLong_Type) return intToDecimalString((o as PyLong).value);
  if (ot === PyFloat_Type) return floatRepr((o as PyFloat).value);
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const f = t.tp_str;
    if (f !== null) {
      const r = f(o);
      if (!(r instanceof PyUnicode)) {
        throw typeError(`__str__ returned non-string (type ${typeName(r.ob_type)})`);
      }
      return r.value;
    }
    if (t.tp_repr !== null) break;
  }
  return reprString(o);
}

/** str(o) as a str object. @see Objects/object.c PyObject_Str */
export function PyObject_Str(o: PyObject): PyUnicode {
  if (o.ob_type === PyUnicode_Type) return o as PyUnicode;
  return newStr(strString(o));
}

// Py_ReprEnter/Py_ReprLeave: objects whose repr is in progress (CPython keeps a list in the
// thread state), so containers that contain themselves print `[...]` instead of recursing.
const reprStack = new Set<PyObject>();

/** False if o's repr is already in progress. @see Objects/object.c Py_ReprEnter */
export function reprEnter(o: PyObject): boolean {
  if (reprStack.has(o)) return false;
  reprStack.add(o);
  return true;
}

/** @see Objects/object.c Py_ReprLeave */
export function reprLeave(o: PyObject): void {
  reprStack.delete(o);
}

/**
 * The tp_hash of unhashable types (list, dict, set).
 * @see Objects/object.c PyObject_HashNotImplemented
 */
export function PyObject_HashNotImplemented(o: PyObject): PyHash {
  throw typeError(`unhashable type: '${typeName(o.ob_type)}'`);
}

/**
 * hash(o) through tp_hash (inherited along tp_base, as PyType_Ready would copy it).
 * @see Objects/object.c PyObject_Hash
 */
export function PyObject_Hash(o: PyObject): PyHash {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const f = t.tp_hash;
    if (f !== null) return f(o);
  }
  return PyObject_HashNotImplemented(o);
}

/**
 * Hash o into `hashOut` as two int32 halves: what set and dict tables probe with. str and
 * int take a path with no allocation.
 */
export function hashPartsOf(o: PyObject): void {
  const t = o.ob_type;
  if (t === PyUnicode_Type) {
    const u = o as PyUnicode;
    unicodeHashParts(u);
    hashOut.lo = u.hashLo;
    hashOut.hi = u.hashHi;
    return;
  }
  if (t === PyLong_Type) {
    const v = (o as PyLong).value;
    if (typeof v === 'number') {
      const h = v === -1 ? -2 : v;
      hashOut.lo = h | 0;
      hashOut.hi = Math.floor(h / 4294967296) | 0;
      return;
    }
  }
  if (t === PyTuple_Type) {
    tupleHashParts(o);
    return;
  }
  if (t === PyBytes_Type) {
    const b = o as PyBytes;
    bytesHashParts(b);
    hashOut.lo = b.hashLo;
    hashOut.hi = b.hashHi;
    return;
  }
  if (t === PyFloat_Type) {
    const v = (o as PyFloat).value;
    // Only a NaN needs the identity (asking for it assigns an id, so don't do it eagerly).
    doubleHashParts(v, v !== v ? Py_HashPointer(o) : 0);
    hashOut.lo = u64.lo;
    hashOut.hi = u64.hi;
    return;
  }
  const h = PyObject_Hash(o);
  hashOut.lo = hashLo(h);
  hashOut.hi = hashHi(h);
}

/** Default hash of `object`: derived from the identity. @see Python/pyhash.c _Py_HashPointer */
export function objectHash(o: PyObject): PyHash {
  return Py_HashPointer(o);
}
PyBaseObject_Type.tp_hash = objectHash;

/** The equality hash tables use once identity and hashes agree; replaceable by the runtime. */
export type KeyEqualHook = (a: PyObject, b: PyObject) => boolean;

let keyEqualHook: KeyEqualHook = constEqual;

/**
 * Install the `==` that set/dict tables use (PyObject_RichCompareBool(a, b, Py_EQ)); the
 * runtime installs one that can run Python `__eq__`. The default knows the bare constants.
 */
export function setKeyEqualHook(f: KeyEqualHook): void {
  keyEqualHook = f;
}

/** `PyObject_RichCompareBool(a, b, Py_EQ)` as tables use it: identity first, then the hook. */
export function keyEqual(a: PyObject, b: PyObject): boolean {
  return a === b || keyEqualHook(a, b);
}

PyBaseObject_Type.tp_repr = (o) => newStr(`<${o.ob_type.tp_name} object at ${addressText(o)}>`);
PyType_Type.tp_repr = (o) => {
  const t = o as PyTypeObject;
  const mod = t.tp_module ?? 'builtins';
  return newStr(mod === 'builtins' ? `<class '${t.tp_name}'>` : `<class '${mod}.${t.tp_name}'>`);
};
PyType_Type.tp_hash = Py_HashPointer;
