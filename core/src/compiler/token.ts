// Mirrors CPython 3.13's Include/internal/pycore_token.h and Lib/token.py:
// the token type numbers the tokenizer hands to the parser.

/** Token types, numbered exactly as `token.tok_name` in CPython 3.13. */
export const enum T {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14,
  MINUS = 15, STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21,
  EQUAL = 22, DOT = 23, PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28,
  LESSEQUAL = 29, GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33,
  RIGHTSHIFT = 34, DOUBLESTAR = 35, PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38,
  SLASHEQUAL = 39, PERCENTEQUAL = 40, AMPEREQUAL = 41, VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44, RIGHTSHIFTEQUAL = 45, DOUBLESTAREQUAL = 46, DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50, RARROW = 51, ELLIPSIS = 52, COLONEQUAL = 53,
  EXCLAMATION = 54, OP = 55, TYPE_IGNORE = 56, TYPE_COMMENT = 57, SOFT_KEYWORD = 58,
  FSTRING_START = 59, FSTRING_MIDDLE = 60, FSTRING_END = 61, COMMENT = 62, NL = 63,
  ERRORTOKEN = 64, ENCODING = 65, N_TOKENS = 66,
}

/** `token.tok_name`: number -> name. */
export const TOK_NAME: readonly string[] = [
  'ENDMARKER', 'NAME', 'NUMBER', 'STRING', 'NEWLINE', 'INDENT', 'DEDENT', 'LPAR', 'RPAR',
  'LSQB', 'RSQB', 'COLON', 'COMMA', 'SEMI', 'PLUS', 'MINUS', 'STAR', 'SLASH', 'VBAR', 'AMPER',
  'LESS', 'GREATER', 'EQUAL', 'DOT', 'PERCENT', 'LBRACE', 'RBRACE', 'EQEQUAL', 'NOTEQUAL',
  'LESSEQUAL', 'GREATEREQUAL', 'TILDE', 'CIRCUMFLEX', 'LEFTSHIFT', 'RIGHTSHIFT', 'DOUBLESTAR',
  'PLUSEQUAL', 'MINEQUAL', 'STAREQUAL', 'SLASHEQUAL', 'PERCENTEQUAL', 'AMPEREQUAL',
  'VBAREQUAL', 'CIRCUMFLEXEQUAL', 'LEFTSHIFTEQUAL', 'RIGHTSHIFTEQUAL', 'DOUBLESTAREQUAL',
  'DOUBLESLASH', 'DOUBLESLASHEQUAL', 'AT', 'ATEQUAL', 'RARROW', 'ELLIPSIS', 'COLONEQUAL',
  'EXCLAMATION', 'OP', 'TYPE_IGNORE', 'TYPE_COMMENT', 'SOFT_KEYWORD', 'FSTRING_START',
  'FSTRING_MIDDLE', 'FSTRING_END', 'COMMENT', 'NL', 'ERRORTOKEN', 'ENCODING', 'N_TOKENS',
];

/** `token.EXACT_TOKEN_TYPES`: operator text -> token type. */
export const EXACT_TOKEN_TYPES: ReadonlyMap<string, T> = new Map<string, T>([
  ['!', T.EXCLAMATION], ['!=', T.NOTEQUAL], ['%', T.PERCENT], ['%=', T.PERCENTEQUAL],
  ['&', T.AMPER], ['&=', T.AMPEREQUAL], ['(', T.LPAR], [')', T.RPAR], ['*', T.STAR],
  ['**', T.DOUBLESTAR], ['**=', T.DOUBLESTAREQUAL], ['*=', T.STAREQUAL], ['+', T.PLUS],
  ['+=', T.PLUSEQUAL], [',', T.COMMA], ['-', T.MINUS], ['-=', T.MINEQUAL], ['->', T.RARROW],
  ['.', T.DOT], ['...', T.ELLIPSIS], ['/', T.SLASH], ['//', T.DOUBLESLASH],
  ['//=', T.DOUBLESLASHEQUAL], ['/=', T.SLASHEQUAL], [':', T.COLON], [':=', T.COLONEQUAL],
  [';', T.SEMI], ['<', T.LESS], ['<<', T.LEFTSHIFT], ['<<=', T.LEFTSHIFTEQUAL],
  ['<=', T.LESSEQUAL], ['=', T.EQUAL], ['==', T.EQEQUAL], ['>', T.GREATER],
  ['>=', T.GREATEREQUAL], ['>>', T.RIGHTSHIFT], ['>>=', T.RIGHTSHIFTEQUAL], ['@', T.AT],
  ['@=', T.ATEQUAL], ['[', T.LSQB], [']', T.RSQB], ['^', T.CIRCUMFLEX],
  ['^=', T.CIRCUMFLEXEQUAL], ['{', T.LBRACE], ['|', T.VBAR], ['|=', T.VBAREQUAL],
  ['}', T.RBRACE], ['~', T.TILDE],
]);

/**
 * One token. Positions are CPython's: `lineno` is 1-based, `col_offset` counts UTF-8 bytes
 * from the start of the line (what the AST's `col_offset` holds), and the `end_*` pair is the
 * position just past the token.
 *
 * In parser mode (no extra tokens), as in CPython: NEWLINE has text '' and ends one past the
 * '\n' (it starts at a comment that precedes it on the line); FSTRING_MIDDLE ends where the
 * tokenizer stopped (past a `{{`'s second brace). CPython's INDENT, DEDENT and ENDMARKER carry
 * no column; pegen then reports an error at them at the tokenizer's position, which is our
 * `end_col_offset` (INDENT, DEDENT: the line's first token; ENDMARKER and DEDENTs at EOF: the
 * end of the last line, newline included, on that last line), used as-is with end offset -1.
 */
export interface Token {
  type: T;
  /** The token's source text (for STRING, the whole literal including prefix and quotes). */
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
  /**
   * On the `!`, `:` or `}` closing a debug f-string field (`f"{x = }"`): the field's source text
   * up to there (`"x = "`), which the parser turns into the literal part (CPython's
   * `token->metadata`). Null or absent otherwise.
   */
  metadata?: string | null;
}
