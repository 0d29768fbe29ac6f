// Shared by the objects*.test.ts files: loads the goldens written by
// tools/oracle/objects.py and rebuilds the tagged constants they contain.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  PyObject, Py_None, Py_True, Py_False, Py_Ellipsis, newInt, newFloat, newComplex, newStr,
  newBytes, newTuple, newFrozenSet,
} from '../src/objects/index.js';

export type Enc =
  | { t: 'None' } | { t: 'Ellipsis' } | { t: 'bool'; v: boolean } | { t: 'int'; v: string }
  | { t: 'float'; v: string } | { t: 'complex'; re: string; im: string }
  | { t: 'str'; v: number[] } | { t: 'bytes'; v: string } | { t: 'tuple'; v: Enc[] }
  | { t: 'frozenset'; v: Enc[] };

export function golden<T>(name: string): T {
  const url = new URL(`./golden/objects/${name}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as T;
}

/** A double from its 16 big-endian hex digits. */
export function fromBits(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) dv.setUint8(i, parseInt(hex.slice(2 * i, 2 * i + 2), 16));
  return dv.getFloat64(0);
}

export function bytesFromHex(hex: string): Uint8Array {
  const b = new Uint8Array(hex.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return b;
}

export function strFromCodePoints(cps: number[]): string {
  let s = '';
  for (const c of cps) s += String.fromCodePoint(c);
  return s;
}

export function dec(e: Enc): PyObject {
  switch (e.t) {
    case 'None': return Py_None;
    case 'Ellipsis': return Py_Ellipsis;
    case 'bool': return e.v ? Py_True : Py_False;
    case 'int': return newInt(BigInt(e.v));
    case 'float': return newFloat(fromBits(e.v));
    case 'complex': return newComplex(fromBits(e.re), fromBits(e.im));
    case 'str': return newStr(strFromCodePoints(e.v));
    case 'bytes': return newBytes(bytesFromHex(e.v));
    case 'tuple': return newTuple(e.v.map(dec));
    case 'frozenset': return newFrozenSet(e.v.map(dec));
  }
}
