// The built-in `dis` module (Lib/dis.py's public face), backed by core/src/dis.ts: dis.dis,
// dis.code_info, dis.show_code, dis.get_instructions, dis.Bytecode, dis.opname, dis.opmap.

import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True } from '../objects/boolobject.js';
import { newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { PyDict } from '../objects/dictobject.js';
import { newExceptionMsg, PyExc_TypeError } from '../objects/exceptions.js';
import { disassemble, codeInfo } from '../dis.js';
import {
  instructionList, installBytecode, PyDisBytecode_Type, PyDisInstruction_Type, PyDisPositions_Type,
} from './dis-instruction.js';
import { opname, opmap } from '../opcode.js';
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
