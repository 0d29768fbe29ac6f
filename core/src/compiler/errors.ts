// The compiler's way of reporting bad source. CPython raises SyntaxError (or its subclasses
// IndentationError and TabError) from Parser/pegen_errors.c and Python/symtable.c; until the
// runtime turns it into a Python exception object, the front end throws this host class.

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

/**
 * A SyntaxError as CPython reports it. `offset` and `end_offset` are 1-based *character*
 * offsets into `text` (CPython converts the parser's byte offsets before raising), `text` is
 * the offending source line including its trailing newline, as `SyntaxError.text` holds it.
 * `end_lineno`/`end_offset` may be equal to `lineno`/`offset` when CPython reports no range.
 */
export class CompileError extends Error {
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
