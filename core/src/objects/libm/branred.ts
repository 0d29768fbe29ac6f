// glibc's __branred (sysdeps/ieee754/dbl-64/branred.c, IBM's Accurate Mathematical Library):
// the range reduction sin and cos use for |x| >= 105414350, where x mod pi/2 needs far more
// bits of 2/pi than a double holds. It is compiled once, without fma, so plain double
// arithmetic reproduces it.

import { TOVERP } from './sincos_data.js';
import { hiWord, pow2 } from './bits.js';

const TM600 = pow2(-600);
const TM24 = pow2(-24);
const BIG = 1.5 * pow2(52);
const BIG1 = 1.5 * pow2(54);
const HP0 = 1.5707963267948966; // 0x1.921fb54442d18p0
const HP1 = 6.123233995736766e-17; // 0x1.1a62633145c07p-54
const MP1 = 1.5707963407039642; // 0x1.921fb58000000p0
const MP2 = -1.3909067675399456e-08; // -0x1.dde9740000000p-27
/** Veltkamp's 2^27 + 1. */
const SPLIT = 134217729;

/** Out-parameters of branred: x - n pi/2 = A + AA. */
export let branredA = 0;
export let branredAA = 0;

const r = new Float64Array(6);

/**
 * One 26-bit half xh of x times 2/pi: the products with six base-2^24 digits of 2/pi that
 * matter at xh's exponent, summed as an integer part (only its value mod 4 is kept) and a
 * fraction b + bb. Returns [sum, b, bb].
 */
function reduceHalf(xh: number): [number, number, number] {
  let k = (hiWord(xh) >>> 20) & 2047;
  k = Math.trunc((k - 450) / 24);
  if (k < 0) k = 0;
  // 2^(576 - 24k): glibc takes 24k off the exponent of 2^576.
  let gor = pow2(576 - 24 * k);
  for (let i = 0; i < 6; i++) {
    r[i] = xh * TOVERP[k + i] * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = (r[i] + BIG) - BIG;
    sum += s;
    r[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += r[5 - i];
  let bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5];
  let s = (t + BIG) - BIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  s = (sum + BIG1) - BIG1;
  sum -= s;
  return [sum, b, bb];
}

/**
 * Reduces x (|x| >= 105414350, finite) to n pi/2 + (a + aa) with |a + aa| <= pi/4, a + aa
 * accurate to about 136 bits of x; returns n mod 4, a and aa in branredA, branredAA.
 * @see glibc sysdeps/ieee754/dbl-64/branred.c __branred
 */
export function branred(x: number): number {
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const [sum1, b1, bb1] = reduceHalf(x1);
  const [sum2, b2, bb2] = reduceHalf(x2);
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1.0;
    sum += 1.0;
  } else if (b < -0.5) {
    b += 1.0;
    sum -= 1.0;
  }
  let s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * MP1 - b) + t1 * MP2) + t2 * MP1) + (t2 * MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = (b - s) + bb;
  branredA = s;
  branredAA = t;
  return Math.trunc(sum) & 3;
}
