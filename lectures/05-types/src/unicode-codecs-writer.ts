// Mirrors _PyBytesWriter of Objects/bytesobject.c and _PyUnicodeWriter of
// Objects/unicodeobject.c: the growing buffers encoders and decoders (and str's case
// methods) write into, and conversions between a str's JS text and its code points.

/** An output buffer that doubles when full. @see Objects/bytesobject.c _PyBytesWriter */
export class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(hint: number) {
    this.buf = new Uint8Array(Math.max(16, hint));
  }

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b;
  }

  bytes(b: ArrayLike<number>): void {
    this.room(b.length);
    for (let i = 0; i < b.length; i++) this.buf[this.len++] = b[i];
  }

  /** Text known to be ASCII (escapes, '?', character references). */
  ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }

  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/**
 * A str under construction, as UTF-16 units (which is what a JS string is). Writing units
 * into a typed array and making the string once is much faster than adding a string per
 * character. @see Objects/unicodeobject.c _PyUnicodeWriter
 */
export class UnitWriter {
  buf: Uint16Array;
  len = 0;
  /** Has any surrogate unit been written? Then TextDecoder could not be trusted. */
  surrogates = false;
  constructor(hint: number) {
    this.buf = new Uint16Array(Math.max(16, hint));
  }

  private grow(n: number): void {
    const b = new Uint16Array(Math.max(this.buf.length * 2, this.len + n));
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  unit(u: number): void {
    if (this.len === this.buf.length) this.grow(1);
    if ((u & 0xf800) === 0xd800) this.surrogates = true;
    this.buf[this.len++] = u;
  }

  /** One code point, as a surrogate pair when it is astral. */
  char(c: number): void {
    if (c < 0x10000) { this.unit(c); return; }
    this.unit(0xd800 + ((c - 0x10000) >> 10));
    this.unit(0xdc00 + ((c - 0x10000) & 0x3ff));
  }

  str(s: string): void {
    for (let i = 0; i < s.length; i++) this.unit(s.charCodeAt(i));
  }

  result(): string {
    const n = this.len;
    if (n <= 32) {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(this.buf[i]);
      return s;
    }
    // The host's UTF-16 decoder is the fast way to make a long string, but it would
    // replace a lone surrogate with U+FFFD, so only text without surrogates takes it.
    if (!this.surrogates) return UTF16LE.decode(this.buf.subarray(0, n));
    let s = '';
    for (let i = 0; i < n; i += 8192) {
      s += String.fromCharCode.apply(null,
        this.buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
    }
    return s;
  }
}

const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * The code points of a str. ceval keeps a str as JS text, astral characters as surrogate
 * pairs; a lone surrogate (what surrogateescape decodes to) stays a lone unit, so it comes
 * back here as its own code point, as in CPython.
 */
export function codePoints(s: string): Uint32Array {
  const out = new Uint32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out[n++] = c;
    if (c > 0xffff) i++;
  }
  return n === s.length ? out : out.slice(0, n);
}

/** Latin-1 text of a byte range: each byte is the code point of the same number. */
export function latin1Text(v: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null,
      v.subarray(i, Math.min(end, i + 8192)) as unknown as number[]);
  }
  return s;
}

/** Is every character of s below limit (0x80 for ASCII, 0x100 for Latin-1)? */
export function allBelow(s: string, limit: number): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= limit) return false;
  return true;
}
