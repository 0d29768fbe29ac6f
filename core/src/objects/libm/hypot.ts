// glibc's hypot() (sysdeps/ieee754/dbl-64/e_hypot.c, the rewrite of glibc 2.35 after Borges,
// "An Improved Algorithm for hypot(a, b)"), which CPython's abs(complex) calls. x86-64 has
// no FMA variant of it, so this is the build without fma: sqrt(ax*ax + ay*ay) and one
// Newton-like correction step that makes the result almost always correctly rounded.

import { pow2 } from './bits.js';

const SCALE = pow2(-600);
const LARGE_VAL = pow2(511);
const TINY_VAL = pow2(-459);
const EPS = pow2(-54);

/**
 * sqrt(ax^2 + ay^2) for ax >= ay >= 0 whose squares neither overflow nor underflow. The
 * first sqrt is within an ulp; the error of the rounded sum of squares is then recovered
 * exactly from the identity h^2 - ax^2 - ay^2 = t1 + t2, split so every product is exact,
 * and h moves by (t1 + t2) / 2h.
 * @see glibc sysdeps/ieee754/dbl-64/e_hypot.c kernel
 */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2.0 * ay) {
    const delta = h - ay;
    t1 = ax * (2.0 * delta - ax);
    t2 = (delta - 2.0 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2.0 * delta * (ax - 2.0 * ay);
    t2 = (4.0 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2.0 * h);
  return h;
}

/**
 * hypot(x, y): inf if either is infinite (even with a NaN), NaN for a NaN; otherwise the
 * inputs are scaled by 2^-600 or 2^600 when squaring them would overflow or underflow.
 * @see glibc sysdeps/ieee754/dbl-64/e_hypot.c __hypot
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  let ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    ax = kernel(ax / SCALE, ay / SCALE) * SCALE;
    return ax;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}
