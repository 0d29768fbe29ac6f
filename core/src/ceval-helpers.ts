// The helpers the instruction bodies of ceval.ts share: the errors they raise (NameError,
// UnboundLocalError, the "arrives in lecture N" SystemError of an untaught instruction),
// exception matching for CHECK_EXC_MATCH, `raise` operands, and reads and writes of a
// namespace that is not a dict. In CPython these sit in Python/ceval.c beside the loop.

import type { PyObject } from './object.js';
import { PyTypeObject, typeName } from './object.js';
import { PyUnicode } from './objects/unicodeobject.js';
import { PyTuple } from './objects/tupleobject.js';
import { PyDict, PyDict_Type } from './objects/dictobject.js';
import {
  PyBaseException, PyExc_TypeError, PyExc_NameError, PyExc_UnboundLocalError,
  PyExc_SystemError, PyExc_BaseException, PyExc_KeyError, newExceptionMsg,
} from './objects/exceptions.js';
import type { CodeExec } from './ceval-code.js';
import type { Interpreter } from './interpreter.js';
import { instructionLecture, lateBuiltinLecture, lectureLabel } from './lecture.js';

export function nameError(name: string): PyBaseException {
  const e = newExceptionMsg(PyExc_NameError, `name '${name}' is not defined`);
  (e as unknown as { name: PyObject }).name = new PyUnicode(name);
  return e;
}

/**
 * A name that LOAD_NAME or LOAD_GLOBAL found nowhere: a NameError, unless it is a builtin a
 * later lecture brings (`range` on VM_02), which is reported like an untaught instruction.
 */
export function missingNameError(name: string): PyBaseException {
  const lec = lateBuiltinLecture(name);
  if (lec !== 0) return newExceptionMsg(PyExc_SystemError, `${name} arrives in ${lectureLabel(lec)}`);
  return nameError(name);
}

export function unboundLocal(exec: CodeExec, i: number): PyBaseException {
  return newExceptionMsg(PyExc_UnboundLocalError, `cannot access local variable `
    + `'${exec.localsplusnames[i]}' where it is not associated with a value`);
}

export function mappingGet(m: PyObject, name: string, nameObj: PyObject): PyObject | null {
  if (m instanceof PyDict && m.ob_type === PyDict_Type) return m.getItemStr(name);
  // A non-dict namespace (class bodies with __prepare__, lecture 08): the mapping protocol.
  const mp = m.ob_type.tp_as_mapping;
  if (mp === null || mp.mp_subscript === null) return null;
  try {
    return mp.mp_subscript(m, nameObj);
  } catch (e) {
    if (e instanceof PyBaseException && isSubclass(e.ob_type, PyExc_KeyError)) return null;
    throw e;
  }
}

export function isSubclass(t: PyTypeObject, base: PyTypeObject): boolean {
  const mro = t.tp_mro;
  return t === base || (mro !== null && mro.includes(base));
}

/** Does exception `exc` match the class or tuple of classes `match`? (CHECK_EXC_MATCH) */
export function exceptionMatches(exc: PyObject, match: PyObject): boolean {
  const t = exc.ob_type;
  if (match instanceof PyTuple) {
    for (const m of match.items) if (exceptionMatches(exc, m)) return true;
    return false;
  }
  return match instanceof PyTypeObject && isSubclass(t, match);
}

export function checkExceptClass(match: PyObject): void {
  const ok = (m: PyObject): boolean => m instanceof PyTypeObject && isSubclass(m, PyExc_BaseException);
  const good = match instanceof PyTuple ? match.items.every(ok) : ok(match);
  if (!good) {
    throw newExceptionMsg(PyExc_TypeError,
      'catching classes that do not inherit from BaseException is not allowed');
  }
}

/** Instantiate `raise X` operands. @see Python/ceval.c do_raise */
export function makeRaisable(interp: Interpreter, o: PyObject, what: string): PyBaseException {
  if (o instanceof PyTypeObject && isSubclass(o, PyExc_BaseException)) {
    const v = interp.hooks.call(o, [], null);
    if (!(v instanceof PyBaseException)) {
      throw newExceptionMsg(PyExc_TypeError, `calling ${typeName(o)}() should have returned an `
        + `instance of BaseException, not ${typeName(v.ob_type)}`);
    }
    return v;
  }
  if (o instanceof PyBaseException) return o;
  throw newExceptionMsg(PyExc_TypeError, `${what} must derive from BaseException`);
}

export function trapError(exec: CodeExec, i: number): PyBaseException {
  const op = exec.original[2 * i];
  const lec = instructionLecture[op];
  const name = exec.originalName(i);
  return newExceptionMsg(PyExc_SystemError, lec === 0
    ? `${name} is not implemented by ceval`
    : `${name} arrives in ${lectureLabel(lec)}`);
}

/** Whether `*x` can unpack x: it has tp_iter or the sequence protocol. @see check_args_iterable */
export function isIterableForStar(o: PyObject): boolean {
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_iter !== null) return true;
    if (c.tp_as_sequence !== null && c.tp_as_sequence.sq_item !== null) return true;
  }
  return false;
}

/** "mod.qualname()" as error messages name a callable. @see Objects/object.c _PyObject_FunctionStr */
export function functionStr(f: PyObject): string {
  const q = (f as { qualname?: string }).qualname ?? (f as { name?: string }).name;
  if (q === undefined) return `${f.ob_type.tp_name} object`;
  const g = (f as { globals?: PyDict }).globals;
  const m = g instanceof PyDict ? g.getItemStr('__name__') : null;
  const mod = m instanceof PyUnicode ? m.value : null;
  return mod !== null && mod !== 'builtins' ? `${mod}.${q}()` : `${q}()`;
}

export function storeMapping(loc: PyObject | null, exec: CodeExec, i: number, v: PyObject): void {
  if (loc === null) {
    throw newExceptionMsg(PyExc_SystemError, `no locals found when storing '${exec.names[i]}'`);
  }
  const mp = loc.ob_type.tp_as_mapping;
  if (mp === null || mp.mp_ass_subscript === null) {
    throw newExceptionMsg(PyExc_SystemError, `no locals found when storing '${exec.names[i]}'`);
  }
  mp.mp_ass_subscript(loc, exec.nameObjs[i], v);
}
