// Mirrors CPython 3.13's f-string half of Parser/lexer/lexer.c (the FSTRING_START case of
// tok_get_normal_mode, tok_get_fstring_mode, _PyLexer_update_fstring_expr): PEP 701 f-strings
// as a stack of tokenizer modes, literal parts as FSTRING_MIDDLE tokens.

import { T } from './token.js';
import { EOF, MAXFSTRINGLEVEL, MAX_EXPR_NESTING, Tok, TokMode } from './tokenizer-state.js';
import type { Tokenizer } from './tokenizer.js';

/** FSTRING_START: pushes a mode for the f-string whose prefix starts at `start`, quote at `q`. */
export function fstringStart(tk: Tokenizer, start: number, q: number, raw: boolean): Tok {
  const s = tk.src;
  const quote = s.charCodeAt(q);
  let quoteSize = 1;
  let cur = q + 1;
  if (s.charCodeAt(cur) === quote && s.charCodeAt(cur + 1) === quote) {
    quoteSize = 3;
    cur += 2;
  }
  if (tk.modeIdx + 1 >= MAXFSTRINGLEVEL) tk.syntaxError('too many nested f-strings', cur);
  const idx = ++tk.modeIdx;
  let m = tk.modes[idx];
  if (m === undefined) tk.modes.push(m = new TokMode());
  m.fstring = true;
  m.quote = quote;
  m.quoteSize = quoteSize;
  m.raw = raw;
  m.start = start;
  m.startLineno = tk.lineno;
  m.startLineStart = tk.lineStart;
  m.curlyDepth = 0;
  m.exprStartDepth = -1;
  m.inFormatSpec = false;
  m.debug = false;
  m.exprStart = -1;
  m.exprEnd = -1;
  return tk.tok(T.FSTRING_START, start, cur, tk.lineno, tk.bcol(start));
}

/**
 * The next token inside an f-string's literal part.
 * @see Parser/lexer/lexer.c tok_get_fstring_mode
 */
export function fstringMode(tk: Tokenizer, m: TokMode): Tok {
  const s = tk.src;
  const n = tk.n;
  const start = tk.pos;
  const firstLineno = tk.lineno;
  const col = tk.bcol(start);
  let cur = start;
  let c = s.charCodeAt(cur);
  // A replacement field right away: let the regular mode read the '{'.
  if (c === 123 && s.charCodeAt(cur + 1) !== 123) {
    openField(tk, m, cur);
    return tk.normalMode(m);
  }
  // The closing quote(s)?
  let k = 0;
  while (k < m.quoteSize && s.charCodeAt(cur + k) === m.quote) k++;
  if (k === m.quoteSize) {
    tk.modeIdx--;
    return tk.tok(T.FSTRING_END, start, cur + k, firstLineno, col);
  }
  let endQuoteSize = 0;
  let unicodeEscape = false;
  while (endQuoteSize !== m.quoteSize) {
    c = cur < n ? s.charCodeAt(cur++) : EOF;
    const inFormatSpec = m.inFormatSpec && m.exprStartDepth >= 0;
    if (c === EOF || (m.quoteSize === 1 && c === 10)) {
      if (inFormatSpec && c === 10) {
        // The format spec ends at the line end; the expression part reads the newline.
        // (3.13.0 has no "newlines are not allowed in format specifiers" check yet.)
        cur--;
        tk.pos = cur;
        m.fstring = false;
        m.inFormatSpec = false;
        return middle(tk, start, cur, cur, firstLineno, col);
      }
      const detected = c === EOF ? tk.lineno - 1 : tk.lineno;
      if (m.quoteSize === 3) {
        tk.syntaxError(`unterminated triple-quoted f-string literal (detected at line ${
          detected})`, m.start + 1, m.startLineno, m.startLineStart);
      }
      tk.syntaxError(`unterminated f-string literal (detected at line ${detected})`,
        m.start + 1, m.startLineno, m.startLineStart);
    }
    if (c === m.quote) {
      endQuoteSize++;
      continue;
    }
    endQuoteSize = 0;
    if (c === 10) {
      tk.newline(cur);
    } else if (c === 123) {
      const peek = s.charCodeAt(cur);
      if (peek !== 123 || inFormatSpec) {
        openField(tk, m, cur - 1);
        m.inFormatSpec = false;
        return middle(tk, start, cur - 1, cur - 1, firstLineno, col);
      }
      // '{{' stands for one '{': the token keeps the first, the second is skipped.
      return middle(tk, start, cur, cur + 1, firstLineno, col);
    } else if (c === 125) {
      if (unicodeEscape) return middle(tk, start, cur, cur, firstLineno, col);
      const peek = s.charCodeAt(cur);
      if (peek === 125 && !inFormatSpec && m.curlyDepth === 0) {
        return middle(tk, start, cur, cur + 1, firstLineno, col);
      }
      m.fstring = false;
      m.inFormatSpec = false;
      return middle(tk, start, cur - 1, cur - 1, firstLineno, col);
    } else if (c === 92) {
      const peek = cur < n ? s.charCodeAt(cur) : EOF;
      if (peek === 123 || peek === 125) {
        if (!m.raw) tk.warn(`invalid escape sequence '\\${String.fromCharCode(peek)}'`, cur + 1);
        continue;
      }
      if (peek === EOF) continue;
      cur++;
      if (peek === 10) tk.newline(cur);
      else if (!m.raw && peek === 78) { // \N{...}
        if (s.charCodeAt(cur) === 123) { cur++; unicodeEscape = true; }
      }
    }
  }
  // Leave the closing quotes for FSTRING_END.
  cur -= m.quoteSize;
  return middle(tk, start, cur, cur, firstLineno, col);
}

/** An FSTRING_MIDDLE over `[start, end)`; the tokenizer resumes at `resume`. */
function middle(tk: Tokenizer, start: number, end: number, resume: number, lineno: number,
col: number): Tok {
  // tokenize reports the end of the text; the parser's token ends where reading stopped.
  const t = tk.tok(T.FSTRING_MIDDLE, start, end, lineno, col);
  if (!tk.extra && resume !== end) t.end_col_offset = tk.bcol(resume);
  tk.pos = resume;
  return t;
}

/** A '{' at `p` opens a replacement field. */
function openField(tk: Tokenizer, m: TokMode, p: number): void {
  m.exprStartDepth++;
  if (m.exprStartDepth >= MAX_EXPR_NESTING) {
    tk.syntaxError('f-string: expressions nested too deeply', p);
  }
  m.fstring = false;
  m.exprStart = p + 1;
  m.exprEnd = -1;
}

/** The debug text of an f-string field, with comments dropped as CPython does. */
export function exprText(s: string, a: number, b: number): string {
const text = s.slice(a, b);
if (text.indexOf('#') < 0) return text;
let out = '';
let i = 0;
while (i < text.length) {
  const h = text.indexOf('#', i);
  if (h < 0) { out += text.slice(i); break; }
  out += text.slice(i, h);
  const nl = text.indexOf('\n', h);
  if (nl < 0) break;
  i = nl;
}
return out;
}
