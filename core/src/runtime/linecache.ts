// Mirrors Lib/linecache.py: the source lines tracebacks and warnings quote. A file the
// interpreter ran or imported is remembered with the text it ran (so `-c` code has lines
// too, as in 3.13); any other real file is read on first use; `<...>` names have none.

import type { Interpreter } from '../interpreter.js';

/** The whole text of `filename`, or null. @see Lib/linecache.py getlines */
export function getSource(interp: Interpreter, filename: string): string | null {
  const s = interp.sources.get(filename);
  if (s !== undefined) return s;
  if (filename.startsWith('<')) return null;
  const lazy = interp.lazySources.get(filename);
  const t = lazy !== undefined ? lazy() : interp.io.readFile(filename);
  if (t !== null) interp.sources.set(filename, t);
  return t;
}

/** Line `lineno` (1-based) of `filename` without its line end, or '' when there is none. */
export function getline(interp: Interpreter, filename: string, lineno: number): string {
  if (lineno < 1) return '';
  const s = getSource(interp, filename);
  if (s === null) return '';
  let start = 0;
  for (let n = 1; n < lineno; n++) {
    const i = s.indexOf('\n', start);
    if (i < 0) return '';
    start = i + 1;
  }
  if (start >= s.length) return '';
  const end = s.indexOf('\n', start);
  return s.slice(start, end < 0 ? s.length : end).replace(/\r$/, '');
}
