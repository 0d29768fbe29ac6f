// Mirrors CPython 3.13's Parser/lexer/state.h and state.c (struct tok_state) and the error
// helpers of Parser/tokenizer/helpers.c: the tokenizer's position, indentation and bracket
// stacks, f-string modes, line bookkeeping, and the SyntaxErrors it raises with their locations.

import { T, type Token } from './token.js';
import {
  CompileError, ErrorOrigin, type SyntaxErrorKind, type CompileWarning, codePointLength,
} from './errors.js';

/** CPython's limits (Parser/lexer/state.h, Parser/tokenizer.h). */
export const MAXINDENT = 100;
export const MAXLEVEL = 200;
export const MAXFSTRINGLEVEL = 150;
export const MAX_EXPR_NESTING = 3;

export const EOF = -1;

/** One token, a monomorphic class so that V8 keeps every token in the same shape. */
export class Tok implements Token {
  /**
   * For the `}`, `!` and `:` that close a debug f-string field (`f"{x=}"`), the expression's
   * source text up to and including the `=`: what CPython keeps in `token->metadata`.
   */
  metadata: string | null = null;
  /**
   * Filled by the parser when it takes the token: its kind (keywords and operators get their
   * own numbers) and the bracket nesting after it. Kept on the token rather than in arrays
   * beside it, so that taking a token costs one push.
   */
  kind = 0;
  level = 0;
  constructor(
    public type: T,
    public string: string,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
  ) {}
}

/** A tokenizer mode: the bottom one is regular code, each open f-string pushes one. */
/** @internal */
export class TokMode {
  fstring = false; // false: TOK_REGULAR_MODE, true: TOK_FSTRING_MODE
  quote = 0;
  quoteSize = 0;
  raw = false;
  start = 0; // index of the f-string's first prefix character
  startLineno = 0;
  startLineStart = 0;
  curlyDepth = 0;
  exprStartDepth = -1;
  inFormatSpec = false;
  debug = false;
  exprStart = -1; // index just after the '{' of the current replacement field
  exprEnd = -1;
}

/** A warning CPython would emit while tokenizing (e.g. `1if x else y`). */
export type TokenizerWarning = CompileWarning;

/** Options for {@link Tokenizer}. */
export interface TokenizerOptions {
  /** Also yield COMMENT and NL tokens with `tokenize`'s conventions (`extra_tokens=True`). */
  extraTokens?: boolean;
  /**
   * False for source that is not a module ('eval', 'single', 'func_type' input): CPython's
   * string tokenizer then adds no newline after an unterminated last line, so the input
   * ends in ENDMARKER right after its last token. @see Parser/lexer/state.c
   * translate_newlines (its exec_input argument)
   */
  execInput?: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The state a tokenizer carries between tokens (`struct tok_state`), with the helpers that
 * locate and raise its errors. {@link Tokenizer} adds the lexing itself.
 * @see Parser/lexer/state.h struct tok_state
 */
export class TokenizerState {
  readonly src: string;
  readonly filename: string;
  readonly extra: boolean;
  /** True if the source did not end in a newline and the tokenizer added one, as CPython does. */
  readonly implicitNewline: boolean;
  /** See TokenizerOptions.execInput. */
  readonly execInput: boolean;
  // The lexer's working state, read and written by tokenizer.ts and tokenizer-fstring.ts
  // (public for them, not for callers): the fields of CPython's struct tok_state.
  readonly n: number;
  pos = 0;
  /** Current line number (1-based) and the index where that line starts. */
  lineno = 1;
  lineStart = 0;
  /** Index of the first non-ASCII character at or after `lineStart` (n if none). */
  nonAscii = -1;
  /** The last non-ASCII byte-column answer: line start, index, byte column. */
  bcLine = -1;
  bcIdx = 0;
  bcVal = 0;
  atbol = true;
  pendin = 0;
  indent = 0;
  readonly indstack = new Int32Array(MAXINDENT);
  readonly altindstack = new Int32Array(MAXINDENT);
  /** Parenthesis nesting: CPython's `level`, `parenstack`, `parenlinenostack`, `parencolstack`. */
  level = 0;
  readonly parenstack = new Int32Array(MAXLEVEL);
  readonly parenlineno = new Int32Array(MAXLEVEL);
  readonly parencol = new Int32Array(MAXLEVEL);
  commentNewline = false;
  readonly modes: TokMode[] = [new TokMode()];
  modeIdx = 0;
  lineStarts: Int32Array | null = null;
  lastLine = 0;
  readonly crlf: Set<number> | null;
  /** Warnings met so far, in order (the parser may hand in its caller's list). */
  warnings: TokenizerWarning[] = [];

  constructor(source: string, filename: string, opts?: TokenizerOptions) {
    // Universal newlines: CPython's readers turn \r\n and lone \r into \n before the lexer.
    let crlf: Set<number> | null = null;
    if (source.indexOf('\r') >= 0) {
      // tokenize (extra tokens) shows the original line ends in NEWLINE and NL tokens.
      if (opts?.extraTokens === true) {
        crlf = new Set();
        let line = 1;
        for (let i = 0; i < source.length; i++) {
          const c = source.charCodeAt(i);
          if (c === 10) line++;
          else if (c === 13 && source.charCodeAt(i + 1) === 10) crlf.add(line);
        }
      }
      source = source.replace(/\r\n?/g, '\n');
    }
    this.crlf = crlf;
    let implicit = false;
    this.execInput = opts?.execInput !== false;
    // The newline is added for non-module input too, as a sentinel the scanners rely on;
    // there the tokenizer then treats it as the end of input (see Tokenizer.atInputEnd).
    if (source.length > 0 && source.charCodeAt(source.length - 1) !== 10) {
      source += '\n';
      implicit = true;
    }
    this.src = source;
    this.n = source.length;
    this.filename = filename;
    this.extra = opts?.extraTokens === true;
    this.implicitNewline = implicit;
    this.modes[0].exprStartDepth = 0;
  }

  // ---------------------------------------------------------------- positions and lines

  /** UTF-8 byte column of index `p`, which must lie on the current line. */
  /** @internal */
  bcol(p: number): number {
    const ls = this.lineStart;
    let na = this.nonAscii;
    if (na < ls) {
      NON_ASCII.lastIndex = ls;
      const m = NON_ASCII.exec(this.src);
      na = this.nonAscii = m === null ? this.n : m.index;
    }
    if (na >= p) return p - ls;
    // Past a non-ASCII character: count bytes on from the last answer on this line, so a long
    // line of many tokens stays linear.
    if (this.bcLine !== ls || p < this.bcIdx || this.bcIdx < na) {
      this.bcLine = ls;
      this.bcIdx = na;
      this.bcVal = na - ls;
    }
    this.bcVal += utf8Bytes(this.src, this.bcIdx, p);
    this.bcIdx = p;
    return this.bcVal;
  }

  /** @internal */
  newline(p: number): void {
    this.lineno++;
    this.lineStart = p;
  }

  /** @internal */
  ensureLines(): Int32Array {
    if (this.lineStarts !== null) return this.lineStarts;
    const s = this.src;
    const starts: number[] = [0];
    for (let i = s.indexOf('\n'); i >= 0 && i + 1 < s.length; i = s.indexOf('\n', i + 1)) {
      starts.push(i + 1);
    }
    this.lastLine = starts.length;
    return (this.lineStarts = Int32Array.from(starts));
  }

  /**
   * The text of line `lineno` (1-based) as the file has it, newline included, or '' past the
   * end. A last line without a newline comes without one (the newline the tokenizer adds is
   * not shown), as SyntaxError.text is when python3.13 runs a file.
   */
  lineText(lineno: number): string {
    const ls = this.ensureLines();
    if (lineno < 1 || lineno > this.lastLine || this.n === 0) return '';
    const a = ls[lineno - 1];
    if (lineno < this.lastLine) return this.src.slice(a, ls[lineno]);
    return this.src.slice(a, this.implicitNewline ? this.n - 1 : this.n);
  }

  /** Number of lines in the (newline-terminated) source. */
  get lineCount(): number {
    this.ensureLines();
    return this.n === 0 ? 0 : this.lastLine;
  }

  /** Index in `src` where line `lineno` starts. */
  lineStartIndex(lineno: number): number {
    const ls = this.ensureLines();
    return lineno <= this.lastLine ? ls[lineno - 1] : this.n;
  }

  /** Line number of the innermost open bracket, or 0. */
  get openParenLine(): number {
    return this.level > 0 ? this.parenlineno[this.level - 1] : 0;
  }

  /** Index of the mode stack: > 0 while inside an f-string. */
  get fstringDepth(): number {
    return this.modeIdx;
  }

  // ---------------------------------------------------------------- errors

  /** @internal */
  fail(
    kind: SyntaxErrorKind, msg: string, lineno: number, offset: number, endLineno: number,
    endOffset: number, text: string | null, origin: ErrorOrigin,
  ): never {
    const e = new CompileError(kind, msg, this.filename, lineno, offset, endLineno, endOffset,
      text);
    e.origin = origin;
    throw e;
  }

  /** The current line without its newline, as `_syntaxerror_range` reports it. */
  /** @internal */
  lineNoNl(ls: number): string {
    const e = this.src.indexOf('\n', ls);
    return this.src.slice(ls, e < 0 ? this.n : e);
  }

  /**
   * The tokenizer raising a SyntaxError itself: the caret goes just before `cur` (the offset
   * counts characters from the line start to `cur`).
   * @see Parser/tokenizer/helpers.c _syntaxerror_range
   */
  /** @internal */
  syntaxError(msg: string, cur: number, lineno = this.lineno,
    ls = this.lineStart): never {
    const text = this.lineNoNl(ls);
    const off = codePointLength(this.src, ls, Math.min(cur, ls + text.length + 1));
    return this.fail('SyntaxError', msg, lineno, off, lineno, off, text,
      ErrorOrigin.TOKENIZER_RAISED);
  }

  /** `_PyTokenizer_syntaxerror_known_range`: explicit (byte) offsets, used as given. */
  /** @internal */
  syntaxErrorRange(msg: string, off: number, endOff: number): never {
    return this.fail('SyntaxError', msg, this.lineno, off, this.lineno, endOff,
      this.lineNoNl(this.lineStart), ErrorOrigin.TOKENIZER_RAISED);
  }

  /** Errors the parser builds from the tokenizer's status code, at the current line. */
  /** @internal */
  statusError(kind: SyntaxErrorKind, msg: string, offset: number, endOffset: number,
    lineno = this.lineno): never {
    return this.fail(kind, msg, lineno, offset, lineno, endOffset, this.lineText(lineno),
      ErrorOrigin.TOKENIZER_STATUS);
  }

  /** E_TABSPACE / E_TOODEEP: reported at column 1 with no range. */
  /** @internal */
  indentError(kind: SyntaxErrorKind, msg: string): never {
    return this.statusError(kind, msg, 1, 0);
  }

  /** Offset of "the whole current line": where CPython leaves `cur` after E_DEDENT, E_EOF. */
  /** @internal */
  wholeLineOffset(): number {
    // CPython's buffer holds the newline it added to an unterminated last line: count it.
    const t = this.lineText(this.lineno);
    return codePointLength(t) + (t.length > 0 && !t.endsWith('\n') ? 1 : 0);
  }

  /** `'(' was never closed`, pointing at the innermost open bracket. */
  unclosedParenError(): never {
    const i = this.level - 1;
    const line = this.parenlineno[i];
    const text = this.lineText(line);
    const off = byteToChar(text, this.parencol[i]) + 1;
    // (compile() of a string drops the newline of an earlier line; running a file keeps it.)
    return this.fail('SyntaxError', `'${String.fromCharCode(this.parenstack[i])}' was never closed`,
      line, off, line, 0, text, ErrorOrigin.TOKENIZER_STATUS);
  }

  /** @internal */
  eofError(): never {
    if (this.level > 0) this.unclosedParenError();
    // The line being read when EOF came is the last one; the caret goes past its end.
    this.lineno--;
    this.lineStart = this.lineStartIndex(this.lineno);
    return this.statusError('SyntaxError', 'unexpected EOF while parsing',
      this.wholeLineOffset(), -1);
  }

  /**
   * After a backslash at `p - 1`: checks that a newline follows and steps over it. Returns the
   * index of the next line's first character.
   * @see Parser/lexer/lexer.c tok_continuation_line
   */
  /** @internal */
  continuation(p: number): number {
    const s = this.src;
    if (p >= this.n || s.charCodeAt(p) !== 10) {
      const off = codePointLength(s, this.lineStart, Math.min(p + 1, this.n));
      return this.statusError('SyntaxError',
        'unexpected character after line continuation character', off, 0);
    }
    p++;
    this.newline(p);
    if (p >= this.n) this.eofError();
    return p;
  }

  /**
   * A SyntaxWarning at the current line. Under an "error" filter CPython raises the same
   * message as a SyntaxError with the caret just before `cur`, as `syntaxError` places it.
   * @see Parser/tokenizer/helpers.c _PyTokenizer_parser_warn
   */
  /** @internal */
  warn(msg: string, cur: number): void {
    if (this.extra) return;
    let error: CompileError | null = null;
    try {
      this.syntaxError(msg, cur);
    } catch (e) {
      error = e as CompileError;
    }
    this.warnings.push({ category: 'SyntaxWarning', msg, lineno: this.lineno, error });
  }

  // ---------------------------------------------------------------- tokens

  /** @internal */
  tok(type: T, start: number, end: number, lineno: number, col: number): Tok {
    this.pos = end;
    return new Tok(type, this.src.slice(start, end), lineno, col, this.lineno, this.bcol(end));
  }
}

/** UTF-8 length of `s[a, b)`. */
export function utf8Bytes(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; } else n += 3;
  }
  return n;
}

/** Character column of a byte column in `line`. */
export function byteToChar(line: string, bcol: number): number {
  let b = 0;
  let chars = 0;
  for (let i = 0; i < line.length && b < bcol; i++, chars++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) b++;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { b += 4; i++; } else b += 3;
  }
  return chars;
}

