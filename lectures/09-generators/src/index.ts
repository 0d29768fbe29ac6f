/**
 * @packageDocumentation
 * Lecture 09 — generators and coroutines: frames that outlive their call. What it adds to
 * the VM before it: RETURN_GENERATOR and YIELD_VALUE (a frame saved off the data stack and
 * resumed later), generator, coroutine and async generator objects with send, throw and
 * close, `yield from` and `await` (SEND, END_SEND, CLEANUP_THROW, GET_YIELD_FROM_ITER,
 * GET_AWAITABLE), FOR_ITER over a generator run inline, `async for` and `async with`
 * (GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH), PEP 479, aiter() and anext().
 */

import type { Lecture, InstrHandler } from '@ceval/core/lecture';
import { syllabusInstructions } from '@ceval/core/lecture';
import { specializedOpmap } from '@ceval/core/opcode';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
// The lecture before this one: VM_09 = VM_08 + lecture 09.
import { lectures08 as previousLectures } from '@ceval/lecture-08';
import { PyGen_Type, PyCoro_Type, PyAsyncGen_Type, genSupport } from './genobject.js';
import { warnUnawaited, popLoopIter, OP_POP_LOOP_ITER } from './genobject-finalize.js';
import {
  PyCoroWrapper_Type, PyAsyncGenASend_Type, PyAsyncGenAThrow_Type, PyAnextAwaitable_Type,
  PyAsyncGenWrappedValue_Type,
} from './genobject-async.js';
import {
  forIterGen, send, endSend, cleanupThrow, getYieldFromIter, getAwaitable, getAIter, getANext,
  endAsyncFor, beforeAsyncWith, stopIterationError, asyncGenWrapIntrinsic, OP_FOR_ITER_GEN,
  OP_SEND_GEN,
} from './bytecodes.js';
import { builtinAiter, builtinAnext } from './bltinmodule.js';

export * from './genobject.js';
export * from './genobject-async.js';
export * from './genobject-finalize.js';
export * from './bytecodes.js';
export * from './bltinmodule.js';

const handlers: Record<string, InstrHandler> = {
  FOR_ITER: forIterGen as InstrHandler,
  SEND: send as InstrHandler,
  END_SEND: endSend as InstrHandler,
  CLEANUP_THROW: cleanupThrow as InstrHandler,
  GET_YIELD_FROM_ITER: getYieldFromIter as InstrHandler,
  GET_AWAITABLE: getAwaitable as InstrHandler,
  GET_AITER: getAIter as InstrHandler,
  GET_ANEXT: getANext as InstrHandler,
  END_ASYNC_FOR: endAsyncFor as InstrHandler,
  BEFORE_ASYNC_WITH: beforeAsyncWith as InstrHandler,
};

/**
 * Lecture 09: generators and coroutines.
 * @see Objects/genobject.c, Python/bytecodes.c (RETURN_GENERATOR ... BEFORE_ASYNC_WITH)
 */
export const lecture09: Lecture = {
  number: 9,
  title: 'generators',
  instructions: syllabusInstructions(9),
  handlers,
  types: [PyGen_Type, PyCoro_Type, PyAsyncGen_Type, PyCoroWrapper_Type, PyAsyncGenASend_Type,
    PyAsyncGenAThrow_Type, PyAsyncGenWrappedValue_Type, PyAnextAwaitable_Type],
  builtins: { aiter: builtinAiter, anext: builtinAnext },
  setup(interp: Interpreter) {
    interp.genSupport = genSupport;
    // The specialised names share their generic handler (see bytecodes.ts quicken).
    interp.handlers[OP_FOR_ITER_GEN] = forIterGen as InstrHandler;
    // A FOR_ITER lecture 07 specialised for lists, tuples or ranges may meet a generator
    // later: it runs inline too (where CPython would deoptimise and respecialise).
    for (const name of ['FOR_ITER_LIST', 'FOR_ITER_TUPLE', 'FOR_ITER_RANGE']) {
      interp.handlers[specializedOpmap[name]] = forIterGen as InstrHandler;
    }
    interp.handlers[OP_SEND_GEN] = send as InstrHandler;
    interp.handlers[OP_POP_LOOP_ITER] = popLoopIter as InstrHandler;
    interp.intrinsics1[3] = stopIterationError;
    interp.intrinsics1[4] = asyncGenWrapIntrinsic;
    interp.exitHooks.push(warnUnawaited);
  },
};

/** The lectures of VM_09, in order. */
export const lectures09: readonly Lecture[] = [...previousLectures, lecture09];

/** Make VM_09: core + lectures 02 ... 09. */
export function vm09(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures09, io, config);
}
