// Mirrors Python/traceback.c: traceback objects, the entry PyTraceBack_Here adds for each
// frame an exception passes through, their attributes (tb_next, which may be rewired but
// never into a loop; tb_frame, tb_lasti, tb_lineno) and `types.TracebackType(...)`.

import { PyObject, PyTypeObject, newStaticType, typeName } from '../object.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyList } from './listobject.js';
import { PyDict } from '../objects/dictobject.js';
import { Py_None } from '../objects/noneobject.js';
import {
  PyBaseException, typeError, valueError, overflowError, setTracebackType,
} from '../objects/exceptions.js';
import { Frame, PyFrameObject, frameGetFrameObject } from '../frame.js';
import type { CodeExec } from '../ceval-code.js';

/** `traceback`. @see Python/traceback.c PyTraceBack_Type */
export const PyTraceBack_Type: PyTypeObject = newStaticType('traceback');
setTracebackType(PyTraceBack_Type);

/** One traceback entry: a frame and the instruction it was at. @see PyTracebackObject */
export class PyTraceback extends PyObject {
  /** tb_lineno as `types.TracebackType(...)` was given it; null: from the instruction. */
  lineno: number | null = null;
  constructor(public tb_next: PyTraceback | null, public tb_frame: PyFrameObject,
    /** byte offset of the instruction, as tb_lasti is */
    public tb_lasti: number, public exec: CodeExec, public lasti: number) {
    super(PyTraceBack_Type);
  }
  get tb_lineno(): number {
    return this.lineno ?? this.exec.lineAt(this.lasti);
  }
}

/**
 * Prepend an entry for `f` (at its current instruction) to the exception's traceback.
 * @see Python/traceback.c PyTraceBack_Here
 */
export function tracebackHere(exc: PyBaseException, f: Frame): void {
  const prev = exc.traceback instanceof PyTraceback ? exc.traceback : null;
  exc.traceback = new PyTraceback(prev, frameGetFrameObject(f), f.lasti * 2, f.exec, f.lasti);
}

/** Check a new tb_next: a traceback or None, and not one that leads back to `self`. */
function checkNext(self: PyTraceback | null, v: PyObject, what: string): PyTraceback | null {
  if (v === Py_None) return null;
  if (!(v instanceof PyTraceback)) typeError(`${what}, got '${typeName(v.ob_type)}'`);
  for (let c: PyTraceback | null = v; c !== null; c = c.tb_next) {
    if (c === self) valueError('traceback loop detected');
  }
  return v;
}

/** @see Python/traceback.c tb_getsetters, tb_memberlist */
PyTraceBack_Type.tp_getset = [
  {
    name: 'tb_next',
    get: (o) => (o as PyTraceback).tb_next ?? Py_None,
    set: (o, v) => {
      if (v === null) typeError("can't delete tb_next attribute");
      (o as PyTraceback).tb_next = checkNext(o as PyTraceback, v, 'expected traceback object');
    },
  },
  { name: 'tb_lineno', get: (o) => newInt((o as PyTraceback).tb_lineno), set: null },
];
PyTraceBack_Type.tp_members = [
  { name: 'tb_frame', get: (o) => (o as PyTraceback).tb_frame, set: null },
  { name: 'tb_lasti', get: (o) => newInt((o as PyTraceback).tb_lasti), set: null },
];

const PARAMS = ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno'];

/** A C int argument (`_PyLong_AsInt`). */
function cInt(v: PyObject): number {
  if (!(v instanceof PyLong)) {
    typeError(`'${typeName(v.ob_type)}' object cannot be interpreted as an integer`);
  }
  const n = Number(v.value);
  if (n > 2147483647 || n < -2147483648) overflowError('Python int too large to convert to C int');
  return n;
}

/**
 * `TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`, positional or by keyword.
 * @see Python/traceback.c tb_new_impl, tb_create_raw
 */
PyTraceBack_Type.tp_new = (_type, args, kwargs) => {
  // _PyArg_UnpackKeywords: the total count first, then each parameter, then leftovers.
  const kw = kwargs as PyDict | null;
  const total = args.length + (kw === null ? 0 : kw.ma_used);
  if (total > 4) typeError(`traceback() takes at most 4 arguments (${total} given)`);
  const got: (PyObject | null)[] = PARAMS.map((p, i) => {
    const byName = kw === null ? null : kw.getItemStr(p);
    if (byName !== null && i < args.length) {
      typeError(`argument for traceback() given by name ('${p}') and position (${i + 1})`);
    }
    const v = i < args.length ? args[i] : byName;
    if (v === null) typeError(`traceback() missing required argument '${p}' (pos ${i + 1})`);
    return v;
  });
  for (const e of kw === null ? [] : [...kw.entries()]) {
    const name = (e.key as PyUnicode).value;
    if (!PARAMS.includes(name)) typeError(`traceback() got an unexpected keyword argument '${name}'`);
  }
  const [next, frame, lasti, lineno] = got as PyObject[];
  if (!(frame instanceof PyFrameObject)) {
    const what = frame === Py_None ? 'None' : typeName(frame.ob_type);
    typeError(`traceback() argument 'tb_frame' must be frame, not ${what}`);
  }
  const tbLasti = cInt(lasti);
  const tbLineno = cInt(lineno);
  const tbNext = checkNext(null, next, 'expected traceback object or None');
  const exec = frame.frame.exec;
  const tb = new PyTraceback(tbNext, frame, tbLasti, exec, tbLasti >= 0 ? tbLasti >> 1 : -1);
  tb.lineno = tbLineno;
  return tb;
};

/** dir(tb) lists only the four tb_* attributes. @see Python/traceback.c tb_dir */
PyTraceBack_Type.tp_methods = [{
  ml_name: '__dir__',
  ml_meth: () => new PyList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno'].map(newStr)),
}];
