// The frame around every page: head, sidebar (lectures, source tree, API, playground) and the
// content column. Pages pass their own site-relative URL so every link can be made relative,
// which lets the site be opened from any folder or served from any path.

import type { Workspace } from './discover.js';
import { escapeHtml } from './highlight.js';
import { inlineHtml, plainText } from './inline.js';
import { lectureUrl, rootPrefix, sourceUrl } from './symbols.js';

export interface PageOptions {
  url: string;
  title: string;
  body: string;
  /** Extra markup for the right-hand column (a table of contents). */
  aside?: string;
  scripts?: string[];
  bodyClass?: string;
}

/** The sidebar: the course in order, then the sources grouped by package. */
function sidebar(ws: Workspace, current: string, prefix: string): string {
  const link = (url: string, text: string, cls = ''): string => {
    const here = url === current ? ' aria-current="page"' : '';
    return `<a href="${prefix}${url}"${here}${cls ? ` class="${cls}"` : ''}>${text}</a>`;
  };
  const lectures = ws.lectures.map((l) =>
    `<li>${link(lectureUrl(l.slug), `<span class="num">${escapeHtml(l.num)}</span> ` +
      inlineHtml(l.title.replace(/^Lecture\s+\d+\s*[:—–-]\s*/i, '')))}</li>`).join('');
  const sources = ws.packages.filter((p) => p.sources.length).map((p) => {
    const open = p.sources.some((s) => sourceUrl(s) === current) ? ' open' : '';
    const files = p.sources.map((s) =>
      `<li>${link(sourceUrl(s), escapeHtml(s.slice(p.dir.length + 5)))}</li>`).join('');
    return `<details${open}><summary>${escapeHtml(p.name)}</summary><ul>${files}</ul></details>`;
  }).join('');
  return `<nav class="sidebar" aria-label="site">
<a class="brand" href="${prefix}index.html">ceval</a>
<div class="nav-group"><div class="nav-title">Course</div><ul>
<li>${link('index.html', 'Home')}</li>${lectures}</ul></div>
<div class="nav-group"><div class="nav-title">Tools</div><ul>
<li>${link('playground.html', 'Playground')}</li>
<li>${link('api/index.html', 'API reference')}</li></ul></div>
<div class="nav-group"><div class="nav-title">Source</div>${sources}</div>
</nav>`;
}

/** A complete HTML page. */
export function page(ws: Workspace, o: PageOptions): string {
  const prefix = rootPrefix(o.url);
  const scripts = (o.scripts ?? []).map((s) =>
    `<script type="module" src="${prefix}${s}"></script>`).join('\n');
  const aside = o.aside ? `<aside class="toc">${o.aside}</aside>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(plainText(o.title))} · ceval</title>
<link rel="icon" href="${prefix}assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="${prefix}assets/style.css">
</head>
<body class="${o.bodyClass ?? ''}">
<div class="layout">
${sidebar(ws, o.url, prefix)}
<main class="content">
${o.body}
</main>
${aside}
</div>
${scripts}
</body>
</html>
`;
}
