// Floats, `**`: core's pow() is a port of glibc's, the pow() python3.13 calls on Linux. Here it
// meets a sample of libm's own answers (test/golden/floatpow.txt, written by
// tools/oracle/check_floatpow.py, which also runs the full check on millions of inputs):
// every result must have the same bits, sign of zero included; a NaN matches any NaN.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pow, fma, parseHexFloat } from '@ceval/core/objects/floatpow';

const F = new Float64Array(1);
const U = new BigUint64Array(F.buffer);
const fromHex = (h: string): number => { U[0] = BigInt('0x' + h); return F[0]; };
const toHex = (v: number): string => { F[0] = v; return U[0].toString(16).padStart(16, '0'); };
const sameBits = (got: number, want: string): boolean =>
  want === 'nan' ? got !== got : toHex(got) === want;

interface Section { title: string; lines: string[][] }

/** The file's `## title` lines open sections; other `#` lines are comments. */
function readSections(): Section[] {
  const text = readFileSync(join(import.meta.dirname, 'golden', 'floatpow.txt'), 'utf8');
  const sections: Section[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) sections.push({ title: line.slice(3), lines: [] });
    else if (line !== '' && !line.startsWith('#')) sections[sections.length - 1].lines.push(line.split(' '));
  }
  return sections;
}

const sections = readSections();

describe('pow(x, y) agrees with glibc bit for bit', () => {
  it('the golden sample is the one the oracle wrote', () => {
    const n = sections.reduce((k, s) => k + s.lines.length, 0);
    expect(n).toBeGreaterThan(5000);
  });
  for (const s of sections.filter((s) => s.lines[0]?.[0] !== 'fma')) {
    it(s.title, () => {
      const bad: string[] = [];
      for (const [x, y, want] of s.lines) {
        const got = pow(fromHex(x), fromHex(y));
        if (!sameBits(got, want)) bad.push(`pow(${x}, ${y}) = ${toHex(got)}, libm ${want}`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('the emulated fma rounds once, as the instruction does', () => {
  for (const s of sections.filter((s) => s.lines[0]?.[0] === 'fma')) {
    it(s.title, () => {
      const bad: string[] = [];
      for (const [, a, b, c, want] of s.lines) {
        const got = fma(fromHex(a), fromHex(b), fromHex(c));
        if (!sameBits(got, want)) bad.push(`fma(${a}, ${b}, ${c}) = ${toHex(got)}, want ${want}`);
      }
      expect(bad).toEqual([]);
    });
  }
  it('a tie that only the lowest part decides', () => {
    // 1 + 2^-52 is odd: adding half an ulp is a tie, broken to even; 2^-106 less rounds down.
    const one = 1 + 2 ** -52;
    expect(fma(one, 1, 2 ** -53 - 2 ** -106)).toBe(one);
    expect(fma(one, 1, 2 ** -53)).toBe(1 + 2 ** -51);
  });
});

describe('C99 hex floats in the tables', () => {
  it('parses them exactly', () => {
    expect(parseHexFloat('0x1.62e42fefa3800p-1')).toBe(0.6931471805598903);
    expect(parseHexFloat('-0x1.0000000000000p-1')).toBe(-0.5);
    expect(parseHexFloat('0x1.8000000000000p+52')).toBe(6755399441055744);
  });
});
