// Mirrors glibc's pow() (sysdeps/ieee754/dbl-64/e_pow.c, from ARM's optimized-routines), the
// C library function CPython's float_pow calls on Linux, in the build x86-64 CPUs with FMA
// run: every `a * b + c` the compiler fused there is fused here too, so the bits agree.

import {
  POW_LN2HI, POW_LN2LO, POW_LOG_POLY, POW_LOG_TAB,
  EXP_INVLN2N, EXP_NEGLN2HIN, EXP_NEGLN2LON, EXP_POLY, EXP_SHIFT, EXP_TAB,
} from './floatpow_data.js';

// ---- bits of a double ----

// One scratch double seen as two 32-bit words; HI is the index of the sign/exponent word.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

/** 2**e for -1022 <= e <= 1023, built from its exponent field, so it is exact. */
function pow2(e: number): number {
  return fromWords((e + 1023) << 20, 0);
}

// The powers of two the code below needs (JS has no hex float literals such as 0x1p-54).
const TWO_M1022 = pow2(-1022);
const TWO_M65 = pow2(-65);
const TWO_M54 = pow2(-54);
const TWO_52 = pow2(52);
const TWO_53 = pow2(53);
const TWO_63 = pow2(63);
const TWO_1009 = pow2(1009);
/** 0x1p769: squared, it overflows to inf, as glibc's __math_oflow does on purpose. */
const OFLOW = pow2(769);
/** POW2[e + 1074] = 2**e, subnormal powers included, so the hot path needs no bit fiddling. */
const POW2 = new Float64Array(2098);
for (let e = -1074; e <= 1023; e++) POW2[e + 1074] = e < -1022 ? pow2(e + 52) * pow2(-52) : pow2(e);

/** A C99 hex float such as '-0x1.62c82f2b9c800p-2', read exactly (the tables hold normal numbers). */
export function parseHexFloat(s: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(s);
  if (m === null) throw new Error(`bad hex float ${s}`);
  // At most 53 significant bits: parseInt is exact, and so is the power-of-two scaling.
  const mant = parseInt(m[2] + m[3], 16);
  const e = Number(m[4]) - 4 * m[3].length;
  const v = e < -1000 ? mant * pow2(-1000) * pow2(e + 1000) : mant * pow2(e);
  return m[1] === '-' ? -v : v;
}

// ---- fma, which JS lacks ----

// Veltkamp's constant 2^27 + 1: c*a - (c*a - a) keeps the top 26 bits of a.
const SPLIT = 134217729;

/**
 * fma(a, b, c): a * b + c with one rounding, as the x86 instruction computes it. The product
 * is carried exactly as p + e (Dekker), the sum as s + t (Knuth's TwoSum); adding the small
 * parts first can only go wrong when s + (t + e) lands exactly half-way between two doubles,
 * and then the rounding error of t + e says which way the exact value lies. Exact for the
 * magnitudes pow() gives it (no overflow in the split, no underflow in the error terms).
 * @see glibc sysdeps/ieee754/dbl-64/s_fma.c __fma (the instruction it stands for)
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const e = mulError(a, b, p);
  const s = p + c;
  const sv = s - p;
  const t = (p - (s - sv)) + (c - sv);
  const u = t + e;
  const r = s + u;
  const rv = r - s;
  const d = (s - (r - rv)) + (u - rv);
  // A tie: s + u is the midpoint between r and r + 2d, and only u's own rounding decides.
  if (d !== 0 && (r + 2 * d) - r === 2 * d) {
    const uv = u - t;
    const w = (t - (u - uv)) + (e - uv);
    if (w !== 0 && (w > 0) === (d > 0)) return r + 2 * d;
  }
  return r;
}

/** The exact rounding error of the product p = a * b (what fma(a, b, -p) returns). */
function mulError(a: number, b: number, p: number): number {
  let g = SPLIT * a;
  const ah = g - (g - a);
  const al = a - ah;
  g = SPLIT * b;
  const bh = g - (g - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/**
 * fma(a, b, c) when |a * b| is far below |c| (a polynomial step such as A1 + r * A2, with
 * |r| < 1/128): both sums can then use Dekker's cheaper Fast2Sum, which needs the larger
 * operand first. b comes pre-split as bh + bl (a table constant), or bl = NaN to split here.
 */
function fmaSmall(a: number, b: number, bh: number, bl: number, c: number): number {
  const p = a * b;
  let g = SPLIT * a;
  const ah = g - (g - a);
  const al = a - ah;
  if (bl !== bl) {
    g = SPLIT * b;
    bh = g - (g - b);
    bl = b - bh;
  }
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const s = c + p;
  const t = p - (s - c);
  const u = t + e;
  const r = s + u;
  const d = u - (r - s);
  if (d !== 0 && (r + 2 * d) - r === 2 * d) {
    const uv = u - t;
    const w = (t - (u - uv)) + (e - uv);
    if (w !== 0 && (w > 0) === (d > 0)) return r + 2 * d;
  }
  return r;
}

/** [hi, lo]: Veltkamp's split of a constant, done once. */
function split(b: number): [number, number] {
  const g = SPLIT * b;
  const bh = g - (g - b);
  return [bh, b - bh];
}

// ---- the tables, decoded once ----

const LN2HI = parseHexFloat(POW_LN2HI);
const LN2LO = parseHexFloat(POW_LN2LO);
const [A0, A1, A2, A3, A4, A5, A6] = POW_LOG_POLY.map(parseHexFloat);
const [A2H, A2L] = split(A2);
const [A4H, A4L] = split(A4);
const [A6H, A6L] = split(A6);
const INVC = new Float64Array(POW_LOG_TAB.map((row) => parseHexFloat(row[0])));
const LOGC = new Float64Array(POW_LOG_TAB.map((row) => parseHexFloat(row[1])));
const LOGCTAIL = new Float64Array(POW_LOG_TAB.map((row) => parseHexFloat(row[2])));

const INVLN2N = parseHexFloat(EXP_INVLN2N);
const NEGLN2HIN = parseHexFloat(EXP_NEGLN2HIN);
const NEGLN2LON = parseHexFloat(EXP_NEGLN2LON);
const [C2, C3, C4, C5] = EXP_POLY.map(parseHexFloat);
const [C3H, C3L] = split(C3);
const [C5H, C5L] = split(C5);
const [INVLN2NH, INVLN2NL] = split(INVLN2N);
const SHIFT = parseHexFloat(EXP_SHIFT);
// glibc adds k << 45 to a stored word to get 2^(k/128); we keep the word for k = i (1 <= the
// value < 2) and scale by 2^(k >> 7) with a multiplication, which is exact.
const TAIL = new Float64Array(128);
const SCALE = new Float64Array(128);
for (let i = 0; i < 128; i++) {
  const t = BigInt('0x' + EXP_TAB[2 * i]);
  const sb = BigInt('0x' + EXP_TAB[2 * i + 1]) + (BigInt(i) << 45n);
  TAIL[i] = fromWords(Number(t >> 32n), Number(t & 0xffffffffn));
  SCALE[i] = fromWords(Number(sb >> 32n), Number(sb & 0xffffffffn));
}

// ---- log(x) in double-double ----

const OFF_HI = 0x3fe69555;
let logTail = 0;

/**
 * log(x) = k ln2 + log(c) + log1p(z/c - 1) for x = 2^k z, z in [0x1.69555p-1, 0x1.69555p0):
 * returns the rounded log and leaves about 15 more bits in `logTail`. xs is x, or a subnormal
 * x times 2^52 (then adj = 52); xhi is the high word of xs, whose bits give c's row and k.
 * @see glibc sysdeps/ieee754/dbl-64/e_pow.c log_inline
 */
function logInline(xs: number, xhi: number, adj: number): number {
  const tmp = (xhi - OFF_HI) | 0;
  const i = (tmp >>> 13) & 127;
  const kx = tmp >> 20;
  // glibc subtracts kx from the exponent field; multiplying by 2^-kx is the same, exactly.
  const z = xs * POW2[1074 - kx];
  const k = kx - adj;
  const invc = INVC[i];
  // r = z * invc - 1 is exact (1/c has few bits and |r| < 1/128), so split z in halves
  // whose products with invc are exact, as glibc does without fma.
  const g = SPLIT * z;
  const zhi = g - (g - z);
  const r = (zhi * invc - 1.0) + (z - zhi) * invc;
  // k*LN2HI + logc is exact by construction of the table.
  const t1 = k * LN2HI + LOGC[i];
  const t2 = t1 + r;
  const lo1 = fma(k, LN2LO, LOGCTAIL[i]);
  const lo2 = t1 - t2 + r;
  const ar = A0 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = mulError(ar, r, ar2);
  const lo4 = t2 - hi + ar2;
  // The polynomial as the FMA build evaluates it: every a + r*b became one fma.
  const q3 = fmaSmall(r, A6, A6H, A6L, A5);
  const q2 = fmaSmall(r, A4, A4H, A4L, A3);
  const q1 = fmaSmall(r, A2, A2H, A2L, A1);
  const q = fmaSmall(ar2, fmaSmall(ar2, q3, 0, NaN, q2), 0, NaN, q1);
  const lo = fma(ar3, q, lo1 + lo2 + lo3 + lo4);
  const y = hi + lo;
  logTail = hi - y + lo;
  return y;
}

// ---- exp(x + xtail) ----

/**
 * The result near the ends of the range: scale * (1 + tmp) where scale itself may overflow
 * or be subnormal. k is the index of the argument reduction; neg the result's sign.
 * @see glibc sysdeps/ieee754/dbl-64/e_pow.c specialcase
 */
function specialCase(tmp: number, k: number, neg: boolean): number {
  const i = k & 127;
  if (k >= 0) {
    // Scale down by 2^1009 so scale is a double, then back up: may overflow to inf.
    let scale = SCALE[i] * pow2((k >> 7) - 1009);
    if (neg) scale = -scale;
    return fma(tmp, scale, scale) * TWO_1009;
  }
  let scale = SCALE[i] * pow2((k >> 7) + 1022);
  if (neg) scale = -scale;
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    // The result will be subnormal: round it to its final precision while it is still
    // near 1, by adding 1, so the scaling below cannot round a second time.
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scale - y + st;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (lo + hi) - one;
    if (y === 0) y = neg ? -0 : 0;
  }
  return y * TWO_M1022;
}

/**
 * sign * exp(x + xtail), |xtail| tiny: x = k ln2/128 + r, exp(x) = 2^(k/128) exp(r), the
 * power of two from the table and exp(r) from a polynomial.
 * @see glibc sysdeps/ieee754/dbl-64/e_pow.c exp_inline
 */
function expInline(x: number, xtail: number, neg: boolean): number {
  const ax = Math.abs(x);
  let special = false;
  if (!(ax >= TWO_M54 && ax < 512)) {
    if (ax < TWO_M54) {
      const one = 1.0 + x;
      return neg ? -one : one;
    }
    if (ax >= 1024) {
      // __math_oflow / __math_uflow: a product that overflows (underflows), signed.
      const v = x < 0 ? 0 : OFLOW * OFLOW;
      return neg ? -v : v;
    }
    special = true;
  }
  // Adding SHIFT rounds x*128/ln2 to the integer k (the fma rounds only once).
  const kd = fmaSmall(x, INVLN2N, INVLN2NH, INVLN2NL, SHIFT) - SHIFT;
  // |kd| < 2^17 when |x| < 512, and then kd * NEGLN2HIN is exact: no fma needed.
  let r = special ? fma(kd, NEGLN2HIN, x) : x + kd * NEGLN2HIN;
  r = xtail + fma(kd, NEGLN2LON, r);
  const i = kd & 127;
  const r2 = r * r;
  const p1 = fmaSmall(r, C3, C3H, C3L, C2);
  const p2 = fmaSmall(r, C5, C5H, C5L, C4);
  const tmp = fma(p2, r2 * r2, fma(p1, r2, TAIL[i] + r));
  if (special) return specialCase(tmp, kd, neg);
  let scale = SCALE[i] * POW2[(kd >> 7) + 1074];
  if (neg) scale = -scale;
  // |tmp| < 1/64, so scale is the larger addend.
  return fmaSmall(tmp, scale, 0, NaN, scale);
}

// ---- pow ----

/** 0 if y is not an integer, 1 if odd, 2 if even (y finite, non-zero). @see e_pow.c checkint */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  if (Math.abs(y) >= TWO_53) return 2;
  return y % 2 === 0 ? 2 : 1;
}

/**
 * x ** y exactly as glibc computes it: log(x) to about 68 bits, times y in double-double,
 * then exp; errors below 0.52 ulp, so nearly always the correctly rounded value.
 * C's special cases are here too (pow(-8, 1/3) is NaN, pow(0, -1) is inf).
 * @see glibc sysdeps/ieee754/dbl-64/e_pow.c __pow
 */
export function pow(x: number, y: number): number {
  let neg = false;
  const ay = Math.abs(y);
  F64[0] = x;
  let xhi = U32[HI];
  if (!(x >= TWO_M1022 && x < Infinity) || !(ay >= TWO_M65 && ay < TWO_63)) {
    // x is zero, subnormal, negative, inf or nan; or |y| is tiny, huge, inf or nan.
    if (y === 0 || ay === Infinity || y !== y) {
      if (y === 0 || x === 1) return 1.0;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1) return 1.0;
      return (ax < 1) === (y > 0) ? 0.0 : y * y;
    }
    if (x === 0 || x === Infinity || x === -Infinity || x !== x) {
      let x2 = x * x;
      if (xhi >>> 31 && checkint(y) === 1) {
        x2 = -x2;
        neg = true;
      }
      if (x === 0 && y < 0) return neg ? -Infinity : Infinity; // __math_divzero
      return y < 0 ? 1 / x2 : x2;
    }
    // Here x and y are finite and non-zero.
    if (x < 0) {
      const yint = checkint(y);
      if (yint === 0) return NaN; // __math_invalid
      neg = yint === 1;
      xhi &= 0x7fffffff;
      x = -x;
    }
    if (!(ay >= TWO_M65 && ay < TWO_63)) {
      if (x === 1) return 1.0;
      if (ay < TWO_M65) return x > 1 ? 1.0 + y : 1.0 - y;
      return (x > 1) === (y > 0) ? OFLOW * OFLOW : 0.0;
    }
    if (x < TWO_M1022) {
      // Subnormal: scale into the normal range and take 52 off the exponent.
      const xs = x * TWO_52;
      F64[0] = xs;
      return powFinish(logInline(xs, U32[HI], 52), y, neg);
    }
  }
  return powFinish(logInline(x, xhi, 0), y, neg);
}

/** exp(y * log(x)) with y * (log + tail) carried as ehi + elo, as __pow's last lines. */
function powFinish(lhi: number, y: number, neg: boolean): number {
  const ehi = y * lhi;
  const elo = fma(y, logTail, mulError(lhi, y, ehi));
  return expInline(ehi, elo, neg);
}
