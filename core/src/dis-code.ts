// The view of a code object that marshal, dis and --code-json share: PyCode's fields as
// CPython 3.13 stores them (Objects/codeobject.c), plus the quickened copy the VM may keep.

import { PyCode, newCode, reprString, type PyCodeInit, type PyObject } from './objects/index.js';

/** What marshal reads for a code object (the same record PyCode is built from). */
export type CodeFields = PyCodeInit;

/** Everything dis and --code-json read from a code object. */
export interface DisCode extends PyCodeInit {
  co_varnames: readonly string[];
  co_cellvars: readonly string[];
  co_freevars: readonly string[];
  co_nlocals: number;
  /** The quickened copy (specialised opcodes), when the VM has made one. */
  adaptiveCode?: Uint8Array | null;
}

/** Builds the VM's code object from marshalled fields. @see Objects/codeobject.c */
export function newCodeFromFields(f: CodeFields): PyObject {
  return newCode(f);
}

/** The code object `o` as DisCode, or null (with `orNull`) when `o` is not one. */
export function codeView(o: unknown, orNull: true): DisCode | null;
export function codeView(o: unknown): DisCode;
export function codeView(o: unknown, orNull = false): DisCode | null {
  if (o instanceof PyCode) return o;
  // Structural fallback: a code object from another copy of the object model (two builds of
  // core loaded side by side) still has the type name and the fields.
  const c = o as { ob_type?: { tp_name?: string }; co_code?: unknown };
  if (c !== null && typeof c === 'object' && c.ob_type?.tp_name === 'code' &&
      c.co_code instanceof Uint8Array) {
    return o as DisCode;
  }
  if (orNull) return null;
  throw new TypeError("don't know how to disassemble this object");
}

/** repr() of a constant, code objects included. */
export function reprConst(o: PyObject): string {
  return reprString(o);
}
