// Mirrors Python/pyhash.c and Include/cpython/pyhash.h: numeric hashing modulo 2**61-1,
// _Py_HashDouble, and the helpers that move a Py_hash_t between its two representations:
// a PyHash value (number when safe, else bigint) and two int32 halves for table probing.

import type { PyHash } from '../object.js';

/** The modulus of numeric hashes, 2**61 - 1 (a Mersenne prime). @see _PyHASH_MODULUS */
export const PyHASH_MODULUS = (1n << 61n) - 1n;
/** hash(float('inf')). @see _PyHASH_INF */
export const PyHASH_INF = 314159;
/** Multiplier used by complex's hash. @see _PyHASH_IMAG */
export const PyHASH_IMAG = 1000003;

const TWO32 = 4294967296;

/** Low 32 bits (signed) of a hash. */
export function hashLo(h: PyHash): number {
  if (typeof h === 'number') return h | 0; // ToInt32 is exact modulo 2**32 for integers
  return Number(BigInt.asIntN(32, h));
}

/** High 32 bits (signed) of a hash. */
export function hashHi(h: PyHash): number {
  if (typeof h === 'number') return Math.floor(h / TWO32) | 0;
  return Number(BigInt.asIntN(32, h >> 32n));
}

/** Join two int32 halves into a PyHash (number when the value is a safe integer). */
export function hashFromParts(lo: number, hi: number): PyHash {
  // |value| < 2**53 exactly when hi is in [-2**21, 2**21).
  if (hi >= -2097152 && hi < 2097152) return hi * TWO32 + (lo >>> 0);
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/**
 * The hash of an object whose `__hash__` returned the int `v`: `v` itself when it fits in a
 * Py_ssize_t, otherwise hash(v) (the value modulo 2**61-1); -1 becomes -2.
 * @see Objects/typeobject.c slot_tp_hash
 */
export function hashFromIntResult(v: number | bigint): PyHash {
  if (typeof v === 'number') return v === -1 ? -2 : v;
  if (v >= -(1n << 63n) && v < (1n << 63n)) return v; // a bigint here is never -1 (it's unsafe)
  return intHash(v);
}

/** @deprecated use hashFromIntResult (same rule). */
export function hashFromBigInt(v: bigint): PyHash {
  return hashFromIntResult(v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
}

/**
 * hash() of an int: the value modulo 2**61-1 keeping the sign; -1 becomes -2.
 * @see Objects/longobject.c long_hash
 */
export function intHash(v: number | bigint): PyHash {
  if (typeof v === 'number') {
    // Safe integers are below the modulus already.
    return v === -1 ? -2 : v;
  }
  const neg = v < 0n;
  let r = (neg ? -v : v) % PyHASH_MODULUS;
  if (neg) r = -r;
  if (r === -1n) r = -2n;
  if (r >= -9007199254740991n && r <= 9007199254740991n) return Number(r);
  return r;
}

const frexpBuf = new DataView(new ArrayBuffer(8));

/**
 * hash() of a float as two int32 halves into `u64`; NaN hashes by identity, so the caller
 * passes `idHash`. A float is m * 2**e with an integer m < 2**53; since 2**61 = 1 modulo
 * 2**61-1, multiplying by 2**e is a rotation of the 61-bit residue by e mod 61, which is
 * exactly how CPython computes it.
 * @see Python/pyhash.c _Py_HashDouble
 */
export function doubleHashParts(v: number, idHash: number): void {
  if (v >= -9007199254740991 && v <= 9007199254740991 && Number.isInteger(v)) {
    const h = v === -1 ? -2 : v;
    u64.lo = h | 0;
    u64.hi = Math.floor(h / TWO32) | 0;
    return;
  }
  if (v !== v || v === Infinity || v === -Infinity) {
    const h = v !== v ? idHash : v > 0 ? PyHASH_INF : -PyHASH_INF;
    u64.lo = h | 0;
    u64.hi = Math.floor(h / TWO32) | 0;
    return;
  }
  frexpBuf.setFloat64(0, v);
  const bhi = frexpBuf.getUint32(0);
  let lo = frexpBuf.getUint32(4) | 0;
  let hi = bhi & 0xfffff;
  const bexp = (bhi >>> 20) & 0x7ff;
  let e: number;
  if (bexp === 0) e = -1074;
  else { hi |= 0x100000; e = bexp - 1075; }
  // (hi:lo) is m, below 2**53 < 2**61-1, so it is already reduced. Rotate left by e mod 61.
  let k = e % 61;
  if (k < 0) k += 61;
  if (k >= 32) { // rotate by 32 first: bits 29..60 of the result come from lo
    const nhi = lo & 0x1fffffff;
    const nlo = (hi << 3) | (lo >>> 29); // hi has at most 29 bits
    hi = nhi; lo = nlo;
    k -= 32;
  }
  if (k > 0) {
    // ((x << k) & P) | (x >> (61 - k)), on a 29-bit hi and a 32-bit lo.
    const shl = k, shr = 61 - k;
    const lhi = ((hi << shl) | (lo >>> (32 - shl))) & 0x1fffffff;
    const llo = lo << shl;
    let rhi = 0, rlo: number;
    if (shr >= 32) rlo = hi >>> (shr - 32);
    else { rlo = (lo >>> shr) | (hi << (32 - shr)); rhi = hi >>> shr; }
    hi = lhi | rhi; lo = llo | rlo;
  }
  if (v < 0) {
    // Two's-complement negation of the 64-bit value.
    lo = (~lo + 1) | 0;
    hi = (~hi + (lo === 0 ? 1 : 0)) | 0;
  }
  if (lo === -1 && hi === -1) lo = -2;
  u64.lo = lo | 0;
  u64.hi = hi | 0;
}

/** hash() of a float as a PyHash. @see Python/pyhash.c _Py_HashDouble */
export function doubleHash(v: number, idHash: number): PyHash {
  doubleHashParts(v, idHash);
  return hashFromParts(u64.lo, u64.hi);
}

// ---- 64-bit arithmetic on int32 halves, for the tuple and frozenset hashes ----

/** Result of mul64/add64, as two int32 halves. */
export const u64 = { lo: 0, hi: 0 };

/** (ah:al) * (bh:bl) modulo 2**64 into `u64`. */
export function mul64(ah: number, al: number, bh: number, bl: number): void {
  // al*bl needs all 64 bits: split into 16-bit pieces so each product stays exact.
  const a0 = al & 0xffff, a1 = al >>> 16, b0 = bl & 0xffff, b1 = bl >>> 16;
  const p00 = a0 * b0;
  const mid = a1 * b0 + a0 * b1 + (p00 >>> 16); // < 2**34, exact
  const lo = ((mid & 0xffff) << 16) | (p00 & 0xffff);
  const carry = Math.floor(mid / 65536) + a1 * b1; // high word of al*bl, may exceed 2**32
  const hi = (carry + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
  u64.lo = lo | 0;
  u64.hi = hi;
}

/** (ah:al) + (bh:bl) modulo 2**64 into `u64`. */
export function add64(ah: number, al: number, bh: number, bl: number): void {
  const s = (al >>> 0) + (bl >>> 0);
  u64.hi = (ah + bh + (s > 0xffffffff ? 1 : 0)) | 0;
  u64.lo = s | 0;
}
