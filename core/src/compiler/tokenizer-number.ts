// Number literals for the tokenizer (tokenizer.ts): decimal, hex, octal and binary ints,
// floats, exponents and imaginary suffixes, with underscores between digits and CPython's
// errors and warnings for a number running into a name (`1if`, `0x1g`).
// @see Parser/lexer/lexer.c tok_get_normal_mode (its number part), tok_decimal_tail,
// verify_end_of_number

import { T } from './token.js';
import { CT, CT_HEX, CT_ID } from './tokenizer-chars.js';
import type { Tok, TokenizerState } from './tokenizer-state.js';

/** Digits with single underscores between them; returns the index after them. */
function decimalTail(tk: TokenizerState, q: number): number {
  const s = tk.src;
  for (;;) {
    let c = s.charCodeAt(q);
    while (c >= 48 && c <= 57) c = s.charCodeAt(++q);
    if (c !== 95) return q;
    c = s.charCodeAt(q + 1);
    if (!(c >= 48 && c <= 57)) tk.syntaxError('invalid decimal literal', q + 1);
    q++;
  }
}

/** Digits after a decimal point, if any (`1._x` is `1.` then an error at `_`). */
function fraction(tk: TokenizerState, q: number): number {
  const c = tk.src.charCodeAt(q);
  return c >= 48 && c <= 57 ? decimalTail(tk, q) : q;
}

/**
 * A number may not run into an identifier character (`1_a`, `0x1g`), except the keywords
 * that may follow a number in valid code, which only warn.
 * @see Parser/lexer/lexer.c verify_end_of_number
 */
function verifyEnd(tk: TokenizerState, q: number, kind: string): void {
  if (tk.extra) return;
  const s = tk.src;
  const c = s.charCodeAt(q);
  let r = false;
  if (c === 97) r = keywordAt(s, q + 1, 'nd');
  else if (c === 101) r = keywordAt(s, q + 1, 'lse');
  else if (c === 102) r = keywordAt(s, q + 1, 'or');
  else if (c === 105) {
    const c2 = s.charCodeAt(q + 1);
    r = c2 === 102 || c2 === 110 || c2 === 115;
  } else if (c === 111) r = keywordAt(s, q + 1, 'r');
  else if (c === 110) r = keywordAt(s, q + 1, 'ot');
  if (r) {
    tk.warn(`invalid ${kind} literal`, q);
  } else if (c < 128 && (CT[c] & CT_ID) !== 0) {
    tk.syntaxError(`invalid ${kind} literal`, q);
  }
}

/** The number literal at `start`; `afterPoint` when it began with '.' (q is past it). */
export function number(tk: TokenizerState, start: number, q: number, afterPoint: boolean): Tok {
  const s = tk.src;
  let c: number;
  if (afterPoint) {
    q = decimalTail(tk, q);
    return numberExponent(tk, start, q);
  }
  c = s.charCodeAt(q);
  if (c === 48) {
    c = s.charCodeAt(++q);
    if (c === 120 || c === 88) { // hex
      q++;
      do {
        if (s.charCodeAt(q) === 95) q++;
        if ((CT[s.charCodeAt(q)] & CT_HEX) === 0) {
          tk.syntaxError('invalid hexadecimal literal', q);
        }
        do q++; while ((CT[s.charCodeAt(q)] & CT_HEX) !== 0);
      } while (s.charCodeAt(q) === 95);
      verifyEnd(tk, q, 'hexadecimal');
    } else if (c === 111 || c === 79 || c === 98 || c === 66) { // octal, binary
      const octal = c === 111 || c === 79;
      const top = octal ? 56 : 50;
      const kind = octal ? 'octal' : 'binary';
      q++;
      do {
        if (s.charCodeAt(q) === 95) q++;
        c = s.charCodeAt(q);
        if (c < 48 || c >= top) {
          if (c >= 48 && c <= 57) {
            tk.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`,
              q + 1);
          }
          tk.syntaxError(`invalid ${kind} literal`, q);
        }
        do c = s.charCodeAt(++q); while (c >= 48 && c < top);
      } while (c === 95);
      if (c >= 48 && c <= 57) {
        tk.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, q + 1);
      }
      verifyEnd(tk, q, kind);
    } else {
      // '0' itself, or zeros, or a float/imaginary starting with 0.
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = s.charCodeAt(++q);
          if (!(c >= 48 && c <= 57)) tk.syntaxError('invalid decimal literal', q);
        }
        if (c !== 48) break;
        c = s.charCodeAt(++q);
      }
      const zerosEnd = q + 1;
      if (c >= 48 && c <= 57) {
        nonzero = true;
        q = decimalTail(tk, q);
        c = s.charCodeAt(q);
      }
      if (c === 46) return numberExponent(tk, start, fraction(tk, q + 1));
      if (c === 101 || c === 69 || c === 106 || c === 74) return numberExponent(tk, start, q);
      if (nonzero && !tk.extra) {
        const bs = tk.bcol(start);
        tk.syntaxErrorRange('leading zeros in decimal integer literals are not permitted; '
          + 'use an 0o prefix for octal integers', bs + 1, tk.bcol(zerosEnd));
      }
      verifyEnd(tk, q, 'decimal');
    }
    return tk.tok(T.NUMBER, start, q, tk.lineno, tk.bcol(start));
  }
  q = decimalTail(tk, q);
  if (s.charCodeAt(q) === 46) q = fraction(tk, q + 1);
  return numberExponent(tk, start, q);
}

/** The optional exponent and `j` suffix of a decimal or float literal at `q`. */
function numberExponent(tk: TokenizerState, start: number, q: number): Tok {
  const s = tk.src;
  let c = s.charCodeAt(q);
  if (c === 101 || c === 69) {
    const e = q;
    c = s.charCodeAt(++q);
    if (c === 43 || c === 45) {
      c = s.charCodeAt(++q);
      if (!(c >= 48 && c <= 57)) tk.syntaxError('invalid decimal literal', q);
    } else if (!(c >= 48 && c <= 57)) {
      // `1else`: the 'e' starts the next token (or is an error).
      verifyEnd(tk, e, 'decimal');
      return tk.tok(T.NUMBER, start, e, tk.lineno, tk.bcol(start));
    }
    q = decimalTail(tk, q);
    c = s.charCodeAt(q);
  }
  if (c === 106 || c === 74) {
    q++;
    verifyEnd(tk, q, 'imaginary');
  } else {
    verifyEnd(tk, q, 'decimal');
  }
  return tk.tok(T.NUMBER, start, q, tk.lineno, tk.bcol(start));
}

/** `rest` at `i`, not followed by an identifier character (CPython's `lookahead`). */
function keywordAt(s: string, i: number, rest: string): boolean {
  if (!s.startsWith(rest, i)) return false;
  const c = s.charCodeAt(i + rest.length);
  return !(c >= 128 || (CT[c] & CT_ID) !== 0);
}
