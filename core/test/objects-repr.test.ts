// repr() of the bare constant types against CPython 3.13 (goldens: tools/oracle/objects.py).
import { describe, it, expect } from 'vitest';
import {
  reprString, newFloat, newComplex, newStr, newBytes, newInt, isPrintable, strString,
  PyBaseException, checkIntStrDigits,
} from '../src/objects/index.js';
import {
  golden, fromBits, bytesFromHex, strFromCodePoints, dec, type Enc,
} from './objects-golden.js';

interface Reprs {
  floats: [string, string][];
  complexes: [string, string, string][];
  strSingle: [number, string][];
  strMulti: [number[], string][];
  bytes: [string, string][];
  ints: [string, string][];
  intOverLimit: [string, string][];
  intParseOverLimit: [number, string][];
  others: [Enc, string][];
}
const g = golden<Reprs>('reprs.json');

function mismatches<T>(rows: T[], f: (r: T) => [string, string]): string[] {
  const bad: string[] = [];
  for (const r of rows) {
    const [got, want] = f(r);
    if (got !== want) bad.push(`got ${got} want ${want}`);
  }
  return bad;
}

describe('float repr', () => {
  it(`matches CPython for ${g.floats.length} doubles (shortest round-trip, 'r' layout)`, () => {
    expect(mismatches(g.floats, ([b, want]) => [reprString(newFloat(fromBits(b))), want]))
      .toEqual([]);
  });
  it('switches to exponent notation at 1e16 and 1e-5', () => {
    expect(reprString(newFloat(1e16))).toBe('1e+16');
    expect(reprString(newFloat(9999999999999998))).toBe('9999999999999998.0');
    expect(reprString(newFloat(1e-5))).toBe('1e-05');
    expect(reprString(newFloat(0.0001))).toBe('0.0001');
    expect(reprString(newFloat(-0))).toBe('-0.0');
  });
});

describe('complex repr', () => {
  it(`matches CPython for ${g.complexes.length} values`, () => {
    expect(mismatches(g.complexes, ([re, im, want]) =>
      [reprString(newComplex(fromBits(re), fromBits(im))), want])).toEqual([]);
  });
});

describe('str repr', () => {
  it(`matches CPython for ${g.strSingle.length} single code points`, () => {
    expect(mismatches(g.strSingle, ([cp, want]) =>
      [reprString(newStr(String.fromCodePoint(cp))), want])).toEqual([]);
  });
  it(`matches CPython for ${g.strMulti.length} strings (quotes, escapes, astral)`, () => {
    expect(mismatches(g.strMulti, ([cps, want]) =>
      [reprString(newStr(strFromCodePoints(cps))), want])).toEqual([]);
  });
  it('agrees with str.isprintable on the sampled code points', () => {
    // A code point is shown as itself exactly when printable (apart from quote/backslash).
    const bad = g.strSingle.filter(([cp, want]) => cp > 0x7f &&
      isPrintable(cp) !== (want === `'${String.fromCodePoint(cp)}'`));
    expect(bad).toEqual([]);
  });
});

describe('bytes repr', () => {
  it(`matches CPython for ${g.bytes.length} byte strings`, () => {
    expect(mismatches(g.bytes, ([hex, want]) => [reprString(newBytes(bytesFromHex(hex))), want]))
      .toEqual([]);
  });
});

describe('int repr', () => {
  it(`matches CPython for ${g.ints.length} ints up to 4300 digits`, () => {
    expect(mismatches(g.ints, ([v, want]) => [reprString(newInt(BigInt(v))), want]))
      .toEqual([]);
  });
  it('raises ValueError past the 4300-digit limit with CPython\'s message', () => {
    for (const [hex, msg] of g.intOverLimit) {
      const neg = hex.startsWith('-');
      const v = BigInt(neg ? hex.slice(1) : hex) * (neg ? -1n : 1n);
      let err: unknown = null;
      try { reprString(newInt(v)); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(PyBaseException);
      const e = err as PyBaseException;
      expect(e.ob_type.tp_name).toBe('ValueError');
      expect(strString(e)).toBe(msg);
    }
  });
});

describe('int parsing limit', () => {
  it('refuses more than 4300 decimal digits with CPython\'s message', () => {
    expect(() => checkIntStrDigits(4300)).not.toThrow();
    for (const [n, msg] of g.intParseOverLimit) {
      let err: unknown = null;
      try { checkIntStrDigits(n); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(PyBaseException);
      expect((err as PyBaseException).ob_type.tp_name).toBe('ValueError');
      expect(strString(err as PyBaseException)).toBe(msg);
    }
  });
});

describe('other constants', () => {
  it('None, bools, Ellipsis, tuples and frozensets', () => {
    expect(mismatches(g.others, ([e, want]) => [reprString(dec(e)), want])).toEqual([]);
  });
});
