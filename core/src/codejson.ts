// `ceval --code-json`: a line-per-code-object JSON dump of everything the compiler decides
// (bytes, constants, names, tables), the format tools/oracle/code_json.py prints for CPython.
// No CPython twin: it is our test oracle's wire format, byte-compatible with json.dumps.

import type { PyObject } from './object.js';
import { codeView, reprConst, type DisCode } from './dis-code.js';

const HEX = '0123456789abcdef';

/** `bytes.hex()`. */
export function hex(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
  return s;
}

/**
 * A JSON string literal exactly as Python's json.dumps writes it with ensure_ascii: short
 * escapes for \" \\ \n \r \t \b \f, and \uXXXX for other controls, DEL and every non-ASCII unit
 * (astral characters as their surrogate pair, lone surrogates as themselves).
 * @see Lib/json/encoder.py py_encode_basestring_ascii
 */
export function pyJsonString(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i);
    start = i + 1;
    switch (c) {
      case 0x22: out += '\\"'; break;
      case 0x5c: out += '\\\\'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      case 0x09: out += '\\t'; break;
      case 0x08: out += '\\b'; break;
      case 0x0c: out += '\\f'; break;
      default:
        // Everything outside ' '..'~' (DEL included) becomes \uXXXX.
        out += '\\u' + c.toString(16).padStart(4, '0');
    }
  }
  return out + s.slice(start) + '"';
}

function strList(items: readonly string[]): string {
  return '[' + items.map(pyJsonString).join(', ') + ']';
}

function constText(c: PyObject): string {
  const inner = codeView(c, true);
  return inner ? `<code ${inner.co_qualname}>` : reprConst(c);
}

/** The JSON line of one code object (without the newline). */
export function codeJsonLine(co: DisCode): string {
  return '{' + [
    `"qualname": ${pyJsonString(co.co_qualname)}`,
    `"firstlineno": ${co.co_firstlineno}`,
    `"flags": ${co.co_flags}`,
    `"argcount": ${co.co_argcount}`,
    `"posonlyargcount": ${co.co_posonlyargcount}`,
    `"kwonlyargcount": ${co.co_kwonlyargcount}`,
    `"stacksize": ${co.co_stacksize}`,
    `"code": "${hex(co.co_code)}"`,
    `"consts": ${strList(co.co_consts.map(constText))}`,
    `"names": ${strList(co.co_names)}`,
    `"varnames": ${strList(co.co_varnames)}`,
    `"cellvars": ${strList(co.co_cellvars)}`,
    `"freevars": ${strList(co.co_freevars)}`,
    `"linetable": "${hex(co.co_linetable)}"`,
    `"exceptiontable": "${hex(co.co_exceptiontable)}"`,
  ].join(', ') + '}';
}

/**
 * The whole dump: one line per code object, depth first in co_consts order from `code`.
 * @see tools/oracle/code_json.py code_json_lines
 */
export function codeJson(code: PyObject | DisCode): string {
  const lines: string[] = [];
  const walk = (co: DisCode) => {
    lines.push(codeJsonLine(co));
    for (const c of co.co_consts) {
      const inner = codeView(c, true);
      if (inner) walk(inner);
    }
  };
  walk(codeView(code));
  return lines.map((l) => l + '\n').join('');
}
