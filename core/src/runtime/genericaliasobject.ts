// Mirrors Objects/genericaliasobject.c: `types.GenericAlias`, what `list[int]` evaluates to
// (PEP 585). An alias only records its origin and arguments; almost every attribute read is
// passed on to the origin, and calling it calls the origin. Also its iterator, which makes
// `*tuple[int]` (the starred alias of PEP 646).

import { PyObject, PyTypeObject, newStaticType, typeName, type PyMethodDef } from '../object.js';
import { PyTuple, newTuple, Py_EmptyTuple } from '../objects/tupleobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { Py_None, Py_Ellipsis, Py_NotImplemented } from '../objects/noneobject.js';
import { Py_True, Py_False, newBool } from '../objects/boolobject.js';
import { PyDict } from '../objects/dictobject.js';
import { reprString, strString, PyObject_Hash } from '../objects/objectcore.js';
import {
  PyBaseException, PyExc_AttributeError, PyExc_TypeError, typeError, attributeError,
  notImplementedError,
}
  from '../objects/exceptions.js';
import { currentInterpreter } from '../interpreter.js';
import { PyList } from './listobject.js';
import { lookupInType } from './abstract.js';
import { PyCFunction } from './methodobject.js';

/** `types.GenericAlias`. @see Objects/genericaliasobject.c Py_GenericAliasType */
export const PyGenericAlias_Type: PyTypeObject = newStaticType('types.GenericAlias');
PyGenericAlias_Type.tp_doc = 'Represent a PEP 585 generic type\n\n'
  + 'E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).';

/** `generic_alias_iterator`. @see Objects/genericaliasobject.c _Py_GenericAliasIterType */
export const PyGenericAliasIter_Type: PyTypeObject = newStaticType('generic_alias_iterator');

/** @see Objects/genericaliasobject.c gaobject */
export class PyGenericAlias extends PyObject {
  declare origin: PyObject;
  declare args: PyTuple;
  /** Computed on first use, like CPython's lazily filled `parameters`. */
  declare parameters: PyTuple | null;
  /** `*tuple[int]`: made by iterating an alias. */
  declare starred: boolean;
  constructor(origin: PyObject, args: PyTuple, type: PyTypeObject = PyGenericAlias_Type) {
    super(type);
    this.origin = origin;
    this.args = args;
    this.parameters = null;
    this.starred = false;
  }
}

/**
 * `origin[args]`: a lone argument is wrapped in a 1-tuple, a tuple is taken as the list.
 * @see Objects/genericaliasobject.c Py_GenericAlias, setup_ga
 */
export function Py_GenericAlias(origin: PyObject, args: PyObject): PyGenericAlias {
  return new PyGenericAlias(origin, args instanceof PyTuple ? args : newTuple([args]));
}

function isError(e: unknown, t: PyTypeObject): boolean {
  return e instanceof PyBaseException && (e.ob_type === t || (e.ob_type.tp_mro ?? []).includes(t));
}

/** `getattr(o, name, None)` that tells "missing" (null) apart from errors. */
function optionalAttr(o: PyObject, name: string): PyObject | null {
  try {
    return currentInterpreter().hooks.getAttr(o, newStr(name) as PyUnicode);
  } catch (e) {
    if (isError(e, PyExc_AttributeError)) return null;
    throw e;
  }
}

/**
 * How one argument prints: `...` for Ellipsis, an alias by its repr, a class by its
 * (module-qualified, unless builtin) qualname, anything else by its repr.
 * @see Objects/genericaliasobject.c ga_repr_item
 */
export function reprItem(p: PyObject): string {
  if (p === Py_Ellipsis) return '...';
  if (optionalAttr(p, '__origin__') !== null && optionalAttr(p, '__args__') !== null) {
    return reprString(p);
  }
  const qualname = optionalAttr(p, '__qualname__');
  if (qualname === null) return reprString(p);
  const module = optionalAttr(p, '__module__');
  if (module === null || module === Py_None) return reprString(p);
  if (module instanceof PyUnicode && module.value === 'builtins') return strString(qualname);
  return `${strString(module)}.${strString(qualname)}`;
}

/** @see Objects/genericaliasobject.c ga_repr, ga_repr_items_list */
function gaRepr(o: PyObject): PyObject {
  const a = o as PyGenericAlias;
  const parts = a.args.items.map((p) => (p instanceof PyList && p.ob_type.tp_name === 'list'
    // A ParamSpec's argument list, as in Callable[[int, str], bool].
    ? `[${p.items.map(reprItem).join(', ')}]` : reprItem(p)));
  const inner = parts.length === 0 ? '()' : parts.join(', ');
  return newStr(`${a.starred ? '*' : ''}${reprItem(a.origin)}[${inner}]`);
}

/**
 * The type variables among the arguments. Plain classes have none, and ceval has no
 * TypeVar yet, so only objects that say `__typing_subst__` (or carry `__parameters__`
 * of their own, like another alias) contribute. @see Objects/genericaliasobject.c
 * _Py_make_parameters
 */
function makeParameters(args: PyObject[]): PyTuple {
  const out: PyObject[] = [];
  const add = (t: PyObject): void => { if (!out.includes(t)) out.push(t); };
  for (const t of args) {
    if (t instanceof PyTypeObject) continue;
    if (optionalAttr(t, '__typing_subst__') !== null) { add(t); continue; }
    let sub = optionalAttr(t, '__parameters__');
    if (sub === null && (t instanceof PyTuple || t instanceof PyList)) {
      sub = makeParameters((t as PyTuple).items);
    }
    if (sub instanceof PyTuple) for (const t2 of sub.items) add(t2);
  }
  return out.length === 0 ? Py_EmptyTuple : newTuple(out);
}

function parametersOf(a: PyGenericAlias): PyTuple {
  if (a.parameters === null) a.parameters = makeParameters(a.args.items);
  return a.parameters;
}

/**
 * `list[int][str]`: substituting type variables. With no parameters there is nothing to
 * substitute. @see Objects/genericaliasobject.c ga_getitem, _Py_subs_parameters
 */
function gaGetItem(o: PyObject, _item: PyObject): PyObject {
  const a = o as PyGenericAlias;
  if (parametersOf(a).items.length === 0) typeError(`${reprString(a)} is not a generic class`);
  // Only TypeVar-like objects (the typing module's, which ceval lacks) get here.
  return notImplementedError(
    `ceval has no typing module, so the parameters of ${reprString(a)} cannot be substituted`);
}

/** Origins equal and argument tuples equal. @see Objects/genericaliasobject.c ga_richcompare */
function gaRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(b instanceof PyGenericAlias) || (op !== 2 && op !== 3)) return Py_NotImplemented;
  const x = a as PyGenericAlias;
  const h = currentInterpreter().hooks;
  let eq = x.starred === b.starred && (x.origin === b.origin
    || h.isTrue(h.richCompare(x.origin, b.origin, 2)));
  if (eq) {
    const r = h.richCompare(x.args, b.args, 2);
    if (op === 2) return r;
    eq = h.isTrue(r);
  }
  return newBool(op === 2 ? eq : !eq);
}

/** @see Objects/genericaliasobject.c ga_hash */
function gaHash(o: PyObject): number | bigint {
  const a = o as PyGenericAlias;
  const h0 = BigInt(PyObject_Hash(a.origin));
  const h1 = BigInt(PyObject_Hash(a.args));
  const h = BigInt.asIntN(64, h0 ^ h1);
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

/**
 * `list[int]('ab')` is `list('ab')`; the result is then told which alias made it
 * (`__orig_class__`), which built-in objects cannot record, so that failure is ignored.
 * @see Objects/genericaliasobject.c ga_call, set_orig_class
 */
function gaCall(o: PyObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  const a = o as PyGenericAlias;
  const interp = currentInterpreter();
  const kw = kwargs instanceof PyDict && kwargs.ma_used > 0 ? kwargs : null;
  const names = kw === null ? null : kw.keys().map((k) => (k as PyUnicode).value);
  const vals = kw === null ? args : [...args, ...kw.values()];
  const obj = interp.callObject(a.origin, vals, names);
  try {
    interp.hooks.setAttr(obj, newStr('__orig_class__') as PyUnicode, a);
  } catch (e) {
    if (!isError(e, PyExc_AttributeError) && !isError(e, PyExc_TypeError)) throw e;
  }
  return obj;
}

// The names an alias answers itself; every other attribute is read from the origin.
const ATTR_EXCEPTIONS = ['__class__', '__bases__', '__origin__', '__args__', '__unpacked__',
  '__parameters__', '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
  '__reduce__', '__copy__', '__deepcopy__'];

/** @see Objects/genericaliasobject.c ga_getattro */
function gaGetAttro(o: PyObject, name: PyObject): PyObject {
  const a = o as PyGenericAlias;
  const s = (name as PyUnicode).value;
  if (!ATTR_EXCEPTIONS.includes(s)) {
    return currentInterpreter().hooks.getAttr(a.origin, name as PyUnicode);
  }
  const v = lookupInType(o, o.ob_type, s);
  if (v !== null) return v;
  return attributeError(`'${o.ob_type.tp_name}' object has no attribute '${s}'`);
}

function exactlyOne(name: string, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs instanceof PyDict && kwargs.ma_used > 0) {
    typeError(`${name}() takes no keyword arguments`);
  }
  if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noArgs(name: string, args: PyObject[]): void {
  if (args.length !== 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

function builtin(name: string): PyObject {
  const v = currentInterpreter().builtins.getItemStr(name);
  if (v === null) typeError(`builtins.${name} is missing`);
  return v;
}

/** @see Objects/genericaliasobject.c ga_methods */
PyGenericAlias_Type.tp_methods = [
  { ml_name: '__mro_entries__', ml_meth: (s, a, k) => {
    exactlyOne('GenericAlias.__mro_entries__', a, k);
    return newTuple([(s as PyGenericAlias).origin]);
  } },
  { ml_name: '__instancecheck__', ml_meth: (_s, a, k) => {
    exactlyOne('GenericAlias.__instancecheck__', a, k);
    return typeError('isinstance() argument 2 cannot be a parameterized generic');
  } },
  { ml_name: '__subclasscheck__', ml_meth: (_s, a, k) => {
    exactlyOne('GenericAlias.__subclasscheck__', a, k);
    return typeError('issubclass() argument 2 cannot be a parameterized generic');
  } },
  { ml_name: '__reduce__', ml_meth: (s, a) => {
    noArgs('GenericAlias.__reduce__', a);
    const g = s as PyGenericAlias;
    if (g.starred) {
      // Unpickling calls next(iter(origin[args])), which makes the starred alias again.
      return newTuple([builtin('next'), newTuple([gaIter(Py_GenericAlias(g.origin, g.args))])]);
    }
    return newTuple([g.ob_type, newTuple([g.origin, g.args])]);
  } },
  { ml_name: '__dir__', ml_meth: (s, a) => {
    noArgs('GenericAlias.__dir__', a);
    // dir(origin), then the names the alias keeps for itself.
    const d = currentInterpreter().callObject(builtin('dir'), [(s as PyGenericAlias).origin],
      null) as PyList;
    const have = new Set(d.items.map((x) => (x as PyUnicode).value));
    for (const n of ATTR_EXCEPTIONS) if (!have.has(n)) d.items.push(newStr(n));
    return d;
  } },
] satisfies PyMethodDef[];

/** @see Objects/genericaliasobject.c ga_members, ga_properties */
PyGenericAlias_Type.tp_members = [
  { name: '__origin__', get: (o) => (o as PyGenericAlias).origin, set: null },
  { name: '__args__', get: (o) => (o as PyGenericAlias).args, set: null },
  { name: '__unpacked__', get: (o) => ((o as PyGenericAlias).starred ? Py_True : Py_False),
    set: null },
];
PyGenericAlias_Type.tp_getset = [
  { name: '__parameters__', get: (o) => parametersOf(o as PyGenericAlias), set: null,
    doc: 'Type variables in the GenericAlias.' },
  { name: '__typing_unpacked_tuple_args__', get: (o) => {
    const a = o as PyGenericAlias;
    return a.starred && a.origin === tupleType() ? a.args : Py_None;
  }, set: null },
];

function tupleType(): PyObject {
  return Py_EmptyTuple.ob_type;
}

/** `types.GenericAlias(origin, args)`. @see Objects/genericaliasobject.c ga_new */
function gaNew(t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (kwargs instanceof PyDict && kwargs.ma_used > 0) {
    typeError('GenericAlias() takes no keyword arguments');
  }
  if (args.length !== 2) typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  const a = args[1];
  return new PyGenericAlias(args[0], a instanceof PyTuple ? a : newTuple([a]), t);
}

/** An iterator yielding the starred alias once. @see Objects/genericaliasobject.c gaiterobject */
class PyGenericAliasIter extends PyObject {
  declare obj: PyGenericAlias | null;
  constructor(obj: PyGenericAlias) {
    super(PyGenericAliasIter_Type);
    this.obj = obj;
  }
}

/** @see Objects/genericaliasobject.c ga_iter */
function gaIter(o: PyObject): PyObject {
  return new PyGenericAliasIter(o as PyGenericAlias);
}

PyGenericAlias_Type.tp_repr = gaRepr;
PyGenericAlias_Type.tp_hash = gaHash;
PyGenericAlias_Type.tp_call = gaCall;
PyGenericAlias_Type.tp_getattro = gaGetAttro;
PyGenericAlias_Type.tp_richcompare = gaRichCompare;
PyGenericAlias_Type.tp_iter = gaIter;
PyGenericAlias_Type.tp_new = gaNew;
PyGenericAlias_Type.tp_as_mapping = { mp_length: null, mp_subscript: gaGetItem,
  mp_ass_subscript: null };

PyGenericAliasIter_Type.tp_iter = (o) => o;
/** @see Objects/genericaliasobject.c ga_iternext */
PyGenericAliasIter_Type.tp_iternext = (o) => {
  const it = o as PyGenericAliasIter;
  if (it.obj === null) return null;
  const starred = Py_GenericAlias(it.obj.origin, it.obj.args);
  starred.starred = true;
  it.obj = null;
  return starred;
};
PyGenericAliasIter_Type.tp_methods = [
  { ml_name: '__reduce__', ml_meth: (s, a) => {
    noArgs('generic_alias_iterator.__reduce__', a);
    const it = s as PyGenericAliasIter;
    // Once exhausted there is no alias left to give: it pickles as an empty iterator.
    return newTuple([builtin('iter'), newTuple([it.obj ?? Py_EmptyTuple])]);
  } },
];


/**
 * `T.__class_getitem__`, the class method that makes `T[args]` an alias of T (what the
 * subscript of a type calls). Bound to T, so `T.__class_getitem__(int)` works too.
 * @see Objects/genericaliasobject.c Py_GenericAlias (METH_O|METH_CLASS in each type's methods)
 */
export function classGetItemMethod(t: PyTypeObject): PyCFunction {
  return new PyCFunction('__class_getitem__', (args, kwnames) => {
    const name = `${typeName(t)}.__class_getitem__`;
    if (kwnames !== null && kwnames.length > 0) typeError(`${name}() takes no keyword arguments`);
    if (args.length !== 1) typeError(`${name}() takes exactly one argument (${args.length} given)`);
    return Py_GenericAlias(t, args[0]);
  }, t);
}
