// Unit tests of the back-end passes on hand-built instruction sequences: the optimiser alone
// (as _testinternalcapi.optimize_cfg runs it) and the layout alone (as assemble_code_object
// runs it), against CPython 3.13's results. Goldens: tools/oracle/gen_flowgraph_units.py.

import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { InstrSequence } from '../src/compiler/instrseq.js';
import { hasTarget, optimizeCfgOnly } from '../src/compiler/flowgraph.js';
import { assembleOptimized, ConstCache } from '../src/compiler/assemble.js';
import { decodeConst, constText, hex, buildInput, type Enc, type GoldenCase } from
  './flowgraph-golden.js';

type Row = (number | string)[];
interface OptCase { name: string; insts: Row[]; consts: Enc[]; nlocals: number;
  expect: number[][]; expect_consts: Enc[] }
interface AsmCase { name: string; insts: Row[]; md: GoldenCase['md'];
  code: GoldenCase['code'] }

const units = JSON.parse(readFileSync(new URL('./golden/flowgraph-units.json', import.meta.url),
  'utf8')) as { optimize: OptCase[]; assemble: AsmCase[] };

/** Rows as the codegen would emit them: ['label', n] places label n. */
function seqOf(rows: Row[]): InstrSequence {
  const seq = new InstrSequence();
  const labels = new Map<number, number>();
  const label = (n: number): number => {
    let l = labels.get(n);
    if (l === undefined) labels.set(n, l = seq.newLabel());
    return l;
  };
  for (const r of rows) {
    if (r[0] === 'label') {
      seq.useLabel(label(r[1] as number));
      continue;
    }
    const [op, arg, l, el, c, ec] = r as number[];
    seq.addOp(op, hasTarget(op) ? label(arg) : arg,
      { lineno: l, end_lineno: el, col_offset: c, end_col_offset: ec });
  }
  return seq;
}

describe('optimiser passes on hand-built sequences', () => {
  for (const c of units.optimize) {
    it(c.name, () => {
      const consts = c.consts.map(decodeConst);
      const out = optimizeCfgOnly(seqOf(c.insts), consts, c.nlocals, new ConstCache());
      const got = out.map((i) => [i.opcode, i.oparg, i.loc.lineno, i.loc.end_lineno,
        i.loc.col_offset, i.loc.end_col_offset]);
      expect(got).toEqual(c.expect);
      expect(consts.map(constText)).toEqual(c.expect_consts.map((e) => constText(decodeConst(e))));
    });
  }
});

describe('assembler on hand-built sequences', () => {
  for (const c of units.assemble) {
    it(c.name, () => {
      const { umd } = buildInput({ name: c.name, filename: 'unit.py', instrs: [], md: c.md,
        flags: 0, code: c.code });
      const r = assembleOptimized(seqOf(c.insts), umd, 'unit.py');
      expect({
        code: hex(r.co_code), linetable: hex(r.co_linetable),
        exceptiontable: hex(r.co_exceptiontable), stacksize: r.co_stacksize,
        names: r.co_localsplusnames,
      }).toEqual({
        code: c.code.co_code, linetable: c.code.co_linetable,
        exceptiontable: c.code.co_exceptiontable, stacksize: c.code.co_stacksize,
        names: [...c.code.co_varnames as string[],
          ...(c.code.co_cellvars as string[]).filter((n) =>
            !(c.code.co_varnames as string[]).includes(n)),
          ...c.code.co_freevars as string[]],
      });
    });
  }
});
