// Mirrors CPython 3.13's Parser/string_parser.c and the string half of
// Parser/action_helpers.c (_PyPegen_concatenate_strings, _PyPegen_formatted_value,
// _PyPegen_decode_fstring_part): literal prefixes, escape sequences, implicit concatenation
// and f-strings (JoinedStr / FormattedValue) with CPython's node positions.

import { T, type Token } from '../token.js';
import * as A from '../ast.js';
import { CompileError } from '../errors.js';
import { K, NoMatch, Parser, type Pos } from './parser.js';
import { starExpressions, yieldExpr } from './expressions.js';
import { newStr, newBytes } from '../../objects/index.js';
import { NAMES, RANGES } from './unicodenames.js';

type E = A.expr;

/** One piece of a (possibly implicitly concatenated) string expression, before merging. */
interface Piece {
  /** A literal run (null for a FormattedValue). */
  text: string | null;
  node: A.FormattedValue | null;
  lineno: number;
  col: number;
  endLineno: number;
  endCol: number;
}

/**
 * `strings`: one or more adjacent STRING / f-string literals, concatenated.
 * @see Parser/action_helpers.c _PyPegen_concatenate_strings
 */
export function strings(p: Parser): E {
  const first = p.tok();
  const firstKind = p.kind();
  // Fast path: one plain string literal, the common case.
  if (firstKind === T.STRING && p.kind(1) !== T.STRING && p.kind(1) !== T.FSTRING_START) {
    p.pos++;
    const lit = decodeLiteral(p, first);
    return new A.Constant(lit.value, lit.u ? 'u' : null, first.lineno, first.col_offset,
      first.end_lineno, first.end_col_offset);
  }
  const pieces: Piece[] = [];
  let sawBytes = false;
  let sawStr = false;
  let sawF = false;
  let byteParts: Uint8Array[] | null = null;
  let u = false;
  let n = 0;
  for (;;) {
    const k = p.kind();
    if (k === T.STRING) {
      const t = p.tok();
      p.pos++;
      const lit = decodeLiteral(p, t);
      if (n === 0) u = lit.u;
      if (lit.bytes !== null) {
        sawBytes = true;
        (byteParts ??= []).push(lit.bytes);
      } else {
        sawStr = true;
        const s = lit.text as string;
        if (s !== '') {
          pieces.push({ text: s, node: null, lineno: t.lineno, col: t.col_offset,
            endLineno: t.end_lineno, endCol: t.end_col_offset });
        }
      }
    } else if (k === T.FSTRING_START) {
      sawF = true;
      sawStr = true;
      fstring(p, pieces);
    } else break;
    n++;
  }
  const last = p.last();
  if (sawBytes && sawStr) {
    // CPython raises this from the rule's action without a location: it points at the
    // token after the strings, the last one the parser had read.
    const t = p.tok();
    p.raiseAt(t, t, 'cannot mix bytes and nonbytes literals');
  }
  if (sawBytes) {
    const parts = byteParts as Uint8Array[];
    let len = 0;
    for (const b of parts) len += b.length;
    const all = new Uint8Array(len);
    let o = 0;
    for (const b of parts) {
      all.set(b, o);
      o += b.length;
    }
    return new A.Constant(newBytes(all), null, first.lineno, first.col_offset, last.end_lineno,
      last.end_col_offset);
  }
  if (!sawF) {
    let s = '';
    for (const pc of pieces) s += pc.text;
    return new A.Constant(newStr(s), u ? 'u' : null, first.lineno, first.col_offset,
      last.end_lineno, last.end_col_offset);
  }
  return new A.JoinedStr(mergePieces(pieces), first.lineno, first.col_offset, last.end_lineno,
    last.end_col_offset);
}

/** Joins adjacent literal runs into single Constants spanning all of them. */
function mergePieces(pieces: Piece[]): E[] {
  const out: E[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const pc = pieces[i];
    if (pc.node !== null) {
      out.push(pc.node);
      continue;
    }
    let text = pc.text as string;
    let j = i;
    while (j + 1 < pieces.length && pieces[j + 1].node === null) {
      j++;
      text += pieces[j].text;
    }
    const end = pieces[j];
    if (text !== '') {
      out.push(new A.Constant(newStr(text), null, pc.lineno, pc.col, end.endLineno, end.endCol));
    }
    i = j;
  }
  return out;
}

/** FSTRING_START (middles and replacement fields)* FSTRING_END, appended to `pieces`. */
function fstring(p: Parser, pieces: Piece[]): void {
  const start = p.tok();
  p.pos++;
  const raw = /[rR]/.test(start.string);
  p.fstringDepth++;
  for (;;) {
    const k = p.kind();
    if (k === T.FSTRING_MIDDLE) {
      const t = p.tok();
      p.pos++;
      const text = raw ? t.string : decodeEscapes(p, t, t.string, false);
      if (text !== '') {
        pieces.push({ text, node: null, lineno: t.lineno, col: t.col_offset,
          endLineno: t.end_lineno, endCol: t.end_col_offset });
      }
    } else if (k === T.LBRACE) {
      replacementField(p, pieces, raw);
    } else if (k === T.FSTRING_END) {
      p.pos++;
      break;
    } else {
      throw NoMatch.it;
    }
  }
  p.fstringDepth--;
}

/**
 * `'{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec*] '}'`.
 * @see Parser/action_helpers.c _PyPegen_formatted_value
 */
function replacementField(p: Parser, pieces: Piece[], raw: boolean): void {
  const open = p.tok();
  p.pos++;
  const k0 = p.kind();
  if (k0 === T.EQUAL || k0 === T.EXCLAMATION || k0 === T.COLON || k0 === T.RBRACE) {
    const t = p.tok();
    p.raiseAt(t, t, `f-string: valid expression required before '${t.string}'`);
  }
  let value: E;
  try {
    value = k0 === K.YIELD ? yieldExpr(p) : starExpressions(p);
  } catch (e) {
    if (e !== NoMatch.it) throw e;
    p.raiseStart(p.tok(), "f-string: expecting a valid expression after '{'");
  }
  let debug: string | null = null;
  let debugPos: Pos | null = null;
  if (p.kind() === T.EQUAL) {
    p.pos++;
    const nx = p.tok();
    // The tokenizer keeps the field's text (comments removed) on the token after '='.
    const meta = (nx as Token & { metadata?: string | null }).metadata;
    debug = typeof meta === 'string' ? meta
      : p.sourceBetween(open.end_lineno, open.end_col_offset, nx.lineno, nx.col_offset);
    debugPos = { lineno: open.end_lineno, col_offset: open.end_col_offset,
      end_lineno: nx.lineno, end_col_offset: nx.col_offset };
  }
  let conversion = -1;
  if (p.kind() === T.EXCLAMATION) {
    const bang = p.tok();
    p.pos++;
    const nt = p.tok();
    if (p.kind() === T.COLON || p.kind() === T.RBRACE) {
      p.raiseStart(nt, 'f-string: missing conversion character');
    }
    if (p.kind() !== T.NAME && !(p.kind() >= K.FALSE)) {
      p.raiseStart(nt, 'f-string: invalid conversion character');
    }
    if (nt.lineno !== bang.lineno || nt.col_offset !== bang.end_col_offset) {
      p.raiseAt(bang, nt, 'f-string: conversion type must come right after the exclamanation mark');
    }
    p.pos++;
    const c = nt.string;
    if (c !== 's' && c !== 'r' && c !== 'a') {
      p.raiseAt(nt, nt,
        `f-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`);
    }
    conversion = c.charCodeAt(0);
  }
  let spec: A.JoinedStr | null = null;
  if (p.kind() === T.COLON) {
    const colon = p.tok();
    p.pos++;
    const specPieces: Piece[] = [];
    for (;;) {
      const k = p.kind();
      if (k === T.FSTRING_MIDDLE) {
        const t = p.tok();
        p.pos++;
        const text = raw ? t.string : decodeEscapes(p, t, t.string, false);
        if (text !== '') {
          specPieces.push({ text, node: null, lineno: t.lineno, col: t.col_offset,
            endLineno: t.end_lineno, endCol: t.end_col_offset });
        }
      } else if (k === T.LBRACE) {
        replacementField(p, specPieces, raw);
      } else break;
    }
    const endTok = p.last();
    const specEnd = specPieces.length ? endTok : colon;
    spec = new A.JoinedStr(mergePieces(specPieces), colon.lineno, colon.col_offset,
      specEnd.end_lineno, specEnd.end_col_offset);
  }
  if (p.kind() !== T.RBRACE) {
    if (p.kind() === T.EQUAL && debug === null) throw NoMatch.it;
    p.raiseStart(p.tok(), spec !== null ? "f-string: expecting '}', or format specs"
      : "f-string: expecting '}'");
  }
  const close = p.tok();
  p.pos++;
  if (debug !== null && debugPos !== null) {
    if (conversion === -1 && spec === null) conversion = 114;
    pieces.push({ text: debug, node: null, lineno: debugPos.lineno, col: debugPos.col_offset,
      endLineno: debugPos.end_lineno, endCol: debugPos.end_col_offset });
  }
  const fv = new A.FormattedValue(value, conversion, spec, open.lineno, open.col_offset,
    close.end_lineno, close.end_col_offset);
  pieces.push({ text: null, node: fv, lineno: open.lineno, col: open.col_offset,
    endLineno: close.end_lineno, endCol: close.end_col_offset });
}

interface Literal {
  value: A.Constant['value'];
  text: string | null;
  bytes: Uint8Array | null;
  u: boolean;
}

/** Splits a STRING token into prefix flags and body, and decodes the body. */
function decodeLiteral(p: Parser, t: Token): Literal {
  const s = t.string;
  let i = 0;
  let raw = false;
  let isBytes = false;
  let u = false;
  for (;;) {
    const c = s.charCodeAt(i) | 0x20;
    if (c === 114) raw = true;
    else if (c === 98) isBytes = true;
    else if (c === 117) u = true;
    else break;
    i++;
  }
  const q = s.charCodeAt(i);
  const triple = s.length - i >= 6 && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q;
  const qlen = triple ? 3 : 1;
  const body = s.slice(i + qlen, s.length - qlen);
  if (isBytes) {
    for (let j = 0; j < body.length; j++) {
      if (body.charCodeAt(j) >= 0x80) {
        p.raiseAt(t, t, 'bytes can only contain ASCII literal characters');
      }
    }
    const bytes = raw ? asciiBytes(body) : decodeBytesEscapes(p, t, body);
    return { value: newBytes(bytes), text: null, bytes, u };
  }
  const text = raw || body.indexOf('\\') < 0 ? body : decodeEscapes(p, t, body, true);
  return { value: newStr(text), text, bytes: null, u };
}

function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The escapes str and bytes share; returns [code, length consumed] or null. */
function simpleEscape(c: number): number {
  switch (c) {
    case 92: return 92; // \\
    case 39: return 39; // \'
    case 34: return 34; // \"
    case 97: return 7; // \a
    case 98: return 8; // \b
    case 102: return 12; // \f
    case 110: return 10; // \n
    case 114: return 13; // \r
    case 116: return 9; // \t
    case 118: return 11; // \v
    default: return -1;
  }
}

function unicodeError(p: Parser, t: Token, start: number, end: number, why: string,
  isStr: boolean): never {
  const codec = isStr ? 'unicodeescape' : 'unicodeescape';
  p.raiseAt(t, t,
    `(${isStr ? 'unicode' : 'value'} error) '${codec}' codec can't decode bytes in position ` +
    `${start}-${end}: ${why}`);
}

/** Literal tokens already warned about: the parser may backtrack over a literal. */
const warned = new WeakSet<Token>();

/**
 * An unknown escape (`'\\d'`) or an octal one above 0o377 (`'\\777'`) is a SyntaxWarning,
 * once per literal (its first bad escape), at the literal's first line. Under an "error"
 * filter CPython raises it as a SyntaxError over the whole literal. The second,
 * error-reporting pass of the parser stays quiet, as CPython's does.
 * @see Parser/string_parser.c warn_invalid_escape_sequence
 */
function warnInvalidEscape(p: Parser, t: Token, body: string, at: number): void {
  if (p.invalidPass || warned.has(t)) return;
  warned.add(t);
  const c = body.charCodeAt(at);
  const msg = c >= 52 && c <= 55 ? `invalid octal escape sequence '\\${body.slice(at, at + 3)}'`
    : `invalid escape sequence '\\${body[at]}'`;
  let error: CompileError | null = null;
  try {
    p.raiseAt(t, t, msg);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    error = e;
  }
  p.tokenizer.warnings.push({ category: 'SyntaxWarning', msg, lineno: t.lineno, error });
}

/**
 * Decodes backslash escapes of a str literal (or an f-string middle). Unknown escapes
 * keep their backslash and warn (see {@link warnInvalidEscape}).
 * @see Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal
 */
export function decodeEscapes(p: Parser, t: Token, body: string, _str: boolean): string {
  if (body.indexOf('\\') < 0) return body;
  let out = '';
  let i = 0;
  let bad = -1; // where the first invalid escape's text starts
  const n = body.length;
  while (i < n) {
    const bs = body.indexOf('\\', i);
    if (bs < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, bs);
    i = bs + 1;
    if (i >= n) {
      out += '\\';
      break;
    }
    const c = body.charCodeAt(i);
    const simple = simpleEscape(c);
    if (simple >= 0) {
      out += String.fromCharCode(simple);
      i++;
    } else if (c === 10) {
      i++; // backslash-newline: a line continuation inside the literal
    } else if (c >= 48 && c <= 55) {
      let v = c - 48;
      let j = i + 1;
      while (j < n && j < i + 3 && body.charCodeAt(j) >= 48 && body.charCodeAt(j) <= 55) {
        v = v * 8 + body.charCodeAt(j) - 48;
        j++;
      }
      if (v > 0o377 && bad < 0) bad = i;
      out += String.fromCharCode(v);
      i = j;
    } else if (c === 120 || c === 117 || c === 85) {
      const len = c === 120 ? 2 : c === 117 ? 4 : 8;
      let v = 0;
      for (let j = 1; j <= len; j++) {
        const h = i + j < n ? hexVal(body.charCodeAt(i + j)) : -1;
        if (h < 0) {
          const what = c === 120 ? '\\xXX' : c === 117 ? '\\uXXXX' : '\\UXXXXXXXX';
          unicodeError(p, t, bs, Math.min(i + j, n) - 1, `truncated ${what} escape`, true);
        }
        v = v * 16 + h;
      }
      if (v > 0x10ffff) {
        unicodeError(p, t, bs, i + len, 'illegal Unicode character', true);
      }
      out += String.fromCodePoint(v);
      i += len + 1;
    } else if (c === 78) {
      // \N{NAME}: a character by its Unicode name.
      const close = body.indexOf('}', i);
      if (body.charCodeAt(i + 1) !== 123 || close < 0) {
        unicodeError(p, t, bs, Math.min(n - 1, i + 1), 'malformed \\N character escape', true);
      }
      const cp = lookupName(body.slice(i + 2, close));
      if (cp < 0) unicodeError(p, t, bs, close, 'unknown Unicode character name', true);
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      // A backslash before a non-ASCII character is not an escape CPython looks at.
      if (bad < 0 && c < 0x80) bad = i;
      out += '\\';
    }
  }
  if (bad >= 0) warnInvalidEscape(p, t, body, bad);
  return out;
}

/** Decodes the escapes of a bytes literal (no \N, \u, \U). */
function decodeBytesEscapes(p: Parser, t: Token, body: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  let bad = -1;
  const n = body.length;
  while (i < n) {
    const c0 = body.charCodeAt(i);
    if (c0 !== 92) {
      out.push(c0);
      i++;
      continue;
    }
    i++;
    if (i >= n) {
      out.push(92);
      break;
    }
    const c = body.charCodeAt(i);
    const simple = simpleEscape(c);
    if (simple >= 0) {
      out.push(simple);
      i++;
    } else if (c === 10) {
      i++;
    } else if (c >= 48 && c <= 55) {
      let v = c - 48;
      let j = i + 1;
      while (j < n && j < i + 3 && body.charCodeAt(j) >= 48 && body.charCodeAt(j) <= 55) {
        v = v * 8 + body.charCodeAt(j) - 48;
        j++;
      }
      if (v > 0o377 && bad < 0) bad = i;
      out.push(v & 0xff);
      i = j;
    } else if (c === 120) {
      const h1 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : -1;
      const h2 = i + 2 < n ? hexVal(body.charCodeAt(i + 2)) : -1;
      if (h1 < 0 || h2 < 0) {
        p.raiseAt(t, t, `(value error) invalid \\x escape at position ${i - 1}`);
      }
      out.push(h1 * 16 + h2);
      i += 3;
    } else {
      if (bad < 0) bad = i;
      out.push(92);
    }
  }
  if (bad >= 0) warnInvalidEscape(p, t, body, bad);
  return Uint8Array.from(out);
}

let nameMap: Map<string, number> | null = null;

/** Decodes the front-coded name table once, on the first `\\N{...}`. */
function names(): Map<string, number> {
  if (nameMap !== null) return nameMap;
  const m = new Map<string, number>();
  let prev = '';
  let i = 0;
  while (i < NAMES.length) {
    const semi = NAMES.indexOf(';', i);
    const c = NAMES.charCodeAt(i);
    const k = c <= 57 ? c - 48 : c <= 102 ? c - 87 : c - 103 + 16;
    const comma = NAMES.lastIndexOf(',', semi);
    const name = prev.slice(0, k) + NAMES.slice(i + 1, comma);
    m.set(name, parseInt(NAMES.slice(comma + 1, semi), 16));
    prev = name;
    i = semi + 1;
  }
  return (nameMap = m);
}

const JAMO_L = ['G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C',
  'K', 'T', 'P', 'H'];
const JAMO_V = ['A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U',
  'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I'];
const JAMO_T = ['', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT',
  'LP', 'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H'];

/** The longest jamo short name at `s[pos:]`: [index, length]. */
function jamo(s: string, pos: number, table: string[]): [number, number] {
  let best = -1;
  let len = 0;
  for (let j = 0; j < table.length; j++) {
    const x = table[j];
    if (x.length >= len && s.startsWith(x, pos) && (best < 0 || x.length > len)) {
      best = j;
      len = x.length;
    }
  }
  return [best, len];
}

/**
 * The code point named `name` (case-insensitive), or -1.
 * @see Modules/unicodedata.c _getcode
 */
export function lookupName(name: string): number {
  const up = name.toUpperCase();
  if (up.startsWith('HANGUL SYLLABLE ')) {
    let pos = 16;
    const [l, ll] = jamo(up, pos, JAMO_L);
    pos += ll;
    const [v, vl] = jamo(up, pos, JAMO_V);
    pos += vl;
    const [tt, tl] = jamo(up, pos, JAMO_T);
    pos += tl;
    if (l >= 0 && v >= 0 && tt >= 0 && pos === up.length) return 0xac00 + (l * 21 + v) * 28 + tt;
    return -1;
  }
  for (const [prefix, a, b] of RANGES) {
    if (up.startsWith(prefix)) {
      const hex = up.slice(prefix.length);
      if (!/^[0-9A-F]{4,5}$/.test(hex)) continue;
      const cp = parseInt(hex, 16);
      if (cp >= a && cp <= b) return cp;
    }
  }
  return names().get(up) ?? -1;
}
