// Mirrors PyObject_Format of Objects/abstract.c (which type formats a value; the mini-language
// itself is formatter_unicode.ts) and the field parser of Objects/stringlib/unicode_format.h
// behind str.format. f-strings reach the same code through FORMAT_SIMPLE / FORMAT_WITH_SPEC.

import { PyObject, typeName } from '@ceval/core/object';
import { PyLong, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyFloat, PyFloat_Check } from '@ceval/core/objects/floatobject';
import { PyUnicode, unicodeLength } from '@ceval/core/objects/unicodeobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { strString, reprString } from '@ceval/core/objects/objectcore';
import { PyComplex } from '@ceval/core/objects/complexobject';
import { formatLong, formatFloatSpec, formatComplexSpec, formatStringSpec }
  from './formatter_unicode.js';
import {
  PyExc_ValueError, PyExc_TypeError, PyExc_IndexError, PyExc_KeyError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { newException } from '@ceval/core/objects/exceptions';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { lookupInType } from '@ceval/core/runtime/abstract';
import { PyCFunction } from '@ceval/core/runtime/methodobject';

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
    return formatStringSpec(v.value, spec, v.ob_type.tp_name);
  }
  if (PyLong_Check(v)) {
    if (spec === '') return strString(v);
    return formatLong(v as PyLong, spec, v.ob_type.tp_name);
  }
  if (PyFloat_Check(v)) {
    if (spec === '') return strString(v);
    return formatFloatSpec((v as PyFloat).value, spec, v.ob_type.tp_name);
  }
  if (v instanceof PyComplex) {
    if (spec === '') return strString(v);
    return formatComplexSpec(v, spec, v.ob_type.tp_name);
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
