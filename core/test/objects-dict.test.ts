// dict as namespace: insertion order, equal keys across numeric types, deletion and
// re-insertion, reprs (goldens: tools/oracle/objects.py), and the str fast path.
import { describe, it, expect } from 'vitest';
import {
  newDict, reprString, newStr, newInt, PyBaseException, strString, newTuple,
  PyObject, setHashSeed,
} from '../src/objects/index.js';
import { golden, dec, type Enc } from './objects-golden.js';

const g = golden<{ ops: [string, Enc, Enc?][]; repr: string }[]>('dicts.json');

describe('dict', () => {
  for (const c of g) {
    it(`ends as ${c.repr.slice(0, 60)}`, () => {
      setHashSeed(0);
      const d = newDict();
      for (const [op, k, v] of c.ops) {
        if (op === 'set') d.setItem(dec(k), dec(v!));
        else expect(d.delItem(dec(k))).toBe(true);
      }
      expect(reprString(d)).toBe(c.repr);
    });
  }

  it('serves str keys through getItemStr/setItemStr and general keys alike', () => {
    const d = newDict();
    d.setItemStr('x', newInt(1));
    expect(d.getItem(newStr('x'))).toBe(newInt(1));
    d.setItem(newStr('y'), newInt(2));
    expect(d.getItemStr('y')).toBe(newInt(2));
    expect(d.getItemStr('z')).toBeNull();
    expect(d.ma_used).toBe(2);
    expect(d.delItemStr('x')).toBe(true);
    expect(d.delItemStr('x')).toBe(false);
    expect(d.keys().map(reprString)).toEqual(["'y'"]);
  });

  it('finds tuple keys by value and refuses unhashable keys', () => {
    const d = newDict();
    d.setItem(newTuple([newInt(1), newStr('a')]), newInt(5));
    expect(d.getItem(newTuple([newInt(1), newStr('a')]))).toBe(newInt(5));
    expect(d.getItem(newTuple([newInt(2), newStr('a')]))).toBeNull();
    let caught: unknown;
    try { d.setItem(newDict(), newInt(1)); } catch (e) { caught = e; }
    expect(caught).toBeInstanceOf(PyBaseException);
    expect(strString(caught as PyObject)).toBe("unhashable type: 'dict'");
  });

  it('keeps insertion order and finds every key through heavy churn (reference model)', () => {
    // A plain array of [key repr, value] is the specification of insertion order.
    const d = newDict();
    const model: [string, number][] = [];
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const keyOf = (k: number): PyObject => (k % 3 === 0 ? newTuple([newInt(k), newStr('t')]) :
      k % 3 === 1 ? newStr('s' + k) : newInt(k * 1000003));
    for (let step = 0; step < 5000; step++) {
      const k = rnd(300);
      const key = keyOf(k);
      const r = reprString(key);
      const at = model.findIndex((m) => m[0] === r);
      if (rnd(3) === 0) {
        expect(d.delItem(key)).toBe(at >= 0);
        if (at >= 0) model.splice(at, 1);
      } else {
        d.setItem(key, newInt(step));
        if (at >= 0) model[at][1] = step; else model.push([r, step]);
      }
    }
    expect(d.ma_used).toBe(model.length);
    expect([...d.entries()].map((e) => [reprString(e.key), Number(reprString(e.value))]))
      .toEqual(model);
    for (let k = 0; k < 300; k++) {
      const m = model.find((x) => x[0] === reprString(keyOf(k)));
      const v = d.getItem(keyOf(k));
      expect(v === null ? null : Number(reprString(v))).toBe(m === undefined ? null : m[1]);
    }
  });
});
