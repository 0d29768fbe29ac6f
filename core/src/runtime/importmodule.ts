// Mirrors the `_imp` module of Python/import.c and the frozen modules CPython builds from
// Lib/importlib/_bootstrap.py and _bootstrap_external.py (`_frozen_importlib`,
// `_frozen_importlib_external`). With them, CPython's own Lib/importlib/__init__.py runs on
// ceval unchanged: `importlib.import_module` and `importlib.reload` call into the import
// system of import.ts through `_gcd_import`, `_find_spec` and `_exec`.

import type { PyObject } from '../object.js';
import { typeName } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyBytes, newBytes } from '../objects/bytesobject.js';
import { PyDict } from '../objects/dictobject.js';
import {
  newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_ImportError,
} from '../objects/exceptions.js';
import { unpackKeywords } from './getargs.js';
import { PyCFunction } from './methodobject.js';
import { PyModule } from './moduleobject.js';
import { newList } from './listobject.js';
import { findBuiltin } from './inittab.js';
import {
  importModule, importModuleLevel, findSpec, loadSpec, importError,
} from './import.js';
import {
  PyModuleSpec, PyModuleSpec_Type, BuiltinImporter, FrozenImporter, PathFinder,
} from './modulespec.js';
import { cacheFromSource, getCode } from './bootstrap_external.js';

type Def = (name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject) => void;

function moduleWith(name: string, build: (def: Def, m: PyModule) => void): PyModule {
  const m = new PyModule(name);
  build((n, fn) => m.dict.setItemStr(n, new PyCFunction(n, fn, m, name)), m);
  return m;
}

function str(o: PyObject | undefined, what: string): string {
  if (!(o instanceof PyUnicode)) {
    throw newExceptionMsg(PyExc_TypeError,
      `${what} must be str, not ${o === undefined ? 'NoneType' : typeName(o.ob_type)}`);
  }
  return o.value;
}

/** `_imp`. @see Python/import.c (the _imp module) */
export function makeImpModule(interp: Interpreter): PyModule {
  return moduleWith('_imp', (def, m) => {
    def('is_builtin', (a) => newInt(findBuiltin(interp, str(a[0], 'is_builtin() argument'))
      !== null ? 1 : 0));
    def('is_frozen', () => Py_False);
    def('is_frozen_package', () => Py_False);
    def('acquire_lock', () => Py_None);
    def('release_lock', () => Py_None);
    def('lock_held', () => Py_False);
    def('extension_suffixes', () => newList([]));
    def('_fix_co_filename', () => Py_None);
    def('create_builtin', (a) => {
      const spec = a[0];
      const name = interp.hooks.getAttr(spec, newStr('name'));
      const f = findBuiltin(interp, str(name, 'name'));
      if (f === null) return Py_None;
      const mod = f(interp);
      return mod;
    });
    def('exec_builtin', () => newInt(0));
    def('exec_dynamic', () => newInt(0));
    m.dict.setItemStr('check_hash_based_pycs', newStr('default'));
    m.dict.setItemStr('pyc_magic_number_token', newInt(3571 | (0x0d0a << 16)));
  });
}

/**
 * `_frozen_importlib._gcd_import(name, package=None, level=0)`: the sanity checks and name
 * resolution of importlib.import_module. @see Lib/importlib/_bootstrap.py _gcd_import
 */
function gcdImport(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  const [nameO, pkgO, levelO] = unpackKeywords({ fname: '_gcd_import',
    names: ['name', 'package', 'level'], posonly: 0, required: 1, kwonly: 0 }, args, kw);
  const name = str(nameO, 'module name');
  const level = levelO instanceof PyLong ? Number(levelO.value) : 0;
  if (level < 0) throw newExceptionMsg(PyExc_ValueError, 'level must be >= 0');
  let abs = name;
  if (level > 0) {
    if (!(pkgO instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError, '__package__ not set to a string');
    }
    if (pkgO.value === '') {
      throw newExceptionMsg(PyExc_ImportError,
        'attempted relative import with no known parent package');
    }
    const bits = pkgO.value.split('.');
    if (bits.length < level) {
      throw newExceptionMsg(PyExc_ImportError, 'attempted relative import beyond top-level package');
    }
    const base = bits.slice(0, bits.length - (level - 1)).join('.');
    abs = name === '' ? base : `${base}.${name}`;
  } else if (name === '') {
    throw newExceptionMsg(PyExc_ValueError, 'Empty module name');
  }
  return importModule(interp, abs);
}

/**
 * `_bootstrap._exec(spec, module)`: run a module's code again in its own namespace, as
 * `importlib.reload` does. @see Lib/importlib/_bootstrap.py _exec
 */
function execAgain(interp: Interpreter, spec: PyObject, module: PyObject): PyObject {
  const name = interp.hooks.getAttr(spec, newStr('name'));
  if (interp.modules.getItemStr(str(name, 'name')) !== module) {
    const n = (name as PyUnicode).value;
    throw importError(PyExc_ImportError, `module ${n} not in sys.modules`, n, null);
  }
  if (spec instanceof PyModuleSpec && spec.source !== null && module instanceof PyModule) {
    const d = module.dict;
    d.setItemStr('__spec__', spec);
    d.setItemStr('__loader__', spec.source.loader);
    const { code } = getCode(interp, spec.source, null, true);
    interp.evalModuleCode(code, d);
    return module;
  }
  return loadSpec(interp, spec);
}

/** `_frozen_importlib`: the names of _bootstrap that importlib's Python code uses. */
export function makeFrozenImportlib(interp: Interpreter): PyModule {
  return moduleWith('_frozen_importlib', (def, m) => {
    def('_gcd_import', (a, kw) => gcdImport(interp, a, kw));
    def('_find_spec', (a, kw) => {
      const [n, p] = unpackKeywords({ fname: '_find_spec', names: ['name', 'path', 'target'],
        posonly: 0, required: 2, kwonly: 0 }, a, kw);
      const path = p === undefined || p === Py_None ? null : (p as { items?: PyObject[] }).items
        ?.filter((x): x is PyUnicode => x instanceof PyUnicode).map((x) => x.value) ?? null;
      return findSpec(interp, str(n, 'name'), path, p ?? Py_None) ?? Py_None;
    });
    def('_exec', (a) => execAgain(interp, a[0], a[1]));
    def('__import__', (a, kw) => {
      const [n, g, , f, l] = unpackKeywords({ fname: '__import__',
        names: ['name', 'globals', 'locals', 'fromlist', 'level'], posonly: 0, required: 1,
        kwonly: 0 }, a, kw);
      return importModuleLevel(interp, n!, g ?? null, f ?? newList([]),
        l instanceof PyLong ? Number(l.value) : 0);
    });
    m.dict.setItemStr('ModuleSpec', PyModuleSpec_Type);
    m.dict.setItemStr('BuiltinImporter', BuiltinImporter);
    m.dict.setItemStr('FrozenImporter', FrozenImporter);
  });
}

/** `_frozen_importlib_external`: what importlib/__init__.py takes from _bootstrap_external. */
export function makeFrozenImportlibExternal(): PyModule {
  return moduleWith('_frozen_importlib_external', (def, m) => {
    def('_pack_uint32', (a) => {
      const v = a[0] instanceof PyLong ? Number(BigInt.asUintN(32, BigInt(a[0].value))) : 0;
      const b = new Uint8Array(4);
      new DataView(b.buffer).setUint32(0, v, true);
      return newBytes(b);
    });
    def('_unpack_uint32', (a) => {
      const b = a[0] instanceof PyBytes ? a[0].value : new Uint8Array(4);
      return newInt(new DataView(b.buffer, b.byteOffset, 4).getUint32(0, true));
    });
    def('cache_from_source', (a) => newStr(cacheFromSource(str(a[0], 'path'))));
    m.dict.setItemStr('SOURCE_SUFFIXES', newList([newStr('.py')]));
    m.dict.setItemStr('BYTECODE_SUFFIXES', newList([newStr('.pyc')]));
    m.dict.setItemStr('EXTENSION_SUFFIXES', newList([]));
    m.dict.setItemStr('PathFinder', PathFinder);
    m.dict.setItemStr('path_sep', newStr('/'));
    void Py_True;
    void PyDict;
  });
}
