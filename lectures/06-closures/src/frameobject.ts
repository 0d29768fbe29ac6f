// Mirrors Objects/frameobject.c (the Python-facing frame object) and the part of
// Python/bltinmodule.c that reads a frame's variables: f_locals, locals(), and the frame
// attributes core leaves out (f_trace*, clear()). Core makes frame objects lazily.

import { PyObject, PyTypeObject, PyMappingMethods, newStaticType } from '@ceval/core/object';
import { Py_None } from '@ceval/core/objects/noneobject';
import { Py_True, Py_False } from '@ceval/core/objects/boolobject';
import { PyUnicode } from '@ceval/core/objects/unicodeobject';
import { PyDict, PyDict_Type } from '@ceval/core/objects/dictobject';
import { PyExc_AttributeError, PyExc_TypeError, PyExc_KeyError, PyExc_RuntimeError, newExceptionMsg, newException }
  from '@ceval/core/objects/exceptions';
import { PyFrame_Type, PyFrameObject, frameSlots, type Frame } from '@ceval/core/frame';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { noArgs } from '@ceval/core/runtime/bltinmodule';
import { currentInterpreter, type Interpreter } from '@ceval/core/interpreter';
import { PyCell } from './cellobject.js';

/**
 * A snapshot of a function frame's variables: locals that are bound, and the contents of
 * its cells and free variables (a cell's box is an implementation detail, never shown).
 * @see Objects/frameobject.c _PyFrame_GetLocals, frame_get_var
 */
export function frameLocalsSnapshot(interp: Interpreter, f: Frame): PyDict {
  const d = new PyDict();
  const exec = f.exec;
  const kinds = (exec.code as { co_localspluskinds?: Uint8Array }).co_localspluskinds;
  const names = exec.localsplusnames;
  // A suspended generator's frame keeps its slots off the data stack (lecture 09).
  const [slots, base] = frameSlots(interp.stack, f);
  for (let i = 0; i < exec.nlocalsplus; i++) {
    let v = slots[base + i] ?? null;
    // 0x40 CO_FAST_CELL, 0x80 CO_FAST_FREE: the slot holds a cell, show what is inside.
    if (v instanceof PyCell && kinds !== undefined && (kinds[i] & 0xc0) !== 0) v = v.ref;
    if (v !== null) d.setItemStr(names[i], v);
  }
  return d;
}

/** `FrameLocalsProxy`. @see Objects/frameobject.c PyFrameLocalsProxy_Type */
export const PyFrameLocalsProxy_Type: PyTypeObject = newStaticType('FrameLocalsProxy');

/**
 * What `f_locals` of a function frame is since 3.13 (PEP 667): a live view of the frame's
 * variables. Reads and writes go to localsplus (through the cell for captured variables);
 * variables cannot be removed.
 * @see Objects/frameobject.c framelocalsproxy_getitem, framelocalsproxy_setitem
 */
export class PyFrameLocalsProxy extends PyObject {
  fo: PyFrameObject;
  constructor(fo: PyFrameObject) {
    super(PyFrameLocalsProxy_Type);
    this.fo = fo;
  }
}

function proxyIndex(p: PyFrameLocalsProxy, key: PyObject): number {
  if (!(key instanceof PyUnicode)) return -1;
  return p.fo.frame.exec.localsplusnames.indexOf(key.value);
}

function proxySnapshot(p: PyFrameLocalsProxy): PyDict {
  const fo = p.fo as PyFrameObject & { lastLocals?: PyDict };
  // A finished frame's slots belong to someone else now: show what it had when last seen.
  if (fo.finishedLine >= 0) return fo.lastLocals ?? new PyDict();
  const d = frameLocalsSnapshot(currentInterpreter(), fo.frame);
  const extra = (fo as { extraLocals?: PyDict }).extraLocals;
  if (extra !== undefined) for (const e of extra.entries()) d.setItem(e.key, e.value);
  fo.lastLocals = d;
  return d;
}

const proxyMapping = new PyMappingMethods();
proxyMapping.mp_length = (o) => proxySnapshot(o as PyFrameLocalsProxy).ma_used;
proxyMapping.mp_subscript = (o, key) => {
  const v = proxySnapshot(o as PyFrameLocalsProxy).getItem(key);
  if (v === null) throw newException(PyExc_KeyError, [key]);
  return v;
};
proxyMapping.mp_ass_subscript = (o, key, v) => {
  const p = o as PyFrameLocalsProxy;
  if (v === null) {
    throw newExceptionMsg(PyExc_TypeError, 'cannot remove variables from FrameLocalsProxy');
  }
  const i = proxyIndex(p, key);
  if (i < 0 || p.fo.finishedLine >= 0) {
    // Not a variable of the code: kept beside the frame (CPython's f_extra_locals).
    const fx = p.fo as PyFrameObject & { extraLocals?: PyDict };
    (fx.extraLocals ??= new PyDict()).setItem(key, v);
    return;
  }
  const [stack, base] = frameSlots(currentInterpreter().stack, p.fo.frame);
  const slot = base + i;
  const cur = stack[slot];
  if (cur instanceof PyCell) cur.ref = v;
  else stack[slot] = v;
};
PyFrameLocalsProxy_Type.tp_as_mapping = proxyMapping;
PyFrameLocalsProxy_Type.tp_repr = (o) =>
  (PyDict_Type.tp_repr as (d: PyObject) => PyObject)(proxySnapshot(o as PyFrameLocalsProxy));

/** What `f_locals` returns: the namespace of module and class bodies, a proxy otherwise. */
export function frameGetLocals(fo: PyFrameObject): PyObject {
  const f = fo.frame;
  if (f.locals !== null) return f.locals;
  return new PyFrameLocalsProxy(fo);
}

/**
 * The builtin `locals()`: the namespace in module and class bodies, a fresh snapshot in a
 * function (PEP 667). @see Python/bltinmodule.c builtin_locals_impl
 */
export const builtinLocals = new PyCFunction('locals', (args, kw) => {
  noArgs('locals', args, kw);
  const interp = currentInterpreter();
  const f = interp.currentFrame;
  if (f === null) return new PyDict();
  return f.locals ?? frameLocalsSnapshot(interp, f);
}, null);

const extra: Record<string, (fo: PyFrameObject) => PyObject> = {
  f_locals: frameGetLocals,
  f_trace: () => Py_None,
  f_trace_lines: () => Py_True,
  f_trace_opcodes: () => Py_False,
  clear: (fo) => new PyCFunction('clear', () => {
    // A frame still on the stack is running (or waiting for a callee): it cannot be cleared.
    if (fo.finishedLine < 0) {
      throw newExceptionMsg(PyExc_RuntimeError, 'cannot clear an executing frame');
    }
    return Py_None;
  }, fo),
};

/**
 * Frame attribute lookup: what this lecture adds, then core's getset (f_code, f_back,
 * f_lineno, f_lasti, f_globals, f_builtins).
 * @see Objects/frameobject.c frame_getsetlist, frame_memberlist
 */
export function frameGetAttro(o: PyObject, name: PyObject): PyObject {
  const s = (name as PyUnicode).value;
  const fo = o as PyFrameObject;
  const x = extra[s];
  if (x !== undefined) return x(fo);
  for (const g of PyFrame_Type.tp_getset ?? []) {
    if (g.name === s && g.get !== null) return g.get(o);
  }
  throw newExceptionMsg(PyExc_AttributeError, `'frame' object has no attribute '${s}'`);
}

export { PyFrame_Type };
export type { PyTypeObject };
