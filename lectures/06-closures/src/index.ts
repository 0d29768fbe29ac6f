/**
 * @packageDocumentation
 * Lecture 06 — code objects, functions, closures. What it adds to VM_05: functions in full
 * (SET_FUNCTION_ATTRIBUTE; defaults, keyword defaults, annotations, closures; every
 * attribute Python shows), CPython's argument binding with its exact TypeError messages
 * (installed as the VM's `bindArgs`, so calls still push frames without host recursion),
 * cells and the DEREF instructions, code objects as Python sees them, and frame objects'
 * f_locals and the `locals()` of a function.
 */

import type { Lecture, SlotFill } from '@ceval/core/lecture';
import { syllabusInstructions } from '@ceval/core/lecture';
import type { PyObject, PyTypeObject } from '@ceval/core/object';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { PyCode_Type } from '@ceval/core/objects/codeobject';
import { PyFrame_Type } from '@ceval/core/frame';
import { lectures05 } from '@ceval/lecture-05';
import { PyFunction_Type, funcGetSet, funcMembers, funcSetAttro, funcCall, setFunctionAttribute }
  from './funcobject.js';
import {
  PyCell_Type, cellRepr, cellRichCompare, cellGetContents, cellSetContents, cellNew, makeCell,
  copyFreeVars, loadDeref, storeDeref, deleteDeref, loadFromDictOrDeref, loadFromDictOrGlobals,
  loadClosure,
} from './cellobject.js';
import { codeMethods } from './codeobject.js';
import { frameGetAttro, builtinLocals } from './frameobject.js';
import { bindArgs } from './call.js';
import { callIntrinsic2, typeParamIntrinsics1, PyTypeVar_Type, PyTypeVarTuple_Type,
  PyParamSpec_Type } from './typevarobject.js';

export { bindArgs } from './call.js';
export * from './cellobject.js';
export * from './funcobject.js';
export * from './codeobject.js';
export * from './frameobject.js';
export * from './typevarobject.js';

function tp(type: PyTypeObject, slot: string, value: unknown): SlotFill {
  return { type, table: 'tp', slot, value };
}

// The cell type is this lecture's own; its slots are set once, here. It compares through
// whatever rich comparison the running VM has.
PyCell_Type.tp_repr = cellRepr;
PyCell_Type.tp_getset = [{ name: 'cell_contents', get: cellGetContents, set: cellSetContents }];
PyCell_Type.tp_new = cellNew as never;

const slots: SlotFill[] = [
  tp(PyFunction_Type, 'tp_getset', funcGetSet),
  tp(PyFunction_Type, 'tp_members', funcMembers),
  tp(PyFunction_Type, 'tp_setattro', funcSetAttro),
  tp(PyFunction_Type, 'tp_call', funcCall),
  tp(PyCode_Type, 'tp_methods', codeMethods),
  tp(PyFrame_Type, 'tp_getattro', frameGetAttro),
];

/**
 * Lecture 06: functions, calls, cells, code and frame objects.
 * @see Objects/funcobject.c, Python/ceval.c initialize_locals, Objects/cellobject.c
 */
export const lecture06: Lecture = {
  number: 6,
  title: 'closures',
  instructions: syllabusInstructions(6),
  handlers: {
    SET_FUNCTION_ATTRIBUTE: setFunctionAttribute,
    MAKE_CELL: makeCell,
    COPY_FREE_VARS: copyFreeVars,
    LOAD_DEREF: loadDeref,
    STORE_DEREF: storeDeref,
    DELETE_DEREF: deleteDeref,
    LOAD_FROM_DICT_OR_DEREF: loadFromDictOrDeref,
    LOAD_FROM_DICT_OR_GLOBALS: loadFromDictOrGlobals,
    LOAD_CLOSURE: loadClosure,
  },
  types: [PyCell_Type, PyTypeVar_Type, PyTypeVarTuple_Type, PyParamSpec_Type],
  slots,
  builtins: { locals: builtinLocals as PyObject },
  setup(interp: Interpreter) {
    interp.bindArgs = bindArgs;
    // CALL_INTRINSIC_2: lecture 05 lists the opcode; we add the opargs generic functions use
    // and leave any other to whatever handler an earlier lecture installed.
    const prev = interp.handlers[56];
    interp.handlers[56] = (i: Interpreter, f: unknown, oparg: number, sp: number) =>
      (oparg >= 2 && oparg <= 5) || prev === null ? callIntrinsic2(i, f, oparg, sp)
        : prev(i, f, oparg, sp);
    interp.enabled[56] = 1;
    for (const [k, fn] of Object.entries(typeParamIntrinsics1)) {
      interp.intrinsics1[Number(k)] = fn as (typeof interp.intrinsics1)[number];
    }
    // Cells compare by contents, through this VM's rich comparison.
    PyCell_Type.tp_richcompare = (a, b, op) => cellRichCompare(a, b, op, interp.hooks.richCompare);
  },
};

/** The lectures of VM_06, in order. */
export const lectures06: readonly Lecture[] = [...lectures05, lecture06];

/** Make VM_06: core + lectures 02, 04, 05 and 06. */
export function vm06(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures06, io, config);
}
