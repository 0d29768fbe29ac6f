// The Pattern type of Modules/_sre/sre.c (re.Pattern): what _sre.compile returns, with match,
// fullmatch, search, findall, finditer, split, sub, subn and scanner over the engine, and its
// repr, hash and equality. Methods take their arguments as sre.c's Argument Clinic code does.

import {
  PyObject, newStaticType, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC,
  type PyMethodDef, type PyGetSetDef, type PyHash,
} from '@ceval/core/object';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newInt } from '@ceval/core/objects/longobject';
import { newTuple, PyTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None, Py_NotImplemented } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { newBytes, bytesHash } from '@ceval/core/objects/bytesobject';
import { reprString, PyObject_Hash } from '@ceval/core/objects/objectcore';
import { newList } from '@ceval/core/runtime/listobject';
import { classGetItemMethod } from '@ceval/core/runtime/genericaliasobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import {
  SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL, SRE_FLAG_UNICODE,
  SRE_FLAG_VERBOSE, SRE_FLAG_DEBUG, SRE_FLAG_ASCII,
} from './sre_constants.js';
import { stateReset, type SreState } from './sre_state.js';
import { sreMatch } from './sre_lib.js';
import { sreSearch } from './sre_search.js';
import { stateInit, getslice, stateGetslice, ssizeArg } from './sre_string.js';
import { sig, bind } from './sre_args.js';
import { patternError, newMatch } from './sre_match.js';
import { newScanner } from './sre_scanner.js';
import { subx } from './sre_sub.js';

/** `re.Pattern`. @see sre.c pattern_spec */
export const PyPattern_Type = newStaticType('re.Pattern', undefined,
  Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC);

/** A compiled pattern. @see Modules/_sre/sre.h PatternObject */
export class PyPattern extends PyObject {
  declare code: Int32Array;
  /** The pattern's source (str, bytes or None), as compile() was given it. */
  declare pattern: PyObject;
  declare flags: number;
  declare groups: number;
  declare groupindex: PyDict | null;
  declare indexgroup: PyTuple | null;
  /** 1 for a bytes pattern, 0 for str, -1 for a pattern compiled from None. */
  declare isbytes: number;
  constructor(code: Int32Array, pattern: PyObject, flags: number, groups: number,
    groupindex: PyDict | null, indexgroup: PyTuple | null, isbytes: number) {
    super(PyPattern_Type);
    this.code = code;
    this.pattern = pattern;
    this.flags = flags;
    this.groups = groups;
    this.groupindex = groupindex;
    this.indexgroup = indexgroup;
    this.isbytes = isbytes;
  }
}

const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;

/** Run a match or search on a fresh state and make a Match (or None) of the outcome. */
function matchAt(p: PyPattern, args: PyObject[], kw: PyObject | null, how: 0 | 1 | 2):
  PyObject {
  const [string, pos, endpos] = bind(SIG_STRING[how], args, kw);
  const state = stateInit(p.isbytes, p.groups, string!,
    pos === undefined ? 0 : ssizeArg(pos), endpos === undefined ? PY_SSIZE_T_MAX : ssizeArg(endpos));
  let status: number;
  if (how === 2) {
    status = sreSearch(state, p.code);
  } else {
    state.ptr = state.start;
    state.matchAll = how === 1;
    status = sreMatch(state, p.code, 0, 1);
  }
  return newMatch(p, state, status);
}

const SIG_STRING = [
  sig('match', ['string', 'pos', 'endpos'], 0, 1),
  sig('fullmatch', ['string', 'pos', 'endpos'], 0, 1),
  sig('search', ['string', 'pos', 'endpos'], 0, 1),
];
const SIG_FINDALL = sig('findall', ['string', 'pos', 'endpos'], 0, 1);
const SIG_FINDITER = sig('finditer', ['string', 'pos', 'endpos'], 0, 1);
const SIG_SCANNER = sig('scanner', ['string', 'pos', 'endpos'], 0, 1);
const SIG_SPLIT = sig('split', ['string', 'maxsplit'], 0, 1);
const SIG_SUB = sig('sub', ['repl', 'string', 'count'], 0, 2);
const SIG_SUBN = sig('subn', ['repl', 'string', 'count'], 0, 2);
const SIG_DEEPCOPY = sig('__deepcopy__', ['memo'], 1, 1);

/**
 * One turn of the search loops of findall, split and sub: search from state.start with
 * fresh marks. Returns false when nothing more matches.
 */
export function searchNext(state: SreState, code: Int32Array): boolean {
  stateReset(state);
  state.ptr = state.start;
  const status = sreSearch(state, code);
  if (status < 0) patternError(status);
  return status > 0;
}

/** Search again from where the last match ended (an empty match must not repeat). */
export function advance(state: SreState): void {
  state.mustAdvance = state.ptr === state.start;
  state.start = state.ptr;
}

/** @see sre.c _sre_SRE_Pattern_findall_impl */
function findall(p: PyPattern, args: PyObject[], kw: PyObject | null): PyObject {
  const [string, pos, endpos] = bind(SIG_FINDALL, args, kw);
  const state = stateInit(p.isbytes, p.groups, string!,
    pos === undefined ? 0 : ssizeArg(pos), endpos === undefined ? PY_SSIZE_T_MAX : ssizeArg(endpos));
  const items: PyObject[] = [];
  while (state.start <= state.end) {
    if (!searchNext(state, p.code)) break;
    // No Match object: the whole match, the one group, or a tuple of all groups.
    if (p.groups === 0) {
      items.push(getslice(state.isbytes, state.string, state.offs, state.start, state.ptr));
    } else if (p.groups === 1) {
      items.push(stateGetslice(state, 1, true));
    } else {
      const t: PyObject[] = [];
      for (let i = 0; i < p.groups; i++) t.push(stateGetslice(state, i + 1, true));
      items.push(newTuple(t));
    }
    advance(state);
  }
  return newList(items);
}

/** @see sre.c _sre_SRE_Pattern_split_impl */
function split(p: PyPattern, args: PyObject[], kw: PyObject | null): PyObject {
  const [string, maxsplitArg] = bind(SIG_SPLIT, args, kw);
  const maxsplit = maxsplitArg === undefined ? 0 : ssizeArg(maxsplitArg);
  const state = stateInit(p.isbytes, p.groups, string!, 0, PY_SSIZE_T_MAX);
  const items: PyObject[] = [];
  let n = 0;
  let last = state.start;
  while (maxsplit === 0 || n < maxsplit) {
    if (!searchNext(state, p.code)) break;
    // The piece before this match, then every group (None where it did not take part).
    items.push(getslice(state.isbytes, state.string, state.offs, last, state.start));
    for (let i = 0; i < p.groups; i++) items.push(stateGetslice(state, i + 1, false));
    n++;
    advance(state);
    last = state.start;
  }
  items.push(getslice(state.isbytes, state.string, state.offs, last, state.endpos));
  return newList(items);
}

/** re.compile('...', re.X|re.Y): the flags by name, re.UNICODE left out for str patterns. */
function patternRepr(o: PyObject): PyObject {
  const p = o as PyPattern;
  const names: [string, number][] = [
    ['re.IGNORECASE', SRE_FLAG_IGNORECASE], ['re.LOCALE', SRE_FLAG_LOCALE],
    ['re.MULTILINE', SRE_FLAG_MULTILINE], ['re.DOTALL', SRE_FLAG_DOTALL],
    ['re.UNICODE', SRE_FLAG_UNICODE], ['re.VERBOSE', SRE_FLAG_VERBOSE],
    ['re.DEBUG', SRE_FLAG_DEBUG], ['re.ASCII', SRE_FLAG_ASCII],
  ];
  let flags = p.flags;
  if (p.isbytes === 0
    && (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) === SRE_FLAG_UNICODE) {
    flags &= ~SRE_FLAG_UNICODE;
  }
  const items: string[] = [];
  for (const [name, bit] of names) {
    if ((flags & bit) !== 0) {
      items.push(name);
      flags &= ~bit;
    }
  }
  if (flags !== 0) items.push('0x' + (flags >>> 0).toString(16));
  const pat = truncated(reprString(p.pattern), 200);
  return newStr(items.length > 0 ? `re.compile(${pat}, ${items.join('|')})` : `re.compile(${pat})`);
}

/** The first `n` code points of `s` (PyUnicode_FromFormat's %.nR). */
export function truncated(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
  }
  return s.slice(0, i);
}

function toBig(h: PyHash): bigint {
  return typeof h === 'bigint' ? h : BigInt(h);
}

/** hash(pattern ^ code bytes ^ flags ^ isbytes ^ codesize). @see sre.c pattern_hash */
function patternHash(o: PyObject): PyHash {
  const p = o as PyPattern;
  const h = toBig(PyObject_Hash(p.pattern));
  const bytes = new Uint8Array(p.code.buffer.slice(p.code.byteOffset,
    p.code.byteOffset + p.code.byteLength));
  const h2 = toBig(bytesHash(newBytes(bytes)));
  let x = BigInt.asIntN(64, h ^ h2 ^ BigInt(p.flags) ^ BigInt(p.isbytes) ^ BigInt(p.code.length));
  if (x === -1n) x = -2n;
  return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x;
}

/** Patterns are equal when flags, kind, code and source are. @see sre.c pattern_richcompare */
function patternRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== 2 && op !== 3) || !(b instanceof PyPattern) || !(a instanceof PyPattern)) {
    return Py_NotImplemented;
  }
  let eq = a === b;
  if (!eq) {
    eq = a.flags === b.flags && a.isbytes === b.isbytes && a.code.length === b.code.length;
    for (let i = 0; eq && i < a.code.length; i++) eq = a.code[i] === b.code[i];
    if (eq) {
      const h = currentInterpreter().hooks;
      eq = h.isTrue(h.richCompare(a.pattern, b.pattern, 2));
    }
  }
  return eq === (op === 2) ? Py_True : Py_False;
}

/** groupindex: a read-only view of the name -> number dict. @see sre.c pattern_groupindex */
function groupindexGet(o: PyObject): PyObject {
  const p = o as PyPattern;
  const interp = currentInterpreter();
  const d = p.groupindex ?? new PyDict();
  // mappingproxy is one of the types lecture 05 brings; without it, a copy is as read-only.
  for (const lec of interp.lectures) {
    for (const t of lec.types ?? []) {
      if (t.tp_name === 'mappingproxy') return interp.callObject(t, [d], null);
    }
  }
  return d.copy();
}

const patternMethods: PyMethodDef[] = [
  { ml_name: 'match', ml_meth: (s, a, k) => matchAt(s as PyPattern, a, k, 0) },
  { ml_name: 'fullmatch', ml_meth: (s, a, k) => matchAt(s as PyPattern, a, k, 1) },
  { ml_name: 'search', ml_meth: (s, a, k) => matchAt(s as PyPattern, a, k, 2) },
  {
    ml_name: 'sub',
    ml_meth: (s, a, k) => {
      const [repl, string, count] = bind(SIG_SUB, a, k);
      return subx(s as PyPattern, repl!, string!, count === undefined ? 0 : ssizeArg(count), false);
    },
  },
  {
    ml_name: 'subn',
    ml_meth: (s, a, k) => {
      const [repl, string, count] = bind(SIG_SUBN, a, k);
      return subx(s as PyPattern, repl!, string!, count === undefined ? 0 : ssizeArg(count), true);
    },
  },
  { ml_name: 'findall', ml_meth: (s, a, k) => findall(s as PyPattern, a, k) },
  { ml_name: 'split', ml_meth: (s, a, k) => split(s as PyPattern, a, k) },
  {
    ml_name: 'finditer',
    ml_meth: (s, a, k) => {
      // iter(scanner.search, None): a callable_iterator, as sre.c builds it.
      const [string, pos, endpos] = bind(SIG_FINDITER, a, k);
      const sc = newScanner(s as PyPattern, string!, pos === undefined ? 0 : ssizeArg(pos),
        endpos === undefined ? PY_SSIZE_T_MAX : ssizeArg(endpos));
      const interp = currentInterpreter();
      const search = interp.hooks.getAttr(sc, newStr('search'));
      return interp.callObject(interp.builtins.getItemStr('iter')!, [search, Py_None], null);
    },
  },
  {
    ml_name: 'scanner',
    ml_meth: (s, a, k) => {
      const [string, pos, endpos] = bind(SIG_SCANNER, a, k);
      return newScanner(s as PyPattern, string!, pos === undefined ? 0 : ssizeArg(pos),
        endpos === undefined ? PY_SSIZE_T_MAX : ssizeArg(endpos));
    },
  },
  { ml_name: '__copy__', ml_meth: (s) => s },
  { ml_name: '__deepcopy__', ml_meth: (s, a, k) => { bind(SIG_DEEPCOPY, a, k); return s; } },
];

const patternMembers: PyGetSetDef[] = [
  { name: 'pattern', get: (o) => (o as PyPattern).pattern, set: null },
  { name: 'flags', get: (o) => newInt((o as PyPattern).flags), set: null },
  { name: 'groups', get: (o) => newInt((o as PyPattern).groups), set: null },
];

PyPattern_Type.tp_module = 're';
PyPattern_Type.tp_doc = 'Compiled regular expression object.';
PyPattern_Type.tp_repr = patternRepr;
PyPattern_Type.tp_hash = patternHash;
PyPattern_Type.tp_richcompare = patternRichCompare;
PyPattern_Type.tp_methods = patternMethods;
PyPattern_Type.tp_members = patternMembers;
PyPattern_Type.tp_getset = [{ name: 'groupindex', get: groupindexGet, set: null }];
const patternDict = new PyDict();
patternDict.setItemStr('__class_getitem__', classGetItemMethod(PyPattern_Type));
PyPattern_Type.tp_dict = patternDict;
