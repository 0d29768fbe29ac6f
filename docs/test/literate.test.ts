// The literate reader: sections, anchors and "mirrors" headers of TypeScript sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnchorKind, findAnchors, findMirrors, readLiterate, splitSections } from '../src/literate.js';
import { SymbolIndex, sourceUrl } from '../src/symbols.js';

const FIX = join(import.meta.dirname, 'fixtures', 'site');
const listText = readFileSync(join(FIX, 'core/src/objects/listobject.ts'), 'utf8');

describe('splitSections', () => {
  it('turns comments into prose and keeps code lines in order', () => {
    const { lines, sections } = splitSections(listText);
    expect(sections[0].prose).toContain('Mirrors Objects/listobject.c');
    const all = sections.flatMap((s) => lines.slice(s.codeStart, s.codeEnd)).join('\n');
    // Every code line appears once, comments never do (except trailing ones).
    expect(all).toContain('export function listResize(self: PyList, newsize: number): void {');
    expect(all).toContain('return 1 < 2 ? 3 : 4; // a trailing comment stays with its code');
    expect(all).not.toContain('Past the allocation');
  });

  it('keeps the header comment apart from the first doc comment', () => {
    const { sections } = splitSections(listText);
    expect(sections[0].prose).toBe('Mirrors Objects/listobject.c and Include/cpython/listobject.h: ' +
      'the list type.\nA fixture for the docs tests, not real code.');
    expect(sections[0].codeEnd).toBe(sections[0].codeStart);
    expect(sections[1].prose).toBe('A list: items plus spare capacity.');
  });

  it('reads JSDoc blocks as prose and renders @see', () => {
    const { sections } = splitSections(listText);
    const s = sections.find((x) => x.prose.includes('over-allocating'));
    expect(s).toBeDefined();
    expect(s!.prose).toContain('*See:* Objects/listobject.c list_resize');
    expect(s!.prose).not.toMatch(/^\s*\* /m);
  });

  it('keeps a block comment that closes on its own line out of the code', () => {
    const { lines, sections } = splitSections('/**\n * Doc.\n */\nexport const a = 1;\n');
    expect(sections).toHaveLength(1);
    expect(sections[0].prose).toBe('Doc.');
    expect(lines.slice(sections[0].codeStart, sections[0].codeEnd)).toEqual(['export const a = 1;']);
  });

  it('treats directives as code', () => {
    const { sections } = splitSections('// @ts-expect-error\nconst a: number = "x";\n');
    expect(sections[0].prose).toBe('');
    expect(sections[0].codeStart).toBe(0);
  });
});

describe('findAnchors', () => {
  const anchors = findAnchors(listText.split('\n'));
  const byName = new Map(anchors.map((a) => [a.name, a]));

  it('finds functions, classes, enums and consts', () => {
    expect(byName.get('listResize')?.kind).toBe(AnchorKind.Function);
    expect(byName.get('listResize')?.exported).toBe(true);
    expect(byName.get('helper')?.exported).toBe(false);
    expect(byName.get('PyList')?.kind).toBe(AnchorKind.Class);
    expect(byName.get('Kind')?.kind).toBe(AnchorKind.Type);
  });

  it('finds instruction definitions by the `// NAME:` convention and name fields', () => {
    expect(byName.get('FOR_ITER')?.kind).toBe(AnchorKind.Instruction);
    // A bare mention in a table is only a mention.
    expect(byName.get('GET_ITER')?.kind).toBe(AnchorKind.InstructionMention);
  });

  it('moves an instruction anchor from its `case` to the handler comment under it', () => {
    const a = findAnchors(['switch (op) {', '  case Op.FOR_ITER:', '    // FOR_ITER: next(it)', '    x();']);
    expect(a).toMatchObject([{ name: 'FOR_ITER', line: 2, strength: 3 }]);
  });

  it('ignores uppercase words that are not CPython 3.13 instructions', () => {
    expect(findAnchors(['// NOT_AN_OPCODE: x'])).toEqual([]);
  });
});

describe('findMirrors', () => {
  it('reads the CPython paths of the header', () => {
    expect(findMirrors(listText.split('\n'))).toEqual(['Objects/listobject.c', 'Include/cpython/listobject.h']);
  });
});

describe('SymbolIndex', () => {
  const idx = new SymbolIndex();
  idx.add(readLiterate('core/src/objects/listobject.ts', listText));
  const lec = readFileSync(join(FIX, 'lectures/01-sample/src/index.ts'), 'utf8');
  idx.add(readLiterate('lectures/01-sample/src/index.ts', lec));

  it('resolves names, files and file#name', () => {
    expect(idx.resolve('listResize')).toMatchObject({ url: `${sourceUrl('core/src/objects/listobject.ts')}#listResize` });
    expect(idx.resolve('listobject.ts')).toMatchObject({ url: 'source/core/objects/listobject.ts.html' });
    expect(idx.resolve('listobject.ts#PyList')).toMatchObject({ url: 'source/core/objects/listobject.ts.html#PyList' });
  });

  it('prefers an instruction definition over a table mention', () => {
    expect(idx.resolve('GET_ITER')).toMatchObject({ url: 'source/lectures/01-sample/index.ts.html#GET_ITER' });
  });

  it('prefers a handler over a `case` in another switch, whatever the file order', () => {
    const two = new SymbolIndex();
    two.add(readLiterate('core/src/dis.ts', "switch (name) {\n  case 'COMPARE_OP':\n    return 1;\n}\n"));
    two.add(readLiterate('lectures/04-x/src/compare.ts', '// COMPARE_OP: rich comparison\nexport function h() {}\n'));
    expect(two.resolve('COMPARE_OP')).toMatchObject({ url: 'source/lectures/04-x/compare.ts.html#COMPARE_OP' });
  });

  it('reports what does not resolve', () => {
    expect(idx.resolve('noSuchThing')).toHaveProperty('error');
    expect(idx.resolve('nofile.ts')).toHaveProperty('error');
    expect(idx.resolve('listobject.ts#nope')).toHaveProperty('error');
  });
});
