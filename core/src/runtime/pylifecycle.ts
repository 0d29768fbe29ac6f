// Mirrors Python/pylifecycle.c: making an interpreter ready to run code (builtins, sys,
// the import machinery's built-in modules, the compiler) — CPython's Py_InitializeFromConfig.

import type { PyObject } from '../object.js';
import { Interpreter, type HostIO } from '../interpreter.js';
import type { Lecture } from '../lecture.js';
import { makeBuiltins } from './bltinmodule.js';
import { makeSys } from './sysmodule.js';
import { makeDisModule } from './dismodule.js';
import { makeFutureModule } from './futuremodule.js';
import { makeWarningsModule } from './warningsmodule.js';
import { installTypeCall } from './typecall.js';
import { setSuggestionHooks, setFrameStackProvider } from './traceback.js';
import './exceptionmethods.js';
import './tracebackobject.js';
import { importModule } from './import.js';
import { PyModule } from './moduleobject.js';
import { PyDict } from '../objects/dictobject.js';
import { PyUnicode } from '../objects/unicodeobject.js';
import { setCompiler, type CompileFn } from './compile-hook.js';
// Code objects show their attributes (co_consts, co_names, co_code, ...) on every VM.
import '../objects/codeobject-attrs.js';
import type { PyTypeObject } from '../object.js';
import { newStr } from '../objects/unicodeobject.js';
import { newList } from './listobject.js';
import { makeImpModule, makeFrozenImportlib, makeFrozenImportlibExternal } from './importmodule.js';
import { defaultPathHooks, makePathHook, type PathHook } from './import-path.js';
import { PyModuleSpec, BuiltinImporter } from './modulespec.js';

/** What a host passes to make an interpreter. */
export interface InterpreterConfig {
  argv?: string[];
  /** sys.path; the script's directory first, as CPython puts it. */
  path?: string[];
  compile?: CompileFn;
  /**
   * Path hooks the host adds before the folder finder (sys.path_hooks), e.g. the zip reader
   * of @ceval/modules that serves the standard library from pyodide's python_stdlib.zip.
   */
  pathHooks?: readonly HostPathHook[];
}

/** A host path hook: its name in sys.path_hooks, what its finders are, the hook. */
export interface HostPathHook {
  name: string;
  hook: PathHook;
  finderType?: PyTypeObject;
  fields?: (entry: string) => Record<string, string>;
}

/** Names visible on an object for suggestions (a stand-in for dir() until lecture 04). */
function dirNames(o: PyObject): string[] {
  const names = new Set<string>();
  const d = (o as { dict?: unknown }).dict;
  if (d instanceof PyDict) for (const k of d.keys()) if (k instanceof PyUnicode) names.add(k.value);
  for (let t = o.ob_type as typeof o.ob_type | null; t !== null; t = t.tp_base) {
    if (t.tp_dict instanceof PyDict) {
      for (const k of t.tp_dict.keys()) if (k instanceof PyUnicode) names.add(k.value);
    }
    for (const m of t.tp_methods ?? []) names.add(m.ml_name);
    for (const g of t.tp_getset ?? []) names.add(g.name);
  }
  return [...names].sort();
}

/**
 * Make VM_N from core + `lectures` with its builtins, sys and built-in modules.
 * @see Python/pylifecycle.c pyinit_core, init_interp_main
 */
export function createInterpreter(lectures: readonly Lecture[], io: HostIO,
  config: InterpreterConfig = {}): Interpreter {
  if (config.compile !== undefined) setCompiler(config.compile);
  const interp = new Interpreter(lectures, io);
  interp.argv = config.argv ?? [''];
  interp.path = config.path ?? [''];
  interp.activate();
  installTypeCall();
  interp.builtinModules.set('dis', makeDisModule);
  interp.builtinModules.set('warnings', makeWarningsModule);
  interp.builtinModules.set('__future__', makeFutureModule);
  interp.builtinModules.set('_imp', makeImpModule);
  interp.builtinModules.set('_frozen_importlib', makeFrozenImportlib);
  interp.builtinModules.set('_frozen_importlib_external', makeFrozenImportlibExternal);
  const b = makeBuiltins(interp);
  interp.builtinsModule = b;
  interp.modules.setItemStr('builtins', b);
  const sys = makeSys(interp);
  interp.sys = sys;
  interp.modules.setItemStr('sys', sys);
  sys.dict.setItemStr('path_hooks', newList(defaultPathHooks(interp, (config.pathHooks ?? [])
    .map((h) => makePathHook(interp, h.name, h.hook, h.finderType, h.fields)))));
  // sys and builtins get their specs as importlib._bootstrap._setup gives them.
  for (const m of [sys, b]) {
    m.dict.setItemStr('__spec__', new PyModuleSpec(m.name, BuiltinImporter, 'built-in'));
    m.dict.setItemStr('__loader__', BuiltinImporter);
    m.dict.setItemStr('__package__', newStr(''));
  }
  for (const lec of lectures) {
    for (const [k, v] of Object.entries(lec.builtins ?? {})) interp.builtins.setItemStr(k, v);
  }
  for (const lec of lectures) lec.setup?.(interp);
  setSuggestionHooks({
    dir: dirNames,
    importModule: (n) => {
      try {
        return importModule(interp, n);
      } catch {
        return null;
      }
    },
  });
  setFrameStackProvider(() => interp.stack);
  void PyModule;
  return interp;
}
