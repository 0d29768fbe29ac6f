// Mirrors Modules/_opcode.c: what Lib/opcode.py and dis.py ask the interpreter about its
// instructions — validity, the has_* families, stack effects, the intrinsic and BINARY_OP
// names — answered from core's opcode tables (core/src/opcode.ts), the same ones the
// compiler and the eval loop use.

import type { PyObject } from '@ceval/core/object';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { newExceptionMsg, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { unpackKeywords } from '@ceval/core/runtime/getargs';
import { newList } from '@ceval/core/runtime/listobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import {
  allOpname, opFlags, stackEffect, INVALID_STACK_EFFECT, NUM_OPCODES,
} from '@ceval/core/opcode';
import { newModule, oneArg, asSsize, noArgs } from './_clinic.js';

const INTRINSIC1 = ['INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR',
  'INTRINSIC_STOPITERATION_ERROR', 'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE',
  'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR', 'INTRINSIC_PARAMSPEC', 'INTRINSIC_TYPEVARTUPLE',
  'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS'];
const INTRINSIC2 = ['INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR',
  'INTRINSIC_TYPEVAR_WITH_BOUND', 'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS',
  'INTRINSIC_SET_FUNCTION_TYPE_PARAMS', 'INTRINSIC_SET_TYPEPARAM_DEFAULT'];
const NB_OPS: [string, string][] = [['ADD', '+'], ['AND', '&'], ['FLOOR_DIVIDE', '//'],
  ['LSHIFT', '<<'], ['MATRIX_MULTIPLY', '@'], ['MULTIPLY', '*'], ['REMAINDER', '%'], ['OR', '|'],
  ['POWER', '**'], ['RSHIFT', '>>'], ['SUBTRACT', '-'], ['TRUE_DIVIDE', '/'], ['XOR', '^']];

/** Any opcode CPython 3.13 defines, specialised forms included. @see _opcode.c _opcode_is_valid */
function isValid(op: number): boolean {
  return op >= 0 && op < NUM_OPCODES && allOpname[op] !== undefined && !allOpname[op].startsWith('<');
}

/** Build `_opcode`. @see Modules/_opcode.c */
export function makeOpcodeModule(): PyModule {
  return newModule('_opcode', (def, m) => {
    def('stack_effect', (args, kw) => {
      const [opO, argO, jumpO] = unpackKeywords({ fname: 'stack_effect',
        names: ['opcode', 'oparg', 'jump'], posonly: 2, required: 1, kwonly: 1 }, args, kw);
      const op = asSsize(opO!);
      const oparg = argO === undefined || argO === Py_None ? 0 : asSsize(argO);
      let jump: boolean | null = null;
      if (jumpO !== undefined && jumpO !== Py_None) {
        if (jumpO !== Py_True && jumpO !== Py_False) {
          throw newExceptionMsg(PyExc_ValueError, 'stack_effect: jump must be False, True or None');
        }
        jump = jumpO === Py_True;
      }
      const effect = stackEffect(op, oparg, jump);
      if (effect === INVALID_STACK_EFFECT) throw newExceptionMsg(PyExc_ValueError, 'invalid opcode or oparg');
      return newInt(effect);
    });
    def('is_valid', (args, kw) => (isValid(asSsize(oneArg('_opcode.is_valid', args, kw))) ? Py_True : Py_False));
    // core's OpFlag bits (a const enum, which other packages cannot read at run time).
    const flags: [string, number][] = [['has_arg', 1], ['has_const', 2], ['has_name', 4],
      ['has_jump', 8], ['has_free', 16], ['has_local', 32], ['has_exc', 64]];
    for (const [name, bit] of flags) {
      def(name, (args, kw) => {
        const op = asSsize(oneArg(`_opcode.${name}`, args, kw));
        return isValid(op) && (opFlags[op] & bit) !== 0 ? Py_True : Py_False;
      });
    }
    def('get_intrinsic1_descs', (a, k) => {
      noArgs('_opcode.get_intrinsic1_descs', a, k);
      return newList(INTRINSIC1.map((s) => newStr(s)));
    });
    def('get_intrinsic2_descs', (a, k) => {
      noArgs('_opcode.get_intrinsic2_descs', a, k);
      return newList(INTRINSIC2.map((s) => newStr(s)));
    });
    def('get_nb_ops', (a, k) => {
      noArgs('_opcode.get_nb_ops', a, k);
      const ops = [...NB_OPS.map(([n, s]) => [`NB_${n}`, s]),
        ...NB_OPS.map(([n, s]) => [`NB_INPLACE_${n}`, `${s}=`])];
      return newList(ops.map(([n, s]) => newTuple([newStr(n), newStr(s)])));
    });
    def('get_specialization_stats', () => Py_None);
    def('get_executor', () => {
      throw newExceptionMsg(PyExc_ValueError, 'no executor at given byte offset');
    });
    m.dict.setItemStr('ENABLE_SPECIALIZATION', newInt(1));
    void PyLong;
    void ({} as PyObject);
  });
}
