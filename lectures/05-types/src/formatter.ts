// Mirrors Python/formatter_unicode.c (the format mini-language: parse_internal_render_format_spec,
// format_long_internal, format_float_internal, format_string_internal) and the field parser of
// Objects/stringlib/unicode_format.h behind str.format. f-strings reach the same code through
// FORMAT_SIMPLE / FORMAT_WITH_SPEC.

import { PyObject, typeName } from '@ceval/core/object';
import { PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { PyUnicode, unicodeLength } from '@ceval/core/objects/unicodeobject';
import { PyBool } from '@ceval/core/objects/boolobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { strString, reprString } from '@ceval/core/objects/objectcore';
import { doubleToString, Py_DTSF_ALT, Py_DTSF_ADD_DOT_0, Py_DTSF_NO_NEG_0 }
  from '@ceval/core/objects/floatformat';
import {
  PyExc_ValueError, PyExc_TypeError, PyExc_IndexError, PyExc_KeyError, PyExc_OverflowError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { newException } from '@ceval/core/objects/exceptions';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { lookupInType } from '@ceval/core/runtime/abstract';
import { PyCFunction } from '@ceval/core/runtime/methodobject';

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
interface Spec {
  fill: string; align: string; sign: string; z: boolean; alt: boolean;
  width: number; grouping: string; precision: number; type: string;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su;

function parseSpec(spec: string, defaultType: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (m === null) {
    throw raiseNew(PyExc_ValueError, 'Invalid format specifier '
      + `'${spec}' for object of type '${defaultType === 's' ? 'str' : defaultType === 'd' ? 'int' : 'float'}'`);
  }
  let fill = m[1] ?? '';
  let align = m[2] ?? '';
  if (m[6] && !align) { fill = '0'; align = '='; }
  const type = m[10] ?? defaultType;
  // PEP 378/515: ',' only with decimal and float types, '_' also with b/o/x/X. Checked while
  // parsing, so it wins over "Unknown format code" (parse_internal_render_format_spec).
  if (m[8] && !'defgEGF%'.includes(type) && !(m[8] === '_' && 'boxX'.includes(type))) {
    const c = type.charCodeAt(0);
    throw raiseNew(PyExc_ValueError, `Cannot specify '${m[8]}' with ` + (c > 32 && c < 128
      ? `'${type}'.` : `'\\x${c.toString(16)}'.`));
  }
  return {
    fill: fill || ' ', align, sign: m[3] ?? '', z: !!m[4], alt: !!m[5],
    width: m[7] ? Number(m[7]) : -1, grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1, type: m[10] ?? '',
  };
}

function group(digits: string, sep: string, every: number): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function align(s: Spec, sign: string, body: string, defaultAlign: string): string {
  const len = [...sign].length + [...body].length;
  if (s.width <= len) return sign + body;
  const n = s.width - len;
  const a = s.align || defaultAlign;
  if (a === '<') return sign + body + s.fill.repeat(n);
  if (a === '>') return s.fill.repeat(n) + sign + body;
  if (a === '=') return sign + s.fill.repeat(n) + body;
  const left = Math.floor(n / 2);
  return s.fill.repeat(left) + sign + body + s.fill.repeat(n - left);
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

/** format_long_internal. */
function formatInt(v: bigint, s: Spec, typeLabel: string): string {
  const t = s.type || 'd';
  if ('eEfFgG%'.includes(t)) return formatFloat(Number(v), s);
  if (s.precision >= 0) {
    throw raiseNew(PyExc_ValueError, 'Precision not allowed in integer format specifier');
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = '';
  switch (t) {
    case 'd': case 'n': digits = a.toString(); break;
    case 'x': digits = a.toString(16); prefix = '0x'; break;
    case 'X': digits = a.toString(16).toUpperCase(); prefix = '0X'; break;
    case 'o': digits = a.toString(8); prefix = '0o'; break;
    case 'b': digits = a.toString(2); prefix = '0b'; break;
    case 'c': {
      if (s.sign) throw raiseNew(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
      if (s.alt) {
        throw raiseNew(PyExc_ValueError,
          "Alternate form (#) not allowed with integer format specifier 'c'");
      }
      // PyLong_AsLong first, then the code point range: two different OverflowErrors.
      if (typeof v === 'bigint' && (v >= 1n << 63n || v < -(1n << 63n))) {
        throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C long');
      }
      const cp = Number(v);
      if (cp < 0 || cp > 0x10ffff) {
        throw raiseNew(PyExc_OverflowError, '%c arg not in range(0x110000)');
      }
      return align(s, '', String.fromCodePoint(cp), '>');
    }
    default:
      throw raiseNew(PyExc_ValueError,
        `Unknown format code '${t}' for object of type '${typeLabel}'`);
  }
  if (s.grouping) digits = group(digits, s.grouping, 'xXob'.includes(t) ? 4 : 3);
  const sign = signOf(neg, s) + (s.alt ? prefix : '');
  if (s.align === '=' && s.fill === '0' && s.grouping && s.width > 0) {
    // Zero padding participates in grouping: 0,001,234.
    const need = s.width - [...sign].length;
    let raw = a.toString();
    while (group(raw, s.grouping, 3).length < need) raw = '0' + raw;
    return sign + group(raw, s.grouping, 3);
  }
  return align(s, sign, digits, '>');
}

/** format_float_internal. */
function formatFloat(v: number, s: Spec): string {
  let t = s.type;
  let prec = s.precision;
  let flags = (s.alt ? Py_DTSF_ALT : 0) | (s.z ? Py_DTSF_NO_NEG_0 : 0);
  let pct = false;
  if (t === '') {
    t = prec < 0 ? 'r' : 'g';
    if (prec >= 0) flags |= Py_DTSF_ADD_DOT_0;
    else flags |= Py_DTSF_ADD_DOT_0;
    if (prec === 0) prec = 1;
  } else if (t === 'n') t = 'g';
  if (t === '%') { v *= 100; t = 'f'; pct = true; }
  if (!'eEfFgGr'.includes(t)) {
    throw raiseNew(PyExc_ValueError, `Unknown format code '${t}' for object of type 'float'`);
  }
  if (prec < 0) prec = 6;
  let body = doubleToString(v, t, prec, flags);
  const neg = body.startsWith('-');
  if (neg) body = body.slice(1);
  if (pct) body += '%';
  if (s.grouping) {
    const m = /^(\d+)(.*)$/s.exec(body);
    if (m) body = group(m[1], s.grouping, 3) + m[2];
  }
  const sign = signOf(neg, s);
  if (s.align === '=' && s.fill === '0' && s.grouping && s.width > 0) {
    const m = /^(\d+)(.*)$/s.exec(body.replace(/[,_]/g, ''))!;
    let raw = m[1];
    while ((group(raw, s.grouping, 3) + m[2]).length < s.width - sign.length) raw = '0' + raw;
    return sign + group(raw, s.grouping, 3) + m[2];
  }
  return align(s, sign, body, '>');
}

/**
 * format(value, spec) for the built-in types. @see Objects/abstract.c PyObject_Format and
 * Python/formatter_unicode.c
 */
export function formatValue(v: PyObject, spec: string): string {
  if ((v.ob_type.tp_flags & (1 << 9)) !== 0) {
    // A class (lecture 08) may define __format__; a built-in base's formatting applies
    // otherwise. @see Objects/abstract.c PyObject_Format
    const m = lookupInType(v, v.ob_type, '__format__');
    if (m !== null && !(m instanceof PyCFunction)) {
      const r = currentInterpreter().callObject(m, [newStr(spec)], null);
      if (!(r instanceof PyUnicode)) {
        throw raiseNew(PyExc_TypeError, `__format__ must return a str, not ${typeName(r.ob_type)}`);
      }
      return r.value;
    }
  }
  if (v instanceof PyUnicode) {
    if (spec === '') return v.value;
    const s = parseSpec(spec, 's');
    if (s.type && s.type !== 's') {
      throw raiseNew(PyExc_ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
    }
    if (s.sign) throw raiseNew(PyExc_ValueError, 'Sign not allowed in string format specifier');
    if (s.align === '=') {
      throw raiseNew(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
    }
    let text = v.value;
    if (s.precision >= 0) text = [...text].slice(0, s.precision).join('');
    return align(s, '', text, '<');
  }
  if (PyLong_Check(v)) {
    if (spec === '') return strString(v);
    const s = parseSpec(spec, 'd');
    const x = (v as PyLong).value;
    return formatInt(typeof x === 'number' ? BigInt(x) : x, s,
      v instanceof PyBool ? 'bool' : 'int');
  }
  if (PyFloat_Check(v)) {
    if (spec === '') return strString(v);
    return formatFloat((v as PyFloat).value, parseSpec(spec, 'f'));
  }
  if (spec !== '') {
    throw raiseNew(PyExc_TypeError,
      `unsupported format string passed to ${typeName(v.ob_type)}.__format__`);
  }
  return strString(v);
}

/**
 * str.format(*args, **kwargs): fields, conversions !r !s !a, nested specs. A replacement
 * field inside a format spec (`'{:<{}}'`) is rendered first, with the same automatic
 * numbering as the outer fields, and at most two levels deep.
 * @see Objects/stringlib/unicode_format.h build_string, render_field
 */
export function formatMethod(fmt: string, args: PyObject[], kw: PyObject | null): string {
  return renderFormat(fmt, args, kw, { auto: 0 }, 2);
}

function renderFormat(fmt: string, args: PyObject[], kw: PyObject | null,
  numbering: { auto: number }, recursionDepth: number): string {
  if (recursionDepth <= 0) throw raiseNew(PyExc_ValueError, 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  const lookup = (field: string): PyObject => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    let obj: PyObject;
    if (m[1] === '') {
      if (numbering.auto < 0) {
        throw raiseNew(PyExc_ValueError,
          'cannot switch from manual field specification to automatic field numbering');
      }
      if (numbering.auto >= args.length) {
        throw raiseNew(PyExc_IndexError,
          `Replacement index ${numbering.auto} out of range for positional args tuple`);
      }
      obj = args[numbering.auto++];
    } else if (/^\d+$/.test(m[1])) {
      if (numbering.auto > 0) {
        throw raiseNew(PyExc_ValueError,
          'cannot switch from automatic field numbering to manual field specification');
      }
      numbering.auto = -1;
      const k = Number(m[1]);
      if (k >= args.length) {
        throw raiseNew(PyExc_IndexError,
          `Replacement index ${k} out of range for positional args tuple`);
      }
      obj = args[k];
    } else {
      const v = kw instanceof PyDict ? kw.getItemStr(m[1]) : null;
      if (v === null) throw newException(PyExc_KeyError, [newStr(m[1])]);
      obj = v;
    }
    const interp = currentInterpreter();
    for (const part of m[2].matchAll(/\.([^.[]+)|\[([^\]]+)\]/g)) {
      if (part[1] !== undefined) obj = interp.hooks.getAttr(obj, newStr(part[1]) as PyUnicode);
      else {
        const key = /^\d+$/.test(part[2]) ? undefined : newStr(part[2]);
        const mp = obj.ob_type.tp_as_mapping;
        const k = key ?? new PyLong(Number(part[2]));
        obj = mp !== null && mp.mp_subscript !== null ? mp.mp_subscript(obj, k) : obj;
      }
    }
    return obj;
  };
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') { out += '{'; i += 2; continue; }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= fmt.length) throw raiseNew(PyExc_ValueError, "Single '{' encountered in format string");
      const inner = fmt.slice(i + 1, j);
      const mm = /^([^!:]*)(?:!(.))?(?::(.*))?$/s.exec(inner)!;
      let obj = lookup(mm[1]);
      if (mm[2] === 'r') obj = newStr(reprString(obj));
      else if (mm[2] === 's') obj = newStr(strString(obj));
      else if (mm[2] === 'a') obj = newStr(asciiRepr(reprString(obj)));
      else if (mm[2] !== undefined) {
        throw raiseNew(PyExc_ValueError, `Unknown conversion specifier ${mm[2]}`);
      }
      const spec = mm[3] === undefined ? ''
        : renderFormat(mm[3], args, kw, numbering, recursionDepth - 1);
      out += formatValue(obj, spec);
      i = j + 1;
    } else if (c === '}') {
      if (fmt[i + 1] === '}') { out += '}'; i += 2; continue; }
      throw raiseNew(PyExc_ValueError, "Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** ascii(): repr with non-ASCII characters escaped. @see Objects/object.c PyObject_ASCII */
export function asciiRepr(r: string): string {
  let out = '';
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (cp < 256) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out;
}

export { unicodeLength };
