// Mirrors Modules/md5module.c, sha1module.c, sha2module.c, sha3module.c and blake2module.c:
// CPython's built-in hash modules, each a constructor per algorithm over hashbase.ts. With
// them Lib/hashlib.py finds md5, sha1, sha2, sha3 and blake2 without OpenSSL's _hashlib.

import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import type { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { newModule } from './_clinic.js';
import { hashType, type HashAlgorithm } from './hashbase.js';
import type { Host } from './host.js';

type Entry = [typeName: string, alg: HashAlgorithm];

/**
 * md5, sha1 and sha2 export a constructor function beside their type (MD5Type ...); in sha3
 * and blake2 the type itself is the constructor (`_sha3.sha3_256(b'..')`).
 */
function hashModule(host: Host, name: string, entries: Entry[]): PyModule {
  return newModule(name, (def, m) => {
    for (const [tn, alg] of entries) {
      const [t, ctor] = hashType(host, `${name}.${tn}`, alg);
      if (tn === alg.name) {
        t.tp_new = (_type, args, kwargs) => {
          const kw = kwargs instanceof PyDict ? kwargs.keys().map((k) => (k as PyUnicode).value) : [];
          const vals = kwargs instanceof PyDict ? kwargs.values() : [];
          return ctor([...args, ...vals], kw.length > 0 ? kw : null);
        };
        m.dict.setItemStr(tn, t);
      } else {
        def(alg.name, ctor);
        m.dict.setItemStr(tn, t);
      }
    }
  });
}

export const makeMd5Module = (host: Host): PyModule => hashModule(host, '_md5',
  [['MD5Type', { name: 'md5', host: 'md5', digestSize: 16, blockSize: 64 }]]);

export const makeSha1Module = (host: Host): PyModule => hashModule(host, '_sha1',
  [['SHA1Type', { name: 'sha1', host: 'sha1', digestSize: 20, blockSize: 64 }]]);

export const makeSha2Module = (host: Host): PyModule => hashModule(host, '_sha2', [
  ['SHA224Type', { name: 'sha224', host: 'sha224', digestSize: 28, blockSize: 64 }],
  ['SHA256Type', { name: 'sha256', host: 'sha256', digestSize: 32, blockSize: 64 }],
  ['SHA384Type', { name: 'sha384', host: 'sha384', digestSize: 48, blockSize: 128 }],
  ['SHA512Type', { name: 'sha512', host: 'sha512', digestSize: 64, blockSize: 128 }],
]);

export const makeSha3Module = (host: Host): PyModule => hashModule(host, '_sha3', [
  ['sha3_224', { name: 'sha3_224', host: 'sha3-224', digestSize: 28, blockSize: 144 }],
  ['sha3_256', { name: 'sha3_256', host: 'sha3-256', digestSize: 32, blockSize: 136 }],
  ['sha3_384', { name: 'sha3_384', host: 'sha3-384', digestSize: 48, blockSize: 104 }],
  ['sha3_512', { name: 'sha3_512', host: 'sha3-512', digestSize: 64, blockSize: 72 }],
  ['shake_128', { name: 'shake_128', host: 'shake128', digestSize: 0, blockSize: 168, shake: true }],
  ['shake_256', { name: 'shake_256', host: 'shake256', digestSize: 0, blockSize: 136, shake: true }],
]);

/** blake2b and blake2s with their default parameters (no key, salt or person yet). */
export const makeBlake2Module = (host: Host): PyModule => hashModule(host, '_blake2', [
  ['blake2b', { name: 'blake2b', host: 'blake2b512', digestSize: 64, blockSize: 128 }],
  ['blake2s', { name: 'blake2s', host: 'blake2s256', digestSize: 32, blockSize: 64 }],
]);
