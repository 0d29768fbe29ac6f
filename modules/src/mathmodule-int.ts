// Mirrors the integer half of Modules/mathmodule.c: factorial, isqrt, gcd, lcm, comb and
// perm, exact over BigInt, with CPython's checks and messages. mathmodule.ts adds them to
// the module.

import type { PyObject } from '@ceval/core/object';
import { newInt } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newExceptionMsg, PyExc_ValueError, PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { asBigInt, oneArg, positional, noKeywords, type Fn } from './_clinic.js';

function int(v: bigint): PyObject {
  return newInt(v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v);
}

/** floor(sqrt(n)) by Newton's method on BigInt. @see mathmodule.c math_isqrt */
export function bigIsqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // A first guess from the double sqrt, then Newton steps down to the floor.
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      // Newton from above converges to floor(sqrt(n)); from below it may need a step up.
      while (x * x > n) x--;
      while ((x + 1n) * (x + 1n) <= n) x++;
      return x;
    }
    x = y;
  }
}

/** n! by binary splitting (products of balanced halves keep BigInt multiplication fast). */
function product(lo: bigint, hi: bigint): bigint {
  if (hi - lo < 8n) {
    let r = 1n;
    for (let i = lo; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return product(lo, mid) * product(mid + 1n, hi);
}

function gcd2(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Binomial coefficient n choose k for 0 <= k <= n. */
function comb(n: bigint, k: bigint): bigint {
  if (k > n - k) k = n - k;
  if (k === 0n) return 1n;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** n! / (n - k)! for 0 <= k <= n. */
function perm(n: bigint, k: bigint): bigint {
  return k === 0n ? 1n : product(n - k + 1n, n);
}

/** The integer functions, by name. */
export function integerFunctions(): Record<string, Fn> {
  return {
    factorial: (args, kw) => {
      const n = asBigInt(oneArg('math.factorial', args, kw));
      if (n < 0n) throw newExceptionMsg(PyExc_ValueError, 'factorial() not defined for negative values');
      if (n > 0x7fffffffffffffffn) {
        throw newExceptionMsg(PyExc_OverflowError, 'factorial() argument should not exceed 9223372036854775807');
      }
      return int(n < 2n ? 1n : product(2n, n));
    },
    isqrt: (args, kw) => {
      const n = asBigInt(oneArg('math.isqrt', args, kw));
      if (n < 0n) throw newExceptionMsg(PyExc_ValueError, 'isqrt() argument must be nonnegative');
      return int(bigIsqrt(n));
    },
    gcd: (args, kw) => {
      noKeywords('math.gcd', kw);
      let g = 0n;
      for (const a of args) g = gcd2(g, asBigInt(a));
      return int(g);
    },
    lcm: (args, kw) => {
      noKeywords('math.lcm', kw);
      if (args.length === 0) return int(1n);
      let l = asBigInt(args[0]);
      if (l < 0n) l = -l;
      for (let i = 1; i < args.length; i++) {
        const b = asBigInt(args[i]);
        if (l === 0n) continue;
        if (b === 0n) { l = 0n; continue; }
        l = (l / gcd2(l, b)) * (b < 0n ? -b : b);
      }
      return int(l);
    },
    comb: (args, kw) => {
      positional('comb', 'math.comb', args, kw, 2, 2);
      const n = asBigInt(args[0]);
      const k = asBigInt(args[1]);
      if (n < 0n) throw newExceptionMsg(PyExc_ValueError, 'n must be a non-negative integer');
      if (k < 0n) throw newExceptionMsg(PyExc_ValueError, 'k must be a non-negative integer');
      return int(k > n ? 0n : comb(n, k));
    },
    perm: (args, kw) => {
      positional('perm', 'math.perm', args, kw, 1, 2);
      const n = asBigInt(args[0]);
      const kObj = args[1];
      if (kObj === undefined || kObj === Py_None) {
        // perm(n) is factorial(n), with factorial's message.
        if (n < 0n) throw newExceptionMsg(PyExc_ValueError, 'factorial() not defined for negative values');
        return int(n < 2n ? 1n : product(2n, n));
      }
      const k = asBigInt(kObj);
      if (n < 0n) throw newExceptionMsg(PyExc_ValueError, 'n must be a non-negative integer');
      if (k < 0n) throw newExceptionMsg(PyExc_ValueError, 'k must be a non-negative integer');
      return int(k > n ? 0n : perm(n, k));
    },
  };
}
