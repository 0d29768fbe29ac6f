// Mirrors Objects/cellobject.c and Include/cpython/cellobject.h: the cell, a one-slot box
// that lets an inner function and the function that made it share one variable. This file
// owns the cell type, its repr, comparison, `cell_contents` and the DEREF error texts.

import { PyObject, PyTypeObject, newStaticType, addressText, typeName } from '@ceval/core/object';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import {
  PyBaseException, PyExc_ValueError, PyExc_NameError, PyExc_UnboundLocalError, PyExc_TypeError,
  newExceptionMsg,
} from '@ceval/core/objects/exceptions';
import { CO_FAST_FREE } from '@ceval/core/objects/codeobject';
import type { CodeExec } from '@ceval/core/ceval-code';

/** `cell`. @see Objects/cellobject.c PyCell_Type */
export const PyCell_Type: PyTypeObject = newStaticType('cell');

/**
 * A cell: `ob_ref` is the variable's value, or null while the variable is unbound. That is
 * all there is to it; the sharing comes from two frames holding the same cell.
 * @see Include/cpython/cellobject.h PyCellObject
 */
export class PyCell extends PyObject {
  ref: PyObject | null;
  constructor(ref: PyObject | null) {
    super(PyCell_Type);
    this.ref = ref;
  }
}

/** @see Objects/cellobject.c cell_repr */
export function cellRepr(o: PyObject): PyObject {
  const c = o as PyCell;
  if (c.ref === null) return newStr(`<cell at ${addressText(o)}: empty>`);
  return newStr(`<cell at ${addressText(o)}: ${typeName(c.ref.ob_type)} object at `
    + `${addressText(c.ref)}>`);
}

/**
 * Cells compare by contents; an empty cell sorts before a full one.
 * @see Objects/cellobject.c cell_richcompare
 */
export function cellRichCompare(a: PyObject, b: PyObject, op: number,
  richCompare: (x: PyObject, y: PyObject, op: number) => PyObject): PyObject {
  if (!(a instanceof PyCell) || !(b instanceof PyCell)) return Py_NotImplemented;
  const x = a.ref, y = b.ref;
  if (x !== null && y !== null) return richCompare(x, y, op);
  // At least one is empty: compare "has contents" as 0/1, as CPython does.
  const l = x === null ? 0 : 1, r = y === null ? 0 : 1;
  const res = [l < r, l <= r, l === r, l !== r, l > r, l >= r][op];
  return res ? Py_True : Py_False;
}

/** `cell_contents`: reading an empty cell is a ValueError. @see cell_get_contents */
export function cellGetContents(o: PyObject): PyObject {
  const c = o as PyCell;
  if (c.ref === null) throw newExceptionMsg(PyExc_ValueError, 'Cell is empty');
  return c.ref;
}

/** `cell.cell_contents = v` / `del cell.cell_contents`. @see cell_set_contents */
export function cellSetContents(o: PyObject, v: PyObject | null): void {
  (o as PyCell).ref = v;
}

/** `types.CellType([contents])`. @see Objects/cellobject.c cell_new */
export function cellNew(_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs !== null && (kwargs as { ma_used?: number }).ma_used) {
    throw newExceptionMsg(PyExc_TypeError, 'cell() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `cell expected at most 1 argument, got ${args.length}`);
  }
  return new PyCell(args.length === 1 ? args[0] : null);
}

/**
 * The error for reading (or deleting) an unbound cell or free variable: a free variable
 * is the enclosing scope's, so it is a NameError; a cell variable is our own local.
 * @see Python/ceval.c _PyEval_FormatExcUnbound
 */
export function formatExcUnbound(exec: CodeExec, i: number): PyBaseException {
  const name = exec.localsplusnames[i];
  const kinds = (exec.code as { co_localspluskinds?: Uint8Array }).co_localspluskinds;
  if (kinds !== undefined && (kinds[i] & CO_FAST_FREE) !== 0) {
    const e = newExceptionMsg(PyExc_NameError, `cannot access free variable '${name}' where `
      + 'it is not associated with a value in enclosing scope');
    (e as unknown as { name: PyObject }).name = newStr(name);
    return e;
  }
  const e = newExceptionMsg(PyExc_UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`);
  (e as unknown as { name: PyObject }).name = newStr(name);
  return e;
}

// --- the instructions that work on cells (Python/bytecodes.c) ---------------------------------

type Stack = (PyObject | null)[];
interface FrameLike { base: number; exec: CodeExec; func: PyObject | null; globals: PyObject;
  builtins: PyObject }

/**
 * MAKE_CELL i: localsplus[i] = cell(localsplus[i]). Runs first thing in a function whose
 * locals are captured; an argument that is captured is boxed with its value.
 * @see Python/bytecodes.c MAKE_CELL
 */
export function makeCell(interp: { stack: Stack }, f: FrameLike, oparg: number, sp: number):
  number {
  const s = interp.stack;
  s[f.base + oparg] = new PyCell(s[f.base + oparg]);
  return sp;
}

/**
 * COPY_FREE_VARS n: copy the function's n closure cells into the last n slots of
 * localsplus, where LOAD_DEREF expects them. @see Python/bytecodes.c COPY_FREE_VARS
 */
export function copyFreeVars(interp: { stack: Stack }, f: FrameLike, oparg: number, sp: number):
  number {
  const closure = (f.func as { closure?: PyObject | null } | null)?.closure;
  const cells = (closure as { items?: PyObject[] } | null | undefined)?.items ?? [];
  const s = interp.stack;
  const off = f.base + f.exec.nlocalsplus - oparg;
  for (let i = 0; i < oparg; i++) s[off + i] = cells[i] ?? null;
  return sp;
}

/** LOAD_DEREF i: push(localsplus[i].cell_contents). @see Python/bytecodes.c LOAD_DEREF */
export function loadDeref(interp: { stack: Stack }, f: FrameLike, oparg: number, sp: number):
  number {
  const s = interp.stack;
  const v = (s[f.base + oparg] as PyCell).ref;
  if (v === null) throw formatExcUnbound(f.exec, oparg);
  s[sp] = v;
  return sp + 1;
}

/** STORE_DEREF i: localsplus[i].cell_contents = pop(). @see Python/bytecodes.c STORE_DEREF */
export function storeDeref(interp: { stack: Stack }, f: FrameLike, oparg: number, sp: number):
  number {
  const s = interp.stack;
  (s[f.base + oparg] as PyCell).ref = s[sp - 1];
  s[sp - 1] = null;
  return sp - 1;
}

/** DELETE_DEREF i: empty the cell; deleting an empty one is an error. @see DELETE_DEREF */
export function deleteDeref(interp: { stack: Stack }, f: FrameLike, oparg: number, sp: number):
  number {
  const c = interp.stack[f.base + oparg] as PyCell;
  if (c.ref === null) throw formatExcUnbound(f.exec, oparg);
  c.ref = null;
  return sp;
}

/** Look `name` up in a namespace mapping (a dict, or anything with mp_subscript). */
export function mappingLookup(m: PyObject, name: string): PyObject | null {
  const d = m as { getItemStr?: (s: string) => PyObject | null };
  if (typeof d.getItemStr === 'function') return d.getItemStr(name);
  const mp = m.ob_type.tp_as_mapping;
  if (mp === null || mp.mp_subscript === null) return null;
  try {
    return mp.mp_subscript(m, newStr(name));
  } catch (e) {
    if (e instanceof PyBaseException && e.ob_type.tp_name === 'KeyError') return null;
    throw e;
  }
}

/**
 * LOAD_FROM_DICT_OR_DEREF i: a class body reading a name that is also a free variable:
 * the class namespace wins, else the cell. @see Python/bytecodes.c LOAD_FROM_DICT_OR_DEREF
 */
export function loadFromDictOrDeref(interp: { stack: Stack }, f: FrameLike, oparg: number,
  sp: number): number {
  const s = interp.stack;
  const m = s[sp - 1] as PyObject;
  let v = mappingLookup(m, f.exec.localsplusnames[oparg]);
  if (v === null) {
    v = (s[f.base + oparg] as PyCell).ref;
    if (v === null) throw formatExcUnbound(f.exec, oparg);
  }
  s[sp - 1] = v;
  return sp;
}

/**
 * LOAD_FROM_DICT_OR_GLOBALS i: an annotation scope reading a name: the given mapping,
 * then globals, then builtins. @see Python/bytecodes.c LOAD_FROM_DICT_OR_GLOBALS
 */
export function loadFromDictOrGlobals(interp: { stack: Stack }, f: FrameLike, oparg: number,
  sp: number): number {
  const s = interp.stack;
  const name = f.exec.names[oparg];
  const v = mappingLookup(s[sp - 1] as PyObject, name) ?? mappingLookup(f.globals, name)
    ?? mappingLookup(f.builtins, name);
  if (v === null) {
    const e = newExceptionMsg(PyExc_NameError, `name '${name}' is not defined`);
    (e as unknown as { name: PyObject }).name = newStr(name);
    throw e;
  }
  s[sp - 1] = v;
  return sp;
}

/** LOAD_CLOSURE i is a pseudo-instruction in 3.13 (assembled as LOAD_FAST); kept for dis. */
export function loadClosure(interp: { stack: Stack }, f: FrameLike, oparg: number, sp: number):
  number {
  interp.stack[sp] = interp.stack[f.base + oparg];
  return sp + 1;
}
