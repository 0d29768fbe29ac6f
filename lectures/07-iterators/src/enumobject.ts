// Mirrors Objects/enumobject.c: enumerate (an index beside each item) and reversed (a type's
// __reversed__, or the sequence protocol walked from the end). Both are iterator types.

import { PyObject, PyTypeObject, newStaticType, typeName } from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyLong, PyLong_Check, newInt, intValue } from '@ceval/core/objects/longobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { classGetItemMethod } from '@ceval/core/runtime/genericaliasobject';
import { noArgs } from '@ceval/lecture-05/abstract';
import { raiseNew } from '@ceval/core/runtime/errors';
import { currentInterpreter } from '@ceval/core/interpreter';
import { selfIter, getIter, findIterNext, isStopIteration } from './iterobject.js';
import { dictReversed } from './dictiterobject.js';

/** `enumerate`. @see enumobject.c PyEnum_Type */
export const PyEnum_Type = newStaticType('enumerate');

export class PyEnum extends PyObject {
  /** The next index; a JS number until it would lose precision. */
  index: number | bigint;
  constructor(readonly it: PyObject, readonly next: (o: PyObject) => PyObject | null,
    start: number | bigint) {
    super(PyEnum_Type);
    this.index = start;
  }
}

function kwArgs(kw: PyObject | null): Map<string, PyObject> {
  const m = new Map<string, PyObject>();
  if (kw instanceof PyDict) for (const e of kw.entries()) m.set((e.key as PyUnicode).value, e.value);
  return m;
}

/** enumerate(iterable, start=0). @see enumobject.c enum_new_impl */
export function enumNew(_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const kw = kwArgs(kwargs);
  let iterable = args[0];
  let start: PyObject | undefined = args[1];
  for (const [k, v] of kw) {
    if (k === 'iterable' && iterable === undefined) iterable = v;
    else if (k === 'start' && start === undefined) start = v;
    else throw raiseNew(PyExc_TypeError, `enumerate() got an unexpected keyword argument '${k}'`);
  }
  if (args.length > 2) {
    throw raiseNew(PyExc_TypeError, `enumerate() takes at most 2 arguments (${args.length} given)`);
  }
  if (iterable === undefined) {
    throw raiseNew(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  }
  let s: number | bigint = 0;
  if (start !== undefined) {
    if (!PyLong_Check(start)) {
      throw raiseNew(PyExc_TypeError,
        `'${typeName(start.ob_type)}' object cannot be interpreted as an integer`);
    }
    s = (start as PyLong).value;
  }
  const it = getIter(iterable);
  return new PyEnum(it, findIterNext(it.ob_type)!, s);
}

PyEnum_Type.tp_iter = selfIter;
// enumerate[int] is a GenericAlias (PEP 585), like the containers'.
const enumDict = new PyDict();
enumDict.setItemStr('__class_getitem__', classGetItemMethod(PyEnum_Type));
PyEnum_Type.tp_dict = enumDict;
/** `(enumerate, (iterator, next_index))`. @see enumobject.c enum_reduce */
PyEnum_Type.tp_methods = [{
  ml_name: '__reduce__',
  ml_meth: (s, a, kw) => {
    noArgs('enumerate.__reduce__', a, kw);
    const e = s as PyEnum;
    return newTuple([PyEnum_Type, newTuple([e.it, newInt(e.index)])]);
  },
}];
PyEnum_Type.tp_iternext = (o) => {
  const e = o as PyEnum;
  const v = e.next(e.it);
  if (v === null) return null;
  const i = e.index;
  if (typeof i === 'number') {
    e.index = i + 1;
    if (!Number.isSafeInteger(i + 1)) e.index = BigInt(i) + 1n;
  } else {
    e.index = i + 1n;
  }
  return newTuple([newInt(i), v]);
};

/** `reversed`: a sequence walked by index from the end. @see enumobject.c PyReversed_Type */
export const PyReversed_Type = newStaticType('reversed');

export class PyReversed extends PyObject {
  constructor(public seq: PyObject | null, public index: number,
    readonly item: (o: PyObject, i: number) => PyObject) {
    super(PyReversed_Type);
  }
}

PyReversed_Type.tp_iter = selfIter;
PyReversed_Type.tp_iternext = (o) => {
  const r = o as PyReversed;
  if (r.seq === null || r.index < 0) { r.seq = null; return null; }
  return r.item(r.seq, r.index--);
};

/** Find a method by name on a type and its bases (tp_dict, then tp_methods). */
export function lookupMethod(t: PyTypeObject, name: string): PyObject | ((s: PyObject) => PyObject)
  | null {
  const mro = t.tp_mro ?? [t];
  for (const c of mro) {
    const d = c.tp_dict;
    if (d instanceof PyDict) {
      const v = d.getItemStr(name);
      if (v !== null) return v;
    }
    for (const m of c.tp_methods ?? []) {
      if (m.ml_name === name) return (s: PyObject) => m.ml_meth(s, [], null);
    }
  }
  return null;
}

/** reversed(seq). @see enumobject.c reversed_new_impl */
export function reversedNew(_t: PyTypeObject, args: PyObject[], kwargs: PyObject | null):
  PyObject {
  if (kwargs instanceof PyDict && kwargs.ma_used > 0) {
    throw raiseNew(PyExc_TypeError, 'reversed() takes no keyword arguments');
  }
  if (args.length !== 1) {
    throw raiseNew(PyExc_TypeError, `reversed expected 1 argument, got ${args.length}`);
  }
  const seq = args[0];
  // dict and its views are reversible since 3.8 (their reverse iterators: dictiterobject.ts).
  if (seq instanceof PyDict && seq.ob_type === PyDict_Type) return dictReversed(seq);
  const rev = lookupMethod(seq.ob_type, '__reversed__');
  if (rev === Py_None) {
    // `__reversed__ = None` marks a class as not reversible. @see enumobject.c reversed_new_impl
    throw raiseNew(PyExc_TypeError, `'${typeName(seq.ob_type)}' object is not reversible`);
  }
  if (rev !== null) {
    return typeof rev === 'function' ? rev(seq)
      : currentInterpreter().callObject(rev, [seq], null);
  }
  let sq = null;
  for (let c: PyTypeObject | null = seq.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_as_sequence !== null && c.tp_as_sequence.sq_item !== null) {
      sq = c.tp_as_sequence;
      break;
    }
  }
  if (sq === null || sq.sq_length === null || seq instanceof PyDict) {
    throw raiseNew(PyExc_TypeError, `'${typeName(seq.ob_type)}' object is not reversible`);
  }
  return new PyReversed(seq, sq.sq_length(seq) - 1, sq.sq_item!);
}

export { intValue, isStopIteration };
