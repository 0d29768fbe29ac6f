// The built-in `warnings` module: the public face of Lib/warnings.py over the machinery of
// Python/_warnings.c (runtime/warnings.ts): warn, warn_explicit, showwarning, formatwarning,
// filterwarnings, simplefilter, resetwarnings, and the `filters` list itself.
// Not here: catch_warnings (it needs `with`, which arrives with classes in lecture 08).

import { PyObject, PyTypeObject, newStaticType } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True } from '../objects/boolobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr, unicodeReprString } from '../objects/unicodeobject.js';
import { PyTuple, newTuple } from '../objects/tupleobject.js';
import { PyDict } from '../objects/dictobject.js';
import { reprString, strString } from '../objects/objectcore.js';
import {
  PyBaseException, newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_Warning,
  PyExc_UserWarning,
} from '../objects/exceptions.js';
import type { Interpreter } from '../interpreter.js';
import { PyCFunction } from './methodobject.js';
import { PyModule } from './moduleobject.js';
import { PyList_like } from './listobject.js';
import { splitArgs } from './bltinmodule.js';
import { fileWrite } from './sysmodule.js';
import {
  warningsState, warn, warnExplicit, formatWarning, applyWarnOptions,
} from './warnings.js';

/**
 * A compiled filter pattern, as `re.compile(pattern, flags)` gives warnings.py. Only what
 * the filters need: `match` from the start, and the repr `warnings.filters` shows.
 */
export const PyPattern_Type: PyTypeObject = newStaticType('re.Pattern');

class PyPattern extends PyObject {
  readonly re: RegExp;
  constructor(readonly pattern: string, readonly ignoreCase: boolean) {
    super(PyPattern_Type);
    // Python's named groups and \Z in JavaScript's spelling; match() anchors at the start.
    const js = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
      .replace(/\\Z/g, '$');
    try {
      this.re = new RegExp(`^(?:${js})`, ignoreCase ? 'i' : '');
    } catch (e) {
      throw newExceptionMsg(PyExc_ValueError, `bad filter pattern: ${(e as Error).message}`);
    }
  }
}

PyPattern_Type.tp_repr = (o) => {
  const p = o as PyPattern;
  return newStr(`re.compile(${unicodeReprString(p.pattern)}${p.ignoreCase ? ', re.IGNORECASE' : ''})`);
};
PyPattern_Type.tp_methods = [
  {
    ml_name: 'match',
    ml_meth: (self, args) => {
      const s = args[0];
      return s instanceof PyUnicode && (self as PyPattern).re.test(s.value) ? Py_True : Py_None;
    },
  },
];

function isSubclass(t: PyObject, base: PyTypeObject): boolean {
  return t === base || (t instanceof PyTypeObject && (t.tp_mro ?? []).includes(base));
}

/** Same filter entry? (warnings.py compares tuples; patterns by text and flags) */
function sameFilter(a: PyObject, b: PyObject[]): boolean {
  if (!(a instanceof PyTuple) || a.items.length !== 5) return false;
  return a.items.every((x, i) => {
    const y = b[i];
    if (x === y) return true;
    if (x instanceof PyUnicode && y instanceof PyUnicode) return x.value === y.value;
    if (x instanceof PyLong && y instanceof PyLong) return x.value === y.value;
    if (x instanceof PyPattern && y instanceof PyPattern) {
      return x.pattern === y.pattern && x.ignoreCase === y.ignoreCase;
    }
    return false;
  });
}

const ACTIONS = new Set(['error', 'ignore', 'always', 'default', 'module', 'once']);

/** Build `warnings` for `interp`. */
export function makeWarningsModule(interp: Interpreter): PyModule {
  const st = warningsState(interp);
  const m = new PyModule('warnings');
  const d = m.dict;
  const def = (name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject):
    PyCFunction => {
    const f = new PyCFunction(name, fn, m, 'warnings');
    d.setItemStr(name, f);
    return f;
  };
  const filtersList = (): PyObject[] => {
    const items = PyList_like(d.getItemStr('filters') ?? st.filters);
    if (items === null) throw newExceptionMsg(PyExc_TypeError, 'warnings.filters must be a list');
    return items;
  };
  const mutated = (): PyObject => {
    st.version++;
    return Py_None;
  };
  d.setItemStr('filters', st.filters);
  d.setItemStr('defaultaction', newStr(st.defaultAction));
  d.setItemStr('_onceregistry', st.onceRegistry);

  /** @see Lib/warnings.py _add_filter */
  const addFilter = (item: PyObject[], append: boolean): void => {
    const filters = filtersList();
    const i = filters.findIndex((f) => sameFilter(f, item));
    if (!append) {
      if (i >= 0) filters.splice(i, 1);
      filters.unshift(newTuple(item));
    } else if (i < 0) {
      filters.push(newTuple(item));
    }
    mutated();
  };
  const checkAction = (a: PyObject | undefined): string => {
    const s = a instanceof PyUnicode ? a.value : null;
    if (s === null || !ACTIONS.has(s)) {
      throw newExceptionMsg(PyExc_ValueError,
        `invalid action: ${a === undefined ? "''" : reprString(a)}`);
    }
    return s;
  };
  const checkLineno = (v: PyObject | undefined): PyObject => {
    if (v === undefined) return newInt(0);
    if (!(v instanceof PyLong)) throw newExceptionMsg(PyExc_TypeError, 'lineno must be an int');
    if (v.value < 0n) throw newExceptionMsg(PyExc_ValueError, 'lineno must be an int >= 0');
    return v;
  };
  const arg = (pos: PyObject[], kw: Map<string, PyObject>, i: number, name: string):
    PyObject | undefined => pos[i] ?? kw.get(name);
  const asIndex = (v: PyObject): number => {
    if (!(v instanceof PyLong)) {
      throw newExceptionMsg(PyExc_TypeError,
        `'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
    }
    return Number(v.value);
  };

  // warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=())
  def('warn', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const message = arg(pos, kw, 0, 'message');
    if (message === undefined) {
      throw newExceptionMsg(PyExc_TypeError,
        "warn() missing required argument 'message' (pos 1)");
    }
    let category = arg(pos, kw, 1, 'category') ?? Py_None;
    if (message instanceof PyBaseException && isSubclass(message.ob_type, PyExc_Warning)) {
      category = message.ob_type;
    } else if (category === Py_None) {
      category = PyExc_UserWarning;
    }
    if (!isSubclass(category, PyExc_Warning)) {
      throw newExceptionMsg(PyExc_TypeError,
        `category must be a Warning subclass, not '${category.ob_type.tp_name}'`);
    }
    const sl = arg(pos, kw, 2, 'stacklevel');
    warn(interp, category, message, sl === undefined ? 1 : asIndex(sl));
    return Py_None;
  });

  // warn_explicit(message, category, filename, lineno, module=None, registry=None, ...)
  def('warn_explicit', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const message = arg(pos, kw, 0, 'message');
    const category = arg(pos, kw, 1, 'category');
    const filename = arg(pos, kw, 2, 'filename');
    const lineno = arg(pos, kw, 3, 'lineno');
    if (message === undefined || category === undefined || filename === undefined
      || lineno === undefined) {
      throw newExceptionMsg(PyExc_TypeError, 'warn_explicit() missing required arguments');
    }
    if (!(filename instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError, "warn_explicit() argument 'filename' must be str, "
        + `not ${filename.ob_type.tp_name}`);
    }
    const module = arg(pos, kw, 4, 'module');
    const registry = arg(pos, kw, 5, 'registry');
    if (registry !== undefined && registry !== Py_None && !(registry instanceof PyDict)) {
      throw newExceptionMsg(PyExc_TypeError, "'registry' must be a dict or None");
    }
    warnExplicit(interp, category === Py_None ? PyExc_UserWarning : category, message,
      filename.value, asIndex(lineno),
      module instanceof PyUnicode ? module.value : null,
      registry instanceof PyDict ? registry : null);
    return Py_None;
  });

  // formatwarning(message, category, filename, lineno, line=None)
  st.formatwarning = def('formatwarning', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const line = arg(pos, kw, 4, 'line');
    return newStr(formatWarning(interp, pos[0], pos[1], strString(pos[2]), asIndex(pos[3]),
      line === undefined || line === Py_None ? null : strString(line)));
  });

  // showwarning(message, category, filename, lineno, file=None, line=None)
  st.showwarning = def('showwarning', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const line = arg(pos, kw, 5, 'line');
    let file = arg(pos, kw, 4, 'file') ?? Py_None;
    if (file === Py_None) file = (interp.sys as PyModule).dict.getItemStr('stderr') ?? Py_None;
    if (file === Py_None) return Py_None;
    const fw = d.getItemStr('formatwarning');
    const text = fw !== null && fw !== st.formatwarning
      ? strString(interp.callObject(fw, [pos[0], pos[1], pos[2], pos[3],
        line ?? Py_None], null))
      : formatWarning(interp, pos[0], pos[1], strString(pos[2]), asIndex(pos[3]),
        line === undefined || line === Py_None ? null : strString(line));
    fileWrite(interp, file, text);
    return Py_None;
  });

  // filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False)
  def('filterwarnings', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const action = checkAction(arg(pos, kw, 0, 'action'));
    const message = arg(pos, kw, 1, 'message') ?? newStr('');
    if (!(message instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError, 'message must be a string');
    }
    const category = arg(pos, kw, 2, 'category') ?? PyExc_Warning;
    if (!(category instanceof PyTypeObject) || !isSubclass(category, PyExc_Warning)) {
      throw newExceptionMsg(PyExc_TypeError, 'category must be a Warning subclass');
    }
    const module = arg(pos, kw, 3, 'module') ?? newStr('');
    if (!(module instanceof PyUnicode)) {
      throw newExceptionMsg(PyExc_TypeError, 'module must be a string');
    }
    const lineno = checkLineno(arg(pos, kw, 4, 'lineno'));
    const append = arg(pos, kw, 5, 'append');
    addFilter([newStr(action),
      message.value === '' ? Py_None : new PyPattern(message.value, true), category,
      module.value === '' ? Py_None : new PyPattern(module.value, false), lineno],
    append !== undefined && interp.hooks.isTrue(append));
    return Py_None;
  });

  // simplefilter(action, category=Warning, lineno=0, append=False)
  def('simplefilter', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    const action = checkAction(arg(pos, kw, 0, 'action'));
    const lineno = checkLineno(arg(pos, kw, 2, 'lineno'));
    const append = arg(pos, kw, 3, 'append');
    addFilter([newStr(action), Py_None, arg(pos, kw, 1, 'category') ?? PyExc_Warning, Py_None,
      lineno], append !== undefined && interp.hooks.isTrue(append));
    return Py_None;
  });

  def('resetwarnings', () => {
    filtersList().length = 0;
    return mutated();
  });
  def('_filters_mutated', mutated);
  return m;
}

/**
 * Apply `-W` options at startup (sys.warnoptions), in order, each in front of the filters.
 * @see Lib/warnings.py _processoptions
 */
export function processWarnOptions(interp: Interpreter, options: readonly string[]): void {
  if (options.length === 0) return;
  const st = warningsState(interp);
  const filters = PyList_like(st.filters)!;
  applyWarnOptions(interp, options, (action, message, category, module, lineno) => {
    const item = [newStr(action), message === '' ? Py_None : new PyPattern(message, true),
      category, module === '' ? Py_None : new PyPattern(module, false), newInt(lineno)];
    const i = filters.findIndex((f) => sameFilter(f, item));
    if (i >= 0) filters.splice(i, 1);
    filters.unshift(newTuple(item));
    st.version++;
  });
}
