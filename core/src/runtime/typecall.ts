// Mirrors type_call in Objects/typeobject.c, reduced to what lecture 02 needs: `type(x)` and
// calling a built-in type such as ValueError("msg") (tp_new then tp_init). Lecture 08 brings
// classes, metaclasses and __init__ written in Python, and replaces this slot.

import { PyObject, PyTypeObject, PyType_Type, typeName } from '../object.js';
import { newExceptionMsg, PyExc_TypeError, PyBaseException, newException, PyExc_BaseException }
  from '../objects/exceptions.js';
import { PyDict } from '../objects/dictobject.js';

function isSub(t: PyTypeObject, b: PyTypeObject): boolean {
  return t === b || (t.tp_mro ?? []).includes(b);
}

/** `type.__call__` for built-in types. @see Objects/typeobject.c type_call */
export function typeCallMinimal(callable: PyObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const t = callable as PyTypeObject;
  if (t === PyType_Type) {
    if (args.length === 1 && (kwargs === null || (kwargs as PyDict).ma_used === 0)) {
      return args[0].ob_type;
    }
    throw newExceptionMsg(PyExc_TypeError, 'type() takes 1 or 3 arguments');
  }
  if (isSub(t, PyExc_BaseException) && t.tp_new === null) {
    return newException(t, args, kwargs as PyDict | null);
  }
  if (t.tp_new === null) {
    throw newExceptionMsg(PyExc_TypeError, `cannot create '${typeName(t)}' instances`);
  }
  const obj = t.tp_new(t, args, kwargs);
  if (obj instanceof PyBaseException || isSub(obj.ob_type, t)) {
    for (let c: PyTypeObject | null = obj.ob_type; c !== null; c = c.tp_base) {
      if (c.tp_init !== null) {
        c.tp_init(obj, args, kwargs);
        break;
      }
    }
  }
  return obj;
}

/** Install the minimal type call unless a lecture already provides one. */
export function installTypeCall(): void {
  if (PyType_Type.tp_call === null) PyType_Type.tp_call = typeCallMinimal;
}
