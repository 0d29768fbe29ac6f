// The benchmark runner (`npm run bench`): times every bench/programs/*.py under ceval and under
// python3.13 in the same run, checks that both print the same thing, and reports the median
// wall time of each, the ratio ceval/CPython per program and their geometric mean. Programs the
// current VM cannot run yet (a lecture not written, a SystemError naming one) are skipped, and
// listed as skipped. Options: --runs N (default 5), --filter TEXT, --no-python.

import { spawnSync } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const ceval = join(root, 'cli', 'bin', 'ceval.js');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const runs = Number(opt('--runs', '5'));
const filter = opt('--filter', '');
const env = { ...process.env, PYTHONHASHSEED: '0', PYENV_VERSION: '3.13.0' };

function run(cmd, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: join(here, 'programs'), env, encoding: 'utf8',
    maxBuffer: 1 << 28, timeout: 600000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, out: r.stdout ?? '', err: r.stderr ?? '', status: r.status, error: r.error };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The real python3.13 binary, resolved once: `python3.13` is pyenv's shim, a shell script
// that adds 150-200 ms to every start and would flatter every ratio.
function resolvePython() {
  const r = spawnSync('pyenv', ['which', 'python3.13'], { env, encoding: 'utf8' });
  const path = r.status === 0 ? r.stdout.trim() : '';
  return path !== '' && existsSync(path) ? path : null;
}
const python = args.includes('--no-python') ? null : resolvePython();
const havePython = python !== null && spawnSync(python, ['-c', 'pass'], { env }).status === 0;
if (!existsSync(ceval)) {
  console.error('ceval is not built: run `npm install` (or `npx turbo run build`) first');
  process.exit(1);
}

const programs = readdirSync(join(here, 'programs')).filter((f) => f.endsWith('.py'))
  .filter((f) => f.includes(filter)).sort();
const rows = [];
const skipped = [];
for (const p of programs) {
  const first = run('node', [ceval, p]);
  if (first.status !== 0) {
    const last = first.err.trim().split('\n').pop() ?? '';
    skipped.push(`${p}: ${last || `exit ${first.status}`}`);
    continue;
  }
  let py = null;
  if (havePython) {
    const check = run(python, [p]);
    if (check.out !== first.out) {
      skipped.push(`${p}: output differs from python3.13 (${JSON.stringify(first.out.slice(0, 60))}`
        + ` vs ${JSON.stringify(check.out.slice(0, 60))})`);
      continue;
    }
    const t = [];
    for (let i = 0; i < runs; i++) t.push(run(python, [p]).ms);
    py = median(t);
  }
  const t = [first.ms];
  for (let i = 1; i < runs; i++) t.push(run('node', [ceval, p]).ms);
  rows.push({ p, ceval: median(t), py });
}

const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`${pad('program', 24)}${lpad('ceval ms', 12)}${lpad('python ms', 12)}${lpad('ratio', 9)}`);
let logSum = 0;
let n = 0;
for (const r of rows) {
  const ratio = r.py === null ? null : r.ceval / r.py;
  if (ratio !== null) { logSum += Math.log(ratio); n++; }
  console.log(`${pad(r.p, 24)}${lpad(r.ceval.toFixed(1), 12)}`
    + `${lpad(r.py === null ? '-' : r.py.toFixed(1), 12)}`
    + `${lpad(ratio === null ? '-' : ratio.toFixed(2) + 'x', 9)}`);
}
if (n > 0) console.log(`geometric mean of ratios (${n} programs): ${Math.exp(logSum / n).toFixed(2)}x`);
if (!havePython) console.log('python3.13 not found: the CPython column is skipped');
if (skipped.length) {
  console.log(`skipped ${skipped.length} program(s) the current VM cannot run:`);
  for (const s of skipped) console.log(`  ${s}`);
}
