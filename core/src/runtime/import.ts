// Mirrors Python/import.c (PyImport_ImportModuleLevelObject, import_from) and the algorithm
// of Lib/importlib/_bootstrap.py: sys.modules first, parent packages before their children,
// sys.meta_path's finders in order (BuiltinImporter, then PathFinder over sys.path or the
// package's __path__, and whatever finders a program adds), specs, the module placed in
// sys.modules *before* its body runs (which is what lets circular imports see a partially
// initialised module), and the errors CPython raises, word for word.

import type { PyObject } from '../object.js';
import { typeName } from '../object.js';
import { PyUnicode, newStr, unicodeReprString } from '../objects/unicodeobject.js';
import { PyDict } from '../objects/dictobject.js';
import { newInt } from '../objects/longobject.js';
import { PyList_like, newList } from './listobject.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_False } from '../objects/boolobject.js';
import {
  PyBaseException, PyExc_ImportError, PyExc_ModuleNotFoundError, PyExc_AttributeError,
  PyExc_TypeError, PyExc_ValueError, PyExc_KeyError, newExceptionMsg, newException,
  PyImportErrorObject, excMatches,
} from '../objects/exceptions.js';
import type { Interpreter } from '../interpreter.js';
import type { Frame } from '../frame.js';
import { PyModule } from './moduleobject.js';
import { findBuiltin } from './inittab.js';
import {
  PyModuleSpec, BuiltinImporter, PathFinder, FrozenImporter, specString, specSearchLocations,
} from './modulespec.js';
import { findPathSpec } from './import-path.js';
import { getCode, decodeSourceBytes } from './bootstrap_external.js';

export function importError(type: typeof PyExc_ImportError, msg: string, name: string | null,
  path: string | null, nameFrom: string | null = null): PyBaseException {
  const e = newExceptionMsg(type, msg);
  if (e instanceof PyImportErrorObject) {
    e.msg = newStr(msg);
    e.name = name === null ? Py_None : newStr(name);
    e.path = path === null ? null : newStr(path);
    e.name_from = nameFrom === null ? null : newStr(nameFrom);
  }
  return e;
}

/** A sys attribute as Python code may have replaced it. */
export function sysAttr(interp: Interpreter, name: string): PyObject | null {
  const sys = interp.sys as PyModule | null;
  return sys?.dict.getItemStr(name) ?? null;
}

/** Modules whose body is still running (importlib's `spec._initializing`). */
const initializing = new WeakSet<PyObject>();

/** Is `m` still executing its body? (circular imports see this) */
export function moduleInitializing(m: PyObject): boolean {
  return initializing.has(m);
}

// --- finding ------------------------------------------------------------------------------

/**
 * The spec of `name`: each sys.meta_path finder in turn; `path` is the parent's __path__
 * (null for a top-level module). @see Lib/importlib/_bootstrap.py _find_spec
 */
export function findSpec(interp: Interpreter, name: string, path: string[] | null,
  pathObj: PyObject = Py_None): PyObject | null {
  const meta = sysAttr(interp, 'meta_path');
  const finders = meta === null ? null : PyList_like(meta);
  if (finders === null) {
    throw newExceptionMsg(PyExc_ImportError, 'sys.meta_path is None, Python is likely shutting down');
  }
  for (const finder of [...finders]) {
    if (finder === BuiltinImporter) {
      if (findBuiltin(interp, name) !== null) {
        return new PyModuleSpec(name, BuiltinImporter, 'built-in');
      }
    } else if (finder === FrozenImporter) {
      continue;
    } else if (finder === PathFinder) {
      const spec = findPathSpec(interp, name, path);
      if (spec !== null) return spec;
    } else {
      // A finder a program put on sys.meta_path: find_spec(name, path, target).
      const fs = interp.hooks.getAttr(finder, newStr('find_spec'));
      const spec = interp.callObject(fs, [newStr(name), pathObj, Py_None], null);
      if (spec !== Py_None) return spec;
    }
  }
  return null;
}

// --- loading ------------------------------------------------------------------------------

function specDict(spec: PyObject): PyDict | null {
  const d = (spec as { dict?: unknown }).dict;
  return d instanceof PyDict ? d : null;
}

function getAttrOrNull(interp: Interpreter, o: PyObject, name: string): PyObject | null {
  try {
    return interp.hooks.getAttr(o, newStr(name));
  } catch (e) {
    if (e instanceof PyBaseException && excMatches(e.ob_type, PyExc_AttributeError)) return null;
    throw e;
  }
}

/**
 * Set the module attributes a spec implies, in CPython's order.
 * @see Lib/importlib/_bootstrap.py _init_module_attrs
 */
function initModuleAttrs(m: PyModule, spec: PyObject): void {
  const d = m.dict;
  const sd = specDict(spec);
  const loader = sd?.getItemStr('loader') ?? Py_None;
  d.setItemStr('__loader__', loader);
  d.setItemStr('__package__', sd?.getItemStr('parent') ?? Py_None);
  d.setItemStr('__spec__', spec);
  const search = sd?.getItemStr('submodule_search_locations') ?? Py_None;
  if (search !== Py_None) d.setItemStr('__path__', search);
  const hasLocation = sd?.getItemStr('has_location');
  const origin = sd?.getItemStr('origin') ?? Py_None;
  if (hasLocation !== null && hasLocation !== undefined && hasLocation !== Py_None
    && hasLocation !== Py_False && origin !== Py_None) {
    d.setItemStr('__file__', origin);
    const cached = sd?.getItemStr('cached') ?? Py_None;
    if (cached !== Py_None) d.setItemStr('__cached__', cached);
  }
}

/**
 * Create the module a spec describes, put it in sys.modules and run its body; on failure
 * it leaves sys.modules. @see Lib/importlib/_bootstrap.py _load_unlocked
 */
export function loadSpec(interp: Interpreter, spec: PyObject): PyObject {
  const sd = specDict(spec);
  const name = (sd !== null ? specString(sd, 'name') : null)
    ?? (interp.hooks.getAttr(spec, newStr('name')) as PyUnicode).value;
  const loader = sd?.getItemStr('loader') ?? getAttrOrNull(interp, spec, 'loader') ?? Py_None;
  if (loader === BuiltinImporter) {
    const factory = findBuiltin(interp, name)!;
    const m = factory(interp);
    if (m instanceof PyModule) {
      m.dict.setItemStr('__spec__', spec);
      m.dict.setItemStr('__loader__', BuiltinImporter);
      if (m.dict.getItemStr('__package__') === Py_None) m.dict.setItemStr('__package__', newStr(''));
    }
    interp.modules.setItemStr(name, m);
    return m;
  }
  if (spec instanceof PyModuleSpec && spec.source !== null) {
    const m = new PyModule(name);
    initModuleAttrs(m, spec);
    return execModuleBody(interp, m, spec, () => {
      const src = spec.source!;
      const { code, text } = getCode(interp, src, null, dontWriteBytecode(interp));
      if (text !== '') interp.sources.set(src.origin, text);
      else {
        interp.lazySources.set(src.origin, () => {
          const b = src.read();
          return b === null ? null : decodeSourceBytes(b);
        });
      }
      interp.evalModuleCode(code, m.dict);
    });
  }
  // A loader from Python code: create_module (None: a plain module), then exec_module.
  let m: PyObject | null = null;
  const create = loader === Py_None ? null : getAttrOrNull(interp, loader, 'create_module');
  if (create !== null) {
    const r = interp.callObject(create, [spec], null);
    if (r !== Py_None) m = r;
  }
  const module = m ?? new PyModule(name);
  if (module instanceof PyModule) initModuleAttrs(module, spec);
  const exec = loader === Py_None ? null : getAttrOrNull(interp, loader, 'exec_module');
  if (exec === null) {
    throw importError(PyExc_ImportError, 'missing loader', name, null);
  }
  return execModuleBody(interp, module, spec, () => { interp.callObject(exec, [module], null); });
}

function execModuleBody(interp: Interpreter, m: PyObject, spec: PyObject, run: () => void):
  PyObject {
  const name = spec instanceof PyModuleSpec ? spec.name : (m as PyModule).name;
  interp.modules.setItemStr(name, m);
  initializing.add(m);
  if (spec instanceof PyModuleSpec) spec.initializing = true;
  try {
    run();
  } catch (e) {
    interp.modules.delItemStr(name);
    throw e;
  } finally {
    initializing.delete(m);
    if (spec instanceof PyModuleSpec) spec.initializing = false;
  }
  // A module may replace itself in sys.modules; importlib returns what is there.
  return interp.modules.getItemStr(name) ?? m;
}

function dontWriteBytecode(interp: Interpreter): boolean {
  const v = sysAttr(interp, 'dont_write_bytecode');
  return v === null || v !== Py_False;
}

/**
 * Run `source` as module `name` from file `path` (no finder involved): the main program's
 * helpers and tests use it. @see Lib/importlib/_bootstrap.py _load_unlocked
 */
export function execSourceModule(interp: Interpreter, name: string, path: string,
  source: string, isPackage: boolean): PyObject {
  const m = new PyModule(name);
  m.dict.setItemStr('__file__', newStr(path));
  const dot = name.lastIndexOf('.');
  if (isPackage) {
    m.dict.setItemStr('__path__', newList([newStr(path.slice(0, path.lastIndexOf('/')))]));
    m.dict.setItemStr('__package__', newStr(name));
  } else {
    m.dict.setItemStr('__package__', newStr(dot < 0 ? '' : name.slice(0, dot)));
  }
  interp.sources.set(path, source);
  const spec = new PyModuleSpec(name, Py_None, path);
  return execModuleBody(interp, m, spec, () => {
    const { code } = getCode(interp, {
      origin: path, isPackage, mtime: 0, size: 0, cached: null, loader: Py_None,
      read: () => null,
    }, source, true);
    interp.evalModuleCode(code, m.dict);
  });
}

// --- the algorithm ------------------------------------------------------------------------

/**
 * Import one absolute dotted name, parents first.
 * @see Lib/importlib/_bootstrap.py _find_and_load_unlocked
 */
export function importModule(interp: Interpreter, name: string): PyObject {
  const cached = interp.modules.getItemStr(name);
  if (cached !== null) {
    if (cached === Py_None) {
      throw importError(PyExc_ModuleNotFoundError,
        `import of ${name} halted; None in sys.modules`, name, null);
    }
    return cached;
  }
  const dot = name.lastIndexOf('.');
  let path: string[] | null = null;
  let pathObj: PyObject = Py_None;
  let parentModule: PyObject | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    parentModule = importModule(interp, parent);
    const again = interp.modules.getItemStr(name);
    if (again !== null && again !== Py_None) return again;
    const p = getAttrOrNull(interp, parentModule, '__path__');
    if (p === null) {
      throw importError(PyExc_ModuleNotFoundError,
        `No module named ${unicodeReprString(name)}; ${unicodeReprString(parent)} is not a package`,
        name, null);
    }
    pathObj = p;
    path = (PyList_like(p) ?? []).filter((x): x is PyUnicode => x instanceof PyUnicode)
      .map((x) => x.value);
  }
  const spec = findSpec(interp, name, path, pathObj);
  if (spec === null) {
    throw importError(PyExc_ModuleNotFoundError, `No module named ${unicodeReprString(name)}`,
      name, null);
  }
  const m = loadSpec(interp, spec);
  if (parentModule !== null) {
    // The child becomes an attribute of its parent, as _find_and_load_unlocked sets it.
    try {
      interp.hooks.setAttr(parentModule, newStr(name.slice(dot + 1)), m);
    } catch {
      // A parent that refuses attributes only warns in CPython (ImportWarning).
    }
  }
  return m;
}

/**
 * The absolute name of a relative import from a module with `globals`.
 * @see Python/import.c resolve_name, Lib/importlib/_bootstrap.py _calc___package__
 */
function resolveName(g: PyDict | null, name: string, level: number): string {
  if (g === null) throw newExceptionMsg(PyExc_KeyError, "'__name__' not in globals");
  const pkgObj = g.getItemStr('__package__');
  let pkg: string | null;
  if (pkgObj !== null && pkgObj !== Py_None) {
    if (!(pkgObj instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError, 'package must be a string');
    }
    pkg = pkgObj.value;
  } else {
    const spec = g.getItemStr('__spec__');
    const sd = spec === null || spec === Py_None ? null : specDict(spec);
    const parent = sd === null ? null : sd.getItemStr('parent');
    if (parent instanceof PyUnicode) {
      pkg = parent.value;
    } else {
      const n = g.getItemStr('__name__');
      if (n === null) throw newException(PyExc_KeyError, [newStr("'__name__' not in globals")]);
      if (!(n instanceof PyUnicode)) throw newExceptionMsg(PyExc_TypeError, '__name__ must be a string');
      pkg = g.getItemStr('__path__') !== null ? n.value
        : n.value.slice(0, Math.max(0, n.value.lastIndexOf('.')));
    }
  }
  if (pkg === '') {
    throw importError(PyExc_ImportError, 'attempted relative import with no known parent package',
      null, null);
  }
  const parts = pkg.split('.');
  if (level - 1 >= parts.length) {
    throw importError(PyExc_ImportError, 'attempted relative import beyond top-level package',
      null, null);
  }
  const base = parts.slice(0, parts.length - (level - 1)).join('.');
  return name === '' ? base : `${base}.${name}`;
}

/**
 * `__import__(name, globals, locals, fromlist, level)` as the C function behind IMPORT_NAME:
 * `import a.b.c` returns `a`; with a fromlist it returns `a.b.c`, its submodules imported.
 * @see Python/import.c PyImport_ImportModuleLevelObject
 */
export function importModuleLevel(interp: Interpreter, nameObj: PyObject, globals: PyObject | null,
  fromlist: PyObject, level: number): PyObject {
  if (!(nameObj instanceof PyUnicode)) {
    throw newExceptionMsg(PyExc_TypeError, 'module name must be a string');
  }
  const name = nameObj.value;
  if (level < 0) throw newExceptionMsg(PyExc_ValueError, 'level must be >= 0');
  const g = globals instanceof PyDict ? globals : null;
  if (level > 0 && globals !== null && globals !== Py_None && g === null) {
    throw newExceptionMsg(PyExc_TypeError, 'globals must be a dict');
  }
  const abs = level > 0 ? resolveName(g, name, level) : name;
  if (abs === '') throw newExceptionMsg(PyExc_ValueError, 'Empty module name');
  const m = importModule(interp, abs);
  const items = fromlist === Py_None ? null : PyList_like(fromlist);
  const hasFrom = fromlist !== Py_None && (items === null || items.length > 0)
    && interp.hooks.isTrue(fromlist);
  if (!hasFrom) {
    if (level === 0 || name !== '') {
      const first = name.split('.')[0];
      if (level === 0) return importModule(interp, first);
      const cut = abs.length - (name.length - first.length);
      const front = abs.slice(0, cut);
      const r = interp.modules.getItemStr(front);
      if (r === null) {
        throw newExceptionMsg(PyExc_KeyError, `${unicodeReprString(front)} not in sys.modules as expected`);
      }
      return r;
    }
    return m;
  }
  if (getAttrOrNull(interp, m, '__path__') !== null) handleFromlist(interp, m, abs, fromlist, false);
  return m;
}

/**
 * `from pkg import a, b`: a name the package lacks is tried as a submodule; a missing one is
 * left for IMPORT_FROM to report. @see Lib/importlib/_bootstrap.py _handle_fromlist
 */
function handleFromlist(interp: Interpreter, m: PyObject, modName: string, fromlist: PyObject,
  recursive: boolean): void {
  const items = PyList_like(fromlist) ?? iterToArray(interp, fromlist);
  for (const x of items) {
    if (!(x instanceof PyUnicode)) {
      const where = recursive ? `${modName}.__all__` : "``from list''";
      throw newExceptionMsg(PyExc_TypeError,
        `Item in ${where} must be str, not ${typeName(x.ob_type)}`);
    }
    if (x.value === '*') {
      if (!recursive) {
        const all = getAttrOrNull(interp, m, '__all__');
        if (all !== null) handleFromlist(interp, m, modName, all, true);
      }
      continue;
    }
    if (getAttrOrNull(interp, m, x.value) !== null) continue;
    const sub = `${modName}.${x.value}`;
    try {
      importModule(interp, sub);
    } catch (e) {
      // Only "this very submodule does not exist" is swallowed.
      if (e instanceof PyImportErrorObject && excMatches(e.ob_type, PyExc_ModuleNotFoundError)
        && e.name instanceof PyUnicode && e.name.value === sub
        && interp.modules.getItemStr(sub) !== Py_None) continue;
      throw e;
    }
  }
}

/** The items of any iterable (a fromlist or __all__ that is not a list or tuple). */
function iterToArray(interp: Interpreter, o: PyObject): PyObject[] {
  void interp;
  let iter: ((o: PyObject) => PyObject) | null = null;
  for (let t: typeof o.ob_type | null = o.ob_type; t !== null && iter === null; t = t.tp_base) {
    iter = t.tp_iter;
  }
  if (iter === null) {
    throw newExceptionMsg(PyExc_TypeError, `'${typeName(o.ob_type)}' object is not iterable`);
  }
  const it = iter(o);
  let next: ((o: PyObject) => PyObject | null) | null = null;
  for (let t: typeof o.ob_type | null = it.ob_type; t !== null && next === null; t = t.tp_base) {
    next = t.tp_iternext;
  }
  const out: PyObject[] = [];
  if (next === null) return out;
  for (let v = next(it); v !== null; v = next(it)) out.push(v);
  return out;
}

/** Each interpreter's own builtin `__import__` (IMPORT_NAME skips the call while it is there). */
const originalImports = new WeakMap<Interpreter, PyObject>();

export function setOriginalImport(interp: Interpreter, f: PyObject): void {
  originalImports.set(interp, f);
}

/**
 * IMPORT_NAME: the C import unless builtins.__import__ was replaced, then that.
 * @see Python/ceval.c import_name
 */
export function importName(interp: Interpreter, f: Frame, name: string, fromlist: PyObject,
  level: number): PyObject {
  const b = f.builtins instanceof PyDict ? f.builtins : interp.builtins;
  const imp = b.getItemStr('__import__');
  if (imp === null) throw newExceptionMsg(PyExc_ImportError, '__import__ not found');
  if (imp !== originalImports.get(interp)) {
    return interp.callObject(imp, [newStr(name), f.globals, f.locals ?? Py_None, fromlist,
      newInt(level)], null);
  }
  return importModuleLevel(interp, newStr(name), f.globals, fromlist, level);
}

/**
 * IMPORT_FROM: getattr, then sys.modules["pkg.name"], then CPython's ImportError wording.
 * @see Python/ceval.c _PyEval_ImportFrom
 */
export function importFrom(interp: Interpreter, v: PyObject, name: string): PyObject {
  const got = getAttrOrNull(interp, v, name);
  if (got !== null) return got;
  const pn = getAttrOrNull(interp, v, '__name__');
  const pkgname = pn instanceof PyUnicode ? pn.value : null;
  if (pkgname === null) {
    throw importError(PyExc_ImportError,
      `cannot import name ${unicodeReprString(name)} from unknown location`, null, null, name);
  }
  const sub = interp.modules.getItemStr(`${pkgname}.${name}`);
  if (sub !== null && sub !== Py_None) return sub;
  const fo = getAttrOrNull(interp, v, '__file__');
  const file = fo instanceof PyUnicode ? fo.value : null;
  const r = unicodeReprString(name);
  const pr = unicodeReprString(pkgname);
  let msg: string;
  if (moduleInitializing(v)) {
    msg = `cannot import name ${r} from partially initialized module ${pr} `
      + `(most likely due to a circular import) (${file ?? 'unknown location'})`;
  } else if (file !== null) {
    msg = `cannot import name ${r} from ${pr} (${file})`;
  } else {
    msg = `cannot import name ${r} from ${pr} (unknown location)`;
  }
  throw importError(PyExc_ImportError, msg, pkgname, file, name);
}

/** `from m import *`: __all__ or every public name. @see Python/ceval.c import_all_from */
export function importStar(interp: Interpreter, f: Frame, v: PyObject): void {
  const loc = f.locals;
  if (!(loc instanceof PyDict)) {
    throw newExceptionMsg(PyExc_ImportError, 'import * only allowed at module level');
  }
  const all = getAttrOrNull(interp, v, '__all__');
  let names: PyObject[];
  let skipPrivate = false;
  if (all !== null) {
    names = PyList_like(all) ?? iterToArray(interp, all);
  } else {
    const d = getAttrOrNull(interp, v, '__dict__');
    if (!(d instanceof PyDict)) {
      throw newExceptionMsg(PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    }
    names = d.keys();
    skipPrivate = true;
  }
  for (const n of names) {
    if (!(n instanceof PyUnicode)) {
      const where = skipPrivate ? `${(v as PyModule).name}.__dict__` : `${(v as PyModule).name}.__all__`;
      throw newExceptionMsg(PyExc_TypeError,
        `${skipPrivate ? 'Key' : 'Item'} in ${where} must be str, not ${typeName(n.ob_type)}`);
    }
    if (skipPrivate && n.value.startsWith('_')) continue;
    const val = interp.hooks.getAttr(v, n);
    loc.setItemStr(n.value, val);
  }
}

/** Look up a module's spec attributes (for -m and reload). */
export { specSearchLocations };
