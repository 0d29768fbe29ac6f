// Mirrors PyFloat_Pack2 / PyFloat_Unpack2 of Objects/floatobject.c: IEEE 754 half precision,
// the 'e' format of struct and memoryview (1 sign bit, 5 exponent bits, 10 fraction bits).

/** Round to the nearest integer, ties to even (the rounding the packer uses). */
function roundHalfEven(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - Math.trunc(v)) === 0.5 ? 2 * Math.round(v / 2) : r;
}

/** The 16 bits of `x` as a half, or null when it is too large (OverflowError in CPython). */
export function halfPack(x: number): number | null {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  if (Number.isNaN(x)) return 0x7e00 | sign;
  if (!Number.isFinite(x)) return 0x7c00 | sign;
  const a = Math.abs(x);
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  if (e < -14) {
    // Subnormal: a multiple of 2**-24 (every division here by a power of two is exact).
    const f = roundHalfEven(a / 2 ** -24);
    return sign | f;
  }
  let bits = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (bits === 1024) { bits = 0; e++; }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | bits;
}

/** The value of 16 half-precision bits. */
export function halfUnpack(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac === 0 ? sign * Infinity : NaN;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
