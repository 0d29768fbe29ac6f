// Back-end conformance over the whole standard library: feeds CPython 3.13's own codegen
// output (every unit of every module, from `gen_flowgraph.py --all FILE`) to ceval's
// flowgraph + assemble and counts units whose co_code, co_linetable, co_exceptiontable,
// co_stacksize and co_consts match CPython's byte for byte.
//
//   PYTHONHASHSEED=0 PYENV_VERSION=3.13.0 python3.13 tools/oracle/gen_flowgraph.py --all /tmp/fg.jsonl
//   node tools/oracle/flowgraph_conformance.mjs /tmp/fg.jsonl [--show N]

import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = '/tmp/ceval-flowgraph-conformance.mjs';
await build({
  stdin: {
    contents: `export * from './test/flowgraph-golden.ts';
      export { assembleToRecord } from './src/compiler/assemble.ts';`,
    resolveDir: join(ROOT, 'core'), loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error',
});
const m = await import(pathToFileURL(out).href + '?' + Date.now());

const file = process.argv[2];
const si = process.argv.indexOf('--show');
const show = si > 0 ? Number(process.argv[si + 1]) : 10;
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const fields = ['code', 'linetable', 'exceptiontable', 'stacksize', 'consts'];
const failsBy = Object.fromEntries(fields.map((f) => [f, 0]));
let pass = 0, fail = 0, crash = 0;
const t0 = performance.now();
let backendMs = 0;
for (const line of lines) {
  const c = JSON.parse(line);
  let r;
  try {
    const { seq, umd } = m.buildInput(c);
    const t = performance.now();
    r = m.assembleToRecord(seq, umd, c.flags, c.filename);
    backendMs += performance.now() - t;
  } catch (e) {
    crash++;
    fail++;
    if (fail <= show) console.log('CRASH', c.name, String(e.message ?? e).split('\n')[0]);
    continue;
  }
  const got = {
    code: m.hex(r.co_code), linetable: m.hex(r.co_linetable),
    exceptiontable: m.hex(r.co_exceptiontable), stacksize: r.co_stacksize,
    consts: JSON.stringify(r.co_consts.map(m.constText)),
  };
  const want = {
    code: c.code.co_code, linetable: c.code.co_linetable,
    exceptiontable: c.code.co_exceptiontable, stacksize: c.code.co_stacksize,
    consts: JSON.stringify(m.goldenConstTexts(c)),
  };
  const bad = fields.filter((f) => got[f] !== want[f]);
  if (bad.length === 0) { pass++; continue; }
  fail++;
  for (const f of bad) failsBy[f]++;
  if (fail <= show) console.log('FAIL', c.name, bad.join(','));
}
const total = pass + fail;
console.log(`${pass}/${total} units identical (${(100 * pass / total).toFixed(2)}%),` +
  ` ${crash} crashed; mismatches by field:`, failsBy);
console.log(`back end: ${backendMs.toFixed(0)} ms for ${total} units;` +
  ` total ${(performance.now() - t0).toFixed(0)} ms`);
