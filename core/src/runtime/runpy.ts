// Mirrors Lib/runpy.py's _run_module_as_main, which `python3.13 -m MODULE` runs: find the
// module's spec (importing its parent packages), a package runs its __main__ submodule, and
// the code runs in the real __main__ module with __spec__, __file__ and sys.argv[0] set.

import type { PyObject } from '../object.js';
import type { Interpreter } from '../interpreter.js';
import { Py_None } from '../objects/noneobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyImportErrorObject } from '../objects/exceptions.js';
import { PyModule } from './moduleobject.js';
import { PyList } from './listobject.js';
import { findSpec, importModule, sysAttr } from './import.js';
import { PyModuleSpec } from './modulespec.js';
import { getCode, decodeSourceBytes } from './bootstrap_external.js';
import { mainModule, handleUncaught, runFinish } from './pythonrun.js';

/** The frames of Lib/runpy.py (frozen in CPython) under a module run by -m. */
const RUNPY_FRAMES = '  File "<frozen runpy>", line 198, in _run_module_as_main\n'
  + '  File "<frozen runpy>", line 88, in _run_code\n';

/** Why `-m` could not start: CPython prints "<executable>: <msg>" and exits 1. */
export class RunModuleError extends Error {}

/**
 * The spec of the module `-m NAME` runs. @see Lib/runpy.py _get_module_details
 */
function moduleDetails(interp: Interpreter, name: string, depth = 0): PyModuleSpec {
  if (name.startsWith('.')) throw new RunModuleError('Relative module names not supported');
  const dot = name.lastIndexOf('.');
  let path: string[] | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    let pm: PyObject;
    try {
      pm = importModule(interp, parent);
    } catch (e) {
      // "No module named a" for a missing parent; any other error goes up as it is.
      if (e instanceof PyImportErrorObject && e.name instanceof PyUnicode
        && e.name.value !== parent && !parent.startsWith(`${e.name.value}.`)) throw e;
      if (!(e instanceof PyImportErrorObject)) throw e;
      throw new RunModuleError(`Error while finding module specification for '${name}' `
        + `(ModuleNotFoundError: ${(e.msg as PyUnicode).value})`);
    }
    const p = pm instanceof PyModule ? pm.dict.getItemStr('__path__') : null;
    if (p instanceof PyList) {
      path = p.items.filter((x): x is PyUnicode => x instanceof PyUnicode).map((x) => x.value);
    }
  }
  const spec = findSpec(interp, name, path);
  if (spec === null) throw new RunModuleError(`No module named ${name}`);
  if (!(spec instanceof PyModuleSpec)) throw new RunModuleError(`No code object available for ${name}`);
  if (spec.source !== null && spec.source.isPackage) {
    if (depth > 0 || name === '__main__' || name.endsWith('.__main__')) {
      throw new RunModuleError('Cannot use package as __main__ module');
    }
    try {
      return moduleDetails(interp, `${name}.__main__`, depth + 1);
    } catch (e) {
      if (e instanceof RunModuleError && e.message.startsWith('No module named')) {
        throw new RunModuleError(`${e.message}; '${name}' is a package and cannot be directly executed`);
      }
      throw e;
    }
  }
  if (spec.source === null) throw new RunModuleError(`No code object available for ${name}`);
  return spec;
}

/**
 * `-m NAME`: run it as __main__ and return the exit code; a module that cannot be found
 * throws RunModuleError with CPython's text. @see Lib/runpy.py _run_module_as_main
 */
export function runModuleAsMain(interp: Interpreter, name: string): number {
  interp.activate();
  let spec: PyModuleSpec;
  let code: PyObject;
  try {
    spec = moduleDetails(interp, name);
    const src = spec.source!;
    const got = getCode(interp, src, null, false);
    code = got.code;
    if (got.text !== '') interp.sources.set(src.origin, got.text);
    else {
      interp.lazySources.set(src.origin, () => {
        const b = src.read();
        return b === null ? null : decodeSourceBytes(b);
      });
    }
  } catch (e) {
    if (e instanceof RunModuleError) throw e;
    return runFinish(interp, handleUncaught(interp, e));
  }
  const src = spec.source!;
  const argv = sysAttr(interp, 'argv');
  if (argv instanceof PyList && argv.items.length > 0) argv.items[0] = newStr(src.origin);
  const m = mainModule(interp);
  const d = m.dict;
  d.setItemStr('__file__', newStr(src.origin));
  d.setItemStr('__cached__', src.cached === null ? Py_None : newStr(src.cached));
  d.setItemStr('__loader__', src.loader);
  d.setItemStr('__package__', spec.dict.getItemStr('parent') ?? Py_None);
  d.setItemStr('__spec__', spec);
  try {
    interp.evalModuleCode(code, d);
  } catch (e) {
    // CPython runs the module from runpy's (frozen) Python code: its two frames show.
    return runFinish(interp, handleUncaught(interp, e, RUNPY_FRAMES));
  }
  return runFinish(interp, 0);
}
