// Mirrors Python/pystrtod.c PyOS_double_to_string for the 'e', 'f', 'g' (and upper-case)
// presentation types: what format(x, '.2f'), '%g' % x and f-strings need. Digits come from
// the exact decimal expansion of the double, rounded half-to-even as CPython's dtoa does.

import { floatRepr } from './floatrepr.js';

/** Always write a sign. @see Include/pystrtod.h Py_DTSF_SIGN */
export const Py_DTSF_SIGN = 0x01;
/** Append ".0" to integral positional results ('r' and 'g'). */
export const Py_DTSF_ADD_DOT_0 = 0x02;
/** The '#' alternate form: keep the point and trailing zeros. */
export const Py_DTSF_ALT = 0x04;
/** The 'z' option: a negative zero (after rounding) prints as positive. */
export const Py_DTSF_NO_NEG_0 = 0x08;

const view = new DataView(new ArrayBuffer(8));

/**
 * The exact decimal expansion of a finite nonzero |v|: `digits` without leading or trailing
 * zeros and `decpt` such that |v| = 0.d1d2d3... * 10**decpt. Every double is m * 2**e, and
 * for e < 0 that is m * 5**-e / 10**-e, so BigInt arithmetic gives all the digits.
 */
export function exactDigits(v: number): { digits: string; decpt: number } {
  view.setFloat64(0, Math.abs(v));
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else { m |= 1n << 52n; e = bexp - 1075; }
  let s: string, decpt: number;
  if (e >= 0) {
    s = (m << BigInt(e)).toString();
    decpt = s.length;
  } else {
    s = (m * 5n ** BigInt(-e)).toString();
    decpt = s.length + e;
  }
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  return { digits: s.slice(0, end), decpt };
}

/**
 * Keep the first `keep` digits, rounding half to even; '' means the value rounded to zero.
 * Returns the new digits and decimal-point position.
 */
function roundDigits(digits: string, decpt: number, keep: number): [string, number] {
  if (keep >= digits.length) return [digits, decpt];
  if (keep < 0) return ['', decpt];
  const next = digits.charCodeAt(keep) - 48;
  let up: boolean;
  if (next !== 5) up = next > 5;
  else if (keep + 1 < digits.length) up = true; // digits has no trailing zeros: above half
  else up = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1; // exact tie: to even
  let kept = digits.slice(0, keep);
  if (!up) {
    let end = kept.length;
    while (end > 0 && kept.charCodeAt(end - 1) === 48) end--;
    return [kept.slice(0, end), decpt];
  }
  // Increment with carry; trailing 9s vanish (they would become trailing zeros).
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return ['1', decpt + 1];
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return [kept, decpt];
}

function digitAt(digits: string, i: number): string {
  return i >= 0 && i < digits.length ? digits[i] : '0';
}

function fixed(digits: string, decpt: number, prec: number, alt: boolean): string {
  let s = '';
  if (decpt <= 0 || digits === '') s = '0';
  else for (let i = 0; i < decpt; i++) s += digitAt(digits, i);
  if (prec > 0 || alt) s += '.';
  for (let i = 0; i < prec; i++) s += digitAt(digits, decpt + i);
  return s;
}

function expo(digits: string, decpt: number, prec: number, alt: boolean, e: string): string {
  const zero = digits === '';
  let s = zero ? '0' : digits[0];
  if (prec > 0 || alt) s += '.';
  for (let i = 1; i <= prec; i++) s += zero ? '0' : digitAt(digits, i);
  const x = zero ? 0 : decpt - 1;
  const ax = Math.abs(x);
  return s + e + (x < 0 ? '-' : '+') + (ax < 10 ? '0' + ax : String(ax));
}

/**
 * Format a double as CPython's PyOS_double_to_string(val, code, precision, flags): code is
 * one of 'e' 'E' 'f' 'F' 'g' 'G' 'r' ('r' ignores precision: the shortest repr digits).
 * @see Python/pystrtod.c PyOS_double_to_string, format_float_short
 */
export function doubleToString(v: number, code: string, precision: number, flags = 0): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  const lc = upper ? code.toLowerCase() : code;
  const alt = (flags & Py_DTSF_ALT) !== 0;
  let neg = v < 0 || Object.is(v, -0);
  if (v !== v) return ((flags & Py_DTSF_SIGN) ? '+' : '') + (upper ? 'NAN' : 'nan');
  const sign = (): string => (neg ? '-' : (flags & Py_DTSF_SIGN) ? '+' : '');
  if (v === Infinity || v === -Infinity) return sign() + (upper ? 'INF' : 'inf');
  let body: string;
  if (lc === 'r') {
    const r = floatRepr(Math.abs(v));
    body = (flags & Py_DTSF_ADD_DOT_0) || !r.endsWith('.0') ? r : r.slice(0, -2);
    if (v === 0) body = (flags & Py_DTSF_ADD_DOT_0) ? '0.0' : '0';
    // '#' keeps a decimal point even without digits after it: 1.e+20, 0.
    if (alt && !body.includes('.')) {
      const e = body.search(/e/);
      body = e < 0 ? body + '.' : body.slice(0, e) + '.' + body.slice(e);
    }
    if ((flags & Py_DTSF_NO_NEG_0) && v === 0) neg = false;
    return sign() + body;
  }
  let digits = '', decpt = 1;
  if (v !== 0) ({ digits, decpt } = exactDigits(v));
  if (lc === 'f') {
    [digits, decpt] = roundDigits(digits, decpt, decpt + precision);
    body = fixed(digits, decpt, precision, alt);
  } else if (lc === 'e') {
    [digits, decpt] = roundDigits(digits, decpt, precision + 1);
    body = expo(digits, decpt, precision, alt, upper ? 'E' : 'e');
  } else {
    // 'g': precision significant digits, positional when -4 <= exponent < precision.
    const p = precision === 0 ? 1 : precision;
    [digits, decpt] = roundDigits(digits, decpt, p);
    const x = digits === '' ? 0 : decpt - 1;
    // With ADD_DOT_0 (format() without a type) an integral result that would need ".0" to
    // look like a float switches to exponent notation one digit earlier.
    if (x >= -4 && x < ((flags & Py_DTSF_ADD_DOT_0) ? p - 1 : p)) {
      body = fixed(digits, decpt, p - 1 - x, alt);
      if (!alt && body.includes('.')) body = body.replace(/0+$/, '').replace(/\.$/, '');
      if ((flags & Py_DTSF_ADD_DOT_0) && !body.includes('.')) body += '.0';
    } else {
      body = expo(digits, decpt, p - 1, alt, upper ? 'E' : 'e');
      if (!alt) {
        body = body.replace(/\.(\d*?)0*(?=[eE])/, (_m, d: string) => (d ? '.' + d : ''));
      }
    }
  }
  if ((flags & Py_DTSF_NO_NEG_0) && neg && !/[1-9]/.test(body)) neg = false;
  return sign() + body;
}
