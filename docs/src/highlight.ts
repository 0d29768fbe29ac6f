// Syntax highlighting with shiki, loaded once for the whole build: Python and TypeScript in a
// light and a dark theme at the same time, so the page follows prefers-color-scheme in CSS.

import { createHighlighter, type Highlighter } from 'shiki';

let shared: Promise<Highlighter> | undefined;
const LANGS = ['python', 'typescript', 'javascript', 'json', 'shellscript', 'c'] as const;
const ALIAS: Record<string, string> = {
  py: 'python', python3: 'python', pycon: 'python', ts: 'typescript', js: 'javascript',
  sh: 'shellscript', bash: 'shellscript', console: 'shellscript', shell: 'shellscript',
};

/** The build's highlighter (created on first use; shiki's grammars take a moment to load). */
export function highlighter(): Promise<Highlighter> {
  shared ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: [...LANGS] });
  return shared;
}

/** The language shiki knows for a fence info string, or undefined for plain text. */
export function langOf(info: string): string | undefined {
  const l = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const name = ALIAS[l] ?? l;
  return (LANGS as readonly string[]).includes(name) ? name : undefined;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A highlighted `<pre>` block; plain escaped text when the language is unknown. */
export function highlightBlock(h: Highlighter, code: string, info: string): string {
  const lang = langOf(info);
  if (!lang) return `<pre class="shiki plain"><code>${escapeHtml(code)}</code></pre>`;
  return h.codeToHtml(code, {
    lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: 'light',
  });
}

/**
 * Highlights a whole file and returns the HTML of each line, so that a literate page can
 * cut the file into sections without losing the grammar's state across them.
 */
export function highlightLines(h: Highlighter, code: string, lang: string): string[] {
  const html = h.codeToHtml(code, {
    lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: 'light',
  });
  const inner = html.replace(/^<pre[^>]*><code>/, '').replace(/<\/code><\/pre>$/, '');
  return inner.split('\n').map((l) =>
    l.replace(/^<span class="line">/, '').replace(/<\/span>$/, ''));
}
