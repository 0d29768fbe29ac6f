/**
 * @packageDocumentation
 * Lecture 08 — classes. What it adds to VM_07: the class statement (LOAD_BUILD_CLASS and
 * `__build_class__`), heap types made by `type_new` with a C3 MRO and slots filled from
 * Python dunders, instances, attribute lookup with descriptors, bound methods, property,
 * classmethod, staticmethod, super, `with`, annotations and `except*`.
 */

import type { Lecture, SlotFill, InstrHandler } from '@ceval/core/lecture';
import { PyType_Type, PyBaseObject_Type, type PyTypeObject, type PyObject } from '@ceval/core/object';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { PyFunction_Type } from '@ceval/core/runtime/funcobject';
import { PyModule_Type } from '@ceval/core/runtime/moduleobject';
import { PyExc_BaseException, typeError } from '@ceval/core/objects/exceptions';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { PyLong_Type } from '@ceval/core/objects/longobject';
import { PyFloat_Type } from '@ceval/core/objects/floatobject';
import { PyBytes_Type } from '@ceval/core/objects/bytesobject';
import { PyUnicode, PyUnicode_Type } from '@ceval/core/objects/unicodeobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PyByteArray_Type } from '@ceval/lecture-05/bytearrayobject';
import { PyNone_Type, PyNotImplemented_Type, PyEllipsis_Type, Py_None, Py_NotImplemented,
  Py_Ellipsis } from '@ceval/core/objects/noneobject';
import { setHeapAlloc, setSlotTpNew } from '@ceval/core/runtime/typeobject';
import { setImplicitSlot, setGenericGetAttr } from '@ceval/core/runtime/typeslots';
import { vectorcallArgs } from '@ceval/core/runtime/abstract';
import { lectures07 } from '@ceval/lecture-07';
import { withExceptStar } from './exceptions.js';
import { getAttr, setAttr, loadMethod, genericGetAttr, genericSetAttr } from './object.js';
import { funcDescrGet, PyClassMethod_Type, PyStaticMethod_Type, PyMethod_Type,
  PyWrappedCallable } from './classobject.js';
import { PyProperty_Type, PyMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type,
  PyClassMethodDescr, PyClassMethodDescr_Type } from './descrobject.js';
import { typeNew, typeCall, typeInit } from './typeobject.js';
import { slotTpNew } from './typeobject-slots.js';
import { enterInit, specializeAttr } from './specialize.js';
import { typeGetattro, typeSetattro, typeGetsets, typeMethods, typePrepare,
  objectInitSubclass, objectSubclasshook, objectClassGetset } from './typeobject-attrs.js';
import { allocInstance, objectRepr, typeRepr } from './typeobject-instance.js';
import { PySuper_Type } from './super.js';
import { classBuiltins } from './bltinmodule.js';
import { loadBuildClass, loadLocals, setupAnnotations, loadSuperAttr, beforeWith,
  withExceptStart, exitInitCheck } from './bytecodes.js';

export * from './object.js';
export * from './classobject.js';
export * from './descrobject.js';
export * from './typeobject.js';
export * from './typeobject-attrs.js';
export * from './typeobject-instance.js';
export * from './typeobject-slots.js';
export * from './typeobject-mro.js';
export * from './super.js';
export * from './bltinmodule.js';
export * from './bytecodes.js';
export * from './specialize.js';

function tp(type: PyTypeObject, slot: string, value: unknown): SlotFill {
  return { type, table: 'tp', slot, value };
}

// Functions, modules and exceptions carry an instance `__dict__` (tp_dictoffset != 0).
PyFunction_Type.tp_dictoffset = 16;
PyExc_BaseException.tp_dictoffset = 16;
PyModule_Type.tp_dictoffset = 16;
// The singletons' types refuse arguments (none_new, notimplemented_new, ellipsis_new).
for (const [t, v] of [[PyNone_Type, Py_None], [PyNotImplemented_Type, Py_NotImplemented],
  [PyEllipsis_Type, Py_Ellipsis]] as const) {
  t.tp_new = (_t, args, kw) => {
    if (args.length > 0 || (kw !== null && (kw as PyDict).ma_used > 0)) {
      typeError(`${t.tp_name} takes no arguments`);
    }
    return v;
  };
}
// A type keeps its namespace in tp_dict: a metaclass must not add an instance `__dict__`.
PyType_Type.tp_dictoffset = 264;
PyType_Type.tp_weaklistoffset = 368;

// object.__init_subclass__, object.__subclasshook__ and type.__prepare__ are class methods
// of C: they receive the class they are looked up on.
const objectDict = new PyDict();
objectDict.setItemStr('__init_subclass__', new PyClassMethodDescr(PyBaseObject_Type,
  objectInitSubclass));
objectDict.setItemStr('__subclasshook__', new PyClassMethodDescr(PyBaseObject_Type,
  objectSubclasshook));
/**
 * The built-in class methods (`dict.fromkeys`, `int.from_bytes`, `float.fromhex`,
 * `bytes.fromhex`) as CPython's type dicts hold them: classmethod_descriptors, which bind to
 * the class they are looked up on, so a subclass gets an instance of itself (`cls(result)`,
 * as these methods end when `cls` is not the built-in). str and bytes' `maketrans` are
 * static methods. @see Objects/descrobject.c PyDescr_NewClassMethod
 */
function builtinClassMethods(): void {
  const classMethods = new Set(['fromkeys', 'from_bytes', 'fromhex']);
  const classMethod = (t: PyTypeObject, name: string,
    call: (args: PyObject[], kw: PyObject | null) => PyObject): PyClassMethodDescr =>
    new PyClassMethodDescr(t, { ml_name: name, ml_meth: (cls, args, kw) => {
      const r = call(args, kw);
      return cls === t ? r : currentInterpreter().callObject(cls, [r], null);
    } });
  for (const t of [PyDict_Type, PyLong_Type, PyFloat_Type, PyBytes_Type, PyByteArray_Type,
    PyUnicode_Type]) {
    const d = t.tp_dict instanceof PyDict ? t.tp_dict : (t.tp_dict = new PyDict()) as PyDict;
    // Declared in tp_methods (METH_CLASS in CPython) ...
    for (const m of t.tp_methods ?? []) {
      if (classMethods.has(m.ml_name) && d.getItemStr(m.ml_name) === null) {
        d.setItemStr(m.ml_name, classMethod(t, m.ml_name, (args, kw) => m.ml_meth(t, args, kw)));
      }
    }
    // ... or already in the dict as builtins bound to the type.
    for (const k of d.keys()) {
      const name = (k as PyUnicode).value;
      const v = d.getItemStr(name);
      if (!(v instanceof PyCFunction)) continue;
      if (classMethods.has(name)) {
        d.setItemStr(name, classMethod(t, name, (args, kw) => v.fn(...vectorcallArgs(args, kw))));
      } else if (name === 'maketrans') {
        const w = new PyWrappedCallable(PyStaticMethod_Type);
        w.callable = new PyCFunction(name, v.fn, null);
        d.setItemStr(name, w);
      }
    }
  }
}

const typeDict = new PyDict();
typeDict.setItemStr('__prepare__', new PyClassMethodDescr(PyType_Type, typePrepare));

const slots: SlotFill[] = [
  tp(PyFunction_Type, 'tp_descr_get', funcDescrGet),
  tp(PyType_Type, 'tp_call', typeCall),
  tp(PyType_Type, 'tp_new', typeNew),
  tp(PyType_Type, 'tp_init', typeInit),
  tp(PyType_Type, 'tp_getattro', typeGetattro),
  tp(PyType_Type, 'tp_setattro', typeSetattro),
  tp(PyType_Type, 'tp_getset', typeGetsets),
  tp(PyType_Type, 'tp_methods', typeMethods),
  tp(PyType_Type, 'tp_repr', typeRepr),
  tp(PyType_Type, 'tp_dict', typeDict),
  tp(PyBaseObject_Type, 'tp_repr', objectRepr),
  tp(PyBaseObject_Type, 'tp_getset', [objectClassGetset]),
  tp(PyBaseObject_Type, 'tp_dict', objectDict),
];

const handlers: Record<string, InstrHandler> = {
  LOAD_BUILD_CLASS: loadBuildClass as InstrHandler,
  LOAD_LOCALS: loadLocals as InstrHandler,
  SETUP_ANNOTATIONS: setupAnnotations as InstrHandler,
  LOAD_SUPER_ATTR: loadSuperAttr as InstrHandler,
  BEFORE_WITH: beforeWith as InstrHandler,
  WITH_EXCEPT_START: withExceptStart as InstrHandler,
  EXIT_INIT_CHECK: exitInitCheck as InstrHandler,
};

/**
 * Lecture 08: classes.
 * @see Objects/typeobject.c, Python/bltinmodule.c builtin___build_class__, Objects/descrobject.c
 */
export const lecture08: Lecture = {
  number: 8,
  title: 'classes',
  instructions: [],
  handlers,
  types: [PyMethod_Type, PyClassMethod_Type, PyStaticMethod_Type, PyProperty_Type, PySuper_Type,
    PyMethodDescr_Type, PyGetSetDescr_Type, PyMemberDescr_Type, PyClassMethodDescr_Type],
  slots,
  hooks: { getAttr, setAttr, loadMethod, enterInit, specializeAttr },
  setup(interp: Interpreter) {
    for (const [k, v] of Object.entries(classBuiltins(interp))) interp.builtins.setItemStr(k, v);
    for (const [k, v] of [['property', PyProperty_Type], ['classmethod', PyClassMethod_Type],
      ['staticmethod', PyStaticMethod_Type], ['super', PySuper_Type]] as const) {
      interp.builtins.setItemStr(k, v);
    }
    builtinClassMethods();
    setHeapAlloc(allocInstance);
    setSlotTpNew(slotTpNew);
    // object's generic getattr/setattr (what `object.__getattribute__` wraps) are now the
    // full descriptor-aware ones.
    setImplicitSlot(PyBaseObject_Type, 'tp_getattro', genericGetAttr);
    setImplicitSlot(PyBaseObject_Type, 'tp_setattro', genericSetAttr);
    setGenericGetAttr(genericGetAttr);
  },
};
// except* (CHECK_EG_MATCH, INTRINSIC_PREP_RERAISE_STAR): src/exceptions.ts.
withExceptStar(lecture08);

/** The lectures of VM_08, in order. */
export const lectures08: readonly Lecture[] = [...lectures07, lecture08];

/** Make VM_08: core + lectures 02, 04, 05, 06, 07 and 08. */
export function vm08(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures08, io, config);
}
