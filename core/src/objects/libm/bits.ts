// The few bit-level tools the libm ports share: a double seen as its two 32-bit words (the
// way glibc's IBM code reads it through `mynumber`), and tables stored as 64-bit patterns.

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
/** Index of the sign/exponent word in U32 (1 on little-endian machines). */
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The sign, exponent and top 20 mantissa bits of x, as an unsigned 32-bit number. */
export function hiWord(x: number): number {
  F64[0] = x;
  return U32[HI];
}

/** The low 32 mantissa bits of x, as an unsigned 32-bit number. */
export function loWord(x: number): number {
  F64[0] = x;
  return U32[LO];
}

/** The double whose bits are hi:lo. */
export function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

/** The double whose 64-bit pattern is the 16 hex digits s (how the generated tables store it). */
export function fromBits(s: string): number {
  return fromWords(parseInt(s.slice(0, 8), 16), parseInt(s.slice(8), 16));
}

/** A table of bit patterns decoded once into doubles. */
export function decode(table: readonly string[]): Float64Array {
  return new Float64Array(table.map(fromBits));
}

/** 2**e for -1022 <= e <= 1023, built from its exponent field, so it is exact. */
export function pow2(e: number): number {
  return fromWords((e + 1023) << 20, 0);
}

/** C's copysign: |x| with the sign bit of y (which may be the sign of a zero). */
export function copysign(x: number, y: number): number {
  const neg = y < 0 || (y === 0 && 1 / y < 0);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}
