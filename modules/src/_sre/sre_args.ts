// How _sre's methods take their arguments: Modules/_sre/clinic/sre.c.h is Argument Clinic's
// output for each, and core's getargs.ts reproduces _PyArg_UnpackKeywords and its messages.
// A builtin method receives its keywords as a dict; this turns them back into names.

import type { PyObject } from '@ceval/core/object';
import { PyDict } from '@ceval/core/objects/dictobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { unpackKeywords, type ClinicSignature } from '@ceval/core/runtime/getargs';

/** A clinic signature with `posonly` positional-only and `required` required parameters. */
export function sig(fname: string, names: string[], posonly: number, required: number,
  kwonly = 0): ClinicSignature {
  return { fname, names, posonly, required, kwonly };
}

/** Bind a method call's arguments to `s`; absent optional parameters are undefined. */
export function bind(s: ClinicSignature, args: PyObject[], kwargs: PyObject | null):
  (PyObject | undefined)[] {
  if (!(kwargs instanceof PyDict) || kwargs.ma_used === 0) {
    if (args.length >= s.required && args.length <= s.names.length - s.kwonly) {
      const out: (PyObject | undefined)[] = args.slice();
      while (out.length < s.names.length) out.push(undefined);
      return out;
    }
    return unpackKeywords(s, args, null);
  }
  const all = args.slice();
  const names: string[] = [];
  for (const k of kwargs.keys()) {
    names.push(k instanceof PyUnicode ? k.value : String(k));
    all.push(kwargs.getItem(k)!);
  }
  return unpackKeywords(s, all, names);
}
