// Complex `**` and abs(): _Py_c_pow calls glibc's hypot, pow, atan2, exp, log, cos and sin,
// and abs(z) is hypot. core/objects/libm ports the ones V8's Math differs from, as this
// machine's glibc computes them (the FMA variants its ifunc picks). Here they meet a sample
// of libm's own answers (test/golden/libm.txt, written by tools/oracle/check_libm.py, which
// also runs the full check on millions of inputs): every result must have the same bits,
// sign of zero included; a NaN matches any NaN.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sin, cos, atan2, exp, log, hypot } from '@ceval/core/objects/libm/index';

const F = new Float64Array(1);
const U = new BigUint64Array(F.buffer);
const fromHex = (h: string): number => { U[0] = BigInt('0x' + h); return F[0]; };
const toHex = (v: number): string => { F[0] = v; return U[0].toString(16).padStart(16, '0'); };
const sameBits = (got: number, want: string): boolean =>
  want === 'nan' ? got !== got : toHex(got) === want;

const FNS: Record<string, (...a: number[]) => number> = { sin, cos, atan2, exp, log, hypot };

interface Section { title: string; lines: string[][] }

/** The file's `## title` lines open sections; other `#` lines are comments. */
function readSections(): Section[] {
  const text = readFileSync(join(import.meta.dirname, 'golden', 'libm.txt'), 'utf8');
  const sections: Section[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) sections.push({ title: line.slice(3), lines: [] });
    else if (line !== '' && !line.startsWith('#')) sections[sections.length - 1].lines.push(line.split(' '));
  }
  return sections;
}

const sections = readSections();

describe('sin, cos, atan2, exp, log and hypot agree with glibc bit for bit', () => {
  it('the golden sample is the one the oracle wrote', () => {
    for (const name of Object.keys(FNS)) {
      const n = sections.filter((s) => s.title.startsWith(name + ':'))
        .reduce((k, s) => k + s.lines.length, 0);
      expect(n, name).toBeGreaterThan(1900);
    }
  });
  for (const s of sections) {
    it(s.title, () => {
      const bad: string[] = [];
      for (const [name, ...rest] of s.lines) {
        const want = rest.pop()!;
        const got = FNS[name](...rest.map(fromHex));
        if (!sameBits(got, want)) bad.push(`${name}(${rest.join(', ')}) = ${toHex(got)}, libm ${want}`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('the special values C99 fixes', () => {
  it('signed zeros and infinities', () => {
    expect(Object.is(sin(-0), -0)).toBe(true);
    expect(cos(-0)).toBe(1);
    expect(sin(Infinity)).toBeNaN();
    expect(Object.is(atan2(-0, 1), -0)).toBe(true);
    expect(atan2(0, -1)).toBe(Math.PI);
    expect(exp(-Infinity)).toBe(0);
    expect(log(0)).toBe(-Infinity);
    expect(log(-1)).toBeNaN();
    expect(hypot(NaN, -Infinity)).toBe(Infinity);
  });
});

