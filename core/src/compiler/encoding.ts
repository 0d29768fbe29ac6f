// Mirrors CPython 3.13's Parser/tokenizer/helpers.c (check_bom, check_coding_spec,
// get_normal_name, ensure_utf8) and Parser/tokenizer/file_tokenizer.c: turning the bytes of a
// .py file into text, the way `python3.13 file.py` does before the lexer runs.

import { CompileError, ErrorOrigin } from './errors.js';

type Codec = 'utf-8' | 'latin-1' | 'ascii' | 'other';

/**
 * Further Python codecs whose tables match a WHATWG decoder the host already has (Python name
 * after normalisation -> decoder label).
 */
const HOST_CODECS: Record<string, string> = {
  cp1250: 'windows-1250', cp1251: 'windows-1251', cp1252: 'windows-1252',
  cp1253: 'windows-1253', cp1254: 'windows-1254', cp1255: 'windows-1255',
  cp1256: 'windows-1256', cp1257: 'windows-1257', cp1258: 'windows-1258',
  windows_1250: 'windows-1250', windows_1251: 'windows-1251', windows_1252: 'windows-1252',
  koi8_r: 'koi8-r', koi8_u: 'koi8-u', iso_8859_2: 'iso-8859-2', iso8859_2: 'iso-8859-2',
  latin2: 'iso-8859-2', iso_8859_5: 'iso-8859-5', iso8859_5: 'iso-8859-5',
  iso_8859_7: 'iso-8859-7', iso8859_7: 'iso-8859-7', iso_8859_15: 'iso-8859-15',
  iso8859_15: 'iso-8859-15', latin9: 'iso-8859-15', shift_jis: 'shift_jis', sjis: 'shift_jis',
  euc_jp: 'euc-jp', gbk: 'gbk', gb2312: 'gbk', gb18030: 'gb18030', big5: 'big5',
  euc_kr: 'euc-kr',
};

/** Python codec aliases we support, after CPython's normalisation (lowercase, '-'/' ' -> '_'). */
const CODECS: Record<string, Codec> = {
  utf_8: 'utf-8', utf8: 'utf-8', u8: 'utf-8', utf: 'utf-8', cp65001: 'utf-8',
  utf8_ucs2: 'utf-8', utf8_ucs4: 'utf-8',
  latin_1: 'latin-1', latin1: 'latin-1', iso_8859_1: 'latin-1', iso8859_1: 'latin-1',
  '8859': 'latin-1', cp819: 'latin-1', latin: 'latin-1', l1: 'latin-1', iso_ir_100: 'latin-1',
  csisolatin1: 'latin-1', ibm819: 'latin-1',
  ascii: 'ascii', us_ascii: 'ascii', '646': 'ascii', ansi_x3_4_1968: 'ascii',
  ansi_x3_4_1986: 'ascii',
  ansi_x3_4_1968_: 'ascii', cp367: 'ascii', csascii: 'ascii', ibm367: 'ascii', iso646_us: 'ascii',
  iso_646_irv_1991: 'ascii', iso_ir_6: 'ascii', us: 'ascii',
};

function noLocation(msg: string): never {
  const e = new CompileError('SyntaxError', msg, '', 0, 0, 0, 0, null);
  e.hasLocation = false;
  e.origin = ErrorOrigin.TOKENIZER_STATUS;
  throw e;
}

/** CPython's shortcut names for the encodings the tokenizer decodes itself. */
function normalName(s: string): string {
  const b = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (b === 'utf-8' || b.startsWith('utf-8-')) return 'utf-8';
  if (b === 'latin-1' || b === 'iso-8859-1' || b === 'iso-latin-1' || b.startsWith('latin-1-')
    || b.startsWith('iso-8859-1-') || b.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

/**
 * The encoding named by a PEP 263 cookie in `line` (bytes decoded as latin-1), or null.
 * The cookie must sit in a comment that is alone on its line.
 * @see Parser/tokenizer/helpers.c get_coding_spec
 */
function codingSpec(line: string): string | null {
  let i = 0;
  for (; i < line.length - 6; i++) {
    const c = line[i];
    if (c === '#') break;
    if (c !== ' ' && c !== '\t' && c !== '\f') return null;
  }
  for (let j = i; j < line.length - 6; j++) {
    if (!line.startsWith('coding', j)) continue;
    let t = j + 6;
    if (line[t] !== ':' && line[t] !== '=') continue;
    do t++; while (line[t] === ' ' || line[t] === '\t');
    const begin = t;
    while (t < line.length && /[A-Za-z0-9\-_.]/.test(line[t])) t++;
    if (begin < t) return normalName(line.slice(begin, t));
  }
  return null;
}

/** Only blanks and a comment: a first line after which line 2 may still carry a cookie. */
function isBlankOrComment(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '#' || c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '\f') return false;
  }
  return true;
}

function lookupCodec(name: string): Codec | null {
  const key = name.toLowerCase().replace(/[- ]/g, '_');
  return CODECS[key] ?? null;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 if it is not one. */
function validUtf8(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let need: number;
  let min: number;
  if (c >= 0xc2 && c < 0xe0) { need = 1; min = 0x80; }
  else if (c >= 0xe0 && c < 0xf0) { need = 2; min = 0x800; }
  else if (c >= 0xf0 && c < 0xf5) { need = 3; min = 0x10000; }
  else return 0;
  let cp = c & (0x3f >> need);
  for (let k = 1; k <= need; k++) {
    const d = b[i + k];
    if (d === undefined || (d & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (d & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return need + 1;
}

function lineOf(bytes: Uint8Array, upto: number): number {
  let line = 1;
  for (let i = 0; i < upto; i++) if (bytes[i] === 10) line++;
  return line;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

// ignoreBOM keeps a U+FEFF the text itself holds (the file's own BOM is already skipped).
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Find the first bad byte of a UTF-8 source for the error (or decode with U+FFFD). */
function utf8Bad(bytes: Uint8Array, start: number, encName: string | null, filename: string)
  : string {
  for (let i = start; i < bytes.length;) {
    const k = validUtf8(bytes, i);
    if (k === 0) {
      if (encName === null) {
        const hex = bytes[i].toString(16).padStart(2, '0');
        noLocation(`Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line `
          + `${lineOf(bytes, i)}, but no encoding declared; see `
          + 'https://peps.python.org/pep-0263/ for details');
      }
      // With an explicit utf-8 cookie CPython reports the bad bytes later, from the literal
      // that holds them; we keep them as U+FFFD.
      break;
    }
    i += k;
  }
  return utf8Decoder.decode(bytes.subarray(start));
}

/**
 * Decodes the bytes of a source file as CPython 3.13 does when running a script: a UTF-8 BOM,
 * else a PEP 263 `coding` cookie on line 1 or 2, else UTF-8. Raises CPython's SyntaxErrors for
 * unknown encodings, bad bytes and NUL bytes.
 * @see Parser/tokenizer/file_tokenizer.c tok_underflow_file
 */
export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = true;
    start = 3;
  }
  // The cookie may only be on line 1, or line 2 when line 1 is blank or a comment.
  let encName: string | null = null;
  let pos = start;
  for (let ln = 0; ln < 2 && pos < bytes.length; ln++) {
    let end = bytes.indexOf(10, pos);
    end = end < 0 ? bytes.length : end + 1;
    let line = '';
    for (let i = pos; i < end; i++) line += String.fromCharCode(bytes[i]);
    const spec = codingSpec(line);
    if (spec !== null) { encName = spec; break; }
    if (!isBlankOrComment(line)) break;
    pos = end;
  }
  let codec: Codec = 'utf-8';
  let text = '';
  if (encName !== null) {
    if (bom && encName !== 'utf-8') noLocation(`encoding problem: ${encName} with BOM`);
    const c = encName === 'utf-8' ? 'utf-8' : lookupCodec(encName);
    if (c === null) {
      const label = HOST_CODECS[encName.toLowerCase().replace(/[- ]/g, '_')];
      if (label === undefined) noLocation(`encoding problem: ${encName}`);
      try {
        text = label === 'windows-1252' ? cp1252(bytes, start)
          : new TextDecoder(label, { fatal: true }).decode(bytes.subarray(start));
        // WHATWG's windows-125x turn Python's undefined bytes into C1 controls.
        if (label.startsWith('windows-') && /[\x80-\x9f]/.test(text)) throw new Error();
      } catch {
        noLocation(`encoding problem: ${encName}`);
      }
      codec = 'other';
    } else {
      codec = c;
    }
  }
  if (codec === 'other') {
    // decoded above
  } else if (codec === 'utf-8') {
    // The host's strict decoder accepts exactly the well-formed UTF-8 CPython accepts (no
    // surrogates, no overlong forms), so the byte-by-byte walk below only runs to find where
    // a bad file goes wrong.
    try {
      text = utf8Strict.decode(bytes.subarray(start));
    } catch {
      text = utf8Bad(bytes, start, encName, filename);
    }
  } else if (codec === 'ascii') {
    for (let i = start; i < bytes.length; i++) {
      if (bytes[i] >= 0x80) {
        // CPython names the codec error but, decoding lazily, has no location for it.
        noLocation(`encoding problem: ascii`);
      }
    }
    text = latin1(bytes, start);
  } else {
    text = latin1(bytes, start);
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const ls = text.lastIndexOf('\n', nul) + 1;
    let lineno = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) lineno++;
    throw new CompileError('SyntaxError', 'source code cannot contain null bytes', filename,
      lineno, 0, lineno, 0, text.slice(ls, nul));
  }
  return text;
}

/** Python's cp1252 for 0x80-0x9F (0: undefined); Node decodes `windows-1252` as latin-1. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function cp1252(bytes: Uint8Array, start: number): string {
  const text = latin1(bytes, start);
  return text.replace(/[\x80-\x9f]/g, (ch) => {
    const cp = CP1252_HIGH[ch.charCodeAt(0) - 0x80];
    if (cp === 0) throw new Error('undefined cp1252 byte');
    return String.fromCharCode(cp);
  });
}

function latin1(bytes: Uint8Array, start: number): string {
  let out = '';
  const CH = 8192;
  for (let i = start; i < bytes.length; i += CH) {
    out += String.fromCharCode.apply(null,
      Array.from(bytes.subarray(i, Math.min(i + CH, bytes.length))));
  }
  return out;
}
