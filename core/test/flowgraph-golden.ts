// Shared helpers for the back-end tests: rebuild CPython's codegen output (recorded by
// tools/oracle/gen_flowgraph.py) as an InstrSequence + CodeUnitMetadata, and encode the
// resulting code-object fields the way the golden recorded CPython's.

import { readFileSync } from 'node:fs';
import { InstrSequence, type CodeUnitMetadata } from '../src/compiler/instrseq.js';
import { hasTarget } from '../src/compiler/flowgraph.js';
import type { PyObject } from '../src/object.js';
import { Py_None, Py_Ellipsis } from '../src/objects/noneobject.js';
import { newInt, PyLong_Type, type PyLong } from '../src/objects/longobject.js';
import { Py_True, Py_False, PyBool_Type } from '../src/objects/boolobject.js';
import { newFloat, PyFloat_Type, type PyFloat } from '../src/objects/floatobject.js';
import { PyComplex, PyComplex_Type } from '../src/objects/complexobject.js';
import { newStr, PyUnicode_Type, type PyUnicode } from '../src/objects/unicodeobject.js';
import { newBytes, PyBytes_Type, type PyBytes } from '../src/objects/bytesobject.js';
import { newTuple, PyTuple_Type, type PyTuple } from '../src/objects/tupleobject.js';
import { newFrozenSet, PyFrozenSet_Type, setKeys, type PySetObject } from
  '../src/objects/setobject.js';
import { PyObject as PyObjectClass, newStaticType } from '../src/object.js';
import { PyCode_Type, type PyCode } from '../src/objects/codeobject.js';

export type Enc = { t: string; v?: unknown; s?: string; line?: number };
export interface GoldenCase {
  name: string;
  filename: string;
  instrs: number[][];
  md: { name: string; consts: Enc[]; names: string[]; varnames: string[]; cellvars: string[];
    freevars: string[]; argcount: number; posonlyargcount: number; kwonlyargcount: number;
    firstlineno: number; qualname?: string; freeoffset?: number };
  flags: number;
  code: Record<string, unknown> & { co_consts: Enc[] };
}

export function loadGolden(file: string): GoldenCase[] {
  return JSON.parse(readFileSync(new URL(`./golden/${file}`, import.meta.url), 'utf8'));
}

/** Python's float.hex() text back to a double. */
export function fromHex(s: string): number {
  if (s === 'inf') return Infinity;
  if (s === '-inf') return -Infinity;
  if (s === 'nan') return NaN;
  const m = /^(-?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]\d+)$/.exec(s);
  if (!m) throw new Error('bad float hex ' + s);
  const frac = m[3] ?? '';
  const mant = BigInt('0x' + m[2] + frac);
  let v = Number(mant) * Math.pow(2, Number(m[4]) - 4 * frac.length);
  if (v === 0 && Number(m[4]) - 4 * frac.length < -1074) v = 0;
  return m[1] === '-' ? -v : v;
}

const OpaqueCode_Type = newStaticType('code');
const opaque = new WeakMap<PyObject, Enc>();

export function decodeConst(e: Enc): PyObject {
  switch (e.t) {
    case 'None': return Py_None;
    case 'Ellipsis': return Py_Ellipsis;
    case 'bool': return e.v ? Py_True : Py_False;
    case 'int': return newInt(BigInt(e.v as string));
    case 'float': return newFloat(fromHex(e.v as string));
    case 'complex': {
      const [r, i] = e.v as string[];
      return new PyComplex(fromHex(r), fromHex(i));
    }
    case 'str': return newStr(e.s !== undefined ? e.s
      : String.fromCharCode(...(e.v as number[])));
    case 'bytes': {
      const hex = e.v as string;
      const b = new Uint8Array(hex.length / 2);
      for (let i = 0; i < b.length; i++) b[i] = parseInt(hex.substr(i * 2, 2), 16);
      return newBytes(b);
    }
    case 'tuple': return newTuple((e.v as Enc[]).map(decodeConst));
    case 'frozenset': return newFrozenSet((e.v as Enc[]).map(decodeConst));
    default: {
      // Nested code objects (and slices) stand in as opaque objects, compared by identity.
      const o = new PyObjectClass(OpaqueCode_Type);
      opaque.set(o, e);
      return o;
    }
  }
}

function hexFloat(v: number): string {
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v !== v) return 'nan';
  return String(v); // compared after decoding the golden the same way
}

/** A canonical text for a constant, comparable between decoded goldens and our output. */
export function constText(o: PyObject): string {
  const op = opaque.get(o);
  if (op !== undefined) return JSON.stringify(op);
  if (o === Py_None) return 'None';
  if (o === Py_Ellipsis) return 'Ellipsis';
  const t = o.ob_type;
  if (t === PyBool_Type) return o === Py_True ? 'True' : 'False';
  if (t === PyLong_Type) return 'int:' + String((o as PyLong).value);
  if (t === PyFloat_Type) {
    const v = (o as PyFloat).value;
    return 'float:' + (Object.is(v, -0) ? '-0' : hexFloat(v));
  }
  if (t === PyComplex_Type) {
    const c = o as PyComplex;
    return `complex:${Object.is(c.real, -0) ? '-0' : hexFloat(c.real)},` +
      `${Object.is(c.imag, -0) ? '-0' : hexFloat(c.imag)}`;
  }
  if (t === PyUnicode_Type) return 'str:' + JSON.stringify((o as PyUnicode).value);
  if (t === PyBytes_Type) return 'bytes:' + Array.from((o as PyBytes).value).join(',');
  if (t === PyTuple_Type) return '(' + (o as PyTuple).items.map(constText).join(', ') + ')';
  if (t === PyCode_Type) {
    const co = o as PyCode;
    return JSON.stringify({ t: 'code', v: co.co_qualname, line: co.co_firstlineno });
  }
  if (t === PyFrozenSet_Type) {
    // Sorted: set order depends on insertion order, which is codegen's business.
    return 'frozenset{' + setKeys(o as PySetObject).map(constText).sort().join(', ') + '}';
  }
  return '?';
}

function toMap(names: string[], offset = 0): Map<string, number> {
  const m = new Map<string, number>();
  names.forEach((n, i) => m.set(n, i + offset));
  return m;
}

/** The recorded codegen output as the back end's input. */
export function buildInput(c: GoldenCase): { seq: InstrSequence; umd: CodeUnitMetadata;
  consts: PyObject[] } {
  const seq = new InstrSequence();
  // Each jump target index gets a label, used just before the instruction it names.
  const labelAt = new Map<number, number>();
  for (const [op, arg] of c.instrs) {
    if (hasTarget(op) && !labelAt.has(arg)) labelAt.set(arg, seq.newLabel());
  }
  c.instrs.forEach(([op, arg, l, el, col, ecol], i) => {
    const lbl = labelAt.get(i);
    if (lbl !== undefined) seq.useLabel(lbl);
    const loc = { lineno: l, end_lineno: el, col_offset: col, end_col_offset: ecol };
    seq.addOp(op, hasTarget(op) ? labelAt.get(arg)! : Math.max(arg, 0), loc);
  });
  const end = labelAt.get(c.instrs.length);
  if (end !== undefined) seq.useLabel(end);
  const consts = c.md.consts.map(decodeConst);
  const umd: CodeUnitMetadata = {
    name: c.md.name, qualname: c.md.qualname ?? c.md.name, consts, names: toMap(c.md.names),
    varnames: toMap(c.md.varnames), cellvars: toMap(c.md.cellvars),
    // As in CPython, free variables are numbered after the cells.
    freevars: toMap(c.md.freevars, c.md.freeoffset ?? 0), fasthidden: new Map(), argcount: c.md.argcount,
    posonlyargcount: c.md.posonlyargcount, kwonlyargcount: c.md.kwonlyargcount,
    firstlineno: c.md.firstlineno,
  };
  return { seq, umd, consts };
}

export function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** The golden's constants, decoded and re-encoded like ours. */
export function goldenConstTexts(c: GoldenCase): string[] {
  return c.code.co_consts.map((e) => constText(decodeConst(e)));
}
