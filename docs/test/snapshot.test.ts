// The playground's snapshots of the VM, on hand-made objects shaped like core's: frames read
// from the data stack, values without running Python code, heap ids stable between steps.
import { describe, expect, it } from 'vitest';
import { Snapshotter } from '../src/playground/adapter.js';

const HEAPTYPE = 1 << 9;
type Obj = Record<string, any>;
const type = (name: string, flags = 0): Obj => ({ tp_name: name, tp_flags: flags });
const T = { int: type('int'), str: type('str'), list: type('list'), dict: type('dict'), cell: type('cell'), user: type('__main__.Point', HEAPTYPE) };
const int = (v: number): Obj => ({ ob_type: T.int, v });
const str = (v: string): Obj => ({ ob_type: T.str, value: v });
const list = (items: Obj[]): Obj => ({ ob_type: T.list, items });
const dict = (pairs: [Obj, Obj][]): Obj => ({
  ob_type: T.dict, *entries() { for (const [key, value] of pairs) yield { key, value }; },
});
let userReprCalls = 0;
const user = (): Obj => ({ ob_type: T.user, dict: dict([[str('x'), int(1)]]) });
const repr = (o: Obj): string => {
  if (o.ob_type === T.int) return String(o.v);
  if (o.ob_type === T.str) return `'${o.value}'`;
  userReprCalls++;
  return '<called>';
};
// co_localspluskinds: local, local+cell, free.
const kinds = (): Uint8Array => Uint8Array.from([0x20, 0x60, 0x80]);

function frame(stack: (Obj | null)[], base: number, sp: number, previous: Obj | null = null): Obj {
  return {
    base, sp, lasti: 3, previous, locals: null,
    exec: {
      qualname: 'f', firstlineno: 1, localsplusnames: ['a', 'b', 'c'], nlocalsplus: 3,
      original: Uint8Array.from([149, 0, 0, 0, 0, 0, 85, 0]), lineAt: (i: number) => i + 1,
    },
  };
}

describe('Snapshotter', () => {
  it('reads locals, cells, free variables and the value stack from the data stack', () => {
    const s = new Snapshotter(repr, kinds);
    const xs = list([int(1), str('a')]);
    const cell = { ob_type: T.cell, ob_ref: int(7) };
    const interp = { stack: [int(5), cell, null, xs, int(9)] };
    const step = s.step(frame(interp.stack, 0, 5), interp, 0);
    const f = step.frames[0];
    expect(f.locals).toEqual([{ name: 'a', value: { r: '5', t: 'int' } }]);
    expect(f.cells).toEqual([{ name: 'b', value: { r: '7', t: 'int' } }]);
    expect(f.frees).toEqual([{ name: 'c', value: null }]);
    expect(f.stack).toEqual([{ r: "[1, 'a']", t: 'list', h: 1 }, { r: '9', t: 'int' }]);
    expect(f).toMatchObject({ code: 'f', offset: 6, line: 4 });
    expect(step.heap).toEqual([{ id: 1, type: 'list', repr: "[1, 'a']", items: [{ r: '1', t: 'int' }, { r: "'a'", t: 'str' }] }]);
  });

  it('never calls repr on instances of Python classes', () => {
    const s = new Snapshotter(repr, kinds);
    userReprCalls = 0;
    const p = user();
    const interp = { stack: [p, null, null, list([p])] };
    const step = s.step(frame(interp.stack, 0, 4), interp, 0);
    expect(userReprCalls).toBe(0);
    expect(step.frames[0].locals[0].value).toEqual({ r: '<Point object>', t: 'Point', h: 1 });
    expect(step.heap.find((h) => h.type === 'Point')?.attrs).toEqual([{ name: 'x', value: { r: '1', t: 'int' } }]);
    expect(step.frames[0].stack[0].r).toBe('[<Point object>]');
  });

  it('draws a class with its MRO and namespace, and a bound method with its function and self', () => {
    const s = new Snapshotter(repr, kinds);
    const fn = { ob_type: type('function'), qualname: 'Point.norm' };
    const cls = { ob_type: type('type'), tp_name: 'Point', tp_flags: HEAPTYPE,
      tp_mro: [{ tp_name: 'Point' }, { tp_name: 'object' }], tp_dict: dict([[str('norm'), fn]]) };
    const p = user();
    const bound = { ob_type: type('method'), func: fn, self: p };
    const interp = { stack: [cls, bound, null] };
    const step = s.step(frame(interp.stack, 0, 3), interp, 0);
    const c = step.heap.find((h) => h.type === 'type');
    expect(c?.attrs?.map((a) => a.name)).toEqual(['__mro__', 'norm']);
    expect(c?.attrs?.[0].value?.r).toBe('(Point, object)');
    const m = step.heap.find((h) => h.type === 'method');
    expect(m?.attrs?.map((a) => a.name)).toEqual(['__func__', '__self__']);
    expect(m?.attrs?.[1].value?.t).toBe('Point');
  });

  it('keeps heap ids stable from one step to the next and shows dicts as entries', () => {
    const s = new Snapshotter(repr, kinds);
    const d = dict([[str('k'), int(2)]]);
    const interp = { stack: [d, null, null] };
    const one = s.step(frame(interp.stack, 0, 3), interp, 0);
    const two = s.step(frame(interp.stack, 0, 3), interp, 5);
    expect(one.heap).toEqual(two.heap);
    expect(two.heap[0]).toEqual({ id: 1, type: 'dict', repr: "{'k': 2}", entries: [[{ r: "'k'", t: 'str' }, { r: '2', t: 'int' }]] });
    expect(two.out).toBe(5);
  });

  it('lists the frame chain outermost first', () => {
    const s = new Snapshotter(repr, kinds);
    const interp = { stack: [int(1), null, null, int(2), null, null] };
    const outer = frame(interp.stack, 0, 3);
    const inner = frame(interp.stack, 3, 6, outer);
    inner.exec = { ...inner.exec, qualname: 'g' };
    const step = s.step(inner, interp, 0);
    expect(step.frames.map((f) => f.code)).toEqual(['f', 'g']);
    expect(step.frames[1].locals[0].value?.r).toBe('2');
  });

  it("shows a suspended generator's own frame (slots kept off the data stack) and a running one's link", () => {
    const s = new Snapshotter(repr, kinds);
    const genType = type('generator');
    // Suspended: the frame's slots (a=4, the cell b, no c, then one value-stack entry) are
    // in `saved`; the data stack holds only the module's frame.
    const gf = frame([], -1, 0);
    gf.exec = { ...gf.exec, qualname: 'gen' };
    Object.assign(gf, { saved: [int(4), { ob_type: T.cell, ob_ref: int(8) }, null, int(6)], savedLen: 4 });
    const gen: Obj = { ob_type: genType, frame: gf, state: -2, qualname: str('gen') };
    gf.gen = gen;
    const interp = { stack: [gen, null, null] };
    const step = s.step(frame(interp.stack, 0, 3), interp, 0);
    const h = step.heap.find((x) => x.type === 'generator');
    expect(h?.frame).toMatchObject({ code: 'gen', locals: [{ name: 'a', value: { r: '4', t: 'int' } }],
      cells: [{ name: 'b', value: { r: '8', t: 'int' } }], stack: [{ r: '6', t: 'int' }],
      owner: { kind: 'generator', name: 'gen', suspended: true } });
    // Running: the generator's frame is back on the data stack, under its resumer.
    const caller = frame(interp.stack, 0, 3);
    const running = frame(interp.stack, 3, 6, caller);
    running.exec = gf.exec;
    running.gen = { ...gen, state: 0 };
    interp.stack.push(int(5), null, null);
    const two = s.step(running, interp, 0);
    expect(two.frames.map((f) => f.code)).toEqual(['f', 'gen']);
    expect(two.frames[1].owner).toEqual({ kind: 'generator', name: 'gen', suspended: false });
    expect(two.frames[1].locals[0].value?.r).toBe('5');
  });
});
