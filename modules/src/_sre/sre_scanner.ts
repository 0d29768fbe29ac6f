// The scanner of Modules/_sre/sre.c (_sre.SRE_Scanner): a search state kept between calls,
// so that match() and search() go on where the last match ended. finditer() iterates over
// scanner.search.

import {
  PyObject, newStaticType, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC,
} from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { PyExc_ValueError } from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { stateReset, type SreState } from './sre_state.js';
import { sreMatch } from './sre_lib.js';
import { sreSearch } from './sre_search.js';
import { stateInit } from './sre_string.js';
import { newMatch } from './sre_match.js';
import type { PyPattern } from './sre_pattern.js';

/** `_sre.SRE_Scanner`. @see sre.c scanner_spec */
export const PyScanner_Type = newStaticType('_sre.SRE_Scanner', undefined,
  Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC);
PyScanner_Type.tp_module = '_sre';

export class PyScanner extends PyObject {
  declare pattern: PyPattern;
  declare state: SreState;
  /** false once a search found nothing (CPython sets state->start to NULL). */
  declare live: boolean;
  declare executing: boolean;
  constructor(pattern: PyPattern, state: SreState) {
    super(PyScanner_Type);
    this.pattern = pattern;
    this.state = state;
    this.live = true;
    this.executing = false;
  }
}

/** @see sre.c pattern_scanner */
export function newScanner(p: PyPattern, string: PyObject, pos: number, endpos: number):
  PyScanner {
  return new PyScanner(p, stateInit(p.isbytes, p.groups, string, pos, endpos));
}

/** One step: match (search false) or search from where the last match ended. */
function scan(sc: PyScanner, search: boolean): PyObject {
  if (sc.executing) {
    throw raiseNew(PyExc_ValueError, 'regular expression scanner already executing');
  }
  if (!sc.live) return Py_None;
  sc.executing = true;
  try {
    const state = sc.state;
    stateReset(state);
    state.ptr = state.start;
    const status = search ? sreSearch(state, sc.pattern.code)
      : sreMatch(state, sc.pattern.code, 0, 1);
    const match = newMatch(sc.pattern, state, status);
    if (status === 0) {
      sc.live = false;
    } else {
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return match;
  } finally {
    sc.executing = false;
  }
}

PyScanner_Type.tp_methods = [
  { ml_name: 'match', ml_meth: (s) => scan(s as PyScanner, false) },
  { ml_name: 'search', ml_meth: (s) => scan(s as PyScanner, true) },
];
PyScanner_Type.tp_members = [
  { name: 'pattern', get: (o) => (o as PyScanner).pattern, set: null },
];
