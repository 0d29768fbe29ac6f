// The goldens of dis.test.ts applied to the .py sources themselves, compiled by ceval's own
// compiler (core/src/compiler): `-m dis`, `-m dis -C -O` and --code-json must match python3.13.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { compile } from '../src/compiler/index.js';
import { disassemble } from '../src/dis.js';
import { codeJson } from '../src/codejson.js';
import { setHashSeed } from '../src/objects/index.js';

const gold = new URL('./golden/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, gold), 'utf8');
const norm = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');
const names = readdirSync(new URL('dis/src/', gold)).filter((f) => f.endsWith('.py'))
  .map((f) => f.slice(0, -3));

beforeAll(() => setHashSeed(0));

// Compiled as `python3.13 -m dis NAME.py` does from the golden directory: filename 'NAME.py'.
function compileSource(name: string) {
  const src = new Uint8Array(readFileSync(new URL(`dis/src/${name}.py`, gold)));
  return compile(src, `${name}.py`, 'exec');
}

describe.each(names)('%s.py compiled by ceval', (name) => {
  it('--code-json', () => {
    expect(codeJson(compileSource(name))).toBe(read(`dis/${name}.codejson`));
  });

  it('python3.13 -m dis', () => {
    expect(norm(disassemble(compileSource(name)))).toBe(norm(read(`dis/${name}.dis`)));
  });

  it('python3.13 -m dis -C -O', () => {
    const text = disassemble(compileSource(name), { showCaches: true, showOffsets: true });
    expect(norm(text)).toBe(norm(read(`dis/${name}.dis-CO`)));
  });
});
