/**
 * @packageDocumentation
 * The bare constant types of core (None, bool, int, float, complex, str, bytes, tuple,
 * frozenset/set, code, Ellipsis, NotImplemented), dict as a namespace, the exception
 * hierarchy, and CPython's hashing. Each type file fills its own identity slots (tp_repr,
 * tp_hash); number, sequence and mapping slots are left to the lectures.
 */

export * from '../object.js';
export * from './siphash.js';
export * from './pyhash.js';
export * from './noneobject.js';
export * from './longobject.js';
export * from './boolobject.js';
export * from './floatrepr.js';
export * from './floatformat.js';
export * from './floatobject.js';
export * from './complexobject.js';
export * from './unicodeobject.js';
export * from './bytesobject.js';
export * from './tupleobject.js';
export * from './objectcore.js';
export * from './setobject.js';
export * from './dictobject.js';
export * from './codeobject.js';
export * from './codeobject-attrs.js';
export * from './exceptions.js';
export {
  PySyntaxErrorObject as PySyntaxError, PyStopIterationObject as PyStopIteration,
} from './exceptions.js';
export * from './constkey.js';
