// The bare `list` type: its identity and layout (a JS array), so that core can hand Python a
// list before lecture 07 (sys.argv, sys.path, dir()). Mirrors the layout half of
// Objects/listobject.c; lecture 07 fills the protocols (and list_resize's growth) as slots.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_LIST_SUBCLASS } from '../object.js';
import { PyTuple } from '../objects/tupleobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { reprString, reprEnter, reprLeave } from '../objects/objectcore.js';

/** `list`. @see Objects/listobject.c PyList_Type */
export const PyList_Type: PyTypeObject = newStaticType('list', undefined,
  Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LIST_SUBCLASS);

/** A list: `items` is ob_item (allocated length is the host's business). */
export class PyList extends PyObject {
  items: PyObject[];
  constructor(items: PyObject[], type: PyTypeObject = PyList_Type) {
    super(type);
    this.items = items;
  }
}

/** @see Objects/listobject.c PyList_New */
export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

/** The items of a tuple or list, or null for anything else. */
export function PyList_like(o: PyObject): PyObject[] | null {
  if (o instanceof PyList || o instanceof PyTuple) return o.items;
  const it = (o as { items?: unknown }).items;
  return Array.isArray(it) ? it as PyObject[] : null;
}

PyList_Type.tp_repr = (o) => {
  const l = o as PyList;
  if (!reprEnter(l)) return newStr('[...]');
  try {
    return newStr(`[${l.items.map(reprString).join(', ')}]`);
  } finally {
    reprLeave(l);
  }
};
