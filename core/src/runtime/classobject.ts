// Mirrors the object half of Objects/classobject.c: the bound method (`method`), a function
// and the instance it was looked up on. Core owns the layout because the eval loop unpacks a
// bound method into function + self at a CALL (as CPython's CALL does); lecture 08, which
// teaches binding, gives the type its behaviour (repr, call, attributes, comparison).

import { PyObject, PyTypeObject, newStaticType } from '../object.js';

/** `method`. @see Objects/classobject.c PyMethod_Type */
export const PyMethod_Type: PyTypeObject = newStaticType('method');

/**
 * A callable bound to `self`: calling it calls `func(self, *args)`.
 * @see Include/cpython/classobject.h PyMethodObject
 */
export class PyMethod extends PyObject {
  declare func: PyObject;
  declare self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super(PyMethod_Type);
    this.func = func;
    this.self = self;
  }
}
