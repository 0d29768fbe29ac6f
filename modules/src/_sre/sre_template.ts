// Replacement templates in Modules/_sre/sre.c (3.12+): re._compile_template parses a
// replacement string such as r'\1-\g<name>' once into literal pieces and group numbers, and
// _sre.template() packs them into an SRE_Template that sub() and Match.expand() fill in.

import {
  PyObject, newStaticType, Py_TPFLAGS_DISALLOW_INSTANTIATION, Py_TPFLAGS_HAVE_GC, typeName,
} from '@ceval/core/object';
import { PyUnicode, PyUnicode_Type, newStr } from '@ceval/core/objects/unicodeobject';
import { PyBytes, PyBytes_Type, newBytes } from '@ceval/core/objects/bytesobject';
import { Py_None } from '@ceval/core/objects/noneobject';
import {
  PyExc_TypeError, PyExc_IndexError, PyExc_RuntimeError, PyBaseException,
} from '@ceval/core/objects/exceptions';
import { raiseNew } from '@ceval/core/runtime/errors';
import { PyList } from '@ceval/core/runtime/listobject';
import { currentInterpreter, type Interpreter } from '@ceval/core/interpreter';
import { importModule } from '@ceval/core/runtime/import';
import { indexValue } from './sre_string.js';
import type { PyPattern } from './sre_pattern.js';
import { matchGetsliceByIndex, type PyMatch } from './sre_match.js';

/** `_sre.SRE_Template`. @see sre.c template_spec */
export const PyTemplate_Type = newStaticType('_sre.SRE_Template', undefined,
  Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_HAVE_GC);
PyTemplate_Type.tp_module = '_sre';

/** literal, then (group, literal) pairs; a null literal is an empty one, skipped. */
export class PyTemplate extends PyObject {
  declare literal: PyObject;
  declare indices: number[];
  declare literals: (PyObject | null)[];
  constructor(literal: PyObject) {
    super(PyTemplate_Type);
    this.literal = literal;
    this.indices = [];
    this.literals = [];
  }
}

/**
 * _sre.template(pattern, template): template is [literal, group, literal, ..., literal].
 * @see sre.c _sre_template_impl
 */
export function sreTemplate(template: PyObject): PyTemplate {
  const items = (template as PyList).items;
  const n = items.length;
  if ((n & 1) === 0 || n < 1) throw raiseNew(PyExc_TypeError, 'invalid template');
  const t = new PyTemplate(items[0]);
  for (let i = 0; i < (n >> 1); i++) {
    const v = indexValue(items[2 * i + 1]);
    if (v === null) {
      throw raiseNew(PyExc_TypeError, `'${typeName(items[2 * i + 1].ob_type)}' object cannot `
        + 'be interpreted as an integer');
    }
    if (v < 0) throw raiseNew(PyExc_TypeError, 'invalid template');
    t.indices.push(Number(v));
    const lit = items[2 * i + 2];
    const empty = (lit instanceof PyUnicode && lit.value.length === 0)
      || (lit instanceof PyBytes && lit.value.length === 0);
    t.literals.push(empty ? null : lit);
  }
  return t;
}

/** Per-interpreter: re._compile_template, looked up once (tests may set it). */
const compileTemplateFuncs = new WeakMap<Interpreter, PyObject>();

/** Let `fn(pattern, repl)` stand in for re._compile_template (used where `re` is absent). */
export function setCompileTemplate(interp: Interpreter, fn: PyObject): void {
  compileTemplateFuncs.set(interp, fn);
}

function isTypeError(e: unknown): boolean {
  if (!(e instanceof PyBaseException)) return false;
  for (let t = e.ob_type as PyObject['ob_type'] | null; t !== null; t = t.tp_base) {
    if (t === PyExc_TypeError) return true;
  }
  return false;
}

/** Hand a replacement string to re._compile_template. @see sre.c compile_template */
export function compileTemplate(pattern: PyPattern, template: PyObject): PyTemplate {
  const interp = currentInterpreter();
  let func = compileTemplateFuncs.get(interp);
  if (func === undefined) {
    func = interp.hooks.getAttr(importModule(interp, 're'), newStr('_compile_template'));
    compileTemplateFuncs.set(interp, func);
  }
  let result: PyObject;
  try {
    result = interp.callObject(func, [pattern, template], null);
  } catch (e) {
    // An unhashable replacement (a bytearray, a str subclass with __eq__): retry with the
    // plain str or bytes it stands for.
    if (!isTypeError(e)) throw e;
    if (template instanceof PyUnicode && template.ob_type !== PyUnicode_Type) {
      template = newStr(template.value);
    } else if (template instanceof PyBytes && template.ob_type !== PyBytes_Type) {
      template = newBytes(template.value.slice());
    } else {
      throw e;
    }
    result = interp.callObject(func, [pattern, template], null);
  }
  if (result.ob_type !== PyTemplate_Type) {
    throw raiseNew(PyExc_RuntimeError,
      `the result of compiling a replacement string is ${result.ob_type.tp_name}`);
  }
  return result as PyTemplate;
}

/** Join str pieces, or bytes pieces, as str.join / bytes.join would. */
export function joinPieces(isStr: boolean, pieces: PyObject[]): PyObject {
  if (isStr) {
    let s = '';
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (!(p instanceof PyUnicode)) {
        throw raiseNew(PyExc_TypeError,
          `sequence item ${i}: expected str instance, ${typeName(p.ob_type)} found`);
      }
      s += p.value;
    }
    return newStr(s);
  }
  let n = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (!(p instanceof PyBytes)) {
      throw raiseNew(PyExc_TypeError,
        `sequence item ${i}: expected a bytes-like object, ${typeName(p.ob_type)} found`);
    }
    n += p.value.length;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of pieces) {
    out.set((p as PyBytes).value, at);
    at += (p as PyBytes).value.length;
  }
  return newBytes(out);
}

/** Fill the template in from a match. @see sre.c expand_template */
export function expandTemplate(t: PyTemplate, m: PyMatch): PyObject {
  if (t.indices.length === 0) return t.literal;
  const pieces: PyObject[] = [t.literal];
  for (let i = 0; i < t.indices.length; i++) {
    const index = t.indices[i];
    if (index >= m.groups) throw raiseNew(PyExc_IndexError, 'no such group');
    const item = matchGetsliceByIndex(m, index, Py_None);
    if (item !== Py_None) pieces.push(item);
    const lit = t.literals[i];
    if (lit !== null) pieces.push(lit);
  }
  return joinPieces(t.literal instanceof PyUnicode, pieces);
}
