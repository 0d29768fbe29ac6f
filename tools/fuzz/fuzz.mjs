// `npm run fuzz [-- --seed N --count M --chunk K --only KIND,... --record FILE]`: the differential fuzzer.
// Generates cases (gen.mjs), runs them in batches on python3.13 and on ceval (one process
// each per batch, driver.mjs), and reports every case whose answers differ, grouped by
// what went wrong, plus JavaScript leaks (SystemError: ceval internal error) and crashes.
// --record writes the cases with python3.13's answers: the golden cli/test/fuzz.test.ts
// replays with Node alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './gen.mjs';
import { driverSource, byIndex } from './driver.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CEVAL = join(HERE, '..', '..', 'cli', 'bin', 'ceval.js');
const opt = (name, d) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : d;
};
const seed = Number(opt('seed', '1'));
const count = Number(opt('count', '2000'));
const chunk = Number(opt('chunk', '500'));
const record = opt('record', null);
const onlyOpt = opt('only', null);
const only = onlyOpt === null ? null : onlyOpt.split(',');
const env = { ...process.env, PYTHONHASHSEED: '0', PYENV_VERSION: '3.13.0' };
const dir = mkdtempSync(join(tmpdir(), 'ceval-fuzz-'));

function run(cmd, args, file) {
  const r = spawnSync(cmd, [...args, file], { env, encoding: 'utf8', maxBuffer: 1 << 28,
    timeout: 600_000 });
  return { out: r.stdout ?? '', err: r.stderr ?? '', status: r.status };
}

const kinds = [];
const cases = generate(seed, count, only, kinds);
const perKind = new Map();
const expected = [];
const groups = new Map();
let diffs = 0, leaks = 0, crashes = 0;
for (let first = 0; first < cases.length; first += chunk) {
  const part = cases.slice(first, first + chunk);
  const file = join(dir, `driver_${first}.py`);
  writeFileSync(file, driverSource(part, first));
  const py = byIndex(run('python3.13', [], file).out);
  const ce = run('node', [CEVAL], file);
  const mine = byIndex(ce.out);
  for (let i = first; i < first + part.length; i++) {
    const theirs = py.get(i);
    expected.push(theirs ?? null);
    const ours = mine.get(i);
    if (ours === undefined) {
      crashes++;
      console.log(`CRASH at case ${i}: ${cases[i]}\n  ${ce.err.split('\n').slice(-3).join(' | ')}`);
      break;
    }
    const pk = perKind.get(kinds[i]) ?? [0, 0];
    pk[0]++;
    perKind.set(kinds[i], pk);
    if (ours === theirs) continue;
    pk[1]++;
    diffs++;
    if (ours.includes('ceval internal error')) leaks++;
    const key = ours.startsWith('!') || (theirs ?? '').startsWith('!')
      ? `${(theirs ?? '').split(':')[0]} vs ${ours.split(':')[0]}` : 'value';
    const g = groups.get(key) ?? [];
    g.push(`${cases[i]}\n      python: ${theirs}\n      ceval:  ${ours}`);
    groups.set(key, g);
  }
}
for (const [k, g] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n== ${k}: ${g.length}`);
  for (const s of g.slice(0, 8)) console.log('   ' + s);
}
for (const [k, [n, d]] of perKind) console.log(`${k}: ${n} cases, ${d} differences`);
console.log(`\nseed ${seed}: ${cases.length} cases, ${diffs} differences, ${leaks} JavaScript leaks, `
  + `${crashes} crashed batches`);
if (record !== null) {
  writeFileSync(record, JSON.stringify({ seed, count, only, cases, expected }, null, 1) + '\n');
  console.log(`recorded ${record}`);
}
