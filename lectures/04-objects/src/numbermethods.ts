// The number types' remaining methods, the ones dir() names beside the slot wrappers: int's
// __trunc__/__floor__/__ceil__/__round__ (Objects/longobject.c int___round___impl & co),
// the pickling helpers __getnewargs__, float.__getformat__ and complex.__complex__
// (Objects/floatobject.c, Objects/complexobject.c).

import { PyObject, typeName, type PyMethodDef } from '@ceval/core/object';
import { PyLong, newInt, PyLong_Check } from '@ceval/core/objects/longobject';
import { PyFloat, newFloat } from '@ceval/core/objects/floatobject';
import { PyComplex, newComplex } from '@ceval/core/objects/complexobject';
import { PyUnicode, newStr } from '@ceval/core/objects/unicodeobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { PyExc_TypeError, PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { PyFloat_Type } from '@ceval/core/objects/floatobject';
import { roundInt } from './bltinmodule.js';

/** METH_NOARGS: "int.__trunc__() takes no arguments (1 given)". */
function noArgs(qualname: string, meth: (self: PyObject) => PyObject): PyMethodDef['ml_meth'] {
  return (self, args) => {
    if (args.length !== 0) {
      throw raiseNew(PyExc_TypeError, `${qualname}() takes no arguments (${args.length} given)`);
    }
    return meth(self);
  };
}

/** An int subclass's value as an exact int: what int's rounding methods return. */
const asExactInt = (self: PyObject): PyObject => newInt((self as PyLong).value);

/**
 * int.__round__(ndigits=None): round half to even at 10**-ndigits.
 * @see Objects/longobject.c int___round___impl
 */
function intRound(self: PyObject, args: PyObject[]): PyObject {
  if (args.length > 1) {
    throw raiseNew(PyExc_TypeError, `__round__ expected at most 1 argument, got ${args.length}`);
  }
  const nd = args[0];
  if (nd === undefined) return asExactInt(self);
  if (!PyLong_Check(nd)) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(nd.ob_type)}' object cannot be interpreted as an integer`);
  }
  return roundInt(self as PyLong, nd);
}

/** The methods int's dict holds besides lecture 04's others. */
export const intExtraMethods: PyMethodDef[] = [
  { ml_name: '__trunc__', ml_meth: noArgs('int.__trunc__', asExactInt) },
  { ml_name: '__floor__', ml_meth: noArgs('int.__floor__', asExactInt) },
  { ml_name: '__ceil__', ml_meth: noArgs('int.__ceil__', asExactInt) },
  { ml_name: '__round__', ml_meth: intRound },
  { ml_name: '__getnewargs__',
    ml_meth: noArgs('int.__getnewargs__', (s) => newTuple([asExactInt(s)])) },
];

export const floatExtraMethods: PyMethodDef[] = [
  { ml_name: '__getnewargs__',
    ml_meth: noArgs('float.__getnewargs__', (s) => newTuple([newFloat((s as PyFloat).value)])) },
];

/**
 * float.__getformat__(typestr), a class method: how this machine stores doubles.
 * @see Objects/floatobject.c float___getformat___impl
 */
export const floatGetFormat = new PyCFunction('__getformat__', (args) => {
  const t = args[0];
  if (args.length !== 1) {
    throw raiseNew(PyExc_TypeError,
      `float.__getformat__() takes exactly one argument (${args.length} given)`);
  }
  if (!(t instanceof PyUnicode)) {
    throw raiseNew(PyExc_TypeError,
      `__getformat__() argument must be str, not ${typeName(t.ob_type)}`);
  }
  if (t.value !== 'double' && t.value !== 'float') {
    throw raiseNew(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return newStr('IEEE, little-endian');
}, PyFloat_Type);

export const complexExtraMethods: PyMethodDef[] = [
  { ml_name: '__complex__', ml_meth: noArgs('complex.__complex__', (s) =>
    newComplex((s as PyComplex).real, (s as PyComplex).imag)) },
  { ml_name: '__getnewargs__', ml_meth: noArgs('complex.__getnewargs__', (s) =>
    newTuple([newFloat((s as PyComplex).real), newFloat((s as PyComplex).imag)])) },
];
