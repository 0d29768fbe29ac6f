// Mirrors CPython 3.13's Parser/lexer/lexer.c (tok_get_normal_mode and its helpers): decoded
// source text -> the tokens the PEG parser reads: indentation, names, numbers, strings and
// operators, with their errors. State: tokenizer-state.ts; f-string modes: tokenizer-fstring.ts.

import { T } from './token.js';
import { CompileError, ErrorOrigin } from './errors.js';
import {
  CT, CT_ID, CT_ID_START, ONE_CHAR, isPrintable, scanIdentifier, threeChars, twoChars,
} from './tokenizer-chars.js';
import {
  EOF, MAXINDENT, MAXLEVEL, Tok, TokMode, TokenizerState, utf8Bytes,
} from './tokenizer-state.js';
import { exprText, fstringMode, fstringStart } from './tokenizer-fstring.js';
import { number } from './tokenizer-number.js';

export { Tok, type TokenizerOptions, type TokenizerWarning } from './tokenizer-state.js';

/**
 * CPython's tokenizer over an already decoded source string: `new Tokenizer(src, filename)`,
 * then `next()` until ENDMARKER.
 * @see Parser/lexer/lexer.c _PyTokenizer_Get
 */
export class Tokenizer extends TokenizerState {
  /**
   * The next token. Throws {@link CompileError} on a tokenizer error; after ENDMARKER it keeps
   * returning ENDMARKER.
   * @see Parser/lexer/lexer.c tok_get
   */
  next(): Tok {
    const m = this.modes[this.modeIdx];
    return m.fstring ? fstringMode(this, m) : this.normalMode(m);
  }

  /** @internal The regular mode: tok_get_normal_mode. */
  normalMode(m: TokMode): Tok {
    const s = this.src;
    const n = this.n;
    let p = this.pos;
    let c = 0;
    let blankline = false;
    nextline: for (;;) {
      blankline = false;
      if (this.atbol) {
        this.atbol = false;
        let col = 0;
        let altcol = 0;
        let contCol = 0;
        for (;;) {
          c = p < n ? s.charCodeAt(p) : EOF;
          if (c === 32) { col++; altcol++; }
          else if (c === 9) { col = ((col >> 3) + 1) << 3; altcol++; }
          else if (c === 12) { col = altcol = 0; }
          else if (c === 92) {
            // A backslash in the indentation: the first one fixes the line's indentation.
            contCol = contCol !== 0 ? contCol : col;
            p = this.continuation(p + 1);
            continue;
          } else break;
          p++;
        }
        // Blank and comment-only lines do not take part in indentation.
        if (c === 35 || (c === 10 && !this.atInputEnd(p))) blankline = true;
        if (!blankline && this.level === 0) {
          if (contCol !== 0) { col = contCol; altcol = contCol; }
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) this.tabError(p);
          } else if (col > this.indstack[ind]) {
            if (ind + 1 >= MAXINDENT) {
              this.indentError('IndentationError', 'too many levels of indentation');
            }
            if (altcol <= this.altindstack[ind]) this.tabError(p);
            this.pendin++;
            this.indstack[++this.indent] = col;
            this.altindstack[this.indent] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.statusError('IndentationError',
                'unindent does not match any outer indentation level', this.wholeLineOffset(), -1);
            }
            if (altcol !== this.altindstack[this.indent]) this.tabError(p);
          }
        }
      }
      if (this.pendin !== 0) return this.pending(p);

      for (;;) { // again
        c = p < n ? s.charCodeAt(p) : EOF;
        while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++p);
        // A comment skipped in parser mode still marks the token start: the NEWLINE after
        // `x = 1  # note` begins at the '#', as in CPython.
        let commentStart = -1;
        if (c === 35) {
          let q = s.indexOf('\n', p);
          if (q < 0) q = n;
          if (this.extra) {
            this.commentNewline = blankline;
            return this.tok(T.COMMENT, p, q, this.lineno, this.bcol(p));
          }
          commentStart = p;
          p = q;
          c = p < n ? 10 : EOF;
        }
        if (c === EOF) {
          this.pos = p;
          if (this.level > 0) this.unclosedParenError();
          return this.endmarker();
        }
        const start = p;
        // Identifiers (the most frequent token) and string prefixes.
        if (c >= 128 || (CT[c] & CT_ID_START) !== 0) return this.nameOrString(m, start, c);
        if (c === 10 && this.atInputEnd(p)) {
          this.pos = p;
          if (this.level > 0) this.unclosedParenError();
          return this.endmarker();
        }
        if (c === 10) {
          this.atbol = true;
          const lineno = this.lineno;
          const col = this.bcol(p);
          if (blankline || this.level > 0) {
            p++;
            if (this.extra) {
              this.commentNewline = false;
              const t = this.newlineTok(T.NL, p, lineno, col);
              this.pos = p;
              this.newline(p);
              return t;
            }
            this.newline(p);
            continue nextline;
          }
          p++;
          let t: Tok;
          if (this.commentNewline && this.extra) {
            this.commentNewline = false;
            t = this.newlineTok(T.NL, p, lineno, col);
          } else if (this.extra) {
            t = this.newlineTok(T.NEWLINE, p, lineno, col);
          } else {
            // The text excludes the '\n' but, as in CPython, the end column is past it.
            const sc = commentStart >= 0 ? this.bcol(commentStart) : col;
            t = new Tok(T.NEWLINE, '', lineno, sc, lineno, col + 1);
          }
          this.pos = p;
          this.newline(p);
          return t;
        }
        if (c === 46) { // '.'
          const c2 = s.charCodeAt(p + 1);
          if (c2 >= 48 && c2 <= 57) return number(this, start, p + 1, true);
          if (c2 === 46 && s.charCodeAt(p + 2) === 46) {
            return this.tok(T.ELLIPSIS, start, p + 3, this.lineno, this.bcol(start));
          }
          return this.tok(T.DOT, start, p + 1, this.lineno, this.bcol(start));
        }
        if (c >= 48 && c <= 57) return number(this, start, p, false);
        if (c === 34 || c === 39) return this.string(m, start, p);
        if (c === 92) {
          p = this.continuation(p + 1);
          continue; // goto again
        }
        return this.operator(m, start, c);
      }
    }
  }

  /** NEWLINE or NL as tokenize shows them: the line end as written, '' if we added it. */
  private newlineTok(type: T, p: number, lineno: number, col: number): Tok {
    if (this.implicitNewline && p === this.n) {
      return new Tok(type, '', lineno, col, lineno, col + 1);
    }
    if (this.crlf !== null && this.crlf.has(lineno)) {
      return new Tok(type, '\r\n', lineno, col, lineno, col + 2);
    }
    return new Tok(type, '\n', lineno, col, lineno, col + 1);
  }

  private tabError(p: number): never {
    this.pos = p;
    return this.indentError('TabError', 'inconsistent use of tabs and spaces in indentation');
  }

  private pending(p: number): Tok {
    this.pos = p;
    const col = this.bcol(p);
    if (this.pendin < 0) {
      this.pendin++;
      if (p >= this.n) return this.eofToken(T.DEDENT);
      return new Tok(T.DEDENT, '', this.lineno, col, this.lineno, col);
    }
    this.pendin--;
    return new Tok(T.INDENT, this.src.slice(this.lineStart, p), this.lineno, 0, this.lineno, col);
  }

  /**
   * Is `p` the newline we added after an unterminated last line of non-module input? There
   * the input ends: CPython's string tokenizer never had that newline.
   */
  private atInputEnd(p: number): boolean {
    return !this.execInput && this.implicitNewline && p === this.n - 1;
  }

  private endmarker(): Tok {
    return this.eofToken(T.ENDMARKER);
  }

  /**
   * ENDMARKER and the DEDENTs at EOF. tokenize puts them at the start of the line after the
   * last. CPython's parser gets them with no column and still on the last line, and pegen
   * reports an error there at the tokenizer's position, the end of that line: we give that
   * position as both columns (like INDENT's and DEDENT's `end_col_offset`).
   */
  private eofToken(type: T): Tok {
    // Non-module input (see TokenizerOptions.execInput): CPython's token has no column
    // (-1), on the line the tokenizer stands on, line 0 before any was read.
    if (!this.execInput && !this.extra) {
      const ln = this.n === 0 ? 0 : this.implicitNewline ? this.lineno : this.lineno - 1;
      return new Tok(type, '', ln, -1, ln, -1);
    }
    if (this.n === 0) return new Tok(type, '', 1, 0, 1, 0);
    if (this.extra) return new Tok(type, '', this.lineno, 0, this.lineno, 0);
    const last = this.lineno - 1;
    const ls = this.lineStartIndex(last);
    const col = utf8Bytes(this.src, ls, this.n);
    return new Tok(type, '', last, col, last, col);
  }

  private nameOrString(m: TokMode, start: number, c: number): Tok {
    const s = this.src;
    let q = start;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = s.charCodeAt(++q);
      if (c === 34 || c === 39) {
        return sawF ? fstringStart(this, start, q, sawR) : this.string(m, start, q);
      }
    }
    let nonascii = false;
    for (;;) {
      if (c < 128) {
        if ((CT[c] & CT_ID) === 0) break;
      } else nonascii = true;
      c = s.charCodeAt(++q);
    }
    if (nonascii && !this.extra) this.verifyIdentifier(start, q);
    return this.tok(T.NAME, start, q, this.lineno, this.bcol(start));
  }

  /** @see Parser/lexer/lexer.c verify_identifier */
  private verifyIdentifier(start: number, end: number): void {
    const bad = scanIdentifier(this.src, start, end);
    if (bad >= end) return;
    const cp = this.src.codePointAt(bad)!;
    const hex = cp.toString(16).toUpperCase().padStart(4, '0');
    const cur = bad + (cp > 0xffff ? 2 : 1);
    if (isPrintable(cp)) {
      this.syntaxError(`invalid character '${String.fromCodePoint(cp)}' (U+${hex})`, cur);
    }
    this.syntaxError(`invalid non-printable character U+${hex}`, cur);
  }

  // ---------------------------------------------------------------- strings

  /** A string literal whose prefix starts at `start` and opening quote is at `q`. */
  private string(m: TokMode, start: number, q: number): Tok {
    const s = this.src;
    const n = this.n;
    const quote = s.charCodeAt(q);
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    const col = this.bcol(start);
    let quoteSize = 1;
    let endQuoteSize = 0;
    let escapedQuote = false;
    let cur = q + 1;
    if (s.charCodeAt(cur) === quote) {
      if (s.charCodeAt(cur + 1) === quote) { quoteSize = 3; cur += 2; }
      else { endQuoteSize = 1; cur++; }
    }
    while (endQuoteSize !== quoteSize) {
      // Skip plain characters in a tight loop (NaN past the end stops it too).
      if (endQuoteSize === 0) {
        let d = s.charCodeAt(cur);
        while (d !== quote && d !== 92 && d !== 10 && d === d) d = s.charCodeAt(++cur);
      }
      let c = cur < n ? s.charCodeAt(cur++) : EOF;
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        // Report from the opening quote; "detected at" names the line where we gave up.
        const detected = c === EOF ? this.lineno - 1 : this.lineno;
        if (this.modeIdx > 0 && m.quote === quote && m.quoteSize === quoteSize) {
          this.syntaxError("f-string: expecting '}'", start + 1, firstLineno, firstLineStart);
        }
        if (quoteSize === 3) {
          this.syntaxError('unterminated triple-quoted string literal (detected at line '
            + `${detected})`, start + 1, firstLineno, firstLineStart);
        }
        this.syntaxError(escapedQuote
          ? `unterminated string literal (detected at line ${detected}); `
            + 'perhaps you escaped the end quote?'
          : `unterminated string literal (detected at line ${detected})`,
        start + 1, firstLineno, firstLineStart);
      }
      if (c === quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === 92) {
        c = cur < n ? s.charCodeAt(cur++) : EOF;
        if (c === quote) escapedQuote = true;
      }
      if (c === 10) this.newline(cur);
    }
    return this.tok(T.STRING, start, cur, firstLineno, col);
  }

  // ---------------------------------------------------------------- operators

  private operator(m: TokMode, start: number, c: number): Tok {
    const s = this.src;
    const lineno = this.lineno;
    const col = this.bcol(start);
    let metadata: string | null = null;
    const inside = this.modeIdx > 0;
    if (inside && m.exprStartDepth >= 0 && (c === 58 || c === 125 || c === 33 || c === 123)) {
      // Inside an f-string replacement field, ':', '!' and '}' at the field's own level end the
      // expression; remember its text for `f"{x=}"`.
      const cursor = m.curlyDepth - (c !== 123 ? 1 : 0);
      const valid = cursor === 0 || (cursor === 1 && (m.debug || m.inFormatSpec));
      if (valid) {
        if (c === 123) {
          m.exprStart = start + 1;
          m.exprEnd = -1;
        } else {
          if (m.exprEnd < 0) m.exprEnd = start;
          if (m.debug) metadata = exprText(s, m.exprStart, m.exprEnd);
        }
      }
      if (c === 58 && cursor === m.exprStartDepth) {
        m.fstring = true;
        m.inFormatSpec = true;
        const t = this.tok(T.COLON, start, start + 1, lineno, col);
        t.metadata = metadata;
        return t;
      }
    }
    const c2 = s.charCodeAt(start + 1);
    const two = twoChars(c, c2);
    if (two !== T.OP) {
      const three = threeChars(c, c2, s.charCodeAt(start + 2));
      if (three !== T.OP) return this.tok(three, start, start + 3, lineno, col);
      // tokenize does not know `<>` (only the parser's Barry-as-FLUFL mode does).
      if (this.extra && c === 60 && c2 === 62) return this.tok(T.OP, start, start + 2, lineno, col);
      return this.tok(two, start, start + 2, lineno, col);
    }
    switch (c) {
      case 40: case 91: case 123: // ( [ {
        if (this.level >= MAXLEVEL) this.syntaxError('too many nested parentheses', start + 1);
        this.parenstack[this.level] = c;
        this.parenlineno[this.level] = lineno;
        this.parencol[this.level] = col;
        this.level++;
        if (inside) m.curlyDepth++;
        break;
      case 41: case 93: case 125: { // ) ] }
        if (inside && m.curlyDepth === 0 && c === 125) {
          this.syntaxError("f-string: single '}' is not allowed", start + 1);
        }
        if (!this.extra && this.level === 0) {
          this.syntaxError(`unmatched '${String.fromCharCode(c)}'`, start + 1);
        }
        if (this.level > 0) {
          this.level--;
          const open = this.parenstack[this.level];
          if (!this.extra && !((open === 40 && c === 41) || (open === 91 && c === 93)
            || (open === 123 && c === 125))) {
            if (inside && open === 123 && m.curlyDepth - 1 === m.exprStartDepth) {
              this.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`, start + 1);
            }
            const ol = this.parenlineno[this.level];
            this.syntaxError(`closing parenthesis '${String.fromCharCode(c)}' does not match `
              + `opening parenthesis '${String.fromCharCode(open)}'`
              + (ol !== lineno ? ` on line ${ol}` : ''), start + 1);
          }
        }
        if (inside) {
          m.curlyDepth--;
          if (m.curlyDepth < 0) {
            this.syntaxError(`f-string: unmatched '${String.fromCharCode(c)}'`, start + 1);
          }
          if (c === 125 && m.curlyDepth === m.exprStartDepth) {
            m.exprStartDepth--;
            m.fstring = true;
            m.inFormatSpec = false;
            m.debug = false;
          }
        }
        break;
      }
      default:
        break;
    }
    if (c < 32 || c === 127) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      this.syntaxError(`invalid non-printable character U+${hex}`, start + 1);
    }
    if (c === 61 && m.exprStartDepth >= 0) m.debug = true;
    const t = this.tok(ONE_CHAR[c], start, start + 1, lineno, col);
    t.metadata = metadata;
    return t;
  }

  /**
   * After the parser met a plain "invalid syntax", CPython reads on to the end, and an error
   * the tokenizer raises there wins (`_PyPegen_tokenize_full_source_to_check_for_errors`).
   * Returns that error, or null if the rest tokenizes cleanly. `errLine` is the line of the
   * parser's error, for the "was never closed" rule.
   */
  checkRestForErrors(errLine: number): CompileError | null {
    try {
      for (;;) {
        const t = this.next();
        if (t.type === T.ENDMARKER) return null;
      }
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      // An error met inside an f-string does not replace the parser's (so that a bad
      // expression part is reported rather than the "expecting '}'" it leads to).
      if (e.origin === ErrorOrigin.TOKENIZER_RAISED) return this.modeIdx > 0 ? null : e;
      if (this.level > 0 && errLine > this.parenlineno[this.level - 1]) {
        try { this.unclosedParenError(); } catch (e2) { return e2 as CompileError; }
      }
      return null;
    }
  }
}


/**
 * The identifier an AST holds for a NAME token: NFKC-normalised when it is not pure ASCII,
 * so `ﬁle` and `file` are one name. Keywords are matched on the raw token text first.
 * @see Parser/pegen.c _PyPegen_new_identifier
 */
export function identifierName(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) >= 128) return raw.normalize('NFKC');
  }
  return raw;
}
