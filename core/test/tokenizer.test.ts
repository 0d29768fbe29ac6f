// Token streams of core/test/cases/tokenize/*.py against CPython 3.13's tokenize
// (goldens from tools/oracle/tokenize.py), plus parser-mode behaviour and source decoding.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer, identifierName } from '../src/compiler/tokenizer.js';
import { decodeSource } from '../src/compiler/encoding.js';
import { T, TOK_NAME, type Token } from '../src/compiler/token.js';
import { CompileError, ErrorOrigin, byteColToCharCol } from '../src/compiler/errors.js';

const here = new URL('.', import.meta.url).pathname;
const casesDir = join(here, 'cases/tokenize');
const goldenDir = join(here, 'golden/tokenize');

type Row = [string, string, [number, number], [number, number]];
interface Golden { tokens: Row[]; error?: [string, string, number, number] }

/** Our extra-token stream in tokenize's shape (character columns). */
function streamOf(src: string): { tokens: Row[]; error?: CompileError } {
  const tk = new Tokenizer(src, 'x.py', { extraTokens: true });
  const out: Row[] = [];
  const cc = (line: number, b: number): number => {
    const t = tk.lineText(line);
    return t === '' ? b : byteColToCharCol(t, b);
  };
  try {
    for (;;) {
      const t = tk.next();
      out.push([TOK_NAME[t.type], t.string, [t.lineno, cc(t.lineno, t.col_offset)],
        [t.end_lineno, cc(t.end_lineno, t.end_col_offset)]]);
      if (t.type === T.ENDMARKER) break;
    }
  } catch (e) {
    if (e instanceof CompileError) return { tokens: out, error: e };
    throw e;
  }
  return { tokens: out };
}

function parserTokens(src: string): Token[] {
  const tk = new Tokenizer(src, 'x.py');
  const out: Token[] = [];
  for (;;) {
    const t = tk.next();
    out.push(t);
    if (t.type === T.ENDMARKER) return out;
  }
}

function errorOf(src: string): CompileError {
  try {
    parserTokens(src);
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('token streams match CPython tokenize', () => {
  const files = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();
  it('has cases', () => expect(files.length).toBeGreaterThanOrEqual(20));
  for (const f of files) {
    it(f, () => {
      const golden = JSON.parse(readFileSync(join(goldenDir, f.replace(/\.py$/, '.json')),
        'utf8')) as Golden;
      const src = decodeSource(readFileSync(join(casesDir, f)), f);
      const mine = streamOf(src);
      expect(mine.tokens).toEqual(golden.tokens);
      if (golden.error === undefined) {
        expect(mine.error).toBeUndefined();
      } else {
        // tokenize rewords some errors as TokenError; real SyntaxErrors must agree exactly.
        expect(mine.error).toBeInstanceOf(CompileError);
        if (golden.error[0] !== 'TokenError') {
          expect([mine.error!.kind, mine.error!.msg, mine.error!.lineno])
            .toEqual(golden.error.slice(0, 3));
        }
      }
    });
  }
});

describe('parser-mode tokens', () => {
  it('skips comments and blank lines, gives byte columns', () => {
    const toks = parserTokens('é = 1  # c\n\n  \nx\n');
    expect(toks.map((t) => TOK_NAME[t.type])).toEqual(
      ['NAME', 'EQUAL', 'NUMBER', 'NEWLINE', 'NAME', 'NEWLINE', 'ENDMARKER']);
    expect(toks[1].col_offset).toBe(3); // 'é' is two bytes
    expect(toks[4].lineno).toBe(4);
  });
  it('keeps raw NAME text; identifierName NFKC-normalises', () => {
    const toks = parserTokens('ｉｆ = ﬁle\n');
    expect(toks[0].string).toBe('ｉｆ');
    expect(identifierName(toks[0].string)).toBe('if');
    expect(identifierName(toks[2].string)).toBe('file');
  });
  it('attaches the debug text of f"{x = }" to the closing token', () => {
    const toks = parserTokens('f"{ x = !r}" f"{y=:>5}"\n') as (Token & { metadata?: string })[];
    const bang = toks.find((t) => t.type === T.EXCLAMATION)!;
    expect(bang.metadata).toBe(' x = ');
    const colon = toks.find((t) => t.type === T.COLON)!;
    expect(colon.metadata).toBe('y=');
  });
  it('puts ENDMARKER where CPython\'s parser reports EOF errors', () => {
    // compile('if x:\n  é\n') style errors at EOF point past the last line's newline.
    const toks = parserTokens('if x:\n  é\n');
    const end = toks[toks.length - 1];
    const dedent = toks[toks.length - 2];
    expect([end.type, end.lineno, end.col_offset, end.end_col_offset]).toEqual(
      [T.ENDMARKER, 2, 5, 5]);
    expect([dedent.type, dedent.lineno, dedent.end_col_offset]).toEqual([T.DEDENT, 2, 5]);
  });
  it('records the warnings CPython\'s tokenizer emits', () => {
    const tk = new Tokenizer('x = [0x1for x in y]\ny = 1if x else 2\n', 'w.py');
    while (tk.next().type !== T.ENDMARKER);
    // (each also carries the SyntaxError an "error" filter turns it into)
    expect(tk.warnings.map(({ category, msg, lineno }) => ({ category, msg, lineno }))).toEqual([
      { category: 'SyntaxWarning', msg: 'invalid hexadecimal literal', lineno: 1 },
      { category: 'SyntaxWarning', msg: 'invalid decimal literal', lineno: 2 },
    ]);
  });
  it('survives deep nesting and junk without blowing the stack', () => {
    expect(errorOf('('.repeat(10_000_000)).msg).toBe('too many nested parentheses');
    const junk = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256))
      .join('');
    try { parserTokens(junk); } catch (e) { expect(e).toBeInstanceOf(CompileError); }
  });
});

describe('tokenizer errors', () => {
  const cases: [string, string, string, number, number][] = [
    ["x = 'abc\ny = 2\n", 'SyntaxError', 'unterminated string literal (detected at line 1)', 1, 5],
    ['x = (1,\n2]\n', 'SyntaxError',
      "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2],
    ['x = )\n', 'SyntaxError', "unmatched ')'", 1, 5],
    ['x = 0777\n', 'SyntaxError', 'leading zeros in decimal integer literals are not permitted; '
      + 'use an 0o prefix for octal integers', 1, 5],
    ['x = 1 \\ y\n', 'SyntaxError', 'unexpected character after line continuation character', 1,
      8],
    ['a€b = 1\n', 'SyntaxError', "invalid character '€' (U+20AC)", 1, 2],
    ['x = 1\xa0\n', 'SyntaxError', 'invalid non-printable character U+00A0', 1, 6],
    ['if x:\n        a\n    b\n', 'IndentationError',
      'unindent does not match any outer indentation level', 3, 6],
    ['if x:\n\ta\n        b\n', 'TabError', 'inconsistent use of tabs and spaces in indentation',
      3, 1],
    ["x = '''abc\n\n", 'SyntaxError',
      'unterminated triple-quoted string literal (detected at line 2)', 1, 5],
    ["x = f'{a'\n", 'SyntaxError', "f-string: expecting '}'", 1, 9],
    ["x = f'}'\n", 'SyntaxError', "f-string: single '}' is not allowed", 1, 7],
    ['x = (\n', 'SyntaxError', "'(' was never closed", 1, 5],
    ['0x\n', 'SyntaxError', 'invalid hexadecimal literal', 1, 2],
    ['1_\n', 'SyntaxError', 'invalid decimal literal', 1, 2],
    ['1e\n', 'SyntaxError', 'invalid decimal literal', 1, 1],
    ['0b2\n', 'SyntaxError', "invalid digit '2' in binary literal", 1, 3],
    ['0o8\n', 'SyntaxError', "invalid digit '8' in octal literal", 1, 3],
    ['1.2j3\n', 'SyntaxError', 'invalid imaginary literal', 1, 4],
    ['x = 1 \\', 'SyntaxError', 'unexpected EOF while parsing', 1, 8],
  ];
  for (const [src, kind, msg, line, off] of cases) {
    it(JSON.stringify(src), () => {
      const e = errorOf(src);
      expect([e.kind, e.msg, e.lineno, e.offset]).toEqual([kind, msg, line, off]);
    });
  }
});

describe('decodeSource', () => {
  const enc = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
  const err = (b: Uint8Array): CompileError => {
    try { decodeSource(b, 'f.py'); } catch (e) { return e as CompileError; }
    throw new Error('no error');
  };
  it('handles BOM, cookies and aliases', () => {
    expect(decodeSource(enc('\xef\xbb\xbfx = 1\n'), 'f.py')).toBe('x = 1\n');
    expect(decodeSource(enc('# coding: latin-1\nx = "\xe9"\n'), 'f.py')).toBe(
      '# coding: latin-1\nx = "é"\n');
    expect(decodeSource(enc('#!/bin/py\n# vim: set fileencoding=iso8859_1 :\n"\xe9"\n'), 'f.py'))
      .toContain('"é"');
    expect(decodeSource(enc('x = 1 # coding: latin-1\n"\xc3\xa9"\n'), 'f.py')).toContain('"é"');
    expect(decodeSource(enc('"\xe2\x82\xac"\n'), 'f.py')).toBe('"€"\n');
    expect(decodeSource(enc('# coding: cp1252\n"\x80\xe9"\n'), 'f.py')).toContain('"€é"');
    expect(decodeSource(enc('# coding: koi8-r\n"\xc1"\n'), 'f.py')).toContain('"а"');
  });
  it('reports what python3.13 reports', () => {
    expect(err(enc('x = 1\ny = "\xff"\n')).msg).toBe("Non-UTF-8 code starting with '\\xff' in "
      + 'file f.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ '
      + 'for details');
    expect(err(enc('x = "\xed\xa0\x80"\n')).msg).toContain("starting with '\\xed'");
    expect(err(enc('# -*- coding: foobar -*-\n')).msg).toBe('encoding problem: foobar');
    expect(err(enc('# coding: cp1252\n"\x81"\n')).msg).toBe('encoding problem: cp1252');
    expect(err(enc('\xef\xbb\xbf# coding: latin-1\n')).msg).toBe(
      'encoding problem: iso-8859-1 with BOM');
    const nul = err(enc('x = 1\ny = 2\x00\n'));
    expect([nul.msg, nul.lineno, nul.offset, nul.text]).toEqual(
      ['source code cannot contain null bytes', 2, 0, 'y = 2']);
  });
});

describe('parser-mode tokens match the C tokenizer on mutated snippets', () => {
  // golden/tokenize/parser-mode-fuzz.json: `tools/oracle/tokenize.py fuzz ... 300 7`, i.e.
  // _tokenize.TokenizerIter(extra_tokens=False) on stdlib snippets with random edits. CPython
  // gives INDENT/DEDENT/ENDMARKER no column and NEWLINE no text there; those are compared by
  // type only. Errors CPython signals by status code are worded by TokenizerIter itself, so
  // for them only the message (or, for EOF, the kind of error) is compared.
  interface Case { src: string; tokens: [number, string, [number, number], unknown][];
    error?: [string, string, number, number, number, number, string | null] }
  const cases = JSON.parse(readFileSync(join(goldenDir, 'parser-mode-fuzz.json'), 'utf8')) as
    Case[];
  const shape = (ty: number, s: string, line: number, col: number): unknown[] => {
    const noCol = ty === T.INDENT || ty === T.DEDENT || ty === T.ENDMARKER;
    return [ty, noCol || ty === T.NEWLINE ? '' : s, noCol ? -1 : line, noCol ? -1 : col];
  };
  cases.forEach((c, i) => {
    it(`case ${i}`, () => {
      const tk = new Tokenizer(c.src, 'x.py');
      const mine: unknown[] = [];
      let err: CompileError | null = null;
      try {
        for (;;) {
          const t = tk.next();
          mine.push(shape(t.type, t.string, t.lineno,
            byteColToCharCol(tk.lineText(t.lineno), t.col_offset)));
          if (t.type === T.ENDMARKER) break;
        }
      } catch (e) {
        if (!(e instanceof CompileError)) throw e;
        err = e;
      }
      expect(mine).toEqual(c.tokens.map(([ty, s, st]) => shape(ty, s, st[0], st[1])));
      if (c.error === undefined) {
        expect(err).toBeNull();
      } else if (c.error[1] === 'unexpected EOF in multi-line statement') {
        expect(err?.origin).toBe(ErrorOrigin.TOKENIZER_STATUS);
      } else if (err?.origin === ErrorOrigin.TOKENIZER_STATUS) {
        expect([err.kind, err.msg]).toEqual(c.error.slice(0, 2));
      } else {
        expect(err && [err.kind, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset,
          err.text]).toEqual(c.error);
      }
    });
  });
});
