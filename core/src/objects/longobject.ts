// Mirrors Objects/longobject.c: the int type's identity, layout, repr and hash, and the
// small-int cache. Arithmetic slots (nb_add, ...) are filled by lecture 04, not here.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE,
  Py_TPFLAGS_LONG_SUBCLASS, PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { intHash } from './pyhash.js';
import { newStr } from './unicodeobject.js';

/**
 * An int. `value` is a JS number when the value is a safe integer, otherwise a bigint: the
 * invariant keeps the eval loop's fast paths to one `typeof` check.
 * @see Include/cpython/longintrepr.h _longobject
 */
export class PyLong extends PyObject {
  declare value: number | bigint;
  constructor(value: number | bigint, type: PyTypeObject = PyLong_Type) {
    super(type);
    this.value = value;
  }
}

/** `int`. @see Objects/longobject.c PyLong_Type */
export const PyLong_Type: PyTypeObject = newStaticType('int', undefined,
  Py_TPFLAGS_BASETYPE | Py_TPFLAGS_LONG_SUBCLASS);

// CPython preallocates -5..256 (_PY_NSMALLNEGINTS, _PY_NSMALLPOSINTS); `is` on them is true.
const NSMALLNEG = 5;
const NSMALLPOS = 257;
const smallInts: PyLong[] = [];
for (let i = -NSMALLNEG; i < NSMALLPOS; i++) smallInts.push(new PyLong(i));

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Make an int from a JS integer (number or bigint), normalising to the number form when safe
 * and returning the cached object for -5..256.
 * @see Objects/longobject.c PyLong_FromLong, get_small_int
 */
export function newInt(v: number | bigint): PyLong {
  if (typeof v === 'number') {
    if (v >= -NSMALLNEG && v < NSMALLPOS && (v | 0) === v) return smallInts[v + NSMALLNEG];
    if (v > MAX_SAFE || v < -MAX_SAFE) return new PyLong(BigInt(v));
    return new PyLong(v === 0 ? 0 : v); // folds -0 to 0
  }
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return new PyLong(v);
}

/** The small-int cache lookup alone; v must be in -5..256. */
export function smallInt(v: number): PyLong {
  return smallInts[v + NSMALLNEG];
}

/** The value of an int (or bool) as a bigint. */
export function intValue(o: PyObject): bigint {
  const v = (o as PyLong).value;
  return typeof v === 'number' ? BigInt(v) : v;
}

/** `PyLong_Check`: int or a subclass (bool included). */
export function PyLong_Check(o: PyObject): boolean {
  return o.ob_type === PyLong_Type || PyObject_TypeCheck(o, PyLong_Type);
}

/** `PyLong_CheckExact`. */
export function PyLong_CheckExact(o: PyObject): boolean {
  return o.ob_type === PyLong_Type;
}

/** The digit limit of int<->str conversion (sys.set_int_max_str_digits); 0 means none. */
export let intMaxStrDigits = 4300;

/** Set the int<->str digit limit. @see Python/sysmodule.c sys_set_int_max_str_digits */
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

/**
 * Decimal text of an int value, enforcing the 4300-digit limit with CPython's ValueError.
 * @see Objects/longobject.c long_to_decimal_string_internal
 */
export function intToDecimalString(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const s = v.toString();
  const digits = v < 0n ? s.length - 1 : s.length;
  if (intMaxStrDigits > 0 && digits > intMaxStrDigits) {
    throwIntStrLimit(`Exceeds the limit (${intMaxStrDigits} digits) for integer string ` +
      'conversion; use sys.set_int_max_str_digits() to increase the limit');
  }
  return s;
}

/**
 * The check int(str) makes before converting `ndigits` decimal digits (leading zeros count,
 * underscores and the sign don't): ValueError past the limit. Bases that are powers of two
 * are not limited.
 * @see Objects/longobject.c long_from_string_base (the _PY_LONG_MAX_STR_DIGITS_THRESHOLD check)
 */
export function checkIntStrDigits(ndigits: number): void {
  if (intMaxStrDigits > 0 && ndigits > intMaxStrDigits) {
    throwIntStrLimit(`Exceeds the limit (${intMaxStrDigits} digits) for integer string ` +
      `conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to ` +
      'increase the limit');
  }
}

// Set by exceptions.ts when it loads, to avoid a module cycle at init time.
let throwIntStrLimit: (msg: string) => never = (msg) => { throw new Error(msg); };
/** @internal wiring for exceptions.ts */
export function _setIntStrLimitThrower(f: (msg: string) => never): void {
  throwIntStrLimit = f;
}

/** @see Objects/longobject.c long_to_decimal_string (tp_repr) */
export function longRepr(o: PyObject): string {
  return intToDecimalString((o as PyLong).value);
}

/** @see Objects/longobject.c long_hash */
export function longHash(o: PyObject): PyHash {
  return intHash((o as PyLong).value);
}

PyLong_Type.tp_repr = (o) => newStr(longRepr(o));
PyLong_Type.tp_hash = longHash;
