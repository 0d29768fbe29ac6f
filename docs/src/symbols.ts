// The name index behind `src:` links: every anchor of every literate page, and the rules that
// pick one when a name is defined twice (an instruction's handler beats its table entry).
// Also the site's URL scheme, so every page computes links the same way.

import { AnchorKind, type Anchor, type LiterateFile } from './literate.js';

/** The site-relative URL of a source file's literate page. */
export function sourceUrl(path: string): string {
  return 'source/' + path.replace('/src/', '/') + '.html';
}

/** The site-relative URL of a lecture page. */
export function lectureUrl(slug: string): string {
  return `lectures/${slug}.html`;
}

/** The prefix that leads from a page back to the site root (`../../` for `source/core/x.html`). */
export function rootPrefix(pageUrl: string): string {
  const depth = pageUrl.split('/').length - 1;
  return depth ? '../'.repeat(depth) : './';
}

export interface SymbolHit {
  file: LiterateFile;
  anchor: Anchor;
}

function rank(a: Anchor): number {
  switch (a.kind) {
    case AnchorKind.Instruction: return 6 + a.strength;
    case AnchorKind.Function: return a.exported ? 5 : 4;
    case AnchorKind.Class: return a.exported ? 5 : 4;
    case AnchorKind.Type: return a.exported ? 4 : 3;
    case AnchorKind.Const: return a.exported ? 3 : 2;
    default: return 1;
  }
}

/** A resolved link: where it points, or why it cannot. */
export type Resolution = { url: string; hit?: SymbolHit } | { error: string };

/** Every anchor of the site by name, plus the files by path. */
export class SymbolIndex {
  private byName = new Map<string, SymbolHit[]>();
  private files: LiterateFile[] = [];

  add(file: LiterateFile): void {
    this.files.push(file);
    for (const anchor of file.anchors) {
      const list = this.byName.get(anchor.name) ?? [];
      list.push({ file, anchor });
      this.byName.set(anchor.name, list);
    }
  }

  /** The best definition of a name: highest rank, then the earliest file (core before lectures). */
  lookup(name: string): SymbolHit | undefined {
    const list = this.byName.get(name);
    if (!list) return undefined;
    let best = list[0];
    for (const h of list) if (rank(h.anchor) > rank(best.anchor)) best = h;
    return best;
  }

  /** The file whose path ends with `suffix` (`listobject.ts`, `core/src/dis.ts`), if unique. */
  file(suffix: string): LiterateFile | undefined | 'ambiguous' {
    const hits = this.files.filter((f) => f.path === suffix || f.path.endsWith('/' + suffix));
    if (hits.length > 1) return 'ambiguous';
    return hits[0];
  }

  /**
   * Resolves the target of a `src:` link. Three forms:
   * `src:listResize` (a name), `src:listobject.ts` (a file), `src:listobject.ts#listResize`.
   */
  resolve(target: string): Resolution {
    const [filePart, hash] = target.includes('#') ? target.split('#', 2) : ['', target];
    const isFile = /\.ts$/.test(filePart || hash);
    if (!filePart && !isFile) {
      const hit = this.lookup(hash);
      if (!hit) return { error: `no function, class or instruction named "${hash}"` };
      return { url: `${sourceUrl(hit.file.path)}#${hit.anchor.id}`, hit };
    }
    const fname = filePart || hash;
    const f = this.file(fname);
    if (f === 'ambiguous') return { error: `"${fname}" names more than one source file` };
    if (!f) return { error: `no source file "${fname}"` };
    if (!filePart) return { url: sourceUrl(f.path) };
    const a = f.anchors.find((x) => x.name === hash);
    if (!a) return { error: `${f.path} has no anchor "${hash}"` };
    return { url: `${sourceUrl(f.path)}#${a.id}`, hit: { file: f, anchor: a } };
  }
}
