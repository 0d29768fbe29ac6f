// Mirrors Python/bltinmodule.c builtin_input_impl (its non-terminal path, the one a program
// with redirected streams takes) and the reading half of Modules/_io/textio.c, reduced to
// the `sys.stdin` a script reads lines from.

import { PyObject, PyTypeObject, newStaticType } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_True, Py_False } from '../objects/boolobject.js';
import { PyLong } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyBytes, newBytes } from '../objects/bytesobject.js';
import { strString } from '../objects/objectcore.js';
import {
  newExceptionMsg, PyBaseException, PyExc_TypeError, PyExc_EOFError, PyExc_RuntimeError,
} from '../objects/exceptions.js';
import type { Interpreter } from '../interpreter.js';
import { PyModule } from './moduleobject.js';
import { newList } from './listobject.js';
import { fileWrite } from './sysmodule.js';

/** `_io.TextIOWrapper` opened for reading: sys.stdin. */
export const PyTextReader_Type: PyTypeObject = newStaticType('_io.TextIOWrapper');

/**
 * A text stream over the host's standard input. The host hands over text in chunks
 * (`HostIO.readStdin`); the stream keeps what is not read yet, so lines may span chunks.
 */
export class PyTextReader extends PyObject {
  private buf = '';
  private eof = false;
  constructor(public name: string, private readChunk: (() => string | null) | undefined) {
    super(PyTextReader_Type);
  }

  /** Make `buf` hold a whole line (or all that is left). Returns the end of that line. */
  private fill(until: (s: string) => number): number {
    for (;;) {
      const end = until(this.buf);
      if (end >= 0 || this.eof) return end < 0 ? this.buf.length : end;
      const c = this.readChunk?.() ?? null;
      if (c === null) this.eof = true;
      else this.buf += c;
    }
  }

  /** At most `size` characters (all when negative), ending at the first newline. */
  readline(size = -1): string {
    const end = this.fill((s) => {
      const nl = s.indexOf('\n');
      if (nl >= 0 && (size < 0 || nl < size)) return nl + 1;
      return size >= 0 && s.length >= size ? size : -1;
    });
    const line = this.buf.slice(0, end);
    this.buf = this.buf.slice(end);
    return line;
  }

  /** At most `size` characters, or everything up to end of file. */
  read(size = -1): string {
    const end = this.fill((s) => (size >= 0 && s.length >= size ? size : -1));
    const out = this.buf.slice(0, end);
    this.buf = this.buf.slice(end);
    return out;
  }
}

function sizeArg(args: PyObject[]): number {
  const a = args[0];
  if (a === undefined || a === Py_None) return -1;
  if (!(a instanceof PyLong)) {
    throw newExceptionMsg(PyExc_TypeError, `argument should be integer or None, not '${a.ob_type.tp_name}'`);
  }
  return Number(a.value);
}

PyTextReader_Type.tp_methods = [
  { ml_name: 'readline', ml_meth: (self, args) => newStr((self as PyTextReader).readline(sizeArg(args))) },
  { ml_name: 'read', ml_meth: (self, args) => newStr((self as PyTextReader).read(sizeArg(args))) },
  {
    ml_name: 'readlines',
    ml_meth: (self) => {
      const r = self as PyTextReader;
      const lines: PyObject[] = [];
      for (let l = r.readline(); l !== ''; l = r.readline()) lines.push(newStr(l));
      return newList(lines);
    },
  },
  { ml_name: 'isatty', ml_meth: () => Py_False },
  { ml_name: 'readable', ml_meth: () => Py_True },
  { ml_name: 'flush', ml_meth: () => Py_None },
];
PyTextReader_Type.tp_repr = (o) => newStr(
  `<_io.TextIOWrapper name='${(o as PyTextReader).name}' mode='r' encoding='utf-8'>`);

/** A stream of sys, or the RuntimeError input() raises when a program removed it. */
function sysStream(interp: Interpreter, name: string): PyObject {
  const v = (interp.sys as PyModule | null)?.dict.getItemStr(name) ?? null;
  if (v === null || v === Py_None) {
    throw newExceptionMsg(PyExc_RuntimeError, `input(): lost sys.${name}`);
  }
  return v;
}

function callMethod(interp: Interpreter, o: PyObject, name: string, args: PyObject[] = []): PyObject {
  return interp.callObject(interp.hooks.getAttr(o, newStr(name)), args, null);
}

/**
 * input([prompt]): write the prompt to sys.stdout (no newline), flush it, read one line from
 * sys.stdin and return it without its newline; at end of file, EOFError.
 * @see Python/bltinmodule.c builtin_input_impl, Objects/fileobject.c PyFile_GetLine
 */
export function builtinInput(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, 'input() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw newExceptionMsg(PyExc_TypeError, `input expected at most 1 argument, got ${args.length}`);
  }
  const fin = sysStream(interp, 'stdin');
  const fout = sysStream(interp, 'stdout');
  const ferr = sysStream(interp, 'stderr');
  // Whatever went to stderr before must show before the prompt; a failure here is ignored.
  try {
    callMethod(interp, ferr, 'flush');
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (args.length === 1) fileWrite(interp, fout, strString(args[0]));
  callMethod(interp, fout, 'flush');
  const line = fin instanceof PyTextReader ? newStr(fin.readline())
    : callMethod(interp, fin, 'readline');
  if (line instanceof PyUnicode) {
    if (line.value.length === 0) throw newExceptionMsg(PyExc_EOFError, 'EOF when reading a line');
    return line.value.endsWith('\n') ? newStr(line.value.slice(0, -1)) : line;
  }
  if (line instanceof PyBytes) {
    const b = line.value;
    if (b.length === 0) throw newExceptionMsg(PyExc_EOFError, 'EOF when reading a line');
    return b[b.length - 1] === 10 ? newBytes(b.slice(0, -1)) : line;
  }
  throw newExceptionMsg(PyExc_TypeError, 'object.readline() returned non-string');
}
