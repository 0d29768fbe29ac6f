// Mirrors the singletons of Objects/object.c (None, NotImplemented) and
// Objects/sliceobject.c (Ellipsis): each is the only instance of its type.

import { PyObject, PyTypeObject, newStaticType } from '../object.js';
import { newStr } from './unicodeobject.js';

/** `NoneType`. @see Objects/object.c _PyNone_Type */
export const PyNone_Type: PyTypeObject = newStaticType('NoneType');
/** `NotImplementedType`. @see Objects/object.c _PyNotImplemented_Type */
export const PyNotImplemented_Type: PyTypeObject = newStaticType('NotImplementedType');
/** `ellipsis`. @see Objects/sliceobject.c PyEllipsis_Type */
export const PyEllipsis_Type: PyTypeObject = newStaticType('ellipsis');

/** `None`. */
export const Py_None: PyObject = new PyObject(PyNone_Type);
/** `NotImplemented`. */
export const Py_NotImplemented: PyObject = new PyObject(PyNotImplemented_Type);
/** `Ellipsis` (`...`). */
export const Py_Ellipsis: PyObject = new PyObject(PyEllipsis_Type);

PyNone_Type.tp_repr = () => newStr('None');
// hash(None) is a fixed constant since 3.12 (0xFCA86420), no longer the address.
PyNone_Type.tp_hash = () => 0xfca86420;
PyNotImplemented_Type.tp_repr = () => newStr('NotImplemented');
PyEllipsis_Type.tp_repr = () => newStr('Ellipsis');
