// Local check, not part of `npm test`: runs `parse` on mutated stdlib snippets written by
// `tools/oracle/syntax_errors.py fuzz FILE N SEED` and compares the SyntaxError fields with
// compile()'s. Usage (bundle first, as in tokenize_bench.ts):
//   npx esbuild tools/oracle/syntax_errors_fuzz.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/se_fuzz.mjs && node /tmp/se_fuzz.mjs FILE [all]
// Without `all`, only cases whose CPython error is not a plain parser message are counted.
import { readFileSync } from 'node:fs';
import { parse } from '../../core/src/compiler/parser/index.js';
import { CompileError, ErrorOrigin } from '../../core/src/compiler/errors.js';

interface F { type: string; msg: string; lineno: number; offset: number; end_lineno: number;
  end_offset: number; text: string | null }
const cases = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { src: string; error: F | null }[];
const all = process.argv[3] === 'all';
let ok = 0;
let bad = 0;
const byMsg = new Map<string, number>();
for (const c of cases) {
  let err: CompileError | null = null;
  try {
    parse(c.src, 'x.py', 'exec');
  } catch (e) {
    if (e instanceof CompileError) err = e;
    else { err = null; console.log('CRASH', JSON.stringify(c.src).slice(0, 200), (e as Error).message); }
  }
  const theirs = c.error && [c.error.type, c.error.msg, c.error.lineno, c.error.offset,
    c.error.end_lineno, c.error.end_offset, c.error.text?.replace(/\n$/, '')];
  const mine = err && [err.kind, err.msg, err.lineno, err.offset, err.end_lineno, err.end_offset,
    err.text?.replace(/\n$/, '')];
  // Tokenizer-owned unless CPython's message is one the parser raises.
  const tokenizerOwned = err !== null && err.origin !== ErrorOrigin.PARSER;
  const TOKENIZER_MSG =
    /literal|parenthes|never closed|unmatched|character|indent|tabs|EOF|f-string: (expecting|single|unterminated)/;
  if (!all && !tokenizerOwned && !(c.error && TOKENIZER_MSG.test(c.error.msg))) continue;
  if (JSON.stringify(mine) === JSON.stringify(theirs)) { ok++; continue; }
  bad++;
  const k = c.error?.msg.slice(0, 30) ?? 'OK';
  byMsg.set(k, (byMsg.get(k) ?? 0) + 1);
  if (bad <= 15 || (process.env.SHOW && (c.error?.msg ?? "").includes(process.env.SHOW))) {
    console.log(`--- ${JSON.stringify(c.src).slice(0, 240)}`);
    console.log(`  cpython ${JSON.stringify(theirs)}\n  ours    ${JSON.stringify(mine)}`);
  }
}
console.log([...byMsg].sort((a, b) => b[1] - a[1]).slice(0, 15));
console.log(`${ok} of ${ok + bad} agree`);
