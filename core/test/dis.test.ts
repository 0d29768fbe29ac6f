// `-m dis`, `-m dis -C -O`, get_instructions, code_info and --code-json of .pyc fixtures made
// by python3.13 (tools/oracle/dis_goldens.py), loaded through our marshal reader.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { loadPyc } from '../src/marshal.js';
import { disassemble, getInstructions, codeInfo } from '../src/dis.js';
import { codeJson } from '../src/codejson.js';
import { codeView, type DisCode } from '../src/dis-code.js';
import { PyBool, PyLong, PyUnicode, setHashSeed } from '../src/objects/index.js';

const gold = new URL('./golden/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, gold), 'utf8');
// Code-object addresses are the one thing that cannot match CPython.
const norm = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');
const names = readdirSync(new URL('dis/src/', gold)).filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3));

// The goldens were recorded with PYTHONHASHSEED=0: same str hashes, same set order.
beforeAll(() => setHashSeed(0));

function load(name: string) {
  return loadPyc(new Uint8Array(readFileSync(new URL(`pyc/${name}.pyc`, gold)))).code;
}

// Mirrors simple() in dis_goldens.py: ints and strs as tagged text, anything else null.
function simple(v: unknown): string | null {
  if (typeof v === 'number') return `int:${v}`;
  if (typeof v === 'string') return `str:${v}`;
  if (v instanceof PyLong && !(v instanceof PyBool)) return `int:${v.value}`;
  if (v instanceof PyUnicode) return `str:${v.value}`;
  return null;
}

function walk(co: DisCode, out: DisCode[] = []): DisCode[] {
  out.push(co);
  for (const c of co.co_consts) {
    const inner = codeView(c, true);
    if (inner) walk(inner, out);
  }
  return out;
}

describe.each(names)('%s.pyc', (name) => {
  it('python3.13 -m dis', () => {
    expect(norm(disassemble(load(name)))).toBe(norm(read(`dis/${name}.dis`)));
  });

  it('python3.13 -m dis -C -O', () => {
    const text = disassemble(load(name), { showCaches: true, showOffsets: true });
    expect(norm(text)).toBe(norm(read(`dis/${name}.dis-CO`)));
  });

  it('--code-json', () => {
    expect(codeJson(load(name))).toBe(read(`dis/${name}.codejson`));
  });

  it('dis.get_instructions and dis.code_info', () => {
    const info = JSON.parse(read(`dis/${name}.info.json`));
    const codes = walk(codeView(load(name)));
    expect(codes.length).toBe(info.length);
    codes.forEach((co, i) => {
      expect(co.co_qualname).toBe(info[i].qualname);
      expect(norm(codeInfo(co))).toBe(norm(info[i].code_info));
      const got = getInstructions(co).map((ins) => ({
        opname: ins.opname, opcode: ins.opcode, arg: ins.arg,
        argval: simple(ins.argval),
        argrepr: ins.argrepr, offset: ins.offset, start_offset: ins.start_offset,
        starts_line: ins.starts_line, line_number: ins.line_number, label: ins.label,
        positions: [ins.positions.lineno, ins.positions.end_lineno, ins.positions.col_offset,
          ins.positions.end_col_offset],
        cache_info: ins.cache_info === null ? null : ins.cache_info.map(([n, s, d]) =>
          [n, s, Buffer.from(d).toString('hex')]),
      }));
      expect(norm(JSON.stringify(got))).toBe(norm(JSON.stringify(info[i].instructions)));
    });
  });
});

describe('dis(adaptive=True)', () => {
  // A function CPython quickened by running it (tools/oracle/dis_goldens.py adaptive()).
  const gold2 = JSON.parse(read('dis/adaptive.json'));
  const unhex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));

  it('shows specialised instructions and their inline caches', async () => {
    const { loads } = await import('../src/marshal.js');
    const co = loads(unhex(gold2.marshal));
    const adaptiveCode = unhex(gold2.adaptive_code);
    const { disassembleOne } = await import('../src/dis.js');
    expect(disassembleOne(co, { adaptive: true, adaptiveCode })).toBe(gold2.dis);
    expect(disassembleOne(co, { adaptive: true, adaptiveCode, showCaches: true }))
      .toBe(gold2.dis_caches);
  });
});
