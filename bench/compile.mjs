// `npm run bench:compile`: source lines per second compiled to code objects, ceval's
// compile() against CPython 3.13's compile() over the same files in the same run, and the
// ratio. Also times loading the resulting .pyc files (marshal) on both sides.
//
//   node bench/compile.mjs [--filter SUBSTR] [--limit N] [--tests] [--repeat R]
//
// The corpus is the standard library (without test packages unless --tests). A file counts
// only if both compilers accept it, so the two rates cover the same lines.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PY_ENV = { ...process.env, PYENV_VERSION: '3.13.0', PYTHONHASHSEED: '0' };
// ceval keys its str/bytes hash from PYTHONHASHSEED when core loads (below), as CPython does:
// seed 0 on both sides makes set and frozenset constants iterate in the same order.
process.env.PYTHONHASHSEED = '0';
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const filter = opt('--filter', '');
const limit = Number(opt('--limit', '0'));
const repeat = Math.max(1, Number(opt('--repeat', '5')));
const withTests = args.includes('--tests');

const libRoot = spawnSync('python3.13', ['-c',
  'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { env: PY_ENV, encoding: 'utf8' })
  .stdout.trim();
const isTest = (p) => /\/(test|tests|idle_test)\//.test(p);
function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'site-packages' || name === '__pycache__') continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (name.endsWith('.py')) out.push(p);
  }
  return out;
}
let files = walk(libRoot, []).filter((f) => (withTests || !isTest(f)) &&
  (!filter || f.includes(filter)));
if (limit > 0) files = files.slice(0, limit);

// ---- CPython: one process times compile() per file (best of R) and marshal.loads ----
const tmp = mkdtempSync(join(tmpdir(), 'ceval-bench-'));
const PY = `
import sys, json, time, marshal, os
files = json.loads(sys.stdin.read())
R = ${repeat}
out = {}
for i, f in enumerate(files):
    src = open(f, 'rb').read()
    try:
        co = compile(src, f, 'exec')
    except Exception:
        continue
    best = min((lambda t0: (compile(src, f, 'exec'), time.perf_counter() - t0)[1])(
        time.perf_counter()) for _ in range(R))
    data = marshal.dumps(co)
    pyc = os.path.join(${JSON.stringify(tmp)}, f'{i}.pyc')
    open(pyc, 'wb').write(b'\\xf3\\x0d\\x0d\\x0a' + bytes(12) + data)
    mbest = min((lambda t0: (marshal.loads(data), time.perf_counter() - t0)[1])(
        time.perf_counter()) for _ in range(R))
    out[f] = {'lines': src.count(b'\\n'), 'compile': best, 'loads': mbest, 'pyc': pyc}
print(json.dumps(out))
`;
const py = spawnSync('python3.13', ['-c', PY], {
  env: PY_ENV, input: JSON.stringify(files), encoding: 'utf8', maxBuffer: 1 << 28,
});
if (py.status !== 0) {
  console.error(py.stderr);
  process.exit(1);
}
const cpy = JSON.parse(py.stdout);

// ---- ceval ----
const dist = join(ROOT, 'core', 'dist');
if (!existsSync(join(dist, 'marshal.js'))) {
  spawnSync('npx', ['tsc', '-p', join(ROOT, 'core', 'tsconfig.json')], { stdio: 'inherit' });
}
const { loadPyc } = await import(join(dist, 'marshal.js'));
let compile = null;
let why = '';
// compile() lives in compiler/index.ts (compile.ts in earlier layouts); either may be absent.
for (const entry of ['index.js', 'compile.js']) {
  try {
    const mod = await import(join(dist, 'compiler', entry));
    if (typeof mod.compile === 'function') {
      compile = mod.compile;
      break;
    }
    why = `core/dist/compiler/${entry} exports no compile()`;
  } catch (e) {
    why = String(e.message ?? e).split('\n')[0];
  }
}

function bestOf(fn) {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    if (dt < best) best = dt;
  }
  return best;
}

const fmt = (n) => Math.round(n).toLocaleString('en-US');
function report(what, rows) {
  const lines = rows.reduce((a, r) => a + r.lines, 0);
  const tc = rows.reduce((a, r) => a + r.ceval, 0);
  const tp = rows.reduce((a, r) => a + r.cpython, 0);
  console.log(`${what}: ${rows.length} files, ${fmt(lines)} lines`);
  console.log(`  ceval    ${fmt(lines / tc).padStart(12)} lines/s  (${tc.toFixed(3)} s)`);
  console.log(`  CPython  ${fmt(lines / tp).padStart(12)} lines/s  (${tp.toFixed(3)} s)`);
  console.log(`  ratio    ${(tc / tp).toFixed(2)}x CPython's time`);
}

const sources = Object.entries(cpy).map(([f, r]) => ({ f, r,
  src: readFileSync(f, 'utf8').replace(/^\ufeff/, '') }));

if (compile) {
  // One untimed pass lets V8 compile the compiler before the timed runs.
  const ok = [];
  for (const s of sources) {
    try {
      compile(s.src, s.f, 'exec');
      ok.push(s);
    } catch {
      // files our compiler rejects are left out of both sides
    }
  }
  const rows = ok.map((s) => ({ lines: s.r.lines, cpython: s.r.compile,
    ceval: bestOf(() => compile(s.src, s.f, 'exec')) }));
  report('compile()', rows);
  if (ok.length < sources.length) {
    console.log(`  (${sources.length - ok.length} files rejected by ceval left out)`);
  }
} else {
  const rows = sources.map((s) => s.r);
  const lines = rows.reduce((a, r) => a + r.lines, 0);
  const tp = rows.reduce((a, r) => a + r.compile, 0);
  console.log(`compile(): ceval's compiler is not available (${why})`);
  console.log(`  CPython  ${fmt(lines / tp).padStart(12)} lines/s over ${sources.length} files`);
}

const pycs = sources.map((s) => ({ s, data: new Uint8Array(readFileSync(s.r.pyc)) }));
// A few untimed passes let V8 optimise the reader before the timed runs.
for (let r = 0; r < 5; r++) for (const p of pycs) loadPyc(p.data);
report('marshal.loads of the same modules', pycs.map((p) => ({ lines: p.s.r.lines,
  cpython: p.s.r.loads, ceval: bestOf(() => loadPyc(p.data)) })));
rmSync(tmp, { recursive: true, force: true });
