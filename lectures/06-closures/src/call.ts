// Mirrors Python/ceval.c initialize_locals and its error helpers (too_many_positional,
// missing_arguments, format_missing, positional_only_passed_as_keyword): how the arguments of
// a call land in the new frame's localsplus, and CPython's TypeError for every way they don't.

import type { PyObject } from '@ceval/core/object';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyTuple, newTuple, Py_EmptyTuple } from '@ceval/core/objects/tupleobject';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyExc_TypeError, newExceptionMsg } from '@ceval/core/objects/exceptions';
import { CO_VARARGS, CO_VARKEYWORDS } from '@ceval/core/objects/codeobject';
import type { Frame } from '@ceval/core/frame';
import type { Interpreter } from '@ceval/core/interpreter';
import type { PyFunction } from '@ceval/core/runtime/funcobject';

function typeError(msg: string): never {
  throw newExceptionMsg(PyExc_TypeError, msg);
}

/**
 * Bind a call's arguments into frame `f`: `args[start .. start+total)` holds the positional
 * values, then one value per name in `kwnames` (the loop's convention: `total` counts both).
 * The slots of localsplus are, in order: positional
 * parameters (the first co_posonlyargcount of them positional-only), keyword-only
 * parameters, then `*args`, then `**kwargs`. This never calls back into the eval loop, so a
 * call still pushes its frame without recursion in the host.
 * @see Python/ceval.c initialize_locals
 */
export function bindArgs(interp: Interpreter, func: PyFunction, f: Frame,
  args: (PyObject | null)[], start: number, total: number, kwnames: PyObject | null): void {
  const exec = func.exec;
  const nargs = kwnames === null ? total : total - (kwnames as PyTuple).items.length;
  const code = exec.code as {
    co_argcount: number; co_posonlyargcount: number; co_kwonlyargcount: number; co_flags: number;
  };
  const stack = interp.stack;
  const base = f.base;
  const names = exec.localsplusnames;
  const argcount = code.co_argcount;
  const posonly = code.co_posonlyargcount;
  const totalArgs = argcount + code.co_kwonlyargcount;
  const flags = code.co_flags;
  const qualname = func.qualname;

  // **kwargs gets its dict first: unknown keywords go there instead of failing.
  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    stack[base + totalArgs + ((flags & CO_VARARGS) ? 1 : 0)] = kwdict;
  }

  // Copy the positional arguments that have a parameter.
  const n = nargs < argcount ? nargs : argcount;
  for (let i = 0; i < n; i++) stack[base + i] = args[start + i];

  // The rest become the *args tuple.
  if (flags & CO_VARARGS) {
    stack[base + totalArgs] = nargs > n
      ? newTuple(args.slice(start + n, start + nargs) as PyObject[]) : Py_EmptyTuple;
  }

  // Keywords: by name, among the parameters that may be named (not the positional-only).
  if (kwnames !== null) {
    const kws = (kwnames as PyTuple).items;
    for (let i = 0; i < kws.length; i++) {
      const kw = kws[i];
      const value = args[start + nargs + i] as PyObject;
      const key = kw instanceof PyUnicode ? kw.value : undefined;
      // Only f(**d) can bring a non-str name here; CPython rejects it while unpacking the
      // dict (_PyStack_UnpackDict), before naming any function.
      if (typeof key !== 'string') typeError('keywords must be strings');
      let j = posonly;
      while (j < totalArgs && names[j] !== key) j++;
      if (j === totalArgs) {
        if (kwdict === null) {
          if (posonly > 0) positionalOnlyPassedAsKeyword(exec, posonly, kws, qualname);
          typeError(`${qualname}() got an unexpected keyword argument '${key}'`);
        }
        kwdict.setItem(kw, value);
        continue;
      }
      if (stack[base + j] !== null) {
        typeError(`${qualname}() got multiple values for argument '${key}'`);
      }
      stack[base + j] = value;
    }
  }

  // Too many positional arguments (and no *args to take them)?
  if (nargs > argcount && !(flags & CO_VARARGS)) {
    tooManyPositional(stack, base, argcount, code.co_kwonlyargcount, nargs, func.defaults,
      qualname);
  }

  // Missing positional arguments: the defaults fill the last ones.
  if (nargs < argcount) {
    const defs = func.defaults instanceof PyTuple ? func.defaults.items : null;
    const defcount = defs === null ? 0 : defs.length;
    const m = argcount - defcount;
    let missing = 0;
    for (let i = nargs; i < m; i++) if (stack[base + i] === null) missing++;
    if (missing > 0) missingArguments(stack, base, names, 0, m, missing, 'positional', qualname);
    if (defs !== null) {
      for (let i = n > m ? n - m : 0; i < defcount; i++) {
        if (stack[base + m + i] === null) stack[base + m + i] = defs[i];
      }
    }
  }

  // Keyword-only parameters not given take __kwdefaults__, or are missing.
  if (code.co_kwonlyargcount > 0) {
    const kwdefs = func.kwdefaults instanceof PyDict ? func.kwdefaults : null;
    let missing = 0;
    for (let i = argcount; i < totalArgs; i++) {
      if (stack[base + i] !== null) continue;
      const d = kwdefs === null ? null : kwdefs.getItemStr(names[i]);
      if (d !== null) {
        stack[base + i] = d;
        continue;
      }
      missing++;
    }
    if (missing > 0) {
      missingArguments(stack, base, names, argcount, totalArgs, missing, 'keyword-only',
        qualname);
    }
  }
}

/**
 * "f() takes 2 positional arguments but 3 were given", with the range when there are
 * defaults and the keyword-only arguments that were given.
 * @see Python/ceval.c too_many_positional
 */
function tooManyPositional(stack: (PyObject | null)[], base: number, argcount: number,
  kwonly: number, given: number, defaults: PyObject | null, qualname: string): never {
  let kwonlyGiven = 0;
  for (let i = argcount; i < argcount + kwonly; i++) if (stack[base + i] !== null) kwonlyGiven++;
  const defcount = defaults instanceof PyTuple ? defaults.items.length : 0;
  let sig: string;
  let plural: boolean;
  if (defcount > 0) {
    sig = `from ${argcount - defcount} to ${argcount}`;
    plural = true;
  } else {
    sig = String(argcount);
    plural = argcount !== 1;
  }
  const kwSig = kwonlyGiven > 0
    ? ` positional argument${given !== 1 ? 's' : ''} (and ${kwonlyGiven} keyword-only `
      + `argument${kwonlyGiven !== 1 ? 's' : ''})`
    : '';
  typeError(`${qualname}() takes ${sig} positional argument${plural ? 's' : ''} but `
    + `${given}${kwSig} ${given === 1 && kwonlyGiven === 0 ? 'was' : 'were'} given`);
}

/**
 * "f() missing 2 required positional arguments: 'a' and 'b'" — names as reprs, joined
 * the English way ("'a', 'b', and 'c'"). @see Python/ceval.c missing_arguments, format_missing
 */
function missingArguments(stack: (PyObject | null)[], base: number, names: readonly string[],
  from: number, to: number, missing: number, kind: string, qualname: string): never {
  const list: string[] = [];
  for (let i = from; i < to; i++) {
    if (stack[base + i] === null) list.push(`'${names[i]}'`);
  }
  let text: string;
  if (list.length === 1) text = list[0];
  else if (list.length === 2) text = `${list[0]} and ${list[1]}`;
  else text = `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}`;
  typeError(`${qualname}() missing ${missing} required ${kind} argument`
    + `${missing === 1 ? '' : 's'}: ${text}`);
}

/**
 * A keyword that names a positional-only parameter (and no **kwargs to take it) is a
 * special error listing every such name. @see Python/ceval.c positional_only_passed_as_keyword
 */
function positionalOnlyPassedAsKeyword(exec: { localsplusnames: readonly string[] },
  posonly: number, kws: readonly PyObject[], qualname: string): void {
  const hits: string[] = [];
  for (let k = 0; k < posonly; k++) {
    const name = exec.localsplusnames[k];
    for (const kw of kws) if ((kw as PyUnicode).value === name) hits.push(name);
  }
  if (hits.length > 0) {
    typeError(`${qualname}() got some positional-only arguments passed as keyword `
      + `arguments: '${hits.join(', ')}'`);
  }
}
