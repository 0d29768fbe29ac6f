// Mirrors Objects/unionobject.c: `types.UnionType`, what `int | None` evaluates to (PEP 604).
// `|` between classes, aliases (`list[int]`) and None flattens nested unions, drops
// repeats, and gives back the lone member when only one is left. isinstance() and
// issubclass() read a union as the tuple of its members (runtime/bltinmodule.ts).

import { PyObject, PyTypeObject, PyType_Type, PyNumberMethods, newStaticType }
  from '../object.js';
import { PyTuple, newTuple, Py_EmptyTuple } from '../objects/tupleobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { Py_None, Py_NotImplemented, PyNone_Type } from '../objects/noneobject.js';
import { newBool } from '../objects/boolobject.js';
import { reprString, PyObject_Hash } from '../objects/objectcore.js';
import { newFrozenSet, setContainsKey, setKeys } from '../objects/setobject.js';
import { typeError } from '../objects/exceptions.js';
import { currentInterpreter } from '../interpreter.js';
import { PyGenericAlias, PyGenericAlias_Type, reprItem } from './genericaliasobject.js';

/** `types.UnionType`. @see Objects/unionobject.c _PyUnion_Type */
export const PyUnion_Type: PyTypeObject = newStaticType('types.UnionType');
PyUnion_Type.tp_doc = 'Represent a PEP 604 union type\n\nE.g. for int | str';

/** @see Objects/unionobject.c unionobject */
export class PyUnion extends PyObject {
  declare args: PyTuple;
  constructor(args: PyTuple) {
    super(PyUnion_Type);
    this.args = args;
  }
}

/** What may stand on either side of `|`. @see Objects/unionobject.c is_unionable */
function isUnionable(o: PyObject): boolean {
  return o === Py_None || o instanceof PyTypeObject || o instanceof PyGenericAlias
    || o instanceof PyUnion;
}

/**
 * Members of nested unions are lifted out, None becomes NoneType, and a member already
 * present is dropped: by identity, or by == for two aliases (list[int] is made anew each
 * time it is written). @see Objects/unionobject.c flatten_args, dedup_and_flatten_args
 */
function dedupAndFlatten(args: PyObject[]): PyObject[] {
  const flat: PyObject[] = [];
  for (const a of args) {
    if (a instanceof PyUnion) flat.push(...a.args.items);
    else flat.push(a === Py_None ? PyNone_Type : a);
  }
  const out: PyObject[] = [];
  const h = currentInterpreter().hooks;
  for (const a of flat) {
    const dup = out.some((b) => (a instanceof PyGenericAlias && b instanceof PyGenericAlias
      ? h.isTrue(h.richCompare(a, b, 2)) : a === b));
    if (!dup) out.push(a);
  }
  return out;
}

/** @see Objects/unionobject.c make_union */
function makeUnion(args: PyObject[]): PyObject {
  const members = dedupAndFlatten(args);
  return members.length === 1 ? members[0] : new PyUnion(newTuple(members));
}

/**
 * `X | Y` for types, aliases and unions (type's and GenericAlias's nb_or).
 * @see Objects/unionobject.c _Py_union_type_or
 */
export function unionTypeOr(a: PyObject, b: PyObject): PyObject {
  if (!isUnionable(a) || !isUnionable(b)) return Py_NotImplemented;
  return makeUnion([a, b]);
}

/** `int | None`: NoneType prints as None. @see Objects/unionobject.c union_repr_item */
function unionRepr(o: PyObject): PyObject {
  return newStr((o as PyUnion).args.items
    .map((p) => (p === PyNone_Type ? 'None' : reprItem(p))).join(' | '));
}

/** Order does not matter: the members compare as sets. @see unionobject.c union_richcompare */
function unionRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyUnion) || (op !== 2 && op !== 3)) return Py_NotImplemented;
  const x = newFrozenSet((a as PyUnion).args.items);
  const y = newFrozenSet(b.args.items);
  const eq = x.used === y.used && setKeys(x).every((k) => setContainsKey(y, k));
  return newBool(op === 2 ? eq : !eq);
}

/** hash(frozenset(members)). @see Objects/unionobject.c union_hash */
function unionHash(o: PyObject): number | bigint {
  return PyObject_Hash(newFrozenSet((o as PyUnion).args.items));
}

/**
 * `(int | str)[...]`: only unions with type variables can be subscripted, and ceval has
 * none to offer. @see Objects/unionobject.c union_getitem
 */
function unionGetItem(o: PyObject): PyObject {
  return typeError(`${reprString(o)} is not a generic class`);
}

PyUnion_Type.tp_repr = unionRepr;
PyUnion_Type.tp_hash = unionHash;
PyUnion_Type.tp_richcompare = unionRichCompare;
PyUnion_Type.tp_as_number = Object.assign(new PyNumberMethods(), { nb_or: unionTypeOr });
PyUnion_Type.tp_as_mapping = { mp_length: null, mp_subscript: unionGetItem,
  mp_ass_subscript: null };
PyUnion_Type.tp_members = [
  { name: '__args__', get: (o) => (o as PyUnion).args, set: null },
];
PyUnion_Type.tp_getset = [
  // No member of a union made from classes and aliases is a type variable.
  { name: '__parameters__', get: () => Py_EmptyTuple, set: null },
];

// `type.__or__` / `type.__ror__`, and list[int] | None. @see Objects/typeobject.c type_as_number
PyType_Type.tp_as_number = Object.assign(new PyNumberMethods(), { nb_or: unionTypeOr });
PyGenericAlias_Type.tp_as_number = Object.assign(new PyNumberMethods(), { nb_or: unionTypeOr });
