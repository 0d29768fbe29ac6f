// str's case methods over every code point, against what python3.13 answers for each one
// (test/golden/unicode-case.golden.json, from tools/oracle/lecture05_case.py: only the
// code points where the answer is not the character itself, or is True).

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  unicodeLower, unicodeUpper, unicodeCasefold, unicodeTitle, unicodeSwapcase,
  unicodeCapitalize, unicodeIsLower, unicodeIsUpper, unicodeIsTitle,
} from '../src/unicode-case.js';
import { UNIDATA_VERSION } from '../src/unicodecase.generated.js';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'golden',
  'unicode-case.golden.json'), 'utf8')) as Record<string, Record<string, string> | string>;

/** Every code point where fn(chr(c)) !== chr(c), as the golden stores it. */
function differences(fn: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let c = 0; c < 0x110000; c++) {
    const ch = String.fromCodePoint(c);
    const r = fn(ch);
    if (r !== ch) out[c] = r;
  }
  return out;
}

/** The golden's range form: distances between the boundaries of the runs where fn holds. */
function trueRanges(fn: (s: string) => boolean): string {
  const out: string[] = [];
  let prev = 0;
  let inside = false;
  for (let c = 0; c <= 0x110000; c++) {
    const v = c < 0x110000 && fn(String.fromCodePoint(c));
    if (v !== inside) {
      out.push((c - prev).toString(36));
      prev = c;
      inside = v;
    }
  }
  return out.join(' ');
}

describe('str case methods agree with python3.13 on every code point', () => {
  it('uses the same Unicode database version', () => {
    expect(UNIDATA_VERSION).toBe(golden.unidata_version);
  });
  const maps: [string, (s: string) => string][] = [
    ['lower', unicodeLower], ['upper', unicodeUpper], ['casefold', unicodeCasefold],
    ['title', unicodeTitle], ['swapcase', unicodeSwapcase], ['capitalize', unicodeCapitalize],
  ];
  for (const [name, fn] of maps) {
    it(`str.${name}`, () => { expect(differences(fn)).toEqual(golden[name]); });
  }
  const preds: [string, (s: string) => boolean][] = [
    ['islower', unicodeIsLower], ['isupper', unicodeIsUpper], ['istitle', unicodeIsTitle],
  ];
  for (const [name, fn] of preds) {
    it(`str.${name}`, () => { expect(trueRanges(fn)).toBe(golden[name]); });
  }
});
