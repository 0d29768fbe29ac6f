// Mirrors the shared half of Objects/bytes_methods.c that bytes (and, in CPython, bytearray)
// expose as a static method: maketrans, which builds the 256-byte table bytes.translate reads.

import { PyObject, typeName } from '@ceval/core/object';
import { PyBytes, PyBytes_Type, newBytes } from '@ceval/core/objects/bytesobject';
import { PyExc_TypeError, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { bytesLikeValue } from '@ceval/core/objects/pybuffer';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction } from '@ceval/core/runtime/methodobject';

function buffer(o: PyObject): Uint8Array {
  const v = bytesLikeValue(o);
  if (v !== null) return v;
  throw raiseNew(PyExc_TypeError,
    `a bytes-like object is required, not '${typeName(o.ob_type)}'`);
}

/**
 * bytes.maketrans(frm, to): the identity table 0..255 with each byte of `frm` replaced by the
 * byte of `to` at the same position (a later repeat of a byte in `frm` wins).
 * @see Objects/bytes_methods.c _Py_bytes_maketrans
 */
export function bytesMaketrans(frm: PyObject, to: PyObject): PyBytes {
  const a = buffer(frm);
  const b = buffer(to);
  if (a.length !== b.length) {
    throw raiseNew(PyExc_ValueError, 'maketrans arguments must have same length');
  }
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < a.length; i++) table[a[i]] = b[i];
  return newBytes(table);
}

/**
 * The static method as bytes' dict holds it: positional only, exactly two arguments.
 * (A staticmethod in CPython; reached through the class or an instance, it is the same
 * builtin, which prints as a method of the type object.)
 * @see Objects/clinic/bytesobject.c.h bytes_maketrans
 */
export function bytesMaketransMethod(): PyCFunction {
  return new PyCFunction('maketrans', (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw raiseNew(PyExc_TypeError, 'bytes.maketrans() takes no keyword arguments');
    }
    if (args.length !== 2) {
      throw raiseNew(PyExc_TypeError, `maketrans expected 2 arguments, got ${args.length}`);
    }
    return bytesMaketrans(args[0], args[1]);
  }, PyBytes_Type);
}
