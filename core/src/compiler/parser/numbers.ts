// Mirrors parsenumber() in CPython 3.13's Parser/pegen.c: turns a NUMBER token into an int,
// float or imaginary constant. Underscores were already validated by the tokenizer.

import type { Token } from '../token.js';
import type { Parser } from './parser.js';
import { newInt, newFloat, newComplex } from '../../objects/index.js';
import type { PyObject } from '../../objects/index.js';

/**
 * The value of a numeric literal.
 * @see Parser/pegen.c parsenumber_raw
 */
export function number(p: Parser, t: Token): PyObject {
  let s = t.string;
  if (s.indexOf('_') >= 0) s = s.replace(/_/g, '');
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) {
    // 'j' or 'J': an imaginary literal; its digits always read as a float.
    return newComplex(0, parseFloat(s.slice(0, -1)));
  }
  const c1 = s.charCodeAt(1) | 0x20;
  if (s.charCodeAt(0) === 48 && s.length > 1 && (c1 === 120 || c1 === 111 || c1 === 98)) {
    // 0x / 0o / 0b: BigInt understands these prefixes directly.
    const v = BigInt(s.charCodeAt(1) === c1 ? s : '0' + String.fromCharCode(c1) + s.slice(2));
    return intOf(v);
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return newFloat(parseFloat(s));
  }
  if (s.length <= 15) return newInt(Number(s));
  void p;
  return intOf(BigInt(s));
}

function intOf(v: bigint): PyObject {
  if (v <= 9007199254740991n) return newInt(Number(v));
  return newInt(v);
}
