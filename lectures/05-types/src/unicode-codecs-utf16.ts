// Mirrors the UTF-16 and UTF-32 codecs of Objects/unicodeobject.c
// (PyUnicode_DecodeUTF16Stateful, _PyUnicode_EncodeUTF16 and their UTF-32 twins).
// byteorder is CPython's: 0 for plain utf-16/utf-32 (encoding writes a BOM and then
// little-endian units, decoding reads and strips a BOM if there is one, else assumes
// little endian), -1 for the -le codecs, 1 for the -be codecs.

import { PyObject } from '@ceval/core/object';
import { CodecState } from './codecs-errors.js';
import { ByteWriter, UnitWriter, codePoints } from './unicode-codecs-writer.js';

const isSurrogate = (c: number): boolean => c >= 0xd800 && c < 0xe000;

/**
 * After an optional BOM, read 2-byte units; a high surrogate must be followed by a low
 * one. Errors name the byte order actually used ('utf-16-le'/'utf-16-be'), even for the
 * plain utf-16 codec.
 * @see Objects/unicodeobject.c PyUnicode_DecodeUTF16Stateful
 */
export function decodeUTF16(data: PyObject, v: Uint8Array, errors: string, byteorder: number):
  string {
  const e = v.length;
  let q = 0;
  let bo = byteorder;
  if (bo === 0 && e >= 2) {
    const bom = v[0] | (v[1] << 8);
    if (bom === 0xfeff) { q = 2; bo = -1; } else if (bom === 0xfffe) { q = 2; bo = 1; }
  }
  const le = bo <= 0;
  const st = new CodecState(false, le ? 'utf-16-le' : 'utf-16-be', data, v, errors);
  const unit = (p: number): number => le ? v[p] | (v[p + 1] << 8) : (v[p] << 8) | v[p + 1];
  const w = new UnitWriter(e >> 1);
  for (;;) {
    let start = -1;
    let end = 0;
    let reason = '';
    while (e - q >= 2) {
      const u = unit(q);
      q += 2;
      if (!isSurrogate(u)) { w.unit(u); continue; }
      if (u >= 0xdc00) {
        [start, end, reason] = [q - 2, q, 'illegal encoding'];
        break;
      }
      if (e - q < 2) {
        q -= 2;
        [start, end, reason] = [q, e, 'unexpected end of data'];
        break;
      }
      const u2 = unit(q);
      q += 2;
      if (u2 < 0xdc00 || u2 > 0xdfff) {
        [start, end, reason] = [q - 4, q - 2, 'illegal UTF-16 surrogate'];
        break;
      }
      w.unit(u);
      w.unit(u2);
    }
    if (start < 0) {
      if (q === e) break;
      [start, end, reason] = [q, e, 'truncated data'];
    }
    const [rep, pos] = st.call(start, end, reason);
    w.str(rep as string);
    q = pos;
  }
  return w.result();
}

/**
 * Shared tail of the UTF-16/32 encoders: a lone surrogate goes to the handler one at a
 * time, and what comes back must be whole units (bytes) or ASCII (str).
 * @see Objects/unicodeobject.c _PyUnicode_EncodeUTF16
 */
function encodeUnits(s: string, errors: string, obj: () => PyObject, size: number,
  byteorder: number, name: string): Uint8Array {
  const le = byteorder <= 0;
  const encoding = byteorder === 0 ? name : `${name}-${le ? 'le' : 'be'}`;
  const cps = codePoints(s);
  const w = new ByteWriter(cps.length * size + size);
  const put = (c: number): void => {
    if (size === 2 && c > 0xffff) {
      put(0xd800 + ((c - 0x10000) >> 10));
      put(0xdc00 + ((c - 0x10000) & 0x3ff));
      return;
    }
    for (let k = 0; k < size; k++) w.byte((c >>> (8 * (le ? k : size - 1 - k))) & 0xff);
  };
  if (byteorder === 0) put(0xfeff);
  let st: CodecState | null = null;
  const n = cps.length;
  let i = 0;
  while (i < n) {
    const c = cps[i];
    if (!isSurrogate(c)) { put(c); i++; continue; }
    st ??= new CodecState(true, encoding, obj(), cps, errors);
    const [rep, pos] = st.call(i, i + 1, 'surrogates not allowed');
    if (typeof rep !== 'string') {
      if (rep.length % size !== 0) st.raise(pos - 1, pos, 'surrogates not allowed');
      w.bytes(rep);
    } else {
      for (let k = 0; k < rep.length; k++) {
        if (rep.charCodeAt(k) >= 0x80) st.raise(pos - 1, pos, 'surrogates not allowed');
      }
      for (let k = 0; k < rep.length; k++) put(rep.charCodeAt(k));
    }
    i = pos;
  }
  return w.result();
}

/** @see Objects/unicodeobject.c _PyUnicode_EncodeUTF16 */
export function encodeUTF16(s: string, errors: string, obj: () => PyObject, byteorder: number):
  Uint8Array {
  return encodeUnits(s, errors, obj, 2, byteorder, 'utf-16');
}

/** @see Objects/unicodeobject.c _PyUnicode_EncodeUTF32 */
export function encodeUTF32(s: string, errors: string, obj: () => PyObject, byteorder: number):
  Uint8Array {
  return encodeUnits(s, errors, obj, 4, byteorder, 'utf-32');
}

/**
 * Four bytes per code point; a surrogate or a value past U+10FFFF is an error of those
 * four bytes, a short tail is "truncated data".
 * @see Objects/unicodeobject.c PyUnicode_DecodeUTF32Stateful
 */
export function decodeUTF32(data: PyObject, v: Uint8Array, errors: string, byteorder: number):
  string {
  const e = v.length;
  let q = 0;
  let bo = byteorder;
  if (bo === 0 && e >= 4) {
    const bom = (v[0] | (v[1] << 8) | (v[2] << 16) | (v[3] << 24)) >>> 0;
    if (bom === 0xfeff) { q = 4; bo = -1; } else if (bom === 0xfffe0000) { q = 4; bo = 1; }
  }
  const le = bo <= 0;
  const st = new CodecState(false, le ? 'utf-32-le' : 'utf-32-be', data, v, errors);
  const w = new UnitWriter(e >> 1);
  while (q < e) {
    let reason: string;
    let end = q + 4;
    if (e - q < 4) {
      reason = 'truncated data';
      end = e;
    } else {
      const c = (le ? v[q] | (v[q + 1] << 8) | (v[q + 2] << 16) | (v[q + 3] << 24)
        : (v[q] << 24) | (v[q + 1] << 16) | (v[q + 2] << 8) | v[q + 3]) >>> 0;
      if (isSurrogate(c)) reason = 'code point in surrogate code point range(0xd800, 0xe000)';
      else if (c > 0x10ffff) reason = 'code point not in range(0x110000)';
      else {
        if (c > 0xffff) {
          w.unit(0xd800 + ((c - 0x10000) >> 10));
          w.unit(0xdc00 + ((c - 0x10000) & 0x3ff));
        } else w.unit(c);
        q += 4;
        continue;
      }
    }
    const [rep, pos] = st.call(q, end, reason);
    w.str(rep as string);
    q = pos;
  }
  return w.result();
}
