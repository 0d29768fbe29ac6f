// The generator end to end on the fixture workspace: lecture, home and source pages, links in
// both directions, and a broken link failing the build.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../src/build.js';
import { checkLinks } from '../src/linkcheck.js';

const FIX = join(import.meta.dirname, 'fixtures', 'site');
let out = '';
let res: BuildResult;
const read = (p: string): string => readFileSync(join(out, p), 'utf8');

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'ceval-docs-test-'));
  res = await buildSite({ root: FIX, out, typedoc: false, playground: false });
});

describe('build', () => {
  it('succeeds with no broken link', () => {
    expect(res.errors).toEqual([]);
    expect(res.pages).toEqual(expect.arrayContaining([
      'index.html', 'lectures/01-sample.html', 'playground.html',
      'source/core/objects/listobject.ts.html', 'source/lectures/01-sample/index.ts.html',
    ]));
  });
});

describe('lecture page', () => {
  let html = '';
  beforeAll(() => { html = read('lectures/01-sample.html'); });

  it('gives headings unique ids and lists them in the table of contents', () => {
    expect(html).toContain('<h2 id="lists-grow">');
    expect(html).toContain('<h2 id="lists-grow-2">');
    expect(html).toContain('<h3 id="a-smaller-heading">');
    expect(html).toMatch(/<aside class="toc">.*href="#lists-grow-2"/s);
  });

  it('highlights python and typescript with shiki in both themes', () => {
    expect(html).toMatch(/<pre class="shiki shiki-themes github-light github-dark"[^>]*>/);
    expect(html).toContain('--shiki-dark');
  });

  it('shows the checked output under its program, escaped', () => {
    expect(html).toContain('<div class="output after-code"><div class="label">Output</div><pre><code>[0, 1, 2]');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('puts a run-in-playground button on python blocks, at the lecture level', () => {
    const m = /<a class="run-button" href="([^"]*)">/.exec(html);
    expect(m).not.toBeNull();
    const href = m![1].replace(/&amp;/g, '&');
    expect(href.startsWith('../playground.html#code=')).toBe(true);
    const params = new URLSearchParams(href.split('#')[1]);
    expect(params.get('code')).toBe('xs = []\nfor i in range(3):\n    xs.append(i)\nprint(xs)\n');
    expect(params.get('upto')).toBe('01');
  });

  it('renders GitHub-style alerts as asides', () => {
    expect(html).toMatch(/<aside class="aside aside-changed"><div class="aside-title">What changed since Philip Guo(?:'|&#39;|&#x27;)s 2015 lectures<\/div>\s*<p>In 2015/);
    expect(html).not.toContain('[!CHANGED]');
  });

  it('resolves src: links to source anchors', () => {
    expect(html).toContain('href="../source/core/objects/listobject.ts.html#listResize"');
    expect(html).toContain('href="../source/core/objects/listobject.ts.html#PyList"');
    expect(html).toContain('href="../source/core/objects/listobject.ts.html"');
    expect(html).toContain('href="../source/core/objects/listobject.ts.html#FOR_ITER"');
    expect(html).toContain('href="../source/lectures/01-sample/index.ts.html#GET_ITER"');
  });

  it('links inline code that names our definitions, files and CPython files', () => {
    const sec = html.slice(html.indexOf('id="auto-links"'));
    expect(sec).toContain('<a href="../source/core/objects/listobject.ts.html#PyList" class="src-link"><code>PyList</code></a>');
    expect(sec).toContain('<a href="../source/core/objects/listobject.ts.html#listResize" class="src-link"><code>listResize()</code></a>');
    expect(sec).toContain('<a href="../source/core/objects/listobject.ts.html#FOR_ITER" class="src-link"><code>FOR_ITER</code></a>');
    expect(sec).toContain('<a href="../source/core/objects/listobject.ts.html#Kind" class="src-link"><code>Kind</code></a>');
    expect(sec).toContain('<a href="../source/core/objects/listobject.ts.html" class="src-link"><code>objects/listobject.ts</code></a>');
    expect(sec).toContain('<a href="https://github.com/python/cpython/blob/3.13/Objects/listobject.c"><code>Objects/listobject.c</code></a>');
    for (const plain of ['print', 'table', 'NoSuchThing']) expect(sec).toContain(`, <code>${plain}</code>`.slice(2));
    expect(sec).not.toMatch(/<a[^>]*><code>(print|table|NoSuchThing)<\/code>/);
  });

  it('copies linked repository files into the site', () => {
    expect(html).toContain('href="../files/lectures/01-sample/examples/hello.py"');
    expect(read('files/lectures/01-sample/examples/hello.py')).toContain('hello from an example');
  });

  it('keeps inline HTML of the notes', () => {
    expect(html).toContain('<em>inline tag</em>');
  });
});

describe('source page', () => {
  let html = '';
  beforeAll(() => { html = read('source/core/objects/listobject.ts.html'); });

  it('sets comments as prose beside the code', () => {
    expect(html).toMatch(/<div class="prose"><p>Grows the list's storage.*?\n<em>See:<\/em> Objects\/listobject.c list_resize<\/p>/s);
    expect(html).toContain('<span class="line def" data-ln="14"><span class="anchor" id="listResize"></span>');
  });

  it('anchors functions, classes and instructions', () => {
    for (const id of ['listResize', 'PyList', 'Kind', 'FOR_ITER', 'helper']) {
      expect(html).toContain(`<span class="anchor" id="${id}"></span>`);
    }
  });

  it('links to the CPython 3.13 files it mirrors', () => {
    expect(html).toContain('href="https://github.com/python/cpython/blob/3.13/Objects/listobject.c"');
  });

  it('links back to the notes sections that discuss each anchor', () => {
    const ref = /<div class="ref"><a class="self" href="#listResize">.*?<\/div>/s.exec(html)?.[0] ?? '';
    expect(ref).toContain('href="../../../lectures/01-sample.html#lists-grow"');
    expect(html).toMatch(/<p class="mentions">Discussed in <a class="backlink" href="..\/..\/..\/lectures\/01-sample.html#lists-grow"/);
  });
});

describe('home page', () => {
  it('lists the lectures in order with what they add', () => {
    const html = read('index.html');
    expect(html).toContain('href="lectures/01-sample.html"');
    expect(html).toContain('Lecture 01: A sample lecture');
    expect(html).toContain('Instructions</span> <a href="source/lectures/01-sample/index.ts.html#GET_ITER"><code>GET_ITER</code></a>');
  });
});

describe('broken links', () => {
  it('fail the build, naming the notes and the target', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ceval-docs-broken-'));
    cpSync(FIX, root, { recursive: true });
    const notes = join(root, 'lectures/01-sample/notes.md');
    writeFileSync(notes, readFileSync(notes, 'utf8') +
      '\nSee [`listResise`](src:listResise) and [gone](missing.md).\n');
    const r = await buildSite({ root, out: join(root, 'out'), typedoc: false, playground: false });
    expect(r.errors).toEqual([
      'lectures/01-sample/notes.md: broken link (src:listResise): no function, class or instruction named "listResise"',
      'lectures/01-sample/notes.md: broken link (missing.md): no file lectures/01-sample/missing.md',
    ]);
  });

  it('are found by the link checker in generated pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ceval-docs-links-'));
    writeFileSync(join(dir, 'a.html'), '<a href="b.html#x">b</a><a href="b.html#y">y</a><a href="c.html">c</a>');
    writeFileSync(join(dir, 'b.html'), '<h1 id="x">b</h1>');
    expect(checkLinks(dir, ['a.html'])).toEqual(['a.html: no id "y" in b.html', 'a.html: broken link c.html']);
  });
});
