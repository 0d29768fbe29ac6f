// glibc's log() (sysdeps/ieee754/dbl-64/e_log.c, from ARM's optimized-routines) as the FMA
// variant x86-64 selects through ifunc computes it: every `a * b + c` GCC fused there is an
// fma here, so the bits agree.

import { fma, parseHexFloat } from '../floatpow.js';
import { LOG_LN2HI, LOG_LN2LO, LOG_POLY, LOG_POLY1, LOG_TAB } from './log_data.js';
import { hiWord, loWord, fromWords, pow2 } from './bits.js';

const LN2HI = parseHexFloat(LOG_LN2HI);
const LN2LO = parseHexFloat(LOG_LN2LO);
const [A0, A1, A2, A3, A4] = LOG_POLY.map(parseHexFloat);
const B = LOG_POLY1.map(parseHexFloat);
const INVC = new Float64Array(LOG_TAB.map((row) => parseHexFloat(row[0])));
const LOGC = new Float64Array(LOG_TAB.map((row) => parseHexFloat(row[1])));
const TWO_27 = pow2(27);
const TWO_52 = pow2(52);
/** 1 - 2^-4 and 1 + 0x1.09p-4: between them log(x) is computed without the table. */
const NEAR1_LO = 1 - pow2(-4);
const NEAR1_HI = 1 + 0x109 * pow2(-12);
/** The high word of 0x1.6p-1 (glibc's OFF): z is brought into [OFF, 2 OFF). */
const OFF_HI = 0x3fe60000;

/**
 * log1p(r) for x = 1 + r close to 1: r^2/2 would lose bits to rounding, so r is split into
 * a 27-bit rhi (whose square is exact) and rlo, and -r^2/2 is added back in two parts.
 * @see glibc sysdeps/ieee754/dbl-64/e_log.c __log (the branch for x near 1.0)
 */
function logNear1(x: number): number {
  if (x === 1) return 0;
  const r = x - 1.0;
  const r2 = r * r;
  const r3 = r * r2;
  // Horner in r^3, each step three terms a + r b + r^2 c; GCC fused every product-then-add.
  const p3 = fma(r3, B[10], fma(r2, B[9], fma(r, B[8], B[7])));
  const p2 = fma(r3, p3, fma(r2, B[6], fma(r, B[5], B[4])));
  const p1 = fma(r3, p2, fma(r2, B[3], fma(r, B[2], B[1])));
  const w0 = r * TWO_27;
  const rhi = r + w0 - w0;
  const rlo = r - rhi;
  const w = rhi * rhi * B[0]; // exact: B[0] is -0.5 and rhi has 27 bits
  const hi = r + w;
  let lo = r - hi + w;
  lo = fma(B[0] * rlo, rhi + r, lo);
  // y = r3 * p1 was fused into its one use, y + lo.
  const y = fma(r3, p1, lo);
  return y + hi;
}

/**
 * log(x) = k ln2 + log(c) + log1p(z/c - 1) for x = 2^k z, z in [0x1.6p-1, 0x1.6p0) and c
 * the centre of z's 1/128 subinterval; r = z/c - 1 is one fma, exact to 0x1p-62, and the
 * polynomial only needs five terms.
 * @see glibc sysdeps/ieee754/dbl-64/e_log.c __log
 */
export function log(x: number): number {
  if (x >= NEAR1_LO && x < NEAR1_HI) return logNear1(x);
  let hi = hiWord(x);
  let lo = loWord(x);
  if (!(x >= pow2(-1022) && x < Infinity)) {
    if (x === 0) return -Infinity; // __math_divzero(1)
    if (x === Infinity) return x;
    if (x < 0 || x !== x) return x !== x ? x : NaN; // __math_invalid
    // Subnormal: scale into the normal range and take 52 off the exponent.
    hi = hiWord(x * TWO_52) - (52 << 20);
    lo = loWord(x * TWO_52);
  }
  const tmp = (hi - OFF_HI) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  const z = fromWords(hi - (k << 20), lo);
  const invc = INVC[i];
  const logc = LOGC[i];
  const r = fma(z, invc, -1.0);
  const w = fma(k, LN2HI, logc);
  const h = w + r;
  const l = fma(k, LN2LO, w - h + r);
  const r2 = r * r;
  const q = fma(r2, fma(r, A4, A3), fma(r, A2, A1));
  const y = fma(r * r2, q, fma(r2, A0, l));
  return y + h;
}
