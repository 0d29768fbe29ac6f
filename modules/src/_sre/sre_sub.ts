// sub() and subn() of Modules/_sre/sre.c (pattern_subx): each match replaced by a literal
// string, by a template filled in from the match (re._compile_template), or by what a
// callable returns for it.

import type { PyObject } from '@ceval/core/object';
import { newInt } from '@ceval/core/objects/longobject';
import { newTuple } from '@ceval/core/objects/tupleobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import { Py_True } from '@ceval/core/objects/boolobject';
import { currentInterpreter } from '@ceval/core/interpreter';
import { stateInit, getslice, getSubject } from './sre_string.js';
import { newMatch, type PyMatch } from './sre_match.js';
import { compileTemplate, expandTemplate, joinPieces, type PyTemplate } from './sre_template.js';
import { searchNext, advance, type PyPattern } from './sre_pattern.js';

const LITERAL = 0;
const TEMPLATE = 1;
const CALLABLE = 2;

const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER;

/** @see sre.c pattern_subx */
export function subx(p: PyPattern, ptemplate: PyObject, string: PyObject, count: number,
  subn: boolean): PyObject {
  const interp = currentInterpreter();
  let filter: PyObject = ptemplate;
  let filterType = LITERAL;
  if (interp.callObject(interp.builtins.getItemStr('callable')!, [ptemplate], null) === Py_True) {
    filterType = CALLABLE;
  } else {
    // A replacement without a backslash is used as it is; anything else is compiled.
    const s = getSubject(ptemplate);
    const literal = s !== null && s.text.indexOf(92) < 0;
    if (!literal) {
      const t = compileTemplate(p, ptemplate);
      if (t.indices.length === 0) {
        filter = t.literal;
      } else {
        filter = t;
        filterType = TEMPLATE;
      }
    }
  }
  const state = stateInit(p.isbytes, p.groups, string, 0, PY_SSIZE_T_MAX);
  const pieces: PyObject[] = [];
  let n = 0;
  let i = 0;
  while (count === 0 || n < count) {
    if (!searchNext(state, p.code)) break;
    const b = state.start;
    const e = state.ptr;
    if (i < b) pieces.push(getslice(state.isbytes, state.string, state.offs, i, b));
    let item: PyObject;
    if (filterType === LITERAL) {
      item = filter;
    } else {
      const match = newMatch(p, state, 1) as PyMatch;
      item = filterType === TEMPLATE ? expandTemplate(filter as PyTemplate, match)
        : interp.callObject(filter, [match], null);
    }
    if (item !== Py_None) pieces.push(item);
    i = e;
    n++;
    advance(state);
  }
  if (i < state.endpos) pieces.push(getslice(state.isbytes, state.string, state.offs, i, state.endpos));
  const joiner = getslice(state.isbytes, state.string, state.offs, 0, 0);
  const result = pieces.length === 0 ? joiner : joinPieces(!state.isbytes, pieces);
  return subn ? newTuple([result, newInt(n)]) : result;
}
