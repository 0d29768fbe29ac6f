// The Match type of Modules/_sre/sre.c (re.Match): the outcome of one successful match, its
// group boundaries copied out of the engine's marks, and group, groups, groupdict, start,
// end, span, expand, m[g], regs, lastindex, lastgroup and the <re.Match object; ...> repr.

import {
  PyObject, newStaticType, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC,
  PyMappingMethods, type PyMethodDef, type PyGetSetDef,
} from '@ceval/core/object';
import { newStr, PyUnicode } from '@ceval/core/objects/unicodeobject';
import { newInt, PyLong } from '@ceval/core/objects/longobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { reprString } from '@ceval/core/objects/objectcore';
import {
  PyExc_IndexError, PyExc_RuntimeError, PyExc_RecursionError, PyExc_MemoryError,
  PyExc_SystemError, PyExc_TypeError,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { classGetItemMethod } from '@ceval/core/runtime/genericaliasobject';
import { SRE_ERROR_RECURSION_LIMIT, SRE_ERROR_MEMORY } from './sre_constants.js';
import type { SreState } from './sre_state.js';
import { getSubject, getslice, indexValue } from './sre_string.js';
import { sig, bind } from './sre_args.js';
import type { PyPattern } from './sre_pattern.js';
import { truncated } from './sre_pattern.js';
import { compileTemplate, expandTemplate } from './sre_template.js';

/** `re.Match`. @see sre.c match_spec */
export const PyMatch_Type = newStaticType('re.Match', undefined,
  Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC);

/** @see Modules/_sre/sre.h MatchObject */
export class PyMatch extends PyObject {
  declare string: PyObject;
  declare pattern: PyPattern;
  /** Group g spans mark[2g] .. mark[2g+1]; -1 where the group did not take part. */
  declare mark: Int32Array;
  /** Number of groups, the whole match included (pattern.groups + 1). */
  declare groups: number;
  declare pos: number;
  declare endpos: number;
  declare lastindex: number;
  declare regs: PyObject | null;
  constructor(pattern: PyPattern, string: PyObject, mark: Int32Array, pos: number,
    endpos: number, lastindex: number) {
    super(PyMatch_Type);
    this.pattern = pattern;
    this.string = string;
    this.mark = mark;
    this.groups = pattern.groups + 1;
    this.pos = pos;
    this.endpos = endpos;
    this.lastindex = lastindex;
    this.regs = null;
  }
}

/** Raise what a negative engine status means. @see sre.c pattern_error */
export function patternError(status: number): never {
  if (status === SRE_ERROR_RECURSION_LIMIT) {
    throw raiseNew(PyExc_RecursionError, 'maximum recursion limit exceeded');
  }
  if (status === SRE_ERROR_MEMORY) throw raiseNew(PyExc_MemoryError, '');
  throw raiseNew(PyExc_RuntimeError, 'internal error in regular expression engine');
}

/** A Match from the state after a match (status 1), None (0), or the error. */
export function newMatch(p: PyPattern, state: SreState, status: number): PyObject {
  if (status === 0) return Py_None;
  if (status < 0) patternError(status);
  const n = p.groups + 1;
  const mark = new Int32Array(2 * n);
  mark[0] = state.start;
  mark[1] = state.ptr;
  for (let i = 0, j = 0; i < p.groups; i++, j += 2) {
    if (j + 1 <= state.lastmark && state.mark[j] >= 0 && state.mark[j + 1] >= 0) {
      mark[j + 2] = state.mark[j];
      mark[j + 3] = state.mark[j + 1];
      if (mark[j + 2] > mark[j + 3]) {
        throw raiseNew(PyExc_SystemError,
          'The span of capturing group is wrong, please report a bug for the re module.');
      }
    } else {
      mark[j + 2] = mark[j + 3] = -1;
    }
  }
  return new PyMatch(p, state.string, mark, state.pos, state.endpos, state.lastindex);
}

/** Group `index` as str or bytes, or `def` when it did not take part. */
export function matchGetsliceByIndex(m: PyMatch, index: number, def: PyObject): PyObject {
  const i = m.mark[2 * index];
  if (m.string === Py_None || i < 0) return def;
  const s = getSubject(m.string)!;
  const length = s.text.length;
  return getslice(s.isbytes, m.string, s.offs, Math.min(i, length),
    Math.min(m.mark[2 * index + 1], length));
}

/** A group given by number or name, as an index. @see sre.c match_getindex */
function matchGetindex(m: PyMatch, index: PyObject | undefined): number {
  if (index === undefined) return 0;
  let i = -1;
  const v = index instanceof PyLong || !(index instanceof PyUnicode) ? indexValue(index) : null;
  if (v !== null) {
    i = typeof v === 'bigint' ? (v < 0n ? -1 : Number.MAX_SAFE_INTEGER) : v;
  } else if (m.pattern.groupindex !== null) {
    // A name (or anything hashable: the dict lookup raises for what is not).
    const g = m.pattern.groupindex.getItem(index);
    if (g instanceof PyLong) i = Number(g.value);
  }
  if (i < 0 || i >= m.groups) throw raiseNew(PyExc_IndexError, 'no such group');
  return i;
}

function matchGetslice(m: PyMatch, index: PyObject | undefined, def: PyObject): PyObject {
  return matchGetsliceByIndex(m, matchGetindex(m, index), def);
}

const SIG_GROUPS = sig('groups', ['default'], 0, 0);
const SIG_GROUPDICT = sig('groupdict', ['default'], 0, 0);
/**
 * The optional positional-only group of start(), end() and span() (METH_FASTCALL without
 * keywords: the method wrapper refuses keywords, _PyArg_CheckPositional counts).
 */
function groupArg(name: string, a: PyObject[], k: PyObject | null): PyObject | undefined {
  if (k instanceof PyDict && k.ma_used > 0) {
    throw raiseNew(PyExc_TypeError, `Match.${name}() takes no keyword arguments`);
  }
  if (a.length > 1) {
    throw raiseNew(PyExc_TypeError, `${name} expected at most 1 argument, got ${a.length}`);
  }
  return a[0];
}
const SIG_EXPAND = sig('expand', ['template'], 0, 1);
const SIG_DEEPCOPY = sig('__deepcopy__', ['memo'], 1, 1);

function pair(a: number, b: number): PyObject {
  return newTuple([newInt(a), newInt(b)]);
}

const matchMethods: PyMethodDef[] = [
  {
    ml_name: 'group',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      if (k instanceof PyDict && k.ma_used > 0) {
        throw raiseNew(PyExc_TypeError, 'Match.group() takes no keyword arguments');
      }
      if (a.length === 0) return matchGetslice(m, undefined, Py_None);
      if (a.length === 1) return matchGetslice(m, a[0], Py_None);
      return newTuple(a.map((g) => matchGetslice(m, g, Py_None)));
    },
  },
  {
    ml_name: 'start',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      return newInt(m.mark[matchGetindex(m, groupArg('start', a, k)) * 2]);
    },
  },
  {
    ml_name: 'end',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      return newInt(m.mark[matchGetindex(m, groupArg('end', a, k)) * 2 + 1]);
    },
  },
  {
    ml_name: 'span',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      const i = matchGetindex(m, groupArg('span', a, k));
      return pair(m.mark[2 * i], m.mark[2 * i + 1]);
    },
  },
  {
    ml_name: 'groups',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      const def = bind(SIG_GROUPS, a, k)[0] ?? Py_None;
      const out: PyObject[] = [];
      for (let i = 1; i < m.groups; i++) out.push(matchGetsliceByIndex(m, i, def));
      return newTuple(out);
    },
  },
  {
    ml_name: 'groupdict',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      const def = bind(SIG_GROUPDICT, a, k)[0] ?? Py_None;
      const d = new PyDict();
      const gi = m.pattern.groupindex;
      if (gi !== null) for (const key of gi.keys()) d.setItem(key, matchGetslice(m, key, def));
      return d;
    },
  },
  {
    ml_name: 'expand',
    ml_meth: (s, a, k) => {
      const m = s as PyMatch;
      const [template] = bind(SIG_EXPAND, a, k);
      return expandTemplate(compileTemplate(m.pattern, template!), m);
    },
  },
  { ml_name: '__copy__', ml_meth: (s) => s },
  { ml_name: '__deepcopy__', ml_meth: (s, a, k) => { bind(SIG_DEEPCOPY, a, k); return s; } },
];

const matchGetset: PyGetSetDef[] = [
  {
    name: 'lastindex',
    get: (o) => {
      const m = o as PyMatch;
      return m.lastindex >= 0 ? newInt(m.lastindex) : Py_None;
    },
    set: null,
  },
  {
    name: 'lastgroup',
    get: (o) => {
      const m = o as PyMatch;
      const ig = m.pattern.indexgroup;
      if (ig !== null && m.lastindex >= 0 && m.lastindex < ig.items.length) {
        return ig.items[m.lastindex];
      }
      return Py_None;
    },
    set: null,
  },
  {
    name: 'regs',
    get: (o) => {
      const m = o as PyMatch;
      if (m.regs === null) {
        const regs: PyObject[] = [];
        for (let i = 0; i < m.groups; i++) regs.push(pair(m.mark[2 * i], m.mark[2 * i + 1]));
        m.regs = newTuple(regs);
      }
      return m.regs;
    },
    set: null,
  },
];

const matchMembers: PyGetSetDef[] = [
  { name: 'string', get: (o) => (o as PyMatch).string, set: null },
  { name: 're', get: (o) => (o as PyMatch).pattern, set: null },
  { name: 'pos', get: (o) => newInt((o as PyMatch).pos), set: null },
  { name: 'endpos', get: (o) => newInt((o as PyMatch).endpos), set: null },
];

/** <re.Match object; span=(0, 3), match='abc'>. @see sre.c match_repr */
function matchRepr(o: PyObject): PyObject {
  const m = o as PyMatch;
  const g0 = matchGetsliceByIndex(m, 0, Py_None);
  return newStr(`<${m.ob_type.tp_name} object; span=(${m.mark[0]}, ${m.mark[1]}), `
    + `match=${truncated(reprString(g0), 50)}>`);
}

PyMatch_Type.tp_module = 're';
PyMatch_Type.tp_doc = 'The result of re.match() and re.search().\n'
  + 'Match objects always have a boolean value of True.';
PyMatch_Type.tp_repr = matchRepr;
PyMatch_Type.tp_methods = matchMethods;
PyMatch_Type.tp_members = matchMembers;
PyMatch_Type.tp_getset = matchGetset;
PyMatch_Type.tp_as_mapping = Object.assign(new PyMappingMethods(), {
  mp_subscript: (o: PyObject, key: PyObject) => matchGetslice(o as PyMatch, key, Py_None),
});
const matchDict = new PyDict();
matchDict.setItemStr('__class_getitem__', classGetItemMethod(PyMatch_Type));
PyMatch_Type.tp_dict = matchDict;
