// The node half of tools/oracle/check_floatpow.py: reads x[], y[], expected[] (float64) and
// compares core's pow() with them bit for bit; with --bench, times 1M calls against Math.pow.
// Usage: node check_floatpow.mjs cases.bin fma.bin count1,count2,... label1 ... [--bench]
// (fma.bin holds a, b, c, math.fma(a, b, c) quadruples.)
import { readFileSync } from 'node:fs';
import { pow, fma } from '../../core/dist/objects/floatpow.js';

const args = process.argv.slice(2);
const bench = args.includes('--bench');
const [file, fmaFile, countList, ...labels] = args.filter((s) => s !== '--bench');
const counts = countList.split(',').map(Number);
const buf = readFileSync(file);
const all = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
const n = all.length / 3;
const xs = all.subarray(0, n), ys = all.subarray(n, 2 * n), es = all.subarray(2 * n);
const f = new Float64Array(1);
const u = new BigUint64Array(f.buffer);
const hex = (v) => { f[0] = v; return u[0].toString(16).padStart(16, '0'); };
const same = (a, b) => (a !== a && b !== b) || (a === b && (a !== 0 || 1 / a === 1 / b));

let bad = 0;
let start = 0;
for (let g = 0; g < counts.length; g++) {
  let k = 0;
  const shown = [];
  for (let j = start; j < start + counts[g]; j++) {
    const r = pow(xs[j], ys[j]);
    if (!same(r, es[j])) {
      k++;
      if (shown.length < 5) {
        shown.push(`    x=${hex(xs[j])} (${xs[j]}) y=${hex(ys[j])} (${ys[j]}): ` +
          `libm ${es[j]} [${hex(es[j])}], ceval ${r} [${hex(r)}]`);
      }
    }
  }
  console.log(`${String(k).padStart(6)} / ${counts[g]}  ${labels[g]}`);
  for (const s of shown) console.log(s);
  bad += k;
  start += counts[g];
}
console.log(`total: ${bad} disagreements in ${n} cases`);

const fb = readFileSync(fmaFile);
const fq = new Float64Array(fb.buffer, fb.byteOffset, fb.byteLength / 8);
let fbad = 0;
for (let j = 0; j < fq.length; j += 4) {
  const r = fma(fq[j], fq[j + 1], fq[j + 2]);
  if (!same(r, fq[j + 3])) {
    if (fbad++ < 5) {
      console.log(`    fma(${hex(fq[j])}, ${hex(fq[j + 1])}, ${hex(fq[j + 2])}): ` +
        `math.fma ${hex(fq[j + 3])}, ceval ${hex(r)}`);
    }
  }
}
console.log(`fma: ${fbad} disagreements with math.fma in ${fq.length / 4} cases`);
bad += fbad;

if (bench) {
  // 1M calls, x in (0, 10) and y in (-20, 20), best of 5, against V8's own Math.pow.
  const M = 1_000_000;
  const bx = new Float64Array(M), by = new Float64Array(M);
  for (let i = 0; i < M; i++) {
    bx[i] = 0.001 + (i % 9973) * 0.001; by[i] = -20 + ((i * 31) % 4001) * 0.01;
  }
  // User CPU time rather than wall time: the machine is shared, and waiting is not work.
  const time = (fn) => {
    let best = Infinity, acc = 0;
    for (let rep = 0; rep < 5; rep++) {
      const t0 = process.cpuUsage();
      for (let i = 0; i < M; i++) acc += fn(bx[i], by[i]);
      best = Math.min(best, process.cpuUsage(t0).user / 1e3);
    }
    return [best, acc];
  };
  const [tp] = time(pow);
  const [tm] = time(Math.pow);
  console.log(`bench: 1M pow() ${tp.toFixed(1)} ms, 1M Math.pow ${tm.toFixed(1)} ms, ` +
    `ratio ${(tp / tm).toFixed(2)}`);
}
process.exit(bad === 0 ? 0 : 1);
