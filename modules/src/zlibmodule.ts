// Mirrors Modules/zlibmodule.c: one-shot compress and decompress (zlib, raw deflate and gzip
// framing chosen by wbits, as the C library does), crc32 and adler32, zlib.error with the C
// library's error codes. Compression itself is the Host's (node:zlib in Node). The streaming
// objects (compressobj, decompressobj) are not written yet.

import type { PyObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newExceptionMsg, newExceptionType, PyExc_Exception, PyExc_TypeError } from '@ceval/core/objects/exceptions';
import { unpackKeywords } from '@ceval/core/runtime/getargs';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, positional } from './_clinic.js';
import { crc32, u32 } from './binascii.js';
import type { Host } from './host.js';

export const ZlibError = newExceptionType('zlib.error', PyExc_Exception);

function bytesArg(o: PyObject | undefined): Uint8Array {
  if (o instanceof PyBytes) return o.value;
  throw newExceptionMsg(PyExc_TypeError,
    `a bytes-like object is required, not '${o === undefined ? 'NoneType' : typeName(o.ob_type)}'`);
}

function intArg(o: PyObject | undefined, dflt: number): number {
  if (o === undefined) return dflt;
  if (!(o instanceof PyLong)) {
    throw newExceptionMsg(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  return Number(o.value);
}

/** zlib's error text for a code, as zlib_error() words it. */
function zlibFailure(e: unknown, while_: string): never {
  const err = e as { errno?: number; code?: string; message?: string };
  let code = typeof err.errno === 'number' ? err.errno : -3;
  let msg = err.message ?? 'invalid input data';
  if (err.code === 'Z_BUF_ERROR' || msg === 'unexpected end of file') {
    code = -5;
    msg = 'incomplete or truncated stream';
  }
  throw newExceptionMsg(ZlibError, `Error ${code} while ${while_}: ${msg}`);
}

/** Adler-32 checksum. */
function adler32(data: Uint8Array, start: number): number {
  let a = start & 0xffff;
  let b = (start >>> 16) & 0xffff;
  for (let i = 0; i < data.length; i++) {
    a = (a + data[i]) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Build `zlib`. @see Modules/zlibmodule.c zlib_exec */
export function makeZlibModule(host: Host): PyModule {
  return newModule('zlib', (def, m) => {
    def('compress', (args, kw) => {
      const [data, level, wbits] = unpackKeywords({ fname: 'compress', names: ['', 'level', 'wbits'],
        posonly: 1, required: 1, kwonly: 0 }, args, kw);
      const lv = intArg(level, -1);
      if (lv < -1 || lv > 9) throw newExceptionMsg(ZlibError, 'Bad compression level');
      try {
        return newBytes(host.zlib('compress', bytesArg(data), lv, intArg(wbits, 15)));
      } catch (e) {
        if ((e as { ob_type?: unknown }).ob_type !== undefined) throw e;
        return zlibFailure(e, 'compressing data');
      }
    });
    def('decompress', (args, kw) => {
      const [data, wbits] = unpackKeywords({ fname: 'decompress', names: ['', 'wbits', 'bufsize'],
        posonly: 1, required: 1, kwonly: 0 }, args, kw);
      const input = bytesArg(data);
      try {
        return newBytes(host.zlib('decompress', input, 0, intArg(wbits, 15)));
      } catch (e) {
        return zlibFailure(e, 'decompressing data');
      }
    });
    def('crc32', (args, kw) => {
      positional('crc32', 'zlib.crc32', args, kw, 1, 2);
      return newInt(crc32(bytesArg(args[0]), u32(args[1], 0)));
    });
    def('adler32', (args, kw) => {
      positional('adler32', 'zlib.adler32', args, kw, 1, 2);
      return newInt(adler32(bytesArg(args[0]), u32(args[1], 1)));
    });
    const consts: [string, number][] = [['MAX_WBITS', 15], ['DEFLATED', 8], ['DEF_MEM_LEVEL', 8],
      ['DEF_BUF_SIZE', 16384], ['Z_NO_COMPRESSION', 0], ['Z_BEST_SPEED', 1],
      ['Z_BEST_COMPRESSION', 9], ['Z_DEFAULT_COMPRESSION', -1], ['Z_FILTERED', 1],
      ['Z_HUFFMAN_ONLY', 2], ['Z_RLE', 3], ['Z_FIXED', 4], ['Z_DEFAULT_STRATEGY', 0],
      ['Z_NO_FLUSH', 0], ['Z_PARTIAL_FLUSH', 1], ['Z_SYNC_FLUSH', 2], ['Z_FULL_FLUSH', 3],
      ['Z_FINISH', 4], ['Z_BLOCK', 5], ['Z_TREES', 6]];
    for (const [k, v] of consts) m.dict.setItemStr(k, newInt(v));
    m.dict.setItemStr('error', ZlibError);
    m.dict.setItemStr('ZLIB_VERSION', newStr('1.2.13'));
    m.dict.setItemStr('ZLIB_RUNTIME_VERSION', newStr('1.2.13'));
  });
}
