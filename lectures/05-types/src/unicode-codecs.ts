// Mirrors the built-in codecs of Objects/unicodeobject.c (PyUnicode_DecodeUTF8Stateful,
// PyUnicode_DecodeASCII/Latin1, unicode_encode_ucs1, _PyUnicode_AsUTF8String) with the
// strict/replace/ignore/backslashreplace error handlers and CPython's UnicodeError texts.

import { PyObject } from '@ceval/core/object';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newBytes } from '@ceval/core/objects/bytesobject';
import { newInt } from '@ceval/core/objects/longobject';
import {
  PyExc_LookupError, PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, newException,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';

/** The codecs we carry (a plain enum: const enums vanish across files under vitest). */
export enum Codec { Utf8 = 0, Ascii = 1, Latin1 = 2 }

const CODEC_NAMES = ['utf-8', 'ascii', 'latin-1'];

/**
 * Map an encoding name to a codec, normalising the way `encodings.search_function` does
 * (case, `_` vs `-`, spaces). Unknown names raise LookupError.
 * @see Python/codecs.c _PyCodec_Lookup
 */
export function lookupCodec(name: string): Codec {
  const n = name.toLowerCase().replace(/[_ ]/g, '-');
  switch (n) {
    case 'utf-8': case 'utf8': case 'u8': case 'utf': case 'cp65001': return Codec.Utf8;
    case 'ascii': case 'us-ascii': case '646': return Codec.Ascii;
    case 'latin-1': case 'latin1': case 'iso-8859-1': case 'iso8859-1': case 'l1':
    case 'latin': case '8859': case 'cp819': case 'iso-ir-100': return Codec.Latin1;
    default: throw raiseNew(PyExc_LookupError, `unknown encoding: ${name}`);
  }
}

function checkErrors(errors: string, decode: boolean): void {
  if (errors === 'strict' || errors === 'replace' || errors === 'ignore' ||
      errors === 'backslashreplace') return;
  if (!decode && errors === 'xmlcharrefreplace') return;
  throw raiseNew(PyExc_LookupError, `unknown error handler name '${errors}'`);
}

const HEX = '0123456789abcdef';

function hex2(b: number): string {
  return HEX[b >> 4] + HEX[b & 15];
}

function decodeError(codec: Codec, data: PyObject, start: number, end: number,
  reason: string): never {
  throw newException(PyExc_UnicodeDecodeError, [newStr(CODEC_NAMES[codec]), data,
    newInt(start), newInt(end), newStr(reason)]);
}

// Length of the valid prefix of a UTF-8 sequence starting at i, and whether it is complete.
// CPython reports the longest prefix that could still start a valid character as one error.
function utf8Invalid(v: Uint8Array, i: number): [number, string] {
  const c = v[i];
  const n = v.length;
  let need: number, lo = 0x80, hi = 0xbf;
  if (c >= 0xc2 && c <= 0xdf) need = 1;
  else if (c >= 0xe0 && c <= 0xef) {
    need = 2;
    if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f;
  } else if (c >= 0xf0 && c <= 0xf4) {
    need = 3;
    if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f;
  } else return [1, 'invalid start byte'];
  for (let k = 1; k <= need; k++) {
    if (i + k >= n) return [n - i, 'unexpected end of data'];
    const b = v[i + k];
    if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return [k, 'invalid continuation byte'];
  }
  return [0, ''];
}

/**
 * bytes.decode / str(b, encoding, errors).
 * @see Objects/unicodeobject.c unicode_decode_utf8, PyUnicode_DecodeASCII
 */
export function decodeBytes(data: PyObject, v: Uint8Array, codec: Codec, errors: string): string {
  let out = '';
  const n = v.length;
  if (codec === Codec.Latin1) {
    for (let i = 0; i < n; i += 8192) {
      out += String.fromCharCode.apply(null, v.subarray(i, i + 8192) as unknown as number[]);
    }
    return out;
  }
  let i = 0;
  let runStart = 0;
  while (i < n) {
    const c = v[i];
    if (c < 0x80) { i++; continue; }
    let bad = 0;
    let reason = 'ordinal not in range(128)';
    if (codec === Codec.Utf8) {
      [bad, reason] = utf8Invalid(v, i);
      if (bad === 0) {
        i += c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
        continue;
      }
    } else bad = 1;
    // Handlers are looked up only when an error happens, as codecs.lookup_error is.
    checkErrors(errors, true);
    if (errors === 'strict') decodeError(codec, data, i, i + bad, reason);
    out += utf8Slice(v, runStart, i, codec);
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') {
      for (let k = i; k < i + bad; k++) out += '\\x' + hex2(v[k]);
    }
    i += bad;
    runStart = i;
  }
  return out + utf8Slice(v, runStart, n, codec);
}

const UTF8 = new TextDecoder('utf-8');

function utf8Slice(v: Uint8Array, a: number, b: number, codec: Codec): string {
  if (a === b) return '';
  if (codec === Codec.Ascii) {
    let s = '';
    for (let k = a; k < b; k++) s += String.fromCharCode(v[k]);
    return s;
  }
  return UTF8.decode(v.subarray(a, b));
}

function encodeError(codec: Codec, s: string, start: number, end: number, reason: string): never {
  throw newException(PyExc_UnicodeEncodeError, [newStr(CODEC_NAMES[codec]), newStr(s),
    newInt(start), newInt(end), newStr(reason)]);
}

/**
 * str.encode: UTF-8 refuses lone surrogates; ASCII and Latin-1 refuse code points at or above
 * 128 / 256. A strict error covers the whole run of unencodable characters, as CPython's
 * does. Positions are code points.
 * @see Objects/unicodeobject.c unicode_encode_ucs1, unicode_encode_utf8
 */
export function encodeString(s: string, codec: Codec, errors: string): PyObject {
  const limit = codec === Codec.Ascii ? 0x80 : codec === Codec.Latin1 ? 0x100 : 0x110000;
  const reason = codec === Codec.Utf8 ? 'surrogates not allowed'
    : `ordinal not in range(${limit})`;
  const bytes: number[] = [];
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  const bad = (cp: number): boolean => cp >= limit || (codec === Codec.Utf8 &&
    cp >= 0xd800 && cp < 0xe000);
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i];
    if (!bad(cp)) {
      if (codec !== Codec.Utf8 || cp < 0x80) bytes.push(cp);
      else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) {
        bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      } else {
        bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63),
          0x80 | (cp & 63));
      }
      continue;
    }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    checkErrors(errors, false);
    if (errors === 'strict') encodeError(codec, s, i, j, reason);
    for (let k = i; k < j; k++) {
      const c = cps[k];
      if (errors === 'replace') bytes.push(0x3f);
      else if (errors === 'xmlcharrefreplace') pushAscii(bytes, `&#${c};`);
      else if (errors === 'backslashreplace') {
        pushAscii(bytes, c < 0x100 ? '\\x' + hex2(c) : c < 0x10000
          ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0'));
      }
    }
    i = j - 1;
  }
  return newBytes(Uint8Array.from(bytes));
}

function pushAscii(out: number[], t: string): void {
  for (let k = 0; k < t.length; k++) out.push(t.charCodeAt(k));
}
