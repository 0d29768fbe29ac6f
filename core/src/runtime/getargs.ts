// Mirrors Python/getargs.c _PyArg_UnpackKeywords: how a builtin declared with Argument Clinic
// matches its call's positional and keyword arguments to its parameters, and the exact
// TypeErrors it raises when they do not fit.

import type { PyObject } from '../object.js';
import { newExceptionMsg, PyExc_TypeError } from '../objects/exceptions.js';
import { bestSuggestion } from './traceback.js';

/**
 * A builtin's signature as Argument Clinic sees it: `names` lists every parameter in order
 * (positional-only first, then positional-or-keyword, then keyword-only).
 */
export interface ClinicSignature {
  /** The function name used in messages ("compile"). */
  fname: string;
  names: readonly string[];
  /** How many leading parameters are positional-only (those before `/`). */
  posonly: number;
  /** How many leading parameters are required (the rest have defaults). */
  required: number;
  /** How many trailing parameters are keyword-only (those after `*`). */
  kwonly: number;
}

/**
 * Bind `args` (positional values, then keyword values named by `kwnames`) to `sig`: one
 * slot per parameter, `undefined` where the caller gave nothing. The checks come in
 * CPython's order, so the first message a wrong call earns is the one CPython prints.
 * @see Python/getargs.c _PyArg_UnpackKeywords
 */
export function unpackKeywords(sig: ClinicSignature, args: readonly PyObject[],
  kwnames: readonly string[] | null): (PyObject | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  const maxargs = sig.names.length;
  const maxpos = maxargs - sig.kwonly;
  const minpos = Math.min(sig.required, maxpos);
  const f = `${sig.fname}()`;
  const plural = (n: number): string => (n === 1 ? '' : 's');
  if (nargs + nkw > maxargs) {
    // "keyword" when nothing was positional: the count then is of keywords alone.
    throw newExceptionMsg(PyExc_TypeError, `${f} takes at most ${maxargs} `
      + `${nargs === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    throw newExceptionMsg(PyExc_TypeError, maxpos === 0 ? `${f} takes no positional arguments`
      : `${f} takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional `
        + `argument${plural(maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(sig.posonly, sig.required);
  if (nargs < minposonly) {
    throw newExceptionMsg(PyExc_TypeError, `${f} takes ${minposonly < maxpos ? 'at least'
      : 'exactly'} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(maxargs).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  // Each parameter not filled by position takes its keyword, or is missing.
  let used = 0;
  for (let i = nargs; i < maxargs; i++) {
    const k = i < sig.posonly ? -1 : (kwnames?.indexOf(sig.names[i]) ?? -1);
    if (k >= 0) {
      out[i] = args[nargs + k];
      used++;
    } else if (i < sig.required) {
      throw newExceptionMsg(PyExc_TypeError,
        `${f} missing required argument '${sig.names[i]}' (pos ${i + 1})`);
    }
  }
  if (used < nkw) {
    // A keyword no parameter took: say why, as error_unexpected_keyword_arg does.
    for (const name of kwnames!) {
      const i = sig.names.indexOf(name);
      if (i >= sig.posonly && i < nargs) {
        throw newExceptionMsg(PyExc_TypeError,
          `argument for ${f} given by name ('${name}') and position (${i + 1})`);
      }
      if (i >= 0 && i < sig.posonly) {
        throw newExceptionMsg(PyExc_TypeError, `${f} got some positional-only arguments `
          + `passed as keyword arguments: '${name}'`);
      }
      if (i < 0) {
        // 3.13 names the closest keyword parameter, as NameError does a name.
        const near = bestSuggestion(sig.names.slice(sig.posonly), name);
        throw newExceptionMsg(PyExc_TypeError,
          `${f} got an unexpected keyword argument '${name}'`
          + (near === null ? '' : `. Did you mean '${near}'?`));
      }
    }
  }
  return out;
}
