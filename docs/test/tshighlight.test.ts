// The literate pages' TypeScript highlighter: one HTML line per source line, text preserved.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightTs } from '../src/tshighlight.js';

const strip = (html: string): string => html.replace(/<[^>]*>/g, '')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('highlightTs', () => {
  it('classifies keywords, strings, comments, numbers, calls and types', () => {
    const [l] = highlightTs('const x: Foo = bar("s", 42); // done');
    expect(l).toBe('<span class="tk-kw">const</span> x: <span class="tk-type">Foo</span> = ' +
      '<span class="tk-fn">bar</span>(<span class="tk-str">"s"</span>, <span class="tk-num">42</span>); ' +
      '<span class="tk-com">// done</span>');
  });

  it('splits multi-line comments and templates into lines', () => {
    const src = '/* a\nb */ x = `one ${y + `in`} two\nthree`;\nz = 1 / 2 / 3;\nr = /a\\/b[/]/g;';
    const lines = highlightTs(src);
    expect(lines.map(strip)).toEqual(src.split('\n'));
    expect(lines[0]).toBe('<span class="tk-com">/* a</span>');
    expect(lines[4]).toContain('<span class="tk-re">/a\\/b[/]/g</span>');
    expect(lines[3]).not.toContain('tk-re');
  });

  it('escapes HTML and keeps every character of real sources', () => {
    expect(highlightTs('a < b && c > "<i>"')[0]).toContain('&lt;<span class="tk-str">"&lt;i&gt;"</span>'.slice(4));
    const dir = join(import.meta.dirname, '..', 'src');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(highlightTs(text).map(strip), f).toEqual(text.split('\n'));
    }
  });
});
