// `npm run docs`: builds the whole site into docs/dist/ — home, lectures, literate source,
// typedoc API, playground — then checks every local link of every page. Any broken link, in
// the notes or in what we generated, fails the build with a list of them.

import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTypedoc, type ApiResult } from './apidoc.js';
import { discover, notesHead } from './discover.js';
import { highlighter } from './highlight.js';
import { loadNeeds } from './needs.js';
import { checkLinks } from './linkcheck.js';
import { readLiterate, type LiterateFile } from './literate.js';
import { createMarkdown, renderNotes, type Mention, type NotesContext } from './markdown.js';
import { homePage, lecturePage, sourcePage } from './pages.js';
import { bundlePlayground, playgroundPage } from './playground/page.js';
import { SymbolIndex, lectureUrl, sourceUrl } from './symbols.js';

export interface BuildOptions {
  /** The repository root (the folder with the workspace package.json). */
  root: string;
  out: string;
  /** Run typedoc (the slowest step); tests of the generator turn it off. */
  typedoc?: boolean;
  /** Bundle the playground with esbuild. */
  playground?: boolean;
  /** Folder of static assets (style.css); defaults to docs/assets. */
  assets?: string;
}

export interface BuildResult {
  errors: string[];
  warnings: string[];
  pages: string[];
  ms: number;
  /** Milliseconds from the start at which each phase ended, to see where the time goes. */
  timings: Record<string, number>;
}

const DOCS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function write(out: string, url: string, html: string, pages: string[]): void {
  const p = join(out, url);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, html);
  pages.push(url);
}

/** Builds the site; returns the problems found instead of throwing, so callers can report. */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const o = { ...opts, root: resolve(opts.root), out: resolve(opts.out) };
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const mark = (name: string): void => { timings[name] = Math.round(performance.now() - t0); };
  const ws = discover(o.root);
  const errors: string[] = [];
  const warnings: string[] = [];
  const pages: string[] = [];
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });

  // The two slow, independent jobs start first and run while we render.
  const api: Promise<ApiResult> = o.typedoc === false
    ? Promise.resolve({ ok: true, log: '', urls: new Map() })
    : runTypedoc(ws, o.out);
  const bundle = o.playground === false
    ? Promise.resolve({ warnings: ['playground not bundled'], modules: [] as string[] })
    : bundlePlayground(o.root, o.out);

  const h = await highlighter();
  mark('shiki');
  const md = createMarkdown(true);
  const prose = createMarkdown(false);

  // Pass 1: read every source, so links from the notes can resolve.
  const index = new SymbolIndex();
  const files = new Map<string, LiterateFile>();
  for (const p of ws.packages) {
    for (const path of p.sources) {
      const f = readLiterate(path, readFileSync(join(o.root, path), 'utf8'));
      files.set(path, f);
      index.add(f);
    }
  }

  mark('read sources');
  // Pass 2: the notes, which also tell each source anchor where it is discussed.
  const mentions = new Map<string, Mention[]>();
  const copies = new Set<string>();
  const slugs = new Set(ws.lectures.map((l) => l.slug));
  const needs = await loadNeeds(o.root);
  const lectureNums = new Set(ws.lectures.map((l) => Number(l.num)));
  for (const lec of ws.lectures) {
    const url = lectureUrl(lec.slug);
    const ctx: NotesContext = {
      root: o.root, index, h, pageUrl: url, notesPath: `${lec.dir}/notes.md`,
      lectureTitle: lec.title, level: lec.num, lectureSlugs: slugs, errors, mentions, copies,
      autoLink: true, needs, lectureNums,
    };
    const r = renderNotes(md, readFileSync(lec.notesPath, 'utf8'), ctx);
    write(o.out, url, lecturePage(ws, lec, r.html, r.toc), pages);
  }

  let lede = 'A CPython 3.13 interpreter rebuilt in TypeScript, one lecture at a time.';
  if (existsSync(join(o.root, 'README.md'))) {
    lede = notesHead(readFileSync(join(o.root, 'README.md'), 'utf8')).summary || lede;
  }
  const link = (name: string): string | undefined => {
    const r = index.resolve(name);
    return 'url' in r ? r.url : undefined;
  };
  write(o.out, 'index.html', homePage(ws, files, lede, link), pages);

  mark('notes');
  // Pass 3: source pages need typedoc's URLs, so they wait for it.
  const apiRes = await api;
  mark('typedoc');
  if (!apiRes.ok) warnings.push(`typedoc did not finish cleanly:\n${apiRes.log.trim()}`);
  if (!existsSync(join(o.out, 'api', 'index.html'))) {
    write(o.out, 'api/index.html', '<!doctype html><meta charset="utf-8"><title>API</title>' +
      '<p>No package exports an API yet (typedoc documents packages with a src/index.ts).</p>' +
      '<p><a href="../index.html">Back to the course</a></p>', pages);
  }
  const apiLookup = (pkgDir: string, name: string): string | undefined =>
    apiRes.urls.get(pkgDir)?.get(name);
  const sourceMentions = new Map<string, Mention[]>();
  for (const f of files.values()) {
    const ctx: NotesContext = {
      root: o.root, index, h, pageUrl: sourceUrl(f.path), notesPath: f.path,
      lectureTitle: f.path, lectureSlugs: slugs, errors, mentions: sourceMentions, copies,
    };
    write(o.out, sourceUrl(f.path), sourcePage(ws, f, prose, ctx, mentions, apiLookup), pages);
  }

  mark('source pages');
  for (const rel of copies) {
    mkdirSync(dirname(join(o.out, 'files', rel)), { recursive: true });
    copyFileSync(join(o.root, rel), join(o.out, 'files', rel));
  }
  const assets = o.assets ?? join(DOCS_DIR, 'assets');
  mkdirSync(join(o.out, 'assets'), { recursive: true });
  // Every static asset (style.css, favicon.svg); the favicon comes from ours if a test's
  // asset folder has none.
  for (const name of readdirSync(assets)) copyFileSync(join(assets, name), join(o.out, 'assets', name));
  if (!existsSync(join(o.out, 'assets', 'favicon.svg'))) {
    copyFileSync(join(DOCS_DIR, 'assets', 'favicon.svg'), join(o.out, 'assets', 'favicon.svg'));
  }

  const b = await bundle;
  mark('playground');
  if (o.playground === false) writeFileSync(join(o.out, 'assets', 'playground.js'), '');
  warnings.push(...b.warnings);
  write(o.out, 'playground.html', playgroundPage(ws, o.root, b.modules), pages);

  errors.push(...checkLinks(o.out, pages));
  mark('link check');
  return { errors, warnings, pages, ms: performance.now() - t0, timings };
}

async function main(): Promise<void> {
  const root = resolve(DOCS_DIR, '..');
  const out = join(DOCS_DIR, 'dist');
  const r = await buildSite({ root, out });
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  if (r.errors.length) {
    console.error(`docs build failed with ${r.errors.length} error(s):`);
    for (const e of r.errors) console.error(`  ${e}`);
    process.exitCode = 1;
    return;
  }
  console.log(`docs: ${r.pages.length} pages in ${(r.ms / 1000).toFixed(1)}s -> ${out}`);
  if (process.env.DOCS_TIMING) console.log(r.timings);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
