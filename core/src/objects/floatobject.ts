// Mirrors Objects/floatobject.c: the float type's identity, layout, repr and hash.
// Arithmetic slots are filled by lecture 04.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE, Py_HashPointer,
  PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { doubleHash } from './pyhash.js';
import { floatRepr } from './floatrepr.js';
import { newStr } from './unicodeobject.js';

/** A float: one IEEE double. @see Include/cpython/floatobject.h PyFloatObject */
export class PyFloat extends PyObject {
  declare value: number;
  constructor(value: number, type: PyTypeObject = PyFloat_Type) {
    super(type);
    this.value = value;
  }
}

/** `float`. @see Objects/floatobject.c PyFloat_Type */
export const PyFloat_Type: PyTypeObject = newStaticType('float', undefined, Py_TPFLAGS_BASETYPE);

/** `PyFloat_FromDouble`. */
export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}

/** `PyFloat_Check`. */
export function PyFloat_Check(o: PyObject): boolean {
  return o.ob_type === PyFloat_Type || PyObject_TypeCheck(o, PyFloat_Type);
}

/** @see Objects/floatobject.c float_repr */
export function floatReprObj(o: PyObject): string {
  return floatRepr((o as PyFloat).value);
}

/** @see Objects/floatobject.c float_hash */
export function floatHash(o: PyObject): PyHash {
  const v = (o as PyFloat).value;
  return doubleHash(v, v !== v ? Py_HashPointer(o) : 0);
}

PyFloat_Type.tp_repr = (o) => newStr(floatReprObj(o));
PyFloat_Type.tp_hash = floatHash;
