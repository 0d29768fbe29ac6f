// Mirrors the error-handler half of Python/codecs.c: the registry of handler names
// (PyCodec_LookupError) and the eight built-in handlers, plus the helpers of
// Objects/unicodeobject.c that build a UnicodeEncodeError/UnicodeDecodeError and call a
// handler with it (make_encode_exception, unicode_encode_call_errorhandler, ...).
//
// A handler receives the exception and answers (replacement, position to resume at).
// Encoders may get a str replacement (to be encoded) or raw bytes; decoders get a str.

import { PyObject } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { newInt } from '@ceval/core/objects/longobject';
import {
  PyExc_LookupError, PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, PyExc_TypeError,
  PyExc_IndexError, PyUnicodeErrorObject, newException,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { unicodeCharName } from './unicode-codecs-names.js';

/** What a handler answers: the replacement and where the codec resumes. */
export type Replacement = [string | Uint8Array, number];

/**
 * The state of one encode or decode call: which codec, what input, which handler, and the
 * exception object. CPython creates that object at the first error and afterwards only
 * moves its start/end/reason (PyUnicodeEncodeError_SetStart ...), so its args, and with
 * them repr(e), keep describing the first error. We do the same.
 */
export class CodecState {
  exc: PyUnicodeErrorObject | null = null;
  constructor(
    readonly encode: boolean,
    readonly encoding: string,
    /** The str being encoded or the bytes being decoded, as the exception holds it. */
    readonly object: PyObject,
    /** The input: code points when encoding, bytes when decoding. */
    readonly src: ArrayLike<number>,
    readonly errors: string,
  ) {}

  /** @see Objects/unicodeobject.c make_encode_exception, make_decode_exception */
  exception(start: number, end: number, reason: string): PyUnicodeErrorObject {
    if (this.exc === null) {
      this.exc = newException(this.encode ? PyExc_UnicodeEncodeError : PyExc_UnicodeDecodeError,
        [newStr(this.encoding), this.object, newInt(start), newInt(end), newStr(reason)],
      ) as PyUnicodeErrorObject;
    } else {
      this.exc.start = start;
      this.exc.end = end;
      this.exc.reason = newStr(reason);
    }
    return this.exc;
  }

  /** @see Objects/unicodeobject.c raise_encode_exception */
  raise(start: number, end: number, reason: string): never {
    throw this.exception(start, end, reason);
  }

  /**
   * Look the handler up (only now: an unknown name is an error only once an error
   * happens), give it the exception and check the position it answers.
   * @see Objects/unicodeobject.c unicode_encode_call_errorhandler
   */
  call(start: number, end: number, reason: string): Replacement {
    const handler = lookupError(this.errors);
    const [rep, pos] = handler(this.exception(start, end, reason), this.src);
    const n = this.src.length;
    const at = pos < 0 ? n + pos : pos;
    if (at < 0 || at > n) {
      throw raiseNew(PyExc_IndexError, `position ${pos} from error handler out of bounds`);
    }
    return [rep, at];
  }
}

type Handler = (e: PyUnicodeErrorObject, src: ArrayLike<number>) => Replacement;

const HEX = '0123456789abcdef';

function hex(v: number, digits: number): string {
  let s = '';
  for (let k = digits - 1; k >= 0; k--) s += HEX[(v >> (4 * k)) & 15];
  return s;
}

/** The escape backslashreplace writes for one code point: \xNN, \uNNNN or \UNNNNNNNN. */
export function backslashEscape(c: number): string {
  return c < 0x100 ? '\\x' + hex(c, 2) : c < 0x10000 ? '\\u' + hex(c, 4) : '\\U' + hex(c, 8);
}

function isEncode(e: PyUnicodeErrorObject): boolean {
  return e.ob_type === PyExc_UnicodeEncodeError;
}

/** @see Python/codecs.c wrong_exception_type */
function wrongType(e: PyUnicodeErrorObject): never {
  throw raiseNew(PyExc_TypeError,
    `don't know how to handle ${e.ob_type.tp_name} in error callback`);
}

function each(e: PyUnicodeErrorObject, src: ArrayLike<number>, f: (c: number) => string):
  string {
  let s = '';
  for (let i = e.start; i < e.end; i++) s += f(src[i]);
  return s;
}

/** @see Python/codecs.c PyCodec_StrictErrors */
const strictErrors: Handler = (e) => { throw e; };

/** @see Python/codecs.c PyCodec_IgnoreErrors */
const ignoreErrors: Handler = (e) => ['', e.end];

/** One '?' per character when encoding, one U+FFFD per error when decoding. @see Python/codecs.c PyCodec_ReplaceErrors */
const replaceErrors: Handler = (e) =>
  [isEncode(e) ? '?'.repeat(e.end - e.start) : '\ufffd', e.end];

/** @see Python/codecs.c PyCodec_BackslashReplaceErrors */
const backslashReplaceErrors: Handler = (e, src) => [each(e, src, backslashEscape), e.end];

/** @see Python/codecs.c PyCodec_XMLCharRefReplaceErrors */
const xmlCharRefReplaceErrors: Handler = (e, src) => {
  if (!isEncode(e)) wrongType(e);
  return [each(e, src, (c) => `&#${c};`), e.end];
};

/** \N{EURO SIGN}, or the backslash escape for characters without a name. @see Python/codecs.c PyCodec_NameReplaceErrors */
const nameReplaceErrors: Handler = (e, src) => {
  if (!isEncode(e)) wrongType(e);
  return [each(e, src, (c) => {
    const name = unicodeCharName(c);
    return name === null ? backslashEscape(c) : `\\N{${name}}`;
  }), e.end];
};

/**
 * Which UTF flavour an error names, as surrogatepass needs to know how to write or read
 * one surrogate: [bytes per surrogate, little endian]. Plain utf-16/utf-32 are native
 * order, little endian on the machines CPython's tests (and ours) run on.
 * @see Python/codecs.c get_standard_encoding
 */
function standardEncoding(name: string): [number, boolean] | null {
  const m = /^utf[-_]?(8|16|32)(?:[-_]?([bl])e)?$/i.exec(name);
  if (m === null) return name === 'CP_UTF8' ? [3, false] : null;
  if (m[1] === '8') return m[2] === undefined ? [3, false] : null;
  return [m[1] === '16' ? 2 : 4, m[2] === undefined || m[2].toLowerCase() === 'l'];
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c < 0xe000;

/**
 * Let lone surrogates through the UTF codecs: write each as that codec would write any
 * other code point, or read back one such encoded surrogate.
 * @see Python/codecs.c PyCodec_SurrogatePassErrors
 */
const surrogatePassErrors: Handler = (e, src) => {
  const std = standardEncoding(e.encoding instanceof PyUnicode ? e.encoding.value : '');
  if (std === null) throw e;
  const [size, le] = std;
  if (isEncode(e)) {
    const out = new Uint8Array(size * (e.end - e.start));
    let o = 0;
    for (let i = e.start; i < e.end; i++) {
      const c = src[i];
      if (!isSurrogate(c)) throw e;
      if (size === 3) {
        out[o++] = 0xe0 | (c >> 12);
        out[o++] = 0x80 | ((c >> 6) & 0x3f);
        out[o++] = 0x80 | (c & 0x3f);
      } else {
        for (let k = 0; k < size; k++) {
          out[o++] = (c >> (8 * (le ? k : size - 1 - k))) & 0xff;
        }
      }
    }
    return [out, e.end];
  }
  // Decoding: read exactly one surrogate at start; the codec calls again for the next.
  const p = e.start;
  let c = 0;
  if (src.length - p >= size) {
    if (size === 3) {
      if ((src[p] & 0xf0) === 0xe0 && (src[p + 1] & 0xc0) === 0x80 &&
          (src[p + 2] & 0xc0) === 0x80) {
        c = ((src[p] & 0x0f) << 12) + ((src[p + 1] & 0x3f) << 6) + (src[p + 2] & 0x3f);
      }
    } else {
      for (let k = 0; k < size; k++) c = c * 256 + src[p + (le ? size - 1 - k : k)];
    }
  }
  if (!isSurrogate(c)) throw e;
  return [String.fromCharCode(c), p + size];
};

/**
 * PEP 383: undecodable bytes 0x80-0xff become U+DC80-U+DCFF, and encoding turns those
 * back into the bytes, so any byte string survives a decode/encode round trip. ASCII
 * bytes are refused: they are never the reason a decoder fails.
 * @see Python/codecs.c PyCodec_SurrogateEscapeErrors
 */
const surrogateEscapeErrors: Handler = (e, src) => {
  if (isEncode(e)) {
    const out = new Uint8Array(e.end - e.start);
    for (let i = e.start; i < e.end; i++) {
      const c = src[i];
      if (c < 0xdc80 || c > 0xdcff) throw e;
      out[i - e.start] = c - 0xdc00;
    }
    return [out, e.end];
  }
  let s = '';
  let n = 0;
  while (n < 4 && n < e.end - e.start && src[e.start + n] >= 128) {
    s += String.fromCharCode(0xdc00 + src[e.start + n]);
    n++;
  }
  if (n === 0) throw e;
  return [s, e.start + n];
};

const HANDLERS = new Map<string, Handler>([
  ['strict', strictErrors], ['ignore', ignoreErrors], ['replace', replaceErrors],
  ['xmlcharrefreplace', xmlCharRefReplaceErrors],
  ['backslashreplace', backslashReplaceErrors], ['namereplace', nameReplaceErrors],
  ['surrogatepass', surrogatePassErrors], ['surrogateescape', surrogateEscapeErrors],
]);

/** @see Python/codecs.c PyCodec_LookupError */
export function lookupError(name: string): Handler {
  const h = HANDLERS.get(name);
  if (h === undefined) throw raiseNew(PyExc_LookupError, `unknown error handler name '${name}'`);
  return h;
}
