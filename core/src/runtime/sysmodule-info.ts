// Mirrors the informational half of Python/sysmodule.c (make_version_info, make_flags,
// make_impl_info, the float/int/hash/thread info struct sequences of floatobject.c,
// longobject.c, pyhash.c and thread.c) and sys's small query functions.

import { PyObject, typeName } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { Py_False } from '../objects/boolobject.js';
import { PyLong, PyLong_Check, newInt, intMaxStrDigits, setIntMaxStrDigits }
  from '../objects/longobject.js';
import { newFloat } from '../objects/floatobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newStructSeqType, newStructSeq } from '../objects/structseq.js';
import { newNamespace } from '../objects/namespaceobject.js';
import { newExceptionMsg, PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError }
  from '../objects/exceptions.js';
import { PyCFunction } from './methodobject.js';
import { PyModule } from './moduleobject.js';
import { noArgs, splitArgs } from './bltinmodule.js';

const VersionInfo_Type = newStructSeqType({ name: 'sys.version_info',
  fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'], instantiable: false });
const FloatInfo_Type = newStructSeqType({ name: 'sys.float_info',
  fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
    'epsilon', 'radix', 'rounds'] });
const IntInfo_Type = newStructSeqType({ name: 'sys.int_info',
  fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
    'str_digits_check_threshold'] });
const HashInfo_Type = newStructSeqType({ name: 'sys.hash_info',
  fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
    'cutoff'] });
// `gil` (new in 3.13, for free-threaded builds) is a hidden field: an attribute only, not an
// item, and 1 on a build that has the GIL.
const Flags_Type = newStructSeqType({ name: 'sys.flags',
  fields: ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
    'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
    'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
    'safe_path', 'int_max_str_digits', 'gil'], nInSequence: 18, instantiable: false });
const ThreadInfo_Type = newStructSeqType({ name: 'sys.thread_info',
  fields: ['name', 'lock', 'version'] });

const i = (n: number | bigint): PyObject => newInt(n);
const s = (t: string): PyObject => newStr(t);

/** sys.flags as a run of ceval shows it: no options, hash seed 0, no .pyc writing. */
function makeFlags(): PyObject {
  return newStructSeq(Flags_Type, [i(0), i(0), i(0), i(0), i(1), i(0), i(0), i(0), i(0), i(0),
    i(0), i(0), i(0), Py_False, i(0), i(0), Py_False, i(4300), i(1)]);
}

/** The C `int` an argument converts to ('i' in PyArg_Parse): index, then range check. */
function cInt(o: PyObject): number {
  if (!PyLong_Check(o)) {
    throw newExceptionMsg(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
  }
  const v = BigInt((o as PyLong).value);
  if (v > 2147483647n || v < -2147483648n) {
    throw newExceptionMsg(PyExc_OverflowError, 'Python int too large to convert to C int');
  }
  return Number(v);
}

/** The copyright notice python3.13 carries. @see Python/getcopyright.c */
const COPYRIGHT = 'Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n'
  + 'Copyright (c) 1995-2001 Corporation for National Research Initiatives.\n'
  + 'All Rights Reserved.\n\n'
  + 'Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.';

/** A builtin of `sys` that takes no arguments. */
function query(m: PyModule, name: string, fn: () => PyObject): void {
  m.dict.setItemStr(name, new PyCFunction(name, (args, kw) => {
    noArgs('sys.' + name, args, kw);
    return fn();
  }, m, 'sys'));
}

/** Add the version and platform facts, the info struct sequences and their queries to sys. */
export function installSysInfo(m: PyModule): void {
  const d = m.dict;
  const versionInfo = newStructSeq(VersionInfo_Type, [i(3), i(13), i(0), s('final'), i(0)]);
  d.setItemStr('version_info', versionInfo);
  d.setItemStr('hexversion', i(0x030d00f0));
  d.setItemStr('api_version', i(1013));
  d.setItemStr('copyright', s(COPYRIGHT));
  d.setItemStr('maxunicode', i(0x10ffff));
  d.setItemStr('float_repr_style', s('short'));
  d.setItemStr('abiflags', s(''));
  d.setItemStr('float_info', newStructSeq(FloatInfo_Type, [
    newFloat(Number.MAX_VALUE), i(1024), i(308), newFloat(2.2250738585072014e-308), i(-1021),
    i(-307), i(15), i(53), newFloat(Number.EPSILON), i(2), i(1)]));
  d.setItemStr('int_info', newStructSeq(IntInfo_Type, [i(30), i(4), i(4300), i(640)]));
  d.setItemStr('hash_info', newStructSeq(HashInfo_Type, [i(64), i(2n ** 61n - 1n), i(314159),
    i(0), i(1000003), s('siphash13'), i(64), i(128), i(0)]));
  d.setItemStr('flags', makeFlags());
  d.setItemStr('thread_info', newStructSeq(ThreadInfo_Type,
    [s('pthread'), s('semaphore'), s('NPTL 2.36')]));
  d.setItemStr('implementation', newNamespace([['name', s('cpython')],
    ['cache_tag', s('cpython-313')], ['version', versionInfo], ['hexversion', i(0x030d00f0)],
    ['_multiarch', s('x86_64-linux-gnu')]]));
  query(m, 'getfilesystemencoding', () => s('utf-8'));
  query(m, 'getfilesystemencodeerrors', () => s('surrogateescape'));
  query(m, 'get_int_max_str_digits', () => i(intMaxStrDigits));
  // set_int_max_str_digits(maxdigits): 0 turns the limit off (sys.flags keeps the start value).
  // @see Python/sysmodule.c sys_set_int_max_str_digits_impl
  d.setItemStr('set_int_max_str_digits', new PyCFunction('set_int_max_str_digits',
    (args, kwnames) => {
      const [pos, kw] = splitArgs(args, kwnames);
      // The order of _PyArg_UnpackKeywords' checks: count, missing, then unknown names.
      const name = 'set_int_max_str_digits';
      if (pos.length + kw.size > 1) {
        throw newExceptionMsg(PyExc_TypeError,
          `${name}() takes at most 1 argument (${pos.length + kw.size} given)`);
      }
      const v = pos[0] ?? kw.get('maxdigits');
      if (v === undefined) {
        throw newExceptionMsg(PyExc_TypeError,
          `${name}() missing required argument 'maxdigits' (pos 1)`);
      }
      const n = cInt(v);
      if (n !== 0 && n < 640) {
        throw newExceptionMsg(PyExc_ValueError, 'maxdigits must be 0 or larger than 640');
      }
      setIntMaxStrDigits(n);
      return Py_None;
    }, m, 'sys'));
}

export { cInt as sysCInt };
