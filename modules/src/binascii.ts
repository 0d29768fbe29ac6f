// Mirrors Modules/binascii.c: conversions between binary data and ASCII (hex, base64), CRC-32
// and CRC-CCITT, with `binascii.Error` and `binascii.Incomplete` and CPython's messages. The
// quoted-printable and uuencode pairs are not written yet.

import type { PyObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import {
  newExceptionMsg, newExceptionType, PyExc_ValueError, PyExc_Exception, PyExc_TypeError,
} from '@ceval/core/objects/exceptions';
import { unpackKeywords } from '@ceval/core/runtime/getargs';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import type { Interpreter } from '@ceval/core/interpreter';
import { newModule, positional } from './_clinic.js';

export const BinasciiError = newExceptionType('binascii.Error', PyExc_ValueError);
export const BinasciiIncomplete = newExceptionType('binascii.Incomplete', PyExc_Exception);

function fail(msg: string): never {
  throw newExceptionMsg(BinasciiError, msg);
}

/** A bytes-like argument. @see binascii.c Py_buffer converter */
function binaryArg(o: PyObject | undefined): Uint8Array {
  if (o instanceof PyBytes) return o.value;
  throw newExceptionMsg(PyExc_TypeError,
    `a bytes-like object is required, not '${o === undefined ? 'NoneType' : typeName(o.ob_type)}'`);
}

/** The a2b_* functions also take ASCII str. @see binascii.c ascii_buffer_converter */
function asciiArg(o: PyObject | undefined): Uint8Array {
  if (o instanceof PyUnicode) {
    const s = o.value;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) throw newExceptionMsg(PyExc_ValueError, 'string argument should contain only ASCII characters');
      out[i] = c;
    }
    return out;
  }
  if (o instanceof PyBytes) return o.value;
  throw newExceptionMsg(PyExc_TypeError, 'argument should be bytes, buffer or ASCII string, '
    + `not '${o === undefined ? 'NoneType' : typeName(o.ob_type)}'`);
}

const HEX = '0123456789abcdef';

/** hexlify with an optional separator every bytes_per_sep bytes (from the right if > 0). */
function hexlify(data: Uint8Array, sep: PyObject | undefined, perSep: number): Uint8Array {
  let sepChar = -1;
  if (sep !== undefined && sep !== Py_None) {
    const s = sep instanceof PyUnicode ? sep.value : sep instanceof PyBytes
      ? String.fromCharCode(...sep.value) : null;
    if (s === null) throw newExceptionMsg(PyExc_TypeError, 'sep must be str or bytes.');
    if (s.length !== 1) throw newExceptionMsg(PyExc_ValueError, 'sep must be length 1.');
    if (s.charCodeAt(0) > 127) throw newExceptionMsg(PyExc_ValueError, 'sep must be ASCII.');
    sepChar = s.charCodeAt(0);
  }
  let text = '';
  const n = data.length;
  const every = Math.abs(perSep);
  for (let i = 0; i < n; i++) {
    if (sepChar >= 0 && every > 0 && i > 0) {
      // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
      const boundary = perSep > 0 ? (n - i) % every === 0 : i % every === 0;
      if (boundary) text += String.fromCharCode(sepChar);
    }
    text += HEX[data[i] >> 4] + HEX[data[i] & 15];
  }
  return new TextEncoder().encode(text);
}

function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2 !== 0) fail('Odd-length string');
  const out = new Uint8Array(data.length / 2);
  const digit = (c: number): number => {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return fail('Non-hexadecimal digit found');
  };
  for (let i = 0; i < out.length; i++) out[i] = (digit(data[2 * i]) << 4) | digit(data[2 * i + 1]);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INV = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INV[B64.charCodeAt(i)] = i;

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  let s = '';
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    s += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
  }
  if (data.length - i === 1) s += B64[data[i] >> 2] + B64[(data[i] & 3) << 4] + '==';
  else if (data.length - i === 2) {
    const v = (data[i] << 8) | data[i + 1];
    s += B64[v >> 10] + B64[(v >> 4) & 63] + B64[(v & 15) << 2] + '=';
  }
  if (newline) s += '\n';
  return new TextEncoder().encode(s);
}

/** @see binascii.c binascii_a2b_base64_impl */
function a2bBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  if (strict && data.length > 0 && data[0] === 61) fail('Leading padding not allowed');
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === 61) {
      paddingStarted = true;
      if (strict && quadPos === 0) fail('Excess padding not allowed');
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        if (strict && i + 1 < data.length) fail('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_INV[ch];
    if (v < 0) {
      if (strict) fail('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) fail('Discontinuous padding not allowed');
    pads = 0;
    switch (quadPos) {
      case 0: quadPos = 1; left = v; break;
      case 1: quadPos = 2; out.push(((left << 2) | (v >> 4)) & 255); left = v & 15; break;
      case 2: quadPos = 3; out.push(((left << 4) | (v >> 2)) & 255); left = v & 3; break;
      default: quadPos = 0; out.push(((left << 6) | v) & 255); left = 0;
    }
  }
  if (quadPos !== 0) {
    if (quadPos === 1) {
      fail('Invalid base64-encoded string: number of data characters '
        + `(${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
    }
    fail('Incorrect padding');
  }
  return Uint8Array.from(out);
}

let crcTable: Uint32Array | null = null;

/** CRC-32 as zlib computes it (the reflected 0xEDB88320 polynomial). */
export function crc32(data: Uint8Array, crc: number): number {
  if (crcTable === null) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = (crc ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = crcTable[(c ^ data[i]) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC-CCITT (XMODEM): polynomial 0x1021, no reflection. */
function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (const b of data) {
    c ^= b << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

/** An unsigned 32-bit starting value: Python ints wrap modulo 2**32, as C's conversion does. */
export function u32(o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  if (!(o instanceof PyLong)) {
    throw newExceptionMsg(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return Number(BigInt.asUintN(32, BigInt(o.value)));
}

/** Build `binascii`. @see Modules/binascii.c binascii_exec */
export function makeBinasciiModule(interp: Interpreter): PyModule {
  const isTrue = (o: PyObject): boolean => interp.hooks.isTrue(o);
  return newModule('binascii', (def, m) => {
    const hex = (name: string) => (args: PyObject[], kw: string[] | null): PyObject => {
      const [data, sep, per] = unpackKeywords({ fname: name, names: ['data', 'sep', 'bytes_per_sep'],
        posonly: 0, required: 1, kwonly: 0 }, args, kw);
      const perSep = per instanceof PyLong ? Number(per.value) : 1;
      return newBytes(hexlify(binaryArg(data), sep, perSep));
    };
    def('hexlify', hex('hexlify'));
    def('b2a_hex', hex('b2a_hex'));
    const unhex = (name: string) => (args: PyObject[], kw: string[] | null): PyObject => {
      positional(name, `binascii.${name}`, args, kw, 1, 1);
      return newBytes(unhexlify(asciiArg(args[0])));
    };
    def('unhexlify', unhex('unhexlify'));
    def('a2b_hex', unhex('a2b_hex'));
    def('b2a_base64', (args, kw) => {
      const [data, nl] = unpackKeywords({ fname: 'b2a_base64', names: ['', 'newline'],
        posonly: 1, required: 1, kwonly: 1 }, args, kw);
      return newBytes(b2aBase64(binaryArg(data), nl === undefined || isTrue(nl)));
    });
    def('a2b_base64', (args, kw) => {
      const [data, strict] = unpackKeywords({ fname: 'a2b_base64', names: ['', 'strict_mode'],
        posonly: 1, required: 1, kwonly: 1 }, args, kw);
      return newBytes(a2bBase64(asciiArg(data), strict !== undefined && isTrue(strict)));
    });
    def('crc32', (args, kw) => {
      positional('crc32', 'binascii.crc32', args, kw, 1, 2);
      return newInt(crc32(binaryArg(args[0]), u32(args[1], 0)));
    });
    def('crc_hqx', (args, kw) => {
      positional('crc_hqx', 'binascii.crc_hqx', args, kw, 2, 2);
      return newInt(crcHqx(binaryArg(args[0]), u32(args[1], 0)));
    });
    m.dict.setItemStr('Error', BinasciiError);
    m.dict.setItemStr('Incomplete', BinasciiIncomplete);
  });
}

