/**
 * @packageDocumentation
 * Lecture 04 — objects. What it adds to VM_02: the number protocol. int, float, bool and
 * complex get their PyNumberMethods and rich comparisons (longobject.c, floatobject.c,
 * complexobject.c); BINARY_OP, UNARY_*, TO_BOOL and COMPARE_OP go through CPython's full
 * abstract algorithms (binary_op1 with NotImplemented and reflected operands, do_richcompare);
 * and the numeric builtins arrive: abs, divmod, pow, round, min, max, and calling int(),
 * float(), complex() and bool().
 */

import type { Lecture, SlotFill } from '@ceval/core/lecture';
import { syllabusInstructions } from '@ceval/core/lecture';
import type { PyTypeObject } from '@ceval/core/object';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { PyLong_Type } from '@ceval/core/objects/longobject';
import { PyBool_Type, Py_True, Py_False, newBool, BOOL_INVERT_DEPRECATION }
  from '@ceval/core/objects/boolobject';
import { PyFloat_Type } from '@ceval/core/objects/floatobject';
import { PyComplex_Type } from '@ceval/core/objects/complexobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { Py_NotImplemented, PyNotImplemented_Type } from '@ceval/core/objects/noneobject';
import { setKeyEqualHook } from '@ceval/core/objects/objectcore';
import { lecture02 } from '@ceval/lecture-02';
import {
  longNumberSlots, longRichCompare, longDivmodPair, longAnd, longOr, longXor, longInvert,
} from './longobject.js';
import { warn } from '@ceval/core/runtime/warnings';
import { currentInterpreter } from '@ceval/core/interpreter';
import { PyExc_DeprecationWarning } from '@ceval/core/objects/exceptions';
import { longNew, longMethods, longGetSet, longFromBytes } from './longobject-new.js';
import { floatNumberSlots, floatRichCompare } from './floatobject.js';
import {
  floatNew, floatMethods, floatGetSet, floatFromHexFn, complexNew, complexGetSet, complexMethods,
} from './floatobject-new.js';
import { complexNumberSlots, complexRichCompare } from './complexobject.js';
import { binaryOp, unaryOp, isTrue, richCompare } from './abstract.js';
import { intExtraMethods, floatExtraMethods, floatGetFormat, complexExtraMethods }
  from './numbermethods.js';
import { numberBuiltins, boolNew, moduleMethods } from './bltinmodule.js';
import { PyModule_Type } from '@ceval/core/runtime/moduleobject';
import type { PyObject } from '@ceval/core/object';

function nbFills(type: PyTypeObject, slots: Record<string, unknown>): SlotFill[] {
  return Object.entries(slots).map(([slot, value]) => ({ type, table: 'nb' as const, slot, value }));
}

function tp(type: PyTypeObject, slot: string, value: unknown): SlotFill {
  return { type, table: 'tp', slot, value };
}

function classDict(entries: Record<string, PyObject>): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(entries)) d.setItemStr(k, v);
  return d;
}

/** bool & bool stays a bool; with any other int it is int's operator. @see bool_and */
function boolBitwise(intOp: (a: PyObject, b: PyObject) => PyObject,
  f: (x: boolean, y: boolean) => boolean) {
  return (a: PyObject, b: PyObject): PyObject => {
    if ((a === Py_True || a === Py_False) && (b === Py_True || b === Py_False)) {
      return newBool(f(a === Py_True, b === Py_True));
    }
    return intOp(a, b);
  };
}

/**
 * `~True` is -2, int's answer, but since 3.12 it first warns: the reader probably meant
 * `not`. The warning names the running line (stacklevel 1) and is a DeprecationWarning,
 * shown only in `__main__` by the default filters.
 * @see Objects/boolobject.c bool_invert
 */
function boolInvert(a: PyObject): PyObject {
  warn(currentInterpreter(), PyExc_DeprecationWarning, BOOL_INVERT_DEPRECATION, 1);
  return longInvert(a);
}

/**
 * `bool(NotImplemented)` is True, but since 3.9 it warns: a binary method's NotImplemented
 * tested for truth is almost always a bug. @see Objects/object.c notimplemented_bool
 */
function notImplementedBool(_o: PyObject): boolean {
  warn(currentInterpreter(), PyExc_DeprecationWarning,
    'NotImplemented should not be used in a boolean context', 1);
  return true;
}

const slots: SlotFill[] = [
  ...nbFills(PyLong_Type, {
    ...longNumberSlots(),
    nb_divmod: (a: PyObject, b: PyObject) => {
      const p = longDivmodPair(a, b);
      return p === null ? Py_NotImplemented : newTuple(p);
    },
  }),
  tp(PyLong_Type, 'tp_richcompare', longRichCompare),
  tp(PyLong_Type, 'tp_new', longNew),
  tp(PyLong_Type, 'tp_methods', [...longMethods, ...intExtraMethods]),
  tp(PyLong_Type, 'tp_getset', longGetSet),
  tp(PyLong_Type, 'tp_dict', classDict({ from_bytes: longFromBytes })),
  ...nbFills(PyBool_Type, {
    nb_and: boolBitwise(longAnd, (x, y) => x && y),
    nb_or: boolBitwise(longOr, (x, y) => x || y),
    nb_xor: boolBitwise(longXor, (x, y) => x !== y),
    nb_invert: boolInvert,
  }),
  tp(PyBool_Type, 'tp_new', boolNew),
  ...nbFills(PyFloat_Type, floatNumberSlots()),
  tp(PyFloat_Type, 'tp_richcompare', floatRichCompare),
  tp(PyFloat_Type, 'tp_new', floatNew),
  tp(PyFloat_Type, 'tp_methods', [...floatMethods, ...floatExtraMethods]),
  tp(PyFloat_Type, 'tp_getset', floatGetSet),
  tp(PyFloat_Type, 'tp_dict',
    classDict({ fromhex: floatFromHexFn, __getformat__: floatGetFormat })),
  ...nbFills(PyComplex_Type, complexNumberSlots()),
  tp(PyComplex_Type, 'tp_richcompare', complexRichCompare),
  tp(PyComplex_Type, 'tp_new', complexNew),
  tp(PyComplex_Type, 'tp_getset', complexGetSet),
  tp(PyComplex_Type, 'tp_methods', [...complexMethods, ...complexExtraMethods]),
  // dir() arrives here, and a module answers it with its namespace alone.
  tp(PyModule_Type, 'tp_methods', moduleMethods),
  ...nbFills(PyNotImplemented_Type, { nb_bool: notImplementedBool }),
];

/**
 * Lecture 04 fills the number slots of int, bool, float and complex, and replaces lecture
 * 02's minimal abstract operations with CPython's. @see Objects/abstract.c
 */
export const lecture04: Lecture = {
  number: 4,
  title: 'objects',
  instructions: syllabusInstructions(4),
  slots,
  builtins: numberBuiltins(),
  hooks: { binaryOp, unaryOp, isTrue, richCompare },
  // Dict and set tables compare colliding keys with ==: from now on that is the full
  // rich comparison (PyObject_RichCompareBool), not only the bare constants' equality.
  setup: () => setKeyEqualHook((a, b) => isTrue(richCompare(a, b, 2))),
};

/** The lectures of VM_04, in order. */
export const lectures04: readonly Lecture[] = [lecture02, lecture04];

/** Make VM_04: core + lectures 02 and 04. */
export function vm04(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures04, io, config);
}
