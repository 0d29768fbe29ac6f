// Mirrors the one-byte codecs of Objects/unicodeobject.c: ASCII and Latin-1
// (PyUnicode_DecodeASCII, PyUnicode_DecodeLatin1, unicode_encode_ucs1) and the charmap
// codec that the code-page modules of Lib/encodings build on (PyUnicode_DecodeCharmap,
// charmap_encoding_error). A code page is a 256-character decoding table; encoding uses
// the inverse map that codecs.charmap_build makes from it.

import { PyObject } from '@ceval/core/object';
import { CodecState } from './codecs-errors.js';
import {
  ByteWriter, UnitWriter, codePoints, latin1Text, allBelow,
} from './unicode-codecs-writer.js';

/** @see Objects/unicodeobject.c PyUnicode_DecodeLatin1 */
export function decodeLatin1(v: Uint8Array): string {
  return latin1Text(v, 0, v.length);
}

/** Bytes above 0x7f are errors, one byte each. @see Objects/unicodeobject.c PyUnicode_DecodeASCII */
export function decodeASCII(data: PyObject, v: Uint8Array, errors: string): string {
  let clean = true;
  for (let i = 0; i < v.length && clean; i++) clean = v[i] < 0x80;
  if (clean) return latin1Text(v, 0, v.length);
  const st = new CodecState(false, 'ascii', data, v, errors);
  let out = '';
  let run = 0;
  let i = 0;
  while (i < v.length) {
    if (v[i] < 0x80) { i++; continue; }
    out += latin1Text(v, run, i);
    const [rep, pos] = st.call(i, i + 1, 'ordinal not in range(128)');
    out += rep as string;
    i = run = pos;
  }
  return out + latin1Text(v, run, v.length);
}

/**
 * ASCII (limit 128) and Latin-1 (limit 256): one byte per code point below the limit.
 * A run of characters at or above it is one error.
 * @see Objects/unicodeobject.c unicode_encode_ucs1
 */
export function encodeUCS1(s: string, errors: string, obj: () => PyObject, limit: number):
  Uint8Array {
  if (allBelow(s, limit)) {
    const b = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
    return b;
  }
  const encoding = limit === 0x80 ? 'ascii' : 'latin-1';
  const reason = `ordinal not in range(${limit})`;
  const cps = codePoints(s);
  const st = new CodecState(true, encoding, obj(), cps, errors);
  const w = new ByteWriter(cps.length);
  const n = cps.length;
  let i = 0;
  while (i < n) {
    if (cps[i] < limit) { w.byte(cps[i++]); continue; }
    let start = i;
    let end = i + 1;
    while (end < n && cps[end] >= limit) end++;
    if (errors === 'surrogateescape') {
      // As in CPython's inline fast path: escaped bytes first, the rest to the handler.
      while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) {
        w.byte(cps[start++] - 0xdc00);
      }
      if (start === end) { i = end; continue; }
    }
    const [rep, pos] = st.call(start, end, reason);
    if (typeof rep !== 'string') w.bytes(rep);
    else {
      if (!allBelow(rep, limit)) st.raise(start, end, reason);
      w.ascii(rep);
    }
    i = pos;
  }
  return w.result();
}

const UNDEFINED = 0xfffe;

/** @see Objects/unicodeobject.c charmap_decode_string */
export function decodeCharmap(data: PyObject, v: Uint8Array, errors: string, table: string):
  string {
  const out = new UnitWriter(v.length);
  let st: CodecState | null = null;
  let i = 0;
  while (i < v.length) {
    const c = table.charCodeAt(v[i]);
    if (c !== UNDEFINED) { out.unit(c); i++; continue; }
    st ??= new CodecState(false, 'charmap', data, v, errors);
    const [rep, pos] = st.call(i, i + 1, 'character maps to <undefined>');
    out.str(rep as string);
    i = pos;
  }
  return out.result();
}

const inverses = new Map<string, Map<number, number>>();

/** The encoding map of a decoding table. @see Objects/unicodeobject.c PyUnicode_BuildEncodingMap */
function inverse(table: string): Map<number, number> {
  let m = inverses.get(table);
  if (m === undefined) {
    m = new Map();
    for (let b = 0; b < 256; b++) {
      const c = table.charCodeAt(b);
      if (c !== UNDEFINED) m.set(c, b);
    }
    inverses.set(table, m);
  }
  return m;
}

/**
 * A run of characters the code page lacks goes to the handler as one error; whatever
 * str it answers must itself be encodable ('?', '&#8364;' are, in every table we carry).
 * @see Objects/unicodeobject.c charmap_encoding_error
 */
export function encodeCharmap(s: string, errors: string, obj: () => PyObject, table: string):
  Uint8Array {
  const map = inverse(table);
  const cps = codePoints(s);
  const w = new ByteWriter(cps.length);
  const reason = 'character maps to <undefined>';
  let st: CodecState | null = null;
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const b = map.get(cps[i]);
    if (b !== undefined) { w.byte(b); i++; continue; }
    const start = i;
    let end = i + 1;
    while (end < n && !map.has(cps[end])) end++;
    st ??= new CodecState(true, 'charmap', obj(), cps, errors);
    const [rep, pos] = st.call(start, end, reason);
    if (typeof rep !== 'string') w.bytes(rep);
    else {
      for (let k = 0; k < rep.length; k++) {
        w.byte(map.get(rep.codePointAt(k)!) ?? st.raise(start, end, reason));
      }
    }
    i = pos;
  }
  return w.result();
}
