// marshal.loads of data written by python3.13's marshal.dumps at versions 0-4 (every type
// code: text and binary floats, ascii/short/interned strings, small and big tuples, refs,
// code objects), compared by repr() with CPython's, plus its errors and the .pyc header.
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { loads, loadPyc, setMarshalHooks, MarshalError, MAGIC_NUMBER } from '../src/marshal.js';
import { codeJson } from '../src/codejson.js';
import { dumps, dumpPyc } from '../src/marshal-dumps.js';
import {
  PyObject, newStaticType, newStr, reprString, PyCode, PyUnicode, setHashSeed,
  type PyTypeObject,
} from '../src/objects/index.js';

const gold = JSON.parse(readFileSync(new URL('./golden/pyc/marshal.json', import.meta.url),
  'utf8'));
const unhex = (h: string) => new Uint8Array(Buffer.from(h, 'hex'));
const norm = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, ' at 0xADDR');

// list belongs to lecture 07; a minimal stand-in lets marshal's TYPE_LIST be exercised here.
class TestList extends PyObject {
  constructor(type: PyTypeObject, readonly items: PyObject[]) {
    super(type);
  }
}
const TestList_Type = newStaticType('list');
TestList_Type.tp_repr = (o) =>
  newStr('[' + (o as TestList).items.map(reprString).join(', ') + ']');

beforeAll(() => {
  // The goldens were recorded with PYTHONHASHSEED=0: same str hashes, same set order.
  setHashSeed(0);
  setMarshalHooks({
    newList: (items) => new TestList(TestList_Type, items),
    listItems: (o) => (o instanceof TestList ? o.items : undefined),
  });
});

describe('marshal.loads', () => {
  it('reads every value CPython wrote, at every version', () => {
    expect(gold.cases.length).toBeGreaterThan(200);
    for (const c of gold.cases as { version: number; hex: string; repr: string;
      codejson: string | null }[]) {
      const o = loads(unhex(c.hex));
      expect(norm(reprString(o)), `v${c.version} ${c.repr}`).toBe(norm(c.repr));
      if (c.codejson !== null) expect(codeJson(o)).toBe(c.codejson);
    }
  });

  it('shares referenced objects (FLAG_REF / TYPE_REF)', () => {
    const c = (gold.cases as { version: number; hex: string; repr: string }[])
      .find((x) => x.version === 4 && x.repr.startsWith("('shared-string-object'"));
    const t = loads(unhex(c!.hex)) as PyObject & { items: PyObject[] };
    expect(t.items[0]).toBe(t.items[1]);
    expect(t.items[2]).toBe(t.items[3]);
  });

  it('interns identifiers read as interned strings', () => {
    const code = (gold.cases as { version: number; hex: string; codejson: string | null }[])
      .find((x) => x.version === 4 && x.codejson !== null);
    const co = loads(unhex(code!.hex)) as PyCode;
    expect(co.co_names).toContain('f');
    const again = loads(unhex(code!.hex)) as PyCode;
    expect(again.co_qualname).toBe(co.co_qualname);
  });

  it('rejects malformed data with CPython\'s exception', () => {
    for (const e of gold.errors as { hex: string; error: string | null; message?: string }[]) {
      if (e.error === null) {
        expect(() => loads(unhex(e.hex))).not.toThrow();
        continue;
      }
      let err: unknown = null;
      try {
        loads(unhex(e.hex));
      } catch (x) {
        err = x;
      }
      expect(err, e.hex).toBeInstanceOf(MarshalError);
      expect((err as MarshalError).pyType, e.hex).toBe(e.error);
      expect((err as MarshalError).message, e.hex).toBe(e.message);
    }
  });

  it('decodes UTF-8 with lone surrogates and astral characters', () => {
    const o = loads(unhex('7509000000eda080f09f98806162')) as PyUnicode;
    expect(o.value).toBe('\ud800\ud83d\ude00ab');
  });
});

describe('.pyc files', () => {
  it('reads the 3.13 header and the module code object', () => {
    const data = new Uint8Array(readFileSync(new URL('./golden/pyc/funcs.pyc', import.meta.url)));
    const { header, code } = loadPyc(data);
    expect(header.magic).toBe(MAGIC_NUMBER);
    expect(header.flags).toBe(0);
    expect(typeof header.mtime).toBe('number');
    expect(code).toBeInstanceOf(PyCode);
    expect((code as PyCode).co_qualname).toBe('<module>');
    expect((code as PyCode).co_filename).toBe('funcs.py');
  });

  it('refuses other versions\' magic numbers', () => {
    const data = new Uint8Array(readFileSync(new URL('./golden/pyc/funcs.pyc', import.meta.url)));
    const old = data.slice();
    old[0] = 0xcb; // 3.12's 3531
    old[1] = 0x0d;
    expect(() => loadPyc(old)).toThrow(/bad magic number/);
  });
});

describe('marshal.dumps', () => {
  it('round-trips every value: loads(dumps(loads(x))) has the same repr', () => {
    for (const c of gold.cases as { version: number; hex: string; repr: string;
      codejson: string | null }[]) {
      const o = loads(unhex(c.hex));
      const back = loads(dumps(o));
      expect(norm(reprString(back)), c.repr).toBe(norm(reprString(o)));
      if (c.codejson !== null) expect(codeJson(back)).toBe(c.codejson);
    }
  });

  it('writes the bytes CPython writes for simple values', () => {
    // Values without shared sub-objects, where CPython sets no FLAG_REF either.
    const want: [string, string][] = [['None', '4e'], ['True', '54'], ['-5', 'e9fbffffff']];
    for (const c of gold.cases as { version: number; hex: string; repr: string }[]) {
      const hit = want.find(([r]) => r === c.repr);
      if (c.version === 4 && hit) {
        // CPython flags even small ints with FLAG_REF (0x80) when their refcount is > 1.
        expect(Buffer.from(dumps(loads(unhex(c.hex)))).toString('hex'))
          .toBe(hit[1].replace(/^e9/, '69'));
      }
    }
    // 2**32 as three 15-bit digits; CPython's own bytes carry FLAG_REF on the type code.
    expect(Buffer.from(dumps(loads(unhex('ec03000000000000000400')))).toString('hex'))
      .toBe('6c03000000000000000400');
  });

  it('writes .pyc files that load back', () => {
    const data = new Uint8Array(readFileSync(new URL('./golden/pyc/control.pyc',
      import.meta.url)));
    const { code } = loadPyc(data);
    const again = loadPyc(dumpPyc(code, 1234, 99));
    expect(again.header.mtime).toBe(1234);
    expect(codeJson(again.code)).toBe(codeJson(code));
  });
});
