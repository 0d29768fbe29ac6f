// A small, fast TypeScript highlighter for the literate source pages. shiki (used for the notes)
// runs TextMate grammars and takes seconds on some of our larger files; a single-pass scanner
// over the characters does the whole repository in milliseconds, which keeps the build short.

const KEYWORDS = new Set(('abstract as async await break case catch class const continue debugger ' +
  'declare default delete do else enum export extends false finally for from function get if ' +
  'implements import in instanceof interface is keyof let new null of private protected public ' +
  'readonly return satisfies set static super switch this throw true try type typeof undefined ' +
  'unique var void while with yield never unknown any number string boolean bigint symbol object')
  .split(' '));

const enum C {
  Slash = 47, Star = 42, Quote = 39, DQuote = 34, Backtick = 96, Backslash = 92, Dollar = 36,
  LBrace = 123, RBrace = 125, Newline = 10, Zero = 48, Nine = 57, LParen = 40,
}

function isIdStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === C.Dollar || c > 127;
}
function isIdPart(c: number): boolean {
  return isIdStart(c) || (c >= C.Zero && c <= C.Nine);
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Highlights TypeScript source; returns the HTML of each line (tokens that span lines, such as
 * block comments and template strings, are closed and reopened at each line break).
 */
export function highlightTs(src: string): string[] {
  const out: string[] = [];
  let line = '';
  const emit = (cls: string, text: string): void => {
    const parts = text.split('\n');
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) { out.push(line); line = ''; }
      if (parts[k]) line += cls ? `<span class="${cls}">${esc(parts[k])}</span>` : esc(parts[k]);
    }
  };
  const n = src.length;
  let i = 0;
  // Whether a `/` here would start a regex literal (after an operator) or divide (after a value).
  let regexOk = true;
  while (i < n) {
    const c = src.charCodeAt(i);
    const start = i;
    if (c === C.Slash && src.charCodeAt(i + 1) === C.Slash) {
      while (i < n && src.charCodeAt(i) !== C.Newline) i++;
      emit('tk-com', src.slice(start, i));
    } else if (c === C.Slash && src.charCodeAt(i + 1) === C.Star) {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      emit('tk-com', src.slice(start, i));
    } else if (c === C.Quote || c === C.DQuote) {
      i++;
      while (i < n && src.charCodeAt(i) !== c && src.charCodeAt(i) !== C.Newline) {
        i += src.charCodeAt(i) === C.Backslash ? 2 : 1;
      }
      i++;
      emit('tk-str', src.slice(start, i));
      regexOk = false;
    } else if (c === C.Backtick) {
      // Template strings: `${...}` parts are highlighted as plain text, nesting tracked by depth.
      i++;
      while (i < n && src.charCodeAt(i) !== C.Backtick) {
        if (src.charCodeAt(i) === C.Backslash) { i += 2; continue; }
        if (src.charCodeAt(i) === C.Dollar && src.charCodeAt(i + 1) === C.LBrace) {
          emit('tk-str', src.slice(start === -1 ? i : start, i));
          let depth = 1;
          const e0 = i;
          i += 2;
          while (i < n && depth > 0) {
            const d = src.charCodeAt(i);
            if (d === C.LBrace) depth++;
            else if (d === C.RBrace) depth--;
            i++;
          }
          emit('tk-sub', src.slice(e0, i));
          return highlightRest(src, i, out, line, emit);
        }
        i++;
      }
      i++;
      emit('tk-str', src.slice(start, i));
      regexOk = false;
    } else if (c === C.Slash && regexOk) {
      i++;
      let cls = false;
      while (i < n) {
        const d = src.charCodeAt(i);
        if (d === C.Newline) break;
        if (d === C.Backslash) { i += 2; continue; }
        if (d === 91) cls = true; else if (d === 93) cls = false;
        else if (d === C.Slash && !cls) { i++; break; }
        i++;
      }
      while (i < n && isIdPart(src.charCodeAt(i))) i++;
      emit('tk-re', src.slice(start, i));
      regexOk = false;
    } else if (c >= C.Zero && c <= C.Nine) {
      while (i < n && (isIdPart(src.charCodeAt(i)) || src.charCodeAt(i) === 46)) i++;
      emit('tk-num', src.slice(start, i));
      regexOk = false;
    } else if (isIdStart(c)) {
      while (i < n && isIdPart(src.charCodeAt(i))) i++;
      const w = src.slice(start, i);
      let j = i;
      while (j < n && src.charCodeAt(j) === 32) j++;
      const cls = KEYWORDS.has(w) ? 'tk-kw'
        : src.charCodeAt(j) === C.LParen ? 'tk-fn'
        : /^[A-Z]/.test(w) ? (/^[A-Z0-9_]+$/.test(w) && w.length > 1 ? 'tk-const' : 'tk-type') : '';
      emit(cls, w);
      regexOk = cls === 'tk-kw' && w !== 'this' && w !== 'super';
    } else {
      i++;
      emit('', src[start]);
      if (c !== 32 && c !== 9 && c !== C.Newline && c !== 13) regexOk = !(c === 41 || c === 93 || c === C.RBrace);
    }
  }
  out.push(line);
  return out;
}

/**
 * After a template substitution the scanner restarts on the rest of the template: the closing
 * part is scanned as a new template opening at a backtick we pretend to see. Kept apart so the
 * main loop stays a plain loop.
 */
function highlightRest(src: string, from: number, out: string[], line: string,
  _emit: (cls: string, text: string) => void): string[] {
  // Re-scan the remainder as if it were the inside of a template string.
  const rest = highlightTs('`' + src.slice(from));
  const first = rest[0].replace(/^<span class="tk-str">`/, '<span class="tk-str">')
    .replace(/^<span class="tk-str"><\/span>/, '');
  out.push(line + first, ...rest.slice(1));
  // The extra line push above already ends the current line.
  return out;
}
