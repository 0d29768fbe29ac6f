// The built-in `dis` module (Lib/dis.py's public face), backed by core/src/dis.ts: dis.dis,
// dis.code_info, dis.show_code, dis.get_instructions, dis.Bytecode, dis.opname, dis.opmap.

import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyDict } from '../objects/dictobject.js';
import { newExceptionMsg, PyExc_TypeError, PyExc_ValueError } from '../objects/exceptions.js';
import { disassemble, codeInfo } from '../dis.js';
import {
  instructionList, installBytecode, PyDisBytecode_Type, PyDisInstruction_Type, PyDisPositions_Type,
} from './dis-instruction.js';
import { opname, opmap, stackEffect, INVALID_STACK_EFFECT } from '../opcode.js';
import { PyCFunction } from './methodobject.js';
import { PyModule } from './moduleobject.js';
import { PyFunction } from './funcobject.js';
import { newList } from './listobject.js';
import { splitArgs } from './bltinmodule.js';
import { fileWrite } from './sysmodule.js';
import { compileSource } from './compile-hook.js';
import { moduleContext } from './warnings.js';
import type { Interpreter } from '../interpreter.js';

/** The code object behind what dis accepts: a function, a code object, or source text. */
function codeOf(interp: Interpreter, x: PyObject, filename = '<disassembly>'): PyObject {
  if (x instanceof PyFunction) return x.code;
  if (x instanceof PyUnicode) {
    // dis._try_compile: an expression if it parses as one, else statements.
    // (warnings from folding are dis.py's, whose _try_compile calls compile())
    try {
      return compileSource(interp, x.value, filename, 'eval',
        () => moduleContext(interp, 'dis.py', 73, 'dis'));
    } catch {
      return compileSource(interp, x.value, filename, 'exec',
        () => moduleContext(interp, 'dis.py', 76, 'dis'));
    }
  }
  if ((x as { co_code?: unknown }).co_code instanceof Uint8Array) return x;
  const code = (x as { code?: PyObject }).code;
  if (code !== undefined) return code;
  throw newExceptionMsg(PyExc_TypeError,
    `don't know how to disassemble ${x.ob_type.tp_name} objects`);
}

/** A C `int` argument: an int, else CPython's TypeError. */
function cInt(v: PyObject): number {
  if (!(v instanceof PyLong)) {
    throw newExceptionMsg(PyExc_TypeError,
      `'${v.ob_type.tp_name}' object cannot be interpreted as an integer`);
  }
  return Number(v.value);
}

/**
 * `dis.stack_effect(opcode, oparg=None, /, *, jump=None)`: how many values an instruction
 * leaves on the stack minus how many it takes, from the same table the compiler's
 * stack-depth pass uses. @see Modules/_opcode.c _opcode_stack_effect_impl
 */
function disStackEffect(args: PyObject[], kwnames: string[] | null): PyObject {
  const [pos, kw] = splitArgs(args, kwnames);
  for (const k of kw.keys()) {
    if (k !== 'jump') {
      throw newExceptionMsg(PyExc_TypeError,
        `stack_effect() got an unexpected keyword argument '${k}'`);
    }
  }
  if (pos.length < 1 || pos.length > 2) {
    throw newExceptionMsg(PyExc_TypeError, pos.length < 1
      ? 'stack_effect() missing required argument \'opcode\' (pos 1)'
      : `stack_effect() takes at most 2 arguments (${pos.length} given)`);
  }
  const op = cInt(pos[0]);
  const oparg = pos.length > 1 && pos[1] !== Py_None ? cInt(pos[1]) : 0;
  const j = kw.get('jump') ?? Py_None;
  if (j !== Py_None && j !== Py_True && j !== Py_False) {
    throw newExceptionMsg(PyExc_ValueError, 'stack_effect: jump must be False, True or None');
  }
  const e = stackEffect(op, oparg, j === Py_None ? null : j === Py_True);
  if (e === INVALID_STACK_EFFECT) throw newExceptionMsg(PyExc_ValueError, 'invalid opcode or oparg');
  return newInt(e);
}

/** Build `dis` for `interp`. */
export function makeDisModule(interp: Interpreter): PyModule {
  const m = new PyModule('dis');
  const d = m.dict;
  const def = (name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject): void => {
    d.setItemStr(name, new PyCFunction(name, fn, m, 'dis'));
  };
  const out = (kw: Map<string, PyObject>, s: string): void => {
    const file = kw.get('file') ?? Py_None;
    const target = file === Py_None
      ? (interp.sys as PyModule).dict.getItemStr('stdout') as PyObject : file;
    fileWrite(interp, target, s);
  };
  def('dis', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    if (pos.length === 0) return Py_None;
    const adaptive = kw.get('adaptive') === Py_True;
    const showCaches = kw.get('show_caches') === Py_True;
    const showOffsets = kw.get('show_offsets') === Py_True;
    const depth = kw.get('depth');
    const depthN = depth === undefined || depth === Py_None ? undefined
      : Number((depth as unknown as { value: number }).value);
    out(kw, disassemble(codeOf(interp, pos[0], '<dis>') as never,
      { adaptive, showCaches, showOffsets, depth: depthN }));
    return Py_None;
  });
  def('code_info', (args) => newStr(codeInfo(codeOf(interp, args[0]) as never)));
  def('show_code', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    out(kw, codeInfo(codeOf(interp, pos[0]) as never) + '\n');
    return Py_None;
  });
  def('stack_effect', disStackEffect);
  def('get_instructions', (args, kwnames) => {
    const [pos, kw] = splitArgs(args, kwnames);
    return instructionList(codeOf(interp, pos[0]), kw.get('adaptive') === Py_True);
  });
  installBytecode((x) => codeOf(interp, x));
  d.setItemStr('Bytecode', PyDisBytecode_Type);
  d.setItemStr('Instruction', PyDisInstruction_Type);
  d.setItemStr('Positions', PyDisPositions_Type);
  const names: PyObject[] = [];
  for (let i = 0; i < 256; i++) names.push(newStr(opname[i] ?? `<${i}>`));
  d.setItemStr('opname', newList(names));
  const map = new PyDict();
  for (const [k, v] of Object.entries(opmap)) map.setItemStr(k, newInt(v));
  d.setItemStr('opmap', map);
  return m;
}
