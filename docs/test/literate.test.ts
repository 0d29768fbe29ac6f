// The literate reader: sections, anchors and "mirrors" headers of TypeScript sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnchorKind, findAnchors, findMirrors, readLiterate, splitSections, type Section } from '../src/literate.js';
import { SymbolIndex, sourceUrl } from '../src/symbols.js';

const FIX = join(import.meta.dirname, 'fixtures', 'site');
const listText = readFileSync(join(FIX, 'core/src/objects/listobject.ts'), 'utf8');

/** The code lines a section shows (its range less the comment lines it hides). */
const shownLines = (lines: string[], s: Section): string[] => lines.slice(s.codeStart, s.codeEnd)
  .filter((_, k) => !s.hidden || s.codeStart + k < s.hidden[0] || s.codeStart + k >= s.hidden[1]);

describe('splitSections', () => {
  it('turns comments into prose and keeps code lines in order', () => {
    const { lines, sections } = splitSections(listText);
    expect(sections[0].prose).toContain('Mirrors Objects/listobject.c');
    const all = sections.flatMap((s) => shownLines(lines, s)).join('\n');
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

describe('comments inside blocks and dividers', () => {
  const src = [
    'switch (op) {',           // 0
    '  // --- names: locals, globals ---------',  // 1
    '  case Op.LOAD_NAME: {',  // 2
    '    // LOAD_NAME i: push(locals[co_names[i]])', // 3
    '    push(load());',       // 4
    '    continue;',           // 5
    '  }',                     // 6
    '  case Op.STORE_NAME:',   // 7
    '    // STORE_NAME i: locals[co_names[i]] = pop()', // 8
    '    store(pop());',       // 9
    '    continue;',           // 10
    '}',                       // 11
  ].join('\n');
  const { lines, sections } = splitSections(src);
  const shown = (s: Section): string[] => shownLines(lines, s);

  it('pairs a comment inside a case with that case, not with the next one', () => {
    const load = sections.find((x) => x.prose.startsWith('LOAD_NAME'))!;
    expect(shown(load)).toEqual(['  case Op.LOAD_NAME: {', '    push(load());', '    continue;', '  }']);
    const store = sections.find((x) => x.prose.startsWith('STORE_NAME'))!;
    expect(shown(store)).toEqual(['  case Op.STORE_NAME:', '    store(pop());', '    continue;', '}']);
  });

  it('shows a divider comment as a heading of its own, never as prose of the code below', () => {
    const div = sections.find((x) => x.divider)!;
    expect(div.prose).toBe('#### names: locals, globals');
    expect(div.codeEnd).toBe(div.codeStart);
    expect(sections.some((x) => !x.divider && x.prose.includes('names: locals'))).toBe(false);
  });

  it('puts an instruction anchor from the comment on its case line', () => {
    const f = readLiterate('core/src/x.ts', src);
    expect(f.anchors.find((a) => a.name === 'LOAD_NAME')?.line).toBe(2);
    expect(f.anchors.find((a) => a.name === 'STORE_NAME')?.line).toBe(7);
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
