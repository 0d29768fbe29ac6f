/**
 * @packageDocumentation
 * Lecture 05 — types. What it adds to VM_04: the sequence and mapping protocols. tuple, str,
 * dict, set and frozenset get their PySequenceMethods/PyMappingMethods, comparisons and
 * methods; slices and the subscript instructions (BINARY_SUBSCR, STORE_SUBSCR, BINARY_SLICE
 * ...) arrive, with CONTAINS_OP, the build instructions (BUILD_TUPLE, BUILD_MAP, BUILD_SET
 * ...), and the f-string instructions (CONVERT_VALUE, FORMAT_SIMPLE, FORMAT_WITH_SPEC,
 * BUILD_STRING) over the format mini-language.
 */

import type { Lecture, SlotFill, InstrHandler } from '@ceval/core/lecture';
import { syllabusInstructions } from '@ceval/core/lecture';
import type { PyObject, PyTypeObject } from '@ceval/core/object';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { PyTuple_Type } from '@ceval/core/objects/tupleobject';
import { PyUnicode_Type, PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyDict_Type, PyDict } from '@ceval/core/objects/dictobject';
import { PyBytes_Type } from '@ceval/core/objects/bytesobject';
import { PySet_Type, PyFrozenSet_Type } from '@ceval/core/objects/setobject';
import { newInt, PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { reprString } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { classGetItemMethod } from '@ceval/core/runtime/genericaliasobject';
import { PyCFunction, type BuiltinFn } from '@ceval/core/runtime/methodobject';
import { typeName } from '@ceval/core/object';
import { lectures04 } from '@ceval/lecture-04';
import {
  binarySubscr, storeSubscr, deleteSubscr, binarySlice, storeSlice, buildSlice, containsOp,
} from './abstract.js';
import { PySlice_Type } from './sliceobject.js';
import { tupleSequence, tupleMapping, tupleRichCompare, tupleNew, tupleMethods }
  from './tupleobject.js';
import { unicodeSequence, unicodeMapping, unicodeRichCompare, unicodeMethods, unicodeNew }
  from './unicodeobject.js';
import {
  dictMapping, dictSequence, dictRichCompare, dictMethods, dictNew, dictInit, dictOr, dictIor,
  dictFromKeys,
} from './dictobject.js';
import {
  setNumber, mutableSetNumber, setSequence, setRichCompare, setMethods, frozensetMethods, setNew, setInit,
} from './setobject.js';
import {
  buildTuple, buildMap, buildConstKeyMap, buildSet, setAdd, setUpdateOp, mapAdd, dictUpdateOp,
  dictMerge, convertValue, formatSimple, formatWithSpec, buildString,
} from './build.js';
import { formatValue, asciiRepr } from './formatter.js';
import { dictViewFills } from './dictviews.js';
import { PyDictProxy_Type } from './dictproxy.js';
import { unicodeMaketrans } from './unicode-translate.js';
import { unicodeMod, bytesMod } from './unicode-format.js';
import { bytesSequence, bytesMapping, bytesRichCompare, bytesMethods, bytesNew, bytesTypeDict }
  from './bytesobject.js';

function fills(type: PyTypeObject, table: 'nb' | 'sq' | 'mp', slots: object): SlotFill[] {
  return Object.entries(slots).map(([slot, value]) => ({ type, table, slot, value }));
}

function tp(type: PyTypeObject, slot: string, value: unknown): SlotFill {
  return { type, table: 'tp', slot, value };
}

/**
 * The class dict of a container that can be parameterised: `__class_getitem__`, so that
 * `tuple[int, str]` makes a `types.GenericAlias` (PEP 585).
 */
function classDict(t: PyTypeObject): PyDict {
  const d = new PyDict();
  d.setItemStr('__class_getitem__', classGetItemMethod(t));
  return d;
}

const slots: SlotFill[] = [
  ...fills(PyTuple_Type, 'sq', tupleSequence),
  ...fills(PyTuple_Type, 'mp', tupleMapping),
  tp(PyTuple_Type, 'tp_richcompare', tupleRichCompare),
  tp(PyTuple_Type, 'tp_new', tupleNew),
  tp(PyTuple_Type, 'tp_methods', tupleMethods),
  tp(PyTuple_Type, 'tp_dict', classDict(PyTuple_Type)),
  ...fills(PyUnicode_Type, 'sq', unicodeSequence),
  ...fills(PyUnicode_Type, 'nb', { nb_remainder: unicodeMod }),
  ...fills(PyUnicode_Type, 'mp', unicodeMapping),
  tp(PyUnicode_Type, 'tp_richcompare', unicodeRichCompare),
  tp(PyUnicode_Type, 'tp_new', unicodeNew),
  tp(PyUnicode_Type, 'tp_methods', unicodeMethods),
  tp(PyUnicode_Type, 'tp_dict', (() => {
    const d = new PyDict();
    d.setItemStr('maketrans', new PyCFunction('maketrans', (a) => unicodeMaketrans(a),
      PyUnicode_Type));
    return d;
  })()),
  ...fills(PyBytes_Type, 'sq', bytesSequence),
  ...fills(PyBytes_Type, 'nb', { nb_remainder: bytesMod }),
  ...fills(PyBytes_Type, 'mp', bytesMapping),
  tp(PyBytes_Type, 'tp_richcompare', bytesRichCompare),
  tp(PyBytes_Type, 'tp_new', bytesNew),
  tp(PyBytes_Type, 'tp_methods', bytesMethods),
  tp(PyBytes_Type, 'tp_dict', bytesTypeDict()),
  ...fills(PyDict_Type, 'mp', dictMapping),
  ...fills(PyDict_Type, 'sq', dictSequence),
  ...fills(PyDict_Type, 'nb', { nb_or: dictOr, nb_inplace_or: dictIor }),
  tp(PyDict_Type, 'tp_richcompare', dictRichCompare),
  tp(PyDict_Type, 'tp_new', dictNew),
  tp(PyDict_Type, 'tp_init', dictInit),
  tp(PyDict_Type, 'tp_methods', dictMethods),
  tp(PyDict_Type, 'tp_dict', (() => {
    const d = classDict(PyDict_Type);
    d.setItemStr('fromkeys', new PyCFunction('fromkeys', (a) => dictFromKeys(a), PyDict_Type));
    return d;
  })()),
  ...dictViewFills,
  ...fills(PySet_Type, 'nb', mutableSetNumber),
  ...fills(PySet_Type, 'sq', setSequence),
  tp(PySet_Type, 'tp_richcompare', setRichCompare),
  tp(PySet_Type, 'tp_new', setNew),
  tp(PySet_Type, 'tp_init', setInit),
  tp(PySet_Type, 'tp_methods', setMethods),
  tp(PySet_Type, 'tp_dict', classDict(PySet_Type)),
  ...fills(PyFrozenSet_Type, 'nb', setNumber),
  ...fills(PyFrozenSet_Type, 'sq', setSequence),
  tp(PyFrozenSet_Type, 'tp_richcompare', setRichCompare),
  tp(PyFrozenSet_Type, 'tp_new', setNew),
  tp(PyFrozenSet_Type, 'tp_methods', frozensetMethods),
  tp(PyFrozenSet_Type, 'tp_dict', classDict(PyFrozenSet_Type)),
];

const handlers: Record<string, InstrHandler> = {
  BINARY_SUBSCR: binarySubscr as InstrHandler,
  STORE_SUBSCR: storeSubscr as InstrHandler,
  DELETE_SUBSCR: deleteSubscr as InstrHandler,
  BINARY_SLICE: binarySlice as InstrHandler,
  STORE_SLICE: storeSlice as InstrHandler,
  BUILD_SLICE: buildSlice as InstrHandler,
  CONTAINS_OP: containsOp as InstrHandler,
  BUILD_TUPLE: buildTuple as InstrHandler,
  BUILD_MAP: buildMap as InstrHandler,
  BUILD_CONST_KEY_MAP: buildConstKeyMap as InstrHandler,
  BUILD_SET: buildSet as InstrHandler,
  SET_ADD: setAdd as InstrHandler,
  SET_UPDATE: setUpdateOp as InstrHandler,
  MAP_ADD: mapAdd as InstrHandler,
  DICT_UPDATE: dictUpdateOp as InstrHandler,
  DICT_MERGE: dictMerge as InstrHandler,
  CONVERT_VALUE: convertValue as InstrHandler,
  FORMAT_SIMPLE: formatSimple as InstrHandler,
  FORMAT_WITH_SPEC: formatWithSpec as InstrHandler,
  BUILD_STRING: buildString as InstrHandler,
};

function builtin(name: string, fn: BuiltinFn): PyObject {
  return new PyCFunction(name, fn, null, 'builtins');
}

function oneArg(name: string, args: PyObject[], kw: string[] | null): PyObject {
  if ((kw !== null && kw.length > 0) || args.length !== 1) {
    throw raiseNew(PyExc_TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  }
  return args[0];
}

const builtins: Record<string, PyObject> = {
  slice: PySlice_Type,
  ord: builtin('ord', (a, kw) => {
    const c = oneArg('ord', a, kw);
    if (!(c instanceof PyUnicode)) {
      throw raiseNew(PyExc_TypeError,
        `ord() expected string of length 1, but ${typeName(c.ob_type)} found`);
    }
    const cps = [...c.value];
    if (cps.length !== 1) {
      throw raiseNew(PyExc_TypeError,
        `ord() expected a character, but string of length ${cps.length} found`);
    }
    return newInt(cps[0].codePointAt(0)!);
  }),
  chr: builtin('chr', (a, kw) => {
    const c = oneArg('chr', a, kw);
    if (!PyLong_Check(c)) {
      throw raiseNew(PyExc_TypeError,
        `'${typeName(c.ob_type)}' object cannot be interpreted as an integer`);
    }
    const v = Number((c as PyLong).value);
    if (v < 0 || v > 0x10ffff) throw raiseNew(PyExc_ValueError, 'chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(v));
  }),
  ascii: builtin('ascii', (a, kw) => newStr(asciiRepr(reprString(oneArg('ascii', a, kw))))),
  format: builtin('format', (a) => {
    const spec = a[1] === undefined ? '' : (a[1] as PyUnicode).value;
    return newStr(formatValue(a[0], spec));
  }),
};

/** Lecture 05: sequences, mappings, subscripts, build and f-string instructions. */
export const lecture05: Lecture = {
  number: 5,
  title: 'types',
  instructions: syllabusInstructions(5),
  handlers,
  types: [PySlice_Type, PyDictProxy_Type],
  slots,
  builtins,
};

/** The lectures of VM_05, in order. */
export const lectures05: readonly Lecture[] = [...lectures04, lecture05];

/** Make VM_05: core + lectures 02, 04 and 05. */
export function vm05(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures05, io, config);
}
