// Mirrors Objects/structseq.c: struct sequences, the named tuples that C code hands out
// (sys.version_info, sys.float_info, later os.stat_result and time.struct_time). A struct
// sequence is a tuple subclass whose first n_sequence_fields items also have names.

import { PyObject, PyTypeObject, newStaticType, PyGetSetDef, PyMethodDef } from '../object.js';
import { PyTuple, PyTuple_Type } from './tupleobject.js';
import { PyDict } from './dictobject.js';
import { newInt } from './longobject.js';
import { newStr } from './unicodeobject.js';
import { Py_None } from './noneobject.js';
import { reprString } from './objectcore.js';
import { newExceptionMsg, PyExc_TypeError } from './exceptions.js';

/** What a struct sequence type is declared with. @see Include/structseq.h PyStructSequence_Desc */
export interface StructSeqDesc {
  /** The dotted name (`sys.float_info`): the module is the part before the last dot. */
  name: string;
  /** Every field, the visible (sequence) ones first. */
  fields: readonly string[];
  /** How many of `fields` are also tuple items; the rest are attributes only. */
  nInSequence?: number;
  /** False for the types CPython will not let Python build (`sys.flags`, `sys.version_info`). */
  instantiable?: boolean;
}

/** A struct sequence: the visible items are the tuple's, the hidden ones live beside them. */
export class PyStructSeq extends PyTuple {
  declare hidden: PyObject[];
  constructor(type: PyTypeObject, items: PyObject[], hidden: PyObject[]) {
    super(items, type);
    this.hidden = hidden;
  }
}

interface StructSeqType extends PyTypeObject { structFields?: readonly string[]; nVisible?: number }

function fieldsOf(t: PyTypeObject): [readonly string[], number] {
  const s = t as StructSeqType;
  return [s.structFields ?? [], s.nVisible ?? 0];
}

/** A sequence's items for the constructor: PySequence_Fast with the constructor's message. */
function sequenceItems(o: PyObject): PyObject[] {
  if (o instanceof PyTuple) return o.items;
  const items = (o as { items?: unknown }).items;
  if (Array.isArray(items)) return items as PyObject[];
  let iterf = null;
  for (let c: PyTypeObject | null = o.ob_type; c !== null && iterf === null; c = c.tp_base) {
    iterf = c.tp_iter;
  }
  if (iterf === null) throw newExceptionMsg(PyExc_TypeError, 'constructor requires a sequence');
  const it = iterf(o);
  let next = null;
  for (let c: PyTypeObject | null = it.ob_type; c !== null && next === null; c = c.tp_base) {
    next = c.tp_iternext;
  }
  const out: PyObject[] = [];
  for (let x = next!(it); x !== null; x = next!(it)) out.push(x);
  return out;
}

/**
 * type(seq[, dict]): the visible fields from `seq`, hidden ones from `seq`'s extra items or
 * from `dict`, None otherwise. @see Objects/structseq.c structseq_new_impl
 */
function structseqNew(t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const [fields, nVisible] = fieldsOf(t);
  let seq = args[0];
  let dict: PyObject | undefined = args[1];
  if (kwargs instanceof PyDict) {
    seq = seq ?? kwargs.getItemStr('sequence') ?? undefined;
    dict = dict ?? kwargs.getItemStr('dict') ?? undefined;
  }
  if (seq === undefined) {
    throw newExceptionMsg(PyExc_TypeError,
      `${t.tp_name}() missing required argument 'sequence' (pos 1)`);
  }
  const items = sequenceItems(seq).slice();
  const n = items.length;
  const max = fields.length;
  const name = t.tp_name;
  if (n < nVisible) {
    throw newExceptionMsg(PyExc_TypeError, nVisible === max
      ? `${name}() takes a ${max}-sequence (${n}-sequence given)`
      : `${name}() takes an at least ${nVisible}-sequence (${n}-sequence given)`);
  }
  if (n > max) {
    throw newExceptionMsg(PyExc_TypeError, nVisible === max
      ? `${name}() takes a ${max}-sequence (${n}-sequence given)`
      : `${name}() takes an at most ${max}-sequence (${n}-sequence given)`);
  }
  if (dict !== undefined && dict !== Py_None && !(dict instanceof PyDict)) {
    throw newExceptionMsg(PyExc_TypeError,
      `${name}() takes a dict as second arg, if any`);
  }
  const hidden: PyObject[] = [];
  for (let i = nVisible; i < max; i++) {
    hidden.push(i < n ? items[i]
      : (dict instanceof PyDict ? dict.getItemStr(fields[i]) : null) ?? Py_None);
  }
  return new PyStructSeq(t, items.slice(0, nVisible), hidden);
}

/** `name(field=value, ...)` over the visible fields. @see Objects/structseq.c structseq_repr */
function structseqRepr(o: PyObject): PyObject {
  const t = o.ob_type;
  const [fields, nVisible] = fieldsOf(t);
  const items = (o as PyTuple).items;
  const parts: string[] = [];
  for (let i = 0; i < nVisible; i++) parts.push(`${fields[i]}=${reprString(items[i])}`);
  return newStr(`${t.tp_name}(${parts.join(', ')})`);
}

function fieldValue(o: PyObject, i: number, nVisible: number): PyObject {
  return i < nVisible ? (o as PyTuple).items[i] : (o as PyStructSeq).hidden[i - nVisible];
}

/** `__reduce__`: (type, (visible items, {hidden fields})). */
function structseqReduce(self: PyObject): PyObject {
  const t = self.ob_type;
  const [fields, nVisible] = fieldsOf(t);
  const d = new PyDict();
  for (let i = nVisible; i < fields.length; i++) {
    d.setItemStr(fields[i], fieldValue(self, i, nVisible));
  }
  return new PyTuple([t, new PyTuple([new PyTuple((self as PyTuple).items), d])]);
}

/** `__replace__(**changes)` (copy.replace), new in 3.13. @see structseq.c structseq_replace */
function structseqReplace(self: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const t = self.ob_type;
  if (args.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, '__replace__() takes no positional arguments');
  }
  const [fields, nVisible] = fieldsOf(t);
  const values = fields.map((_, i) => fieldValue(self, i, nVisible));
  if (kwargs instanceof PyDict) {
    const left = new Map<string, PyObject>();
    for (const k of kwargs.keys()) left.set(reprString(k).slice(1, -1), kwargs.getItem(k)!);
    fields.forEach((f, i) => {
      const v = left.get(f);
      if (v !== undefined) { values[i] = v; left.delete(f); }
    });
    if (left.size > 0) {
      throw newExceptionMsg(PyExc_TypeError,
        `Got unexpected field name(s): ${reprString(new PyTuple([...left.keys()].map(newStr)))
          .replace(/,\)$/, ')').replace(/^\((.*)\)$/, '[$1]')}`);
    }
  }
  return new PyStructSeq(t, values.slice(0, nVisible), values.slice(nVisible));
}

const structseqMethods: PyMethodDef[] = [
  { ml_name: '__reduce__', ml_meth: (self) => structseqReduce(self) },
  { ml_name: '__replace__', ml_meth: structseqReplace },
];

/**
 * Make a struct sequence type: a tuple subclass with a read-only attribute per field and
 * the class attributes n_sequence_fields, n_fields, n_unnamed_fields.
 * @see Objects/structseq.c _PyStructSequence_InitBuiltinWithFlags
 */
export function newStructSeqType(desc: StructSeqDesc): PyTypeObject {
  const t = newStaticType(desc.name, PyTuple_Type) as StructSeqType;
  const nVisible = desc.nInSequence ?? desc.fields.length;
  t.structFields = desc.fields;
  t.nVisible = nVisible;
  t.tp_repr = structseqRepr;
  t.tp_methods = structseqMethods;
  t.tp_members = desc.fields.map((name, i): PyGetSetDef => ({
    name, get: (o) => fieldValue(o, i, nVisible), set: null,
  }));
  t.tp_new = desc.instantiable === false
    ? (type) => { throw newExceptionMsg(PyExc_TypeError, `cannot create '${type.tp_name}' instances`); }
    : structseqNew;
  const d = new PyDict();
  d.setItemStr('n_sequence_fields', newInt(nVisible));
  d.setItemStr('n_fields', newInt(desc.fields.length));
  d.setItemStr('n_unnamed_fields', newInt(0));
  d.setItemStr('__match_args__', new PyTuple(desc.fields.slice(0, nVisible).map(newStr)));
  t.tp_dict = d;
  return t;
}

/** Build one struct sequence of `type` from its field values, in field order. */
export function newStructSeq(type: PyTypeObject, values: PyObject[]): PyStructSeq {
  const n = (type as StructSeqType).nVisible ?? values.length;
  return new PyStructSeq(type, values.slice(0, n), values.slice(n));
}
