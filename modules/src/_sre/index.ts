// The `_sre` module: CPython's regular-expression engine (Modules/_sre/), the half of `re`
// written in C. re._compiler turns a pattern into a list of code words; _sre.compile makes
// a Pattern of them, and the engine here runs that code over str or bytes.

import type { Interpreter } from '@ceval/core/interpreter';
import type { PyObject } from '@ceval/core/object';
import { makeSreModule } from './sre.js';

/** Build the `_sre` module object for `interp`. @see Modules/_sre/sre.c PyInit__sre */
export function make_sre_module(interp: Interpreter): PyObject {
  return makeSreModule(interp);
}

export { PyPattern, PyPattern_Type } from './sre_pattern.js';
export { PyMatch, PyMatch_Type } from './sre_match.js';
export { PyScanner_Type } from './sre_scanner.js';
export { PyTemplate_Type, setCompileTemplate } from './sre_template.js';
export { SRE_MAGIC } from './sre_constants.js';
