// Renders a lecture's notes.md with markdown-it: heading anchors and a table of contents,
// shiki-highlighted code, the checked ```output blocks under their programs, asides, "run in
// playground" buttons, and `src:` links into the literate source (a broken one fails the build).

import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import markdownit, { type MarkdownIt, type Token } from 'markdown-it';
import type { Highlighter } from 'shiki';
import { escapeHtml, highlightBlock } from './highlight.js';
import { AnchorKind } from './literate.js';
import { SymbolIndex, lectureUrl, rootPrefix, sourceUrl } from './symbols.js';

export interface TocEntry { level: number; id: string; text: string }

/** A notes section that links to a source anchor; the source page links back to it. */
export interface Mention { url: string; lecture: string; section: string }

/** What rendering needs from the rest of the build, and what it reports back. */
export interface NotesContext {
  root: string;
  index: SymbolIndex;
  h: Highlighter;
  /** The page being written, site-relative (`lectures/07-iterators.html`). */
  pageUrl: string;
  /** The markdown file, relative to the root (for messages and relative links). */
  notesPath: string;
  lectureTitle: string;
  /** The VM level the lecture's examples run at (`07`); the playground opens at it. */
  level?: string;
  /** Lecture folder name -> slug, to turn links between notes into links between pages. */
  lectureSlugs: Set<string>;
  /** Broken links land here; the build fails if any do. */
  errors: string[];
  /** `path#anchor` (or `path`) -> the sections that mention it. */
  mentions: Map<string, Mention[]>;
  /** Repository files linked from notes that are not pages: the build copies them. */
  copies: Set<string>;
  /** Turn inline code naming our definitions into links (notes: yes; source comments: no). */
  autoLink?: boolean;
  /** The lecture a block of Python needs (needs.ts); 0 when unknown. */
  needs?: (code: string) => number;
  /** The lecture numbers that exist, to tell "open at lecture N" from "not written yet". */
  lectureNums?: Set<number>;
}

interface Env {
  [k: string | symbol]: unknown;
  ctx: NotesContext;
  section: { id: string; text: string };
  toc: TocEntry[];
}

/** Lowercase, dashes, ASCII-only ids, as GitHub makes them. */
export function slugify(s: string): string {
  return s.toLowerCase().trim().replace(/<[^>]*>/g, '').replace(/[^\w\s-]/g, '')
    .replace(/\s+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'section';
}

/** The playground URL that opens `code` at a VM level. */
export function playgroundHref(prefix: string, code: string, level?: string): string {
  const lv = level ? `&upto=${encodeURIComponent(level)}` : '';
  return `${prefix}playground.html#code=${encodeURIComponent(code)}${lv}`;
}

const ASIDE_TITLES: Record<string, string> = {
  note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution',
  changed: "What changed since Philip Guo's 2015 lectures", history: "What changed since Philip Guo's 2015 lectures",
  since: "What changed since Philip Guo's 2015 lectures", aside: 'Aside', cpython: 'In CPython',
};

/** Gives headings unique ids and collects the table of contents. */
function headingIds(md: MarkdownIt): void {
  md.core.ruler.push('ceval_heading_ids', (state) => {
    const used = new Set<string>();
    const toc: TocEntry[] = (state.env as unknown as Env).toc;
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type !== 'heading_open') continue;
      const inline = tokens[i + 1];
      const text = (inline.children ?? []).map((c) => c.content).join('');
      let id = slugify(text);
      for (let n = 2; used.has(id); n++) id = `${slugify(text)}-${n}`;
      used.add(id);
      t.attrSet('id', id);
      const level = Number(t.tag.slice(1));
      if (level >= 2 && level <= 3) toc.push({ level, id, text });
    }
  });
}

/** GitHub-style alerts (`> [!NOTE]`, `> [!CHANGED]`) and "2015" blockquotes become asides. */
function asides(md: MarkdownIt): void {
  md.core.ruler.push('ceval_asides', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.type !== 'blockquote_open' || tokens[i + 2]?.type !== 'inline') continue;
      const inline = tokens[i + 2];
      const m = /^\[!(\w+)\][ \t]*(.*)/.exec(inline.content);
      let kind = '';
      let title = '';
      if (m) {
        kind = m[1].toLowerCase();
        title = m[2].split('\n')[0].trim() || ASIDE_TITLES[kind] || m[1];
        // Drop the marker line from the rendered text.
        const kids = inline.children ?? [];
        let cut = 0;
        while (cut < kids.length && kids[cut].type !== 'softbreak' && kids[cut].type !== 'hardbreak') cut++;
        inline.children = kids.slice(cut + 1);
      } else if (/^\*\*[^*]*(2015|since|changed)[^*]*\*\*/i.test(inline.content)) {
        kind = 'history';
      } else {
        continue;
      }
      t.meta = { kind, title };
      for (let j = i + 1, depth = 0; j < tokens.length; j++) {
        if (tokens[j].type === 'blockquote_open') depth++;
        if (tokens[j].type === 'blockquote_close') {
          if (depth === 0) { tokens[j].meta = { kind }; break; }
          depth--;
        }
      }
    }
  });
  md.renderer.rules.blockquote_open = (tokens, idx) => {
    const meta = tokens[idx].meta as { kind: string; title: string } | null;
    if (!meta) return '<blockquote>\n';
    const title = meta.title ? `<div class="aside-title">${escapeHtml(meta.title)}</div>` : '';
    return `<aside class="aside aside-${escapeHtml(meta.kind)}">${title}\n`;
  };
  md.renderer.rules.blockquote_close = (tokens, idx) =>
    tokens[idx].meta ? '</aside>\n' : '</blockquote>\n';
}

/** Code fences: highlighted programs with a run button; outputs shown as checked text. */
function fences(md: MarkdownIt): void {
  md.renderer.rules.fence = (tokens, idx, _opts, envAny) => {
    const env = envAny as unknown as Env;
    const t = tokens[idx];
    const info = t.info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    const prefix = rootPrefix(env.ctx.pageUrl);
    if (info === 'output' || info === 'dis' || info === 'stdout' || info === 'traceback') {
      const after = tokens[idx - 1]?.type === 'fence' ? ' after-code' : '';
      const label = info === 'dis' ? 'dis' : 'Output';
      return `<div class="output${after}"><div class="label">${label}</div>` +
        `<pre><code>${escapeHtml(t.content)}</code></pre></div>\n`;
    }
    const block = highlightBlock(env.ctx.h, t.content.replace(/\n$/, ''), info);
    if (info === 'python' || info === 'py') {
      // A block may need a later lecture than its page: said explicitly (```python needs=NN,
      // whose tests run it there) or found by probing it (a class in lecture 07's notes). It
      // says which and opens at that lecture's VM, or, if that lecture is not written yet,
      // cannot run. A block with a checked output under it runs at its page's level (some
      // show the "arrives in lecture NN" error on purpose).
      const level = Number(env.ctx.level ?? 0);
      const explicit = /\bneeds=(\d+)/.exec(t.info)?.[1];
      const next = tokens[idx + 1];
      const checked = next?.type === 'fence' && /^(output|dis|stdout|traceback)\b/.test(next.info.trim());
      const need = explicit !== undefined ? Number(explicit)
        : checked ? 0 : env.ctx.needs?.(t.content) ?? 0;
      const lec = String(need).padStart(2, '0');
      const note = explicit === undefined ? ''
        : `<div class="label needs">Needs lecture ${escapeHtml(lec)}</div>`;
      if (need > level && env.ctx.lectureNums && !env.ctx.lectureNums.has(need)) {
        return `<div class="code-block python">${note}${block}<span class="run-button disabled" ` +
          `data-needs="${need}">Runs from lecture ${lec}, not written yet</span></div>\n`;
      }
      const at = need > level ? lec : env.ctx.level;
      const href = playgroundHref(prefix, t.content, at);
      const label = need > level ? `▶ Run in playground (needs lecture ${lec})` : '▶ Run in playground';
      return `<div class="code-block python">${note}${block}` +
        `<a class="run-button" href="${escapeHtml(href)}"${need > level ? ` data-needs="${need}"` : ''}>` +
        `${label}</a></div>\n`;
    }
    return `<div class="code-block">${block}</div>\n`;
  };
}

/** Headings get a `#` link to themselves; the renderer also tracks the current section. */
function headingRender(md: MarkdownIt): void {
  md.renderer.rules.heading_open = (tokens, idx, opts, envAny, self) => {
    const env = envAny as unknown as Env;
    const t = tokens[idx];
    const inline = tokens[idx + 1];
    env.section = { id: String(t.attrGet('id') ?? ''), text: inline.content };
    return self.renderToken(tokens, idx, opts);
  };
  md.renderer.rules.heading_close = (tokens, idx, opts, envAny, self) => {
    const env = envAny as unknown as Env;
    const a = `<a class="heading-anchor" href="#${escapeHtml(env.section.id)}" aria-label="link">#</a>`;
    return a + self.renderToken(tokens, idx, opts);
  };
}

/** Resolves one link target; returns the href to write (errors are recorded, not thrown). */
export function resolveLink(href: string, env: Env): string {
  const ctx = env.ctx;
  const prefix = rootPrefix(ctx.pageUrl);
  if (href.startsWith('src:')) {
    const r = ctx.index.resolve(href.slice(4));
    if ('error' in r) {
      ctx.errors.push(`${ctx.notesPath}: broken link (${href}): ${r.error}`);
      return '#broken-link';
    }
    const key = r.hit ? `${r.hit.file.path}#${r.hit.anchor.id}` : r.url;
    const list = ctx.mentions.get(key) ?? [];
    const url = `${ctx.pageUrl}#${env.section.id}`;
    if (!list.some((m) => m.url === url)) {
      list.push({ url, lecture: ctx.lectureTitle, section: env.section.text || ctx.lectureTitle });
    }
    ctx.mentions.set(key, list);
    return prefix + r.url;
  }
  if (/^([a-z][a-z0-9+.-]*:|#|\/\/)/i.test(href)) return href;
  // A relative path: to another lecture's notes, a source file, an example, or any other file.
  const [path, hash] = href.split('#', 2);
  const abs = join(ctx.root, dirname(ctx.notesPath), decodeURIComponent(path));
  const rel = relative(ctx.root, abs).split('\\').join('/');
  const frag = hash ? `#${hash}` : '';
  if (!existsSync(abs) || rel.startsWith('..')) {
    ctx.errors.push(`${ctx.notesPath}: broken link (${href}): no file ${rel}`);
    return '#broken-link';
  }
  const lm = /^lectures\/([^/]+)\/notes\.md$/.exec(rel);
  if (lm && ctx.lectureSlugs.has(lm[1])) return prefix + lectureUrl(lm[1]) + frag;
  if (/^(core|cli|lectures\/[^/]+)\/src\/.*\.ts$/.test(rel)) return prefix + sourceUrl(rel) + frag;
  ctx.copies.add(rel);
  return prefix + 'files/' + rel + frag;
}

function links(md: MarkdownIt): void {
  md.renderer.rules.link_open = (tokens, idx, opts, envAny, self) => {
    const t = tokens[idx];
    const attr = t.attrGet('href');
    if (attr !== null) {
      const href = String(attr);
      const out = resolveLink(href, envAny as unknown as Env);
      t.attrSet('href', out);
      if (href.startsWith('src:')) t.attrJoin('class', 'src-link');
    }
    return self.renderToken(tokens, idx, opts);
  };
}

const CPY_PATH = /^(?:Objects|Python|Include|Lib|Parser|Modules|Tools|Programs)\/[\w./-]*\w\.(?:c|h|py)$/;

/**
 * Inline code that names something of ours becomes a link, so notes written without `src:`
 * links still connect to the source: an instruction (`FOR_ITER`), a camelCase or PascalCase
 * name with a definition (`evalFrameDefault`, `Frame`), one of our files
 * (`core/src/ceval.ts`), or a CPython file (`Python/ceval.c`, linked on GitHub). Lowercase
 * words (`print`, `compile`) are left alone: in notes they usually mean Python's.
 */
function autoLinks(md: MarkdownIt): void {
  md.core.ruler.push('ceval_autolinks', (state) => {
    const env = state.env as unknown as Env;
    if (!env.ctx?.autoLink) return;
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      const kids: Token[] = [];
      let inLink = 0;
      for (const t of block.children) {
        if (t.type === 'link_open') inLink++;
        if (t.type === 'link_close') inLink--;
        const target = t.type === 'code_inline' && !inLink ? autoTarget(t.content, env.ctx) : '';
        if (!target) { kids.push(t); continue; }
        const open = new state.Token('link_open', 'a', 1);
        open.attrs = [['href', target]];
        const close = new state.Token('link_close', 'a', -1);
        kids.push(open, t, close);
      }
      block.children = kids;
    }
  });
}

function autoTarget(text: string, ctx: NotesContext): string {
  const name = text.replace(/\(\)$/, '');
  if (CPY_PATH.test(name)) return `https://github.com/python/cpython/blob/3.13/${name}`;
  if (/^[\w./-]+\.ts$/.test(name)) {
    const f = ctx.index.file(name);
    return f && f !== 'ambiguous' ? `src:${f.path}` : '';
  }
  const ident = /^[A-Z][A-Z0-9_]+$/.test(name) || (/^[A-Za-z_]\w*$/.test(name) && /[a-z]/.test(name) &&
    /[A-Z]/.test(name));
  if (!ident) return '';
  const hit = ctx.index.lookup(name);
  if (!hit) return '';
  const k = hit.anchor.kind;
  if (k === AnchorKind.InstructionMention || k === AnchorKind.Const && !/^[A-Z]/.test(name)) return '';
  return `src:${name}`;
}

/** A markdown-it instance with every ceval rule; one per build is enough. */
export function createMarkdown(allowHtml = true): MarkdownIt {
  // Notes may embed HTML; source comments may not (`Array<T>` there is a type, not a tag).
  const md = markdownit({ html: allowHtml, linkify: false, typographer: false });
  // `src:` is our own scheme; markdown-it would otherwise keep it, but say so explicitly.
  const validate = md.validateLink.bind(md);
  md.validateLink = (url: string) => url.startsWith('src:') || validate(url);
  headingIds(md);
  autoLinks(md);
  asides(md);
  fences(md);
  headingRender(md);
  links(md);
  return md;
}

/** Renders notes to HTML with their table of contents. */
export function renderNotes(
  md: MarkdownIt, text: string, ctx: NotesContext,
): { html: string; toc: TocEntry[]; title: string } {
  const env: Env = { ctx, section: { id: '', text: '' }, toc: [] };
  const tokens: Token[] = md.parse(text, env);
  let title = ctx.lectureTitle;
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  if (h1 >= 0) title = tokens[h1 + 1].content;
  return { html: md.renderer.render(tokens, md.options, env), toc: env.toc, title };
}

/** Renders a comment's markdown (literate prose): same rules, links resolved from a source page. */
export function renderProse(md: MarkdownIt, text: string, ctx: NotesContext): string {
  const env: Env = { ctx, section: { id: '', text: '' }, toc: [] };
  return md.render(text, env);
}
