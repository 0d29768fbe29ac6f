// Mirrors the lookup half of Python/codecs.c (_PyCodec_Lookup) and of Lib/encodings
// (normalize_encoding, search_function, aliases), and the entry points str.encode,
// bytes.decode, str(b, enc) and bytes(s, enc) share (PyUnicode_AsEncodedString,
// PyUnicode_Decode). The codecs themselves live in unicode-codecs-*.ts, named after the
// functions of Objects/unicodeobject.c they mirror; error handlers in codecs-errors.ts.

import { PyObject, typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newBytes } from '@ceval/core/objects/bytesobject';
import {
  PyExc_LookupError, PyExc_ValueError, PyExc_UnicodeError, PyExc_TypeError, PyBaseException,
} from '@ceval/core/objects/exceptions';
import { PyList, newList } from '@ceval/core/runtime/listobject';
import { raiseNew } from '@ceval/core/runtime/errors';
import { exceptionAddNote } from '@ceval/core/runtime/exceptionmethods';
import { ALIASES, TEXT_MODULES, BINARY_MODULES } from './unicode-codecs-aliases.generated.js';
import { CP1252, CP437, ISO8859_15 } from './unicode-codecs-charmap.generated.js';
import { decodeUTF8, encodeUTF8 } from './unicode-codecs-utf8.js';
import { decodeUTF16, encodeUTF16, decodeUTF32, encodeUTF32 } from './unicode-codecs-utf16.js';
import {
  decodeASCII, decodeLatin1, encodeUCS1, decodeCharmap, encodeCharmap,
} from './unicode-codecs-charmap.js';
import {
  decodeUnicodeEscape, decodeRawUnicodeEscape, encodeUnicodeEscape, encodeRawUnicodeEscape,
} from './unicode-codecs-escape.js';

/** The codecs we carry (a plain enum: const enums vanish across files under vitest). */
export enum Codec {
  Utf8, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Utf8Sig,
  Cp1252, Cp437, Iso8859_15, UnicodeEscape, RawUnicodeEscape, Undefined,
}

/** The Lib/encodings module each carried codec is, by module name. */
const MODULES = new Map<string, Codec>([
  ['utf_8', Codec.Utf8], ['ascii', Codec.Ascii], ['latin_1', Codec.Latin1],
  ['utf_16', Codec.Utf16], ['utf_16_le', Codec.Utf16LE], ['utf_16_be', Codec.Utf16BE],
  ['utf_32', Codec.Utf32], ['utf_32_le', Codec.Utf32LE], ['utf_32_be', Codec.Utf32BE],
  ['utf_8_sig', Codec.Utf8Sig], ['cp1252', Codec.Cp1252], ['cp437', Codec.Cp437],
  ['iso8859_15', Codec.Iso8859_15], ['unicode_escape', Codec.UnicodeEscape],
  ['raw_unicode_escape', Codec.RawUnicodeEscape], ['undefined', Codec.Undefined],
]);

/**
 * The `encoding` or `errors` argument of str.encode, bytes.decode, str() and bytes(),
 * checked the way argument clinic checks a str parameter: it calls None "None", while
 * str(), whose arguments go through the older format-string parser, says "NoneType".
 * @see Python/getargs.c _PyArg_BadArgument
 */
export function codecArg(o: PyObject, fn: string, what: 'encoding' | 'errors'): string {
  if (o instanceof PyUnicode) {
    if (o.value.includes('\0')) throw raiseNew(PyExc_ValueError, 'embedded null character');
    return o.value;
  }
  throw raiseNew(PyExc_TypeError, `${fn}() argument '${what}' must be str, not ${
    o === Py_None && fn !== 'str' ? 'None' : typeName(o.ob_type)}`);
}

let aliases: Map<string, string> | null = null;
const textModules = new Set(TEXT_MODULES.split(' '));
const binaryModules = new Set(BINARY_MODULES.split(' '));

/**
 * Lower-case the name and turn every run of characters other than ASCII letters, digits
 * and '.' into one '_', dropping it at either end: 'UTF-8', 'utf 8' and ' Utf_8 ' are
 * all 'utf_8', which is also the module's name.
 * @see Objects/unicodeobject.c _Py_normalize_encoding
 */
export function normalizeEncoding(name: string): string {
  let out = '';
  let punct = false;
  for (const ch of name) {
    if (/^[A-Za-z0-9.]$/.test(ch)) {
      if (punct && out) out += '_';
      out += ch.toLowerCase();
      punct = false;
    } else punct = true;
  }
  return out;
}

/**
 * Find the codec for an encoding name as encodings.search_function does: the normalised
 * name, through encodings.aliases, names a module of Lib/encodings. `use` says which
 * codecs function CPython's error message points to for bytes-to-bytes codecs.
 * @see Python/codecs.c _PyCodec_Lookup, _PyCodec_LookupTextEncoding
 */
export function lookupCodec(name: string, use: 'encode' | 'decode' = 'encode'): Codec {
  if (aliases === null) {
    aliases = new Map(ALIASES.split(' ').map((w) => w.split('=') as [string, string]));
  }
  const norm = normalizeEncoding(name);
  const aliased = aliases.get(norm) ?? aliases.get(norm.replace(/\./g, '_'));
  for (const mod of aliased === undefined ? [norm] : [aliased, norm]) {
    if (!mod || mod.includes('.')) continue;
    const codec = MODULES.get(mod);
    if (codec !== undefined) return codec;
    if (binaryModules.has(mod)) {
      throw raiseNew(PyExc_LookupError,
        `'${name}' is not a text encoding; use codecs.${use}() to handle arbitrary codecs`);
    }
    if (textModules.has(mod)) {
      // CPython has this codec; we say so rather than pretend it does not exist.
      throw raiseNew(PyExc_LookupError,
        `unknown encoding: ${name} (ceval does not carry Lib/encodings/${mod}.py)`);
    }
  }
  throw raiseNew(PyExc_LookupError, `unknown encoding: ${name}`);
}

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

/** Lib/encodings/undefined.py: a codec that refuses everything, to switch conversions off. */
function undefinedCodec(): never {
  throw raiseNew(PyExc_UnicodeError, 'undefined encoding');
}

/**
 * bytes.decode / str(b, encoding, errors). `data` is the bytes object, which a
 * UnicodeDecodeError holds.
 * @see Objects/unicodeobject.c PyUnicode_Decode
 */
export function decodeBytes(data: PyObject, v: Uint8Array, codec: Codec, errors: string):
  string {
  switch (codec) {
    case Codec.Utf8: return decodeUTF8(data, v, errors);
    case Codec.Ascii: return decodeASCII(data, v, errors);
    case Codec.Latin1: return decodeLatin1(v);
    case Codec.Utf16: return decodeUTF16(data, v, errors, 0);
    case Codec.Utf16LE: return decodeUTF16(data, v, errors, -1);
    case Codec.Utf16BE: return decodeUTF16(data, v, errors, 1);
    case Codec.Utf32: return decodeUTF32(data, v, errors, 0);
    case Codec.Utf32LE: return decodeUTF32(data, v, errors, -1);
    case Codec.Utf32BE: return decodeUTF32(data, v, errors, 1);
    case Codec.Utf8Sig: {
      // Lib/encodings/utf_8_sig.py strips the signature and decodes the rest, so error
      // positions count from after it.
      if (v.length < 3 || v[0] !== BOM_UTF8[0] || v[1] !== BOM_UTF8[1] ||
          v[2] !== BOM_UTF8[2]) return decodeUTF8(data, v, errors);
      const rest = v.slice(3);
      return decodeUTF8(newBytes(rest), rest, errors);
    }
    case Codec.Cp1252: return decodeCharmap(data, v, errors, CP1252);
    case Codec.Cp437: return decodeCharmap(data, v, errors, CP437);
    case Codec.Iso8859_15: return decodeCharmap(data, v, errors, ISO8859_15);
    case Codec.UnicodeEscape: return decodeUnicodeEscape(data, v, errors);
    case Codec.RawUnicodeEscape: return decodeRawUnicodeEscape(data, v, errors);
    case Codec.Undefined: return undefinedCodec();
  }
}

/**
 * str.encode / bytes(s, encoding, errors). A UnicodeEncodeError holds the str, made
 * only when one is raised.
 * @see Objects/unicodeobject.c PyUnicode_AsEncodedString
 */
export function encodeString(s: string, codec: Codec, errors: string): PyObject {
  const obj = (): PyObject => newStr(s);
  let b: Uint8Array;
  switch (codec) {
    case Codec.Utf8: b = encodeUTF8(s, errors, obj); break;
    case Codec.Ascii: b = encodeUCS1(s, errors, obj, 0x80); break;
    case Codec.Latin1: b = encodeUCS1(s, errors, obj, 0x100); break;
    case Codec.Utf16: b = encodeUTF16(s, errors, obj, 0); break;
    case Codec.Utf16LE: b = encodeUTF16(s, errors, obj, -1); break;
    case Codec.Utf16BE: b = encodeUTF16(s, errors, obj, 1); break;
    case Codec.Utf32: b = encodeUTF32(s, errors, obj, 0); break;
    case Codec.Utf32LE: b = encodeUTF32(s, errors, obj, -1); break;
    case Codec.Utf32BE: b = encodeUTF32(s, errors, obj, 1); break;
    case Codec.Utf8Sig: {
      const body = encodeUTF8(s, errors, obj);
      b = new Uint8Array(body.length + 3);
      b.set(BOM_UTF8);
      b.set(body, 3);
      break;
    }
    case Codec.Cp1252: b = encodeCharmap(s, errors, obj, CP1252); break;
    case Codec.Cp437: b = encodeCharmap(s, errors, obj, CP437); break;
    case Codec.Iso8859_15: b = encodeCharmap(s, errors, obj, ISO8859_15); break;
    case Codec.UnicodeEscape: b = encodeUnicodeEscape(s); break;
    case Codec.RawUnicodeEscape: b = encodeRawUnicodeEscape(s); break;
    case Codec.Undefined: return undefinedCodec();
  }
  return newBytes(b);
}

/**
 * The names PyUnicode_AsEncodedString and PyUnicode_Decode serve themselves, straight from
 * C, without asking the codec registry: utf-8, utf-16, utf-32, ascii and latin-1 under
 * their commonest spellings. Only the registry path marks a failure with a note.
 */
function isFastPath(encoding: string): boolean {
  const n = normalizeEncoding(encoding);
  return /^utf_?(8|16|32)$/.test(n) || n === 'ascii' || n === 'us_ascii' || n === 'latin1' ||
    n === 'latin_1' || n === 'iso_8859_1' || n === 'iso8859_1';
}

/**
 * Run a codec as the registry path does: whatever it raises gets the note "encoding with
 * 'cp437' codec failed" (3.12+, PEP 678), which a traceback prints under the message.
 * @see Python/codecs.c wrap_codec_error
 */
function viaRegistry<T>(encoding: string, op: 'encoding' | 'decoding', run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof PyBaseException) exceptionAddNote(e, `${op} with '${encoding}' codec failed`);
    throw e;
  }
}

// What a name resolved to, kept as CPython keeps interp->codec_search_cache: programs
// encode with the same few names over and over.
const resolved = new Map<string, [Codec, boolean]>();

function resolve(encoding: string, use: 'encode' | 'decode'): [Codec, boolean] {
  let r = resolved.get(encoding);
  if (r === undefined) {
    r = [lookupCodec(encoding, use), isFastPath(encoding)];
    resolved.set(encoding, r);
  }
  return r;
}

/** str.encode(encoding, errors) and bytes(str, encoding, errors). @see Objects/unicodeobject.c PyUnicode_AsEncodedString */
export function unicodeEncode(s: string, encoding: string, errors: string): PyObject {
  const [codec, fast] = resolve(encoding, 'encode');
  if (fast) return encodeString(s, codec, errors);
  return viaRegistry(encoding, 'encoding', () => encodeString(s, codec, errors));
}

/** bytes.decode(encoding, errors) and str(bytes, encoding, errors). @see Objects/unicodeobject.c PyUnicode_Decode */
export function unicodeDecode(data: PyObject, v: Uint8Array, encoding: string, errors: string):
  string {
  const [codec, fast] = resolve(encoding, 'decode');
  if (fast) return decodeBytes(data, v, codec, errors);
  return viaRegistry(encoding, 'decoding', () => decodeBytes(data, v, codec, errors));
}
