// The playground bundler's pre-pass for generated data files: chains of string literals are
// joined before esbuild sees them (esbuild folds them pairwise, quadratically).
import { describe, expect, it } from 'vitest';
import { joinStringLiterals } from '../src/playground/page.js';

describe('joinStringLiterals', () => {
  it('joins same-quote literal chains across lines', () => {
    expect(joinStringLiterals("export const A: string =\n  'ab,c;' +\n  'd\\'e' + 'f';\n"))
      .toBe("export const A: string =\n  'ab,c;d\\'ef';\n");
  });

  it('leaves comments, mixed quotes and non-literal operands alone', () => {
    const src = "// it's + 'x'\nconst b = \"q\" + 'r' + s + 't';\n/* 'a' + 'b' */ const c = 1 + 2;\n";
    expect(joinStringLiterals(src)).toBe(src);
  });

  it('keeps a long generated chain equal to its value', () => {
    const parts = Array.from({ length: 3000 }, (_, i) => `'${i},${(i * 7).toString(16)};'`);
    const src = `export const NAMES = ${parts.join(' +\n  ')};\n`;
    const out = joinStringLiterals(src);
    expect(out.split('\n')).toHaveLength(2);
    const expected = parts.map((p) => p.slice(1, -1)).join('');
    expect(out).toBe(`export const NAMES = '${expected}';\n`);
  });
});
