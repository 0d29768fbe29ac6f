// Mirrors Python/pyhash.c (siphash13, lcg_urandom) and Python/bootstrap_hash.c (the key):
// SipHash-1-3 over bytes, with 64-bit words kept as two int32 halves so no BigInt is needed.
// The result lands in `hashOut` (lo/hi halves) to avoid allocating a pair per call.

/** The last 64-bit result, as two signed 32-bit halves. */
export const hashOut = { lo: 0, hi: 0 };

// The key (k0, k1) as four int32 halves. CPython fills a 24-byte secret from PYTHONHASHSEED;
// SipHash uses its first 16 bytes as two little-endian 64-bit words.
let k0lo = 0, k0hi = 0, k1lo = 0, k1hi = 0;

/**
 * Key the string/bytes hash as CPython does: seed 0 => all-zero key; seed N => the
 * Microsoft-style LCG (`lcg_urandom`) fills the secret; `null` => random key.
 * @see Python/bootstrap_hash.c _Py_HashRandomization_Init, lcg_urandom
 */
export function setHashSeed(seed: number | null): void {
  const buf = new Uint8Array(24);
  if (seed === null) {
    for (let i = 0; i < 24; i++) buf[i] = (Math.random() * 256) | 0;
  } else if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < 24; i++) {
      // x = x * 214013 + 2531011, modulo 2**32 (unsigned int arithmetic in C).
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      buf[i] = (x >>> 16) & 0xff;
    }
  }
  k0lo = readLE32(buf, 0); k0hi = readLE32(buf, 4);
  k1lo = readLE32(buf, 8); k1hi = readLE32(buf, 12);
  currentSeed = seed;
  for (const f of reseedHooks) f();
}

// Objects that cache their hash and live for the whole process (the shared one-character
// strings, interned names) must forget it when the key changes; their modules register here.
// Other objects created before a re-key keep stale hashes: re-key before creating objects.
const reseedHooks: (() => void)[] = [];

/** Register a function run whenever the key changes. */
export function onHashReseed(f: () => void): void {
  reseedHooks.push(f);
}

let currentSeed: number | null = 0;

/** The seed in use (`null` when random), for `sys.flags.hash_randomization` and friends. */
export function getHashSeed(): number | null {
  return currentSeed;
}

function readLE32(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24);
}

/**
 * SipHash-1-3 of `len` bytes of `src` starting at 0; the result goes to `hashOut`.
 * @see Python/pyhash.c siphash13
 */
export function siphash13(src: Uint8Array, len: number): void {
  // v0..v3 as (hi, lo) int32 pairs. The constants spell "somepseudorandomlygeneratedbytes".
  let v0h = k0hi ^ 0x736f6d65, v0l = k0lo ^ 0x70736575;
  let v1h = k1hi ^ 0x646f7261, v1l = k1lo ^ 0x6e646f6d;
  let v2h = k0hi ^ 0x6c796765, v2l = k0lo ^ 0x6e657261;
  let v3h = k1hi ^ 0x74656462, v3l = k1lo ^ 0x79746573;
  let t = 0, s = 0;
  const whole = len & ~7;
  let mh = 0, ml = 0;
  for (let p = 0; p <= whole; p += 8) {
    if (p === whole) {
      // The final block: remaining bytes, with the length in the top byte.
      ml = 0; mh = (len & 0xff) << 24;
      const rem = len - whole;
      for (let j = 0; j < rem; j++) {
        if (j < 4) ml |= src[p + j] << (8 * j);
        else mh |= src[p + j] << (8 * (j - 4));
      }
    } else {
      ml = src[p] | (src[p + 1] << 8) | (src[p + 2] << 16) | (src[p + 3] << 24);
      mh = src[p + 4] | (src[p + 5] << 8) | (src[p + 6] << 16) | (src[p + 7] << 24);
    }
    v3h ^= mh; v3l ^= ml;
    // One SipRound (the "1" of SipHash-1-3), written out on int32 halves.
    // HALF_ROUND(v0, v1, v2, v3, 13, 16)
    s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v1h << 13) | (v1l >>> 19); v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l; v1h = t ^ v0h;
    t = (v3h << 16) | (v3l >>> 16); v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l; v3h = t ^ v2h;
    t = v0h; v0h = v0l; v0l = t;
    // HALF_ROUND(v2, v1, v0, v3, 17, 21)
    s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v1h << 17) | (v1l >>> 15); v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l; v1h = t ^ v2h;
    t = (v3h << 21) | (v3l >>> 11); v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l; v3h = t ^ v0h;
    t = v2h; v2h = v2l; v2l = t;
    v0h ^= mh; v0l ^= ml;
  }
  v2l ^= 0xff;
  // Three finalisation rounds (the "3").
  for (let r = 0; r < 3; r++) {
    s = (v0l >>> 0) + (v1l >>> 0); v0h = (v0h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    s = (v2l >>> 0) + (v3l >>> 0); v2h = (v2h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    t = (v1h << 13) | (v1l >>> 19); v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l; v1h = t ^ v0h;
    t = (v3h << 16) | (v3l >>> 16); v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l; v3h = t ^ v2h;
    t = v0h; v0h = v0l; v0l = t;
    s = (v2l >>> 0) + (v1l >>> 0); v2h = (v2h + v1h + (s > 0xffffffff ? 1 : 0)) | 0; v2l = s | 0;
    s = (v0l >>> 0) + (v3l >>> 0); v0h = (v0h + v3h + (s > 0xffffffff ? 1 : 0)) | 0; v0l = s | 0;
    t = (v1h << 17) | (v1l >>> 15); v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l; v1h = t ^ v2h;
    t = (v3h << 21) | (v3l >>> 11); v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l; v3h = t ^ v0h;
    t = v2h; v2h = v2l; v2l = t;
  }
  hashOut.lo = v0l ^ v1l ^ v2l ^ v3l;
  hashOut.hi = v0h ^ v1h ^ v2h ^ v3h;
}

// The key comes from the environment like CPython's startup does; browsers get seed 0 unless
// the host calls setHashSeed.
{
  const env = typeof process !== 'undefined' ? process.env?.PYTHONHASHSEED : undefined;
  if (env === undefined || env === '') setHashSeed(typeof process !== 'undefined' ? null : 0);
  else if (env === 'random') setHashSeed(null);
  else setHashSeed(Number(env) >>> 0);
}
