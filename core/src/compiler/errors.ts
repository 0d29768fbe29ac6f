// The compiler's way of reporting bad source. CPython raises SyntaxError (or its subclasses
// IndentationError and TabError) from Parser/pegen_errors.c and Python/symtable.c; until the
// runtime turns it into a Python exception object, the front end throws this host class.
// It also owns the text an uncaught SyntaxError prints (Lib/traceback.py's formatting).

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * Where an error came from, which matters to the parser: after a generic "invalid syntax" CPython
 * keeps tokenizing and lets an error the tokenizer *raised* replace it
 * (`_PyPegen_tokenize_full_source_to_check_for_errors`), but not one it merely signalled with a
 * status code (E_EOF, E_DEDENT, E_TABSPACE, ...).
 */
export const enum ErrorOrigin { PARSER = 0, TOKENIZER_RAISED = 1, TOKENIZER_STATUS = 2 }

/**
 * A SyntaxError as CPython reports it. `offset` and `end_offset` are 1-based *character*
 * offsets into `text` (CPython converts the parser's byte offsets before raising), `text` is
 * the offending source line including its trailing newline, as `SyntaxError.text` holds it.
 * `end_lineno`/`end_offset` may be equal to `lineno`/`offset` when CPython reports no range.
 */
export class CompileError extends Error {
  /** Who raised it; see {@link ErrorOrigin}. */
  origin: ErrorOrigin = ErrorOrigin.PARSER;
  /**
   * False for errors raised before there is a position to give (bad encodings): Python's
   * `filename` and `lineno` are then None and the report is a bare `SyntaxError: msg`.
   */
  hasLocation = true;
  constructor(
    public kind: SyntaxErrorKind,
    public msg: string,
    public filename: string,
    public lineno: number,
    public offset: number,
    public end_lineno: number,
    public end_offset: number,
    public text: string | null,
  ) {
    super(`${kind}: ${msg} (${filename}, line ${lineno})`);
  }
}

/**
 * A warning the front end met. CPython calls `PyErr_WarnExplicitObject` on the spot; the
 * compiler has no runtime to call, so it appends these to a list its caller passed, in the
 * order CPython would have warned, and the runtime reports them (core/src/runtime/warnings.ts).
 * `error` is the SyntaxError CPython raises instead when a filter turns the warning into an
 * error; it is null for `fold` warnings, which CPython swallows (the constant is not folded).
 */
export interface CompileWarning {
  category: 'SyntaxWarning' | 'DeprecationWarning';
  msg: string;
  /** The line CPython names; unused for a `fold` warning. */
  lineno: number;
  error: CompileError | null;
  /**
   * True for a warning the constant folder caused by running an operation that warns
   * (`~True`): CPython reports it through PyErr_WarnEx, in the context of whatever Python
   * code is compiling, not at a source line.
   */
  fold?: boolean;
}

/** Number of code points (Python characters) in `s[from, to)`. */
export function codePointLength(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one Python character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Number of UTF-8 bytes `s[from, to)` encodes to. */
export function utf8Length(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

/**
 * Converts a 0-based UTF-8 byte column of `lineText` into a 0-based character column, the way
 * the parser turns token columns into `SyntaxError.offset`s. A column in the middle of a
 * multi-byte character counts that character (CPython decodes the prefix with "replace").
 * @see Parser/pegen.c _PyPegen_byte_offset_to_character_offset
 */
export function byteColToCharCol(lineText: string, byteCol: number): number {
  let bytes = 0;
  let chars = 0;
  const n = lineText.length;
  for (let i = 0; i < n && bytes < byteCol; i++) {
    const c = lineText.charCodeAt(i);
    if (c < 0x80) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) { bytes += 4; i++; } else bytes += 3;
    chars++;
  }
  // Past the end of the text CPython clamps; one past the end is still meaningful (EOL).
  if (bytes < byteCol) chars += byteCol - bytes > 0 ? 1 : 0;
  return chars;
}

/** Converts a 0-based character column of `lineText` into a UTF-8 byte column. */
export function charColToByteCol(lineText: string, charCol: number): number {
  let bytes = 0;
  let chars = 0;
  const n = lineText.length;
  for (let i = 0; i < n && chars < charCol; i++) {
    const c = lineText.charCodeAt(i);
    if (c < 0x80) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) { bytes += 4; i++; } else bytes += 3;
    chars++;
  }
  return bytes + (charCol - chars);
}

const isSpace = (ch: string): boolean => /^\s$/u.test(ch) || ch === '\x1c' || ch === '\x1d'
  || ch === '\x1e' || ch === '\x1f' || ch === '\x85';

/**
 * The text python3.13 prints on stderr for an uncaught SyntaxError raised while compiling a
 * script: the location line, the source line stripped of its indentation, the carets, and
 * `Kind: msg`.
 * @see Lib/traceback.py TracebackException._format_syntax_error
 */
export function formatSyntaxError(e: CompileError): string {
  let out = '';
  if (e.hasLocation) out += `  File "${e.filename || '<string>'}", line ${e.lineno}\n`;
  if (e.text !== null) {
    // Python slices strings by code point; work on arrays of them.
    const rtext = Array.from(e.text.replace(/\n+$/, ''));
    let k = 0;
    while (k < rtext.length && (rtext[k] === ' ' || rtext[k] === '\n' || rtext[k] === '\f')) k++;
    const ltext = rtext.slice(k);
    const spaces = k;
    const textLen = Array.from(e.text).length;
    let offset = e.offset;
    let endOffset = e.lineno === e.end_lineno
      ? (e.end_offset === 0 ? offset : e.end_offset) : rtext.length + 1;
    if (textLen > 0 && offset > textLen) offset = rtext.length + 1;
    if (textLen > 0 && endOffset > textLen) endOffset = rtext.length + 1;
    if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
    const colno = offset - 1 - spaces;
    const endColno = endOffset - 1 - spaces;
    out += `    ${ltext.join('')}\n`;
    if (colno >= 0) {
      let caretspace = '';
      for (const ch of ltext.slice(0, colno)) caretspace += isSpace(ch) ? ch : ' ';
      out += `    ${caretspace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
    }
  }
  out += `${e.kind}: ${e.msg || '<no detail available>'}\n`;
  return out;
}
