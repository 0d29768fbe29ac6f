// Mirrors code_memberlist and code_getsetlist of Objects/codeobject.c: the attributes a
// code object shows to Python (co_consts, co_names, co_code, ...). They are core's because
// the code object is: lecture 02 reads them on VM_02; lecture 06 adds co_lines(),
// co_positions() and replace().

import type { PyObject, PyGetSetDef } from '../object.js';
import { PyUnicode, internStr } from './unicodeobject.js';
import { PyTuple, newTuple } from './tupleobject.js';
import { PyBytes, newBytes } from './bytesobject.js';
import { newInt } from './longobject.js';
import { PyCode, PyCode_Type } from './codeobject.js';

/** What we cache on a code object so that `c.co_consts is c.co_consts`, as in CPython. */
export interface CodeCache {
  _pyConsts?: PyTuple;
  _pyNames?: PyTuple;
  _pyCode?: PyBytes;
  _pyVarnames?: PyTuple;
  _pyCellvars?: PyTuple;
  _pyFreevars?: PyTuple;
}

/** A code object with its attribute cache. */
export function codeOf(o: PyObject): PyCode & CodeCache {
  return o as PyCode & CodeCache;
}

/** The items of a field that is an array or a tuple. */
export function codeItems(v: unknown): PyObject[] {
  if (Array.isArray(v)) return v as PyObject[];
  if (v instanceof PyTuple) return v.items;
  return [];
}

/** Names as Python sees them: interned strs, the objects `sys.intern` returns. */
function strTuple(names: unknown): PyTuple {
  return newTuple(codeItems(names).map((n) => (typeof n === 'string' ? internStr(n)
    : n as PyObject)));
}

/** The bytes of a bytes-like field. */
export function codeBytes(b: unknown): Uint8Array {
  if (b instanceof Uint8Array) return b;
  if (b instanceof PyBytes) return (b as unknown as { value: Uint8Array }).value;
  return new Uint8Array(0);
}

/** The text of a str field. */
export function codeStr(s: unknown): string {
  return typeof s === 'string' ? s : (s as PyUnicode).value;
}

const ro = (name: string, get: (o: PyCode & CodeCache) => PyObject): PyGetSetDef =>
  ({ name, get: (o) => get(codeOf(o)), set: null });

/**
 * Every attribute of a code object. All are read-only: code is immutable, which is what
 * lets every function made from it share it (the new code comes from `replace()`).
 * @see Objects/codeobject.c code_memberlist, code_getsetlist
 */
export const codeGetSet: PyGetSetDef[] = [
  ro('co_argcount', (k) => newInt(k.co_argcount)),
  ro('co_posonlyargcount', (k) => newInt(k.co_posonlyargcount)),
  ro('co_kwonlyargcount', (k) => newInt(k.co_kwonlyargcount)),
  ro('co_stacksize', (k) => newInt(k.co_stacksize)),
  ro('co_flags', (k) => newInt(k.co_flags)),
  ro('co_nlocals', (k) => newInt(k.co_nlocals)),
  ro('co_consts', (k) => (k._pyConsts ??= newTuple(codeItems(k.co_consts).slice()))),
  ro('co_names', (k) => (k._pyNames ??= strTuple(k.co_names))),
  ro('co_varnames', (k) => (k._pyVarnames ??= strTuple(k.co_varnames))),
  ro('co_cellvars', (k) => (k._pyCellvars ??= strTuple(k.co_cellvars))),
  ro('co_freevars', (k) => (k._pyFreevars ??= strTuple(k.co_freevars))),
  ro('co_filename', (k) => internStr(String(codeStr(k.co_filename)))),
  ro('co_name', (k) => internStr(String(codeStr(k.co_name)))),
  ro('co_qualname', (k) => internStr(String(codeStr(k.co_qualname)))),
  ro('co_firstlineno', (k) => newInt(k.co_firstlineno)),
  ro('co_linetable', (k) => newBytes(codeBytes(k.co_linetable))),
  ro('co_exceptiontable', (k) => newBytes(codeBytes(k.co_exceptiontable))),
  ro('co_code', (k) => (k._pyCode ??= newBytes(codeBytes(k.co_code)))),
  ro('_co_code_adaptive', (k) => newBytes(
    codeBytes((k as unknown as { adaptiveCode?: Uint8Array }).adaptiveCode ?? k.co_code))),
];

PyCode_Type.tp_getset = codeGetSet;
