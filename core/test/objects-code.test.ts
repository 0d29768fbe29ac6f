// Code objects: the location table (co_lines, co_positions, addr2line) and the exception
// table decoded as CPython 3.13 decodes them (goldens: tools/oracle/objects.py), and the
// attributes derived from localsplus.
import { describe, it, expect } from 'vitest';
import {
  newCode, coLines, coPositions, addr2line, parseExceptionTable, reprString, Py_None,
  CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN, constKeyEqual, newInt, newFloat,
  newComplex, Py_False, newTuple, newStr, newFrozenSet, newBytes, PyCode,
} from '../src/objects/index.js';
import { golden, bytesFromHex } from './objects-golden.js';

interface CodeCase {
  name: string; qualname: string; firstlineno: number; code: string; linetable: string;
  exceptiontable: string; lines: [number, number, number | null][];
  positions: (number | null)[][]; excTable: [number, number, number, number, boolean][];
  addr2line: [number, number | null][];
}
const g = golden<CodeCase[]>('code.json');

function make(c: CodeCase): PyCode {
  return newCode({
    co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_stacksize: 1,
    co_flags: 0, co_firstlineno: c.firstlineno, co_code: bytesFromHex(c.code),
    co_consts: [Py_None], co_names: [], co_localsplusnames: [],
    co_localspluskinds: new Uint8Array(0), co_filename: 'snippet.py', co_name: c.name,
    co_qualname: c.qualname, co_linetable: bytesFromHex(c.linetable),
    co_exceptiontable: bytesFromHex(c.exceptiontable),
  });
}

describe('location table', () => {
  for (const c of g) {
    it(`${c.qualname}: co_lines, co_positions, addr2line`, () => {
      const code = make(c);
      expect(coLines(code)).toEqual(c.lines);
      expect(coPositions(code)).toEqual(c.positions);
      for (const [off, line] of c.addr2line) {
        const got = addr2line(code, off);
        expect(got < 0 ? null : got).toBe(line);
      }
    });
  }
});

describe('exception table', () => {
  for (const c of g) {
    it(`${c.qualname}: entries as dis._parse_exception_table`, () => {
      const got = parseExceptionTable(make(c))
        .map((e) => [e.start, e.end, e.target, e.depth, e.lasti]);
      expect(got).toEqual(c.excTable);
    });
  }
});

describe('derived attributes', () => {
  it('splits localsplus into varnames, cellvars and freevars', () => {
    const code = newCode({
      co_argcount: 2, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_stacksize: 2,
      co_flags: 3, co_firstlineno: 1, co_code: new Uint8Array(0), co_consts: [],
      co_names: [], co_localsplusnames: ['a', 'b', 'x', 'c', 'f', '.0'],
      co_localspluskinds: new Uint8Array([CO_FAST_LOCAL, CO_FAST_LOCAL | CO_FAST_CELL,
        CO_FAST_LOCAL, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_LOCAL | CO_FAST_HIDDEN]),
      co_filename: 'x.py', co_name: 'f', co_qualname: 'f', co_linetable: new Uint8Array(0),
      co_exceptiontable: new Uint8Array(0),
    });
    expect(code.co_varnames).toEqual(['a', 'b', 'x', '.0']);
    expect(code.co_cellvars).toEqual(['b', 'c']);
    expect(code.co_freevars).toEqual(['f']);
    expect(code.co_nlocals).toBe(4);
    expect(reprString(code)).toMatch(/^<code object f at 0x[0-9a-f]+, file "x\.py", line 1>$/);
  });
});

describe('constant keys', () => {
  it('keeps 0, 0.0, -0.0, False and 0j apart and merges equal values', () => {
    const zeros = [newInt(0), newFloat(0), newFloat(-0), Py_False, newComplex(0, 0)];
    for (let i = 0; i < zeros.length; i++) {
      for (let j = 0; j < zeros.length; j++) {
        expect(constKeyEqual(zeros[i], zeros[j])).toBe(i === j);
      }
    }
    expect(constKeyEqual(newInt(2n ** 80n), newInt(2n ** 80n))).toBe(true);
    expect(constKeyEqual(newStr('ab'), newStr('a' + 'b'))).toBe(true);
    expect(constKeyEqual(newBytes(new Uint8Array([1])), newBytes(new Uint8Array([1])))).toBe(true);
    expect(constKeyEqual(newTuple([newInt(1), newFloat(2)]), newTuple([newInt(1), newFloat(2)])))
      .toBe(true);
    expect(constKeyEqual(newTuple([newInt(1)]), newTuple([newFloat(1)]))).toBe(false);
    expect(constKeyEqual(newFrozenSet([newInt(1), newInt(2)]),
      newFrozenSet([newInt(2), newInt(1)]))).toBe(true);
    expect(constKeyEqual(newFrozenSet([newInt(1)]), newFrozenSet([newFloat(1)]))).toBe(false);
    expect(constKeyEqual(newFloat(NaN), newFloat(NaN))).toBe(false);
  });
});
