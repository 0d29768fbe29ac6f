// The SyntaxError corpus: every core/test/cases/syntax-errors/*.py is decoded and parsed as
// `python3.13 case.py` would, and the error's fields and printed report must equal the golden
// recorded by tools/oracle/syntax_errors.py. New cases are picked up automatically.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeSource } from '../src/compiler/encoding.js';
import { Tokenizer } from '../src/compiler/tokenizer.js';
import { T } from '../src/compiler/token.js';
import { CompileError, formatSyntaxError } from '../src/compiler/errors.js';
import { parse } from '../src/compiler/parser/index.js';

const here = new URL('.', import.meta.url).pathname;
const casesDir = join(here, 'cases/syntax-errors');
const goldenDir = join(here, 'golden/syntax-errors');

interface Golden {
  expect?: 'parse-ok';
  stage?: 'compile';
  type: string; msg: string; filename: string | null; lineno: number | null;
  offset: number | null; end_lineno: number | null; end_offset: number | null;
  text: string | null; stderr: string;
}

/**
 * Cases CPython rejects only in the symtable or compiler (ast.parse accepts them). They belong
 * to the compiler's tests; listed here so that none is skipped silently.
 */
const COMPILE_STAGE = new Set<string>([
]);

const files = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();
const golden = (f: string): Golden => JSON.parse(readFileSync(join(goldenDir,
  f.replace(/\.py$/, '.json')), 'utf8')) as Golden;

/** Python's view of our error: None where the error has no location. */
function fieldsOf(e: CompileError): unknown[] {
  const loc = e.hasLocation;
  return [e.kind, e.msg, loc ? e.filename : null, loc ? e.lineno : null,
    loc ? e.offset : null, loc ? e.end_lineno : null, loc ? e.end_offset : null, e.text];
}
const goldenFields = (g: Golden): unknown[] => [g.type, g.msg, g.filename, g.lineno, g.offset,
  g.end_lineno, g.end_offset, g.text];

function caught(fn: () => void): CompileError | null {
  try {
    fn();
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  return null;
}

describe('syntax-error corpus (decodeSource + parse)', () => {
  it('has the corpus and its goldens', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const staged = files.filter((f) => golden(f).stage === 'compile');
    expect(staged.sort()).toEqual([...COMPILE_STAGE].sort());
  });
  for (const f of files) {
    if (COMPILE_STAGE.has(f)) continue;
    it(f, () => {
      const g = golden(f);
      const bytes = readFileSync(join(casesDir, f));
      const e = caught(() => { parse(decodeSource(bytes, f), f, 'exec'); });
      if (g.expect === 'parse-ok') {
        expect(e).toBeNull();
        return;
      }
      expect(e).not.toBeNull();
      expect(fieldsOf(e!)).toEqual(goldenFields(g));
      expect(formatSyntaxError(e!)).toBe(g.stderr);
    });
  }
});

describe('tokenizer-level cases without the parser', () => {
  // Cases named NNN-tok-*: the tokenizer alone must find the same error (or none).
  for (const f of files.filter((x) => /^\d+-tok-/.test(x))) {
    it(f, () => {
      const g = golden(f);
      const bytes = readFileSync(join(casesDir, f));
      const e = caught(() => {
        const tk = new Tokenizer(decodeSource(bytes, f), f);
        while (tk.next().type !== T.ENDMARKER);
      });
      if (g.expect === 'parse-ok') {
        expect(e).toBeNull();
        return;
      }
      expect(fieldsOf(e!)).toEqual(goldenFields(g));
      expect(formatSyntaxError(e!)).toBe(g.stderr);
    });
  }
});
