// Mirrors Python/pystrtod.c (PyOS_double_to_string with 'r', format_float_short): the
// shortest text that reads back to the same double, in CPython's layout. JS already finds
// the shortest digits (Number#toExponential without an argument); we only re-lay them out.

/**
 * repr(float): shortest round-trip digits; exponent notation when the decimal exponent is
 * below -4 or at least 16 (`1e+16`, `1e-05`), else positional with at least one decimal.
 * @see Python/pystrtod.c format_float_short
 */
export function floatRepr(v: number): string {
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const e = v.toExponential(); // "-d.ddde+x"
  const neg = v < 0;
  const ePos = e.indexOf('e');
  const mant = e.slice(neg ? 1 : 0, ePos);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  const exp = Number(e.slice(ePos + 1));
  return (neg ? '-' : '') + layoutShort(digits, exp, true);
}

/**
 * Lay out `digits` (d1 d2 ..., value = 0.d1d2... * 10**(exp+1)) as CPython's 'r' repr does.
 * `addDotZero`: integral values get ".0" (repr) when positional.
 */
export function layoutShort(digits: string, exp: number, addDotZero: boolean): string {
  if (exp < -4 || exp >= 16) {
    let s = digits[0];
    if (digits.length > 1) s += '.' + digits.slice(1);
    const ae = Math.abs(exp);
    return s + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  }
  const decpt = exp + 1;
  if (decpt <= 0) return '0.' + '0'.repeat(-decpt) + digits;
  if (decpt >= digits.length) {
    return digits + '0'.repeat(decpt - digits.length) + (addDotZero ? '.0' : '');
  }
  return digits.slice(0, decpt) + '.' + digits.slice(decpt);
}
