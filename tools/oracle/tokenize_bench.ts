// Local benchmark, not part of `npm test`: tokenizes every .py file under a directory (default:
// CPython 3.13's stdlib) in parser mode and reports lines per second.
// Usage (no tsx here, so bundle it first):
//   npx esbuild tools/oracle/tokenize_bench.ts --bundle --platform=node --format=esm \
//     --outfile=/tmp/tokenize_bench.mjs && node /tmp/tokenize_bench.mjs [DIR]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '../../core/src/compiler/tokenizer.js';
import { decodeSource } from '../../core/src/compiler/encoding.js';
import { T } from '../../core/src/compiler/token.js';

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
}

const root = process.argv[2] ?? '/root/.pyenv/versions/3.13.0/lib/python3.13';
const files: string[] = [];
walk(root, files);
const sources: string[] = [];
for (const f of files) {
  try { sources.push(decodeSource(readFileSync(f), f)); } catch { /* not UTF-8 etc. */ }
}
let lines = 0;
for (const s of sources) lines += s.split('\n').length;
function run(): number {
  let tokens = 0;
  for (const s of sources) {
    const tk = new Tokenizer(s, 'x.py');
    try {
      while (tk.next().type !== T.ENDMARKER) tokens++;
    } catch { /* files with deliberate errors (test suites) */ }
  }
  return tokens;
}
// Wall time suffers when the machine is shared; CPU time of this process is reported too.
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const tokens = run();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  console.log(`run ${i}: ${sources.length} files, ${lines} lines, ${tokens} tokens in ${
    ms.toFixed(0)} ms wall (${(lines / ms / 1000).toFixed(2)} M lines/s), ${cpu.toFixed(0)} ms cpu (${
    (lines / cpu / 1000).toFixed(2)} M lines/s)`);
}
