// Mirrors Modules/_struct.c: packing values into bytes by a format string ("<hhl", "@3sxq"),
// with native sizes and alignment for '@' (x86-64 Linux) and standard sizes for '<>!=';
// the Struct type, pack/unpack/calcsize/pack_into/unpack_from/iter_unpack and `struct.error`,
// with CPython's messages.

import { PyObject, PyTypeObject, newStaticType, typeName, Py_TPFLAGS_BASETYPE } from '@ceval/core/object';
import { PyLong, newInt } from '@ceval/core/objects/longobject';
import { PyFloat, newFloat } from '@ceval/core/objects/floatobject';
import { PyBytes, newBytes } from '@ceval/core/objects/bytesobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { reprString } from '@ceval/core/objects/objectcore';
import {
  newExceptionMsg, newExceptionType, PyExc_Exception, PyExc_TypeError, PyExc_OverflowError,
} from '@ceval/core/objects/exceptions';
import type { Interpreter } from '@ceval/core/interpreter';
import type { PyModule } from '@ceval/core/runtime/moduleobject';
import { newModule, asDouble, positional } from './_clinic.js';
import { numberIndex } from '@ceval/lecture-04/abstract';

/** `struct.error`. */
export const StructError = newExceptionType('struct.error', PyExc_Exception);

function err(msg: string): never {
  throw newExceptionMsg(StructError, msg);
}

/** One code of a format: its letter, repeat count, size and offset. */
interface Code { c: string; n: number; size: number; offset: number }

interface Format { codes: Code[]; size: number; items: number; little: boolean; native: boolean }

const NATIVE: Record<string, [number, number]> = {
  x: [1, 1], c: [1, 1], b: [1, 1], B: [1, 1], '?': [1, 1], h: [2, 2], H: [2, 2], i: [4, 4],
  I: [4, 4], l: [8, 8], L: [8, 8], q: [8, 8], Q: [8, 8], n: [8, 8], N: [8, 8], e: [2, 2],
  f: [4, 4], d: [8, 8], s: [1, 1], p: [1, 1], P: [8, 8],
};
const STANDARD: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4,
  d: 8, s: 1, p: 1,
};

const cache = new Map<string, Format>();

/** Parse a format. @see _struct.c prepare_s */
function parseFormat(fmt: string): Format {
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit;
  let i = 0;
  let little = true;
  let native = true;
  const first = fmt[0];
  if (first === '<' || first === '=') { native = false; i = 1; } else if (first === '>' || first === '!') {
    native = false;
    little = false;
    i = 1;
  } else if (first === '@') {
    i = 1;
  }
  const codes: Code[] = [];
  let size = 0;
  let items = 0;
  while (i < fmt.length) {
    let c = fmt[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f') { i++; continue; }
    let n = 1;
    if (c >= '0' && c <= '9') {
      let s = '';
      while (i < fmt.length && fmt[i] >= '0' && fmt[i] <= '9') s += fmt[i++];
      if (i >= fmt.length) err('repeat count given without format specifier');
      n = Number(s);
      c = fmt[i];
    }
    const nat = NATIVE[c];
    const std = STANDARD[c];
    if ((native ? nat : std) === undefined) err('bad char in struct format');
    const csize = native ? nat[0] : std;
    if (native) {
      const align = nat[1];
      size = Math.ceil(size / align) * align;
    }
    codes.push({ c, n, size: csize, offset: size });
    if (c === 's' || c === 'p') {
      size += n;
      items += 1;
    } else {
      size += csize * n;
      if (c !== 'x') items += n;
    }
    i++;
  }
  const f = { codes, size, items, little, native };
  if (cache.size > 100) cache.clear();
  cache.set(fmt, f);
  return f;
}

function integerRange(c: string, size: number, native: boolean): [bigint, bigint] {
  const unsigned = c === c.toUpperCase() && c !== '?' || c === 'P';
  const bits = BigInt(size * 8);
  void native;
  return unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/** An integer argument: __index__, else "required argument is not an integer". */
function intArg(o: PyObject): bigint {
  if (o instanceof PyLong) return BigInt(o.value);
  if (o instanceof PyFloat || o instanceof PyUnicode || o instanceof PyBytes) {
    err('required argument is not an integer');
  }
  try {
    return BigInt(numberIndex(o).value);
  } catch {
    err('required argument is not an integer');
  }
}

/** IEEE 754 half precision, rounded half-even. @see Objects/floatobject.c PyFloat_Pack2 */
function packHalf(x: number): number {
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const ax = Math.abs(x);
  if (Number.isNaN(x)) return 0x7e00 | sign;
  if (ax === Infinity) return 0x7c00 | sign;
  if (ax >= 65520) throw newExceptionMsg(PyExc_OverflowError, 'float too large to pack with e format');
  if (ax < 2 ** -14) {
    // Subnormal: units of 2**-24, rounded half-even.
    const q = roundHalfEven(ax * 2 ** 24);
    return sign | q;
  }
  let e = Math.floor(Math.log2(ax));
  if (2 ** e > ax) e--;
  if (2 ** (e + 1) <= ax) e++;
  let m = roundHalfEven((ax / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) throw newExceptionMsg(PyExc_OverflowError, 'float too large to pack with e format');
  return sign | ((e + 15) << 10) | m;
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function unpackHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

/** Pack `args` by `f` into `out` at `base`. @see _struct.c s_pack_internal */
function packInto(interp: Interpreter, f: Format, args: PyObject[], out: Uint8Array, base: number): void {
  if (args.length !== f.items) err(`pack expected ${f.items} items for packing (got ${args.length})`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let a = 0;
  for (const code of f.codes) {
    let off = base + code.offset;
    if (code.c === 's' || code.c === 'p') {
      const v = args[a++];
      if (!(v instanceof PyBytes)) err(`argument for '${code.c}' must be a bytes object`);
      const data = v.value;
      if (code.c === 's') {
        out.set(data.subarray(0, code.n), off);
      } else if (code.n > 0) {
        const len = Math.min(data.length, code.n - 1, 255);
        out[off] = len;
        out.set(data.subarray(0, len), off + 1);
      }
      continue;
    }
    for (let k = 0; k < code.n; k++, off += code.size) {
      if (code.c === 'x') { out[off] = 0; continue; }
      const v = args[a++];
      switch (code.c) {
        case 'c':
          if (!(v instanceof PyBytes) || v.value.length !== 1) {
            err('char format requires a bytes object of length 1');
          }
          out[off] = v.value[0];
          break;
        case '?': out[off] = interp.hooks.isTrue(v) ? 1 : 0; break;
        case 'e': case 'f': case 'd': {
          if (!(v instanceof PyFloat) && !(v instanceof PyLong)) {
            const t = typeName(v.ob_type);
            void t;
            let x: number;
            try { x = asDouble(v); } catch { err('required argument is not a float'); }
            writeFloat(view, off, code, x, f);
            break;
          }
          writeFloat(view, off, code, asDouble(v), f);
          break;
        }
        default: {
          let x = intArg(v);
          if (code.c === 'P') x = BigInt.asUintN(64, x);
          const [lo, hi] = integerRange(code.c, code.size, f.native);
          if (x < lo || x > hi) {
            err(`'${code.c}' format requires ${lo} <= number <= ${hi}`);
          }
          let u = BigInt.asUintN(code.size * 8, x);
          for (let b = 0; b < code.size; b++) {
            out[off + (f.little ? b : code.size - 1 - b)] = Number(u & 0xffn);
            u >>= 8n;
          }
        }
      }
    }
  }
}

function writeFloat(view: DataView, off: number, code: Code, x: number, f: Format): void {
  if (code.c === 'd') { view.setFloat64(off, x, f.little); return; }
  if (code.c === 'e') { view.setUint16(off, packHalf(x), f.little); return; }
  // Standard 'f' refuses to round a finite double up to infinity; native 'f' is a C cast.
  if (!f.native && Number.isFinite(x) && !Number.isFinite(Math.fround(x))) {
    throw newExceptionMsg(PyExc_OverflowError, 'float too large to pack with f format');
  }
  view.setFloat32(off, x, f.little);
}

/** Unpack `data` at `base` by `f`. @see _struct.c s_unpack_internal */
function unpackFrom(f: Format, data: Uint8Array, base: number): PyObject[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out: PyObject[] = [];
  for (const code of f.codes) {
    let off = base + code.offset;
    if (code.c === 's') { out.push(newBytes(data.slice(off, off + code.n))); continue; }
    if (code.c === 'p') {
      const len = code.n === 0 ? 0 : Math.min(data[off], code.n - 1);
      out.push(newBytes(data.slice(off + 1, off + 1 + len)));
      continue;
    }
    for (let k = 0; k < code.n; k++, off += code.size) {
      switch (code.c) {
        case 'x': break;
        case 'c': out.push(newBytes(data.slice(off, off + 1))); break;
        case '?': out.push(data[off] !== 0 ? Py_True : Py_False); break;
        case 'e': out.push(newFloat(unpackHalf(view.getUint16(off, f.little)))); break;
        case 'f': out.push(newFloat(view.getFloat32(off, f.little))); break;
        case 'd': out.push(newFloat(view.getFloat64(off, f.little))); break;
        default: {
          let u = 0n;
          for (let b = code.size - 1; b >= 0; b--) {
            u = (u << 8n) | BigInt(data[off + (f.little ? b : code.size - 1 - b)]);
          }
          const unsigned = integerRange(code.c, code.size, f.native)[0] === 0n;
          const v = unsigned ? u : BigInt.asIntN(code.size * 8, u);
          out.push(newInt(v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v));
        }
      }
    }
  }
  return out;
}

function formatText(o: PyObject, fname: string): string {
  if (o instanceof PyUnicode) return o.value;
  if (o instanceof PyBytes) return new TextDecoder('latin1').decode(o.value);
  throw newExceptionMsg(PyExc_TypeError,
    `${fname}() argument 1 must be a str or bytes object, not ${typeName(o.ob_type)}`);
}

function bytesArg(o: PyObject): Uint8Array {
  if (o instanceof PyBytes) return o.value;
  throw newExceptionMsg(PyExc_TypeError, `a bytes-like object is required, not '${typeName(o.ob_type)}'`);
}

/**
 * pack_into writes into a writable buffer; ceval has no bytearray or memoryview yet, so every
 * buffer it can be given is read-only, and CPython's answer for those is this TypeError.
 */
function packIntoBuffer(buf: PyObject | undefined): never {
  const t = buf === undefined ? 'NoneType' : typeName(buf.ob_type);
  throw newExceptionMsg(PyExc_TypeError, `argument must be read-write bytes-like object, not ${t}`);
}

/** `_struct.unpack_iterator`. @see _struct.c unpackiter_type */
const PyUnpackIter_Type = newStaticType('_struct.unpack_iterator');

class PyUnpackIter extends PyObject {
  pos = 0;
  constructor(readonly f: Format, readonly data: Uint8Array) {
    super(PyUnpackIter_Type);
  }
}
PyUnpackIter_Type.tp_iter = (o) => o;
PyUnpackIter_Type.tp_iternext = (o) => {
  const it = o as PyUnpackIter;
  if (it.pos + it.f.size > it.data.length) return null;
  const r = newTuple(unpackFrom(it.f, it.data, it.pos));
  it.pos += it.f.size;
  return r;
};

function iterUnpack(f: Format, buf: PyObject): PyObject {
  const data = bytesArg(buf);
  if (f.size === 0) err('cannot iteratively unpack with a struct of length 0');
  if (data.length % f.size !== 0) {
    err(`iterative unpacking requires a buffer of a multiple of ${f.size} bytes`);
  }
  return new PyUnpackIter(f, data);
}

/** `struct.Struct`. @see _struct.c PyStructType */
export const PyStruct_Type: PyTypeObject = newStaticType('_struct.Struct', undefined, Py_TPFLAGS_BASETYPE);

class PyStructObject extends PyObject {
  constructor(type: PyTypeObject, readonly fmt: PyObject, readonly f: Format) {
    super(type);
  }
}

/** Build `_struct`. @see Modules/_struct.c _structmodule_exec */
export function makeStructModule(interp: Interpreter): PyModule {
  const pack = (f: Format, args: PyObject[]): PyObject => {
    const out = new Uint8Array(f.size);
    packInto(interp, f, args, out, 0);
    return newBytes(out);
  };
  const unpack = (f: Format, o: PyObject): PyObject => {
    const data = bytesArg(o);
    if (data.length !== f.size) err(`unpack requires a buffer of ${f.size} bytes`);
    return newTuple(unpackFrom(f, data, 0));
  };
  PyStruct_Type.tp_new = (type, args) => {
    if (args.length !== 1) {
      throw newExceptionMsg(PyExc_TypeError, `Struct() takes exactly 1 argument (${args.length} given)`);
    }
    const text = formatText(args[0], 'Struct');
    return new PyStructObject(type, args[0] instanceof PyBytes ? args[0] : newStr(text), parseFormat(text));
  };
  PyStruct_Type.tp_repr = (o) => newStr(`Struct(${reprString((o as PyStructObject).fmt)})`);
  PyStruct_Type.tp_members = [
    { name: 'format', get: (o) => {
      const f = (o as PyStructObject).fmt;
      return f instanceof PyBytes ? newStr(new TextDecoder('latin1').decode(f.value)) : f;
    }, set: null },
    { name: 'size', get: (o) => newInt((o as PyStructObject).f.size), set: null },
  ];
  PyStruct_Type.tp_methods = [
    { ml_name: 'pack', ml_meth: (s, a) => pack((s as PyStructObject).f, a) },
    { ml_name: 'unpack', ml_meth: (s, a) => unpack((s as PyStructObject).f, a[0]) },
    { ml_name: 'pack_into', ml_meth: (_s, a) => packIntoBuffer(a[0]) },
    { ml_name: 'iter_unpack', ml_meth: (s, a) => iterUnpack((s as PyStructObject).f, a[0]) },
    { ml_name: 'unpack_from', ml_meth: (s, a) => newTuple(unpackAt((s as PyStructObject).f, a[0], a[1])) },
  ];
  const unpackAt = (f: Format, buf: PyObject, offObj: PyObject | undefined): PyObject[] => {
    const data = bytesArg(buf);
    let off = offObj === undefined ? 0 : Number(intArg(offObj));
    if (off < 0) {
      if (off + data.length < 0) err(`offset ${off} out of range for ${data.length}-byte buffer`);
      off += data.length;
    }
    if (data.length - off < f.size) {
      if (off > data.length) err(`offset ${off} out of range for ${data.length}-byte buffer`);
      err(`unpack_from requires a buffer of at least ${f.size + off} bytes for unpacking `
        + `${f.size} bytes at offset ${off} (actual buffer size is ${data.length})`);
    }
    return unpackFrom(f, data, off);
  };
  const fmtOf = (o: PyObject | undefined, fname: string): Format => {
    if (o instanceof PyStructObject) return o.f;
    return parseFormat(formatText(o ?? Py_None, fname));
  };
  return newModule('_struct', (def, m) => {
    def('pack', (a, k) => {
      if (a.length === 0) throw newExceptionMsg(PyExc_TypeError, 'missing format argument');
      void k;
      return pack(fmtOf(a[0], 'pack'), a.slice(1));
    });
    def('unpack', (a, k) => {
      positional('unpack', 'unpack', a, k, 2, 2);
      return unpack(fmtOf(a[0], 'unpack'), a[1]);
    });
    def('unpack_from', (a, k) => {
      const names = k ?? [];
      const pos = a.slice(0, a.length - names.length);
      const offIdx = names.indexOf('offset');
      const bufIdx = names.indexOf('buffer');
      const buf = bufIdx >= 0 ? a[pos.length + bufIdx] : pos[1];
      const off = offIdx >= 0 ? a[pos.length + offIdx] : pos[2];
      return newTuple(unpackAt(fmtOf(pos[0], 'unpack_from'), buf, off));
    });
    def('calcsize', (a, k) => {
      positional('calcsize', 'calcsize', a, k, 1, 1);
      return newInt(fmtOf(a[0], 'calcsize').size);
    });
    def('pack_into', (a) => packIntoBuffer(a[1]));
    def('iter_unpack', (a, k) => {
      positional('iter_unpack', 'iter_unpack', a, k, 2, 2);
      return iterUnpack(fmtOf(a[0], 'iter_unpack'), a[1]);
    });
    def('_clearcache', () => { cache.clear(); return Py_None; });
    m.dict.setItemStr('Struct', PyStruct_Type);
    m.dict.setItemStr('error', StructError);
  });
}
