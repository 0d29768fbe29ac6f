// The subject side of Modules/_sre/sre.c: getstring (what a str or bytes-like object looks
// like to the matcher), state_init (the clamped pos/endpos), getslice and state_getslice
// (groups back out as str or bytes), and the Py_ssize_t arguments pos, endpos, count, maxsplit.

import type { PyObject, PyTypeObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import {
  PyUnicode, PyUnicode_Type, newStr, unicodeKind,
} from '@ceval/core/objects/unicodeobject';
import { PyBytes, PyBytes_Type, newBytes } from '@ceval/core/objects/bytesobject';
import { PyLong } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyExc_TypeError, PyExc_OverflowError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { SreState } from './sre_state.js';

/**
 * A subject as the matcher reads it: one Int32Array slot per code point (str) or byte, and
 * for str with astral characters the UTF-16 offset of each code point, to slice groups out.
 */
export interface Subject {
  text: Int32Array;
  isbytes: boolean;
  /** offs[i] = UTF-16 offset of code point i (length n+1), or null when they coincide. */
  offs: Int32Array | null;
}

// str and bytes are immutable, so one decoding serves every search of the same object
// (json's scanner matches the same document at thousands of positions).
const cache = new WeakMap<PyObject, Subject>();
let lastObj: PyObject | null = null;
let lastSubject: Subject | null = null;

function decodeStr(u: PyUnicode): Subject {
  const s = u.value;
  if (unicodeKind(u) !== 4) {
    const text = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) text[i] = s.charCodeAt(i);
    return { text, isbytes: false, offs: null };
  }
  const cps: number[] = [];
  const offs: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    offs.push(i);
    cps.push(c);
    if (c > 0xffff) i++;
  }
  offs.push(s.length);
  return { text: Int32Array.from(cps), isbytes: false, offs: Int32Array.from(offs) };
}

function isUnicode(o: PyObject): boolean {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    if (t === PyUnicode_Type) return true;
  }
  return false;
}

function isBytes(o: PyObject): boolean {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    if (t === PyBytes_Type) return true;
  }
  return false;
}

/**
 * The subject behind a str or bytes object, or null for anything else (no buffer protocol
 * beyond bytes yet: bytearray, memoryview and array arrive with their types).
 * @see sre.c getstring
 */
export function getSubject(o: PyObject): Subject | null {
  if (o === lastObj) return lastSubject;
  let s = cache.get(o);
  if (s === undefined) {
    if (isUnicode(o)) s = decodeStr(o as PyUnicode);
    else if (isBytes(o)) s = { text: Int32Array.from((o as PyBytes).value), isbytes: true, offs: null };
    else return null;
    cache.set(o, s);
  }
  lastObj = o;
  lastSubject = s;
  return s;
}

/** getstring's error for what is neither str nor bytes-like. */
export function expectedString(o: PyObject): never {
  throw raiseNew(PyExc_TypeError,
    `expected string or bytes-like object, got '${o.ob_type.tp_name}'`);
}

/**
 * Prepare a search of `string` between pos and endpos. `isbytes` is the pattern's (-1 for a
 * pattern compiled from None, which accepts either). @see sre.c state_init
 */
export function stateInit(isbytes: number, groups: number, string: PyObject, start: number,
  end: number): SreState {
  const s = getSubject(string);
  if (s === null) expectedString(string);
  if (s.isbytes && isbytes === 0) {
    throw raiseNew(PyExc_TypeError, 'cannot use a string pattern on a bytes-like object');
  }
  if (!s.isbytes && isbytes > 0) {
    throw raiseNew(PyExc_TypeError, 'cannot use a bytes pattern on a string-like object');
  }
  const length = s.text.length;
  start = start < 0 ? 0 : start > length ? length : start;
  end = end < 0 ? 0 : end > length ? length : end;
  const state = new SreState(s.text, string, s.isbytes, groups, start, end);
  state.offs = s.offs;
  return state;
}

/** string[i:j] as str or bytes (the object itself when exact and whole). @see sre.c getslice */
export function getslice(isbytes: boolean, string: PyObject, offs: Int32Array | null,
  i: number, j: number): PyObject {
  if (isbytes) {
    const v = (string as PyBytes).value;
    if (string.ob_type === PyBytes_Type && i === 0 && j === v.length) return string;
    return newBytes(v.slice(i, j));
  }
  const v = (string as PyUnicode).value;
  if (offs !== null) {
    i = offs[i];
    j = offs[j];
  }
  if (string.ob_type === PyUnicode_Type && i === 0 && j === v.length) return string;
  return newStr(v.slice(i, j));
}

/** Group `index` of the state's current match, or None (or '' with `empty`). */
export function stateGetslice(state: SreState, index: number, empty: boolean): PyObject {
  const m = (index - 1) * 2;
  let i = 0;
  let j = 0;
  if (m >= state.lastmark || state.mark[m] < 0 || state.mark[m + 1] < 0) {
    if (!empty) return Py_None;
  } else {
    i = state.mark[m];
    j = state.mark[m + 1];
  }
  return getslice(state.isbytes, state.string, state.offs, i, j);
}

/** The index behind an int-like object, as PyNumber_Index finds it. */
export function indexValue(o: PyObject): number | bigint | null {
  if (o instanceof PyLong) return o.value;
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    const f = t.tp_as_number?.nb_index;
    if (f) {
      const r = f(o);
      if (!(r instanceof PyLong)) {
        throw raiseNew(PyExc_TypeError, `__index__ returned non-int (type ${typeName(r.ob_type)})`);
      }
      return r.value;
    }
  }
  return null;
}

const SSIZE_MAX = 9223372036854775807n;

/** A Py_ssize_t argument (Argument Clinic's converter). */
export function ssizeArg(o: PyObject): number {
  const v = indexValue(o);
  if (v === null) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}
