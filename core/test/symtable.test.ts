// SyntaxErrors found after parsing (Python/symtable.c, Python/compile.c, Python/future.c):
// message and position must be CPython 3.13's, as recorded in golden/compile/errors.json
// by tools/oracle/compile_cases.py. A null error means CPython compiles the snippet.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../src/compiler/index.js';
import { CompileError } from '../src/compiler/errors.js';
import { parse } from '../src/compiler/parser/index.js';
import { buildSymtable, Scope } from '../src/compiler/symtable.js';

const HERE = dirname(fileURLToPath(import.meta.url));

interface Golden {
  source: string;
  error: null | { type: string; msg: string; lineno: number; offset: number;
    end_lineno: number | null; end_offset: number | null; text: string };
}
const cases: Golden[] = JSON.parse(readFileSync(join(HERE, 'golden', 'compile', 'errors.json'),
  'utf8'));

describe('symtable and codegen SyntaxErrors', () => {
  for (const c of cases) {
    it(JSON.stringify(c.source), () => {
      let err: unknown = null;
      try {
        compile(c.source, '<case>', 'exec');
      } catch (e) {
        err = e;
      }
      if (c.error === null) {
        expect(err).toBeNull();
        return;
      }
      expect(err).toBeInstanceOf(CompileError);
      const e = err as CompileError;
      expect(e.kind).toBe(c.error.type);
      expect(e.msg).toBe(c.error.msg);
      expect(e.lineno).toBe(c.error.lineno);
      expect(e.offset).toBe(c.error.offset);
      // CPython reports no end for future-statement errors; ours repeats the start.
      expect(e.end_lineno).toBe(c.error.end_lineno ?? c.error.lineno);
      expect(e.end_offset).toBe(c.error.end_offset ?? c.error.offset);
      expect(e.text).toBe(c.error.text);
    });
  }
});

describe('symtable scopes', () => {
  it('classifies locals, cells, free and globals', () => {
    const src = 'g = 1\ndef outer(a):\n    x = 5\n    def inner():\n        return x + g\n'
      + '    return inner\n';
    const mod = parse(src, '<s>', 'exec');
    const st = buildSymtable(mod, '<s>', false);
    const outer = st.top.children[0];
    const inner = outer.children[0];
    expect(outer.name).toBe('outer');
    expect(outer.getScope('a')).toBe(Scope.LOCAL);
    expect(outer.getScope('x')).toBe(Scope.CELL);
    expect(inner.getScope('x')).toBe(Scope.FREE);
    expect(inner.getScope('g')).toBe(Scope.GLOBAL_IMPLICIT);
    expect(st.top.getScope('g')).toBe(Scope.LOCAL);
  });
  it('inlines list comprehensions (PEP 709) but not generator expressions', () => {
    const src = 'def f(y):\n    a = [x for x in y]\n    b = (z for z in y)\n';
    const st = buildSymtable(parse(src, '<s>', 'exec'), '<s>', false);
    const f = st.top.children[0];
    expect(f.getScope('x')).toBe(Scope.LOCAL);
    expect(f.children.map((c) => c.name)).toEqual(['genexpr']);
  });
  it('gives methods using super() a __class__ cell in their class', () => {
    const src = 'class C:\n    def m(self):\n        return super().m()\n';
    const st = buildSymtable(parse(src, '<s>', 'exec'), '<s>', false);
    const cls = st.top.children[0];
    expect(cls.needsClassClosure).toBe(true);
    expect(cls.children[0].getScope('__class__')).toBe(Scope.FREE);
  });
});
