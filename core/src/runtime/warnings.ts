// Mirrors Python/_warnings.c: how a warning is raised (warn, warn_explicit), the filter list
// that decides its fate (the five filters python3.13 starts with), the per-module
// `__warningregistry__` that makes the "default" action show a warning once per place, and
// how it is shown (`file:line: Category: message` and the source line, on sys.stderr).
// Also the front end's warnings: the compiler hands back a list, reported here in order.

import { PyObject, PyTypeObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True } from '../objects/boolobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyTuple, newTuple } from '../objects/tupleobject.js';
import { PyDict } from '../objects/dictobject.js';
import { strString, reprString } from '../objects/objectcore.js';
import {
  PyBaseException, newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_RuntimeError,
  PyExc_Warning, PyExc_UserWarning, PyExc_DeprecationWarning, PyExc_SyntaxWarning,
  PyExc_PendingDeprecationWarning, PyExc_ImportWarning, PyExc_ResourceWarning,
} from '../objects/exceptions.js';
import type { CompileWarning } from '../compiler/errors.js';
import type { Interpreter } from '../interpreter.js';
import { PyModule } from './moduleobject.js';
import { newList, PyList_like } from './listobject.js';
import { fileWrite } from './sysmodule.js';
import { getline } from './linecache.js';

/** The interpreter's warnings state. @see Include/internal/pycore_warnings.h */
export interface WarningsState {
  /** `warnings.filters`: (action, message, category, module, lineno) tuples, first match wins. */
  filters: PyObject;
  /** Where the "once" action remembers what it showed. */
  onceRegistry: PyDict;
  defaultAction: string;
  /** Bumped when filters change, so registries forget what they suppressed. */
  version: number;
  /** The `warnings` module's original showwarning/formatwarning (to spot replacements). */
  showwarning: PyObject | null;
  formatwarning: PyObject | null;
}

const states = new WeakMap<Interpreter, WarningsState>();

/**
 * The state, made on first use with 3.13's default filters: DeprecationWarning shows in
 * `__main__` only, and a few noisy categories are ignored everywhere.
 * @see Python/_warnings.c init_filters
 */
export function warningsState(interp: Interpreter): WarningsState {
  let s = states.get(interp);
  if (s === undefined) {
    const f = (action: string, cat: PyTypeObject, mod: string | null): PyObject =>
      newTuple([newStr(action), Py_None, cat, mod === null ? Py_None : newStr(mod), newInt(0)]);
    s = {
      filters: newList([
        f('default', PyExc_DeprecationWarning, '__main__'),
        f('ignore', PyExc_DeprecationWarning, null),
        f('ignore', PyExc_PendingDeprecationWarning, null),
        f('ignore', PyExc_ImportWarning, null),
        f('ignore', PyExc_ResourceWarning, null),
      ]),
      onceRegistry: new PyDict(),
      defaultAction: 'default',
      version: 0,
      showwarning: null,
      formatwarning: null,
    };
    states.set(interp, s);
  }
  return s;
}

/** The `warnings` module if Python code imported it (its attributes then rule). */
function warningsModule(interp: Interpreter): PyModule | null {
  const m = interp.modules.getItemStr('warnings');
  return m instanceof PyModule ? m : null;
}

function isSubclass(t: PyObject, base: PyObject): boolean {
  return t === base || (t instanceof PyTypeObject && (t.tp_mro ?? []).includes(base as never));
}

/** Does a filter's message or module part accept `arg`? @see _warnings.c check_matched */
function checkMatched(interp: Interpreter, pat: PyObject, arg: PyObject): boolean {
  if (pat === Py_None) return true;
  // The built-in default filters hold plain strings, matched exactly.
  if (pat.ob_type === newStr('').ob_type) {
    return arg instanceof PyUnicode && (pat as PyUnicode).value === arg.value;
  }
  const m = interp.hooks.getAttr(pat, newStr('match'));
  return interp.hooks.isTrue(interp.callObject(m, [arg], null));
}

/** The action the first matching filter names. @see Python/_warnings.c get_filter */
function getFilter(interp: Interpreter, category: PyObject, text: PyObject, lineno: number,
  module: PyObject): [string, PyObject | null] {
  const st = warningsState(interp);
  const wm = warningsModule(interp);
  const fobj = wm?.dict.getItemStr('filters') ?? st.filters;
  const filters = PyList_like(fobj);
  if (filters === null) {
    throw newExceptionMsg(PyExc_ValueError, '_warnings.filters must be a list');
  }
  for (let i = 0; i < filters.length; i++) {
    const item = filters[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) {
      throw newExceptionMsg(PyExc_ValueError, `warnings.filters item ${i} isn't a 5-tuple`);
    }
    const [action, msg, cat, mod, ln] = item.items;
    if (!(action instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError,
        `action must be a string, not '${action.ob_type.tp_name}'`);
    }
    const n = ln instanceof PyLong ? Number(ln.value) : 0;
    if (checkMatched(interp, msg, text) && checkMatched(interp, mod, module)
      && isSubclass(category, cat) && (n === 0 || n === lineno)) {
      return [action.value, item];
    }
  }
  const d = wm?.dict.getItemStr('defaultaction');
  if (d !== undefined && d !== null) {
    if (!(d instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError,
        `_warnings.defaultaction must be a string, not '${d.ob_type.tp_name}'`);
    }
    return [d.value, null];
  }
  return [st.defaultAction, null];
}

/**
 * The registry's key equal to `key` (a (text, category, lineno) tuple). Compared here item
 * by item rather than through the dict's hashing, so that registries work on every VM of
 * the course, before tuples learn to hash (lecture 05).
 */
function registryKey(registry: PyDict, key: PyTuple): PyObject | null {
  const [t, c, l] = key.items;
  for (const k of registry.keys()) {
    if (!(k instanceof PyTuple) || k.items.length !== 3) continue;
    const [kt, kc, kl] = k.items;
    if (kc !== c || !(kl instanceof PyLong) || kl.value !== (l as PyLong).value) continue;
    if (kt === t || (kt instanceof PyUnicode && t instanceof PyUnicode && kt.value === t.value)
      || (kt instanceof PyLong && t instanceof PyLong && kt.value === t.value)) return k;
  }
  return null;
}

/** Mark `key` as shown. */
function registrySet(registry: PyDict, key: PyTuple): void {
  registry.setItem(registryKey(registry, key) ?? key, Py_True);
}

/** Has `key` been shown under this registry's filter version? @see _warnings.c already_warned */
function alreadyWarned(interp: Interpreter, registry: PyDict, key: PyTuple,
  shouldSet: boolean): boolean {
  const version = warningsState(interp).version;
  const v = registry.getItemStr('version');
  if (!(v instanceof PyLong) || Number(v.value) !== version) {
    registry.clear();
    registry.setItemStr('version', newInt(version));
  } else {
    const k = registryKey(registry, key);
    const seen = k === null ? null : registry.getItem(k);
    if (seen !== null && interp.hooks.isTrue(seen)) return true;
  }
  if (shouldSet) registrySet(registry, key);
  return false;
}

/** "file.py" -> "file": a module name for a warning that names none. */
function normalizeModule(filename: string): string {
  if (filename.length === 0) return '<unknown>';
  return filename.endsWith('.py') ? filename.slice(0, -3) : filename;
}

/** `warnings.formatwarning`'s text. @see Lib/warnings.py _formatwarnmsg_impl */
export function formatWarning(interp: Interpreter, message: PyObject, category: PyObject,
  filename: string, lineno: number, line: string | null): string {
  const name = category instanceof PyTypeObject ? typeNameOf(category) : strString(category);
  let s = `${filename}:${lineno}: ${name}: ${strString(message)}\n`;
  const src = (line ?? getline(interp, filename, lineno)).trim();
  if (src !== '') s += `  ${src}\n`;
  return s;
}

function typeNameOf(t: PyTypeObject): string {
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? t.tp_name : t.tp_name.slice(i + 1);
}

/**
 * Show a warning: through `warnings.showwarning` if a program replaced it, else formatted
 * onto sys.stderr (nowhere if that is None).
 * @see Python/_warnings.c call_show_warning, Lib/warnings.py _showwarnmsg
 */
function showWarning(interp: Interpreter, message: PyObject, category: PyObject,
  filename: string, lineno: number, line: string | null, trailer: string | null): void {
  const st = warningsState(interp);
  const wm = warningsModule(interp);
  const sw = wm?.dict.getItemStr('showwarning') ?? null;
  if (sw !== null && st.showwarning !== null && sw !== st.showwarning) {
    interp.callObject(sw, [message, category, newStr(filename), newInt(lineno), Py_None,
      line === null ? Py_None : newStr(line)], null);
    return;
  }
  const fw = wm?.dict.getItemStr('formatwarning') ?? null;
  let text: string;
  if (fw !== null && st.formatwarning !== null && fw !== st.formatwarning) {
    text = strString(interp.callObject(fw, [message, category, newStr(filename), newInt(lineno),
      line === null ? Py_None : newStr(line)], null));
  } else {
    text = formatWarning(interp, message, category, filename, lineno, line);
  }
  if (trailer !== null) text += trailer;
  const err = (interp.sys as PyModule | null)?.dict.getItemStr('stderr') ?? null;
  if (err === null || err === Py_None) return;
  fileWrite(interp, err, text);
}

/**
 * The heart of it: decide by the filters whether a warning is shown, ignored, or raised
 * (the "error" action throws the Warning instance).
 * @see Python/_warnings.c warn_explicit
 */
export function warnExplicit(interp: Interpreter, category: PyObject | null, message: PyObject,
  filename: string, lineno: number, module: string | null, registry: PyDict | null,
  sourceLine: string | null = null, trailer: string | null = null): void {
  const mod = newStr(module ?? normalizeModule(filename));
  let text: PyObject;
  if (message instanceof PyBaseException && isSubclass(message.ob_type, PyExc_Warning)) {
    text = newStr(strString(message));
    category = message.ob_type;
  } else {
    text = message;
    message = interp.callObject(category as PyObject, [message], null);
  }
  const cat = category as PyObject;
  const key = newTuple([text, cat, newInt(lineno)]);
  if (registry !== null && alreadyWarned(interp, registry, key, false)) return;
  const [action, item] = getFilter(interp, cat, text, lineno, mod);
  if (action === 'error') throw message;
  if (action === 'ignore') return;
  let shown = false;
  if (action !== 'always') {
    if (registry !== null) registrySet(registry, key);
    const altKey = newTuple([text, cat, newInt(0)]);
    if (action === 'once') {
      const once = warningsModule(interp)?.dict.getItemStr('_onceregistry');
      const reg = once instanceof PyDict ? once : warningsState(interp).onceRegistry;
      shown = alreadyWarned(interp, reg, altKey, true);
    } else if (action === 'module') {
      if (registry !== null) shown = alreadyWarned(interp, registry, altKey, true);
    } else if (action !== 'default') {
      throw newExceptionMsg(PyExc_RuntimeError, `Unrecognized action (${reprString(newStr(action))}) `
        + `in warnings.filters:\n ${item === null ? 'None' : reprString(item)}`);
    }
  }
  if (shown) return;
  showWarning(interp, message, cat, filename, lineno, sourceLine, trailer);
}

/** Where a warning is attributed: file, line, module and registry. */
export interface WarningContext {
  filename: string;
  lineno: number;
  module: string;
  registry: PyDict | null;
}

/**
 * The frame `stacklevel` levels up names the place (1: the Python code running now); with
 * no such frame, the warning comes from `<sys>` line 0, module `sys`.
 * @see Python/_warnings.c setup_context
 */
export function setupContext(interp: Interpreter, stacklevel: number, makeRegistry = true):
  WarningContext {
  let f = interp.currentFrame;
  while (--stacklevel > 0 && f !== null) f = f.previous;
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    globals = (interp.sys as PyModule).dict;
    filename = '<sys>';
    lineno = 0;
  } else {
    globals = f.globals as PyDict;
    filename = f.exec.filename;
    lineno = f.lineno();
  }
  let registry = globals.getItemStr('__warningregistry__');
  if (registry === null) {
    registry = new PyDict();
    if (makeRegistry) globals.setItemStr('__warningregistry__', registry);
  } else if (!(registry instanceof PyDict) && registry !== Py_None) {
    throw newExceptionMsg(PyExc_TypeError, "'registry' must be a dict or None");
  }
  const n = globals.getItemStr('__name__');
  const module = n instanceof PyUnicode ? n.value : '<string>';
  return { filename, lineno, module, registry: registry instanceof PyDict ? registry : null };
}

/**
 * `PyErr_WarnEx`: warn about the running code. Throws the warning when a filter says error.
 * @see Python/_warnings.c do_warn
 */
export function warn(interp: Interpreter, category: PyObject | null, message: PyObject | string,
  stacklevel = 1): void {
  const ctx = setupContext(interp, stacklevel);
  warnExplicit(interp, category ?? PyExc_UserWarning,
    typeof message === 'string' ? newStr(message) : message, ctx.filename, ctx.lineno,
    ctx.module, ctx.registry);
}

/** Would the filters raise this warning (before any registry says it was shown)? */
export function wouldRaise(interp: Interpreter, category: PyTypeObject, msg: string,
  ctx: WarningContext): boolean {
  try {
    return getFilter(interp, category, newStr(msg), ctx.lineno, newStr(ctx.module))[0] === 'error';
  } catch {
    return true;
  }
}

/**
 * Report what the compiler met, in order, as CPython does while it compiles: SyntaxWarnings
 * at their line of `filename` (module derived from the file name, no registry, so the
 * "default" action shows each one), a fold's DeprecationWarning in `ctx`. A SyntaxWarning a
 * filter raises becomes the SyntaxError CPython raises at that spot (returned, to throw);
 * a fold's raised warning is swallowed (the compiler was told not to fold then).
 * @see Python/compile.c compiler_warn, Parser/pegen_errors.c, Python/ast_opt.c make_const
 */
export function reportCompileWarnings(interp: Interpreter, list: readonly CompileWarning[],
  filename: string, ctx: () => WarningContext): CompileWarning | null {
  for (const w of list) {
    const cat = w.category === 'SyntaxWarning' ? PyExc_SyntaxWarning : PyExc_DeprecationWarning;
    if (w.fold === true) {
      const c = ctx();
      try {
        warnExplicit(interp, cat, newStr(w.msg), c.filename, c.lineno, c.module, c.registry);
      } catch {
        // make_const clears whatever the folded operation raised
      }
      continue;
    }
    try {
      warnExplicit(interp, cat, newStr(w.msg), filename, w.lineno, null, null);
    } catch (e) {
      if (e instanceof PyBaseException && isSubclass(e.ob_type, cat) && w.error !== null) return w;
      throw e;
    }
  }
  return null;
}

/**
 * `-W` options, as `warnings._processoptions` applies sys.warnoptions at startup:
 * `action:message:category:module:lineno`, each put in front of the filters. Bad options
 * are reported and ignored. Categories are builtins names.
 * @see Lib/warnings.py _setoption
 */
export function applyWarnOptions(interp: Interpreter, options: readonly string[],
  addFilter: (action: string, message: string, category: PyObject, module: string,
    lineno: number) => void): void {
  const actions = ['default', 'always', 'ignore', 'module', 'once', 'error'];
  const esc = (s: string): string => s.replace(/[^A-Za-z0-9_]/g, (c) => `\\${c}`);
  for (const arg of options) {
    const why = ((): string | null => {
      const parts = arg.split(':');
      if (parts.length > 5) return `too many fields (max 5): '${arg}'`;
      while (parts.length < 5) parts.push('');
      const [a, message, c, module, ln] = parts.map((p) => p.trim());
      let action = a === '' ? 'default' : a === 'all' ? 'always'
        : actions.find((x) => x.startsWith(a));
      if (action === undefined) return `invalid action: '${a}'`;
      let cat: PyObject = PyExc_Warning;
      if (c !== '') {
        const k = interp.builtins.getItemStr(c);
        if (c.includes('.') || k === null) return `unknown warning category: '${c}'`;
        if (!isSubclass(k, PyExc_Warning)) return `invalid warning category: '${c}'`;
        cat = k;
      }
      let lineno = 0;
      if (ln !== '') {
        if (!/^\s*[+-]?\d+\s*$/.test(ln) || Number(ln) < 0) return `invalid lineno '${ln}'`;
        lineno = Number(ln);
      }
      action = action as string;
      addFilter(action, message === '' ? '' : esc(message), cat,
        module === '' ? '' : `${esc(module)}\\Z`, lineno);
      return null;
    })();
    if (why !== null) {
      const err = (interp.sys as PyModule | null)?.dict.getItemStr('stderr') ?? null;
      if (err !== null && err !== Py_None) fileWrite(interp, err, `Invalid -W option ignored: ${why}\n`);
    }
  }
}

const pseudoRegistries = new WeakMap<Interpreter, Map<string, PyDict>>();

/**
 * A context inside a stdlib module CPython writes in Python and ceval builds in: a warning
 * raised while importlib or dis compiles is attributed to their frame, module and registry.
 */
export function moduleContext(interp: Interpreter, filename: string, lineno: number,
  module: string): WarningContext {
  let m = pseudoRegistries.get(interp);
  if (m === undefined) pseudoRegistries.set(interp, m = new Map());
  let registry = m.get(module);
  if (registry === undefined) m.set(module, registry = new PyDict());
  return { filename, lineno, module, registry };
}
