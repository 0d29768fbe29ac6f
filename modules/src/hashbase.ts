// What CPython's built-in hash modules (Modules/md5module.c, sha1module.c, sha2module.c,
// sha3module.c, blake2module.c) share: a hash object type with update, digest, hexdigest,
// copy, name, digest_size and block_size. The digest itself is the Host's (node:crypto in
// Node); the object keeps the bytes it was given and digests them when asked.

import { PyObject, PyTypeObject, newStaticType, typeName, addressText } from '@ceval/core/object';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newExceptionMsg, PyExc_TypeError, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { unpackKeywords } from '@ceval/core/runtime/getargs';
import type { Fn } from './_clinic.js';
import type { Host } from './host.js';

/** One algorithm: its Python name, the host's name, sizes, and whether it is a SHAKE. */
export interface HashAlgorithm {
  name: string;
  host: string;
  digestSize: number;
  blockSize: number;
  shake?: boolean;
}

class PyHashObject extends PyObject {
  chunks: Uint8Array[] = [];
  constructor(type: PyTypeObject, readonly alg: HashAlgorithm) {
    super(type);
  }
  data(): Uint8Array {
    const n = this.chunks.reduce((s, c) => s + c.length, 0);
    const out = new Uint8Array(n);
    let o = 0;
    for (const c of this.chunks) { out.set(c, o); o += c.length; }
    this.chunks = [out];
    return out;
  }
}

/** Hashing takes bytes; a str must be encoded first. @see hashlib.h GET_BUFFER_VIEW_OR_ERROUT */
function dataArg(o: PyObject): Uint8Array {
  if (o instanceof PyUnicode) throw newExceptionMsg(PyExc_TypeError, 'Strings must be encoded before hashing');
  if (o instanceof PyBytes) return o.value;
  throw newExceptionMsg(PyExc_TypeError, 'object supporting the buffer API required');
}

const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/**
 * The type of `alg`'s hash objects (named like CPython's: `_sha2.SHA256Type`) and its
 * constructor function `name(data=b'', *, usedforsecurity=True, string=None)`.
 */
export function hashType(host: Host, typeNameText: string, alg: HashAlgorithm): [PyTypeObject, Fn] {
  const t = newStaticType(typeNameText);
  const digest = (o: PyHashObject, length?: number): Uint8Array => {
    const d = host.digest(alg.host, o.data());
    if (d === null) throw newExceptionMsg(PyExc_ValueError, `unsupported hash type ${alg.name}`);
    return length === undefined ? d : d.subarray(0, length);
  };
  const shakeLength = (args: PyObject[]): number => {
    const l = args[0];
    if (!(l instanceof PyLong)) {
      throw newExceptionMsg(PyExc_TypeError, `digest() missing required argument 'length' (pos 1)`);
    }
    const n = Number(l.value);
    if (n < 0) throw newExceptionMsg(PyExc_ValueError, 'negative digest length');
    return n;
  };
  // A SHAKE's length is chosen per call; the host digests at the largest length asked of it.
  const shakeDigest = (o: PyHashObject, n: number): Uint8Array => {
    const d = host.digest(`${alg.host}:${n}`, o.data());
    if (d === null) throw newExceptionMsg(PyExc_ValueError, `unsupported hash type ${alg.name}`);
    return d;
  };
  t.tp_methods = [
    { ml_name: 'update', ml_meth: (self, args) => {
      if (args.length !== 1) {
        throw newExceptionMsg(PyExc_TypeError, `update() takes exactly one argument (${args.length} given)`);
      }
      (self as PyHashObject).chunks.push(dataArg(args[0]).slice());
      return Py_None;
    } },
    { ml_name: 'digest', ml_meth: (self, args) => newBytes(alg.shake
      ? shakeDigest(self as PyHashObject, shakeLength(args)) : digest(self as PyHashObject)) },
    { ml_name: 'hexdigest', ml_meth: (self, args) => newStr(hex(alg.shake
      ? shakeDigest(self as PyHashObject, shakeLength(args)) : digest(self as PyHashObject))) },
    { ml_name: 'copy', ml_meth: (self) => {
      const c = new PyHashObject(t, alg);
      c.chunks = [(self as PyHashObject).data()];
      return c;
    } },
  ];
  t.tp_members = [
    { name: 'name', get: () => newStr(alg.name), set: null },
    { name: 'digest_size', get: () => newInt(alg.shake ? 0 : alg.digestSize), set: null },
    { name: 'block_size', get: () => newInt(alg.blockSize), set: null },
  ];
  t.tp_repr = (o) => newStr(`<${typeNameText} object at ${addressText(o)}>`);
  const ctor: Fn = (args, kw) => {
    const [data, , str] = unpackKeywords({ fname: alg.name,
      names: ['data', 'usedforsecurity', 'string'], posonly: 0, required: 0, kwonly: 2 }, args, kw);
    if (data !== undefined && str !== undefined && str !== Py_None) {
      throw newExceptionMsg(PyExc_TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
    }
    const o = new PyHashObject(t, alg);
    const init = data ?? (str !== undefined && str !== Py_None ? str : undefined);
    if (init !== undefined) o.chunks.push(dataArg(init).slice());
    return o;
  };
  void typeName;
  return [t, ctor];
}
