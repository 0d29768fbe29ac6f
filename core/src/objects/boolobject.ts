// Mirrors Objects/boolobject.c: bool, a subclass of int with exactly two instances.
// Its repr is 'True'/'False'; its hash and layout are int's.

import { PyTypeObject, newStaticType } from '../object.js';
import { PyLong, PyLong_Type } from './longobject.js';
import { newStr } from './unicodeobject.js';

/** A bool: an int whose value is 0 or 1. @see Objects/boolobject.c */
export class PyBool extends PyLong {
  constructor(v: number) {
    super(v, PyBool_Type);
  }
}

/** `bool`: not subclassable. @see Objects/boolobject.c PyBool_Type */
export const PyBool_Type: PyTypeObject = newStaticType('bool', PyLong_Type);

/** `False`. @see Include/boolobject.h Py_False */
export const Py_False: PyBool = new PyBool(0);
/** `True`. @see Include/boolobject.h Py_True */
export const Py_True: PyBool = new PyBool(1);

/** `PyBool_FromLong`. */
export function newBool(b: boolean): PyBool {
  return b ? Py_True : Py_False;
}

PyBool_Type.tp_repr = (o) => newStr(o === Py_True ? 'True' : 'False');
