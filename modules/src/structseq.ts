// Mirrors Objects/structseq.c: named tuples written in C (time.struct_time, os.stat_result,
// os.terminal_size ...). The first n_sequence_fields values are the tuple; the rest are
// attributes only. Indexing, len and comparison come from tuple (the type's base).

import { PyTypeObject, newStaticType, typeName } from '@ceval/core/object';
import type { PyObject } from '@ceval/core/object';
import { PyTuple, PyTuple_Type } from '@ceval/core/objects/tupleobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { PyList_like } from '@ceval/core/runtime/listobject';
import { newExceptionMsg, PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { itemsOf } from './_clinic.js';

/** An instance: the visible items are the tuple's; `extra` holds the attribute-only fields. */
export class PyStructSequence extends PyTuple {
  constructor(type: PyTypeObject, items: PyObject[], public extra: PyObject[]) {
    super(items, type);
  }
}

/** What a struct sequence type is made from. @see Include/structseq.h PyStructSequence_Desc */
export interface StructSeqDesc {
  /** "time.struct_time" */
  name: string;
  /** Field names; null for an unnamed field (os.stat_result's integer times). */
  fields: readonly (string | null)[];
  /** How many leading fields are the tuple (n_in_sequence). */
  nInSequence: number;
}

const descs = new WeakMap<PyTypeObject, StructSeqDesc>();

/**
 * Make a struct sequence type. @see Objects/structseq.c PyStructSequence_NewType
 */
export function newStructSeqType(desc: StructSeqDesc): PyTypeObject {
  const t = newStaticType(desc.name, PyTuple_Type);
  descs.set(t, desc);
  const named: string[] = [];
  t.tp_members = [];
  desc.fields.forEach((name, i) => {
    if (name === null) return;
    named.push(name);
    t.tp_members!.push({
      name,
      get: (o: PyObject) => {
        const s = o as PyStructSequence;
        return i < desc.nInSequence ? s.items[i] : s.extra[i - desc.nInSequence] ?? Py_None;
      },
      set: null,
    });
  });
  // time.struct_time(tm_year=2024, ...): only the tuple's fields, each labelled with the
  // i-th *named* member, as structseq_repr does (so stat_result's integer times show as
  // st_atime=...). @see Objects/structseq.c structseq_repr
  t.tp_repr = (o) => {
    const s = o as PyStructSequence;
    const parts = s.items.map((v, i) => `${named[i]}=${reprString(v)}`);
    return newStr(`${desc.name}(${parts.join(', ')})`);
  };
  // struct_time(sequence): at least n_in_sequence items, at most every field.
  // @see Objects/structseq.c structseq_new_impl
  t.tp_new = (type, args) => {
    const arg = args[0];
    if (args.length !== 1) {
      throw newExceptionMsg(PyExc_TypeError,
        `${desc.name.split('.').pop()}() takes at most 2 arguments (${args.length} given)`);
    }
    const items = PyList_like(arg) ?? itemsOf(arg);
    const n = items.length;
    const short = desc.name;
    if (n < desc.nInSequence) {
      throw newExceptionMsg(PyExc_TypeError, `${short}() takes an at least ${desc.nInSequence}`
        + `-sequence (${n}-sequence given)`);
    }
    if (n > desc.fields.length) {
      throw newExceptionMsg(PyExc_TypeError, `${short}() takes an at most ${desc.fields.length}`
        + `-sequence (${n}-sequence given)`);
    }
    const extra = items.slice(desc.nInSequence);
    while (extra.length < desc.fields.length - desc.nInSequence) extra.push(Py_None);
    return new PyStructSequence(type, items.slice(0, desc.nInSequence), extra);
  };
  t.tp_methods = [
    { ml_name: '__reduce__', ml_meth: (self) => {
      void typeName;
      return new PyTuple([self.ob_type, new PyTuple([new PyTuple((self as PyTuple).items)])]);
    } },
  ];
  return t;
}

/** A new instance of a struct sequence type from all its field values. */
export function newStructSeq(type: PyTypeObject, values: PyObject[]): PyStructSequence {
  const d = descs.get(type)!;
  return new PyStructSequence(type, values.slice(0, d.nInSequence), values.slice(d.nInSequence));
}
