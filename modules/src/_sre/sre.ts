// Mirrors the module half of Modules/_sre/sre.c: _sre.compile (code list -> Pattern, after
// validation), _sre.template, getcodesize, the case helpers re._compiler asks
// (ascii_iscased, unicode_iscased, ascii_tolower, unicode_tolower), and the constants.

import type { PyObject } from '@ceval/core/object';
import { typeName } from '@ceval/core/object';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newInt, PyLong } from '@ceval/core/objects/longobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyTuple } from '@ceval/core/objects/tupleobject';
import {
  PyExc_TypeError, PyExc_OverflowError, PyExc_RuntimeError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyList } from '@ceval/core/runtime/listobject';
import { PyModule } from '@ceval/core/runtime/moduleobject';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import type { Interpreter } from '@ceval/core/interpreter';
import { SRE_MAGIC, SRE_CODESIZE, SRE_MAXREPEAT, SRE_MAXGROUPS } from './sre_constants.js';
import { sreLowerUnicode, sreUpperUnicode } from './sre_unicode.js';
import { lowerAscii } from './sre_chars.js';
import { validate } from './sre_validate.js';
import { getSubject, expectedString, indexValue, ssizeArg } from './sre_string.js';
import { sig, bind } from './sre_args.js';
import { PyPattern } from './sre_pattern.js';
import { sreTemplate } from './sre_template.js';

const SIG_COMPILE = sig('compile',
  ['pattern', 'flags', 'code', 'groups', 'groupindex', 'indexgroup'], 0, 6);
const SIG_TEMPLATE = sig('template', ['pattern', 'template'], 2, 2);

function argTypeError(fname: string, n: number | string, want: string, got: PyObject): never {
  const which = typeof n === 'number' ? `argument ${n}` : `argument '${n}'`;
  throw raiseNew(PyExc_TypeError, `${fname}() ${which} must be ${want}, not ${typeName(got.ob_type)}`);
}

/** A C int argument (Argument Clinic's 'int' converter, PyLong_AsInt). */
function intArg(o: PyObject): number {
  const v = indexValue(o);
  if (v === null) {
    throw raiseNew(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  if (v > 2147483647 || v < -2147483648) {
    throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C int');
  }
  return Number(v);
}

function isInstance(o: PyObject, cls: typeof PyList | typeof PyDict | typeof PyTuple): boolean {
  return o instanceof cls;
}

/** _sre.compile(pattern, flags, code, groups, groupindex, indexgroup). @see sre.c */
function compile(args: PyObject[], kwnames: string[] | null): PyObject {
  const [pattern, flagsArg, codeArg, groupsArg, groupindex, indexgroup] =
    kwnames === null && args.length === 6 ? args : unpack(SIG_COMPILE, args, kwnames);
  const flags = intArg(flagsArg!);
  if (!isInstance(codeArg!, PyList)) argTypeError('compile', 'code', 'list', codeArg!);
  const groups = ssizeArg(groupsArg!);
  if (!isInstance(groupindex!, PyDict)) argTypeError('compile', 'groupindex', 'dict', groupindex!);
  if (!isInstance(indexgroup!, PyTuple)) argTypeError('compile', 'indexgroup', 'tuple', indexgroup!);
  const items = (codeArg as PyList).items;
  const code = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const o = items[i];
    // PyLong_AsUnsignedLong: ints only, no __index__.
    if (!(o instanceof PyLong)) throw raiseNew(PyExc_TypeError, 'an integer is required');
    const v = o.value;
    if (v < 0) {
      throw raiseNew(PyExc_OverflowError, "can't convert negative value to unsigned int");
    }
    if (v > 0xffffffffffffffffn) {
      throw raiseNew(PyExc_OverflowError, 'Python int too large to convert to C unsigned long');
    }
    if (v > 0xffffffff) {
      throw raiseNew(PyExc_OverflowError, 'regular expression code size limit exceeded');
    }
    code[i] = Number(v) | 0;
  }
  let isbytes = -1;
  if (pattern !== Py_None) {
    const s = getSubject(pattern!);
    if (s === null) expectedString(pattern!);
    isbytes = s.isbytes ? 1 : 0;
  }
  const gi = groupindex as PyDict;
  const ig = indexgroup as PyTuple;
  const p = new PyPattern(code, pattern!, flags, groups, gi.ma_used > 0 ? gi : null,
    gi.ma_used > 0 && ig.items.length > 0 ? ig : null, isbytes);
  if (!validate(code, groups)) throw raiseNew(PyExc_RuntimeError, 'invalid SRE code');
  return p;
}

function unpack(s: ReturnType<typeof sig>, args: PyObject[], kwnames: string[] | null):
  (PyObject | undefined)[] {
  const n = kwnames === null ? args.length : args.length - kwnames.length;
  const pos = args.slice(0, n);
  if (kwnames === null || kwnames.length === 0) return bind(s, pos, null);
  const d = new PyDict();
  for (let i = 0; i < kwnames.length; i++) d.setItemStr(kwnames[i], args[n + i]);
  return bind(s, pos, d);
}

/** A one-int-argument function of the module (ascii_iscased & co). */
function charFunction(name: string, f: (ch: number) => PyObject): PyCFunction {
  return new PyCFunction(name, (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw raiseNew(PyExc_TypeError, `_sre.${name}() takes no keyword arguments`);
    }
    if (args.length !== 1) {
      throw raiseNew(PyExc_TypeError,
        `_sre.${name}() takes exactly one argument (${args.length} given)`);
    }
    return f(intArg(args[0]) >>> 0);
  }, null, '_sre');
}

/** Build the `_sre` module for `interp`. @see sre.c sre_exec */
export function makeSreModule(_interp: Interpreter): PyModule {
  const m = new PyModule('_sre');
  const d = m.dict;
  const def = (f: PyCFunction): void => {
    f.self = m;
    d.setItemStr(f.name, f);
  };
  def(new PyCFunction('compile', compile, m, '_sre'));
  def(new PyCFunction('template', (args, kwnames) => {
    const [, template] = unpack(SIG_TEMPLATE, args, kwnames);
    if (!(template instanceof PyList)) argTypeError('template', 2, 'list', template!);
    return sreTemplate(template);
  }, m, '_sre'));
  def(new PyCFunction('getcodesize', (args) => {
    if (args.length !== 0) {
      throw raiseNew(PyExc_TypeError, `getcodesize() takes no arguments (${args.length} given)`);
    }
    return newInt(SRE_CODESIZE);
  }, m, '_sre'));
  def(charFunction('ascii_iscased',
    (ch) => (ch < 128 && ((ch | 32) >= 97 && (ch | 32) <= 122) ? Py_True : Py_False)));
  def(charFunction('unicode_iscased',
    (ch) => (ch !== sreLowerUnicode(ch) || ch !== sreUpperUnicode(ch) ? Py_True : Py_False)));
  def(charFunction('ascii_tolower', (ch) => newInt(lowerAscii(ch) | 0)));
  def(charFunction('unicode_tolower', (ch) => newInt(sreLowerUnicode(ch) | 0)));
  d.setItemStr('MAGIC', newInt(SRE_MAGIC));
  d.setItemStr('CODESIZE', newInt(SRE_CODESIZE));
  d.setItemStr('MAXREPEAT', newInt(SRE_MAXREPEAT));
  d.setItemStr('MAXGROUPS', newInt(SRE_MAXGROUPS));
  d.setItemStr('copyright', newStr(' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB '));
  return m;
}
