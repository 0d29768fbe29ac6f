// glibc's exp() (sysdeps/ieee754/dbl-64/e_exp.c, from ARM's optimized-routines) as the FMA
// variant x86-64 selects through ifunc computes it: GCC fused every `a * b + c` there into
// one fma, so the same sums are fused here. It shares its tables with pow's exp step.

import { fma, parseHexFloat } from '../floatpow.js';
import {
  EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_POLY, EXP_SHIFT, EXP_TAB,
} from '../floatpow_data.js';
import { fromWords, pow2 } from './bits.js';

const INVLN2N = parseHexFloat(EXP_INVLN2N);
const NEGLN2HIN = parseHexFloat(EXP_NEGLN2HIN);
const NEGLN2LON = parseHexFloat(EXP_NEGLN2LON);
const [C2, C3, C4, C5] = EXP_POLY.map(parseHexFloat);
const SHIFT = parseHexFloat(EXP_SHIFT);
const TWO_M54 = pow2(-54);
const TWO_1009 = pow2(1009);
const TWO_M1022 = pow2(-1022);

// glibc stores, for i = 0..127, the tail of 2^(i/128) and its bits minus i << 45, so adding
// k << 45 gives 2^(k/128) for any k. We keep 2^(i/128) itself and multiply by 2^(k >> 7),
// which is exact; only the special cases need the scale split further.
const TAIL = new Float64Array(128);
const SCALE = new Float64Array(128);
for (let i = 0; i < 128; i++) {
  const t = BigInt('0x' + EXP_TAB[2 * i]);
  const sb = BigInt('0x' + EXP_TAB[2 * i + 1]) + (BigInt(i) << 45n);
  TAIL[i] = fromWords(Number(t >> 32n), Number(t & 0xffffffffn));
  SCALE[i] = fromWords(Number(sb >> 32n), Number(sb & 0xffffffffn));
}

/** 2^e for any e in [-1074, 1023], as an exact product of two powers of two. */
function scale2(e: number): number {
  return e < -1022 ? pow2(e + 60) * pow2(-60) : pow2(e);
}

/**
 * The result when 2^(k/128) itself overflows or is subnormal: computed at a shifted
 * exponent, and below 1 rounded to its final precision first (by adding 1) so the last
 * scaling cannot round a second time.
 * @see glibc sysdeps/ieee754/dbl-64/e_exp.c specialcase
 */
function specialCase(tmp: number, k: number): number {
  const i = k & 127;
  if (k >= 0) {
    const scale = SCALE[i] * pow2((k >> 7) - 1009);
    return fma(scale, tmp, scale) * TWO_1009;
  }
  const scale = SCALE[i] * pow2((k >> 7) + 1022);
  // scale * tmp has a second use inside the `if` below, another basic block, so GCC could
  // not fuse it: it is rounded once and added twice.
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1.0) {
    let lo = scale - y + st;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y === 0) y = 0;
  }
  return y * TWO_M1022;
}

/**
 * exp(x): x = k ln2/128 + r with |r| <= ln2/256, so exp(x) = 2^(k/128) exp(r), the power
 * of two from the table and exp(r) - 1 from a degree-5 polynomial. Within 0.511 ulp.
 * @see glibc sysdeps/ieee754/dbl-64/e_exp.c __exp
 */
export function exp(x: number): number {
  const ax = Math.abs(x);
  let special = false;
  if (!(ax >= TWO_M54 && ax < 512)) {
    if (ax < TWO_M54) return 1.0 + x;
    if (x !== x || x === Infinity) return 1.0 + x;
    if (ax >= 1024) return x < 0 ? 0 : Infinity; // __math_uflow / __math_oflow
    special = true;
  }
  // Adding SHIFT rounds x*128/ln2 to the integer k (the fma rounds only once).
  const kd = fma(INVLN2N, x, SHIFT) - SHIFT;
  const r = fma(kd, NEGLN2LON, fma(kd, NEGLN2HIN, x));
  const i = kd & 127;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), TAIL[i] + r));
  if (special) return specialCase(tmp, kd);
  const scale = SCALE[i] * scale2(kd >> 7);
  return fma(scale, tmp, scale);
}
