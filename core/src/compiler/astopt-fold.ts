// The arithmetic half of CPython 3.13's Python/ast_opt.c: what folding a constant
// expression computes, on bare constants (it must not depend on the lectures' number
// protocol), and the size limits (safe_multiply, safe_power, safe_lshift) that keep a folded
// constant from growing the code object without bound. astopt.ts walks the tree and calls in.

import type { PyObject } from '../object.js';
import { PyLong_Type, PyLong, newInt } from '../objects/longobject.js';
import { PyBool_Type, Py_True, Py_False } from '../objects/boolobject.js';
import { PyFloat_Type, PyFloat, newFloat } from '../objects/floatobject.js';
import { pow } from '../objects/floatpow.js';
import { PyComplex_Type, PyComplex, newComplex } from '../objects/complexobject.js';
import { PyUnicode_Type, PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyBytes_Type, PyBytes, newBytes } from '../objects/bytesobject.js';
import { PyTuple_Type, PyTuple, newTuple } from '../objects/tupleobject.js';
import { constIsTrue } from './flowgraph-consts.js';


const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

/** "No fold": what CPython gets when the operation raises (the error is dropped). */
const FAIL: null = null;
export type R = PyObject | null;

function isInt(o: PyObject): boolean { return o.ob_type === PyLong_Type || o.ob_type === PyBool_Type; }
function isFloat(o: PyObject): boolean { return o.ob_type === PyFloat_Type; }
function isComplex(o: PyObject): boolean { return o.ob_type === PyComplex_Type; }
export function isStr(o: PyObject): boolean { return o.ob_type === PyUnicode_Type; }
function isBytes(o: PyObject): boolean { return o.ob_type === PyBytes_Type; }
function isTuple(o: PyObject): boolean { return o.ob_type === PyTuple_Type; }

function big(o: PyObject): bigint {
  const v = (o as PyLong).value;
  return typeof v === 'number' ? BigInt(v) : v;
}

function mkInt(v: bigint): PyObject { return newInt(v); }

function numBits(v: bigint): number {
  if (v < 0n) v = -v;
  return v === 0n ? 0 : v.toString(2).length;
}

/** int -> float, or null when too large (OverflowError). */
function intToDouble(v: bigint): number | null {
  const d = Number(v);
  return Number.isFinite(d) ? d : null;
}

/** A number's value as a double, or null. */
function asDouble(o: PyObject): number | null {
  if (isFloat(o)) return (o as PyFloat).value;
  if (isInt(o)) return intToDouble(big(o));
  return null;
}

function asComplex(o: PyObject): [number, number] | null {
  if (isComplex(o)) return [(o as PyComplex).real, (o as PyComplex).imag];
  const d = asDouble(o);
  return d === null ? null : [d, 0];
}

/** Python's int floor division and modulo. */
function floorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && ((r < 0n) !== (b < 0n))) { q -= 1n; r += b; }
  return [q, r];
}

/** Correctly rounded int / int. @see Objects/longobject.c long_true_divide */
function intTrueDivide(a: bigint, b: bigint): number | null {
  const MAX = 9007199254740992n;
  if (a > -MAX && a < MAX && b > -MAX && b < MAX) return Number(a) / Number(b);
  const neg = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  // Scale so the quotient has at least 66 bits, then let BigInt->Number round it, with
  // the remainder folded into a sticky bit.
  const shift = Math.max(0, 66 - (numBits(a) - numBits(b)));
  let q = (a << BigInt(shift)) / b;
  const r = (a << BigInt(shift)) % b;
  if (r !== 0n) q |= 1n;
  let d = Number(q);
  let s = shift;
  while (s > 0) { const k = Math.min(s, 1000); d /= 2 ** k; s -= k; }
  if (!Number.isFinite(d)) return null;
  return neg ? -d : d;
}

function floatRem(vx: number, wx: number): number {
  let mod = vx % wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  return mod;
}

function floatFloorDiv(vx: number, wx: number): number {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = (vx / wx) < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return floordiv;
}

function complexQuot(ar: number, ai: number, br: number, bi: number): [number, number] | null {
  const absBr = Math.abs(br), absBi = Math.abs(bi);
  if (absBr >= absBi) {
    if (absBr === 0) return null; // ZeroDivisionError
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function floatPow(x: number, y: number): number | null {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return y === 0 ? 1.0 : x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (x === 0 && y < 0) return null; // ZeroDivisionError
  if (x < 0 && Number.isFinite(x) && Number.isFinite(y) && Math.floor(y) !== y) {
    return null; // the result would be complex: leave it to run time
  }
  if (x === -1 && !Number.isFinite(y)) return 1.0;
  if (x === 1) return 1.0;
  const r = pow(x, y); // glibc's pow, as float_pow calls it at run time
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) return null;
  return r;
}

/** The arithmetic of one binary operator on two constants; null when it would raise. */
function numberBinop(op: string, v: PyObject, w: PyObject): R {
  if (isInt(v) && isInt(w)) {
    const a = big(v), b = big(w);
    const bothBool = v.ob_type === PyBool_Type && w.ob_type === PyBool_Type;
    switch (op) {
      case 'Add': return mkInt(a + b);
      case 'Sub': return mkInt(a - b);
      case 'Mult': return mkInt(a * b);
      case 'Div': { const d = b === 0n ? null : intTrueDivide(a, b); return d === null ? FAIL : newFloat(d); }
      case 'FloorDiv': return b === 0n ? FAIL : mkInt(floorDivMod(a, b)[0]);
      case 'Mod': return b === 0n ? FAIL : mkInt(floorDivMod(a, b)[1]);
      case 'Pow':
        if (b < 0n) {
          const x = intToDouble(a), y = intToDouble(b);
          if (x === null || y === null) return FAIL;
          const r = floatPow(x, y);
          return r === null ? FAIL : newFloat(r);
        }
        return mkInt(a ** b);
      case 'LShift': return b < 0n ? FAIL : mkInt(a << b);
      case 'RShift': return b < 0n ? FAIL : mkInt(b > 100000n ? (a < 0n ? -1n : 0n) : a >> b);
      case 'BitOr': return bothBool ? ((a | b) ? Py_True : Py_False) : mkInt(a | b);
      case 'BitXor': return bothBool ? ((a ^ b) ? Py_True : Py_False) : mkInt(a ^ b);
      case 'BitAnd': return bothBool ? ((a & b) ? Py_True : Py_False) : mkInt(a & b);
    }
    return FAIL;
  }
  if ((isInt(v) || isFloat(v)) && (isInt(w) || isFloat(w))) {
    const x = asDouble(v), y = asDouble(w);
    if (x === null || y === null) return FAIL;
    switch (op) {
      case 'Add': return newFloat(x + y);
      case 'Sub': return newFloat(x - y);
      case 'Mult': return newFloat(x * y);
      case 'Div': return y === 0 ? FAIL : newFloat(x / y);
      case 'FloorDiv': return y === 0 ? FAIL : newFloat(floatFloorDiv(x, y));
      case 'Mod': return y === 0 ? FAIL : newFloat(floatRem(x, y));
      case 'Pow': { const r = floatPow(x, y); return r === null ? FAIL : newFloat(r); }
    }
    return FAIL;
  }
  if ((isComplex(v) || isComplex(w))) {
    const p = asComplex(v), q = asComplex(w);
    if (p === null || q === null) return FAIL;
    const [a, b] = p, [c, d] = q;
    switch (op) {
      case 'Add': return newComplex(a + c, b + d);
      case 'Sub': return newComplex(a - c, b - d);
      case 'Mult': return newComplex(a * c - b * d, a * d + b * c);
      case 'Div': { const r = complexQuot(a, b, c, d); return r === null ? FAIL : newComplex(r[0], r[1]); }
    }
    return FAIL; // complex ** is left to run time
  }
  return FAIL;
}

function seqConcat(v: PyObject, w: PyObject): R {
  if (isStr(v) && isStr(w)) return newStr((v as PyUnicode).value + (w as PyUnicode).value);
  if (isBytes(v) && isBytes(w)) {
    const a = (v as PyBytes).value, b = (w as PyBytes).value;
    const r = new Uint8Array(a.length + b.length);
    r.set(a); r.set(b, a.length);
    return newBytes(r);
  }
  if (isTuple(v) && isTuple(w)) return newTuple([...(v as PyTuple).items, ...(w as PyTuple).items]);
  return FAIL;
}

function strLen(o: PyObject): number {
  if (isStr(o)) {
    let n = 0;
    for (const _ of (o as PyUnicode).value) n++;
    return n;
  }
  return (o as PyBytes).value.length;
}

function seqRepeat(seq: PyObject, n: bigint): R {
  const k = n < 0n ? 0 : Number(n);
  if (isStr(seq)) return newStr((seq as PyUnicode).value.repeat(k));
  if (isBytes(seq)) {
    const b = (seq as PyBytes).value;
    const r = new Uint8Array(b.length * k);
    for (let i = 0; i < k; i++) r.set(b, i * b.length);
    return newBytes(r);
  }
  if (isTuple(seq)) {
    const items = (seq as PyTuple).items;
    const out: PyObject[] = [];
    for (let i = 0; i < k; i++) out.push(...items);
    return newTuple(out);
  }
  return FAIL;
}

/** @see Python/ast_opt.c check_complexity */
function checkComplexity(o: PyObject, limit: number): number {
  if (isTuple(o)) {
    const items = (o as PyTuple).items;
    limit -= items.length;
    for (let i = 0; limit >= 0 && i < items.length; i++) limit = checkComplexity(items[i], limit);
  }
  return limit;
}

/** @see Python/ast_opt.c safe_multiply */
function safeMultiply(v: PyObject, w: PyObject): R {
  if (isInt(v) && isInt(w)) {
    const a = big(v), b = big(w);
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return FAIL;
  } else if (isInt(v) && isTuple(w)) {
    const size = (w as PyTuple).items.length;
    if (size) {
      const n = big(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return FAIL;
      if (n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) return FAIL;
    }
    return seqRepeat(w, big(v));
  } else if (isInt(v) && (isStr(w) || isBytes(w))) {
    const size = strLen(w);
    if (size) {
      const n = big(v);
      if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return FAIL;
    }
    return seqRepeat(w, big(v));
  } else if (isInt(w) && (isTuple(v) || isStr(v) || isBytes(v))) {
    return safeMultiply(w, v);
  }
  return numberBinop('Mult', v, w);
}

/** @see Python/ast_opt.c safe_power */
function safePower(v: PyObject, w: PyObject): R {
  if (isInt(v) && isInt(w)) {
    const a = big(v), b = big(w);
    if (a !== 0n && b > 0n) {
      if (BigInt(numBits(a)) * b > BigInt(MAX_INT_SIZE)) return FAIL;
    }
  }
  return numberBinop('Pow', v, w);
}

/** @see Python/ast_opt.c safe_lshift */
function safeLshift(v: PyObject, w: PyObject): R {
  if (isInt(v) && isInt(w)) {
    const a = big(v), b = big(w);
    if (a !== 0n && b !== 0n) {
      if (b < 0n) return FAIL;
      if (b > BigInt(MAX_INT_SIZE) || BigInt(numBits(a)) > BigInt(MAX_INT_SIZE) - b) return FAIL;
    }
  }
  return numberBinop('LShift', v, w);
}

export function binop(op: string, lv: PyObject, rv: PyObject): R {
  switch (op) {
    case 'Add': return isInt(lv) || isFloat(lv) || isComplex(lv) ? numberBinop(op, lv, rv)
      : seqConcat(lv, rv);
    case 'Sub': case 'Div': case 'FloorDiv': case 'RShift': case 'BitOr': case 'BitXor':
    case 'BitAnd':
      return numberBinop(op, lv, rv);
    case 'Mult': return safeMultiply(lv, rv);
    case 'Mod': return isStr(lv) || isBytes(lv) ? FAIL : numberBinop(op, lv, rv);
    case 'Pow': return safePower(lv, rv);
    case 'LShift': return safeLshift(lv, rv);
  }
  return FAIL; // MatMult: no constant implements it
}

export function unaryop(op: string, v: PyObject): R {
  switch (op) {
    case 'Not': return constIsTrue(v) ? Py_False : Py_True;
    case 'Invert': return isInt(v) ? mkInt(-big(v) - 1n) : FAIL;
    case 'UAdd':
      if (isInt(v)) return mkInt(big(v));
      if (isFloat(v) || isComplex(v)) return v;
      return FAIL;
    case 'USub':
      if (isInt(v)) return mkInt(-big(v));
      if (isFloat(v)) return newFloat(-(v as PyFloat).value);
      if (isComplex(v)) return newComplex(-(v as PyComplex).real, -(v as PyComplex).imag);
      return FAIL;
  }
  return FAIL;
}

/** `constant[constant]` for str, bytes and tuple with an int index. */
export function subscr(v: PyObject, idx: PyObject): R {
  if (!isInt(idx)) return FAIL;
  let i = big(idx);
  if (isStr(v)) {
    const cps = [...(v as PyUnicode).value];
    if (i < 0n) i += BigInt(cps.length);
    if (i < 0n || i >= BigInt(cps.length)) return FAIL;
    return newStr(cps[Number(i)]);
  }
  if (isBytes(v)) {
    const b = (v as PyBytes).value;
    if (i < 0n) i += BigInt(b.length);
    if (i < 0n || i >= BigInt(b.length)) return FAIL;
    return newInt(b[Number(i)]);
  }
  if (isTuple(v)) {
    const items = (v as PyTuple).items;
    if (i < 0n) i += BigInt(items.length);
    if (i < 0n || i >= BigInt(items.length)) return FAIL;
    return items[Number(i)];
  }
  return FAIL;
}
