// Mirrors Modules/mathmodule.c: the `math` module. The float functions call the C library as
// CPython does; where core has a bit-exact port of glibc (sin, cos, exp, log, atan2, pow,
// fma) we use it, CPython's own algorithms (gamma, lgamma, hypot's vector_norm, fsum,
// remainder) are ported, and the rest use the host's Math (V8's fdlibm ports, which may differ
// from glibc in the last bit). Errors follow math_1/is_error: a NaN from a non-NaN is
// "math domain error", an infinity from a finite input "math range error" or a domain error.

import type { PyObject } from '@ceval/core/object';
import type { Interpreter } from '@ceval/core/interpreter';
import { PyFloat, PyFloat_Type, newFloat } from '@ceval/core/objects/floatobject';
import { PyLong, newInt, PyLong_Type } from '@ceval/core/objects/longobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newTuple, PyTuple } from '@ceval/core/objects/tupleobject';
import { typeName } from '@ceval/core/object';
import {
  newExceptionMsg, PyExc_ValueError, PyExc_OverflowError, PyExc_TypeError,
  PyExc_ZeroDivisionError,
} from '@ceval/core/objects/exceptions';
import { unpackKeywords } from '@ceval/core/runtime/getargs';
import { sin, cos, exp, log, atan2 } from '@ceval/core/objects/libm/index';
import { pow, fma } from '@ceval/core/objects/floatpow';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { floatToInt } from '@ceval/lecture-04/floatobject';
import {
  newModule, oneArg, positional, asDouble, asSsize, specialMethod, forEachItem, itemsOf,
  longToDouble,
} from './_clinic.js';
import { integerFunctions } from './mathmodule-int.js';
import { frexp, ldexp, nextafter, sinpi, cbrt } from './_math.js';

const PI = Math.PI;
const LOGPI = 1.144729885849400174143427351353058711647;
const SQRTPI = 1.772453850905516027298167483341145182798;

const EDOM = 33;
const ERANGE = 34;

function domainError(): never {
  throw newExceptionMsg(PyExc_ValueError, 'math domain error');
}
function rangeError(): never {
  throw newExceptionMsg(PyExc_OverflowError, 'math range error');
}

/** The errno a libm function set; the functions ported here set it as C's do. */
let errno = 0;

/** is_error: EDOM is a ValueError; ERANGE an OverflowError unless the result underflowed. */
function isError(r: number): void {
  if (errno === EDOM) domainError();
  if (errno === ERANGE && Math.abs(r) >= 1.5) rangeError();
}

/** math_1: one float in, one float out, C99's special values checked. */
function math1(f: (x: number) => number, canOverflow: boolean) {
  return (x: number): PyObject => {
    errno = 0;
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      domainError();
    }
    if (Number.isFinite(r) && errno !== 0) isError(r);
    return newFloat(r);
  };
}

/** math_1a: errno alone decides (gamma, lgamma, erf, erfc). */
function math1a(f: (x: number) => number) {
  return (x: number): PyObject => {
    errno = 0;
    const r = f(x);
    if (errno !== 0) isError(r);
    return newFloat(r);
  };
}

// --- CPython's own algorithms -------------------------------------------------------------

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
  13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800,
  479001600, 6227020800, 87178291200, 1307674368000, 20922789888000, 355687428096000,
  6402373705728000, 121645100408832000, 2432902008176640000, 51090942171709440000,
  1124000727777607680000];

/** The Lanczos sum as a rational function, in 1/x past 5 so it cannot overflow. */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** Gamma by Lanczos' approximation with a correction for the rounding of x+g-0.5. */
function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0) {
    errno = EDOM;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) errno = ERANGE;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z = absx > LANCZOS_G_MINUS_HALF ? (y - absx) - LANCZOS_G_MINUS_HALF
    : (y - LANCZOS_G_MINUS_HALF) - absx;
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= pow(y, absx - 0.5);
    } else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= pow(y, absx - 0.5);
    } else {
      const sqrtpow = pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

/** log|Gamma(x)|, with the reflection formula for negative x. */
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0) {
      errno = EDOM;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -log(absx);
  let r = log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOGPI - log(Math.abs(sinpi(absx))) - log(absx) - r;
  if (!Number.isFinite(r)) errno = ERANGE;
  return r;
}

/** erf by series below 1.5 and erfc by continued fraction above (CPython's fallback). */
function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0.0;
  let fk = 25 + 0.5;
  for (let i = 0; i < 25; i++) {
    acc = 2.0 + x2 * acc / fk;
    fk -= 1.0;
  }
  return acc * x * exp(-x2) / SQRTPI;
}

function erfcContfrac(x: number): number {
  if (x >= 30.0) return 0.0;
  const x2 = x * x;
  let a = 0.0;
  let da = 0.5;
  let p = 1.0;
  let pLast = 0.0;
  let q = da + x2;
  let qLast = 1.0;
  for (let i = 0; i < 50; i++) {
    a += da;
    da += 2.0;
    const b = da + x2;
    let t = p; p = b * p - a * pLast; pLast = t;
    t = q; q = b * q - a * qLast; qLast = t;
  }
  return p / q * x * exp(-x2) / SQRTPI;
}

function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < 1.5) return erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0 ? 1.0 - cf : cf - 1.0;
}

function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < 1.5) return 1.0 - erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0 ? cf : 2.0 - cf;
}

/** atan2 with C99's special values settled first. @see mathmodule.c m_atan2 */
function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(x > 0 ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (!Number.isFinite(x) || y === 0) {
    return copysign(copysign(1, x) === 1 ? 0 : PI, y);
  }
  return atan2(y, x);
}

function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitOfNaN(y));
  return neg ? -Math.abs(x) : Math.abs(x);
}

const nanView = new DataView(new ArrayBuffer(8));
function signBitOfNaN(y: number): boolean {
  nanView.setFloat64(0, y);
  return (nanView.getUint8(0) & 0x80) !== 0;
}

/** IEEE remainder, exact. @see mathmodule.c m_remainder */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** C99 log with its special values (EDOM at 0 and below). @see mathmodule.c m_log */
function mLog(x: number, f: (v: number) => number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return f(x);
    errno = EDOM;
    return x === 0 ? -Infinity : NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  errno = EDOM;
  return NaN;
}

/**
 * log of a float or of an int too big for one (through its frexp).
 * @see mathmodule.c loghelper
 */
function logHelper(arg: PyObject, f: (v: number) => number): number {
  if (arg instanceof PyLong) {
    const v = BigInt(arg.value);
    if (v <= 0n) domainError();
    const d = Number(v);
    if (Number.isFinite(d)) {
      errno = 0;
      return mLog(d, f);
    }
    // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e * log(2).
    const bits = v.toString(2).length;
    const shift = BigInt(bits - 60);
    const m = Number(v >> shift) / 2 ** 60;
    return f(m) + (bits) * f(2.0);
  }
  const x = asDouble(arg);
  errno = 0;
  const r = mLog(x, f);
  if (errno !== 0) isError(r);
  return r;
}

// --- vector_norm for hypot and dist -------------------------------------------------------

/** sqrt(sum(x**2)), scaled, squared exactly and summed compensated, then corrected. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const [, maxE] = frexp(max);
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let x of vec) {
    x *= scale;
    const hi = x * x;
    const lo = fma(x, x, -hi);
    const sHi = csum + hi;
    frac2 += (csum - sHi) + hi;
    csum = sHi;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const pHi = -h * h;
  const pLo = fma(-h, h, -pHi);
  const sHi = csum + pHi;
  frac2 += (csum - sHi) + pHi;
  csum = sHi;
  frac1 += pLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// --- fsum --------------------------------------------------------------------------------

/** Shewchuk's exact summation with partials. @see mathmodule.c math_fsum */
function fsum(iterable: PyObject): number {
  const p: number[] = [];
  let specialSum = 0.0;
  let infSum = 0.0;
  forEachItem(iterable, (item) => {
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) {
          throw newExceptionMsg(PyExc_OverflowError, 'intermediate overflow in fsum');
        }
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  });
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw newExceptionMsg(PyExc_ValueError, '-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0.0;
  if (n > 0) {
    let lo = 0.0;
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0.0) break;
    }
    // Half-even rounding across partials: a tie in hi + lo is broken by the next partial.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

// --- the module --------------------------------------------------------------------------

/** math.pow's special cases, then libm pow. @see mathmodule.c math_pow_impl */
function mathPow(x: number, y: number): number {
  errno = 0;
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1.0 : x;
    else if (Number.isNaN(y)) r = x === 1.0 ? 1.0 : y;
    else if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1.0;
      else r = oddY ? copysign(0.0, x) : 0.0;
    } else if (Math.abs(x) === 1.0) r = 1.0;
    else if (y > 0 && Math.abs(x) > 1.0) r = y;
    else if (y < 0 && Math.abs(x) < 1.0) r = -y;
    else r = 0.0;
  } else {
    r = pow(x, y);
    if (Number.isNaN(r)) errno = EDOM;
    else if (!Number.isFinite(r)) errno = x === 0 ? EDOM : ERANGE;
  }
  if (errno !== 0) isError(r);
  return r;
}

/** floor/ceil: exact for floats, __floor__/__ceil__ for others, else through a float. */
function rounding(interp: Interpreter, name: string, f: (v: number) => number) {
  return (args: PyObject[], kw: string[] | null): PyObject => {
    const x = oneArg(`math.${name}`, args, kw);
    if (x.ob_type === PyFloat_Type) return floatToInt(f((x as PyFloat).value));
    if (x.ob_type === PyLong_Type) return x;
    const m = specialMethod(interp, x, `__${name}__`);
    if (m !== null) return interp.callObject(m, [], null);
    return floatToInt(f(asDouble(x)));
  };
}

function oneFloat(qual: string, f: (x: number) => PyObject) {
  return (args: PyObject[], kw: string[] | null): PyObject => f(asDouble(oneArg(qual, args, kw)));
}

function twoFloats(name: string, f: (x: number, y: number) => number) {
  return (args: PyObject[], kw: string[] | null): PyObject => {
    positional(name, `math.${name}`, args, kw, 2, 2);
    return newFloat(f(asDouble(args[0]), asDouble(args[1])));
  };
}

/** Build `math`. @see Modules/mathmodule.c math_exec */
export function makeMathModule(interp: Interpreter): PyModule {
  return newModule('math', (def, m) => {
    const unary: [string, (x: number) => number, boolean][] = [
      ['acos', Math.acos, false], ['acosh', Math.acosh, false], ['asin', Math.asin, false],
      ['asinh', Math.asinh, false], ['atan', Math.atan, false], ['atanh', Math.atanh, false],
      ['cbrt', cbrt, false], ['cos', cos, false], ['cosh', Math.cosh, true],
      ['exp', exp, true], ['exp2', (x) => pow(2.0, x), true], ['expm1', Math.expm1, true],
      ['fabs', Math.abs, false], ['log1p', Math.log1p, false], ['sin', sin, false],
      ['sinh', Math.sinh, true], ['sqrt', Math.sqrt, false], ['tan', Math.tan, false],
      ['tanh', Math.tanh, false],
    ];
    for (const [name, f, canOverflow] of unary) def(name, oneFloat(`math.${name}`, math1(f, canOverflow)));
    def('gamma', oneFloat('math.gamma', math1a(tgamma)));
    def('lgamma', oneFloat('math.lgamma', math1a(lgamma)));
    def('erf', oneFloat('math.erf', math1a(erf)));
    def('erfc', oneFloat('math.erfc', math1a(erfc)));
    def('floor', rounding(interp, 'floor', Math.floor));
    def('ceil', rounding(interp, 'ceil', Math.ceil));
    def('trunc', (args, kw) => {
      const x = oneArg('math.trunc', args, kw);
      if (x.ob_type === PyFloat_Type) return floatToInt((x as PyFloat).value);
      const t = specialMethod(interp, x, '__trunc__');
      if (t === null) {
        throw newExceptionMsg(PyExc_TypeError,
          `type ${typeName(x.ob_type)} doesn't define __trunc__ method`);
      }
      return interp.callObject(t, [], null);
    });
    def('atan2', twoFloats('atan2', mAtan2));
    def('copysign', twoFloats('copysign', copysign));
    def('fmod', twoFloats('fmod', (x, y) => {
      if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
      const r = x % y;
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
      return r;
    }));
    def('remainder', twoFloats('remainder', (x, y) => {
      const r = remainder(x, y);
      if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
      return r;
    }));
    def('pow', twoFloats('pow', mathPow));
    def('fma', (args, kw) => {
      positional('fma', 'math.fma', args, kw, 3, 3);
      const [x, y, z] = args.map(asDouble);
      const r = fma(x, y, z);
      if (!Number.isFinite(r)) {
        if (Number.isNaN(r)) {
          if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) {
            throw newExceptionMsg(PyExc_ValueError, 'invalid operation in fma');
          }
        } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) {
          throw newExceptionMsg(PyExc_OverflowError, 'overflow in fma');
        }
      }
      return newFloat(r);
    });
    def('degrees', oneFloat('math.degrees', (x) => newFloat(x * (180.0 / PI))));
    def('radians', oneFloat('math.radians', (x) => newFloat(x * (PI / 180.0))));
    def('isfinite', oneFloat('math.isfinite', (x) => (Number.isFinite(x) ? Py_True : Py_False)));
    def('isnan', oneFloat('math.isnan', (x) => (Number.isNaN(x) ? Py_True : Py_False)));
    def('isinf', oneFloat('math.isinf',
      (x) => (!Number.isFinite(x) && !Number.isNaN(x) ? Py_True : Py_False)));
    def('frexp', oneFloat('math.frexp', (x) => {
      const [mant, e] = frexp(x);
      return newTuple([newFloat(mant), newInt(e)]);
    }));
    def('ldexp', (args, kw) => {
      positional('ldexp', 'math.ldexp', args, kw, 2, 2);
      const x = asDouble(args[0]);
      const iObj = args[1];
      if (!(iObj instanceof PyLong)) {
        throw newExceptionMsg(PyExc_TypeError, 'Expected an int as second argument to ldexp.');
      }
      const e = BigInt(iObj.value);
      if (x === 0 || !Number.isFinite(x)) return newFloat(x);
      if (e > 100000n) rangeError();
      if (e < -100000n) return newFloat(copysign(0.0, x));
      const r = ldexp(x, Number(e));
      if (!Number.isFinite(r)) rangeError();
      return newFloat(r);
    });
    def('modf', oneFloat('math.modf', (x) => {
      if (!Number.isFinite(x)) {
        if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
        return newTuple([newFloat(copysign(0.0, x)), newFloat(x)]);
      }
      const ip = Math.trunc(x);
      const fp = x - ip;
      return newTuple([newFloat(fp === 0 ? copysign(0.0, x) : fp), newFloat(ip)]);
    }));
    def('log', (args, kw) => {
      positional('log', 'math.log', args, kw, 1, 2);
      const num = logHelper(args[0], log);
      if (args.length === 1) return newFloat(num);
      const den = logHelper(args[1], log);
      if (den === 0) throw newExceptionMsg(PyExc_ZeroDivisionError, 'float division by zero');
      return newFloat(num / den);
    });
    def('log2', (args, kw) => newFloat(logHelper(oneArg('math.log2', args, kw), Math.log2)));
    def('log10', (args, kw) => newFloat(logHelper(oneArg('math.log10', args, kw), Math.log10)));
    def('hypot', (args, kw) => {
      if (kw !== null && kw.length > 0) {
        throw newExceptionMsg(PyExc_TypeError, 'hypot() takes no keyword arguments');
      }
      let max = 0;
      let nan = false;
      const v = args.map((a) => {
        const x = Math.abs(asDouble(a));
        nan ||= Number.isNaN(x);
        if (x > max) max = x;
        return x;
      });
      return newFloat(vectorNorm(v, max, nan));
    });
    def('dist', (args, kw) => {
      positional('dist', 'math.dist', args, kw, 2, 2);
      const p = args[0] instanceof PyTuple ? args[0].items : itemsOf(args[0]);
      const q = args[1] instanceof PyTuple ? args[1].items : itemsOf(args[1]);
      if (p.length !== q.length) {
        throw newExceptionMsg(PyExc_ValueError, 'both points must have the same number of dimensions');
      }
      let max = 0;
      let nan = false;
      const v = p.map((a, i) => {
        const x = Math.abs(asDouble(a) - asDouble(q[i]));
        nan ||= Number.isNaN(x);
        if (x > max) max = x;
        return x;
      });
      return newFloat(vectorNorm(v, max, nan));
    });
    def('fsum', (args, kw) => newFloat(fsum(oneArg('math.fsum', args, kw))));
    def('prod', (args, kw) => {
      const [it, start] = unpackKeywords({ fname: 'prod', names: ['iterable', 'start'],
        posonly: 1, required: 1, kwonly: 1 }, args, kw);
      let acc: PyObject = start ?? newInt(1);
      forEachItem(it!, (x) => { acc = interp.hooks.binaryOp(acc, x, 5); });
      return acc;
    });
    def('isclose', (args, kw) => {
      const [a, b, rt, at] = unpackKeywords({ fname: 'isclose',
        names: ['a', 'b', 'rel_tol', 'abs_tol'], posonly: 0, required: 2, kwonly: 2 }, args, kw);
      const x = asDouble(a!);
      const y = asDouble(b!);
      const relTol = rt === undefined ? 1e-9 : asDouble(rt);
      const absTol = at === undefined ? 0.0 : asDouble(at);
      if (relTol < 0 || absTol < 0) {
        throw newExceptionMsg(PyExc_ValueError, 'tolerances must be non-negative');
      }
      if (x === y) return Py_True;
      if (!Number.isFinite(x) || !Number.isFinite(y)) return Py_False;
      const diff = Math.abs(y - x);
      return ((diff <= Math.abs(relTol * y)) || (diff <= Math.abs(relTol * x))
        || (diff <= absTol)) ? Py_True : Py_False;
    });
    def('nextafter', (args, kw) => {
      const [a, b, s] = unpackKeywords({ fname: 'nextafter', names: ['x', 'y', 'steps'],
        posonly: 2, required: 2, kwonly: 1 }, args, kw);
      let x = asDouble(a!);
      const y = asDouble(b!);
      if (s === undefined || s === Py_None) return newFloat(nextafter(x, y));
      const steps = BigInt((s as PyLong).value ?? asSsize(s));
      if (steps < 0n) throw newExceptionMsg(PyExc_ValueError, 'steps must be a non-negative integer');
      for (let i = 0n; i < steps && x !== y && !Number.isNaN(x); i++) {
        if (i > 5000n) {
          // Far walks jump through the integer image of the doubles.
          return newFloat(nextafterSteps(x, y, steps - i));
        }
        x = nextafter(x, y);
      }
      return newFloat(Number.isNaN(y) ? y : x);
    });
    def('ulp', oneFloat('math.ulp', (x) => {
      if (Number.isNaN(x)) return newFloat(x);
      x = Math.abs(x);
      if (!Number.isFinite(x)) return newFloat(x);
      const x2 = nextafter(x, Infinity);
      if (!Number.isFinite(x2)) return newFloat(x - nextafter(x, -Infinity));
      return newFloat(x2 - x);
    }));
    for (const [name, f] of Object.entries(integerFunctions())) def(name, f);
    m.dict.setItemStr('pi', newFloat(PI));
    m.dict.setItemStr('e', newFloat(Math.E));
    m.dict.setItemStr('tau', newFloat(2 * PI));
    m.dict.setItemStr('inf', newFloat(Infinity));
    m.dict.setItemStr('nan', newFloat(NaN));
    void longToDouble;
  });
}

/** `steps` nextafter steps at once, by moving along the ordered integer image of doubles. */
function nextafterSteps(x: number, y: number, steps: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  const toOrd = (v: number): bigint => {
    view.setFloat64(0, v);
    const u = view.getBigUint64(0);
    return u >> 63n ? -(u & 0x7fffffffffffffffn) : u;
  };
  const fromOrd = (o: bigint): number => {
    view.setBigUint64(0, o < 0n ? (-o) | 0x8000000000000000n : o);
    return view.getFloat64(0);
  };
  const ax = toOrd(x);
  const ay = toOrd(y);
  if (ay > ax) return ay - ax <= steps ? y : fromOrd(ax + steps);
  return ax - ay <= steps ? y : fromOrd(ax - steps);
}
