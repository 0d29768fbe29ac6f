// Mirrors the async half of Python/bltinmodule.c: aiter() and anext(), the async twins of
// iter() and next(), over the am_aiter/am_anext slots.

import { PyObject, typeName } from '@ceval/core/object';
import { PyExc_TypeError, newExceptionMsg } from '@ceval/core/objects/exceptions';
import { PyCFunction } from '@ceval/core/runtime/methodobject';
import { findAsyncSlot, PyAnextAwaitable } from './genobject-async.js';

function noKw(name: string, kw: string[] | null): void {
  if (kw !== null && kw.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}

/** aiter(async_iterable). @see Python/bltinmodule.c builtin_aiter, abstract.c PyObject_GetAIter */
export const builtinAiter = new PyCFunction('aiter', (args, kw) => {
  noKw('aiter', kw);
  if (args.length !== 1) {
    throw newExceptionMsg(PyExc_TypeError,
      `aiter() takes exactly one argument (${args.length} given)`);
  }
  const o = args[0];
  const getter = findAsyncSlot(o.ob_type, 'am_aiter');
  if (getter === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object is not an async iterable`);
  }
  const it = getter(o);
  if (findAsyncSlot(it.ob_type, 'am_anext') === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `aiter() returned not an async iterator of type '${typeName(it.ob_type)}'`);
  }
  return it;
}, null, 'builtins');

/**
 * anext(async_iterator[, default]): the awaitable of `__anext__()`, or with a default one that
 * turns StopAsyncIteration into that value. @see Python/bltinmodule.c builtin_anext
 */
export const builtinAnext = new PyCFunction('anext', (args, kw) => {
  noKw('anext', kw);
  if (args.length < 1 || args.length > 2) {
    throw newExceptionMsg(PyExc_TypeError, args.length < 1
      ? 'anext expected at least 1 argument, got 0'
      : `anext expected at most 2 arguments, got ${args.length}`);
  }
  const o: PyObject = args[0];
  const getter = findAsyncSlot(o.ob_type, 'am_anext');
  if (getter === null) {
    throw newExceptionMsg(PyExc_TypeError,
      `'${typeName(o.ob_type)}' object is not an async iterator`);
  }
  const awaitable = getter(o);
  if (args.length === 1) return awaitable;
  return new PyAnextAwaitable(awaitable, args[1]);
}, null, 'builtins');
