// Mirrors Python/import.c (PyImport_ImportModuleLevelObject, import_from) and the parts of
// Lib/importlib/_bootstrap.py that matter for sibling .py files: sys.modules caching, parent
// packages, the module being in sys.modules *before* its body runs (which is what makes
// circular imports see a partially initialised module), and the errors CPython raises.

import type { PyObject } from '../object.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyDict } from '../objects/dictobject.js';
import { PyTuple } from '../objects/tupleobject.js';
import { PyList_like } from './listobject.js';
import { Py_None } from '../objects/noneobject.js';
import {
  PyBaseException, PyExc_ImportError, PyExc_ModuleNotFoundError, PyExc_AttributeError,
  newExceptionMsg, PyImportErrorObject,
} from '../objects/exceptions.js';
import type { Interpreter } from '../interpreter.js';
import type { Frame } from '../frame.js';
import { PyModule } from './moduleobject.js';
import { compileSource } from './compile-hook.js';
import { moduleContext } from './warnings.js';
import { unicodeReprString } from '../objects/unicodeobject.js';

function importError(type: typeof PyExc_ImportError, msg: string, name: string | null,
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

/** The directories import searches: sys.path as Python code may have changed it. */
function searchPath(interp: Interpreter): string[] {
  const sys = interp.sys as PyModule | null;
  const p = sys?.dict.getItemStr('path');
  const items = p === null || p === undefined ? null : PyList_like(p);
  if (items === null) return interp.path;
  return items.filter((x): x is PyUnicode => x instanceof PyUnicode).map((x) => x.value);
}

function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Modules whose body is still running (importlib's `_initializing`). */
const initializing = new WeakSet<PyObject>();

/** Is `m` still executing its body? (circular imports see this) */
export function moduleInitializing(m: PyObject): boolean {
  return initializing.has(m);
}

/**
 * Run a module's source as module `name`: the module object goes into sys.modules first.
 * @see Lib/importlib/_bootstrap.py _load_unlocked
 */
export function execSourceModule(interp: Interpreter, name: string, path: string,
  source: string, isPackage: boolean): PyModule {
  const m = new PyModule(name);
  m.dict.setItemStr('__file__', newStr(path));
  if (isPackage) {
    m.dict.setItemStr('__path__', newStr(path.slice(0, path.lastIndexOf('/'))));
    m.dict.setItemStr('__package__', newStr(name));
  } else {
    const dot = name.lastIndexOf('.');
    m.dict.setItemStr('__package__', newStr(dot < 0 ? '' : name.slice(0, dot)));
  }
  m.dict.setItemStr('__builtins__', interp.builtinsModule ?? interp.builtins);
  interp.sources.set(path, source);
  // CPython compiles inside importlib's frames: a folding warning is theirs.
  const code = compileSource(interp, source, path, 'exec',
    () => moduleContext(interp, '<frozen importlib._bootstrap>', 488, 'importlib._bootstrap'));
  interp.modules.setItemStr(name, m);
  initializing.add(m);
  try {
    interp.evalModuleCode(code, m.dict);
  } catch (e) {
    interp.modules.delItemStr(name);
    throw e;
  } finally {
    initializing.delete(m);
  }
  // A module may replace itself in sys.modules; importlib returns what is there.
  return (interp.modules.getItemStr(name) as PyModule | null) ?? m;
}

function findAndLoad(interp: Interpreter, name: string, parent: PyModule | null): PyObject {
  const factory = interp.builtinModules.get(name);
  if (factory !== undefined) {
    const m = factory(interp);
    interp.modules.setItemStr(name, m);
    return m;
  }
  let dirs: string[];
  if (parent !== null) {
    const p = parent.dict.getItemStr('__path__');
    if (!(p instanceof PyUnicode)) {
      throw importError(PyExc_ModuleNotFoundError,
        `No module named '${name}'; '${parent.name}' is not a package`, name, null);
    }
    dirs = [p.value];
  } else {
    dirs = searchPath(interp);
  }
  const leaf = name.slice(name.lastIndexOf('.') + 1);
  for (const d of dirs) {
    const pkgInit = joinPath(joinPath(d, leaf), '__init__.py');
    const src1 = interp.io.readFile(pkgInit);
    if (src1 !== null) return execSourceModule(interp, name, pkgInit, src1, true);
    const file = joinPath(d, `${leaf}.py`);
    const src = interp.io.readFile(file);
    if (src !== null) return execSourceModule(interp, name, file, src, false);
  }
  throw importError(PyExc_ModuleNotFoundError, `No module named '${name}'`, name, null);
}

/** Import one absolute dotted name, parents first. @see importlib._bootstrap._gcd_import */
export function importModule(interp: Interpreter, name: string): PyObject {
  const cached = interp.modules.getItemStr(name);
  if (cached !== null && cached !== Py_None) return cached;
  const dot = name.lastIndexOf('.');
  let parent: PyModule | null = null;
  if (dot >= 0) {
    const pm = importModule(interp, name.slice(0, dot));
    parent = pm instanceof PyModule ? pm : null;
    const again = interp.modules.getItemStr(name);
    if (again !== null && again !== Py_None) return again;
  }
  const m = findAndLoad(interp, name, parent);
  if (parent !== null) parent.dict.setItemStr(name.slice(dot + 1), m);
  return m;
}

function resolveName(interp: Interpreter, f: Frame, name: string, level: number): string {
  const g = f.globals as PyDict;
  const pkgObj = g.getItemStr('__package__');
  let pkg: string | null = pkgObj instanceof PyUnicode ? pkgObj.value : null;
  if (pkg === null) {
    const n = g.getItemStr('__name__');
    const nm = n instanceof PyUnicode ? n.value : '';
    pkg = g.getItemStr('__path__') !== null ? nm : nm.slice(0, Math.max(0, nm.lastIndexOf('.')));
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
  void interp;
  return name === '' ? base : `${base}.${name}`;
}

/**
 * IMPORT_NAME: `import a.b.c` returns `a`; with a fromlist it returns `a.b.c`.
 * @see Python/import.c PyImport_ImportModuleLevelObject
 */
export function importName(interp: Interpreter, f: Frame, name: string, fromlist: PyObject,
  level: number): PyObject {
  const abs = level > 0 ? resolveName(interp, f, name, level) : name;
  if (abs === '') throw newExceptionMsg(PyExc_ImportError, 'Empty module name');
  const m = importModule(interp, abs);
  const hasFrom = fromlist !== Py_None && !(fromlist instanceof PyTuple && fromlist.items.length === 0);
  if (hasFrom) {
    // _handle_fromlist: `from pkg import sub` imports pkg.sub when it is a submodule.
    if (m instanceof PyModule && m.dict.getItemStr('__path__') !== null
      && fromlist instanceof PyTuple) {
      for (const x of fromlist.items) {
        if (!(x instanceof PyUnicode) || x.value === '*') continue;
        if (m.dict.getItemStr(x.value) === null) {
          try {
            importModule(interp, `${abs}.${x.value}`);
          } catch (e) {
            if (!(e instanceof PyBaseException && e.ob_type === PyExc_ModuleNotFoundError)) throw e;
          }
        }
      }
    }
    return m;
  }
  if (level === 0 || name !== '') {
    const first = name.split('.')[0];
    if (level === 0) return interp.modules.getItemStr(first) ?? m;
    const cut = abs.length - (name.length - first.length);
    return interp.modules.getItemStr(abs.slice(0, cut)) ?? m;
  }
  return m;
}

/**
 * IMPORT_FROM: getattr, then sys.modules["pkg.name"], then CPython's ImportError wording.
 * @see Python/ceval.c _PyEval_ImportFrom
 */
export function importFrom(interp: Interpreter, v: PyObject, name: string): PyObject {
  try {
    return interp.hooks.getAttr(v, newStr(name));
  } catch (e) {
    if (!(e instanceof PyBaseException && (e.ob_type === PyExc_AttributeError
      || (e.ob_type.tp_mro ?? []).includes(PyExc_AttributeError)))) throw e;
  }
  const d = v instanceof PyModule ? v.dict : null;
  const pn = d?.getItemStr('__name__');
  const pkgname = pn instanceof PyUnicode ? pn.value : null;
  if (pkgname === null) {
    throw importError(PyExc_ImportError,
      `cannot import name ${unicodeReprString(name)} from unknown location`, null, null, name);
  }
  const sub = interp.modules.getItemStr(`${pkgname}.${name}`);
  if (sub !== null && sub !== Py_None) return sub;
  const fo = d?.getItemStr('__file__');
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
  if (!(v instanceof PyModule)) return;
  const all = v.dict.getItemStr('__all__');
  const names = all !== null ? (PyList_like(all) ?? []).map((x) => (x as PyUnicode).value)
    : v.dict.keys().filter((k): k is PyUnicode => k instanceof PyUnicode)
      .map((k) => k.value).filter((k) => !k.startsWith('_'));
  for (const n of names) {
    const val = interp.hooks.getAttr(v, newStr(n));
    loc.setItemStr(n, val);
  }
}
