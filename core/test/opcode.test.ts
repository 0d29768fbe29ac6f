// Checks core/src/opcode.ts against tables recorded from python3.13 (golden/opcode.json, written
// by tools/oracle/gen_opcode.py): names, numbers, caches, has* lists and dis.stack_effect.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as op from '../src/opcode.js';

const gold = JSON.parse(readFileSync(new URL('./golden/opcode.json', import.meta.url), 'utf8'));

describe('opcode tables', () => {
  it('opname, allOpname, opmap and specialisations match opcode.py', () => {
    expect(op.opname).toEqual(gold.opname);
    expect(op.allOpname).toEqual(gold.allOpname);
    expect(op.opmap).toEqual(gold.opmap);
    expect(op.specializedOpmap).toEqual(gold.specializedOpmap);
    expect(op.specializations).toEqual(gold.specializations);
    expect(op.HAVE_ARGUMENT).toBe(gold.HAVE_ARGUMENT);
    expect(op.MIN_INSTRUMENTED_OPCODE).toBe(gold.MIN_INSTRUMENTED_OPCODE);
  });

  it('const enum values agree with opmap', () => {
    expect(op.Op.LOAD_CONST).toBe(gold.opmap.LOAD_CONST);
    expect(op.Op.RESUME).toBe(gold.opmap.RESUME);
    expect(op.Op.JUMP).toBe(gold.opmap.JUMP);
    expect(op.Op.BINARY_OP_ADD_INT).toBe(gold.specializedOpmap.BINARY_OP_ADD_INT);
    expect(op.Op.STORE_FAST_MAYBE_NULL).toBe(267);
  });

  it('deopt maps every specialised opcode to its base', () => {
    for (const [name, base] of Object.entries(gold.deopt as Record<string, string>)) {
      const num = gold.opmap[name] ?? gold.specializedOpmap[name];
      expect(op.allOpname[op.deopt[num]], name).toBe(base);
    }
  });

  it('inline cache sizes and formats', () => {
    expect(op.inlineCacheEntries).toEqual(gold.inlineCacheEntries);
    const fmt: Record<string, Record<string, number>> = {};
    for (const [k, v] of Object.entries(op.cacheFormat)) fmt[k] = Object.fromEntries(v);
    expect(fmt).toEqual(gold.cacheFormat);
    for (let i = 0; i < op.NUM_OPCODES; i++) {
      const base = op.allOpname[op.deopt[i]];
      expect(op.cacheSize[i]).toBe(gold.inlineCacheEntries[base] ?? 0);
    }
  });

  it('has* lists and the flag table', () => {
    for (const k of ['hasarg', 'hasconst', 'hasname', 'hasjump', 'hasfree', 'haslocal',
      'hasexc', 'hascompare'] as const) {
      expect(op[k], k).toEqual(gold[k]);
    }
    expect(op.hasjrel).toEqual(gold.hasjump);
    const bits: [readonly number[], number][] = [[op.hasarg, op.OpFlag.ARG],
      [op.hasconst, op.OpFlag.CONST], [op.hasname, op.OpFlag.NAME],
      [op.hasjump, op.OpFlag.JUMP], [op.hasfree, op.OpFlag.FREE],
      [op.haslocal, op.OpFlag.LOCAL], [op.hasexc, op.OpFlag.EXC]];
    for (const [list, bit] of bits) {
      for (const o of list) expect(op.opFlags[o] & bit).toBe(bit);
    }
  });

  it('cmp_op, _nb_ops and intrinsic names', () => {
    expect(op.cmpOp).toEqual(gold.cmpOp);
    expect(op.nbOps).toEqual(gold.nbOps);
    expect(op.intrinsic1Descs).toEqual(gold.intrinsic1);
    expect(op.intrinsic2Descs).toEqual(gold.intrinsic2);
    expect(op.nbOps[op.NbOp.INPLACE_ADD][1]).toBe('+=');
    expect(op.intrinsic1Descs[op.Intrinsic1.INTRINSIC_LIST_TO_TUPLE])
      .toBe('INTRINSIC_LIST_TO_TUPLE');
  });
});

describe('stackEffect', () => {
  it('equals dis.stack_effect for every opcode, oparg and jump', () => {
    const opargs: number[] = gold.stackEffectOpargs;
    let checked = 0;
    for (const [opStr, rows] of Object.entries(gold.stackEffect as Record<string,
      (number | null)[][]>)) {
      const o = Number(opStr);
      const jumps = [null, false, true] as const;
      rows.forEach((row, j) => {
        row.forEach((want, i) => {
          const got = op.stackEffect(o, opargs[i], jumps[j]);
          const norm = got === op.INVALID_STACK_EFFECT ? null : got;
          if (norm !== want) {
            expect(norm, `op ${o} oparg ${opargs[i]} jump ${jumps[j]}`).toBe(want);
          }
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThan(30000);
  });
});
