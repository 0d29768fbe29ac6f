// Mirrors Python/sysmodule.c: the `sys` module (argv, path, modules, stdout/stderr, exit,
// the recursion limit, _getframe) and the minimal text streams behind sys.stdout/stderr
// (Modules/_io/textio.c's TextIOWrapper, reduced to write and flush).

import { PyObject, PyTypeObject, newStaticType, typeName } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { newFrozenSet } from '../objects/setobject.js';
import {
  newException, newExceptionMsg, PyExc_SystemExit, PyExc_TypeError, PyExc_ValueError,
  PyExc_RecursionError, PyBaseException,
} from '../objects/exceptions.js';
import { PyCFunction } from './methodobject.js';
import { PyModule } from './moduleobject.js';
import { newList } from './listobject.js';
import { splitArgs, noArgs } from './bltinmodule.js';
import { installSysInfo, sysCInt } from './sysmodule-info.js';
import { formatUncaught } from './pythonrun.js';
import { frameGetFrameObject } from '../frame.js';
import type { Interpreter } from '../interpreter.js';
import { stdlibModuleNames } from './stdlib-names.js';
import { PyTextReader } from './bltinmodule-input.js';
import { sysDisplayHook } from './bltinmodule-exec.js';
import { addObjectFunctions } from './sysmodule-objects.js';
import { inittabNames } from './inittab.js';
import { BuiltinImporter, FrozenImporter, PathFinder } from './modulespec.js';
import { newDict } from '../objects/dictobject.js';

/** `_io.TextIOWrapper`, reduced to what print and tracebacks need. */
export const PyTextIO_Type: PyTypeObject = newStaticType('_io.TextIOWrapper');

/** A text stream that hands its text to a host writer. */
export class PyTextIO extends PyObject {
  constructor(public name: string, public write: (s: string) => void,
    public flush: () => void = () => {}) {
    super(PyTextIO_Type);
  }
}

PyTextIO_Type.tp_methods = [
  {
    ml_name: 'write',
    ml_meth: (self, args) => {
      const s = args[0];
      if (args.length !== 1) {
        throw newExceptionMsg(PyExc_TypeError,
          `TextIOWrapper.write() takes exactly one argument (${args.length} given)`);
      }
      if (!(s instanceof PyUnicode)) {
        throw newExceptionMsg(PyExc_TypeError,
          `write() argument must be str, not ${typeName(s.ob_type)}`);
      }
      (self as PyTextIO).write(s.value);
      return newInt([...s.value].length);
    },
  },
  {
    // flush(): hands what the host buffered to the terminal (print(..., flush=True)).
    ml_name: 'flush',
    ml_meth: (self) => {
      (self as PyTextIO).flush();
      return Py_None;
    },
  },
];
PyTextIO_Type.tp_repr = (o) => newStr(
  `<_io.TextIOWrapper name='${(o as PyTextIO).name}' mode='w' encoding='utf-8'>`);

/**
 * Write text to a file object: straight to the host for our own streams, else through the
 * object's `write` method (so Python classes can stand in for sys.stdout).
 */
export function fileWrite(interp: Interpreter, file: PyObject, s: string): void {
  if (file instanceof PyTextIO) {
    file.write(s);
    return;
  }
  const w = interp.hooks.getAttr(file, newStr('write'));
  interp.callObject(w, [newStr(s)], null);
}

function noKwargs(fname: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

/** A METH_O builtin's check. @see Objects/methodobject.c cfunction_vectorcall_O */
function exactlyOne(fname: string, args: PyObject[], kw: string[] | null): void {
  noKwargs(fname, kw);
  if (args.length !== 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `${fname}() takes exactly one argument (${args.length} given)`);
  }
}

/** The version python3.13 reports; ceval claims the language version it implements. */
const VERSION = '3.13.0 (main, ceval) [TypeScript]';

/** Build `sys` for `interp`. @see Python/sysmodule.c _PySys_Create */
export function makeSys(interp: Interpreter): PyModule {
  const m = new PyModule('sys');
  const d = m.dict;
  const def = (name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject): void => {
    d.setItemStr(name, new PyCFunction(name, fn, m, 'sys'));
  };
  d.setItemStr('argv', newList(interp.argv.map((a) => newStr(a))));
  d.setItemStr('orig_argv', newList(['ceval', ...interp.argv].map((a) => newStr(a))));
  d.setItemStr('path', newList(interp.path.map((p) => newStr(p))));
  d.setItemStr('modules', interp.modules);
  const out = new PyTextIO('<stdout>', (s) => interp.io.stdout(s), () => interp.io.flush?.());
  const err = new PyTextIO('<stderr>', (s) => interp.io.stderr(s));
  d.setItemStr('stdout', out);
  d.setItemStr('stderr', err);
  d.setItemStr('__stdout__', out);
  d.setItemStr('__stderr__', err);
  const inp = new PyTextReader('<stdin>', interp.io.readStdin);
  d.setItemStr('stdin', inp);
  d.setItemStr('__stdin__', inp);
  def('displayhook', (args, kw) => {
    exactlyOne('sys.displayhook', args, kw);
    return sysDisplayHook(interp, args[0]);
  });
  d.setItemStr('__displayhook__', d.getItemStr('displayhook')!);
  // excepthook(type, value, traceback): print the exception as an uncaught one would be.
  // @see Python/sysmodule.c sys_excepthook_impl
  def('excepthook', (args, kw) => {
    noKwargs('excepthook', kw);
    if (args.length !== 3) {
      throw newExceptionMsg(PyExc_TypeError, `excepthook expected 3 arguments, got ${args.length}`);
    }
    const err = d.getItemStr('stderr');
    const v = args[1];
    const text = v instanceof PyBaseException ? formatUncaught(interp, v)
      : `TypeError: print_exception(): Exception expected for value, ${typeName(v.ob_type)} found\n`;
    if (err !== null && err !== Py_None) fileWrite(interp, err, text);
    else interp.io.stderr(text);
    return Py_None;
  });
  d.setItemStr('__excepthook__', d.getItemStr('excepthook')!);
  d.setItemStr('platform', newStr('linux'));
  d.setItemStr('byteorder', newStr('little'));
  d.setItemStr('maxsize', newInt(2n ** 63n - 1n));
  d.setItemStr('version', newStr(VERSION));
  installSysInfo(m);
  d.setItemStr('executable', newStr('ceval'));
  d.setItemStr('stdlib_module_names', newFrozenSet([...stdlibModuleNames].map((s) => newStr(s))));
  d.setItemStr('builtin_module_names', newTuple(['builtins', 'sys',
    ...interp.builtinModules.keys(), ...inittabNames()]
    .filter((v, i, a) => a.indexOf(v) === i).sort().map((s) => newStr(s))));
  // The .pyc cache is written where the host can write files (-B and
  // PYTHONDONTWRITEBYTECODE turn it off, as in CPython).
  d.setItemStr('dont_write_bytecode', interp.io.writeBytes === undefined ? Py_True : Py_False);
  d.setItemStr('meta_path', newList([BuiltinImporter, FrozenImporter, PathFinder]));
  d.setItemStr('path_importer_cache', newDict());
  d.setItemStr('pycache_prefix', Py_None);

  def('exit', (args, kwnames) => {
    const [pos] = splitArgs(args, kwnames);
    if (pos.length > 1) {
      throw newExceptionMsg(PyExc_TypeError, `exit expected at most 1 argument, got ${pos.length}`);
    }
    throw newException(PyExc_SystemExit, pos);
  });
  def('getrecursionlimit', (args, kw) => {
    noArgs('sys.getrecursionlimit', args, kw);
    return newInt(interp.recursionLimit);
  });
  def('setrecursionlimit', (args, kw) => {
    exactlyOne('sys.setrecursionlimit', args, kw);
    const n = sysCInt(args[0]);
    if (n < 1) {
      throw newExceptionMsg(PyExc_ValueError, 'recursion limit must be greater or equal than 1');
    }
    const depth = interp.recursionLimit - interp.pyRemaining;
    if (n <= depth) {
      throw newExceptionMsg(PyExc_RecursionError, `cannot set the recursion limit to ${n} at the `
        + `recursion depth ${depth}: the limit is too low`);
    }
    interp.pyRemaining += n - interp.recursionLimit;
    interp.recursionLimit = n;
    return Py_None;
  });
  def('_getframe', (args) => {
    let depth = args.length > 0 ? Number((args[0] as PyLong).value) : 0;
    let f = interp.currentFrame;
    while (depth > 0 && f !== null) {
      f = f.previous;
      depth--;
    }
    if (f === null) {
      throw newExceptionMsg(PyExc_ValueError, 'call stack is not deep enough');
    }
    return frameGetFrameObject(f);
  });
  def('exception', (args, kw) => {
    noArgs('sys.exception', args, kw);
    return interp.topException() ?? Py_None;
  });
  def('exc_info', (args, kw) => {
    noArgs('sys.exc_info', args, kw);
    const e = interp.topException();
    if (e === null) return newTuple([Py_None, Py_None, Py_None]);
    return newTuple([e.ob_type, e, (e as { traceback?: PyObject | null }).traceback ?? Py_None]);
  });
  addObjectFunctions(interp, def);
  def('getdefaultencoding', (args, kw) => {
    noArgs('sys.getdefaultencoding', args, kw);
    return newStr('utf-8');
  });
  def('is_finalizing', (args, kw) => {
    noArgs('sys.is_finalizing', args, kw);
    return Py_False;
  });
  return m;
}
