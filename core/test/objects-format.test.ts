// Float formatting with explicit presentation types (PyOS_double_to_string: 'e', 'f', 'g',
// upper case, '#', '+', 'z', and the no-type form) against CPython 3.13's format().
import { describe, it, expect } from 'vitest';
import { doubleToString } from '../src/objects/index.js';
import { golden, fromBits } from './objects-golden.js';

const g = golden<[string, string, number, number, string][]>('formats.json');

describe('doubleToString', () => {
  it(`matches format() for ${g.length} (value, spec) pairs, ties rounded half to even`, () => {
    const bad: string[] = [];
    for (const [bits, code, prec, flags, want] of g) {
      const v = fromBits(bits);
      const got = doubleToString(v, code, prec, flags);
      if (got !== want) bad.push(`${v} ${code} ${prec} ${flags}: got ${got} want ${want}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
