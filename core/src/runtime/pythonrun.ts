// Mirrors Python/pythonrun.c (running __main__ from a file, a string or a .pyc, and printing
// an uncaught exception) and the SystemExit handling of Modules/main.c (the exit code).

import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { PyLong } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { strString } from '../objects/objectcore.js';
import { PyBaseException, PyExc_SystemExit, PySystemExitObject, PyExc_KeyboardInterrupt }
  from '../objects/exceptions.js';
import type { Interpreter } from '../interpreter.js';
import { asPyException } from './errors.js';
import { PyModule } from './moduleobject.js';
import { PyTextIO, fileWrite } from './sysmodule.js';
import { formatException } from './traceback.js';
import { compileSource } from './compile-hook.js';
import { getSource } from './linecache.js';

function isSub(t: PyObject['ob_type'], b: PyObject['ob_type']): boolean {
  return t === b || (t.tp_mro ?? []).includes(b);
}

/** The `__main__` module, made on first use. */
export function mainModule(interp: Interpreter): PyModule {
  const existing = interp.modules.getItemStr('__main__');
  if (existing instanceof PyModule) return existing;
  const m = new PyModule('__main__');
  m.dict.setItemStr('__builtins__', interp.builtinsModule ?? interp.builtins);
  interp.modules.setItemStr('__main__', m);
  return m;
}

/** The text of an uncaught exception, with source lines from files we know. */
export function formatUncaught(interp: Interpreter, exc: PyObject): string {
  return formatException(exc, (fn) => getSource(interp, fn));
}

/**
 * Print an uncaught exception to sys.stderr as python3.13 does and return the exit code:
 * SystemExit decides its own code (and prints a non-int code), anything else gives 1.
 * @see Python/pythonrun.c _PyErr_PrintEx, handle_system_exit
 */
export function handleUncaught(interp: Interpreter, e: unknown, outerFrames = ''): number {
  const exc = asPyException(e);
  const sys = interp.sys as PyModule | null;
  const stderr = sys?.dict.getItemStr('stderr') ?? null;
  const write = (s: string): void => {
    if (stderr !== null && stderr !== Py_None) {
      try {
        fileWrite(interp, stderr, s);
        return;
      } catch {
        // fall through to the host stream, as CPython falls back to the C stderr
      }
    }
    interp.io.stderr(s);
  };
  if (isSub(exc.ob_type, PyExc_SystemExit)) {
    const code = exc instanceof PySystemExitObject ? exc.code : Py_None;
    if (code === Py_None) return 0;
    if (code instanceof PyLong) {
      const v = Number(code.value);
      return ((v % 256) + 256) % 256;
    }
    write(strString(code) + '\n');
    return 1;
  }
  const hostErr = (exc as { hostError?: unknown }).hostError;
  if (hostErr !== undefined && process.env?.CEVAL_DEBUG) {
    interp.io.stderr(String((hostErr as Error).stack ?? hostErr) + '\n');
  }
  // A program may install its own sys.excepthook; CPython hands it the exception instead.
  const hook = sys?.dict.getItemStr('excepthook') ?? null;
  if (hook !== null && hook !== sys?.dict.getItemStr('__excepthook__')) {
    const tb = (exc as { traceback?: PyObject | null }).traceback ?? Py_None;
    try {
      interp.callObject(hook, [exc.ob_type, exc, tb], null);
      return isSub(exc.ob_type, PyExc_KeyboardInterrupt) ? 130 : 1;
    } catch (e2) {
      write('Error in sys.excepthook:\n' + formatUncaught(interp, asPyException(e2))
        + '\nOriginal exception was:\n');
    }
  }
  let text = formatUncaught(interp, exc);
  if (outerFrames !== '') {
    // Frames of the Python code that ran this one (runpy for -m) head the last traceback.
    const header = 'Traceback (most recent call last):\n';
    const at = text.lastIndexOf(header);
    if (at >= 0) text = text.slice(0, at + header.length) + outerFrames + text.slice(at + header.length);
  }
  write(text);
  // An uncaught KeyboardInterrupt ends the process as SIGINT would (128 + 2).
  return isSub(exc.ob_type, PyExc_KeyboardInterrupt) ? 130 : 1;
}

/**
 * Run source as `__main__` and return the process exit code.
 * @see Python/pythonrun.c _PyRun_SimpleFileObject, PyRun_SimpleStringFlags
 */
export function runMain(interp: Interpreter, source: string, filename: string): number {
  interp.activate();
  const m = mainModule(interp);
  if (!filename.startsWith('<')) m.dict.setItemStr('__file__', newStr(filename));
  // A file's lines are there for the compiler's warnings; `-c` code is registered with
  // linecache only once compiled (as 3.13's run_mod does), so compile-time reports quote none.
  const pseudo = filename.startsWith('<');
  if (!pseudo) interp.sources.set(filename, source);
  try {
    const code = compileSource(interp, source, filename, 'exec');
    // A program read from stdin is gone once read: CPython's tracebacks quote none of it.
    if (pseudo && filename !== '<stdin>') interp.sources.set(filename, source);
    m.dict.setItemStr('__cached__', Py_None);
    interp.evalModuleCode(code, m.dict);
  } catch (e) {
    return finish(interp, handleUncaught(interp, e));
  }
  return finish(interp, 0);
}

/** Run an already compiled code object (a .pyc's) as `__main__`. */
export function runMainCode(interp: Interpreter, code: PyObject, filename: string): number {
  interp.activate();
  const m = mainModule(interp);
  m.dict.setItemStr('__file__', newStr(filename));
  try {
    interp.evalModuleCode(code, m.dict);
  } catch (e) {
    return finish(interp, handleUncaught(interp, e));
  }
  return finish(interp, 0);
}

/** The end of a run: sys.stdout flushed (exit code 120 when that fails). */
export function runFinish(interp: Interpreter, code: number): number {
  return finish(interp, code);
}

function finish(interp: Interpreter, code: number): number {
  // atexit's callbacks run after the main program, last registered first.
  // @see Python/pylifecycle.c Py_FinalizeEx -> _PyAtExit_Call
  while (interp.exitFuncs.length > 0) interp.exitFuncs.pop()!();
  // Finalization's reports (e.g. coroutines never awaited, lecture 09).
  for (const h of interp.exitHooks) h(interp);
  // Flushing sys.stdout at exit can itself fail; CPython then exits 120.
  const sys = interp.sys as PyModule | null;
  const out = sys?.dict.getItemStr('stdout');
  if (out !== null && out !== undefined && !(out instanceof PyTextIO) && out !== Py_None) {
    try {
      const fl = interp.hooks.getAttr(out, newStr('flush'));
      interp.callObject(fl, [], null);
    } catch {
      return 120;
    }
  }
  return code;
}

void PyBaseException;
