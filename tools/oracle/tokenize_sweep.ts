// Local check, not part of `npm test`: compares our extra-token stream for every stdlib file with
// the dump tools/oracle/tokenize.py sweep wrote. Usage (no tsx here, so bundle it first):
//   npx esbuild tools/oracle/tokenize_sweep.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/tokenize_sweep.mjs && node /tmp/tokenize_sweep.mjs DIR  (after `tokenize.py sweep DIR`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '../../core/src/compiler/tokenizer.js';
import { decodeSource } from '../../core/src/compiler/encoding.js';
import { TOK_NAME, T } from '../../core/src/compiler/token.js';
import { CompileError, byteColToCharCol } from '../../core/src/compiler/errors.js';

type G = { tokens: [string, string, [number, number], [number, number]][]; error?: unknown[]; path: string };

export function ourTokens(src: string): { tokens: G['tokens']; error?: unknown[] } {
  const tk = new Tokenizer(src, 'x.py', { extraTokens: true });
  const out: G['tokens'] = [];
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
    if (e instanceof CompileError) return { tokens: out, error: [e.kind, e.msg, e.lineno, e.offset] };
    throw e;
  }
  return { tokens: out };
}

const dir = process.argv[2];
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as [number, string][];
let ok = 0;
let bad = 0;
for (const [i, path] of index) {
  const g = JSON.parse(readFileSync(join(dir, `${i}.json`), 'utf8')) as G;
  let mine;
  try {
    mine = ourTokens(decodeSource(readFileSync(path), path));
  } catch (e) {
    bad++;
    console.log(`${path}: threw ${(e as Error).message}`);
    continue;
  }
  const a = JSON.stringify(g.tokens);
  const b = JSON.stringify(mine.tokens);
  if (a === b && JSON.stringify(g.error) === JSON.stringify(mine.error)) { ok++; continue; }
  bad++;
  if (bad <= 15) {
    let k = 0;
    while (k < g.tokens.length && JSON.stringify(g.tokens[k]) === JSON.stringify(mine.tokens[k])) k++;
    console.log(`${path}: first diff at token ${k}: cpython ${JSON.stringify(g.tokens[k])} ours ${
      JSON.stringify(mine.tokens[k])} err ${JSON.stringify(g.error)} / ${JSON.stringify(mine.error)}`);
  }
}
console.log(`${ok} of ${ok + bad} stdlib files tokenize identically`);
