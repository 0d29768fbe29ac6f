// The node half of tools/oracle/check_libm.py: reads x[], y[], expected[] (float64) for one
// function and compares core's port with them bit for bit.
// Usage: node check_libm.mjs fn cases.bin count1,count2,... label1 label2 ...
import { readFileSync } from 'node:fs';
import * as libm from '../../core/dist/objects/libm/index.js';

const [name, file, countList, ...labels] = process.argv.slice(2);
const fn = libm[name];
const two = name === 'atan2' || name === 'hypot';
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
const t0 = process.cpuUsage();
for (let g = 0; g < counts.length; g++) {
  let k = 0;
  const shown = [];
  for (let j = start; j < start + counts[g]; j++) {
    let r;
    try {
      r = two ? fn(xs[j], ys[j]) : fn(xs[j]);
    } catch (e) {
      r = `threw ${e}`;
    }
    if (!same(r, es[j])) {
      k++;
      if (shown.length < 4) {
        const args = two ? `${hex(xs[j])} (${xs[j]}), ${hex(ys[j])} (${ys[j]})` : `${hex(xs[j])} (${xs[j]})`;
        shown.push(`    ${name}(${args}): libm ${es[j]} [${hex(es[j])}], ceval ${r} [${hex(r)}]`);
      }
    }
  }
  console.log(`${name} ${String(k).padStart(6)} / ${counts[g]}  ${labels[g]}`);
  for (const s of shown) console.log(s);
  bad += k;
  start += counts[g];
}
const ms = process.cpuUsage(t0).user / 1e3;
console.log(`${name} total: ${bad} disagreements in ${n} cases (${ms.toFixed(0)} ms)`);
process.exit(bad === 0 ? 0 : 1);
