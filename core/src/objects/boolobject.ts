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

/**
 * What `~True` warns since 3.12 (a DeprecationWarning), from the eval loop or the constant
 * folder. @see Objects/boolobject.c bool_invert
 */
export const BOOL_INVERT_DEPRECATION = "Bitwise inversion '~' on bool is deprecated and will "
  + 'be removed in Python 3.16. This returns the bitwise inversion of the underlying int '
  + 'object and is usually not what you expect from negating a bool. Use the \'not\' '
  + 'operator for boolean negation or ~int(x) if you really want the bitwise inversion of the '
  + 'underlying int.';

PyBool_Type.tp_repr = (o) => newStr(o === Py_True ? 'True' : 'False');
