// glibc's atan2() (sysdeps/ieee754/dbl-64/e_atan2.c, IBM's Accurate Mathematical Library,
// without the multi-precision fallback glibc 2.34 removed) as the FMA variant x86-64 selects
// through ifunc computes it. u = min/max of |x|, |y| is carried as u + du; atan(u) comes from
// an odd Taylor series below 1/16, else from the Taylor expansion about the nearest of 241
// points x_i; the quadrant then adds or subtracts it from 0, pi/2 or pi, each constant in two
// parts. Every product GCC fused into an addition is an `fma` here (and only those: GCC fuses
// a product into its sums only when they sit in the same basic block).

import { fma } from '../floatpow.js';
import { CIJ } from './atan2_data.js';
import { decode, hiWord, fromWords, copysign, pow2 } from './bits.js';

const C = decode(CIJ);

// atnat2.h, given there as word pairs.
const D3 = fromWords(0xbfd55555, 0x55555555);
const D5 = fromWords(0x3fc99999, 0x999997fd);
const D7 = fromWords(0xbfc24924, 0x923f7603);
const D9 = fromWords(0x3fbc71c6, 0xe5129a3b);
const D11 = fromWords(0xbfb74580, 0x22b13c25);
const D13 = fromWords(0x3fb375f0, 0x8b31cbce);
const INV16 = 0.0625;
const OPI = fromWords(0x400921fb, 0x54442d18); // pi
const OPI1 = fromWords(0x3ca1a626, 0x33145c07); // pi - OPI
const HPI = fromWords(0x3ff921fb, 0x54442d18); // pi/2
const HPI1 = fromWords(0x3c91a626, 0x33145c07); // pi/2 - HPI
const QPI = fromWords(0x3fe921fb, 0x54442d18); // pi/4
const TQPI = fromWords(0x4002d97c, 0x7f3321d2); // 3pi/4
const TWO500 = pow2(500);
const TWOM500 = pow2(-500);
const TWO52 = pow2(52);
/** 57 << 20: exponents further apart than 57 make the answer 0, +-pi/2 or +-pi outright. */
const EP = 59768832;

/** atan(u) - u for u < 1/16, as u^3 times a polynomial in v = u^2 (Horner, all fused). */
function oddSeries(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, D13, D11), D9), D7), D5), D3);
}

/** The Taylor polynomial about x_i from its 2nd coefficient on, in v. */
function rowSeries(i: number, v: number): number {
  const r = 7 * i;
  return fma(v, fma(v, fma(v, fma(v, C[r + 6], C[r + 5]), C[r + 4]), C[r + 3]), C[r + 2]);
}

/** The row whose x_i is nearest u (1/16 <= u <= 1): round 256 u, less 16. */
function row(u: number): number {
  return (fma(256, u, TWO52) - TWO52) - 16;
}

/**
 * atan2(y, x), within 0.56 ulp; the C99 special values (signed zeros, infinities) first.
 * @see glibc sysdeps/ieee754/dbl-64/e_atan2.c __ieee754_atan2
 */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  const ux = hiWord(x), uy = hiWord(y);
  if (y === 0) {
    const pos = (ux & 0x80000000) === 0;
    if (uy === 0) return pos ? 0 : OPI;
    return pos ? -0.0 : -OPI;
  }
  if (x === 0) return (uy & 0x80000000) === 0 ? HPI : -HPI;
  if (x === Infinity) {
    if (y === Infinity) return QPI;
    if (y === -Infinity) return -QPI;
    return (uy & 0x80000000) === 0 ? 0 : -0.0;
  }
  if (x === -Infinity) {
    if (y === Infinity) return TQPI;
    if (y === -Infinity) return -TQPI;
    return (uy & 0x80000000) === 0 ? OPI : -OPI;
  }
  if (y === Infinity) return HPI;
  if (y === -Infinity) return -HPI;

  let ax = x < 0 ? -x : x;
  let ay = y < 0 ? -y : y;
  const de = (uy & 0x7ff00000) - (ux & 0x7ff00000);
  if (de >= EP) return y > 0 ? HPI : -HPI;
  if (de <= -EP) {
    if (x > 0) return copysign(ay / ax, y);
    return y > 0 ? OPI : -OPI;
  }
  // Scale extreme pairs so the products below neither underflow nor overflow.
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = the smaller over the larger, du from the exact remainder (EMULV with fma).
  let u: number, du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    const vv = fma(ax, u, -v);
    du = ((ay - v) - vv) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    const vv = fma(ay, u, -v);
    du = ((ax - v) - vv) / ay;
  }

  if (x > 0) {
    if (ay < ax) {
      // (i) atan(ay/ax)
      if (u < INV16) {
        const v = u * u;
        const zz = fma(u * v, oddSeries(v), du);
        return copysign(u + zz, y);
      }
      const i = row(u);
      const r = 7 * i;
      const t3 = u - C[r];
      const v = t3 + du;
      const dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
      const t1 = C[r + 1];
      const t2 = C[r + 2];
      const q = fma(v, fma(v, fma(v, C[r + 6], C[r + 5]), C[r + 4]), C[r + 3]);
      const zz = fma(v, t2, fma(dv, t2, v * v * q));
      return copysign(t1 + zz, y);
    }
    // (ii) pi/2 - atan(ax/ay)
    if (u < INV16) {
      // Here and in (iii), (iv) the series is computed before ESUB/EADD, whose comparison
      // puts its use in another basic block: GCC fuses only within one, so zz is rounded.
      const v = u * u;
      const t2 = HPI - u;
      const cor = HPI > Math.abs(u) ? (HPI - t2) - u : HPI - (u + t2);
      const t3 = ((HPI1 + cor) - du) - u * v * oddSeries(v);
      return copysign(t2 + t3, y);
    }
    const i = row(u);
    const v = (u - C[7 * i]) + du;
    const zz = fma(-v, rowSeries(i, v), HPI1);
    return copysign((HPI - C[7 * i + 1]) + zz, y);
  }
  if (ax < ay) {
    // (iii) pi/2 + atan(ax/ay)
    if (u < INV16) {
      const v = u * u;
      const t2 = HPI + u;
      const cor = HPI > Math.abs(u) ? (HPI - t2) + u : (u - t2) + HPI;
      const t3 = ((HPI1 + cor) + du) + u * v * oddSeries(v);
      return copysign(t2 + t3, y);
    }
    const i = row(u);
    const v = (u - C[7 * i]) + du;
    const zz = fma(v, rowSeries(i, v), HPI1);
    return copysign((HPI + C[7 * i + 1]) + zz, y);
  }
  // (iv) pi - atan(ay/ax)
  if (u < INV16) {
    const v = u * u;
    const t2 = OPI - u;
    const cor = OPI > Math.abs(u) ? (OPI - t2) - u : OPI - (u + t2);
    const t3 = ((OPI1 + cor) - du) - u * v * oddSeries(v);
    return copysign(t2 + t3, y);
  }
  const i = row(u);
  const v = (u - C[7 * i]) + du;
  const zz = fma(-v, rowSeries(i, v), OPI1);
  return copysign((OPI - C[7 * i + 1]) + zz, y);
}
