// Mirrors CPython 3.13's Parser/pegen.c (_PyPegen_run_parser, the start rules `file`, `eval`,
// `interactive`, `func_type`) and the generic-error half of Parser/pegen_errors.c
// (_PyPegen_set_syntax_error): the public `parse()` of the front end.

import { T, type Token } from '../token.js';
import * as A from '../ast.js';
import { CompileError, ErrorOrigin, type CompileWarning } from '../errors.js';
import { NoMatch, Parser, type ParseMode } from './parser.js';
import { statements, statement } from './statements.js';
import { expression, expressions } from './expressions.js';

export { Parser, type ParseMode } from './parser.js';

export { ParserOverflowError } from './parser.js';
import { ParserOverflowError } from './parser.js';

/** Options of {@link parse}, mirroring `ast.parse`'s keyword arguments. */
export interface ParseOptions {
  /** `ast.parse(type_comments=True)`: keep `# type:` comments (and `# type: ignore`s). */
  typeComments?: boolean;
  /** Filled with every identifier of the source (see Parser.identifiers). */
  identifiers?: Set<string>;
  /** Receives the SyntaxWarnings met while parsing, in order (see CompileWarning). */
  warnings?: CompileWarning[];
  /** PyPARSE_BARRY_AS_BDFL (compile flag CO_FUTURE_BARRY_AS_BDFL): `<>` is the inequality. */
  barryAsBdfl?: boolean;
}

/**
 * Parses `source` (already decoded text) into an AST, raising CompileError on bad syntax.
 * @see Parser/pegen.c _PyPegen_run_parser_from_string
 */
export function parse(source: string, filename = '<unknown>', mode: ParseMode = 'exec',
  _opts?: ParseOptions): A.mod {
  const p = new Parser(source, filename, mode, _opts?.typeComments === true);
  if (_opts?.identifiers !== undefined) p.identifiers = _opts.identifiers;
  if (_opts?.warnings !== undefined) p.tokenizer.warnings = _opts.warnings;
  p.barryAsBdfl = _opts?.barryAsBdfl === true;
  try {
    try {
      return startRule(p);
    } catch (e) {
      if (e !== NoMatch.it) throw e;
    }
    // The first pass failed: remember where, then parse again with the invalid_* checks on,
    // which may find a more specific message. If not, report "invalid syntax" where the
    // first pass stopped, as CPython does.
    const last = p.lastFetched();
    p.pos = 0;
    p.depth = 0;
    p.fstringDepth = 0;
    p.invalidPass = true;
    try {
      startRule(p);
    } catch (e) {
      if (e !== NoMatch.it) throw e;
    }
    return genericError(p, last);
  } catch (e) {
    if (e instanceof RangeError) throw new ParserOverflowError();
    if (e instanceof CompileError && e.origin === ErrorOrigin.PARSER &&
        e.msg !== 'unexpected indent' && e.msg !== 'unexpected unindent') {
      checkRestOfSource(p, e);
    }
    throw e;
  }
}

/**
 * Before a parser error is reported, CPython tokenizes the rest of the file: an error the
 * tokenizer raises there (or a bracket left open on an earlier line) is the better report.
 * @see Parser/pegen_errors.c _PyPegen_tokenize_full_source_to_check_for_errors
 */
function checkRestOfSource(p: Parser, err: CompileError): void {
  const last = p.toks.length ? p.toks[p.toks.length - 1] : null;
  if (last !== null && last.type === T.ENDMARKER) return;
  try {
    while (p.tokenizer.next().type !== T.ENDMARKER);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    if (e.origin === ErrorOrigin.TOKENIZER_RAISED) throw e;
    if (e.msg.endsWith('was never closed') && e.lineno < err.lineno) throw e;
  }
}

/**
 * 'single' mode compiles one statement (what the REPL hands over); anything but blanks and
 * comments after it, where the tokenizer stands, is an error.
 * @see Parser/pegen.c bad_single_statement
 */
function badSingleStatement(p: Parser): boolean {
  const s = p.tokenizer.src;
  for (let i = p.tokenizer.pos; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 12) continue;
    if (c !== 35) return true;
    while (i < s.length && s.charCodeAt(i) !== 10) i++;
  }
  return false;
}

const COMPOUND: ReadonlySet<string> = new Set(['FunctionDef', 'AsyncFunctionDef', 'ClassDef',
  'If', 'While', 'For', 'AsyncFor', 'Try', 'TryStar', 'With', 'AsyncWith', 'Match']);

function startRule(p: Parser): A.mod {
  switch (p.mode) {
    case 'exec': {
      const body: A.stmt[] = [];
      statements(p, body);
      p.expect(T.ENDMARKER);
      return new A.Module(body, p.typeIgnores);
    }
    case 'eval': {
      const body = expressions(p);
      while (p.eat(T.NEWLINE));
      p.expect(T.ENDMARKER);
      return new A.Expression(body);
    }
    case 'single': {
      const body: A.stmt[] = [];
      const k = p.kind();
      if (k === T.NEWLINE) {
        const t = p.tok();
        p.pos++;
        body.push(new A.Pass(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset));
      } else if (k === T.ENDMARKER) {
        p.raiseAtToken(p.tok(), 'invalid syntax');
      } else {
        statement(p, body);
        // statement_newline: a compound statement must be followed by a NEWLINE of its own
        // (a simple statement line already ended with one).
        if (COMPOUND.has(body[body.length - 1]._type) && !p.eat(T.NEWLINE)) throw NoMatch.it;
      }
      if (badSingleStatement(p)) {
        p.raiseHere('multiple statements found while compiling a single statement');
      }
      return new A.Interactive(body);
    }
    case 'func_type': {
      p.expect(T.LPAR);
      const argtypes: A.expr[] = [];
      while (p.kind() !== T.RPAR) {
        argtypes.push(funcTypeArg(p));
        if (!p.eat(T.COMMA)) break;
      }
      p.expect(T.RPAR);
      p.expect(T.RARROW);
      const returns = expression(p);
      while (p.eat(T.NEWLINE));
      p.expect(T.ENDMARKER);
      return new A.FunctionType(argtypes, returns);
    }
  }
}

function funcTypeArg(p: Parser): A.expr {
  const k = p.kind();
  // `type_expressions` keeps `*args` / `**kwargs` types as the bare expressions.
  if (k === T.STAR || k === T.DOUBLESTAR) p.pos++;
  return expression(p);
}

/**
 * "invalid syntax" at the last token read, unless that token explains more (an unexpected
 * indent) or the rest of the file holds a tokenizer error, which then wins.
 * @see Parser/pegen_errors.c _PyPegen_set_syntax_error
 */
function genericError(p: Parser, last: Token): never {
  if (last.type === T.INDENT || last.type === T.DEDENT) {
    // CPython's INDENT/DEDENT tokens have no columns (-1): the error then points where the
    // tokenizer stands, just after the indentation, with no end.
    const text = p.lineText(last.lineno);
    const ws = /^[ \t\f]*/.exec(text)![0].length;
    throw new CompileError('IndentationError', last.type === T.INDENT ? 'unexpected indent'
      : 'unexpected unindent', p.filename, last.lineno, ws, last.lineno, -1, text);
  }
  if (last.col_offset === -1) p.raiseAtToken(last, 'invalid syntax');
  p.raiseAt(last, last, 'invalid syntax');
}

