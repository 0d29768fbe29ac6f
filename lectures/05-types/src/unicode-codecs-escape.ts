// Mirrors the escape codecs of Objects/unicodeobject.c: unicode_escape (the escapes of a
// Python string literal, over Latin-1 text: _PyUnicode_DecodeUnicodeEscapeInternal2,
// PyUnicode_AsUnicodeEscapeString) and raw_unicode_escape (only \uXXXX and \UXXXXXXXX:
// _PyUnicode_DecodeRawUnicodeEscapeStateful, PyUnicode_AsRawUnicodeEscapeString).
// Encoding never fails, so neither encoder looks at its errors argument.

import { PyObject } from '@ceval/core/object';
import { PyExc_DeprecationWarning } from '@ceval/core/objects/exceptions';
import { currentInterpreter } from '@ceval/core/interpreter';
import { warn } from '@ceval/core/runtime/warnings';
import { lookupName } from '@ceval/core/compiler/parser/strings';
import { CodecState } from './codecs-errors.js';
import { ByteWriter, UnitWriter, codePoints } from './unicode-codecs-writer.js';

const BACKSLASH = 0x5c;

function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** Escapes that stand for one ASCII character, by the byte after the backslash. */
const SIMPLE = new Map<number, string>([
  [0x5c, '\\'], [0x27, "'"], [0x22, '"'], [0x62, '\b'], [0x66, '\f'], [0x74, '\t'],
  [0x6e, '\n'], [0x72, '\r'], [0x76, '\v'], [0x61, '\x07'],
]);

const HEX_ESCAPES = new Map<number, [number, string]>([
  [0x78, [2, 'truncated \\xXX escape']],
  [0x75, [4, 'truncated \\uXXXX escape']],
  [0x55, [8, 'truncated \\UXXXXXXXX escape']],
]);

/**
 * Bytes are Latin-1 characters except after a backslash. An unknown escape such as \q
 * keeps its backslash, and an octal escape above \377 still gives its code point; both are
 * deprecated, so the first one met is reported as a DeprecationWarning once the decoding
 * has succeeded (what the compiler reports as a SyntaxWarning in a literal).
 * @see Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal2,
 *   _PyUnicode_DecodeUnicodeEscapeStateful
 */
export function decodeUnicodeEscape(data: PyObject, v: Uint8Array, errors: string): string {
  const end = v.length;
  const out = new UnitWriter(end);
  let st: CodecState | null = null;
  let s = 0;
  // The byte after the backslash of the first unknown escape, or the value of the first
  // octal escape past \377; -1 while there is none.
  let firstInvalid = -1;
  while (s < end) {
    const c = v[s++];
    if (c !== BACKSLASH) { out.unit(c); continue; }
    const start = s - 1;
    let message: string;
    escape: {
      if (s >= end) { message = '\\ at end of string'; break escape; }
      const e = v[s++];
      const simple = SIMPLE.get(e);
      if (simple !== undefined) { out.str(simple); continue; }
      if (e === 0x0a) continue; // backslash-newline: nothing
      if (e >= 0x30 && e <= 0x37) {
        let ch = e - 0x30;
        for (let k = 0; k < 2 && s < end && v[s] >= 0x30 && v[s] <= 0x37; k++) {
          ch = ch * 8 + v[s++] - 0x30;
        }
        if (ch > 0o377 && firstInvalid < 0) firstInvalid = ch;
        out.unit(ch);
        continue;
      }
      const hexEscape = HEX_ESCAPES.get(e);
      if (hexEscape !== undefined) {
        let count: number;
        [count, message] = hexEscape;
        let ch = 0;
        for (; count > 0; s++, count--) {
          const h = s < end ? hexDigit(v[s]) : -1;
          if (h < 0) break escape;
          ch = ch * 16 + h;
        }
        if (ch > 0x10ffff) { message = 'illegal Unicode character'; break escape; }
        out.char(ch);
        continue;
      }
      if (e === 0x4e) {
        message = 'malformed \\N character escape';
        if (s >= end || v[s] !== 0x7b) break escape;
        const nameStart = ++s;
        while (s < end && v[s] !== 0x7d) s++;
        if (s >= end || s === nameStart) break escape;
        const cp = lookupName(String.fromCharCode(...v.subarray(nameStart, s++)));
        if (cp >= 0) { out.char(cp); continue; }
        message = 'unknown Unicode character name';
        break escape;
      }
      if (firstInvalid < 0) firstInvalid = e;
      out.unit(BACKSLASH);
      out.unit(e);
      continue;
    }
    st ??= new CodecState(false, 'unicodeescape', data, v, errors);
    const [rep, pos] = st.call(start, s, message);
    out.str(rep as string);
    s = pos;
  }
  const result = out.result();
  if (firstInvalid >= 0) warnInvalidEscape(firstInvalid);
  return result;
}

/**
 * The warning names the escape as written: an octal one by its digits, any other by the
 * character after the backslash. It is attributed to the Python line that called decode.
 * @see Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeStateful
 */
function warnInvalidEscape(c: number): void {
  const msg = c > 0xff ? `invalid octal escape sequence '\\${c.toString(8)}'`
    : `invalid escape sequence '\\${String.fromCharCode(c)}'`;
  warn(currentInterpreter(), PyExc_DeprecationWarning, msg, 1);
}

/**
 * Only \u and \U are escapes, and only after an odd number of backslashes: a doubled
 * backslash is two plain characters, which is what keeps the escape from applying.
 * @see Objects/unicodeobject.c _PyUnicode_DecodeRawUnicodeEscapeStateful
 */
export function decodeRawUnicodeEscape(data: PyObject, v: Uint8Array, errors: string): string {
  const end = v.length;
  const out = new UnitWriter(end);
  let st: CodecState | null = null;
  let s = 0;
  while (s < end) {
    const c = v[s++];
    if (c !== BACKSLASH || s >= end) { out.unit(c); continue; }
    const start = s - 1;
    const e = v[s++];
    if (e !== 0x75 && e !== 0x55) { out.unit(BACKSLASH);
      out.unit(e); continue; }
    let count = e === 0x75 ? 4 : 8;
    let message = e === 0x75 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
    let ch = 0;
    for (; count > 0; s++, count--) {
      const h = s < end ? hexDigit(v[s]) : -1;
      if (h < 0) break;
      ch = ch * 16 + h;
    }
    if (count === 0) {
      if (ch <= 0x10ffff) { out.char(ch); continue; }
      message = '\\Uxxxxxxxx out of range';
    }
    st ??= new CodecState(false, 'rawunicodeescape', data, v, errors);
    const [rep, pos] = st.call(start, s, message);
    out.str(rep as string);
    s = pos;
  }
  return out.result();
}

function hexEscape(w: ByteWriter, c: number): void {
  w.ascii(c < 0x10000 ? '\\u' + c.toString(16).padStart(4, '0')
    : '\\U' + c.toString(16).padStart(8, '0'));
}

/**
 * Printable ASCII as itself (a backslash doubled), \t \n \r by name, other bytes as \xNN,
 * the rest as \uNNNN or \UNNNNNNNN. Quotes are not escaped: this is not repr().
 * @see Objects/unicodeobject.c PyUnicode_AsUnicodeEscapeString
 */
export function encodeUnicodeEscape(s: string): Uint8Array {
  const w = new ByteWriter(s.length);
  for (const c of codePoints(s)) {
    if (c >= 0x20 && c < 0x7f) w.ascii(c === BACKSLASH ? '\\\\' : String.fromCharCode(c));
    else if (c === 9) w.ascii('\\t');
    else if (c === 10) w.ascii('\\n');
    else if (c === 13) w.ascii('\\r');
    else if (c < 0x100) w.ascii('\\x' + c.toString(16).padStart(2, '0'));
    else hexEscape(w, c);
  }
  return w.result();
}

/** Latin-1 characters as their byte, everything else \uNNNN or \UNNNNNNNN. @see Objects/unicodeobject.c PyUnicode_AsRawUnicodeEscapeString */
export function encodeRawUnicodeEscape(s: string): Uint8Array {
  const w = new ByteWriter(s.length);
  for (const c of codePoints(s)) {
    if (c < 0x100) w.byte(c);
    else hexEscape(w, c);
  }
  return w.result();
}
