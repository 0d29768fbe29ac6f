// Mirrors the parts of Objects/typeobject.c that make types and `object` visible to Python:
// what a type's dict holds (add_operators' slot wrappers, `__new__`, `__doc__`), type's own
// attributes (`__name__`, `__mro__`, `__basicsize__` ...) and type_getattro's lookup order,
// object's methods (`__dir__`, `__sizeof__`, `__format__` ...) and the generic `__dir__`s.

import { PyObject, PyTypeObject, PyBaseObject_Type, PyType_Type, PyType_IsSubtype,
  typeName, type PyGetSetDef, type PyMethodDef } from '../object.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyFloat_Type } from '../objects/floatobject.js';
import { PyComplex_Type } from '../objects/complexobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyBytes } from '../objects/bytesobject.js';
import { PyTuple, newTuple } from '../objects/tupleobject.js';
import { Py_None, Py_NotImplemented, PyNone_Type } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyDict, dictSizeOf } from '../objects/dictobject.js';
import { PySetObject } from '../objects/setobject.js';
import { reprString, strString, PyObject_HashNotImplemented } from '../objects/objectcore.js';
import { typeError, attributeError, notImplementedError } from '../objects/exceptions.js';
import { currentInterpreter } from '../interpreter.js';
import { PyCFunction } from './methodobject.js';
import { PyList } from './listobject.js';
import { slotdefsNamed, ownSlot, ownSlotNames, setImplicitSlot } from './typeslots.js';
import { PyWrapperDescr, wrapperDescrFor, wrapperDescrGet } from './descrobject.js';
import { typeLayout } from './typelayout.generated.js';

// --- what a type's own dict shows ------------------------------------------------------------

// Lecture 08's slot_tp_new (a class whose __new__ is written in Python): such classes are
// skipped when looking for the nearest base with a C-level constructor.
let slotTpNew: unknown = null;
export function setSlotTpNew(f: unknown): void {
  slotTpNew = f;
}

const newWrappers = new WeakMap<PyTypeObject, { fn: unknown; w: PyCFunction }>();

/**
 * `T.__new__`: not a slot wrapper but a builtin method bound to T, which checks that its
 * first argument is a subtype of T whose nearest static base is T's.
 * @see Objects/typeobject.c add_tp_new_wrapper, tp_new_wrapper
 */
function tpNewWrapper(t: PyTypeObject): PyCFunction {
  const hit = newWrappers.get(t);
  if (hit !== undefined && hit.fn === t.tp_new) return hit.w;
  const w = new PyCFunction('__new__', (args, kwnames) => {
    const n = kwnames === null ? args.length : args.length - kwnames.length;
    const name = t.tp_name;
    if (n < 1) typeError(`${name}.__new__(): not enough arguments`);
    const sub = args[0];
    if (!(sub instanceof PyTypeObject)) {
      typeError(`${name}.__new__(X): X is not a type object (${sub.ob_type.tp_name})`);
    }
    if (!PyType_IsSubtype(sub, t)) {
      typeError(`${name}.__new__(${sub.tp_name}): ${sub.tp_name} is not a subtype of ${name}`);
    }
    // The nearest base with a C-level tp_new of its own must be t: calling int.__new__ on
    // bool would skip bool's own constructor. @see tp_new_wrapper's "is not safe" check
    let staticbase: PyTypeObject | null = sub;
    while (staticbase !== null && (staticbase.tp_new === null || staticbase.tp_new === slotTpNew)) {
      staticbase = staticbase.tp_base;
    }
    if (staticbase !== null && staticbase.tp_new !== t.tp_new) {
      typeError(`${name}.__new__(${sub.tp_name}) is not safe, use ${staticbase.tp_name}.__new__()`);
    }
    const kw = kwnames === null || kwnames.length === 0 ? null : new PyDict();
    if (kw !== null) kwnames!.forEach((k, i) => kw.setItemStr(k, args[n + i]));
    return t.tp_new!(sub, args.slice(1, n), kw);
  }, t);
  newWrappers.set(t, { fn: t.tp_new, w });
  return w;
}

/** `T.__doc__` as T's dict holds it: the docstring of a built-in type, or None. */
function typeDoc(t: PyTypeObject): PyObject {
  const doc = t.tp_doc ?? typeLayout[t.tp_name]?.[2] ?? null;
  return doc === null ? Py_None : newStr(doc);
}

/**
 * The value a slot (or `__doc__`) puts under `name` in `t`'s own dict, or null. This is
 * add_operators run on demand: slots change per VM, so the dict entry is computed when
 * looked up, and cached per slot function so that `int.__add__ is int.__add__`.
 * @see Objects/typeobject.c add_operators, type_ready_fill_dict
 */
export function typeDunder(t: PyTypeObject, name: string): PyObject | null {
  if (name === '__new__') return t.tp_new !== null ? tpNewWrapper(t) : null;
  // A getset named __doc__ (descriptors' own docs) shadows the type's docstring entry.
  if (name === '__doc__') {
    return t.tp_getset?.some((g) => g.name === name) || t.tp_members?.some((g) => g.name === name)
      ? null : typeDoc(t);
  }
  for (const d of slotdefsNamed(name)) {
    const fn = ownSlot(t, d);
    if (fn === null) continue;
    if (fn === PyObject_HashNotImplemented) return Py_None;
    return wrapperDescrFor(t, d, fn);
  }
  return null;
}

/** What an attribute found in a type's dict becomes when read through an instance. */
export function bindDunder(v: PyObject, self: PyObject): PyObject {
  return v instanceof PyWrapperDescr ? wrapperDescrGet(v, self) : v;
}

/**
 * Every name in `t`'s own dict (not its bases'), in no particular order.
 * @see Objects/typeobject.c type_ready_fill_dict
 */
export function typeDictKeys(t: PyTypeObject): string[] {
  const names = new Set<string>();
  if (t.tp_dict instanceof PyDict) {
    for (const k of t.tp_dict.keys()) if (k instanceof PyUnicode) names.add(k.value);
  }
  for (const n of ownSlotNames(t)) names.add(n);
  for (const m of t.tp_methods ?? []) names.add(m.ml_name);
  for (const g of t.tp_members ?? []) names.add(g.name);
  for (const g of t.tp_getset ?? []) names.add(g.name);
  names.add('__doc__');
  return [...names];
}

// --- dir() ------------------------------------------------------------------------------------

/** Add the names of `t`'s dict and its bases', recursively. @see typeobject.c merge_class_dict */
function mergeClassDict(names: Set<string>, t: PyTypeObject): void {
  for (const n of typeDictKeys(t)) names.add(n);
  for (const b of t.tp_bases ?? []) mergeClassDict(names, b);
}

function pyList(names: Iterable<string>): PyList {
  return new PyList([...names].map(newStr));
}

/**
 * `object.__dir__(self)`: the instance's `__dict__` keys plus every attribute of its class
 * and the class's bases. @see Objects/typeobject.c object___dir___impl
 */
export function objectDir(self: PyObject): PyList {
  const names = new Set<string>();
  const d = (self as { dict?: PyObject | null }).dict;
  if (d instanceof PyDict) {
    for (const k of d.keys()) if (k instanceof PyUnicode) names.add(k.value);
  }
  mergeClassDict(names, self.ob_type);
  return pyList(names);
}

/** `type.__dir__(cls)`: the merged dicts of cls and its bases. @see type___dir___impl */
export function typeDir(t: PyTypeObject): PyList {
  const names = new Set<string>();
  mergeClassDict(names, t);
  return pyList(names);
}

// --- object's own slots and methods -----------------------------------------------------------

function excessArgs(args: PyObject[], kwargs: PyObject | null): boolean {
  return args.length > 0 || (kwargs !== null && (kwargs as PyDict).ma_used > 0);
}

function findTpInit(t: PyTypeObject): unknown {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    if (c.tp_init !== null) return c.tp_init;
  }
  return objectInit;
}

/** @see Objects/typeobject.c object_init */
export function objectInit(self: PyObject, args: PyObject[], kwargs: PyObject | null): void {
  if (!excessArgs(args, kwargs)) return;
  const t = self.ob_type;
  if (findTpInit(t) !== objectInit) {
    typeError('object.__init__() takes exactly one argument (the instance to initialize)');
  }
  if (t.tp_new === objectNew) {
    typeError(`${typeName(t)}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

let heapAlloc: ((t: PyTypeObject) => PyObject) | null = null;

/**
 * How `object.__new__` allocates an instance of a class (lecture 08: room for a `__dict__`
 * and `__slots__`). CPython's tp_alloc, inherited from the class's base.
 */
export function setHeapAlloc(f: (t: PyTypeObject) => PyObject): void {
  heapAlloc = f;
}

/** `object()`: a bare header. @see Objects/typeobject.c object_new */
export function objectNew(t: PyTypeObject, args: PyObject[], kwargs: PyObject | null): PyObject {
  if (excessArgs(args, kwargs)) {
    if (t.tp_new !== objectNew) {
      typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (findTpInit(t) === objectInit) typeError(`${typeName(t)}() takes no arguments`);
  }
  if (heapAlloc !== null && (t.tp_flags & (1 << 9)) !== 0) return heapAlloc(t);
  return new PyObject(t);
}

/** `object.__str__` is repr. @see Objects/typeobject.c object_str */
function objectStr(self: PyObject): PyObject {
  return newStr(reprString(self));
}

/**
 * == is identity, != is the inverse of the type's ==, ordering is not defined.
 * @see Objects/typeobject.c object_richcompare
 */
function objectRichCompare(self: PyObject, other: PyObject, op: number): PyObject {
  if (op === 2) return self === other ? Py_True : Py_NotImplemented;
  if (op !== 3) return Py_NotImplemented;
  let cmp: ((a: PyObject, b: PyObject, op: number) => PyObject) | null = null;
  for (let c: PyTypeObject | null = self.ob_type; c !== null && cmp === null; c = c.tp_base) {
    cmp = c.tp_richcompare ?? (c === PyBaseObject_Type ? objectRichCompare : null);
  }
  const r = cmp!(self, other, 2);
  if (r === Py_NotImplemented) return r;
  return currentInterpreter().hooks.isTrue(r) ? Py_False : Py_True;
}

PyBaseObject_Type.tp_new = objectNew;
setImplicitSlot(PyBaseObject_Type, 'tp_init', objectInit);
setImplicitSlot(PyBaseObject_Type, 'tp_str', objectStr);
setImplicitSlot(PyBaseObject_Type, 'tp_richcompare', objectRichCompare);
// None is false without asking a slot (TO_BOOL_NONE), but NoneType's literal has none_bool.
setImplicitSlot(PyNone_Type, 'nb_bool', () => false);

/** The size in bytes CPython 3.13 gives an object of a built-in type (`__sizeof__`). */
function sizeOf(self: PyObject): number {
  const t = self.ob_type;
  if (self instanceof PyLong) {
    // offsetof(PyLongObject, long_value.ob_digit) + one 30-bit digit (in 4 bytes) per digit.
    let v = self.value;
    if (v < 0) v = -v;
    let digits = 0;
    for (let b = BigInt(v); b > 0n; b >>= 30n) digits++;
    return 24 + 4 * Math.max(digits, 1);
  }
  if (t === PyFloat_Type) return 24;
  if (t === PyComplex_Type) return 32;
  if (self instanceof PyUnicode) {
    // PEP 393: an ASCII string is a 40-byte header plus 1 byte a character; any other is
    // a 56-byte header plus 1, 2 or 4 bytes a character; both keep a terminating NUL.
    let max = 0;
    let n = 0;
    for (const ch of self.value) { max = Math.max(max, ch.codePointAt(0)!); n++; }
    if (max < 128) return 40 + n + 1;
    const kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
    // The 128 one-character latin-1 strings are CPython's static singletons, built with
    // their UTF-8 form (two bytes and a NUL) already attached.
    const utf8 = n === 1 && kind === 1 ? 3 : 0;
    return 56 + (n + 1) * kind + utf8;
  }
  if (self instanceof PyBytes) return 33 + self.value.length;
  if (self instanceof PyTuple) return 24 + 8 * self.items.length;
  if (self instanceof PyList) {
    // ob_item holds `allocated` pointers: list_resize's over-allocation, which lecture 07
    // tracks as `allocated` (a list of known size allocates exactly its length).
    const allocated = (self as { allocated?: number }).allocated ?? self.items.length;
    return 40 + 8 * Math.max(allocated, self.items.length);
  }
  if (self instanceof PySetObject) {
    // A set's first 8 entries sit inside the object (smalltable); a bigger table is a
    // separate block of (mask + 1) 16-byte entries. @see Objects/setobject.c set_sizeof
    return 200 + (self.mask + 1 > 8 ? 16 * (self.mask + 1) : 0);
  }
  if (self instanceof PyDict) return dictSizeOf(self);
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const l = typeLayout[c.tp_name];
    if (l !== undefined) return l[0];
  }
  return 16;
}

function method(name: string, meth: PyMethodDef['ml_meth']): PyMethodDef {
  return { ml_name: name, ml_meth: meth };
}

function noArgs(name: string, args: PyObject[]): void {
  if (args.length !== 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

function oneArg(name: string, args: PyObject[]): void {
  if (args.length !== 1) {
    typeError(`${name}() takes exactly one argument (${args.length} given)`);
  }
}

/** @see Objects/typeobject.c object_methods */
PyBaseObject_Type.tp_methods = [
  method('__reduce_ex__', () => notImplementedError(
    'ceval has no copyreg module, so objects cannot be reduced for pickling')),
  method('__reduce__', () => notImplementedError(
    'ceval has no copyreg module, so objects cannot be reduced for pickling')),
  method('__getstate__', (self, args) => {
    noArgs('object.__getstate__', args);
    // object_getstate_default: the instance dict when it has entries, otherwise None.
    const d = (self as { dict?: PyObject | null }).dict;
    return d instanceof PyDict && d.ma_used > 0 ? d.copy() : Py_None;
  }),
  method('__format__', (self, args) => {
    oneArg('object.__format__', args);
    const spec = args[0];
    if (!(spec instanceof PyUnicode)) {
      // _PyArg_BadArgument names None itself, any other object by its type.
      const what = spec === Py_None ? 'None' : typeName(spec.ob_type);
      typeError(`__format__() argument must be str, not ${what}`);
    }
    if (spec.value.length > 0) {
      typeError(`unsupported format string passed to ${typeName(self.ob_type)}.__format__`);
    }
    return newStr(strString(self));
  }),
  method('__sizeof__', (self, args) => {
    noArgs('object.__sizeof__', args);
    return newInt(sizeOf(self));
  }),
  method('__dir__', (self, args) => {
    noArgs('object.__dir__', args);
    return objectDir(self);
  }),
];

// __subclasshook__ and __init_subclass__ are class methods: bound to the class, they live in
// the dict as builtin methods of `object`.
PyBaseObject_Type.tp_dict = (() => {
  const d = new PyDict();
  d.setItemStr('__subclasshook__', new PyCFunction('__subclasshook__', (args, kw) => {
    oneArg('object.__subclasshook__', kw === null ? args : args.slice(0, -kw.length));
    return Py_NotImplemented;
  }, PyBaseObject_Type));
  d.setItemStr('__init_subclass__', new PyCFunction('__init_subclass__', (args) => {
    noArgs('object.__init_subclass__', args);
    return Py_None;
  }, PyBaseObject_Type));
  return d;
})();

/** `__class__`. @see Objects/typeobject.c object_getsets */
PyBaseObject_Type.tp_getset = [
  { name: '__class__', get: (self) => self.ob_type, set: null },
];

// --- type's own attributes ----------------------------------------------------------------------

function layout(t: PyTypeObject): readonly [number, number, string | null, number] | null {
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    const l = typeLayout[c.tp_name];
    if (l !== undefined) return l;
  }
  return null;
}

function typeModule(t: PyTypeObject): string {
  if (t.tp_module !== null) return t.tp_module;
  const i = t.tp_name.lastIndexOf('.');
  return i < 0 ? 'builtins' : t.tp_name.slice(0, i);
}

const ro = (name: string, get: (t: PyTypeObject) => PyObject): PyGetSetDef =>
  ({ name, get: (o) => get(o as PyTypeObject), set: null });

/** @see Objects/typeobject.c type_members, type_getsets */
PyType_Type.tp_getset = [
  ro('__basicsize__', (t) => newInt(t.tp_basicsize || (layout(t)?.[0] ?? 16))),
  ro('__itemsize__', (t) => newInt(t.tp_basicsize ? t.tp_itemsize : (layout(t)?.[1] ?? 0))),
  ro('__base__', (t) => t.tp_base ?? Py_None),
  ro('__mro__', (t) => newTuple([...(t.tp_mro ?? [t])])),
  ro('__name__', (t) => newStr(typeName(t))),
  ro('__qualname__', (t) => newStr(typeName(t))),
  ro('__bases__', (t) => newTuple([...(t.tp_bases ?? [])])),
  ro('__module__', (t) => newStr(typeModule(t))),
  // A static type's __doc__ is its tp_doc (type_get_doc), read before the dict's entry.
  ro('__doc__', (t) => typeDoc(t)),
];

PyType_Type.tp_methods = [
  method('mro', (self, args) => {
    noArgs('type.mro', args);
    return new PyList([...((self as PyTypeObject).tp_mro ?? [self])]);
  }),
  method('__dir__', (self, args) => {
    noArgs('type.__dir__', args);
    return typeDir(self as PyTypeObject);
  }),
];

/**
 * Attribute lookup on a type object: a data descriptor of the metatype (`__name__`,
 * `__mro__`, `__class__`) first, then the type's own MRO (so `int.__repr__` is int's slot
 * wrapper, not type's), then the metatype's other attributes bound to the type.
 * `lookupInType(self, t, name)` is the caller's MRO walk (runtime/abstract.ts).
 * @see Objects/typeobject.c _Py_type_getattro_impl
 */
export function typeGetAttro(t: PyTypeObject, name: PyUnicode,
  lookupInType: (self: PyObject | null, t: PyTypeObject, s: string) => PyObject | null):
  PyObject {
  const s = name.value;
  const meta = t.ob_type;
  for (let c: PyTypeObject | null = meta; c !== null; c = c.tp_base) {
    for (const g of c.tp_getset ?? []) if (g.name === s && g.get !== null) return g.get(t);
  }
  const v = lookupInType(null, t, s);
  if (v !== null) return v;
  const m = lookupInType(t, meta, s);
  if (m !== null) return m;
  return attributeError(`type object '${typeName(t)}' has no attribute '${s}'`);
}
