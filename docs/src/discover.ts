// The site's table of contents, found rather than configured: the workspace packages, the
// lectures (lectures/NN-name/notes.md) and every TypeScript source file they hold.
// Nothing here knows which lectures exist; adding a lecture folder adds it to the site.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A workspace package (core, a lecture, cli ...). */
export interface PackageInfo {
  name: string;
  /** Folder relative to the repository root, with forward slashes: `core`, `lectures/07-iterators`. */
  dir: string;
  description: string;
  /** True when `src/index.ts` exists: typedoc documents it. */
  hasIndex: boolean;
  /** Source files relative to the root, sorted. */
  sources: string[];
}

/** A lecture: a package whose folder holds notes.md. */
export interface LectureInfo {
  /** `07` for `lectures/07-iterators`. */
  num: string;
  slug: string;
  dir: string;
  title: string;
  /** The first paragraph of the notes, as markdown (render with inline.ts). */
  summary: string;
  notesPath: string;
  /** Example programs (`examples/*.py`) relative to the root. */
  examples: string[];
  pkg: PackageInfo | undefined;
}

export interface Workspace {
  root: string;
  packages: PackageInfo[];
  lectures: LectureInfo[];
}

const SOURCE_PACKAGES = /^(core|cli|lectures\/[^/]+)$/;

/** Expands the root package.json's `workspaces` globs (only `dir` and `dir/*` forms). */
function workspaceDirs(root: string): string[] {
  const pj = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    workspaces?: string[];
  };
  const out: string[] = [];
  for (const pat of pj.workspaces ?? []) {
    if (pat.endsWith('/*')) {
      const base = pat.slice(0, -2);
      if (!existsSync(join(root, base))) continue;
      for (const d of readdirSync(join(root, base)).sort()) {
        if (statSync(join(root, base, d)).isDirectory()) out.push(`${base}/${d}`);
      }
    } else if (existsSync(join(root, pat))) {
      out.push(pat);
    }
  }
  return out;
}

/** All `.ts` files below `dir` (not declarations), relative to `root`, sorted. */
export function listSources(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    if (!existsSync(abs)) return;
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const p = join(abs, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) walk(p);
      } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        out.push(relative(root, p).split('\\').join('/'));
      }
    }
  };
  walk(join(root, dir, 'src'));
  return out.sort();
}

/** The first `# heading` and first paragraph of a markdown file, both as markdown. */
export function notesHead(md: string): { title: string; summary: string } {
  const lines = md.split('\n');
  let title = '';
  let summary = '';
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^#\s+(.*)$/.exec(lines[i]);
    if (m) { title = m[1].trim(); i++; break; }
  }
  if (!title) i = 0;
  const para: string[] = [];
  let fenced = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (l.startsWith('```')) { fenced = !fenced; continue; }
    if (fenced) continue;
    if (!l.trim()) { if (para.length) break; continue; }
    // Headings, quotes, tables, lists and HTML are not the opening paragraph (a line that
    // opens with **bold** is).
    if (/^(#|>|\||-\s|\*\s|\d+\.\s|<)/.test(l.trim()) && !para.length) continue;
    para.push(l.trim());
  }
  // Markdown, as written: links keep their text; callers render it (inline.ts).
  summary = para.join(' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  return { title, summary };
}

/**
 * Finds packages, lectures and sources under `root`.
 * Lectures are ordered by their number, as the course is.
 */
export function discover(root: string): Workspace {
  const packages: PackageInfo[] = [];
  for (const dir of workspaceDirs(root)) {
    const pjPath = join(root, dir, 'package.json');
    if (!existsSync(pjPath)) continue;
    const pj = JSON.parse(readFileSync(pjPath, 'utf8')) as { name?: string; description?: string };
    packages.push({
      name: pj.name ?? dir,
      dir,
      description: pj.description ?? '',
      hasIndex: existsSync(join(root, dir, 'src', 'index.ts')),
      sources: SOURCE_PACKAGES.test(dir) ? listSources(root, dir) : [],
    });
  }
  const lectures: LectureInfo[] = [];
  const lecRoot = join(root, 'lectures');
  if (existsSync(lecRoot)) {
    for (const d of readdirSync(lecRoot).sort()) {
      const m = /^(\d+)-(.+)$/.exec(d);
      const notesPath = join(lecRoot, d, 'notes.md');
      if (!m || !existsSync(notesPath)) continue;
      const head = notesHead(readFileSync(notesPath, 'utf8'));
      const exDir = join(lecRoot, d, 'examples');
      const examples = existsSync(exDir)
        ? readdirSync(exDir).filter((f) => f.endsWith('.py')).sort()
          .map((f) => `lectures/${d}/examples/${f}`)
        : [];
      lectures.push({
        num: m[1],
        slug: d,
        dir: `lectures/${d}`,
        title: head.title || d,
        summary: head.summary,
        notesPath,
        examples,
        pkg: packages.find((p) => p.dir === `lectures/${d}`),
      });
    }
  }
  lectures.sort((a, b) => Number(a.num) - Number(b.num) || a.slug.localeCompare(b.slug));
  return { root, packages, lectures };
}
