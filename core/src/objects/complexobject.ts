// Mirrors Objects/complexobject.c: the complex type's identity, layout, repr and hash.
// Arithmetic slots are filled by lecture 04.

import { PyObject, PyTypeObject, newStaticType, Py_TPFLAGS_BASETYPE, Py_HashPointer,
  PyObject_TypeCheck } from '../object.js';
import type { PyHash } from '../object.js';
import { doubleHash, PyHASH_IMAG, hashLo, hashHi, mul64, add64, u64, hashFromParts }
  from './pyhash.js';
import { floatRepr, layoutShort } from './floatrepr.js';
import { newStr } from './unicodeobject.js';

/** A complex number: two doubles. @see Include/cpython/complexobject.h PyComplexObject */
export class PyComplex extends PyObject {
  declare real: number;
  declare imag: number;
  constructor(real: number, imag: number, type: PyTypeObject = PyComplex_Type) {
    super(type);
    this.real = real;
    this.imag = imag;
  }
}

/** `complex`. @see Objects/complexobject.c PyComplex_Type */
export const PyComplex_Type: PyTypeObject = newStaticType('complex', undefined,
  Py_TPFLAGS_BASETYPE);

/** `PyComplex_FromDoubles`. */
export function newComplex(real: number, imag: number): PyComplex {
  return new PyComplex(real, imag);
}

/** `PyComplex_Check`. */
export function PyComplex_Check(o: PyObject): boolean {
  return o.ob_type === PyComplex_Type || PyObject_TypeCheck(o, PyComplex_Type);
}

// complex's repr uses 'r' digits but no ".0" on integral parts: (1+2j), not (1.0+2.0j).
function partRepr(v: number): string {
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const e = v.toExponential();
  const neg = v < 0;
  const ePos = e.indexOf('e');
  const mant = e.slice(neg ? 1 : 0, ePos);
  const digits = mant.length > 1 ? mant[0] + mant.slice(2) : mant;
  return (neg ? '-' : '') + layoutShort(digits, Number(e.slice(ePos + 1)), false);
}
void floatRepr;

/**
 * `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`: the real part is left out only when it is +0.
 * @see Objects/complexobject.c complex_repr
 */
export function complexRepr(o: PyObject): string {
  const c = o as PyComplex;
  if (c.real === 0 && !Object.is(c.real, -0)) return partRepr(c.imag) + 'j';
  const re = partRepr(c.real);
  let im = partRepr(c.imag);
  // The imaginary part always carries a sign; nan/inf get '+' unless negative.
  if (im[0] !== '-') im = '+' + im;
  return '(' + re + im + 'j)';
}

/**
 * hash(real) + 1000003 * hash(imag), in wrapping unsigned 64-bit arithmetic.
 * @see Objects/complexobject.c complex_hash
 */
export function complexHash(o: PyObject): PyHash {
  const c = o as PyComplex;
  const id = c.real !== c.real || c.imag !== c.imag ? Py_HashPointer(o) : 0;
  const hr = doubleHash(c.real, id), hi = doubleHash(c.imag, id);
  mul64(hashHi(hi), hashLo(hi), 0, PyHASH_IMAG);
  add64(hashHi(hr), hashLo(hr), u64.hi, u64.lo);
  let lo = u64.lo, h = u64.hi;
  if (lo === -1 && h === -1) { lo = -2; }
  return hashFromParts(lo, h);
}

PyComplex_Type.tp_repr = (o) => newStr(complexRepr(o));
PyComplex_Type.tp_hash = complexHash;
