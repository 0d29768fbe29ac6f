// _sre against python3.13: for every pattern of modules/test/golden/sre.golden.json.gz (recorded
// by tools/oracle/sre_goldens.py), feed the code list re._compiler produced to ceval's
// _sre.compile, and compare the Pattern's repr and every answer it gives over the recorded
// subjects: match, fullmatch, search (with pos/endpos), findall, finditer, split, sub and subn
// with literal, template and callable replacements, and the Match objects' groups and reprs.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PyObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { PyTuple, newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyBaseException } from '@ceval/core/objects/exceptions';
import { strString, reprString } from '@ceval/core/objects/objectcore';
import { PyList, newList } from '@ceval/core/runtime/listobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import type { Interpreter, HostIO } from '@ceval/core/interpreter';
import type { InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { examplePrograms, runExample, readGolden } from '@ceval/core/examples-harness';
import { vm08 } from '@ceval/lecture-08';
import { make_sre_module, setCompileTemplate, PyMatch } from '../src/_sre/index.js';

type J = null | number | string | J[] | { [k: string]: J };
interface Case {
  compile: { pattern: J; flags: number; code: number[]; groups: number;
    groupindex: [string, number][]; indexgroup: J };
  repr: string;
  templates: [J, J[] | null][];
  subjects: [J, Record<string, J>][];
}
const golden = JSON.parse(gunzipSync(readFileSync(join(import.meta.dirname, 'golden',
  'sre.golden.json.gz'))).toString('utf8')) as { magic: number; cases: Case[] };

function latin1(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function dec(v: J): PyObject {
  if (v === null) return Py_None;
  if (typeof v === 'number') return newInt(v);
  if (typeof v === 'string') return newStr(v);
  if (Array.isArray(v)) return newList(v.map(dec));
  if ('b' in v) return newBytes(latin1(v.b as string));
  if ('t' in v) return newTuple((v.t as J[]).map(dec));
  if ('bool' in v) return v.bool ? Py_True : Py_False;
  const d = new PyDict();
  for (const [k, x] of v.d as [J, J][]) d.setItem(dec(k), dec(x));
  return d;
}

let interp: Interpreter;
let sre: PyModule;

function attr(o: PyObject, name: string): PyObject {
  return interp.hooks.getAttr(o, newStr(name));
}
function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return interp.callObject(attr(o, name), args, null);
}

function enc(o: PyObject): J {
  if (o === Py_None) return null;
  if (o === Py_True || o === Py_False) return { bool: o === Py_True };
  if (o instanceof PyUnicode) return o.value;
  if (o instanceof PyBytes) return { b: String.fromCharCode(...o.value) };
  if (o instanceof PyLong) return Number(o.value);
  if (o instanceof PyTuple) return { t: o.items.map(enc) };
  if (o instanceof PyList) return o.items.map(enc);
  if (o instanceof PyDict) return { d: o.keys().map((k) => [enc(k), enc(o.getItem(k)!)]) };
  if (o instanceof PyMatch) {
    return {
      m: {
        regs: (attr(o, 'regs') as PyTuple).items.map((r) => (enc(r) as { t: J[] }).t),
        lastindex: enc(attr(o, 'lastindex')),
        lastgroup: enc(attr(o, 'lastgroup')),
        groups: enc(call(o, 'groups')),
        group0: enc(call(o, 'group', newInt(0))),
        groupdict: enc(call(o, 'groupdict')),
        repr: reprString(o),
        pos: enc(attr(o, 'pos')),
        endpos: enc(attr(o, 'endpos')),
      },
    };
  }
  throw new Error(`cannot encode ${o.ob_type.tp_name}`);
}

function attempt(f: () => PyObject): J {
  try {
    return enc(f());
  } catch (e) {
    if (e instanceof PyBaseException) return { err: typeName(e.ob_type), msg: strString(e) };
    throw e;
  }
}

/** The callable replacement the oracle used: '<' + m.group(0) + '>'. */
const callableRepl = new PyCFunction('repl', (args) => {
  const g = call(args[0], 'group', newInt(0));
  if (g instanceof PyBytes) return newBytes(new Uint8Array([60, ...g.value, 62]));
  return newStr(`<${(g as PyUnicode).value}>`);
}, null);

/** The templates re._compile_template made for the current case, by replacement string. */
let currentTemplates = new Map<string, J[] | null>();
const compileTemplate = new PyCFunction('_compile_template', (args) => {
  const t = currentTemplates.get(JSON.stringify(enc(args[1])));
  return interp.callObject(sre.dict.getItemStr('template')!, [args[0], dec(t as J)], null);
}, null);

/** Run one recorded case; returns the mismatches (empty when all agree). */
function runCase(c: Case): string[] {
  const bad: string[] = [];
  const gi = new PyDict();
  for (const [k, v] of c.compile.groupindex) gi.setItem(newStr(k), newInt(v));
  const p = interp.callObject(sre.dict.getItemStr('compile')!, [
    dec(c.compile.pattern), newInt(c.compile.flags), newList(c.compile.code.map((x) => newInt(x))),
    newInt(c.compile.groups), gi, dec(c.compile.indexgroup)], null);
  if (reprString(p) !== c.repr) bad.push(`repr ${reprString(p)} != ${c.repr}`);
  currentTemplates = new Map(c.templates.map(([r, t]) => [JSON.stringify(r), t]));
  for (const [sj, want] of c.subjects) {
    const s = dec(sj);
    const n = newInt((s instanceof PyUnicode ? [...s.value].length : (s as PyBytes).value.length) - 1);
    const got: Record<string, J> = {
      match: attempt(() => call(p, 'match', s)),
      fullmatch: attempt(() => call(p, 'fullmatch', s)),
      search: attempt(() => call(p, 'search', s)),
      search_pos: attempt(() => call(p, 'search', s, newInt(1), n)),
      match_pos: attempt(() => call(p, 'match', s, newInt(1))),
      findall: attempt(() => call(p, 'findall', s)),
      finditer: attempt(() => {
        const spans: PyObject[] = [];
        const sc = call(p, 'scanner', s);
        for (;;) {
          const m = call(sc, 'search');
          if (m === Py_None) break;
          spans.push(call(m, 'span'));
        }
        return newList(spans);
      }),
      split: attempt(() => call(p, 'split', s)),
      split1: attempt(() => call(p, 'split', s, newInt(1))),
      subn_call: attempt(() => call(p, 'subn', callableRepl, s)),
    };
    const m = call(p, 'search', s);
    for (const [rj] of c.templates) {
      const r = dec(rj);
      const key = r instanceof PyBytes ? String.fromCharCode(...r.value) : (r as PyUnicode).value;
      got['subn:' + key] = attempt(() => call(p, 'subn', r, s));
      got['sub2:' + key] = attempt(() => call(p, 'sub', r, s, newInt(2)));
      if (m !== Py_None) got['expand:' + key] = attempt(() => call(m, 'expand', r));
    }
    for (const k of Object.keys(want)) {
      const a = JSON.stringify(got[k]);
      const b = JSON.stringify(want[k]);
      if (a !== b) bad.push(`${JSON.stringify(sj).slice(0, 60)} ${k}: got ${a.slice(0, 300)} want ${b.slice(0, 300)}`);
    }
  }
  return bad;
}

beforeAll(() => {
  interp = vm08({ stdout: () => {}, stderr: () => {}, readFile: () => null });
  interp.activate();
  sre = make_sre_module(interp) as PyModule;
  setCompileTemplate(interp, compileTemplate);
});

describe('_sre module constants match python3.13', () => {
  it('MAGIC, CODESIZE, MAXREPEAT, MAXGROUPS', () => {
    expect(golden.magic).toBe(20230612);
    expect(enc(sre.dict.getItemStr('MAGIC')!)).toBe(golden.magic);
    expect(enc(sre.dict.getItemStr('CODESIZE')!)).toBe(4);
    expect(enc(sre.dict.getItemStr('MAXREPEAT')!)).toBe(4294967295);
    expect(enc(sre.dict.getItemStr('MAXGROUPS')!)).toBe(1073741823);
  });
});

describe('the recorded patterns answer as on python3.13', () => {
  const cases = golden.cases;
  const CHUNK = 50;
  for (let i = 0; i < cases.length; i += CHUNK) {
    it(`cases ${i}..${Math.min(i + CHUNK, cases.length) - 1}`, () => {
      const bad: string[] = [];
      for (const c of cases.slice(i, i + CHUNK)) {
        const b = runCase(c);
        if (b.length > 0) bad.push(`${c.repr}: ${b.slice(0, 3).join('\n   ')}`);
      }
      expect(bad).toEqual([]);
    });
  }
});

describe('programs drive _sre through the eval loop as on python3.13', () => {
  const dir = join(import.meta.dirname, 'sre-programs');
  const withSre = (io: HostIO, config: InterpreterConfig): Interpreter => {
    const vm = vm08(io, config);
    vm.builtinModules.set('_sre', make_sre_module);
    return vm;
  };
  beforeAll(async () => { await loadCoreCompiler(); });
  for (const p of examplePrograms(dir)) {
    it(p, () => {
      expect(runExample(dir, p, withSre)).toEqual(readGolden(dir, p));
    });
  }
});
