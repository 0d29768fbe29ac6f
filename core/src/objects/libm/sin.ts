// glibc's sin() and cos() (sysdeps/ieee754/dbl-64/s_sin.c, IBM's Accurate Mathematical
// Library as simplified in glibc 2.28) as the FMA variant x86-64 selects through ifunc
// computes them. The method: reduce x to a + da near 0 (mod pi/2), write a = x_i + t with
// x_i = i/128 from a table holding sin(x_i) and cos(x_i) to 106 bits, and combine them with
// short Taylor series of sin(t) and cos(t). GCC fused every product feeding an addition into
// one fma in that build; each such sum is an `fma` call below, in the order GCC chose.

import { fma } from '../floatpow.js';
import { SINCOSTAB } from './sincos_data.js';
import { branred, branredA, branredAA } from './branred.js';
import { decode, hiWord, loWord, copysign } from './bits.js';

const TAB = decode(SINCOSTAB);

// usncs.h: the Taylor coefficients of sin near 0, and the constants of the reduction.
const S1 = -0.16666666666666666; // -0x1.5555555555555p-3
const S2 = 0.008333333333332329; // 0x1.1111111110ecep-7
const S3 = -0.00019841269834414642; // -0x1.a01a019db08b8p-13
const S4 = 2.755729806860771e-06; // 0x1.71de27b9a7ed9p-19
const S5 = -2.5022014848318398e-08; // -0x1.addffc2fcdf59p-26
/** 1.5 * 2^45: adding it rounds |x| to a multiple of 1/128, the table's step. */
const BIG = 52776558133248;
const HP0 = 1.5707963267948966; // pi/2, high part
const HP1 = 6.123233995736766e-17; // pi/2 - HP0
const MP1 = 1.5707963407039642; // pi/2 in three parts with few bits each, so n * MP1 and
const MP2 = -1.3909067564377153e-08; // n * MP2 are exact for the n reduce() meets
const PP3 = -4.9789962314799099e-17;
const PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814; // 2/pi
const TOINT = 6755399441055744; // 1.5 * 2^52: adding it rounds to an integer
// s_sin.c's own coefficients for sin(t) and cos(t) with |t| <= 1/256.
const SN3 = -1.66666666666664880952546298448555e-01;
const SN5 = 8.33333214285722277379541354343671e-03;
const CS2 = 4.99999999999999999999950396842453e-01;
const CS4 = -4.16666666666664434524222570944589e-02;
const CS6 = 1.38888874007937613028114285595617e-03;

/**
 * cos(x + dx), |x| < 0.855469: cos(x_i + t) = cos(x_i) cos(t) - sin(x_i) sin(t), with the
 * table's tails (ccs, ssn) folded into the correction term.
 * @see glibc sysdeps/ieee754/dbl-64/s_sin.c do_cos
 */
function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG) + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const k = loWord(u) << 2;
  const sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
  const cor = fma(-sn, s, fma(-cs, c, fma(-s, ssn, ccs)));
  return cs + cor;
}

/**
 * sin(x + dx): a Taylor series when |x| < 0.126, else sin(x_i + t) = sin(x_i) cos(t) +
 * cos(x_i) sin(t) from the table.
 * @see glibc sysdeps/ieee754/dbl-64/s_sin.c do_sin (and its TAYLOR_SIN macro)
 */
function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const p = fma(fma(fma(fma(S5, xx, S4), xx, S3), xx, S2), xx, S1);
    const t = fma(fma(p, x, -(0.5 * dx)), xx, dx);
    return x + t;
  }
  if (x <= 0) dx = -dx;
  const u = BIG + Math.abs(x);
  x = Math.abs(x) - (u - BIG);
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const k = loWord(u) << 2;
  const sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
  const cor = fma(cs, s, fma(-sn, c, fma(s, ccs, ssn)));
  return copysign(sn + cor, xold);
}

let reducedA = 0;
let reducedDA = 0;

/**
 * x - n pi/2 as a + da, for 2.426265 < |x| < 105414350: n from one fma, then pi/2 taken off
 * in four pieces, the last two with their rounding errors kept in da. Returns n mod 4.
 * @see glibc sysdeps/ieee754/dbl-64/s_sin.c reduce_sincos
 */
function reduceSinCos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(-xn, MP2, fma(-xn, MP1, x));
  const n = loWord(t) & 3;
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  reducedA = b;
  reducedDA = db;
  return n;
}

/** sin(a + da) or cos(a + da) by quadrant n. @see s_sin.c do_sincos */
function doSinCos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

/**
 * sin(x), within 0.548 ulp: x itself below 2^-26, then by range of |x|.
 * @see glibc sysdeps/ieee754/dbl-64/s_sin.c __sin
 */
export function sin(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) return copysign(doCos(HP0 - Math.abs(x), HP1), x);
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(reducedA, reducedDA, n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSinCos(branredA, branredAA, n);
  }
  return x / x;
}

/**
 * cos(x), within 0.51 ulp.
 * @see glibc sysdeps/ieee754/dbl-64/s_sin.c __cos
 */
export function cos(x: number): number {
  const k = hiWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1.0;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = (y - a) + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSinCos(x);
    return doSinCos(reducedA, reducedDA, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSinCos(branredA, branredAA, n + 1);
  }
  return x / x;
}
