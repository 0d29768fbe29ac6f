// Mirrors PathFinder of Lib/importlib/_bootstrap_external.py: the meta-path finder that
// searches sys.path (or a package's __path__). Each entry becomes a path entry finder once,
// through sys.path_hooks, and is remembered in sys.path_importer_cache. The host's hooks (the
// zip reader of @ceval/modules, the folder finder) sit in sys.path_hooks as builtins; a
// program may add its own callables there, and they are honoured.

import type { PyObject } from '../object.js';
import { newStaticType } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { PyDict } from '../objects/dictobject.js';
import { PyUnicode, newStr, unicodeReprString } from '../objects/unicodeobject.js';
import { Py_None } from '../objects/noneobject.js';
import { PyBaseException, PyExc_ImportError, excMatches, newExceptionMsg } from '../objects/exceptions.js';
import { PyList_like } from './listobject.js';
import { PyCFunction } from './methodobject.js';
import { PyModule } from './moduleobject.js';
import { PyImporter, PyModuleSpec } from './modulespec.js';
import { fileFinderHook, type PathEntryFinder, type PathHook } from './bootstrap_external.js';

/** `FileFinder('/dir')` and the like: a native path entry finder as Python code sees it. */
export const PyFileFinder_Type = newStaticType('FileFinder');
PyFileFinder_Type.tp_dictoffset = 16;
PyFileFinder_Type.tp_repr = (o) => newStr(`FileFinder(${unicodeReprString(
  ((o as PyImporter).dict.getItemStr('path') as PyUnicode | null)?.value ?? '')})`);

class NativeFinder extends PyImporter {
  constructor(readonly finder: PathEntryFinder, type = PyFileFinder_Type,
    fields: Record<string, string> = {}) {
    super(type, fields);
  }
}

/** The TS hook behind each builtin in sys.path_hooks. */
const nativeHooks = new WeakMap<PyObject, PathHook>();

/**
 * A builtin for sys.path_hooks that runs `hook`; `finderType` is what its finders look like
 * (zipimporter, FileFinder). A hook that does not handle an entry raises ImportError.
 */
export function makePathHook(interp: Interpreter, name: string, hook: PathHook,
  finderType: typeof PyFileFinder_Type = PyFileFinder_Type,
  fields: (entry: string) => Record<string, string> = (e) => ({ path: e })): PyObject {
  const f = new PyCFunction(name, (args) => {
    const entry = args[0];
    const finder = entry instanceof PyUnicode ? hook(interp, entry.value) : null;
    if (finder === null) throw notHandled(entry);
    return new NativeFinder(finder, finderType, fields((entry as PyUnicode).value));
  }, null);
  nativeHooks.set(f, hook);
  finderTypes.set(hook, { type: finderType, fields });
  return f;
}

const finderTypes = new WeakMap<PathHook, {
  type: typeof PyFileFinder_Type; fields: (entry: string) => Record<string, string>;
}>();

function notHandled(entry: PyObject | undefined): PyBaseException {
  void entry;
  return newExceptionMsg(PyExc_ImportError, 'not handled by this path hook');
}

/** The sys.path_hooks a fresh interpreter starts with: the host's, then the folder finder. */
export function defaultPathHooks(interp: Interpreter, extra: readonly PyObject[]): PyObject[] {
  return [...extra, makePathHook(interp,
    'path_hook_for_FileFinder', fileFinderHook)];
}

function sysDict(interp: Interpreter): PyDict | null {
  return (interp.sys as PyModule | null)?.dict ?? null;
}

/**
 * The finder for one path entry: sys.path_importer_cache, else each hook in turn (None
 * when no hook takes it). @see _bootstrap_external.py PathFinder._path_importer_cache
 */
function finderFor(interp: Interpreter, entry: string): PyObject {
  const sd = sysDict(interp);
  const cache = sd?.getItemStr('path_importer_cache');
  const cacheDict = cache instanceof PyDict ? cache : null;
  const hit = cacheDict?.getItemStr(entry);
  if (hit !== null && hit !== undefined) return hit;
  const hooksObj = sd?.getItemStr('path_hooks');
  const hooks = hooksObj === null || hooksObj === undefined ? [] : PyList_like(hooksObj) ?? [];
  let finder: PyObject = Py_None;
  for (const h of hooks) {
    const native = nativeHooks.get(h);
    if (native !== undefined) {
      const f = native(interp, entry);
      if (f === null) continue;
      const ft = finderTypes.get(native)!;
      finder = new NativeFinder(f, ft.type, ft.fields(entry));
      break;
    }
    try {
      finder = interp.callObject(h, [newStr(entry)], null);
      break;
    } catch (e) {
      if (e instanceof PyBaseException && excMatches(e.ob_type, PyExc_ImportError)) continue;
      throw e;
    }
  }
  cacheDict?.setItemStr(entry, finder);
  return finder;
}

/**
 * PathFinder.find_spec: the first entry whose finder knows `name`. Folders without an
 * `__init__.py` (namespace packages) are not searched for.
 */
export function findPathSpec(interp: Interpreter, name: string, path: string[] | null):
  PyObject | null {
  let entries = path;
  if (entries === null) {
    const p = sysDict(interp)?.getItemStr('path');
    const items = p === null || p === undefined ? null : PyList_like(p);
    entries = items === null ? interp.path
      : items.filter((x): x is PyUnicode => x instanceof PyUnicode).map((x) => x.value);
  }
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  for (const entry of entries) {
    const finder = finderFor(interp, entry);
    if (finder === Py_None) continue;
    if (finder instanceof NativeFinder) {
      const found = finder.finder.find(name, leaf);
      if (found === null) continue;
      const src = found.source;
      return new PyModuleSpec(name, src.loader, src.origin, src, src.isPackage,
        found.searchLocations);
    }
    // A finder a Python path hook made: find_spec(fullname, target=None).
    const fs = interp.hooks.getAttr(finder, newStr('find_spec'));
    const spec = interp.callObject(fs, [newStr(name)], null);
    if (spec !== Py_None) return spec;
  }
  return null;
}

export type { PathHook, PathEntryFinder };
