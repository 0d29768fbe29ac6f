// Mirrors str.maketrans (unicode_maketrans_impl) and str.translate (_PyUnicode_TranslateCharmap)
// of Objects/unicodeobject.c: a translation table maps code points (ints) to a code point, a
// string, or None for deletion; a missing key leaves the character alone.

import { PyObject, typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyLong, PyLong_Check, newInt } from '@ceval/core/objects/longobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import {
  PyExc_TypeError, PyExc_ValueError, PyExc_LookupError, excMatches,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { getItem } from './abstract.js';

/**
 * str.maketrans(x[, y[, z]]): a dict for one argument, or two equal-length strings paired
 * character by character, with z's characters mapped to None.
 * @see Objects/unicodeobject.c unicode_maketrans_impl
 */
export function unicodeMaketrans(args: PyObject[]): PyObject {
  const out = new PyDict();
  const [x, y, z] = args;
  if (y === undefined) {
    if (!(x instanceof PyDict)) {
      throw raiseNew(PyExc_TypeError,
        'if you give only one argument to maketrans it must be a dict');
    }
    for (const e of x.entries()) {
      const k = e.key;
      if (k instanceof PyUnicode) {
        const cps = [...k.value];
        if (cps.length !== 1) {
          throw raiseNew(PyExc_ValueError, 'string keys in translate table must be of length 1');
        }
        out.setItem(newInt(cps[0].codePointAt(0)!), e.value);
      } else if (PyLong_Check(k)) out.setItem(k, e.value);
      else throw raiseNew(PyExc_TypeError, 'keys in translate table must be strings or integers');
    }
    return out;
  }
  if (!(x instanceof PyUnicode) || !(y instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, 'maketrans() argument 1 must be str, not '
      + typeName((x instanceof PyUnicode ? y : x).ob_type));
  }
  const a = [...x.value];
  const b = [...y.value];
  if (a.length !== b.length) {
    throw raiseNew(PyExc_ValueError, 'the first two maketrans arguments must have equal length');
  }
  for (let i = 0; i < a.length; i++) {
    out.setItem(newInt(a[i].codePointAt(0)!), newInt(b[i].codePointAt(0)!));
  }
  if (z !== undefined) {
    if (!(z instanceof PyUnicode)) {
      throw raiseNew(PyExc_TypeError, `maketrans() argument 3 must be str, not ${
        typeName(z.ob_type)}`);
    }
    for (const c of z.value) out.setItem(newInt(c.codePointAt(0)!), Py_None);
  }
  return out;
}

/** str.translate(table). @see Objects/unicodeobject.c _PyUnicode_TranslateCharmap */
export function unicodeTranslate(s: string, table: PyObject): PyObject {
  let out = '';
  for (const c of s) {
    let v: PyObject;
    try {
      v = getItem(table, newInt(c.codePointAt(0)!));
    } catch (e) {
      // LookupError (KeyError, IndexError) means "no mapping": keep the character.
      if (e instanceof PyObject && excMatches(e.ob_type, PyExc_LookupError)) { out += c; continue; }
      throw e;
    }
    if (v === Py_None) continue;
    if (v instanceof PyUnicode) out += v.value;
    else if (PyLong_Check(v)) {
      const cp = Number((v as PyLong).value);
      if (cp < 0 || cp > 0x10ffff) {
        throw raiseNew(PyExc_ValueError, 'character mapping must be in range(0x110000)');
      }
      out += String.fromCodePoint(cp);
    } else {
      throw raiseNew(PyExc_TypeError, 'character mapping must return integer, None or str');
    }
  }
  return newStr(out);
}
