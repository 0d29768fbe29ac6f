// The three kinds of content page: the home page (the course in order), a lecture page (its
// notes) and a literate source page (prose beside code, anchors, links back to the notes and
// out to CPython 3.13 and the API reference).

import type { MarkdownIt } from 'markdown-it';
import type { LectureInfo, Workspace } from './discover.js';
import { escapeHtml } from './highlight.js';
import { inlineHtml } from './inline.js';
import { highlightTs } from './tshighlight.js';
import { page } from './layout.js';
import { AnchorKind, type Anchor, type LiterateFile } from './literate.js';
import { renderProse, type Mention, type NotesContext, type TocEntry } from './markdown.js';
import { OPNAMES } from './opnames.js';
import { lectureUrl, rootPrefix, sourceUrl } from './symbols.js';

export const CPYTHON_BLOB = 'https://github.com/python/cpython/blob/3.13/';

/** What a lecture adds, read from its sources: instructions defined and types (`*object.ts`). */
export interface LectureAdds { instructions: string[]; types: string[] }

export function lectureAdds(lec: LectureInfo, files: Map<string, LiterateFile>): LectureAdds {
  const instructions: string[] = [];
  const types: string[] = [];
  for (const path of lec.pkg?.sources ?? []) {
    const f = files.get(path);
    if (!f) continue;
    for (const a of f.anchors) {
      if (a.kind === AnchorKind.Instruction && !instructions.includes(a.name)) instructions.push(a.name);
    }
    const m = /\/(\w+)object\.ts$/.exec(path);
    if (m) types.push(m[1]);
  }
  // A lecture may name its instructions through core's syllabus (core/src/lecture.ts:
  // `7: ['BUILD_LIST', ...]`) rather than define them; read it when the lecture defines none.
  if (!instructions.length) {
    for (const [path, f] of files) {
      if (!path.endsWith('/lecture.ts')) continue;
      const text = f.lines.join('\n');
      for (const m of text.matchAll(/(?:^|[\s{,])(\d+)\s*:\s*\[([^\]]*)\]/g)) {
        if (Number(m[1]) !== Number(lec.num)) continue;
        for (const q of m[2].matchAll(/['"]([A-Z][A-Z0-9_]+)['"]/g)) {
          if (OPNAMES.has(q[1]) && !instructions.includes(q[1])) instructions.push(q[1]);
        }
      }
    }
  }
  return { instructions, types };
}

/** The home page: what ceval is, then every lecture in order. */
export function homePage(
  ws: Workspace, files: Map<string, LiterateFile>, readme: string,
  link: (name: string) => string | undefined = () => undefined,
): string {
  const code = (n: string): string => {
    const url = link(n);
    return url ? `<a href="${escapeHtml(url)}"><code>${escapeHtml(n)}</code></a>` : `<code>${escapeHtml(n)}</code>`;
  };
  const cards = ws.lectures.map((l) => {
    const adds = lectureAdds(l, files);
    const instr = adds.instructions.length
      ? `<p class="adds"><span>Instructions</span> ${adds.instructions.map(code).join(' ')}</p>` : '';
    const types = adds.types.length
      ? `<p class="adds"><span>Types</span> ${adds.types.map((n) =>
        `<code>${escapeHtml(n)}</code>`).join(' ')}</p>` : '';
    return `<li class="lecture-card"><a href="${lectureUrl(l.slug)}">
<span class="num">${escapeHtml(l.num)}</span><span class="title">${inlineHtml(l.title)}</span></a>
<p>${inlineHtml(l.summary)}</p>${instr}${types}</li>`;
  }).join('\n');
  const none = ws.lectures.length ? '' : '<p>No lecture has notes yet.</p>';
  const list = ws.lectures.map((l) =>
    `<a href="${lectureUrl(l.slug)}">${escapeHtml(l.num)}</a>`);
  const have = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`
    : list.join('');
  const body = `<header class="hero"><h1>ceval</h1>
<p class="lede">${inlineHtml(readme)}</p>
<p><a class="button" href="playground.html">Open the playground</a>
<a class="button secondary" href="api/index.html">API reference</a></p></header>
<h2 id="the-course">How the course is numbered</h2>
<div class="about">
<p>The course follows Philip Guo's video lectures on CPython's internals, a walk through the C
source of the interpreter loop and its objects. The notes call his lectures <em>the 2015
lectures</em>, and a set of written notes on them, re-read against CPython's main branch in 2023,
<em>the seed</em>: every claim taken from them has been checked again against CPython 3.13.</p>
<p>The lectures keep the original course's numbers, so that the two can be read side by side.
Its lectures 1 to 3 (building CPython, code objects and bytecode, the main loop) are one
lecture here, <strong>02</strong>, which is why the course starts at 02 and has no 01 or 03.
Each lecture N is a working interpreter, VM_N: the core plus every lecture up to N.</p>
<p>The lectures written so far: ${have || 'none yet'}. Read them in order.</p>
</div>
<h2 id="lectures">The lectures</h2>
<ol class="lectures">${cards}</ol>${none}`;
  return page(ws, { url: 'index.html', title: 'Home', body, bodyClass: 'home' });
}

/** The table of contents column of a lecture page. */
export function tocHtml(toc: TocEntry[]): string {
  if (!toc.length) return '';
  const items = toc.map((t) =>
    `<li class="l${t.level}"><a href="#${escapeHtml(t.id)}">${escapeHtml(t.text)}</a></li>`).join('');
  return `<div class="toc-title">On this page</div><ul>${items}</ul>`;
}

/** A lecture page around already-rendered notes. */
export function lecturePage(
  ws: Workspace, lec: LectureInfo, html: string, toc: TocEntry[],
): string {
  const url = lectureUrl(lec.slug);
  const i = ws.lectures.indexOf(lec);
  const prev = ws.lectures[i - 1];
  const next = ws.lectures[i + 1];
  const pager = `<nav class="pager">${prev
    ? `<a rel="prev" href="${lectureUrl(prev.slug).slice(9)}">← ${inlineHtml(prev.title)}</a>` : '<span></span>'}${next
    ? `<a rel="next" href="${lectureUrl(next.slug).slice(9)}">${inlineHtml(next.title)} →</a>` : ''}</nav>`;
  const srcs = (lec.pkg?.sources ?? []).map((s) =>
    `<li><a href="../${sourceUrl(s)}">${escapeHtml(s.slice(lec.dir.length + 5))}</a></li>`).join('');
  const srcBox = srcs ? `<div class="toc-title">Source of this lecture</div><ul>${srcs}</ul>` : '';
  return page(ws, {
    url, title: lec.title, body: `<article class="notes">${html}</article>${pager}`,
    aside: tocHtml(toc) + srcBox, bodyClass: 'lecture',
  });
}

/** Where the typedoc page of a symbol is, when typedoc documented it. */
export type ApiLookup = (pkgDir: string, name: string) => string | undefined;

/** A literate source page. */
export function sourcePage(
  ws: Workspace, f: LiterateFile, md: MarkdownIt, ctx: NotesContext,
  mentions: Map<string, Mention[]>, api: ApiLookup,
): string {
  const url = sourceUrl(f.path);
  const prefix = rootPrefix(url);
  const pkg = ws.packages.find((p) => f.path.startsWith(p.dir + '/src/'));
  const code = highlightTs(f.lines.join('\n'));
  const anchorAt = new Map<number, Anchor[]>();
  for (const a of f.anchors) anchorAt.set(a.line, [...(anchorAt.get(a.line) ?? []), a]);
  const mirrors = f.mirrors.map((m) =>
    `<a class="cpython" href="${CPYTHON_BLOB}${m}">${escapeHtml(m)}</a>`).join(', ');
  const fileMentions = mentions.get(sourceUrl(f.path)) ?? [];
  const mentionList = (ms: Mention[]): string => ms.map((m) =>
    `<a class="backlink" href="${prefix}${m.url}">${escapeHtml(m.lecture)} › ${escapeHtml(m.section)}</a>`)
    .join(', ');
  const sections = f.sections.map((s, si) => {
    if (s.divider) {
      return `<section class="sec divider" id="section-${si + 1}">${renderProse(md, s.prose, ctx)}</section>`;
    }
    const prose = s.prose ? renderProse(md, s.prose, ctx) : '';
    const refs: string[] = [];
    const lines: string[] = [];
    for (let ln = s.codeStart; ln < s.codeEnd; ln++) {
      if (s.hidden && ln >= s.hidden[0] && ln < s.hidden[1]) continue;
      const here = anchorAt.get(ln) ?? [];
      // Each anchor is an empty span at the start of its line; a line may carry several.
      const marks = here.map((a) => `<span class="anchor" id="${escapeHtml(a.id)}"></span>`).join('');
      const def = here.some((a) => a.kind !== AnchorKind.InstructionMention);
      lines.push(`<span class="line${def ? ' def' : ''}" data-ln="${ln + 1}">${marks}${code[ln] ?? ''}</span>`);
      for (const a of here) {
        if (a.kind === AnchorKind.InstructionMention) continue;
        const ms = mentions.get(`${f.path}#${a.id}`) ?? [];
        const apiUrl = pkg && a.exported ? api(pkg.dir, a.name) : undefined;
        const bits = [`<a class="self" href="#${escapeHtml(a.id)}"><code>${escapeHtml(a.name)}</code></a>`];
        if (ms.length) bits.push(`discussed in ${mentionList(ms)}`);
        if (apiUrl) bits.push(`<a class="api" href="${prefix}${apiUrl}">API</a>`);
        refs.push(`<div class="ref">${bits.join(' · ')}</div>`);
      }
    }
    const codeHtml = lines.length
      ? `<pre class="code tk"><code>${lines.join('')}</code></pre>` : '';
    return `<section class="sec" id="section-${si + 1}">
<div class="prose">${prose}${refs.length ? `<div class="refs">${refs.join('')}</div>` : ''}</div>
<div class="code">${codeHtml}</div></section>`;
  }).join('\n');
  const defs = f.anchors.filter((a) => a.kind !== AnchorKind.InstructionMention);
  const apiHome = pkg && pkg.hasIndex ? api(pkg.dir, '') : undefined;
  const head = `<header class="source-head">
<div class="crumbs">${escapeHtml(pkg?.name ?? '')} · <code>${escapeHtml(f.path)}</code></div>
<h1>${escapeHtml(f.path.split('/').pop() ?? f.path)}</h1>
${mirrors ? `<p class="mirrors">Mirrors CPython 3.13's ${mirrors}</p>` : ''}
${fileMentions.length ? `<p class="mentions">Discussed in ${mentionList(fileMentions)}</p>` : ''}
${apiHome ? `<p><a class="api" href="${prefix}${apiHome}">API reference for ${escapeHtml(pkg!.name)}</a></p>` : ''}
</header>`;
  // No third column: the code gets the width, and "Defined here" folds into the header.
  const defined = defs.length
    ? `<details class="defined"><summary>Defined here (${defs.length})</summary><ul>${defs.map((a) =>
      `<li><a href="#${escapeHtml(a.id)}"><code>${escapeHtml(a.name)}</code></a></li>`).join('')}</ul></details>`
    : '';
  return page(ws, {
    url, title: f.path, body: head + defined + `<div class="literate">${sections}</div>`,
    bodyClass: 'source',
  });
}
