// hash() and set/frozenset iteration order against CPython 3.13 under PYTHONHASHSEED=0, 1 and
// 12345 (goldens: tools/oracle/objects.py). Objects are built after re-keying, as a process
// started with that seed would.
import { describe, it, expect } from 'vitest';
import {
  setHashSeed, constHash, reprString, newSet, setAddKey, setDiscardKey, setKeys, setMerge,
  PySet_Type, newSetObject, newFrozenSet, PyFrozenSet_Type, PyObject, stringHash,
} from '../src/objects/index.js';
import { golden, dec, type Enc } from './objects-golden.js';

interface SetCase {
  name: string;
  ops: ['add' | 'discard', Enc][];
  order: Enc[];
  frozenHash: string;
  frozenOrder: Enc[];
}
interface Seeded {
  seed: number;
  hashes: [Enc, string][];
  sets: SetCase[];
  merged: { src: Enc[]; copy: Enc[]; update: Enc[] }[];
}

const reprs = (xs: PyObject[]): string[] => xs.map(reprString);

for (const seed of [0, 1, 12345]) {
  describe(`PYTHONHASHSEED=${seed}`, () => {
    const g = golden<Seeded>(`seed${seed}.json`);

    it(`hashes ${g.hashes.length} ints, floats, complexes, strs, bytes, tuples, frozensets`, () => {
      setHashSeed(seed);
      const bad: string[] = [];
      for (const [e, want] of g.hashes) {
        const o = dec(e);
        const got = String(constHash(o));
        if (got !== want) bad.push(`${reprString(o)}: got ${got} want ${want}`);
      }
      expect(bad).toEqual([]);
    });

    it('hashes JS text like the equal str (stringHash)', () => {
      setHashSeed(seed);
      for (const [e, want] of g.hashes) {
        if (e.t === 'str') expect(String(stringHash(String.fromCodePoint(...e.v)))).toBe(want);
      }
    });

    for (const c of g.sets) {
      it(`set iteration order: ${c.name}`, () => {
        setHashSeed(seed);
        const s = newSet([]);
        for (const [op, v] of c.ops) {
          if (op === 'add') setAddKey(s, dec(v));
          else setDiscardKey(s, dec(v));
        }
        expect(reprs(setKeys(s))).toEqual(c.order.map((e) => reprString(dec(e))));
        // frozenset(s) is built by set_merge from s, then hashed.
        const f = newSetObject(PyFrozenSet_Type);
        setMerge(f, s);
        expect(reprs(setKeys(f))).toEqual(c.frozenOrder.map((e) => reprString(dec(e))));
        expect(String(constHash(f))).toBe(c.frozenHash);
      });
    }

    it('set(s) and set.update(s) copy tables as set_merge does', () => {
      setHashSeed(seed);
      for (const m of g.merged) {
        const a = newSet(m.src.map(dec));
        const src = setKeys(a);
        for (let i = 0; i < m.src.length; i += 2) setDiscardKey(a, dec(m.src[i]));
        void src;
        const b = newSetObject(PySet_Type);
        setMerge(b, a);
        expect(reprs(setKeys(b))).toEqual(m.copy.map((e) => reprString(dec(e))));
        const c = newSet([dec({ t: 'int', v: '1000000' })]);
        setMerge(c, a);
        expect(reprs(setKeys(c))).toEqual(m.update.map((e) => reprString(dec(e))));
      }
    });
  });
}

describe('frozenset repr', () => {
  it('orders like the table', () => {
    setHashSeed(0);
    expect(reprString(newFrozenSet([5, 1, 100].map((v) => dec({ t: 'int', v: String(v) })))))
      .toBe('frozenset({1, 100, 5})');
    expect(reprString(newSet([]))).toBe('set()');
  });
});
