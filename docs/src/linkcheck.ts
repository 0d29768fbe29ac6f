// The last step of the build: every local href and src of every page we wrote must name a
// file that exists, and every #fragment an id in it. What the notes link to is checked when
// they are rendered; this catches what the generator itself gets wrong.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function unescapeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/**
 * Checks the local links of `pages` (site-relative URLs under `out`).
 * Returns one message per broken link.
 */
export function checkLinks(out: string, pages: string[]): string[] {
  const errors: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let s = ids.get(file);
    if (!s) {
      s = new Set();
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(ID)) s.add(unescapeAttr(m[1]));
      ids.set(file, s);
    }
    return s;
  };
  for (const url of pages) {
    const file = join(out, url);
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(ATTR)) {
      const href = unescapeAttr(m[1]);
      if (!href || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
      const [pathPart, frag] = href.split('#', 2);
      const path = pathPart.split('?')[0];
      const target = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
      if (!target.startsWith(normalize(out))) {
        errors.push(`${url}: link leaves the site: ${href}`);
        continue;
      }
      if (!existsSync(target)) {
        errors.push(`${url}: broken link ${href}`);
        continue;
      }
      // Fragments of the playground carry code, not ids; broken notes links were reported.
      if (!frag || frag === 'broken-link' || !target.endsWith('.html')) continue;
      if (target.endsWith('playground.html') || target.includes(`${normalize(out)}/api/`)) continue;
      if (!idsOf(target).has(decodeURIComponent(frag))) {
        errors.push(`${url}: no id "${frag}" in ${path || url}`);
      }
    }
  }
  return errors;
}
