// `npm run bench:parse`: parses the same corpus (CPython 3.13's standard library) with ceval's
// parser in this process and with CPython's `ast.parse` in one python3.13 process that times
// its own loop; prints lines/second for each and the ratio (ceval / CPython).
// Both sides get decoded text, run one warm-up pass, then report the best of three passes.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = join(root, 'core/dist/compiler');
const { parse } = await import(join(core, 'parser/index.js'));
const { decodeSource } = await import(join(core, 'encoding.js'));

const env = { ...process.env, PYENV_VERSION: '3.13.0', PYTHONHASHSEED: '0' };
const probe = spawnSync('python3.13', ['-c', 'import sys; print(sys.prefix)'], { env });
const libdir = process.argv[2] ?? (probe.status === 0
  ? join(probe.stdout.toString().trim(), 'lib/python3.13')
  : '/root/.pyenv/versions/3.13.0/lib/python3.13');
const PASSES = 3;

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) {
      if (name !== 'site-packages' && name !== '__pycache__') walk(p, out);
    } else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}

// The corpus: every file both parsers accept (the stdlib has a few deliberately bad ones).
const corpus = [];
let lines = 0;
for (const f of walk(libdir, [])) {
  let src;
  try {
    src = decodeSource(readFileSync(f), f);
    parse(src, f);
  } catch {
    continue;
  }
  corpus.push([f, src]);
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) lines++;
}

function timeCeval() {
  const t0 = performance.now();
  for (const [f, src] of corpus) parse(src, f);
  return (performance.now() - t0) / 1000;
}
timeCeval(); // warm-up: let V8 compile the parser
let ceval = Infinity;
for (let i = 0; i < PASSES; i++) ceval = Math.min(ceval, timeCeval());

let cpython = NaN;
if (probe.status === 0) {
  const tmp = mkdtempSync(join(tmpdir(), 'ceval-bench-'));
  const list = join(tmp, 'files.txt');
  writeFileSync(list, corpus.map(([f]) => f).join('\n') + '\n');
  const script = `
import ast, sys, time, tokenize
srcs = []
for f in open(sys.argv[1]).read().split('\\n'):
    if f:
        with tokenize.open(f) as fh:
            srcs.append((f, fh.read()))
def run():
    t0 = time.perf_counter()
    for f, s in srcs:
        ast.parse(s, f)
    return time.perf_counter() - t0
run()
print(min(run() for _ in range(${PASSES})))
`;
  const r = spawnSync('python3.13', ['-c', script, list], { env, maxBuffer: 1 << 20 });
  rmSync(tmp, { recursive: true, force: true });
  if (r.status === 0) cpython = parseFloat(r.stdout.toString());
  else process.stderr.write(r.stderr.toString());
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`corpus: ${corpus.length} files, ${fmt(lines)} lines (${libdir})`);
console.log(`ceval   ast parse: ${fmt(lines / ceval)} lines/s (${ceval.toFixed(3)} s)`);
if (Number.isNaN(cpython)) {
  console.log('CPython: python3.13 not available');
} else {
  console.log(`CPython ast.parse: ${fmt(lines / cpython)} lines/s (${cpython.toFixed(3)} s)`);
  console.log(`ratio (ceval / CPython): ${(cpython / ceval).toFixed(2)}`);
}
