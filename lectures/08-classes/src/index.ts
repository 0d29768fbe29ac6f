/**
 * @packageDocumentation
 * Lecture 08 — classes. What it adds to VM_07: the class statement (LOAD_BUILD_CLASS and
 * `__build_class__`), heap types made by `type_new` with a C3 MRO and slots filled from
 * Python dunders, instances, attribute lookup with descriptors, bound methods, property,
 * classmethod, staticmethod, super, `with`, annotations and `except*`.
 */

import type { Lecture } from '@ceval/core/lecture';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';
import { lectures07 } from '@ceval/lecture-07';
import { withExceptStar } from './exceptions.js';

/**
 * Lecture 08: classes.
 * @see Objects/typeobject.c, Python/bltinmodule.c builtin___build_class__, Objects/descrobject.c
 */
export const lecture08: Lecture = {
  number: 8,
  title: 'classes',
  instructions: [],
};
// except* (CHECK_EG_MATCH, INTRINSIC_PREP_RERAISE_STAR): src/exceptions.ts.
withExceptStar(lecture08);

/** The lectures of VM_08, in order. */
export const lectures08: readonly Lecture[] = [...lectures07, lecture08];

/** Make VM_08: core + lectures 02, 04, 05, 06, 07 and 08. */
export function vm08(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter(lectures08, io, config);
}
