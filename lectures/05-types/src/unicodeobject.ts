// Mirrors the protocols and common methods of Objects/unicodeobject.c: unicode_as_sequence
// (length, concat, repeat, item, contains), unicode_subscript (indexing and slicing by code
// point), PyUnicode_RichCompare, and the str methods programs use most. ceval stores a str as
// a JS string; when it has astral characters (PEP 393's 4-byte kind) indexes are converted
// between code points and UTF-16 units, so len('😀') == 1 as in CPython.

import { PyObject, PyTypeObject, PySequenceMethods, PyMappingMethods, PyMethodDef, typeName }
  from '@ceval/core/object';
import {
  PyUnicode, PyUnicode_Type, newStr, unicodeLength, unicodeCharAt, unicodeKind,
  unicodeSubstring, isPrintable,
} from '@ceval/core/objects/unicodeobject';
import { PyLong, PyLong_Check, newInt } from '@ceval/core/objects/longobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False, newBool } from '@ceval/core/objects/boolobject';
import { PyBytes } from '@ceval/core/objects/bytesobject';
import { strString } from '@ceval/core/objects/objectcore';
import { PyExc_TypeError, PyExc_ValueError, PyExc_IndexError }
  from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { newList } from '@ceval/core/runtime/listobject';
import { PySlice, slicePositions, seqIndex, sliceIndices, isIndex } from './sliceobject.js';
import { iterItems, isIterable, noArgs } from './abstract.js';
import { formatMethod } from './formatter.js';
import {
  unicodeLower, unicodeUpper, unicodeCasefold, unicodeSwapcase, unicodeTitle,
  unicodeCapitalize, unicodeIsUpper, unicodeIsLower, unicodeIsTitle,
} from './unicode-case.js';
import { unicodeTranslate } from './unicode-translate.js';
import { unicodeEncode, unicodeDecode, codecArg } from './unicode-codecs.js';

function kwGet(kw: PyObject | null, name: string): PyObject | undefined {
  return (kw as { getItemStr?: (k: string) => PyObject | null } | null)?.getItemStr?.(name)
    ?? undefined;
}

function sv(o: PyObject): string {
  return (o as PyUnicode).value;
}

function strArg(o: PyObject | undefined, method: string, argName = 'arg'): string {
  if (!(o instanceof PyUnicode)) {
    // Argument Clinic's converters ("argument 1 must be str") name None itself
    // (_PyArg_BadArgument); the older hand-written checks name its type.
    const clinic = argName.startsWith('argument');
    const what = o === undefined ? 'NoneType' : clinic && o === Py_None ? 'None'
      : typeName(o.ob_type);
    if (method === '') throw raiseNew(PyExc_TypeError, `must be str, not ${what}`);
    throw raiseNew(PyExc_TypeError, `${method}() ${argName} must be str, not ${what}`);
  }
  return o.value;
}

/** Code-point index of UTF-16 offset `off` in `s`. */
function cpIndex(u: PyUnicode, off: number): number {
  if (unicodeKind(u) !== 4) return off;
  let n = 0;
  for (let i = 0; i < off; i++) {
    const c = u.value.charCodeAt(i);
    if (!(c >= 0xdc00 && c < 0xe000 && i > 0)) n++;
    else {
      const p = u.value.charCodeAt(i - 1);
      if (!(p >= 0xd800 && p < 0xdc00)) n++;
    }
  }
  return n;
}

export const unicodeSequence: Partial<PySequenceMethods> = {
  sq_length: (o) => unicodeLength(o as PyUnicode),
  sq_concat: (a, b) => {
    if (!(b instanceof PyUnicode)) {
      throw raiseNew(PyExc_TypeError,
        `can only concatenate str (not "${typeName(b.ob_type)}") to str`);
    }
    return newStr(sv(a) + b.value);
  },
  sq_repeat: (a, n) => newStr(n > 0 ? sv(a).repeat(n) : ''),
  sq_item: (o, i) => {
    const u = o as PyUnicode;
    if (i < 0 || i >= unicodeLength(u)) throw raiseNew(PyExc_IndexError, 'string index out of range');
    return newStr(unicodeCharAt(u, i));
  },
  sq_contains: (o, x) => {
    if (!(x instanceof PyUnicode)) {
      throw raiseNew(PyExc_TypeError,
        `'in <string>' requires string as left operand, not ${typeName(x.ob_type)}`);
    }
    return sv(o).includes(x.value);
  },
};

export const unicodeMapping: Partial<PyMappingMethods> = {
  mp_length: (o) => unicodeLength(o as PyUnicode),
  mp_subscript: (o, key) => {
    const u = o as PyUnicode;
    const n = unicodeLength(u);
    if (key instanceof PySlice) {
      const [start, , step, len] = sliceIndices(key, n);
      if (step === 1) return newStr(unicodeSubstring(u, start, start + len));
      return newStr(slicePositions(key, n).map((p) => unicodeCharAt(u, p)).join(''));
    }
    if (!isIndex(key)) {
      // str words this differently from tuple and list (unicode_subscript).
      throw raiseNew(PyExc_TypeError,
        `string indices must be integers, not '${typeName(key.ob_type)}'`);
    }
    return newStr(unicodeCharAt(u, seqIndex(key, n, 'string')));
  },
};

/** Code-point order, as PyUnicode_Compare. @see unicodeobject.c PyUnicode_RichCompare */
export function unicodeRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if (!(a instanceof PyUnicode) || !(b instanceof PyUnicode)) return Py_NotImplemented;
  const x = a.value;
  const y = b.value;
  let c = 0;
  if (x !== y) {
    const xs = unicodeKind(a) === 4 || unicodeKind(b) === 4 ? [...x].map((ch) => ch.codePointAt(0)!)
      : null;
    if (xs === null) c = x < y ? -1 : 1;
    else {
      const ys = [...y].map((ch) => ch.codePointAt(0)!);
      const n = Math.min(xs.length, ys.length);
      let i = 0;
      while (i < n && xs[i] === ys[i]) i++;
      c = i < n ? xs[i] - ys[i] : xs.length - ys.length;
    }
  }
  const r = [c < 0, c <= 0, c === 0, c !== 0, c > 0, c >= 0][op];
  return r ? Py_True : Py_False;
}

const WS = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const WS_RUN = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

function maxsplitArg(args: PyObject[], kw: PyObject | null, i: number): number {
  const o = args[i] ?? (kw as { getItemStr?: (k: string) => PyObject | null } | null)
    ?.getItemStr?.('maxsplit') ?? null;
  return o === null ? -1 : Number((o as PyLong).value);
}

function sepArg(args: PyObject[], kw: PyObject | null): PyObject {
  return args[0] ?? (kw as { getItemStr?: (k: string) => PyObject | null } | null)
    ?.getItemStr?.('sep') ?? Py_None;
}

/** str.split(sep=None, maxsplit=-1). @see Objects/stringlib/split.h */
export function splitString(s: string, sep: PyObject, maxsplit: number): string[] {
  if (sep === Py_None) {
    const out: string[] = [];
    let rest = s.replace(new RegExp('^' + WS_RUN.source), '');
    while (rest.length > 0) {
      if (maxsplit >= 0 && out.length >= maxsplit) { out.push(rest); break; }
      const m = WS_RUN.exec(rest);
      if (m === null) { out.push(rest); break; }
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return out;
  }
  if (!(sep instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, `must be str or None, not ${typeName(sep.ob_type)}`);
  }
  const d = sep.value;
  if (d === '') throw raiseNew(PyExc_ValueError, 'empty separator');
  const parts = s.split(d);
  if (maxsplit < 0 || parts.length - 1 <= maxsplit) return parts;
  return [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(d)];
}

function rsplitString(s: string, sep: PyObject, maxsplit: number): string[] {
  if (maxsplit < 0) return splitString(s, sep, -1);
  if (sep === Py_None) {
    const out: string[] = [];
    let rest = s.replace(new RegExp(WS_RUN.source + '$'), '');
    while (rest.length > 0) {
      if (out.length >= maxsplit) { out.unshift(rest); break; }
      let j = rest.length;
      while (j > 0 && !WS.test(rest[j - 1])) j--;
      out.unshift(rest.slice(j));
      if (j === 0) break;
      let k = j;
      while (k > 0 && WS.test(rest[k - 1])) k--;
      rest = rest.slice(0, k);
    }
    return out;
  }
  if (!(sep instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, `must be str or None, not ${typeName(sep.ob_type)}`);
  }
  const d = sep.value;
  if (d === '') throw raiseNew(PyExc_ValueError, 'empty separator');
  const parts = s.split(d);
  if (parts.length - 1 <= maxsplit) return parts;
  const cut = parts.length - maxsplit;
  return [parts.slice(0, cut).join(d), ...parts.slice(cut)];
}

function stripChars(s: string, chars: PyObject | undefined, left: boolean, right: boolean,
  name: string): string {
  let a = 0;
  let b = s.length;
  const test = chars === undefined || chars === Py_None
    ? (c: string) => WS.test(c)
    : ((set: string) => (c: string) => set.includes(c))(strArg(chars, name));
  if (left) while (a < b && test(s[a])) a++;
  if (right) while (b > a && test(s[b - 1])) b--;
  return s.slice(a, b);
}

/** start/end arguments of find, count, startswith ... as UTF-16 offsets. */
function range(u: PyUnicode, args: PyObject[], from: number): [number, number] {
  const n = unicodeLength(u);
  const norm = (o: PyObject | undefined, d: number): number => {
    if (o === undefined || o === Py_None) return d;
    let v = Number((o as PyLong).value);
    if (v < 0) v = Math.max(0, v + n);
    return Math.min(v, n);
  };
  // ADJUST_INDICES clamps the end, not the start: a start past the end finds nothing, not
  // even the empty string.
  const s0 = args[from];
  let start = s0 === undefined || s0 === Py_None ? 0 : Number((s0 as PyLong).value);
  if (start < 0) start = Math.max(0, start + n);
  const end = norm(args[from + 1], n);
  if (start > n) return [u.value.length + 1, u.value.length];
  if (unicodeKind(u) !== 4) return [start, end];
  return [unicodeSubstring(u, 0, start).length, unicodeSubstring(u, 0, end).length];
}

function widthArg(o: PyObject): number {
  if (!PyLong_Check(o)) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return Number((o as PyLong).value);
}

function needArg(args: PyObject[], name: string): PyObject {
  if (args.length === 0) {
    throw raiseNew(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
  }
  return args[0];
}

function find(self: PyObject, args: PyObject[], name: string, reverse: boolean): number {
  const u = self as PyUnicode;
  const sub = strArg(needArg(args, name), name, 'argument 1');
  const [a, b] = range(u, args, 1);
  if (b - a < sub.length || a > u.value.length) return -1;
  const hay = u.value.slice(0, b);
  const i = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub, a);
  return i < a ? -1 : cpIndex(u, i);
}

function affix(self: PyObject, args: PyObject[], name: string, end: boolean): PyObject {
  if (args.length < 1 || args.length > 3) {
    throw raiseNew(PyExc_TypeError, `${name} expected at ${args.length < 1 ? 'least 1 argument'
      : 'most 3 arguments'}, got ${args.length}`);
  }
  const u = self as PyUnicode;
  const [a, b] = range(u, args, 1);
  const s = u.value.slice(a, b);
  const test = (p: string): boolean => (a <= u.value.length
    ? (end ? s.endsWith(p) : s.startsWith(p)) : false);
  const x = args[0];
  if (x instanceof PyTuple) {
    return newBool(x.items.some((p) => test(strArg(p, name))));
  }
  if (!(x instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError, `${name} first arg must be str or a tuple of str, not `
      + typeName(x.ob_type));
  }
  return newBool(test(x.value));
}

function pad(self: PyObject, args: PyObject[], name: string, where: 'l' | 'r' | 'c'): PyObject {
  const u = self as PyUnicode;
  const width = widthArg(needArg(args, name));
  const fill = args[1] === undefined ? ' ' : strArg(args[1], name);
  if (args[1] !== undefined && [...fill].length !== 1) {
    throw raiseNew(PyExc_TypeError, 'The fill character must be exactly one character long');
  }
  const n = unicodeLength(u);
  if (width <= n) return u.ob_type === PyUnicode_Type ? u : newStr(u.value);
  const total = width - n;
  let left = where === 'l' ? 0 : where === 'r' ? total : Math.floor(total / 2);
  // CPython's center puts the extra space on the left when the width is odd... and the text is
  // of odd length too (pad(): left = marg/2 + (marg & width & 1)).
  if (where === 'c') left = Math.floor(total / 2) + (total & width & 1);
  return newStr(fill.repeat(left) + u.value + fill.repeat(total - left));
}

function isAll(self: PyObject, re: RegExp): PyObject {
  const s = sv(self);
  return newBool(s.length > 0 && [...s].every((c) => re.test(c)));
}

const m = (name: string, fn: (self: PyObject, args: PyObject[], kw: PyObject | null) => PyObject):
  PyMethodDef => ({ ml_name: name, ml_meth: fn });

export const unicodeMethods: PyMethodDef[] = [
  // copy and pickle pass `str(x)` to str.__new__: a copy, never a subclass instance.
  // @see Objects/unicodeobject.c unicode_getnewargs
  m('__getnewargs__', (s, a, k) => {
    noArgs('str.__getnewargs__', a, k);
    return newTuple([new PyUnicode(sv(s))]);
  }),
  m('join', (s, a) => {
    const it = needArg(a, 'join');
    if (!isIterable(it)) {
      throw raiseNew(PyExc_TypeError, 'can only join an iterable');
    }
    const parts = iterItems(it).map((x, i) => {
      if (!(x instanceof PyUnicode)) {
        throw raiseNew(PyExc_TypeError,
          `sequence item ${i}: expected str instance, ${typeName(x.ob_type)} found`);
      }
      return x.value;
    });
    return newStr(parts.join(sv(s)));
  }),
  m('split', (s, a, kw) => newList(splitString(sv(s), sepArg(a, kw), maxsplitArg(a, kw, 1))
    .map(newStr))),
  m('rsplit', (s, a, kw) => newList(rsplitString(sv(s), sepArg(a, kw), maxsplitArg(a, kw, 1))
    .map(newStr))),
  m('splitlines', (s, a, kw) => {
    const k = a[0] ?? kwGet(kw, 'keepends');
    const keep = k !== undefined && k !== Py_False && Number((k as PyLong).value) !== 0;
    const out: string[] = [];
    const text = sv(s);
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    for (let mm = re.exec(text); mm !== null; mm = re.exec(text)) {
      out.push(text.slice(last, keep ? mm.index + mm[0].length : mm.index));
      last = mm.index + mm[0].length;
    }
    if (last < text.length) out.push(text.slice(last));
    return newList(out.map(newStr));
  }),
  m('strip', (s, a) => newStr(stripChars(sv(s), a[0], true, true, 'strip'))),
  m('lstrip', (s, a) => newStr(stripChars(sv(s), a[0], true, false, 'lstrip'))),
  m('rstrip', (s, a) => newStr(stripChars(sv(s), a[0], false, true, 'rstrip'))),
  m('replace', (s, a) => {
    const old = strArg(a[0], 'replace', 'argument 1');
    const neu = strArg(a[1], 'replace', 'argument 2');
    const count = a[2] === undefined ? -1 : Number((a[2] as PyLong).value);
    const text = sv(s);
    if (count < 0) {
      if (old === '') return newStr(neu + [...text].join(neu) + (text ? neu : ''));
      return newStr(text.split(old).join(neu));
    }
    if (old === '') {
      // An empty pattern matches before every code point and at the end.
      const cps = [...text];
      let out = '';
      for (let i = 0; i <= cps.length; i++) {
        if (i < count) out += neu;
        if (i < cps.length) out += cps[i];
      }
      return newStr(out);
    }
    let out = text;
    let pos = 0;
    for (let i = 0; i < count; i++) {
      const j = out.indexOf(old, pos);
      if (j < 0) break;
      out = out.slice(0, j) + neu + out.slice(j + old.length);
      pos = j + neu.length + (old === '' ? 1 : 0);
    }
    return newStr(out);
  }),
  m('find', (s, a) => newInt(find(s, a, 'find', false))),
  m('rfind', (s, a) => newInt(find(s, a, 'rfind', true))),
  m('index', (s, a) => {
    const i = find(s, a, 'index', false);
    if (i < 0) throw raiseNew(PyExc_ValueError, 'substring not found');
    return newInt(i);
  }),
  m('rindex', (s, a) => {
    const i = find(s, a, 'rindex', true);
    if (i < 0) throw raiseNew(PyExc_ValueError, 'substring not found');
    return newInt(i);
  }),
  m('count', (s, a) => {
    const u = s as PyUnicode;
    const sub = strArg(needArg(a, 'count'), 'count', 'argument 1');
    const [x, y] = range(u, a, 1);
    if (x > u.value.length) return newInt(0);
    const hay = u.value.slice(x, y);
    if (sub === '') return newInt(x > u.value.length ? 0 : [...hay].length + 1);
    return newInt(hay.split(sub).length - 1);
  }),
  m('startswith', (s, a) => affix(s, a, 'startswith', false)),
  m('endswith', (s, a) => affix(s, a, 'endswith', true)),
  m('upper', (s) => newStr(unicodeUpper(sv(s)))),
  m('lower', (s) => newStr(unicodeLower(sv(s)))),
  m('casefold', (s) => newStr(unicodeCasefold(sv(s)))),
  m('swapcase', (s) => newStr(unicodeSwapcase(sv(s)))),
  m('title', (s) => newStr(unicodeTitle(sv(s)))),
  m('capitalize', (s) => newStr(unicodeCapitalize(sv(s)))),
  m('center', (s, a) => pad(s, a, 'center', 'c')),
  m('ljust', (s, a) => pad(s, a, 'ljust', 'l')),
  m('rjust', (s, a) => pad(s, a, 'rjust', 'r')),
  m('zfill', (s, a) => {
    const text = sv(s);
    const width = widthArg(needArg(a, 'zfill'));
    const n = unicodeLength(s as PyUnicode);
    if (width <= n) return newStr(text);
    const sign = text[0] === '+' || text[0] === '-' ? text[0] : '';
    return newStr(sign + '0'.repeat(width - n) + text.slice(sign.length));
  }),
  m('partition', (s, a) => {
    const sep = strArg(a[0], '');
    if (sep === '') throw raiseNew(PyExc_ValueError, 'empty separator');
    const text = sv(s);
    const i = text.indexOf(sep);
    if (i < 0) return newTuple([newStr(text), newStr(''), newStr('')]);
    return newTuple([newStr(text.slice(0, i)), newStr(sep), newStr(text.slice(i + sep.length))]);
  }),
  m('rpartition', (s, a) => {
    const sep = strArg(a[0], '');
    if (sep === '') throw raiseNew(PyExc_ValueError, 'empty separator');
    const text = sv(s);
    const i = text.lastIndexOf(sep);
    if (i < 0) return newTuple([newStr(''), newStr(''), newStr(text)]);
    return newTuple([newStr(text.slice(0, i)), newStr(sep), newStr(text.slice(i + sep.length))]);
  }),
  m('removeprefix', (s, a) => {
    const p = strArg(a[0], 'removeprefix', 'argument');
    return newStr(sv(s).startsWith(p) ? sv(s).slice(p.length) : sv(s));
  }),
  m('removesuffix', (s, a) => {
    const p = strArg(a[0], 'removesuffix', 'argument');
    return newStr(p && sv(s).endsWith(p) ? sv(s).slice(0, -p.length) : sv(s));
  }),
  m('expandtabs', (s, a) => {
    const size = a[0] === undefined ? 8 : Number((a[0] as PyLong).value);
    let col = 0;
    let out = '';
    for (const c of sv(s)) {
      if (c === '\t') {
        if (size > 0) { const k = size - (col % size); out += ' '.repeat(k); col += k; }
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return newStr(out);
  }),
  m('isdigit', (s) => isAll(s, /\p{Nd}|[\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]/u)),
  m('isdecimal', (s) => isAll(s, /\p{Nd}/u)),
  m('isnumeric', (s) => isAll(s, /\p{N}/u)),
  m('isalpha', (s) => isAll(s, /\p{L}/u)),
  m('isalnum', (s) => isAll(s, /[\p{L}\p{N}]/u)),
  m('isspace', (s) => isAll(s, WS)),
  m('isupper', (s) => newBool(unicodeIsUpper(sv(s)))),
  m('islower', (s) => newBool(unicodeIsLower(sv(s)))),
  m('istitle', (s) => newBool(unicodeIsTitle(sv(s)))),
  m('isidentifier', (s) => newBool(/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u
    .test(sv(s)))),
  m('isprintable', (s) => newBool([...sv(s)].every((c) => isPrintable(c.codePointAt(0)!)))),
  m('isascii', (s) => newBool(/^[\x00-\x7f]*$/.test(sv(s)))),
  m('encode', (s, a, kw) => {
    const enc = a[0] ?? kwGet(kw, 'encoding');
    const err = a[1] ?? kwGet(kw, 'errors');
    // Both arguments are checked before the codec is looked up, as argument clinic does.
    const name = enc === undefined ? 'utf-8' : codecArg(enc, 'encode', 'encoding');
    const errors = err === undefined ? 'strict' : codecArg(err, 'encode', 'errors');
    return unicodeEncode(sv(s), name, errors);
  }),
  m('format', (s, a, kw) => newStr(formatMethod(sv(s), a, kw))),
  m('format_map', (s, a) => {
    if (a.length !== 1) {
      throw raiseNew(PyExc_TypeError, `str.format_map() takes exactly one argument (${
        a.length} given)`);
    }
    return newStr(formatMethod(sv(s), [], a[0]));
  }),
  m('translate', (s, a) => unicodeTranslate(sv(s), needArg(a, 'translate'))),
];

/** str(object='') . @see unicodeobject.c unicode_new_impl */
export function unicodeNew(type: PyTypeObject, args: PyObject[], kw?: PyObject | null):
  PyObject {
  if (args.length > 3) {
    throw raiseNew(PyExc_TypeError, `str expected at most 3 arguments, got ${args.length}`);
  }
  const x = args[0] ?? kwGet(kw ?? null, 'object');
  const enc = args[1] ?? kwGet(kw ?? null, 'encoding');
  const err = args[2] ?? kwGet(kw ?? null, 'errors');
  let s: string;
  if (enc === undefined && err === undefined) s = x === undefined ? '' : strString(x);
  else {
    // str(b, encoding, errors) decodes, and only bytes-like objects can be decoded.
    if (!(x instanceof PyBytes)) {
      if (x instanceof PyUnicode) throw raiseNew(PyExc_TypeError, 'decoding str is not supported');
      throw raiseNew(PyExc_TypeError, `decoding to str: need a bytes-like object, ${
        x === undefined ? 'NoneType' : typeName(x.ob_type)} found`);
    }
    const name = enc === undefined ? 'utf-8' : codecArg(enc, 'str', 'encoding');
    const errors = err === undefined ? 'strict' : codecArg(err, 'str', 'errors');
    s = unicodeDecode(x, x.value, name, errors);
  }
  return type === PyUnicode_Type ? newStr(s) : new PyUnicode(s, type);
}
