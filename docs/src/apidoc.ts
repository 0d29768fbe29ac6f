// The API reference: typedoc 0.28 in packages mode over every package with a src/index.ts.
// It runs in a child process so it works while the main process renders the other pages.

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Workspace } from './discover.js';
import { escapeHtml } from './highlight.js';
import { plainText } from './inline.js';
import { lectureUrl } from './symbols.js';

export interface ApiResult {
  ok: boolean;
  log: string;
  /** `pkgDir` -> symbol name -> site-relative URL; '' maps to the package's page. */
  urls: Map<string, Map<string, string>>;
}

const PLUGIN = fileURLToPath(new URL('../typedoc-plugin.mjs', import.meta.url));

/** The course's header for the API pages; `{{ROOT}}` becomes the way up to the site root. */
export function apiHeader(ws: Workspace): string {
  const lectures = ws.lectures.map((l) =>
    `<a href="{{ROOT}}${lectureUrl(l.slug)}"><span class="num">${escapeHtml(l.num)}</span>` +
    `${escapeHtml(plainText(l.title.replace(/^Lecture\s+\d+\s*[:—–-]\s*/i, '')))}</a>`).join('');
  return `<header class="ceval-site" aria-label="course"><a class="brand" href="{{ROOT}}index.html">ceval</a>` +
    `<a href="{{ROOT}}index.html">Home</a>${lectures}<a href="{{ROOT}}playground.html">Playground</a>` +
    `<a href="{{ROOT}}api/index.html" aria-current="page">API reference</a></header>`;
}

/** Starts typedoc; resolves when the API pages are written (or typedoc gave up). */
export function runTypedoc(ws: Workspace, outDir: string): Promise<ApiResult> {
  const pkgs = ws.packages.filter((p) => p.hasIndex);
  const apiDir = join(outDir, 'api');
  mkdirSync(apiDir, { recursive: true });
  if (!pkgs.length) return Promise.resolve({ ok: true, log: 'no package has src/index.ts', urls: new Map() });
  const require = createRequire(import.meta.url);
  const bin = join(require.resolve('typedoc/package.json'), '..', 'bin', 'typedoc');
  const options = {
    entryPointStrategy: 'packages',
    entryPoints: pkgs.map((p) => join(ws.root, p.dir)),
    packageOptions: { entryPoints: ['src/index.ts'], skipErrorChecking: true, readme: 'none' },
    out: apiDir,
    name: 'ceval API',
    readme: 'none',
    skipErrorChecking: true,
    excludePrivate: true,
    githubPages: false,
    disableSources: true,
    logLevel: 'Warn',
    // Sources are still being written by others: an unresolved {@link} must not stop the site.
    treatWarningsAsErrors: false,
    validation: { notExported: false, invalidLink: false, notDocumented: false },
    // The course's header and favicon on every page (docs/typedoc-plugin.mjs).
    plugin: [PLUGIN],
  };
  const cfg = join(mkdtempSync(join(tmpdir(), 'ceval-typedoc-')), 'typedoc.json');
  writeFileSync(cfg, JSON.stringify(options, null, 2));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, '--options', cfg],
      { cwd: ws.root, env: { ...process.env, CEVAL_TYPEDOC_NAV: apiHeader(ws) } });
    let log = '';
    child.stdout.on('data', (d: Buffer) => { log += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
    child.on('close', (code) => {
      resolve({ ok: code === 0 && existsSync(join(apiDir, 'index.html')), log, urls: scanApi(ws, apiDir, outDir) });
    });
  });
}

/**
 * Maps symbols to their typedoc pages. In packages mode typedoc 0.28 names a package's page
 * `modules/<slug>.html` (`@ceval/core` -> `_ceval_core`) and a member's page
 * `<kind>/<slug>.<name>.html`; nested folders per package appear with other settings, so both
 * shapes are read.
 */
function scanApi(ws: Workspace, apiDir: string, outDir: string): Map<string, Map<string, string>> {
  const urls = new Map<string, Map<string, string>>();
  const kinds = ['functions', 'classes', 'interfaces', 'types', 'variables', 'enums'];
  for (const p of ws.packages.filter((x) => x.hasIndex)) {
    const slug = p.name.replace(/[^a-z0-9]/gi, '_');
    const m = new Map<string, string>();
    const modPage = join(apiDir, 'modules', `${slug}.html`);
    if (existsSync(modPage)) m.set('', rel(outDir, modPage));
    for (const kind of kinds) {
      const flat = join(apiDir, kind);
      if (existsSync(flat)) {
        for (const f of readdirSync(flat)) {
          if (f.startsWith(slug + '.') && f.endsWith('.html')) {
            m.set(f.slice(slug.length + 1, -5), rel(outDir, join(flat, f)));
          }
        }
      }
      const nested = join(apiDir, slug, kind);
      if (existsSync(nested)) {
        for (const f of readdirSync(nested)) {
          if (f.endsWith('.html')) m.set(f.slice(0, -5), rel(outDir, join(nested, f)));
        }
      }
    }
    if (!m.has('') && existsSync(join(apiDir, slug, 'index.html'))) {
      m.set('', rel(outDir, join(apiDir, slug, 'index.html')));
    }
    urls.set(p.dir, m);
  }
  return urls;
}

function rel(from: string, to: string): string {
  return relative(from, to).split('\\').join('/');
}
