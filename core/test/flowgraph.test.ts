// The back end (flowgraph + assemble) on CPython 3.13's own codegen output: for each recorded
// module, co_code, co_linetable, co_exceptiontable, co_stacksize and co_consts must be
// byte-identical to what python3.13 produced. Goldens: tools/oracle/gen_flowgraph.py.

import { describe, it, expect } from 'vitest';
import { assembleToRecord } from '../src/compiler/assemble.js';
import { newCode } from '../src/objects/codeobject.js';
import { loadGolden, buildInput, hex, constText, goldenConstTexts, type GoldenCase } from
  './flowgraph-golden.js';

function check(c: GoldenCase): void {
  const { seq, umd } = buildInput(c);
  const r = assembleToRecord(seq, umd, c.flags, c.filename);
  const code = newCode(r);
  expect({
    code: hex(r.co_code), linetable: hex(r.co_linetable),
    exceptiontable: hex(r.co_exceptiontable), stacksize: r.co_stacksize,
    consts: r.co_consts.map(constText), names: r.co_names,
    varnames: code.co_varnames, cellvars: code.co_cellvars, freevars: code.co_freevars,
    nlocals: code.co_nlocals, argcount: code.co_argcount, flags: code.co_flags,
  }).toEqual({
    code: c.code.co_code, linetable: c.code.co_linetable,
    exceptiontable: c.code.co_exceptiontable, stacksize: c.code.co_stacksize,
    consts: goldenConstTexts(c), names: c.code.co_names,
    varnames: c.code.co_varnames, cellvars: c.code.co_cellvars, freevars: c.code.co_freevars,
    nlocals: c.code.co_nlocals, argcount: c.code.co_argcount, flags: c.code.co_flags,
  });
}

describe('module units of hand-written programs', () => {
  for (const c of loadGolden('flowgraph-snippets.json')) it(c.name, () => check(c));
});

describe('module units of the standard library', () => {
  for (const c of loadGolden('flowgraph-stdlib.json')) it(c.name, () => check(c));
});

describe('function and class units of hand-written programs', () => {
  for (const c of loadGolden('flowgraph-snippets-nested.json')) it(c.name, () => check(c));
});

describe('function and class units of the standard library', () => {
  for (const c of loadGolden('flowgraph-stdlib-nested.json')) it(c.name, () => check(c));
});
