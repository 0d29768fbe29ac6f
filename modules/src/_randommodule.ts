// Mirrors Modules/_randommodule.c: `_random.Random`, the Mersenne Twister (MT19937) that
// Lib/random.py subclasses. Seeding follows CPython exactly (an int's absolute value split
// into 32-bit words for init_by_array; other objects by their hash; None from urandom), so
// `random.seed(42); random.random()` gives CPython's number once random.py can run.

import { PyObject, PyTypeObject, newStaticType, typeName, Py_TPFLAGS_BASETYPE } from '@ceval/core/object';
import type { PyHash } from '@ceval/core/object';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { newFloat } from '@ceval/core/objects/floatobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyObject_Hash } from '@ceval/core/objects/objectcore';
import {
  newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError,
} from '@ceval/core/objects/exceptions';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule } from './_clinic.js';
import type { Host } from './host.js';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

/** `_random.Random`. @see Modules/_randommodule.c Random_Type_spec */
export const PyRandom_Type: PyTypeObject = newStaticType('_random.Random', undefined,
  Py_TPFLAGS_BASETYPE);

/** A generator's state: 624 words and the index of the next one. */
export class PyRandomObject extends PyObject {
  readonly mt = new Uint32Array(N);
  index = N + 1;
  /** Instance attributes of Python subclasses (random.Random). */
  dict: PyDict | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.dict = type === PyRandom_Type ? null : new PyDict();
  }
}

/** @see _randommodule.c init_genrand */
function initGenrand(self: PyRandomObject, s: number): void {
  const mt = self.mt;
  mt[0] = s >>> 0;
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
  }
  self.index = N;
}

/** @see _randommodule.c init_by_array */
function initByArray(self: PyRandomObject, key: Uint32Array): void {
  const mt = self.mt;
  initGenrand(self, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
    i++;
    j++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
    mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
    i++;
    if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
  }
  mt[0] = 0x80000000;
  self.index = N;
}

/** The next 32 random bits. @see _randommodule.c genrand_uint32 */
export function genrandUint32(self: PyRandomObject): number {
  const mt = self.mt;
  if (self.index >= N) {
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    self.index = 0;
  }
  let y = mt[self.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** A float in [0, 1) with 53 random bits. @see _randommodule.c random_random */
export function randomRandom(self: PyRandomObject): number {
  const a = genrandUint32(self) >>> 5;
  const b = genrandUint32(self) >>> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/** The 32-bit words of a non-negative integer, least significant first (at least one). */
function wordsOf(n: bigint): Uint32Array {
  const out: number[] = [];
  do {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return Uint32Array.from(out);
}

/** @see _randommodule.c random_seed */
function randomSeed(host: Host, self: PyRandomObject, arg: PyObject | null): void {
  if (arg === null || arg === Py_None) {
    // Seeded from the system's random source: N words of it.
    const b = host.randomBytes(N * 4);
    const key = new Uint32Array(b.buffer, b.byteOffset, N);
    initByArray(self, key);
    return;
  }
  let n: bigint;
  if (arg instanceof PyLong) {
    const v = BigInt(arg.value);
    n = v < 0n ? -v : v;
  } else {
    const h: PyHash = PyObject_Hash(arg);
    // (size_t)hash: a negative hash seen as unsigned 64 bits.
    n = BigInt.asUintN(64, BigInt(h));
  }
  initByArray(self, wordsOf(n));
}

/** @see _randommodule.c _random_Random_getrandbits_impl */
function getrandbits(self: PyRandomObject, k: number): bigint {
  if (k <= 32) return BigInt(genrandUint32(self) >>> (32 - k));
  let r = 0n;
  let shift = 0n;
  for (let left = k; left > 0; left -= 32) {
    let w = genrandUint32(self);
    if (left < 32) w >>>= 32 - left;
    r |= BigInt(w) << shift;
    shift += 32n;
  }
  return r;
}

function checkNoArgs(name: string, args: PyObject[]): void {
  if (args.length !== 0) {
    throw newExceptionMsg(PyExc_TypeError, `Random.${name}() takes no arguments (${args.length} given)`);
  }
}

function methods(host: Host): typeof PyRandom_Type.tp_methods {
  return [
    { ml_name: 'random', ml_meth: (self, args) => {
      checkNoArgs('random', args);
      return newFloat(randomRandom(self as PyRandomObject));
    } },
    { ml_name: 'seed', ml_meth: (self, args) => {
      if (args.length > 1) {
        throw newExceptionMsg(PyExc_TypeError, `seed expected at most 1 argument, got ${args.length}`);
      }
      randomSeed(host, self as PyRandomObject, args[0] ?? null);
      return Py_None;
    } },
    { ml_name: 'getrandbits', ml_meth: (self, args) => {
      if (args.length !== 1) {
        throw newExceptionMsg(PyExc_TypeError,
          `Random.getrandbits() takes exactly one argument (${args.length} given)`);
      }
      const a = args[0];
      if (!(a instanceof PyLong)) {
        throw newExceptionMsg(PyExc_TypeError,
          `'${typeName(a.ob_type)}' object cannot be interpreted as an integer`);
      }
      const k = BigInt(a.value);
      if (k < 0n) throw newExceptionMsg(PyExc_ValueError, 'number of bits must be non-negative');
      if (k > 0x7fffffffn) {
        throw newExceptionMsg(PyExc_OverflowError, 'Python int too large to convert to C int');
      }
      if (k === 0n) return newInt(0);
      const v = getrandbits(self as PyRandomObject, Number(k));
      return newInt(v <= 0x1fffffffffffffn ? Number(v) : v);
    } },
    { ml_name: 'getstate', ml_meth: (self, args) => {
      checkNoArgs('getstate', args);
      const r = self as PyRandomObject;
      return newTuple([...Array.from(r.mt, (w) => newInt(w)), newInt(r.index)]);
    } },
    { ml_name: 'setstate', ml_meth: (self, args) => {
      const st = args[0];
      if (!(st instanceof PyTuple)) {
        throw newExceptionMsg(PyExc_TypeError, 'state vector must be a tuple');
      }
      if (st.items.length !== N + 1) {
        throw newExceptionMsg(PyExc_ValueError, 'state vector is the wrong size');
      }
      const r = self as PyRandomObject;
      const words = st.items.map((w) => {
        if (!(w instanceof PyLong)) {
          throw newExceptionMsg(PyExc_TypeError,
            `'${typeName(w.ob_type)}' object cannot be interpreted as an integer`);
        }
        return BigInt(w.value);
      });
      const index = words[N];
      if (index < 0n || index > BigInt(N)) throw newExceptionMsg(PyExc_ValueError, 'invalid state');
      for (let i = 0; i < N; i++) r.mt[i] = Number(BigInt.asUintN(32, words[i]));
      r.index = Number(index);
      return Py_None;
    } },
  ];
}

/** Build `_random`. @see Modules/_randommodule.c _random_exec */
export function makeRandomModule(host: Host): PyModule {
  PyRandom_Type.tp_methods = methods(host);
  PyRandom_Type.tp_new = (type) => new PyRandomObject(type);
  PyRandom_Type.tp_init = (self, args, kwargs) => {
    if (self.ob_type === PyRandom_Type && kwargs instanceof PyDict && kwargs.ma_used > 0) {
      throw newExceptionMsg(PyExc_TypeError, 'Random() takes no keyword arguments');
    }
    if (args.length > 1) throw newExceptionMsg(PyExc_TypeError, 'Random() requires 0 or 1 argument');
    randomSeed(host, self as PyRandomObject, args[0] ?? null);
  };
  return newModule('_random', (_def, m) => {
    m.dict.setItemStr('Random', PyRandom_Type);
  });
}
