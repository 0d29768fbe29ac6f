// Mirrors CPython 3.13's Parser/token.c (_PyToken_OneChar/TwoChars/ThreeChars) and the character
// tests of Parser/lexer/lexer.c and Objects/unicodectype.c: the tables the tokenizer's hot loop
// consults instead of building strings.

import { T } from './token.js';

export const CT_ID_START = 1;
export const CT_ID = 2;
export const CT_DIGIT = 4;
export const CT_HEX = 8;

/** Character classes of the ASCII range, one byte of flags per code. */
export const CT: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_]/.test(ch)) t[c] |= CT_ID_START | CT_ID;
    if (/[0-9]/.test(ch)) t[c] |= CT_ID | CT_DIGIT | CT_HEX;
    if (/[A-Fa-f]/.test(ch)) t[c] |= CT_HEX;
  }
  return t;
})();

/**
 * Single-character operator types; anything else (`$`, `?`, `` ` ``) is a bare OP the parser
 * will reject with "invalid syntax".
 * @see Parser/token.c _PyToken_OneChar
 */
export const ONE_CHAR: Uint8Array = (() => {
  const t = new Uint8Array(128).fill(T.OP);
  const pairs: [string, T][] = [
    ['!', T.EXCLAMATION], ['%', T.PERCENT], ['&', T.AMPER], ['(', T.LPAR], [')', T.RPAR],
    ['*', T.STAR], ['+', T.PLUS], [',', T.COMMA], ['-', T.MINUS], ['.', T.DOT],
    ['/', T.SLASH], [':', T.COLON], [';', T.SEMI], ['<', T.LESS], ['=', T.EQUAL],
    ['>', T.GREATER], ['@', T.AT], ['[', T.LSQB], [']', T.RSQB], ['^', T.CIRCUMFLEX],
    ['{', T.LBRACE], ['|', T.VBAR], ['}', T.RBRACE], ['~', T.TILDE],
  ];
  for (const [ch, ty] of pairs) t[ch.charCodeAt(0)] = ty;
  return t;
})();

/** @see Parser/token.c _PyToken_TwoChars (note `<>`, kept for Barry's sake) */
export function twoChars(c1: number, c2: number): T {
  switch (c1) {
    case 33: if (c2 === 61) return T.NOTEQUAL; break; // !=
    case 37: if (c2 === 61) return T.PERCENTEQUAL; break;
    case 38: if (c2 === 61) return T.AMPEREQUAL; break;
    case 42: // *
      if (c2 === 42) return T.DOUBLESTAR;
      if (c2 === 61) return T.STAREQUAL;
      break;
    case 43: if (c2 === 61) return T.PLUSEQUAL; break;
    case 45: // -
      if (c2 === 61) return T.MINEQUAL;
      if (c2 === 62) return T.RARROW;
      break;
    case 47: // /
      if (c2 === 47) return T.DOUBLESLASH;
      if (c2 === 61) return T.SLASHEQUAL;
      break;
    case 58: if (c2 === 61) return T.COLONEQUAL; break;
    case 60: // <
      if (c2 === 60) return T.LEFTSHIFT;
      if (c2 === 61) return T.LESSEQUAL;
      if (c2 === 62) return T.NOTEQUAL;
      break;
    case 61: if (c2 === 61) return T.EQEQUAL; break;
    case 62: // >
      if (c2 === 61) return T.GREATEREQUAL;
      if (c2 === 62) return T.RIGHTSHIFT;
      break;
    case 64: if (c2 === 61) return T.ATEQUAL; break;
    case 94: if (c2 === 61) return T.CIRCUMFLEXEQUAL; break;
    case 124: if (c2 === 61) return T.VBAREQUAL; break;
    default: break;
  }
  return T.OP;
}

/** @see Parser/token.c _PyToken_ThreeChars */
export function threeChars(c1: number, c2: number, c3: number): T {
  if (c3 !== 61) {
    return c1 === 46 && c2 === 46 && c3 === 46 ? T.ELLIPSIS : T.OP;
  }
  if (c1 === 42 && c2 === 42) return T.DOUBLESTAREQUAL;
  if (c1 === 47 && c2 === 47) return T.DOUBLESLASHEQUAL;
  if (c1 === 60 && c2 === 60) return T.LEFTSHIFTEQUAL;
  if (c1 === 62 && c2 === 62) return T.RIGHTSHIFTEQUAL;
  return T.OP;
}

const ID_RE = /[\p{XID_Start}_]\p{XID_Continue}*/uy;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/**
 * Index of the first character of `s[start, end)` that cannot be part of an identifier there
 * (`end` if none): XID_Start or '_' first, XID_Continue after.
 * @see Objects/unicodeobject.c _PyUnicode_ScanIdentifier
 */
export function scanIdentifier(s: string, start: number, end: number): number {
  ID_RE.lastIndex = start;
  if (!ID_RE.test(s)) return start;
  return Math.min(ID_RE.lastIndex, end);
}

/** `str.isprintable()` for one code point. @see Objects/unicodectype.c _PyUnicode_IsPrintable */
export function isPrintable(cp: number): boolean {
  if (cp === 32) return true;
  return !NOT_PRINTABLE.test(String.fromCodePoint(cp));
}
