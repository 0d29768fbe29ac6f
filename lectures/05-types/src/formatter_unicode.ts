// Mirrors Python/formatter_unicode.c: the format mini-language of int, bool, float, complex
// and str (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`), parsed once
// (parse_internal_render_format_spec) and rendered with CPython's padding and grouping rules.

import { PyLong } from '@ceval/core/objects/longobject';
import { PyComplex } from '@ceval/core/objects/complexobject';
import { doubleToString, Py_DTSF_ALT, Py_DTSF_ADD_DOT_0, Py_DTSF_NO_NEG_0 }
  from '@ceval/core/objects/floatformat';
import { PyExc_ValueError, PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';

/** A parsed spec: InternalFormatSpec. `type` is '' where C has '\0'. */
export interface FormatSpec {
  fill: string; fillSpecified: boolean; align: string; sign: string; noNeg0: boolean;
  alt: boolean; width: number; grouping: '' | ',' | '_'; precision: number; type: string;
}

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

function valueError(msg: string): never {
  throw raiseNew(PyExc_ValueError, msg);
}

/** `'x'` or `'\x..'` for a code in an error message, as CPython prints a presentation type. */
function codeText(c: string): string {
  const n = c.codePointAt(0)!;
  return n > 32 && n < 128 ? `'${c}'` : `'\\x${n.toString(16)}'`;
}

/**
 * Parse a spec for an object of type `tpName`. The order of the checks is CPython's, so a
 * spec with several faults reports the one CPython reports.
 * @see Python/formatter_unicode.c parse_internal_render_format_spec
 */
export function parseFormatSpec(spec: string, tpName: string, defaultType: string,
  defaultAlign: string): FormatSpec {
  const cs = Array.from(spec);
  const end = cs.length;
  let pos = 0;
  const f: FormatSpec = { fill: ' ', fillSpecified: false, align: defaultAlign, sign: '',
    noNeg0: false, alt: false, width: -1, grouping: '', precision: -1, type: defaultType };
  const isAlign = (c: string | undefined): boolean => c === '<' || c === '>' || c === '='
    || c === '^';
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cs[pos + 1])) {
    f.fill = cs[pos];
    f.align = cs[pos + 1];
    f.fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cs[pos])) {
    f.align = cs[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cs[pos] === '+' || cs[pos] === '-' || cs[pos] === ' ')) {
    f.sign = cs[pos++];
  }
  if (end - pos >= 1 && cs[pos] === 'z') { f.noNeg0 = true; pos++; }
  if (end - pos >= 1 && cs[pos] === '#') { f.alt = true; pos++; }
  // A leading '0' means fill with zeros (and, for numbers, pad after the sign).
  if (!f.fillSpecified && end - pos >= 1 && cs[pos] === '0') {
    f.fill = '0';
    if (!alignSpecified && defaultAlign === '>') f.align = '=';
    pos++;
  }
  const integer = (): number => {
    let acc = 0;
    let n = 0;
    while (pos < end && cs[pos] >= '0' && cs[pos] <= '9') {
      const d = cs[pos].charCodeAt(0) - 48;
      if (acc > (PY_SSIZE_T_MAX - d) / 10) valueError('Too many decimal digits in format string');
      acc = acc * 10 + d;
      pos++;
      n++;
    }
    return n === 0 ? -1 : acc;
  };
  f.width = integer();
  if (end - pos >= 1 && cs[pos] === ',') { f.grouping = ','; pos++; }
  if (end - pos >= 1 && cs[pos] === '_') {
    if (f.grouping !== '') valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (end - pos >= 1 && cs[pos] === ',' && f.grouping === '_') {
    valueError("Cannot specify both ',' and '_'.");
  }
  if (end - pos >= 1 && cs[pos] === '.') {
    pos++;
    f.precision = integer();
    if (f.precision < 0) valueError('Format specifier missing precision');
  }
  if (end - pos > 1) {
    valueError(`Invalid format specifier '${spec}' for object of type '${tpName}'`);
  }
  if (end - pos === 1) f.type = cs[pos++];
  if (f.grouping !== '') {
    const t = f.type;
    const ok = 'defgEG%F'.includes(t) || t === ''
      || (f.grouping === '_' && 'boxX'.includes(t));
    if (!ok) {
      valueError(`Cannot specify '${f.grouping}' with ${codeText(t)}.`);
    }
  }
  return f;
}

function unknownType(t: string, tpName: string): never {
  valueError(`Unknown format code ${codeText(t)} for object of type '${tpName}'`);
}

/**
 * Digits with separators every `every`, zero-padded first to at least `minWidth` characters
 * when the spec asks for zero padding (a group never starts with a separator).
 * @see Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping
 */
function groupDigits(digits: string, sep: string, every: number, minWidth: number): string {
  const grouped = (d: string): string => {
    if (sep === '') return d;
    let out = '';
    for (let i = 0; i < d.length; i++) {
      if (i > 0 && (d.length - i) % every === 0) out += sep;
      out += d[i];
    }
    return out;
  };
  let d = digits;
  let g = grouped(d);
  while (g.length < minWidth) {
    d = '0' + d;
    g = grouped(d);
  }
  return g;
}

/**
 * Lay out sign + prefix + digits + remainder in `width`: the padding goes left, right, both
 * sides, or (for '=') between the sign and the digits; with fill '0' and '=' the digits
 * themselves are zero-extended, separators included. @see calc_number_widths, fill_number
 */
function layoutNumber(f: FormatSpec, sign: string, prefix: string, digits: string,
  remainder: string, every: number): string {
  const nonDigits = sign.length + prefix.length + Array.from(remainder).length;
  const minWidth = f.fill === '0' && f.align === '=' ? f.width - nonDigits : 0;
  const body = digits === '' ? '' : groupDigits(digits, f.grouping, every, minWidth);
  const padding = f.width - (nonDigits + body.length);
  let left = '', mid = '', right = '';
  if (padding > 0) {
    if (f.align === '<') right = f.fill.repeat(padding);
    else if (f.align === '^') {
      left = f.fill.repeat(padding >> 1);
      right = f.fill.repeat(padding - (padding >> 1));
    } else if (f.align === '=') mid = f.fill.repeat(padding);
    else left = f.fill.repeat(padding);
  }
  return left + sign + prefix + mid + body + remainder + right;
}

function signChar(negative: boolean, f: FormatSpec): string {
  if (negative) return '-';
  return f.sign === '+' ? '+' : f.sign === ' ' ? ' ' : '';
}

/** An int under a spec. @see formatter_unicode.c format_long_internal */
export function formatLong(v: PyLong, spec: string, tpName: string): string {
  const f = parseFormatSpec(spec, tpName, 'd', '>');
  const t = f.type;
  if ('eEfFgG%'.includes(t)) {
    const x = v.value;
    if (typeof x === 'bigint' && (x > 1.7976931348623157e308 || x < -1.7976931348623157e308)) {
      throw raiseNew(PyExc_OverflowError, 'int too large to convert to float');
    }
    return formatDouble(Number(x), f);
  }
  if (!'bcdoxXn'.includes(t) || t === '') unknownType(t, tpName);
  if (f.precision !== -1) valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const x = BigInt(v.value);
  if (t === 'c') {
    if (f.sign !== '') valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (x >= 1n << 63n || x < -(1n << 63n)) {
      throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C long');
    }
    if (x < 0n || x > 0x10ffffn) {
      throw raiseNew(PyExc_OverflowError, '%c arg not in range(0x110000)');
    }
    return layoutNumber(f, '', '', '', String.fromCodePoint(Number(x)), 3);
  }
  const neg = x < 0n;
  const a = neg ? -x : x;
  const base = t === 'x' || t === 'X' ? 16 : t === 'o' ? 8 : t === 'b' ? 2 : 10;
  let digits = a.toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = f.alt && base !== 10 ? '0' + (t === 'o' ? 'o' : t === 'b' ? 'b' : t) : '';
  // 'n' groups by the locale's rules: none in the C locale ceval runs in.
  return layoutNumber(f, signChar(neg, f), prefix, digits, '', base === 10 ? 3 : 4);
}

/** Split a formatted number into its leading digits and the rest ("1234", ".5e+10%"). */
function splitDigits(s: string): [string, string] {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return [s.slice(0, i), s.slice(i)];
}

interface Rendered { negative: boolean; digits: string; remainder: string }

/** PyOS_double_to_string under the spec's type and precision, without a sign. */
function renderDouble(v: number, f: FormatSpec, forComplex: boolean): Rendered {
  let type = f.type;
  let precision = f.precision;
  let flags = (f.alt ? Py_DTSF_ALT : 0) | (f.noNeg0 ? Py_DTSF_NO_NEG_0 : 0);
  let defaultPrecision = 6;
  if (type === '') {
    if (!forComplex) flags |= Py_DTSF_ADD_DOT_0;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') { type = 'f'; v *= 100; pct = true; }
  if (precision > 2147483647) valueError('precision too big');
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let s = doubleToString(v, type, precision, flags);
  if (pct) s += '%';
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  const [digits, remainder] = splitDigits(s);
  return { negative, digits, remainder };
}

/** A float under a parsed spec. @see formatter_unicode.c format_float_internal */
function formatDouble(v: number, f: FormatSpec): string {
  const r = renderDouble(v, f, false);
  return layoutNumber(f, signChar(r.negative, f), '', r.digits, r.remainder, 3);
}

/** A float under a spec. */
export function formatFloatSpec(v: number, spec: string, tpName: string): string {
  const f = parseFormatSpec(spec, tpName, '', '>');
  if (!'eEfFgGn%'.includes(f.type)) unknownType(f.type, tpName);
  return formatDouble(v, f);
}

/**
 * A complex under a spec: both parts formatted alike (the imaginary one always signed
 * unless the real part is left out), then padded as one piece.
 * @see formatter_unicode.c format_complex_internal
 */
export function formatComplexSpec(c: PyComplex, spec: string, tpName: string): string {
  const f = parseFormatSpec(spec, tpName, '', '>');
  if (!'eEfFgGn'.includes(f.type)) unknownType(f.type, tpName);
  if (f.fill === '0') {
    valueError('Zero padding is not allowed in complex format specifier');
  }
  if (f.align === '=') valueError("'=' alignment flag is not allowed in complex format specifier");
  let skipRe = false;
  let parens = false;
  if (f.type === '') {
    if (c.real === 0 && !Object.is(c.real, -0)) skipRe = true;
    else parens = true;
  }
  const inner: FormatSpec = { ...f, fill: '', align: '<', width: -1 };
  const re = renderDouble(c.real, inner, true);
  const im = renderDouble(c.imag, inner, true);
  const piece = (r: Rendered, sign: string): string => layoutNumber({ ...inner, sign },
    signChar(r.negative, { ...inner, sign }), '', r.digits, r.remainder, 3);
  const reText = skipRe ? '' : piece(re, f.sign);
  const imText = piece(im, skipRe ? f.sign : '+');
  const body = (parens ? '(' : '') + reText + imText + 'j' + (parens ? ')' : '');
  const n = Array.from(body).length;
  const total = f.width > n ? f.width : n;
  const extra = total - n;
  const lpad = f.align === '>' ? extra : f.align === '^' ? extra >> 1 : 0;
  return f.fill.repeat(lpad) + body + f.fill.repeat(extra - lpad);
}

/** A str under a spec. @see formatter_unicode.c format_string_internal */
export function formatStringSpec(s: string, spec: string, tpName: string): string {
  const f = parseFormatSpec(spec, tpName, 's', '<');
  if (f.type !== 's') unknownType(f.type, tpName);
  if (f.sign !== '') {
    valueError(f.sign === ' ' ? 'Space not allowed in string format specifier'
      : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alt) valueError('Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') valueError("'=' alignment not allowed in string format specifier");
  let cps = Array.from(s);
  if (f.precision >= 0 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  const n = cps.length;
  const text = cps.join('');
  if (f.width <= n) return text;
  const extra = f.width - n;
  const lpad = f.align === '>' ? extra : f.align === '^' ? extra >> 1 : 0;
  return f.fill.repeat(lpad) + text + f.fill.repeat(extra - lpad);
}
