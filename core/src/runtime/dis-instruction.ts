// The Python face of Lib/dis.py's `Instruction`, `Positions` and `Bytecode`: what
// dis.get_instructions() yields and what dis.Bytecode(x) wraps. CPython defines Instruction
// as a named tuple; ceval gives it a small built-in type with the same fields and repr.

import { PyObject, newStaticType } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newBool } from '../objects/boolobject.js';
import { newInt } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { reprString } from '../objects/objectcore.js';
import { newExceptionMsg, PyExc_TypeError } from '../objects/exceptions.js';
import type { Instruction, ArgVal } from '../dis.js';
import { disassemble, codeInfo, getInstructions } from '../dis.js';
import { newList } from './listobject.js';

/** `dis.Positions(lineno, end_lineno, col_offset, end_col_offset)`. */
export const PyDisPositions_Type = newStaticType('Positions');
/** `dis.Instruction(...)`. */
export const PyDisInstruction_Type = newStaticType('Instruction');
/** `dis.Bytecode(x)`. */
export const PyDisBytecode_Type = newStaticType('Bytecode');

const POSITION_FIELDS = ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'] as const;
const INSTRUCTION_FIELDS = ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset',
  'start_offset', 'starts_line', 'line_number', 'label', 'positions', 'cache_info'] as const;

/** A record type: named fields, read-only, repr `Name(field=value, ...)`. */
class PyRecord extends PyObject {
  /** For instructions: the text str() gives. */
  line = '';
  constructor(type: typeof PyDisInstruction_Type, public fields: Map<string, PyObject>) {
    super(type);
  }
}

function recordType(type: typeof PyDisInstruction_Type, names: readonly string[]): void {
  type.tp_getset = names.map((n) => ({
    name: n, get: (o: PyObject) => (o as PyRecord).fields.get(n)!, set: null,
  }));
  type.tp_repr = (o) => newStr(`${type.tp_name}(${names.map((n) =>
    `${n}=${reprString((o as PyRecord).fields.get(n)!)}`).join(', ')})`);
}
recordType(PyDisPositions_Type, POSITION_FIELDS);
recordType(PyDisInstruction_Type, INSTRUCTION_FIELDS);
PyDisInstruction_Type.tp_str = (o) => newStr((o as PyRecord).line);

const opt = (v: number | null): PyObject => (v === null ? Py_None : newInt(v));

function argvalObject(v: ArgVal): PyObject {
  if (v === null) return Py_None;
  if (typeof v === 'string') return newStr(v);
  if (typeof v === 'number') return newInt(v);
  if (Array.isArray(v)) return newTuple(v.map((s) => newStr(s as string)));
  if (v instanceof PyObject) return v;
  return newStr((v as { builtin: string }).builtin);
}

/**
 * str(instruction): one line as dis.Formatter.print_instruction writes it with its defaults
 * (no line-number or offset columns), newline included. @see Lib/dis.py Instruction.__str__
 */
function instructionLine(i: Instruction): string {
  const fields = [i.label !== null ? `L${i.label}:` : '', '   ', i.opname.padEnd(20)];
  if (i.arg !== null) {
    fields.push(String(i.arg).padStart(5 - Math.max(0, i.opname.length - 20)));
    if (i.argrepr) fields.push(`(${i.argrepr})`);
  }
  return fields.join(' ').trimEnd() + '\n';
}

/** One `dis.Instruction` for a record of core/src/dis.ts. */
export function instructionObject(i: Instruction): PyObject {
  const pos = new Map<string, PyObject>(POSITION_FIELDS.map((n) => [n, opt(i.positions[n])]));
  const f = new Map<string, PyObject>([
    ['opname', newStr(i.opname)], ['opcode', newInt(i.opcode)], ['arg', opt(i.arg)],
    ['argval', argvalObject(i.argval)], ['argrepr', newStr(i.argrepr)],
    ['offset', newInt(i.offset)], ['start_offset', newInt(i.start_offset)],
    ['starts_line', newBool(i.starts_line)], ['line_number', opt(i.line_number)],
    ['label', opt(i.label)], ['positions', new PyRecord(PyDisPositions_Type, pos)],
    ['cache_info', i.cache_info === null ? Py_None : newList(i.cache_info.map(([name, size]) =>
      newTuple([newStr(name), newInt(size), Py_None])))],
  ]);
  const r = new PyRecord(PyDisInstruction_Type, f);
  r.line = instructionLine(i);
  return r;
}

/** `dis.get_instructions(x)`: a list of Instruction objects (CPython returns an iterator). */
export function instructionList(code: PyObject, adaptive = false): PyObject {
  return newList(getInstructions(code as never, { adaptive }).map(instructionObject));
}

/** A Bytecode object: the code it wraps; `.dis()`, `.info()`, iteration over Instructions. */
class PyBytecode extends PyObject {
  constructor(public code: PyObject) {
    super(PyDisBytecode_Type);
  }
}

/**
 * Install Bytecode's constructor with `codeOf` (dismodule.ts's "what can be disassembled").
 * @see Lib/dis.py Bytecode
 */
export function installBytecode(codeOf: (x: PyObject) => PyObject): void {
  PyDisBytecode_Type.tp_new = (_t, args) => {
    if (args.length < 1) {
      throw newExceptionMsg(PyExc_TypeError,
        "Bytecode.__init__() missing 1 required positional argument: 'x'");
    }
    return new PyBytecode(codeOf(args[0]));
  };
}

PyDisBytecode_Type.tp_methods = [
  { ml_name: 'dis', ml_meth: (s) => newStr(disassemble((s as PyBytecode).code as never)) },
  { ml_name: 'info', ml_meth: (s) => newStr(codeInfo((s as PyBytecode).code as never)) },
];
PyDisBytecode_Type.tp_getset = [
  { name: 'codeobj', get: (s) => (s as PyBytecode).code, set: null },
];
PyDisBytecode_Type.tp_repr = (s) => newStr(`Bytecode(${reprString((s as PyBytecode).code)})`);
// Iterating a Bytecode iterates its instruction list (the list iterator arrives in lecture 07).
PyDisBytecode_Type.tp_iter = (s) => {
  const list = instructionList((s as PyBytecode).code);
  const it = list.ob_type.tp_iter;
  if (it === null) {
    throw newExceptionMsg(PyExc_TypeError, "'list' object is not iterable");
  }
  return it(list);
};

