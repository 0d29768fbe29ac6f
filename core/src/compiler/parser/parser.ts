// Mirrors CPython 3.13's Parser/pegen.c and Parser/pegen.h: the token buffer the grammar
// rules read from, with marks for backtracking, and the entry point `parse()`.
// The rules themselves live next door, one file per grammar area.

import { T, type Token } from '../token.js';
import { Tok, Tokenizer, identifierName } from '../tokenizer.js';

const ASCII_NAME = /^[A-Za-z0-9_]*$/;
import {
  CompileError, byteColToCharCol, charColToByteCol, codePointLength, utf8Length,
} from '../errors.js';
import type * as A from '../ast.js';
import { TypeIgnore as TypeIgnoreNode } from '../ast.js';

const TYPE_PREFIX = /^#[ \t]*type:[ \t]*(.*)$/s;

/**
 * Token kinds as the parser sees them: the tokenizer's `T` numbers, plus one number per
 * keyword (CPython's generated parser gives keywords their own token types too).
 */
export const enum K {
  FALSE = 100, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL,
  ELIF, ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT,
  OR, PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD,
}

const KEYWORDS = new Map<string, number>([
  ['False', K.FALSE], ['None', K.NONE], ['True', K.TRUE], ['and', K.AND], ['as', K.AS],
  ['assert', K.ASSERT], ['async', K.ASYNC], ['await', K.AWAIT], ['break', K.BREAK],
  ['class', K.CLASS], ['continue', K.CONTINUE], ['def', K.DEF], ['del', K.DEL],
  ['elif', K.ELIF], ['else', K.ELSE], ['except', K.EXCEPT], ['finally', K.FINALLY],
  ['for', K.FOR], ['from', K.FROM], ['global', K.GLOBAL], ['if', K.IF], ['import', K.IMPORT],
  ['in', K.IN], ['is', K.IS], ['lambda', K.LAMBDA], ['nonlocal', K.NONLOCAL], ['not', K.NOT],
  ['or', K.OR], ['pass', K.PASS], ['raise', K.RAISE], ['return', K.RETURN], ['try', K.TRY],
  ['while', K.WHILE], ['with', K.WITH], ['yield', K.YIELD],
]);

/** The four `compile()` modes the grammar has a start rule for. */
export type ParseMode = 'exec' | 'eval' | 'single' | 'func_type';

/**
 * CPython raises MemoryError("Parser stack overflowed - Python source too complex to parse")
 * when nesting exhausts its parser stack; the host has no MemoryError object yet, so the front
 * end throws this and the runtime maps it by `pyType`.
 */
export class ParserOverflowError extends Error {
  readonly pyType = 'MemoryError';
  constructor() {
    super('Parser stack overflowed - Python source too complex to parse');
  }
}

/** Thrown by a rule that did not match: the caller backtracks or reports. */
export class NoMatch {
  static readonly it = new NoMatch();
}

/**
 * How deep rules may recurse before we give up the way CPython does ("too complex"):
 * CPython counts C stack levels (MAXSTACK = 6000); our count is per expression level.
 */
const MAX_DEPTH = 6000;

/**
 * The parser's state: a growing array of tokens pulled on demand from the tokenizer, and a
 * cursor into it. Marks are plain indices, so backtracking is assigning `pos`.
 * @see Parser/pegen.h struct Parser
 */
export class Parser {
  /** The tokens fetched so far, each with its parser kind and bracket level (Tok). */
  readonly toks: Tok[] = [];
  pos = 0;
  depth = 0;
  /** Second pass: the invalid_* rules that only run once the first pass has failed. */
  invalidPass = false;
  readonly tokenizer: Tokenizer;
  /** Set while parsing the format spec / replacement field of an f-string. */
  fstringDepth = 0;

  /** `# type: ignore...` comments met so far (only with `typeComments`). */
  readonly typeIgnores: A.TypeIgnore[] = [];
  /**
   * Every identifier the tokens spelled: CPython's parser interns each NAME it turns into an
   * identifier (`_PyPegen_new_identifier`), and the compiler later needs to know which
   * strings were interned that way (flowgraph-consts.ts, internFrozenSets).
   */
  identifiers = new Set<string>();
  /** The parser flag PyPARSE_BARRY_AS_BDFL: `<>` instead of `!=` (PEP 401). */
  barryAsBdfl = false;
  /** 'single' mode: a token has been read since the last implied NEWLINE (fill_token). */
  private parsingStarted = false;

  constructor(readonly source: string, readonly filename: string, readonly mode: ParseMode,
    readonly typeComments = false) {
    this.tokenizer = new Tokenizer(source, filename, { execInput: mode === 'exec' });
  }

  /**
   * With `type_comments=True` CPython's tokenizer turns `# type: ...` comments into
   * TYPE_COMMENT / TYPE_IGNORE tokens. Our tokenizer drops comments, so we look for them in
   * the text between the previous token and `t` and add the tokens it would have made.
   * @see Parser/lexer/lexer.c tok_get_normal_mode (type_comment_prefix)
   */
  private typeCommentsBefore(t: Token): void {
    const n = this.toks.length;
    const prevLine = n ? this.toks[n - 1].end_lineno : 0;
    const prevCol = n ? this.toks[n - 1].end_col_offset : 0;
    for (let ln = Math.max(prevLine, 1); ln <= t.lineno; ln++) {
      const text = this.lineText(ln);
      let from = 0;
      if (ln === prevLine) from = this.jsCol(ln, prevCol);
      let to = text.length;
      if (ln === t.lineno && t.type !== T.NEWLINE) to = this.jsCol(ln, t.col_offset);
      const hash = text.indexOf('#', from);
      if (hash < 0 || hash >= to) continue;
      // Only whitespace may precede the comment in the gap.
      if (text.slice(from, hash).trim() !== '') continue;
      const m = TYPE_PREFIX.exec(text.slice(hash).replace(/\r?\n$/, ''));
      if (m === null) continue;
      const rest = m[1];
      const c6 = rest.charCodeAt(6);
      if (rest.startsWith('ignore') && (rest.length === 6 || c6 < 128 &&
          !/[A-Za-z0-9]/.test(rest[6]))) {
        this.typeIgnores.push(new TypeIgnoreNode(ln, rest.slice(6)));
        continue;
      }
      const col = charColToByteCol(text, codePointLength(text, 0, hash));
      const endCol = utf8Length(text.replace(/\r?\n$/, ''));
      const tc = new Tok(T.TYPE_COMMENT, rest, ln, col, ln, endCol);
      tc.kind = T.TYPE_COMMENT;
      tc.level = this.tokenizer.level;
      this.toks.push(tc);
      const ownLine = ln !== prevLine && !(ln === t.lineno && t.type === T.NEWLINE);
      if (ownLine && this.tokenizer.level === 0 && ln !== t.lineno) {
        const nl = new Tok(T.NEWLINE, '', ln, col, ln, col + 1);
        nl.kind = T.NEWLINE;
        this.toks.push(nl);
      }
    }
  }

  /** Pulls tokens until index `i` exists; the furthest index fetched is CPython's `fill`. */
  fillTo(i: number): void {
    const toks = this.toks;
    while (toks.length <= i) {
      const last = toks.length ? toks[toks.length - 1].kind : -1;
      if (last === T.ENDMARKER) {
        toks.push(toks[toks.length - 1]);
        continue;
      }
      const t = this.tokenizer.next();
      const ty = t.type;
      if (ty === T.COMMENT || ty === T.NL || ty === T.ENCODING || ty === T.TYPE_COMMENT) {
        continue;
      }
      if (this.typeComments && (ty === T.NEWLINE || toks.length === 0 ||
          toks[toks.length - 1].end_lineno !== t.lineno)) {
        this.typeCommentsBefore(t);
      }
      let k: number = ty;
      if (ty === T.ENDMARKER && this.mode === 'single') {
        // The end of an interactive statement: the first ENDMARKER after a token stands for
        // the NEWLINE that ends it, and any open blocks are closed by DEDENTs.
        // @see Parser/pegen.c _PyPegen_fill_token
        if (this.parsingStarted) {
          this.parsingStarted = false;
          const tk = this.tokenizer;
          if (tk.indent > 0) { tk.pendin = -tk.indent; tk.indent = 0; }
          const nl = new Tok(T.NEWLINE, '', t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
          nl.kind = T.NEWLINE;
          toks.push(nl);
          continue;
        }
      } else {
        this.parsingStarted = true;
      }
      if (ty === T.NAME) {
        const kw = KEYWORDS.get(t.string);
        if (kw !== undefined) k = kw;
        // Non-ASCII identifiers are NFKC-normalised (PEP 3131): ｗｉｄｔｈ is width.
        else if (t.string.charCodeAt(0) >= 128 || !ASCII_NAME.test(t.string)) {
          t.string = identifierName(t.string);
        }
        if (kw === undefined) this.identifiers.add(t.string);
      } else if (ty === T.OP) {
        k = opKind(t.string);
      }
      t.kind = k;
      t.level = this.tokenizer.level;
      toks.push(t);
    }
  }

  /** The kind of the token at the cursor (or `ahead` tokens after it). */
  kind(ahead = 0): number {
    const i = this.pos + ahead;
    if (i >= this.toks.length) this.fillTo(i);
    return this.toks[i].kind;
  }

  tok(ahead = 0): Token {
    const i = this.pos + ahead;
    if (i >= this.toks.length) this.fillTo(i);
    return this.toks[i];
  }

  /** The token just consumed: its end is the end of the node being built. */
  last(): Token {
    return this.toks[this.pos - 1];
  }

  /** Consumes a token of kind `k` if it is there. */
  eat(k: number): boolean {
    if (this.kind() === k) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Consumes a token of kind `k`, or fails the current alternative. */
  expect(k: number): Token {
    if (this.kind() !== k) throw NoMatch.it;
    return this.toks[this.pos++];
  }

  /** A NAME that is not a keyword (soft keywords are names). */
  isName(ahead = 0): boolean {
    return this.kind(ahead) === T.NAME;
  }

  /** True when the cursor is on the soft keyword `word` (match, case, type, _). */
  isSoft(word: string, ahead = 0): boolean {
    return this.kind(ahead) === T.NAME && this.tok(ahead).string === word;
  }

  expectName(): string {
    if (this.kind() !== T.NAME) throw NoMatch.it;
    return this.toks[this.pos++].string;
  }

  /** `&&tok` in the grammar: a missing token is a SyntaxError right here. */
  forced(k: number, what: string): Token {
    if (this.kind() !== k) this.raiseAt(this.tok(), this.tok(), `expected '${what}'`);
    return this.toks[this.pos++];
  }

  enter(): void {
    if (++this.depth > MAX_DEPTH) throw new ParserOverflowError();
  }

  // ---- source text ----

  /** The text of line `lineno` with its newline, as the tokenizer holds it. */
  lineText(lineno: number): string {
    return this.tokenizer.lineText(lineno);
  }

  /** Converts a UTF-8 byte column on `lineno` to a character (code point) index. */
  charCol(lineno: number, byteCol: number): number {
    return byteColToCharCol(this.lineText(lineno), byteCol);
  }

  /** The UTF-16 index into `lineText(lineno)` of a UTF-8 byte column. */
  jsCol(lineno: number, byteCol: number): number {
    const line = this.lineText(lineno);
    let b = 0;
    let i = 0;
    while (i < line.length && b < byteCol) {
      const cp = line.charCodeAt(i);
      if (cp < 0x80) b += 1;
      else if (cp < 0x800) b += 2;
      else if (cp >= 0xd800 && cp < 0xdc00) {
        b += 4;
        i++;
      } else b += 3;
      i++;
    }
    return i;
  }

  /** Source text between two (line, byte column) positions. */
  sourceBetween(l1: number, c1: number, l2: number, c2: number): string {
    if (l1 === l2) return this.lineText(l1).slice(this.jsCol(l1, c1), this.jsCol(l1, c2));
    let s = this.lineText(l1).slice(this.jsCol(l1, c1));
    for (let l = l1 + 1; l < l2; l++) s += this.lineText(l);
    return s + this.lineText(l2).slice(0, this.jsCol(l2, c2));
  }

  // ---- errors ----

  /**
   * Raises a SyntaxError spanning from the start of `a` to the end of `b`, as
   * RAISE_SYNTAX_ERROR_KNOWN_RANGE does.
   * @see Parser/pegen_errors.c _PyPegen_raise_error_known_location
   */
  raiseAt(a: Pos, b: Pos, msg: string, kind: 'SyntaxError' | 'IndentationError' =
  'SyntaxError'): never {
    this.raiseRange(a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, msg, kind);
  }

  /** Raises over the whole of token `a` (what RAISE_SYNTAX_ERROR does with its last token). */
  raiseStart(a: Pos, msg: string): never {
    this.raiseAt(a, a, msg);
  }

  /**
   * Raises at token `t` the way CPython reports a token without columns: INDENT, DEDENT and
   * ENDMARKER carry -1 there, so the error points where the tokenizer stands and has no end.
   * @see Parser/pegen_errors.c _PyPegen_raise_error
   */
  raiseAtToken(t: Token, msg: string, kind: 'SyntaxError' | 'IndentationError' =
  'SyntaxError'): never {
    if (t.type === T.INDENT || t.type === T.DEDENT) {
      const text = this.lineText(t.lineno);
      const ws = /^[ \t\f]*/.exec(text)![0].length;
      throw new CompileError(kind, msg, this.filename, t.lineno, ws, t.lineno, -1, text);
    }
    if (t.col_offset === -1) {
      // Non-module input ended without a newline: CPython has no column for the token (an
      // ENDMARKER, or the NEWLINE 'single' mode made of it) and reports column 0, no end.
      throw new CompileError(kind, msg, this.filename, t.lineno, 0, t.lineno, 0,
        this.lineText(t.lineno));
    }
    if (t.type === T.ENDMARKER) {
      let ln = t.lineno;
      while (ln > 1 && this.lineText(ln) === '') ln--;
      const text = this.lineText(ln);
      throw new CompileError(kind, msg, this.filename, ln, codePointLength(text), ln, -1, text);
    }
    this.raiseAt(t, t, msg, kind);
  }

  /** The furthest token read so far: CPython's `p->tokens[p->fill - 1]`. */
  lastFetched(): Token {
    return this.toks[this.toks.length - 1];
  }

  /**
   * RAISE_SYNTAX_ERROR: an error without a location of its own is reported over the last
   * token the parser read.
   */
  raiseHere(msg: string, kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError'): never {
    this.raiseAtToken(this.lastFetched(), msg, kind);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to where the tokenizer stopped reading. */
  raiseFrom(a: Pos, msg: string): never {
    const t = this.lastFetched();
    this.raiseRange(a.lineno, a.col_offset, t.end_lineno, t.end_col_offset - 1, msg);
  }

  raiseRange(l1: number, c1: number, l2: number, c2: number, msg: string,
    kind: 'SyntaxError' | 'IndentationError' = 'SyntaxError', point = false): never {
    const text = this.lineText(l1);
    const off = this.charCol(l1, c1) + 1;
    // A negative end column is passed through as CPython does (-1 becomes end_offset 0).
    let endOff = point ? off : c2 < 0 ? c2 + 1 : this.charCol(l2, c2) + 1;
    if (point) l2 = l1;
    throw new CompileError(kind, msg, this.filename, l1, off, l2, endOff, text === '' &&
      l1 > this.lineCount() ? null : text);
  }

  lineCount(): number {
    let n = 0;
    while (this.lineText(n + 1) !== '') n++;
    return n;
  }
}

/** Anything with CPython's four position attributes: a token or a node. */
export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** Maps generic OP tokens (if the tokenizer hands them out) to their exact type. */
function opKind(s: string): number {
  return EXACT.get(s) ?? T.OP;
}

import { EXACT_TOKEN_TYPES as EXACT } from '../token.js';

export type { A };
