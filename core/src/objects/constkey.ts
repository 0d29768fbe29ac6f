// Mirrors _PyCode_ConstantKey (Objects/codeobject.c) and the value equality of the bare
// constant types: what the compiler uses to merge equal constants (0, 0.0, -0.0, False and
// 0j stay distinct) and what hash tables use for `==` before the runtime installs its own.

import { PyObject } from '../object.js';
import type { PyHash } from '../object.js';
import { PyLong, PyLong_Type } from './longobject.js';
import { PyBool_Type } from './boolobject.js';
import { PyFloat, PyFloat_Type } from './floatobject.js';
import { PyComplex, PyComplex_Type } from './complexobject.js';
import { PyUnicode, PyUnicode_Type } from './unicodeobject.js';
import { PyBytes, PyBytes_Type } from './bytesobject.js';
import { PyTuple, PyTuple_Type } from './tupleobject.js';
import { PySetObject, PyFrozenSet_Type, PySet_Type, setContainsKey, setKeys } from './setobject.js';
import { reprString, PyObject_Hash, keyEqual } from './objectcore.js';

// A number's value as (kind, payload) for cross-type numeric equality.
// (Subclass instances count by their value: a subclass with its own __eq__ is compared by
// the runtime's hook, not by this default.)
function realValue(o: PyObject): number | bigint | undefined {
  if (o instanceof PyLong) return o.value;
  if (o instanceof PyFloat) return o.value;
  return undefined;
}

function numEq(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === typeof b) return a === b;
  // One bigint (|v| > 2**53) and one number: equal only if the number is that integer.
  const n = (typeof a === 'number' ? a : b) as number;
  const big = (typeof a === 'bigint' ? a : b) as bigint;
  return Number.isInteger(n) && BigInt(n) === big;
}

/**
 * `a == b` for the bare constant types (numbers across int/bool/float/complex, str, bytes,
 * tuples element-wise, frozensets); anything else is equal only to itself.
 */
export function constEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const ta = a.ob_type, tb = b.ob_type;
  if (a instanceof PyUnicode) return b instanceof PyUnicode && a.value === b.value;
  const ra = realValue(a);
  if (ra !== undefined || a instanceof PyComplex) {
    const rb = realValue(b);
    if (ra !== undefined && rb !== undefined) return numEq(ra, rb);
    if (a instanceof PyComplex && b instanceof PyComplex) {
      return a.real === b.real && a.imag === b.imag;
    }
    const c = a instanceof PyComplex ? a : b;
    const r = a instanceof PyComplex ? rb : ra;
    if (!(c instanceof PyComplex) || r === undefined) return false;
    return c.imag === 0 && numEq(c.real, r);
  }
  if (ta === PyBytes_Type) {
    if (tb !== PyBytes_Type) return false;
    const x = (a as PyBytes).value, y = (b as PyBytes).value;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  }
  if (ta === PyTuple_Type) {
    if (tb !== PyTuple_Type) return false;
    const x = (a as PyTuple).items, y = (b as PyTuple).items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!keyEqual(x[i], y[i])) return false;
    return true;
  }
  if ((ta === PyFrozenSet_Type || ta === PySet_Type) &&
    (tb === PyFrozenSet_Type || tb === PySet_Type)) {
    const x = a as PySetObject, y = b as PySetObject;
    if (x.used !== y.used) return false;
    for (const k of setKeys(x)) if (!setContainsKey(y, k)) return false;
    return true;
  }
  return false;
}

/**
 * Are two constants the same constant for the compiler? Same exact type, and: floats and
 * complex parts equal including the sign of zero (NaN only to itself), tuples and
 * frozensets element-wise by this same rule, other types by value (int, str, bytes) or
 * identity.
 * @see Objects/codeobject.c _PyCode_ConstantKey
 */
export function constKeyEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const t = a.ob_type;
  if (t !== b.ob_type) return false;
  if (t === PyLong_Type) return (a as PyLong).value === (b as PyLong).value;
  if (t === PyUnicode_Type) return (a as PyUnicode).value === (b as PyUnicode).value;
  if (t === PyBytes_Type) return constEqual(a, b);
  if (t === PyFloat_Type) return sameDouble((a as PyFloat).value, (b as PyFloat).value);
  if (t === PyComplex_Type) {
    const x = a as PyComplex, y = b as PyComplex;
    return sameDouble(x.real, y.real) && sameDouble(x.imag, y.imag);
  }
  if (t === PyTuple_Type) {
    const x = (a as PyTuple).items, y = (b as PyTuple).items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!constKeyEqual(x[i], y[i])) return false;
    return true;
  }
  if (t === PyFrozenSet_Type) {
    const x = a as PySetObject, y = b as PySetObject;
    if (x.used !== y.used) return false;
    const ys = setKeys(y);
    for (const k of setKeys(x)) {
      if (!ys.some((m) => constKeyEqual(k, m))) return false;
    }
    return true;
  }
  return false; // None, Ellipsis, bool, code and the rest: identity only
}

// Equal as constant keys: same value and same sign of zero; NaNs are never equal (a NaN
// constant only merges with the very same object, handled by the identity check above).
function sameDouble(x: number, y: number): boolean {
  return x === y && (x !== 0 || Object.is(x, y));
}

/** repr() of a bare constant, exactly CPython's. */
export function constRepr(o: PyObject): string {
  return reprString(o);
}

/** hash() of a bare constant, CPython's value (a number when it is a safe integer). */
export function constHash(o: PyObject): PyHash {
  return PyObject_Hash(o);
}
