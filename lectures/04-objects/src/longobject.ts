// Mirrors the arithmetic half of Objects/longobject.c: int's PyNumberMethods (long_add,
// long_sub, long_mul, l_divmod, long_pow, long_lshift, long_and ...) and its rich comparison.
// Core gave int its layout, repr and hash; this lecture makes ints *compute*.
//
// CPython stores an int as an array of 30-bit digits (Include/cpython/longintrepr.h) with a
// fast path for values of one digit. ceval keeps the same two-speed idea with JS types: a
// PyLong's `value` is a JS number while it is a safe integer (|v| < 2**53) and a bigint
// beyond, so the common case never touches BigInt.

import { PyObject, PyNumberMethods } from '@ceval/core/object';
import { PyLong, PyLong_Type, newInt, intValue, PyLong_Check } from '@ceval/core/objects/longobject';
import { Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { newFloat } from '@ceval/core/objects/floatobject';
import {
  PyExc_ZeroDivisionError, PyExc_ValueError, PyExc_OverflowError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { floatPowValues } from './floatobject.js';

type Int = number | bigint;

/** The JS value of an int operand, or null when `o` is not an int (-> NotImplemented). */
export function intOperand(o: PyObject): Int | null {
  return PyLong_Check(o) ? (o as PyLong).value : null;
}

function big(v: Int): bigint {
  return typeof v === 'number' ? BigInt(v) : v;
}

/** Box a bigint result, back to the number form when it fits (newInt does that). */
function fromBig(v: bigint): PyLong {
  return newInt(v);
}

/** @see longobject.c long_add */
export function longAdd(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return fromBig(big(x) + big(y));
}

/** @see longobject.c long_sub */
export function longSub(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x - y;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  return fromBig(big(x) - big(y));
}

/** @see longobject.c long_mul */
export function longMul(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x * y;
    // A product past 2**53 was rounded by the double multiply: redo it exactly.
    if (Number.isSafeInteger(r)) return newInt(r === 0 ? 0 : r);
  }
  return fromBig(big(x) * big(y));
}

/**
 * Python's floor division and modulo: the remainder takes the sign of the divisor, so
 * `-7 // 2 == -4` and `-7 % 2 == 1` (C truncates instead; l_divmod corrects it).
 * @see longobject.c l_divmod
 */
export function intDivmod(x: Int, y: Int): [Int, Int] {
  if (typeof x === 'number' && typeof y === 'number') {
    let q = Math.floor(x / y);
    let r = x - q * y;
    if (Number.isSafeInteger(q) && Number.isSafeInteger(r) && Math.abs(r) < Math.abs(y)
      && (r === 0 || (r < 0) === (y < 0))) {
      return [q === 0 ? 0 : q, r === 0 ? 0 : r];
    }
    x = BigInt(x); y = BigInt(y);
  }
  const bx = big(x);
  const by = big(y);
  let q = bx / by;
  let r = bx % by;
  if (r !== 0n && (r < 0n) !== (by < 0n)) { q -= 1n; r += by; }
  return [q, r];
}

function zeroDivisor(y: Int): boolean {
  return y === 0 || y === 0n;
}

/** @see longobject.c long_div */
export function longFloorDiv(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (zeroDivisor(y)) throw raiseNew(PyExc_ZeroDivisionError, 'integer division or modulo by zero');
  return newInt(intDivmod(x, y)[0]);
}

/** @see longobject.c long_mod */
export function longMod(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  if (zeroDivisor(y)) throw raiseNew(PyExc_ZeroDivisionError, 'integer modulo by zero');
  return newInt(intDivmod(x, y)[1]);
}

/** @see longobject.c long_divmod; the pair is built by the caller's tuple maker. */
export function longDivmodPair(a: PyObject, b: PyObject): [PyObject, PyObject] | null {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return null;
  if (zeroDivisor(y)) throw raiseNew(PyExc_ZeroDivisionError, 'integer division or modulo by zero');
  const [q, r] = intDivmod(x, y);
  return [newInt(q), newInt(r)];
}

/** Number of bits in |v|, 0 for 0. @see longobject.c _PyLong_NumBits */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  // Hex digits are a quarter as many characters as binary ones.
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0], 16));
}

/**
 * int / int is correctly rounded even when the operands don't fit a double: scale the
 * dividend so the quotient has at least 55 significant bits, divide exactly, fold any
 * remainder into a sticky low bit, and round once (ldexpRound).
 * @see longobject.c long_true_divide
 */
export function intTrueDivide(x: Int, y: Int): number {
  if (zeroDivisor(y)) throw raiseNew(PyExc_ZeroDivisionError, 'division by zero');
  // Both exact in a double: IEEE division is already correctly rounded.
  if (typeof x === 'number' && typeof y === 'number') return x / y;
  const result = ratioToDouble(big(x), big(y));
  if (!Number.isFinite(result)) {
    throw raiseNew(PyExc_OverflowError, 'integer division result too large for a float');
  }
  return result;
}

/**
 * a / b for bigints, rounded once to the nearest double (ties to even), subnormals included;
 * an infinity when it is too large. A quotient of 55+ bits plus a "sticky" bit for any
 * remainder carries all a single rounding needs. @see longobject.c long_true_divide
 */
export function ratioToDouble(a: bigint, b: bigint): number {
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  const shift = 55 - (bitLength(a) - bitLength(b));
  let q: bigint;
  let r: bigint;
  if (shift >= 0) { q = (a << BigInt(shift)) / b; r = (a << BigInt(shift)) % b; }
  else { q = a / (b << BigInt(-shift)); r = a % (b << BigInt(-shift)); }
  const result = ldexpRound(q, -shift, r !== 0n);
  return negative ? -result : result;
}

/**
 * m * 2**exp (m >= 0) rounded once to a double, half to even; `sticky` says the true value
 * is a little above m * 2**exp. Near zero the precision shrinks below 53 bits (subnormals),
 * which is why this cannot simply round m to 53 bits first: that would round twice.
 * @see longobject.c long_true_divide (its subnormal handling)
 */
export function ldexpRound(m: bigint, exp: number, sticky: boolean): number {
  if (m === 0n) return 0;
  const nb = bitLength(m);
  const lsbExp = Math.max(nb + exp - 53, -1074);
  const s = lsbExp - exp;
  let q = m;
  if (s > nb + 1) return 0;
  if (s > 0) {
    const bs = BigInt(s);
    q = m >> bs;
    const rem = m - (q << bs);
    const half = 1n << (bs - 1n);
    if (rem > half || (rem === half && (sticky || (q & 1n) === 1n))) q += 1n;
  } else if (s < 0) {
    q = m << BigInt(-s);
  }
  // q <= 2**53 and lsbExp >= -1074: the two scalings are exact or overflow to inf.
  const h = Math.trunc(lsbExp / 2);
  return Number(q) * 2 ** h * 2 ** (lsbExp - h);
}

/** @see longobject.c long_true_divide */
export function longTrueDiv(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  return newFloat(intTrueDivide(x, y));
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on non-negative a < m.
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw raiseNew(PyExc_ValueError, 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n % m;
  base %= m;
  if (base < 0n) base += m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    base = (base * base) % m;
    exp >>= 1n;
  }
  return result;
}

/**
 * `**` and three-argument pow(). A negative exponent gives a float (2 ** -1 == 0.5), unless
 * a modulus asks for the modular inverse (3.8+).
 * @see longobject.c long_pow
 */
export function longPow(a: PyObject, b: PyObject, c: PyObject | null): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  const hasMod = c !== null && intOperand(c) !== null;
  if (c !== null && !hasMod && !isNone(c)) return Py_NotImplemented;
  if (hasMod) {
    let m = big(intOperand(c!)!);
    if (m === 0n) throw raiseNew(PyExc_ValueError, 'pow() 3rd argument cannot be 0');
    const negMod = m < 0n;
    if (negMod) m = -m;
    let e = big(y);
    let base = big(x);
    if (e < 0n) {
      base = modInverse(((base % m) + m) % m, m);
      e = -e;
    }
    let r = modPow(base, e, m);
    // The result takes the sign of the modulus, like %.
    if (negMod && r !== 0n) r -= m;
    return fromBig(r);
  }
  if (big(y) < 0n) {
    const fx = intToDouble(x);
    const fy = intToDouble(y);
    if (fx === 0) {
      throw raiseNew(PyExc_ZeroDivisionError, '0.0 cannot be raised to a negative power');
    }
    return newFloat(floatPowValues(fx, fy));
  }
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x ** y;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  const bx = big(x);
  const by = big(y);
  if (bx === 0n || bx === 1n) return newInt(bx);
  if (bx === -1n) return newInt(by % 2n === 0n ? 1 : -1);
  // A result with more than ~2**32 bits would not fit in memory anyway; CPython raises
  // MemoryError after trying. We refuse early with the same exception type's cousin.
  if (BigInt(bitLength(bx)) * by > 4_000_000_000n) {
    throw raiseNew(PyExc_OverflowError, 'int too large to compute');
  }
  return fromBig(bx ** by);
}

function isNone(o: PyObject): boolean {
  return o.ob_type.tp_name === 'NoneType';
}

/** @see longobject.c long_neg */
export function longNeg(a: PyObject): PyObject {
  const x = (a as PyLong).value;
  return typeof x === 'number' ? newInt(-x) : fromBig(-x);
}

/** @see longobject.c long_long: +x and int(x) of a subclass give a plain int. */
export function longPos(a: PyObject): PyObject {
  return newInt((a as PyLong).value);
}

/** @see longobject.c long_abs */
export function longAbs(a: PyObject): PyObject {
  const x = (a as PyLong).value;
  return typeof x === 'number' ? newInt(Math.abs(x)) : fromBig(x < 0n ? -x : x);
}

/** @see longobject.c long_bool */
export function longBool(a: PyObject): boolean {
  const x = (a as PyLong).value;
  return x !== 0 && x !== 0n;
}

/** ~x == -(x+1), for every int. @see longobject.c long_invert */
export function longInvert(a: PyObject): PyObject {
  const x = (a as PyLong).value;
  return typeof x === 'number' ? newInt(-x - 1) : fromBig(-x - 1n);
}

const MAX_SHIFT_BITS = 1n << 32n;

/** @see longobject.c long_lshift */
export function longLshift(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  const n = big(y);
  if (n < 0n) throw raiseNew(PyExc_ValueError, 'negative shift count');
  if (x === 0 || x === 0n) return newInt(0);
  if (n >= MAX_SHIFT_BITS) throw raiseNew(PyExc_OverflowError, 'too many digits in integer');
  if (typeof x === 'number' && n < 31n && Math.abs(x) < 2 ** 21) return newInt(x * 2 ** Number(n));
  return fromBig(big(x) << n);
}

/** Arithmetic right shift: rounds toward minus infinity, as `>>` on negatives must. */
export function longRshift(a: PyObject, b: PyObject): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  const n = big(y);
  if (n < 0n) throw raiseNew(PyExc_ValueError, 'negative shift count');
  if (typeof x === 'number' && n < 53n) return newInt(Math.floor(x / 2 ** Number(n)));
  const bx = big(x);
  if (n >= MAX_SHIFT_BITS) return newInt(bx < 0n ? -1 : 0);
  return fromBig(bx >> n);
}

type BitOp = (p: bigint, q: bigint) => bigint;

function bitwise(a: PyObject, b: PyObject, op: BitOp, small: (p: number, q: number) => number):
  PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  // JS's 32-bit bitwise operators agree with Python's infinite two's complement whenever
  // both operands fit in 32 signed bits.
  if (typeof x === 'number' && typeof y === 'number' && (x | 0) === x && (y | 0) === y) {
    return newInt(small(x, y));
  }
  return fromBig(op(big(x), big(y)));
}

/** @see longobject.c long_and */
export function longAnd(a: PyObject, b: PyObject): PyObject {
  return bitwise(a, b, (p, q) => p & q, (p, q) => p & q);
}

/** @see longobject.c long_or */
export function longOr(a: PyObject, b: PyObject): PyObject {
  return bitwise(a, b, (p, q) => p | q, (p, q) => p | q);
}

/** @see longobject.c long_xor */
export function longXor(a: PyObject, b: PyObject): PyObject {
  return bitwise(a, b, (p, q) => p ^ q, (p, q) => p ^ q);
}

/** An int as the nearest double, or OverflowError. @see longobject.c PyLong_AsDouble */
export function intToDouble(v: Int): number {
  if (typeof v === 'number') return v;
  const d = Number(v);
  if (!Number.isFinite(d)) throw raiseNew(PyExc_OverflowError, 'int too large to convert to float');
  return d;
}

/** @see longobject.c long_float */
export function longFloat(a: PyObject): PyObject {
  return newFloat(intToDouble((a as PyLong).value));
}

/** Compare two JS ints of either form. */
export function intCompare(x: Int, y: Int): number {
  if (typeof x === 'number' && typeof y === 'number') return x < y ? -1 : x > y ? 1 : 0;
  const bx = big(x);
  const by = big(y);
  return bx < by ? -1 : bx > by ? 1 : 0;
}

/** Turn a three-way comparison into the answer for `op`. @see object.h Py_RETURN_RICHCOMPARE */
export function cmpResult(c: number, op: number): PyObject {
  let r: boolean;
  // Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE are 0..5 (Include/object.h).
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0;
  }
  return r ? Py_True : Py_False;
}

/** @see longobject.c long_richcompare */
export function longRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === null || y === null) return Py_NotImplemented;
  return cmpResult(intCompare(x, y), op);
}

/** @see longobject.c long_as_number */
export function longNumberSlots(): Partial<PyNumberMethods> {
  return {
    nb_add: longAdd, nb_subtract: longSub, nb_multiply: longMul, nb_remainder: longMod,
    nb_power: longPow, nb_negative: longNeg, nb_positive: longPos, nb_absolute: longAbs,
    nb_bool: longBool, nb_invert: longInvert, nb_lshift: longLshift, nb_rshift: longRshift,
    nb_and: longAnd, nb_xor: longXor, nb_or: longOr, nb_int: longPos, nb_float: longFloat,
    nb_floor_divide: longFloorDiv, nb_true_divide: longTrueDiv, nb_index: longPos,
  };
}

export { PyLong_Type, intValue };
