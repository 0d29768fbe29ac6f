// Mirrors the objects of Lib/importlib/_bootstrap.py that every module carries: ModuleSpec
// (`__spec__`) and the importers (`BuiltinImporter`, `PathFinder`, `SourceFileLoader`,
// `zipimporter`) that sys.meta_path and `__loader__` show. CPython writes them in Python; ceval
// runs before classes exist (lecture 08), so they are native objects with an attribute dict.

import { PyObject, PyTypeObject, newStaticType, addressText } from '../object.js';
import { PyDict } from '../objects/dictobject.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { reprString } from '../objects/objectcore.js';
import { newList, PyList_like } from './listobject.js';

/** `ModuleSpec`. @see Lib/importlib/_bootstrap.py ModuleSpec */
export const PyModuleSpec_Type: PyTypeObject = newStaticType('ModuleSpec');
// Specs and importers keep their Python attributes in an instance dict (tp_dictoffset != 0),
// which the generic attribute lookup of lecture 08 consults only for types that have one.
PyModuleSpec_Type.tp_dictoffset = 16;

/** Where a module's code comes from, as the finder that found it knows it. */
export interface ModuleSource {
  /** `__file__`: the source's path (inside a zip: the zip's path, then the member's). */
  origin: string;
  isPackage: boolean;
  /** Read the source file's bytes (null if it vanished since the finder saw it). */
  read(): Uint8Array | null;
  /** The source's mtime (whole seconds) and size, which a .pyc header must repeat. */
  mtime: number;
  size: number;
  /** Where its .pyc is cached, or null when it is not cached. */
  cached: string | null;
  /** The `__loader__` object. */
  loader: PyObject;
}

/**
 * A spec: its Python attributes live in `dict` (name, loader, origin, loader_state,
 * submodule_search_locations, cached, parent, has_location); `source` is the host's view.
 */
export class PyModuleSpec extends PyObject {
  dict = new PyDict();
  /** Set while the module runs its body (`spec._initializing`). */
  initializing = false;
  constructor(name: string, loader: PyObject, origin: string | null,
    public source: ModuleSource | null = null, isPackage = false, searchLocations: string[] = []) {
    super(PyModuleSpec_Type);
    const d = this.dict;
    d.setItemStr('name', newStr(name));
    d.setItemStr('loader', loader);
    d.setItemStr('origin', origin === null ? Py_None : newStr(origin));
    d.setItemStr('loader_state', Py_None);
    d.setItemStr('submodule_search_locations',
      isPackage ? newList(searchLocations.map((s) => newStr(s))) : Py_None);
    d.setItemStr('cached', source?.cached ? newStr(source.cached) : Py_None);
    const dot = name.lastIndexOf('.');
    d.setItemStr('parent', newStr(isPackage ? name : dot < 0 ? '' : name.slice(0, dot)));
    d.setItemStr('has_location', source !== null ? Py_True : Py_False);
  }
  get name(): string {
    return (this.dict.getItemStr('name') as PyUnicode).value;
  }
}

// ModuleSpec(name='json', loader=<...>, origin='/x/json/__init__.py',
// submodule_search_locations=['/x/json']) as ModuleSpec.__repr__ writes it.
PyModuleSpec_Type.tp_repr = (o) => {
  const d = (o as PyModuleSpec).dict;
  const parts = [`name=${reprString(d.getItemStr('name') ?? Py_None)}`,
    `loader=${reprString(d.getItemStr('loader') ?? Py_None)}`];
  const origin = d.getItemStr('origin');
  if (origin !== null && origin !== Py_None) parts.push(`origin=${reprString(origin)}`);
  const sub = d.getItemStr('submodule_search_locations');
  if (sub !== null && sub !== Py_None) {
    parts.push(`submodule_search_locations=${reprString(sub)}`);
  }
  return newStr(`ModuleSpec(${parts.join(', ')})`);
};

/** A spec's attribute as a string, or null (for specs a Python finder made, too). */
export function specString(d: PyDict, key: string): string | null {
  const v = d.getItemStr(key);
  return v instanceof PyUnicode ? v.value : null;
}

/** A spec's submodule_search_locations as strings, or null when it is not a package. */
export function specSearchLocations(d: PyDict): string[] | null {
  const v = d.getItemStr('submodule_search_locations');
  if (v === null || v === Py_None) return null;
  return (PyList_like(v) ?? []).filter((x): x is PyUnicode => x instanceof PyUnicode)
    .map((x) => x.value);
}

/**
 * A native importer object: BuiltinImporter and PathFinder are classes CPython puts in
 * sys.meta_path itself; loaders are instances with `name` and `path`.
 */
export class PyImporter extends PyObject {
  dict = new PyDict();
  constructor(type: PyTypeObject, fields: Record<string, string> = {}) {
    super(type);
    for (const [k, v] of Object.entries(fields)) this.dict.setItemStr(k, newStr(v));
  }
}

function importerType(name: string, asClass: boolean): PyTypeObject {
  const t = newStaticType(name);
  t.tp_dictoffset = 16;
  // The meta-path finders are classes in CPython: their repr is the class's.
  t.tp_repr = asClass ? () => newStr(`<class '${name}'>`)
    : (o) => newStr(`<${name} object at ${addressText(o)}>`);
  return t;
}

export const PyBuiltinImporter_Type = importerType('_frozen_importlib.BuiltinImporter', true);
export const PyFrozenImporter_Type = importerType('_frozen_importlib.FrozenImporter', true);
export const PyPathFinder_Type = importerType('_frozen_importlib_external.PathFinder', true);
export const PySourceFileLoader_Type =
  importerType('_frozen_importlib_external.SourceFileLoader', false);
export const PySourcelessFileLoader_Type =
  importerType('_frozen_importlib_external.SourcelessFileLoader', false);
export const PyZipImporter_Type = importerType('zipimporter', false);

/** The singletons sys.meta_path starts with. */
export const BuiltinImporter = new PyImporter(PyBuiltinImporter_Type);
export const FrozenImporter = new PyImporter(PyFrozenImporter_Type);
export const PathFinder = new PyImporter(PyPathFinder_Type);

PyZipImporter_Type.tp_repr = (o) => {
  const d = (o as PyImporter).dict;
  const archive = specString(d, 'archive') ?? '';
  const prefix = specString(d, 'prefix') ?? '';
  return newStr(`<zipimporter object "${archive}/${prefix}">`);
};
