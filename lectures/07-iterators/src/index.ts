/**
 * @packageDocumentation
 * Lecture 07 — iterators and looping. What it adds to VM_06: the iterator protocol
 * (tp_iter/tp_iternext) on every container, the list in full (with list_resize's growth),
 * range, enumerate, reversed, zip, map, filter, sorted, sum, any, all, iter and next; and the
 * instructions GET_ITER, FOR_ITER, BUILD_LIST, LIST_APPEND, LIST_EXTEND, UNPACK_SEQUENCE,
 * UNPACK_EX, GET_LEN and MATCH_*: `for` loops, comprehensions, unpacking and `match`.
 */

import type { Lecture, SlotFill, InstrHandler } from '@ceval/core/lecture';
import { syllabusInstructions } from '@ceval/core/lecture';
import { PyNumberMethods, type PyObject, type PyTypeObject } from '@ceval/core/object';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { PyList, PyList_Type } from '@ceval/core/runtime/listobject';
import { PyTuple, PyTuple_Type } from '@ceval/core/objects/tupleobject';
import { PyUnicode_Type } from '@ceval/core/objects/unicodeobject';
import { PyDict_Type, PyDict } from '@ceval/core/objects/dictobject';
import { classGetItemMethod } from '@ceval/core/runtime/genericaliasobject';
import { PySet_Type, PyFrozenSet_Type } from '@ceval/core/objects/setobject';
import { PyObject_HashNotImplemented, PyObject_Hash } from '@ceval/core/objects/objectcore';
import { newInt } from '@ceval/core/objects/longobject';
import { PyModule } from '@ceval/core/runtime/moduleobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { typeName } from '@ceval/core/object';
import { PyDictKeys_Type, PyDictValues_Type, PyDictItems_Type }
  from '@ceval/lecture-05/dictobject';
import { lectures06 } from '@ceval/lecture-06';
import {
  listSequence, listMapping, listRichCompare, listNew, listInit, listIter, listMethods,
  listSizeof,
} from './listobject.js';
import { tupleIter, unicodeIter, dictIter, dictViewIter, setIter, bytesIter }
  from './iterobject.js';
import { PyBytes_Type } from '@ceval/core/objects/bytesobject';
import {
  PyRange_Type, rangeNew, rangeSequence, rangeMapping, rangeRichCompare, rangeRepr, rangeIter,
  rangeMethods, rangeGetSet, rangeHashTuple, rangeBool,
} from './rangeobject.js';
import { PyEnum_Type, PyReversed_Type, enumNew, reversedNew } from './enumobject.js';
import { iterBuiltins } from './bltinmodule.js';
import { dictMethodsWithReversed, dictViewMethods } from './dictiterobject.js';
import './iterstate.js';
import {
  getIterOp, forIter, buildList, listAppendOp, listExtendOp, unpackSequence, unpackEx, getLen,
  matchSequence, matchMapping, matchKeys, matchClass, listToTuple,
} from './bytecodes.js';

export * from './listobject.js';
export * from './listsort.js';
export * from './iterobject.js';
export * from './rangeobject.js';
export * from './enumobject.js';
export * from './bltinmodule.js';
export * from './bytecodes.js';
export * from './dictiterobject.js';

function fills(type: PyTypeObject, table: 'nb' | 'sq' | 'mp', slots: object): SlotFill[] {
  return Object.entries(slots).map(([slot, value]) => ({ type, table, slot, value }));
}

function tp(type: PyTypeObject, slot: string, value: unknown): SlotFill {
  return { type, table: 'tp', slot, value };
}

// range, enumerate and reversed are this lecture's own types: their slots are set once, here.
PyRange_Type.tp_new = rangeNew as never;
PyRange_Type.tp_repr = rangeRepr;
PyRange_Type.tp_richcompare = rangeRichCompare;
PyRange_Type.tp_iter = rangeIter;
PyRange_Type.tp_methods = rangeMethods;
PyRange_Type.tp_getset = rangeGetSet;
PyRange_Type.tp_hash = (o) => PyObject_Hash(rangeHashTuple(o));
Object.assign(PyRange_Type, {
  tp_as_number: Object.assign(new PyNumberMethods(), { nb_bool: rangeBool }),
  tp_as_sequence: { ...PyRange_Type.tp_as_sequence, ...emptySeq(), ...rangeSequence },
  tp_as_mapping: { ...emptyMap(), ...rangeMapping },
});
PyEnum_Type.tp_new = enumNew as never;
PyReversed_Type.tp_new = reversedNew as never;

function emptySeq(): object {
  return { sq_length: null, sq_concat: null, sq_repeat: null, sq_item: null, sq_ass_item: null,
    sq_contains: null, sq_inplace_concat: null, sq_inplace_repeat: null };
}
function emptyMap(): object {
  return { mp_length: null, mp_subscript: null, mp_ass_subscript: null };
}

// list[int] is a GenericAlias (PEP 585), as lecture 05's containers are.
const listDict = new PyDict();
listDict.setItemStr('__class_getitem__', classGetItemMethod(PyList_Type));

const slots: SlotFill[] = [
  ...fills(PyList_Type, 'sq', listSequence),
  ...fills(PyList_Type, 'mp', listMapping),
  tp(PyList_Type, 'tp_richcompare', listRichCompare),
  tp(PyList_Type, 'tp_new', listNew),
  tp(PyList_Type, 'tp_init', listInit),
  tp(PyList_Type, 'tp_iter', listIter),
  tp(PyList_Type, 'tp_methods', listMethods),
  tp(PyList_Type, 'tp_hash', PyObject_HashNotImplemented),
  tp(PyList_Type, 'tp_dict', listDict),
  // dict and its views become reversible here, where reverse iterators exist.
  tp(PyDict_Type, 'tp_methods', dictMethodsWithReversed),
  ...[...dictViewMethods].map(([t, m]) => tp(t, 'tp_methods', m)),
  tp(PyTuple_Type, 'tp_iter', tupleIter),
  tp(PyUnicode_Type, 'tp_iter', unicodeIter),
  tp(PyDict_Type, 'tp_iter', dictIter),
  tp(PyDictKeys_Type, 'tp_iter', dictViewIter),
  tp(PyDictValues_Type, 'tp_iter', dictViewIter),
  tp(PyDictItems_Type, 'tp_iter', dictViewIter),
  tp(PySet_Type, 'tp_iter', setIter),
  tp(PyFrozenSet_Type, 'tp_iter', setIter),
  tp(PyBytes_Type, 'tp_iter', bytesIter),
];

const handlers: Record<string, InstrHandler> = {
  GET_ITER: getIterOp as InstrHandler,
  FOR_ITER: forIter as InstrHandler,
  FOR_ITER_LIST: forIter as InstrHandler,
  FOR_ITER_TUPLE: forIter as InstrHandler,
  FOR_ITER_RANGE: forIter as InstrHandler,
  BUILD_LIST: buildList as InstrHandler,
  LIST_APPEND: listAppendOp as InstrHandler,
  LIST_EXTEND: listExtendOp as InstrHandler,
  UNPACK_SEQUENCE: unpackSequence as InstrHandler,
  UNPACK_EX: unpackEx as InstrHandler,
  GET_LEN: getLen as InstrHandler,
  MATCH_SEQUENCE: matchSequence as InstrHandler,
  MATCH_MAPPING: matchMapping as InstrHandler,
  MATCH_KEYS: matchKeys as InstrHandler,
  MATCH_CLASS: matchClass as InstrHandler,
};

/**
 * Lecture 07: iterators, list, range, loops, comprehensions, unpacking.
 * @see Objects/listobject.c, Objects/iterobject.c, Objects/rangeobject.c, Python/bytecodes.c
 */
export const lecture07: Lecture = {
  number: 7,
  title: 'iterators',
  instructions: syllabusInstructions(7),
  handlers,
  types: [PyRange_Type, PyEnum_Type, PyReversed_Type],
  slots,
  builtins: {
    ...iterBuiltins(),
    range: PyRange_Type,
    enumerate: PyEnum_Type,
    reversed: PyReversed_Type,
  },
  setup(interp: Interpreter) {
    interp.intrinsics1[6] = listToTuple;
  },
};

/** The lectures of VM_07, in order. */
export const lectures07: readonly Lecture[] = [...lectures06, lecture07];

/** Make VM_07: core + lectures 02, 04, 05, 06 and 07. */
export function vm07(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures07, io, config);
}
