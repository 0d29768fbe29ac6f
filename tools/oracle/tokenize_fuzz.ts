// Local check, not part of `npm test`: compares parser-mode tokens and tokenizer-raised errors
// with CPython's C tokenizer on mutated stdlib snippets written by
// `tools/oracle/tokenize.py fuzz FILE N SEED`. Usage (no tsx here, so bundle it first):
//   npx esbuild tools/oracle/tokenize_fuzz.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/tokenize_fuzz.mjs && node /tmp/tokenize_fuzz.mjs FILE  (after `tokenize.py fuzz FILE N SEED`)
import { readFileSync } from 'node:fs';
import { Tokenizer } from '../../core/src/compiler/tokenizer.js';
import { T } from '../../core/src/compiler/token.js';
import { CompileError, ErrorOrigin, byteColToCharCol } from '../../core/src/compiler/errors.js';

interface Case { src: string; tokens: [number, string, [number, number], [number, number]][];
  error?: [string, string, number, number, number, number, string | null] }
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Case[];
// Errors CPython's TokenizerIter words differently from the parser (status codes).
const STATUS_EOF = 'unexpected EOF in multi-line statement';
let ok = 0;
let bad = 0;
for (const c of cases) {
  const tk = new Tokenizer(c.src, 'x.py');
  const mine: unknown[] = [];
  const theirs: unknown[] = [];
  let err: CompileError | null = null;
  try {
    for (;;) {
      const t = tk.next();
      const cc = (l: number, b: number): number => byteColToCharCol(tk.lineText(l), b);
      const noCol = t.type === T.INDENT || t.type === T.DEDENT || t.type === T.ENDMARKER;
      const noEnd = noCol || t.type === T.NEWLINE || t.type === T.FSTRING_MIDDLE;
      mine.push([t.type, noCol || t.type === T.NEWLINE ? '' : t.string,
        noCol ? -1 : t.lineno, noCol ? -1 : cc(t.lineno, t.col_offset),
        noEnd ? -1 : t.end_lineno, noEnd ? -1 : cc(t.end_lineno, t.end_col_offset)]);
      if (t.type === T.ENDMARKER) break;
    }
  } catch (e) {
    if (!(e instanceof CompileError)) { console.log('CRASH', JSON.stringify(c.src), e); bad++; continue; }
    err = e;
  }
  for (const [ty, s, st, en] of c.tokens) {
    const noCol = ty === T.INDENT || ty === T.DEDENT || ty === T.ENDMARKER;
    const noEnd = noCol || ty === T.NEWLINE || ty === T.FSTRING_MIDDLE;
    theirs.push([ty, noCol || ty === T.NEWLINE ? '' : s, noCol ? -1 : st[0], noCol ? -1 : st[1],
      noEnd ? -1 : en[0], noEnd ? -1 : en[1]]);
  }
  let same = JSON.stringify(mine) === JSON.stringify(theirs);
  let why = 'tokens';
  if (same) {
    if (!c.error) { same = err === null; why = 'extra error'; }
    else if (err === null) { same = false; why = 'missing error'; }
    else if (c.error[1] === STATUS_EOF) {
      same = err.origin === ErrorOrigin.TOKENIZER_STATUS; why = 'eof';
    } else if (err.origin === ErrorOrigin.TOKENIZER_STATUS) {
      same = err.msg === c.error[1] && err.kind === c.error[0]; why = 'status';
    } else {
      same = JSON.stringify([err.kind, err.msg, err.lineno, err.offset, err.end_lineno,
        err.end_offset, err.text]) === JSON.stringify(c.error);
      why = 'error fields';
    }
  }
  if (same) { ok++; continue; }
  bad++;
  if (bad <= 12) {
    let k = 0;
    while (k < theirs.length && JSON.stringify(theirs[k]) === JSON.stringify(mine[k])) k++;
    console.log(`--- ${why}: ${JSON.stringify(c.src).slice(0, 300)}`);
    console.log(`  at ${k}: cpython ${JSON.stringify(theirs[k])} ours ${JSON.stringify(mine[k])}`);
    console.log(`  cpython err ${JSON.stringify(c.error)}`);
    console.log(`  ours    err ${err ? JSON.stringify([err.kind, err.msg, err.lineno, err.offset,
      err.end_lineno, err.end_offset, err.text]) : null}`);
  }
}
console.log(`${ok} of ${ok + bad} fuzz cases agree`);
