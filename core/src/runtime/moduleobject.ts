// Mirrors Objects/moduleobject.c: a module is a namespace dict with a name. Attribute
// access reads the dict; a missing name says "module 'x' has no attribute 'y'".

import { PyObject, PyTypeObject, newStaticType } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newStr, PyUnicode } from '../objects/unicodeobject.js';
import { PyDict } from '../objects/dictobject.js';
import { raiseNew, PyExc_AttributeError } from './errors.js';
import { PyModuleSpec } from './modulespec.js';
import { currentInterpreter } from '../interpreter.js';

/** `module`. @see Objects/moduleobject.c PyModule_Type */
export const PyModule_Type: PyTypeObject = newStaticType('module');

/** A module object. @see Objects/moduleobject.c PyModuleObject */
export class PyModule extends PyObject {
  dict: PyDict;
  name: string;
  constructor(name: string, dict: PyDict = new PyDict()) {
    super(PyModule_Type);
    this.name = name;
    this.dict = dict;
    if (dict.getItemStr('__name__') === null) {
      dict.setItemStr('__name__', newStr(name));
      dict.setItemStr('__doc__', Py_None);
      dict.setItemStr('__package__', Py_None);
      dict.setItemStr('__loader__', Py_None);
      dict.setItemStr('__spec__', Py_None);
    }
  }
}

// `__dict__` is a member of the struct (md_dict): a member_descriptor in the type's dict.
// @see Objects/moduleobject.c module_members
PyModule_Type.tp_members = [{ name: '__dict__', get: (o) => (o as PyModule).dict, set: null }];

/** Look `name` up in a module. @see Objects/moduleobject.c module_getattro */
function moduleGetAttro(o: PyObject, name: PyObject): PyObject {
  const m = o as PyModule;
  const s = (name as PyUnicode).value;
  const v = m.dict.getItemStr(s);
  if (v !== null) return v;
  if (s === '__dict__') return m.dict;
  if (s === '__class__') return m.ob_type;
  const n = m.dict.getItemStr('__name__');
  const modname = n instanceof PyUnicode ? n.value : '?';
  // A circular import shows as a module still running its body, or as a submodule that is
  // in sys.modules but not yet bound on its parent. @see moduleobject.c _Py_module_getattro_impl
  const spec = m.dict.getItemStr('__spec__');
  if (spec instanceof PyModuleSpec && spec.initializing) {
    throw raiseNew(PyExc_AttributeError, `partially initialized module '${modname}' has no `
      + `attribute '${s}' (most likely due to a circular import)`);
  }
  if (spec instanceof PyModuleSpec && spec.dict.getItemStr('submodule_search_locations') !== Py_None) {
    const sub = currentInterpreter().modules.getItemStr(`${spec.name}.${s}`);
    const subSpec = sub instanceof PyModule ? sub.dict.getItemStr('__spec__') : null;
    if (subSpec instanceof PyModuleSpec && subSpec.initializing) {
      throw raiseNew(PyExc_AttributeError, `cannot access submodule '${s}' of module `
        + `'${modname}' (most likely due to a circular import)`);
    }
  }
  const e = raiseNew(PyExc_AttributeError, `module '${modname}' has no attribute '${s}'`);
  throw e;
}

PyModule_Type.tp_getattro = moduleGetAttro;
PyModule_Type.tp_setattro = (o, name, v) => {
  const m = o as PyModule;
  const s = (name as PyUnicode).value;
  if (v === null) {
    if (!m.dict.delItemStr(s)) {
      throw raiseNew(PyExc_AttributeError, `module '${m.name}' has no attribute '${s}'`);
    }
  } else {
    m.dict.setItemStr(s, v);
  }
};
PyModule_Type.tp_repr = (o) => {
  const m = o as PyModule;
  const f = m.dict.getItemStr('__file__');
  if (f instanceof PyUnicode) return newStr(`<module '${m.name}' from '${f.value}'>`);
  return newStr(`<module '${m.name}' (built-in)>`);
};
