// Mirrors the Python-facing methods of Objects/codeobject.c: co_lines() and co_positions()
// with their iterator types, and replace(). Core builds code objects and gives them their
// attributes (core/src/objects/codeobject-attrs.ts); this file adds what lecture 06 teaches.

import { PyObject, PyTypeObject, PyMethodDef, newStaticType }
  from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyBytes } from '@ceval/core/objects/bytesobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import {
  PyCode, PyCodeInit, coLines, coPositions, CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE,
} from '@ceval/core/objects/codeobject';
import { PyExc_TypeError, PyExc_ValueError, newExceptionMsg } from '@ceval/core/objects/exceptions';
import {
  codeGetSet, codeOf as c, codeItems as items, codeBytes as bytesOf, codeStr as strOf,
} from '@ceval/core/objects/codeobject-attrs';

/** The attributes, for whoever imported them from here. */
export { codeGetSet };

// ---- co_lines() and co_positions() iterators ----

/** The iterator co_lines() / co_positions() return: a cursor over precomputed tuples. */
export class PyCodeIter extends PyObject {
  rows: PyObject[];
  i = 0;
  constructor(type: PyTypeObject, rows: PyObject[]) {
    super(type);
    this.rows = rows;
  }
}

function iterNext(o: PyObject): PyObject | null {
  const it = o as PyCodeIter;
  return it.i < it.rows.length ? it.rows[it.i++] : null;
}

/** `line_iterator`. @see Objects/codeobject.c LineIterator */
export const PyLineIter_Type: PyTypeObject = newStaticType('line_iterator');
/** `positions_iterator`. @see Objects/codeobject.c PositionsIterator */
export const PyPositionsIter_Type: PyTypeObject = newStaticType('positions_iterator');
for (const t of [PyLineIter_Type, PyPositionsIter_Type]) {
  t.tp_iter = (o) => o;
  t.tp_iternext = iterNext;
}

const intOrNone = (v: number | null): PyObject => (v === null ? Py_None : newInt(v));

/** `code.co_lines()`. @see Objects/codeobject.c code_linesiterator */
export function codeLines(o: PyObject): PyObject {
  const rows = coLines(c(o)).map(([s, e, l]) => newTuple([newInt(s), newInt(e), intOrNone(l)]));
  return new PyCodeIter(PyLineIter_Type, rows);
}

/** `code.co_positions()`. @see Objects/codeobject.c code_positionsiterator */
export function codePositions(o: PyObject): PyObject {
  const rows = coPositions(c(o)).map((p) => newTuple(p.map(intOrNone)));
  return new PyCodeIter(PyPositionsIter_Type, rows);
}

// ---- replace() ----

const INT_FIELDS = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals',
  'co_stacksize', 'co_flags', 'co_firstlineno'] as const;
const STR_FIELDS = ['co_name', 'co_qualname', 'co_filename'] as const;
const BYTES_FIELDS = ['co_code', 'co_linetable', 'co_exceptiontable'] as const;
const NAME_KINDS: Record<string, number> = {
  co_varnames: CO_FAST_LOCAL, co_cellvars: CO_FAST_CELL, co_freevars: CO_FAST_FREE,
};

function argError(field: string, want: string, v: PyObject): never {
  throw newExceptionMsg(PyExc_TypeError,
    `replace() argument '${field}' must be ${want}, not ${v.ob_type.tp_name}`);
}

/**
 * `code.replace(**changes)`: a new code object, the same but for the named fields.
 * @see Objects/codeobject.c code_replace_impl
 */
export function codeReplace(self: PyObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  const k = c(self);
  if (args.length > 0) {
    throw newExceptionMsg(PyExc_TypeError,
      `replace() takes 0 positional arguments but ${args.length} were given`);
  }
  const init: PyCodeInit & { co_nlocals?: number } = {
    co_argcount: k.co_argcount, co_posonlyargcount: k.co_posonlyargcount,
    co_kwonlyargcount: k.co_kwonlyargcount, co_stacksize: k.co_stacksize,
    co_flags: k.co_flags, co_firstlineno: k.co_firstlineno, co_code: bytesOf(k.co_code),
    co_consts: items(k.co_consts).slice(), co_names: items(k.co_names).map(strOf) as string[],
    co_localsplusnames: items(k.co_localsplusnames).map(strOf) as string[],
    co_localspluskinds: k.co_localspluskinds, co_filename: strOf(k.co_filename),
    co_name: strOf(k.co_name), co_qualname: strOf(k.co_qualname),
    co_linetable: bytesOf(k.co_linetable), co_exceptiontable: bytesOf(k.co_exceptiontable),
  };
  const rec = init as unknown as Record<string, unknown>;
  if (kwargs instanceof PyDict) {
    for (const e of kwargs.entries()) {
      const field = (e.key as PyUnicode).value;
      const v = e.value;
      if ((INT_FIELDS as readonly string[]).includes(field)) {
        if (!(v instanceof PyLong)) argError(field, 'int', v);
        if (field !== 'co_nlocals') rec[field] = Number(v.value);
      } else if ((STR_FIELDS as readonly string[]).includes(field)) {
        if (!(v instanceof PyUnicode)) argError(field, 'str', v);
        rec[field] = v.value;
      } else if ((BYTES_FIELDS as readonly string[]).includes(field)) {
        if (!(v instanceof PyBytes)) argError(field, 'bytes', v);
        rec[field] = bytesOf(v);
      } else if (field === 'co_consts') {
        if (!(v instanceof PyTuple)) argError(field, 'tuple', v);
        init.co_consts = v.items.slice();
      } else if (field === 'co_names') {
        if (!(v instanceof PyTuple)) argError(field, 'tuple', v);
        init.co_names = v.items.map(strOf);
      } else if (field in NAME_KINDS) {
        if (!(v instanceof PyTuple)) argError(field, 'tuple', v);
        renameKind(init, NAME_KINDS[field], v.items.map(strOf), field);
      } else {
        throw newExceptionMsg(PyExc_TypeError,
          `replace() got an unexpected keyword argument '${field}'`);
      }
    }
  }
  return new PyCode(init);
}

/** Give the localsplus slots of one kind new names, in order; the count must not change. */
function renameKind(init: PyCodeInit, kind: number, names: string[], field: string): void {
  const slots: number[] = [];
  for (let i = 0; i < init.co_localspluskinds.length; i++) {
    if (init.co_localspluskinds[i] & kind) slots.push(i);
  }
  if (slots.length !== names.length) {
    throw newExceptionMsg(PyExc_ValueError, `code: ${field} has the wrong length`);
  }
  init.co_localsplusnames = init.co_localsplusnames.slice();
  slots.forEach((s, j) => { init.co_localsplusnames[s] = names[j]; });
}

/** The methods of a code object. @see Objects/codeobject.c code_methods */
export const codeMethods: PyMethodDef[] = [
  { ml_name: 'co_lines', ml_meth: (self) => codeLines(self) },
  { ml_name: 'co_positions', ml_meth: (self) => codePositions(self) },
  { ml_name: 'replace', ml_meth: codeReplace },
  { ml_name: '__replace__', ml_meth: codeReplace },
];
