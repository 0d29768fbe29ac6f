// Mirrors the method tables of Objects/exceptions.c, the part that needs the runtime (calls,
// lists, attribute access): BaseException's add_note, __reduce__ and __setstate__; the
// __reduce__ of OSError, ImportError and AttributeError; BaseExceptionGroup's derive, split
// and subgroup, with the recursive split that `except*` also uses (lecture 08).

import { PyObject, PyTypeObject, typeName } from '../object.js';
import { PyTuple, PyTuple_Type, newTuple } from '../objects/tupleobject.js';
import { PyUnicode, PyUnicode_Check, newStr } from '../objects/unicodeobject.js';
import { PyDict, newDict } from '../objects/dictobject.js';
import { Py_None } from '../objects/noneobject.js';
import {
  PyBaseException, PyBaseExceptionGroupObject, PyOSErrorObject, PyImportErrorObject,
  PyAttributeErrorObject, PyExc_BaseException, PyExc_BaseExceptionGroup, PyExc_ExceptionGroup,
  PyExc_OSError, PyExc_ImportError, PyExc_AttributeError, PyExceptionClass_Check, excMatches,
  exceptionSequenceTuple, withTracebackMethod, typeError,
} from '../objects/exceptions.js';
import { currentInterpreter } from '../interpreter.js';
import { PyList } from './listobject.js';
import { classGetItemMethod } from './genericaliasobject.js';
import { PyCallable_Check } from './bltinmodule.js';

function oneArg(name: string, args: PyObject[]): PyObject {
  if (args.length !== 1) {
    typeError(`${name}() takes exactly one argument (${args.length} given)`);
  }
  return args[0];
}

function noArgs(name: string, args: PyObject[]): void {
  if (args.length !== 0) typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** getattr(o, name) through the running VM, or null on AttributeError. */
function getOptionalAttr(o: PyObject, name: string): PyObject | null {
  try {
    return currentInterpreter().hooks.getAttr(o, newStr(name));
  } catch (e) {
    if (e instanceof PyBaseException && excMatches(e.ob_type, PyExc_AttributeError)) return null;
    throw e;
  }
}

function setAttr(o: PyObject, name: PyObject, v: PyObject): void {
  currentInterpreter().hooks.setAttr(o, name as PyUnicode, v);
}

function call(f: PyObject, args: PyObject[]): PyObject {
  return currentInterpreter().hooks.call(f, args, null);
}

/**
 * `exc.add_note(note)`: append to `__notes__`, making the list on first use.
 * @see Objects/exceptions.c BaseException_add_note_impl
 */
function addNote(self: PyObject, args: PyObject[]): PyObject {
  const note = oneArg('BaseException.add_note', args);
  if (!PyUnicode_Check(note)) {
    typeError(`note must be a str, not '${typeName(note.ob_type)}'`);
  }
  let notes = getOptionalAttr(self, '__notes__');
  if (notes === null) {
    notes = new PyList([]);
    setAttr(self, newStr('__notes__'), notes);
  } else if (!(notes instanceof PyList)) {
    typeError('Cannot add note: __notes__ is not a list');
  }
  (notes as PyList).items.push(note);
  return Py_None;
}

/**
 * Add a note from host code, as C code does with _PyException_AddNote (a codec failure
 * notes which codec failed): exc.add_note(note).
 * @see Objects/exceptions.c _PyException_AddNote
 */
export function exceptionAddNote(exc: PyBaseException, note: string): void {
  addNote(exc, [newStr(note)]);
}

/** (type, args) or (type, args, __dict__). @see BaseException___reduce___impl */
function reduce(self: PyObject, state: PyObject | null): PyTuple {
  const e = self as PyBaseException;
  return newTuple(state === null ? [e.ob_type, e.args] : [e.ob_type, e.args, state]);
}

/** Set each item of the state dict as an attribute. @see BaseException___setstate___impl */
function setState(self: PyObject, args: PyObject[]): PyObject {
  const state = oneArg('BaseException.__setstate__', args);
  if (state === Py_None) return Py_None;
  if (!(state instanceof PyDict)) typeError('state is not a dictionary');
  for (const { key: k, value: v } of [...state.entries()]) {
    if (!(k instanceof PyUnicode)) {
      typeError(`attribute name must be string, not '${typeName(k.ob_type)}'`);
    }
    setAttr(self, k, v);
  }
  return Py_None;
}

/** A copy of the instance dict with extra fields, as the getstate helpers build. */
function stateWith(e: PyBaseException, fields: [string, PyObject | null][]): PyDict {
  const d = e.dict === null ? newDict() : e.dict.copy();
  for (const [k, v] of fields) if (v !== null) d.setItemStr(k, v);
  return d;
}

PyExc_BaseException.tp_methods = [
  { ml_name: '__reduce__', ml_meth: (self, args) => {
    noArgs('BaseException.__reduce__', args);
    return reduce(self, (self as PyBaseException).dict);
  } },
  { ml_name: '__setstate__', ml_meth: setState },
  withTracebackMethod,
  { ml_name: 'add_note', ml_meth: addNote, ml_doc: 'Add a note to the exception' },
];

/** OSError's args grow back their filenames. @see Objects/exceptions.c OSError_reduce */
PyExc_OSError.tp_methods = [{ ml_name: '__reduce__', ml_meth: (self, args) => {
  noArgs('OSError.__reduce__', args);
  const e = self as PyOSErrorObject;
  let a = e.args;
  if (a.items.length === 2 && e.filename !== null) {
    a = newTuple(e.filename2 !== null
      ? [a.items[0], a.items[1], e.filename, Py_None, e.filename2]
      : [a.items[0], a.items[1], e.filename]);
  }
  return newTuple(e.dict !== null ? [e.ob_type, a, e.dict] : [e.ob_type, a]);
} }];

/** @see Objects/exceptions.c ImportError_reduce, ImportError_getstate */
PyExc_ImportError.tp_methods = [{ ml_name: '__reduce__', ml_meth: (self, args) => {
  noArgs('ImportError.__reduce__', args);
  const e = self as PyImportErrorObject;
  const named = e.name !== null || e.path !== null || e.name_from !== null;
  const state = named ? stateWith(e, [['name', e.name], ['path', e.path],
    ['name_from', e.name_from]]) : e.dict;
  return reduce(e, state);
} }];

/** @see Objects/exceptions.c AttributeError_getstate, AttributeError_reduce */
function attributeErrorState(self: PyObject): PyDict {
  const e = self as PyAttributeErrorObject;
  return stateWith(e, [['name', e.name], ['args', e.args]]);
}
PyExc_AttributeError.tp_methods = [
  { ml_name: '__getstate__', ml_meth: (self, args) => {
    noArgs('AttributeError.__getstate__', args);
    return attributeErrorState(self);
  } },
  { ml_name: '__reduce__', ml_meth: (self, args) => {
    noArgs('AttributeError.__reduce__', args);
    return reduce(self, attributeErrorState(self));
  } },
];

// ---- exception groups ----

/** How split() and subgroup() decide what matches. @see _exceptiongroup_split_matcher_type */
export type SplitMatcher = (exc: PyBaseException) => boolean;

/**
 * What the argument of split()/subgroup() means: a predicate (any callable but a class), an
 * exception type, or a tuple of exception types.
 * @see Objects/exceptions.c get_matcher_type, exceptiongroup_split_check_match
 */
function matcherFor(value: PyObject): SplitMatcher {
  const interp = currentInterpreter();
  if (!(value instanceof PyTypeObject) && PyCallable_Check(value)) {
    return (exc) => interp.hooks.isTrue(call(value, [exc]));
  }
  if (PyExceptionClass_Check(value)) return (exc) => excMatches(exc.ob_type, value);
  if (value.ob_type === PyTuple_Type && (value as PyTuple).items.every(PyExceptionClass_Check)) {
    const types = (value as PyTuple).items as PyTypeObject[];
    return (exc) => types.some((t) => excMatches(exc.ob_type, t));
  }
  typeError('expected an exception type, a tuple of exception types, or a callable (other '
    + 'than a class)');
}

/**
 * A group like `orig` holding `excs`, made by orig.derive() (which a subclass may override),
 * carrying orig's traceback, cause, context and a copy of its notes; null for no excs.
 * @see Objects/exceptions.c exceptiongroup_subset
 */
function subset(orig: PyBaseExceptionGroupObject, excs: PyObject[]): PyObject | null {
  if (excs.length === 0) return null;
  const derive = currentInterpreter().hooks.getAttr(orig, newStr('derive'));
  const eg = call(derive, [new PyList(excs)]);
  if (!(eg instanceof PyBaseExceptionGroupObject)) {
    typeError('derive must return an instance of BaseExceptionGroup');
  }
  if (orig.traceback !== null) eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  eg.suppress_context = true;
  const notes = getOptionalAttr(orig, '__notes__');
  // Each part gets its own list; notes that are not a sequence are quietly dropped.
  if (notes !== null && isSequenceForNotes(notes)) {
    setAttr(eg, newStr('__notes__'), new PyList(exceptionSequenceTuple(notes).items.slice()));
  }
  return eg;
}

function isSequenceForNotes(o: PyObject): boolean {
  if (o instanceof PyDict) return false;
  for (let c: PyTypeObject | null = o.ob_type; c !== null; c = c.tp_base) {
    if (c.tp_as_sequence !== null && c.tp_as_sequence.sq_item !== null) return true;
  }
  return o instanceof PyTuple || o instanceof PyList;
}

/**
 * Split `exc` into the part that matches and (if `withRest`) the part that does not, keeping
 * the nesting: a matching leaf or group is kept whole, a group is split member by member.
 * @see Objects/exceptions.c exceptiongroup_split_recursive
 */
export function splitRecursive(exc: PyBaseException, match: SplitMatcher, withRest: boolean):
  [PyObject | null, PyObject | null] {
  if (match(exc)) return [exc, null];
  if (!(exc instanceof PyBaseExceptionGroupObject)) return [null, withRest ? exc : null];
  const matched: PyObject[] = [];
  const rest: PyObject[] = [];
  for (const e of exc.excs.items) {
    const [m, r] = splitRecursive(e as PyBaseException, match, withRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  const m = subset(exc, matched);
  return [m, withRest ? subset(exc, rest) : null];
}

/** `BaseExceptionGroup(self.message, excs)`. @see BaseExceptionGroup_derive_impl */
function derive(self: PyObject, args: PyObject[]): PyObject {
  const excs = oneArg('BaseExceptionGroup.derive', args);
  return call(PyExc_BaseExceptionGroup, [(self as PyBaseExceptionGroupObject).msg, excs]);
}

PyExc_BaseExceptionGroup.tp_methods = [
  { ml_name: 'derive', ml_meth: derive },
  { ml_name: 'split', ml_meth: (self, args) => {
    const m = matcherFor(oneArg('BaseExceptionGroup.split', args));
    const [a, b] = splitRecursive(self as PyBaseException, m, true);
    return newTuple([a ?? Py_None, b ?? Py_None]);
  } },
  { ml_name: 'subgroup', ml_meth: (self, args) => {
    const m = matcherFor(oneArg('BaseExceptionGroup.subgroup', args));
    return splitRecursive(self as PyBaseException, m, false)[0] ?? Py_None;
  } },
];

// `ExceptionGroup[int]` (PEP 585): each group type answers with an alias of itself.
for (const t of [PyExc_BaseExceptionGroup, PyExc_ExceptionGroup]) {
  const d = t.tp_dict instanceof PyDict ? t.tp_dict : newDict();
  d.setItemStr('__class_getitem__', classGetItemMethod(t));
  t.tp_dict = d;
}
// ExceptionGroup is made at start-up by PyErr_NewException, a heap type: its dict names its
// module, as a class statement's would.
(PyExc_ExceptionGroup.tp_dict as PyDict).setItemStr('__module__', newStr('builtins'));
