// Mirrors the class-related parts of Python/bltinmodule.c and Objects/abstract.c:
// `__build_class__` (what LOAD_BUILD_CLASS pushes: it picks the metaclass, asks it for a
// namespace, runs the class body in it and calls the metaclass), and isinstance/issubclass
// with `__instancecheck__`/`__subclasscheck__` (PyObject_IsInstance, PyObject_IsSubclass).

import { PyObject, PyTypeObject, PyType_Type, PyType_IsSubtype, typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { typeError, runtimeError, recursionError } from '@ceval/core/objects/exceptions';
import { PyFunction } from '@ceval/core/runtime/funcobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PyUnion } from '@ceval/core/runtime/unionobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { pushFrame, evalFrameDefault } from '@ceval/core/ceval';
import type { Interpreter } from '@ceval/core/interpreter';
import { getAttrOrNull, lookupSpecial } from './object.js';
import { calculateMetaclass } from './typeobject.js';
import { recursiveIsInstance } from './typeobject-attrs.js';

type Args = PyObject[];

function split(args: Args, kwnames: string[] | null): [Args, Map<string, PyObject>] {
  const n = kwnames === null ? args.length : args.length - kwnames.length;
  const kw = new Map<string, PyObject>();
  kwnames?.forEach((k, i) => kw.set(k, args[n + i]));
  return [args.slice(0, n), kw];
}

/**
 * PEP 560: a base that is not a class may stand for one through `__mro_entries__`
 * (`class C(list[int])` really derives from list). @see bltinmodule.c update_bases
 */
function updateBases(interp: Interpreter, bases: Args): Args {
  let changed = false;
  const out: Args = [];
  for (const b of bases) {
    if (b instanceof PyTypeObject) {
      out.push(b);
      continue;
    }
    const meth = getAttrOrNull(b, newStr('__mro_entries__'));
    if (meth === null) {
      out.push(b);
      continue;
    }
    const r = interp.callObject(meth, [newTuple(bases)], null);
    if (!(r instanceof PyTuple)) typeError('__mro_entries__ must return a tuple');
    out.push(...r.items);
    changed = true;
  }
  return changed ? out : bases;
}

/**
 * Run a class body: the body is a function whose code stores into the namespace it is given
 * as its locals (LOAD_NAME/STORE_NAME), with the function's closure for free variables.
 * @see Python/bltinmodule.c builtin___build_class__ (_PyEval_Vector with locals = ns)
 */
function runClassBody(interp: Interpreter, func: PyFunction, ns: PyObject): PyObject {
  const f = pushFrame(interp, func.exec, func, func.globals, func.builtins, ns,
    interp.currentFrame);
  return evalFrameDefault(interp, f);
}

/**
 * `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
 * @see Python/bltinmodule.c builtin___build_class__
 */
export function buildClass(interp: Interpreter, all: Args, kwnames: string[] | null): PyObject {
  const [args, kw] = split(all, kwnames);
  if (args.length < 2) typeError('__build_class__: not enough arguments');
  const func = args[0];
  if (!(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
  const name = args[1];
  if (!(name instanceof PyUnicode)) typeError('__build_class__: name is not a string');
  const origBases = args.slice(2);
  const bases = updateBases(interp, origBases);

  // The metaclass: given, or the type of the first base; a class is made by the most
  // derived metaclass among it and every base's.
  let meta: PyObject | null = kw.get('metaclass') ?? null;
  kw.delete('metaclass');
  let isClass = false;
  if (meta === null) {
    meta = bases.length === 0 ? PyType_Type : bases[0].ob_type;
    isClass = true;
  } else {
    isClass = meta instanceof PyTypeObject;
  }
  if (isClass) meta = calculateMetaclass(meta as PyTypeObject, bases);

  const kwNames = [...kw.keys()];
  const kwVals = [...kw.values()];
  const basesTuple = newTuple(bases);

  // __prepare__ makes the namespace (a plain dict unless the metaclass says otherwise).
  let ns: PyObject;
  const prep = getAttrOrNull(meta, newStr('__prepare__'));
  if (prep === null) {
    ns = new PyDict();
  } else {
    ns = interp.callObject(prep, [name, basesTuple, ...kwVals], kwNames.length ? kwNames : null);
    if (!isMapping(ns)) {
      const who = meta instanceof PyTypeObject ? typeName(meta) : '<metaclass>';
      typeError(`${who}.__prepare__() must return a mapping, not ${typeName(ns.ob_type)}`);
    }
  }
  const cell = runClassBody(interp, func, ns);
  if (bases !== origBases) setItem(interp, ns, '__orig_bases__', newTuple(origBases));
  const cls = interp.callObject(meta, [name, basesTuple, ns, ...kwVals],
    kwNames.length ? kwNames : null);
  if (cls instanceof PyTypeObject && cell.ob_type.tp_name === 'cell') {
    const inCell = (cell as unknown as { ref: PyObject | null }).ref;
    if (inCell !== cls) {
      if (inCell === null) {
        runtimeError(`__class__ not set defining '${name.value}' as ${reprString(cls)}. Was `
          + '__classcell__ propagated to type.__new__?');
      }
      typeError(`__class__ set to ${reprString(inCell)} defining '${name.value}' as `
        + `${reprString(cls)}`);
    }
  }
  return cls;
}

function isMapping(o: PyObject): boolean {
  if (o instanceof PyDict) return true;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_as_mapping?.mp_subscript) return !(o instanceof PyTuple) && c.tp_name !== 'list';
  }
  return false;
}

function setItem(interp: Interpreter, ns: PyObject, key: string, v: PyObject): void {
  if (ns instanceof PyDict) ns.setItemStr(key, v);
  else interp.callObject(interp.hooks.getAttr(ns, newStr('__setitem__')), [newStr(key), v], null);
}

// --- isinstance and issubclass -----------------------------------------------------------------

let depth = 0;

function guard<T>(f: () => T): T {
  if (++depth > 1000) {
    depth = 0;
    recursionError('maximum recursion depth exceeded in __instancecheck__');
  }
  try {
    return f();
  } finally {
    depth--;
  }
}

/** The classes a tuple or union of classinfos stands for, or null. */
function members(cls: PyObject): PyObject[] | null {
  if (cls instanceof PyTuple) return cls.items;
  if (cls instanceof PyUnion) return (cls as unknown as { args: PyTuple }).args.items;
  return null;
}

/** Has `o` a `__bases__` that is a tuple (so it can stand in for a class)? */
function abstractBases(o: PyObject): PyTuple | null {
  const b = getAttrOrNull(o, newStr('__bases__'));
  return b instanceof PyTuple ? b : null;
}

/** @see Objects/abstract.c PyObject_IsInstance */
export function isInstance(interp: Interpreter, inst: PyObject, cls: PyObject): boolean {
  if (inst.ob_type === cls) return true;
  if (cls.ob_type === PyType_Type) return recursiveIsInstance(inst, cls as PyTypeObject);
  const ms = members(cls);
  if (ms !== null) return guard(() => ms.some((c) => isInstance(interp, inst, c)));
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== null) {
    return guard(() => interp.hooks.isTrue(interp.callObject(checker, [inst], null)));
  }
  if (cls instanceof PyTypeObject) return recursiveIsInstance(inst, cls);
  if (abstractBases(cls) === null) {
    typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  }
  const ic = getAttrOrNull(inst, newStr('__class__'));
  return ic !== null && abstractIsSubclass(ic, cls);
}

function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (derived === cls) return true;
  const bases = abstractBases(derived);
  if (bases === null) return false;
  return bases.items.some((b) => abstractIsSubclass(b, cls));
}

/** @see Objects/abstract.c PyObject_IsSubclass, recursive_issubclass */
export function isSubclass(interp: Interpreter, derived: PyObject, cls: PyObject): boolean {
  if (cls.ob_type === PyType_Type && derived.ob_type === PyType_Type) {
    return derived === cls || PyType_IsSubtype(derived as PyTypeObject, cls as PyTypeObject);
  }
  const ms = members(cls);
  if (ms !== null) return guard(() => ms.some((c) => isSubclass(interp, derived, c)));
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== null) {
    return guard(() => interp.hooks.isTrue(interp.callObject(checker, [derived], null)));
  }
  if (!(derived instanceof PyTypeObject) && abstractBases(derived) === null) {
    typeError('issubclass() arg 1 must be a class');
  }
  if (!(cls instanceof PyTypeObject) && abstractBases(cls) === null) {
    typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  if (derived instanceof PyTypeObject && cls instanceof PyTypeObject) {
    return PyType_IsSubtype(derived, cls);
  }
  return abstractIsSubclass(derived, cls);
}

/** isinstance, issubclass and __build_class__ for VM_08's builtins. */
export function classBuiltins(interp: Interpreter): Record<string, PyObject> {
  const noKw = (name: string, kw: string[] | null): void => {
    if (kw !== null && kw.length > 0) typeError(`${name}() takes no keyword arguments`);
  };
  const two = (name: string, args: Args): void => {
    if (args.length !== 2) typeError(`${name} expected 2 arguments, got ${args.length}`);
  };
  return {
    __build_class__: new PyCFunction('__build_class__', (a, k) => buildClass(interp, a, k),
      null, 'builtins'),
    isinstance: new PyCFunction('isinstance', (a, k) => {
      noKw('isinstance', k);
      two('isinstance', a);
      return isInstance(interp, a[0], a[1]) ? Py_True : Py_False;
    }, null, 'builtins'),
    issubclass: new PyCFunction('issubclass', (a, k) => {
      noKw('issubclass', k);
      two('issubclass', a);
      return isSubclass(interp, a[0], a[1]) ? Py_True : Py_False;
    }, null, 'builtins'),
  };
}

