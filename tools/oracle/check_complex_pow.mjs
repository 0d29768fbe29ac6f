// The node half of tools/oracle/check_complex_pow.py: reads records (a.re, a.im, b.re, b.im,
// want.re, want.im, kind) with kind 0 = a value, 1 = ZeroDivisionError, 2 = OverflowError,
// and runs ceval's complex ** on each through lecture 04's nb_power slot.
// Usage: node check_complex_pow.mjs cases.bin count1,count2,... label1 label2 ...
import { readFileSync } from 'node:fs';
import { complexPow } from '../../lectures/04-objects/dist/complexobject.js';
import { newComplex } from '../../core/dist/objects/complexobject.js';
import { pow } from '../../core/dist/objects/floatpow.js';

const [file, countList, ...labels] = process.argv.slice(2);
const counts = countList.split(',').map(Number);
const buf = readFileSync(file);
const d = new Float64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8);
const same = (a, b) => (a !== a && b !== b) || (a === b && (a !== 0 || 1 / a === 1 / b));

/** The formula of _Py_c_pow with V8's Math functions: what ceval computed before libm/. */
function v8Pow(ar, ai, br, bi) {
  const vabs = Math.hypot(ar, ai);
  let len = pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function ceval(ar, ai, br, bi) {
  try {
    const r = complexPow(newComplex(ar, ai), newComplex(br, bi), null);
    return [0, r.real, r.imag];
  } catch (e) {
    const name = e?.pyException?.ob_type?.tp_name ?? e?.exc?.ob_type?.tp_name ?? String(e);
    return [name.includes('ZeroDivision') ? 1 : name.includes('Overflow') ? 2 : 9, 0, 0, name];
  }
}

let bad = 0, badV8 = 0, total = 0;
let j = 0;
for (let g = 0; g < counts.length; g++) {
  let k = 0, kv8 = 0;
  const shown = [];
  for (let c = 0; c < counts[g]; c++, j += 7) {
    const [ar, ai, br, bi, wr, wi, kind] = d.subarray(j, j + 7);
    const [gk, gr, gi, err] = ceval(ar, ai, br, bi);
    const ok = gk === kind && (kind !== 0 || (same(gr, wr) && same(gi, wi)));
    if (!ok) {
      k++;
      if (shown.length < 3) {
        shown.push(`    (${ar}+${ai}j)**(${br}+${bi}j): python ${kind ? ['', 'ZeroDivisionError', 'OverflowError'][kind] : `(${wr}, ${wi})`}, ceval ${gk ? err ?? gk : `(${gr}, ${gi})`}`);
      }
    }
    // The V8 formula only for the cases that take _Py_c_pow's general path and return a value.
    const general = !(bi === 0 && br === Math.trunc(br) && Math.abs(br) <= 100);
    if (kind === 0 && general && !(ar === 0 && ai === 0)) {
      const [vr, vi] = v8Pow(ar, ai, br, bi);
      if (!(same(vr, wr) && same(vi, wi))) kv8++;
    } else if (!ok) kv8++;
  }
  console.log(`${String(k).padStart(6)} / ${counts[g]} differ (with V8's Math: ${kv8})  ${labels[g]}`);
  for (const s of shown) console.log(s);
  bad += k; badV8 += kv8; total += counts[g];
}
const pct = (x) => (100 * x / total).toFixed(3) + '%';
console.log(`total: ${bad} of ${total} differ (${pct(bad)}); with V8's Math functions: ${badV8} (${pct(badV8)})`);
process.exit(bad === 0 ? 0 : 1);
