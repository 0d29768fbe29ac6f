// The `__future__` module. In CPython it is a plain Python file (Lib/__future__.py) that
// only *describes* the features: the compiler itself recognises `from __future__ import x`
// at the top of a module (Python/future.c, our compiler/index.ts futureParse) and sets the
// code flags. At run time the statement is still an ordinary import, so the module must
// exist, with a `_Feature` record per feature. ceval carries no stdlib files, so it is built in.

import { PyObject, newStaticType } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newInt } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import { reprString } from '../objects/objectcore.js';
import type { Interpreter } from '../interpreter.js';
import { PyModule } from './moduleobject.js';
import { newList } from './listobject.js';

/** `__future__._Feature`: when a feature arrived, when it became the default, its flag. */
export const PyFeature_Type = newStaticType('__future__._Feature');

class PyFeature extends PyObject {
  constructor(readonly optional: PyObject, readonly mandatory: PyObject,
    readonly compilerFlag: number) {
    super(PyFeature_Type);
  }
}

PyFeature_Type.tp_repr = (o) => {
  const f = o as PyFeature;
  return newStr(`_Feature(${reprString(f.optional)}, ${reprString(f.mandatory)}, `
    + `${f.compilerFlag})`);
};
PyFeature_Type.tp_members = [
  { name: 'optional', get: (o) => (o as PyFeature).optional, set: null },
  { name: 'mandatory', get: (o) => (o as PyFeature).mandatory, set: null },
  { name: 'compiler_flag', get: (o) => newInt((o as PyFeature).compilerFlag), set: null },
];
PyFeature_Type.tp_methods = [
  { ml_name: 'getOptionalRelease', ml_meth: (self) => (self as PyFeature).optional },
  { ml_name: 'getMandatoryRelease', ml_meth: (self) => (self as PyFeature).mandatory },
];

type Release = [number, number, number, string, number];

// name, optional release, mandatory release (null: not yet decided), the CO_* flag name and
// value, as Lib/__future__.py of 3.13 lists them.
const FEATURES: [string, Release, Release | null, string, number][] = [
  ['nested_scopes', [2, 1, 0, 'beta', 1], [2, 2, 0, 'alpha', 0], 'CO_NESTED', 0x0010],
  ['generators', [2, 2, 0, 'alpha', 1], [2, 3, 0, 'final', 0], 'CO_GENERATOR_ALLOWED', 0],
  ['division', [2, 2, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0], 'CO_FUTURE_DIVISION', 0x20000],
  ['absolute_import', [2, 5, 0, 'alpha', 1], [3, 0, 0, 'alpha', 0],
    'CO_FUTURE_ABSOLUTE_IMPORT', 0x40000],
  ['with_statement', [2, 5, 0, 'alpha', 1], [2, 6, 0, 'alpha', 0],
    'CO_FUTURE_WITH_STATEMENT', 0x80000],
  ['print_function', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0],
    'CO_FUTURE_PRINT_FUNCTION', 0x100000],
  ['unicode_literals', [2, 6, 0, 'alpha', 2], [3, 0, 0, 'alpha', 0],
    'CO_FUTURE_UNICODE_LITERALS', 0x200000],
  ['barry_as_FLUFL', [3, 1, 0, 'alpha', 2], [4, 0, 0, 'alpha', 0],
    'CO_FUTURE_BARRY_AS_BDFL', 0x400000],
  ['generator_stop', [3, 5, 0, 'beta', 1], [3, 7, 0, 'alpha', 0],
    'CO_FUTURE_GENERATOR_STOP', 0x800000],
  ['annotations', [3, 7, 0, 'beta', 1], null, 'CO_FUTURE_ANNOTATIONS', 0x1000000],
];

function release(r: Release | null): PyObject {
  if (r === null) return Py_None;
  return newTuple([newInt(r[0]), newInt(r[1]), newInt(r[2]), newStr(r[3]), newInt(r[4])]);
}

/** Build `__future__`. @see Lib/__future__.py */
export function makeFutureModule(_interp: Interpreter): PyModule {
  const m = new PyModule('__future__');
  const d = m.dict;
  const names = FEATURES.map((f) => newStr(f[0]));
  d.setItemStr('all_feature_names', newList(names));
  d.setItemStr('__all__', newList([newStr('all_feature_names'), ...names]));
  for (const [name, opt, mand, flagName, flag] of FEATURES) {
    d.setItemStr(flagName, newInt(flag));
    d.setItemStr(name, new PyFeature(release(opt), release(mand), flag));
  }
  d.setItemStr('_Feature', PyFeature_Type);
  return m;
}


