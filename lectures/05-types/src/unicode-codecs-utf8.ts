// Mirrors the UTF-8 codec of Objects/unicodeobject.c (unicode_decode_utf8 and
// unicode_encode_utf8, with the error paths of Objects/stringlib/codecs.h). Valid input
// takes the host's TextDecoder/TextEncoder; only input with errors walks byte by byte.

import { PyObject } from '@ceval/core/object';
import { CodecState } from './codecs-errors.js';
import { ByteWriter, codePoints } from './unicode-codecs-writer.js';

// ignoreBOM: a leading U+FEFF is a character to UTF-8 (only utf-8-sig strips it).
const FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });
const ENCODER = new TextEncoder();

/**
 * How long the bad sequence at i is, and why. CPython reports the longest prefix that
 * could still start a valid character as one error: b'\xe2\x82' at the end is one
 * "unexpected end of data", b'\xe2\x28' is "invalid continuation byte" for \xe2 alone.
 * Surrogates (\xed\xa0...) and overlong forms fail at their second byte.
 * @see Objects/stringlib/codecs.h utf8_decode
 */
function utf8Invalid(v: Uint8Array, i: number): [number, string] {
  const c = v[i];
  const n = v.length;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
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
    if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) {
      return [k, 'invalid continuation byte'];
    }
  }
  return [0, ''];
}

/** @see Objects/unicodeobject.c unicode_decode_utf8 */
export function decodeUTF8(data: PyObject, v: Uint8Array, errors: string): string {
  try {
    return FATAL.decode(v);
  } catch {
    // fall through to the byte walk, which finds each error and asks the handler
  }
  const st = new CodecState(false, 'utf-8', data, v, errors);
  let out = '';
  let i = 0;
  let run = 0;
  const n = v.length;
  while (i < n) {
    const c = v[i];
    if (c < 0x80) { i++; continue; }
    const [bad, reason] = utf8Invalid(v, i);
    if (bad === 0) {
      i += c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
      continue;
    }
    if (run < i) out += LENIENT.decode(v.subarray(run, i));
    const [rep, pos] = st.call(i, i + bad, reason);
    out += rep as string;
    i = run = pos;
  }
  if (run < n) out += LENIENT.decode(v.subarray(run, n));
  return out;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const isSurrogate = (c: number): boolean => c >= 0xd800 && c < 0xe000;

/**
 * UTF-8 can write every code point except a lone surrogate; a run of them is one error.
 * @see Objects/stringlib/codecs.h utf8_encoder
 */
export function encodeUTF8(s: string, errors: string, obj: () => PyObject): Uint8Array {
  if (!LONE_SURROGATE.test(s)) return ENCODER.encode(s);
  const cps = codePoints(s);
  const state = new CodecState(true, 'utf-8', obj(), cps, errors);
  const w = new ByteWriter(s.length * 3);
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const c = cps[i];
    if (!isSurrogate(c)) {
      if (c < 0x80) w.byte(c);
      else if (c < 0x800) w.bytes([0xc0 | (c >> 6), 0x80 | (c & 63)]);
      else if (c < 0x10000) w.bytes([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)]);
      else {
        w.bytes([0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63),
          0x80 | (c & 63)]);
      }
      i++;
      continue;
    }
    let start = i;
    let end = i + 1;
    while (end < n && isSurrogate(cps[end])) end++;
    if (state.errors === 'surrogateescape') {
      // The inline fast path escapes what it can and hands only the rest to the handler,
      // so an error names the first character that is not an escaped byte.
      while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) {
        w.byte(cps[start++] & 0xff);
      }
      if (start === end) { i = end; continue; }
    }
    const [rep, pos] = state.call(start, end, 'surrogates not allowed');
    if (typeof rep !== 'string') w.bytes(rep);
    else {
      for (let k = 0; k < rep.length; k++) {
        if (rep.charCodeAt(k) >= 0x80) state.raise(start, end, 'surrogates not allowed');
      }
      w.ascii(rep);
    }
    i = pos;
  }
  return w.result();
}
