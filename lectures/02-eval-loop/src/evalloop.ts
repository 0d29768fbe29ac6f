// Lecture 02's `Lecture` value: the instructions of Python/bytecodes.c this lecture turns on
// (their bodies are in core/src/ceval.ts), and VM_02 = core + lecture 02.

import type { Lecture } from '@ceval/core/lecture';
import { syllabusInstructions } from '@ceval/core/lecture';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import { createInterpreter, type InterpreterConfig } from '@ceval/core/runtime/pylifecycle';

/**
 * Lecture 02 turns on the skeleton of the eval loop: RESUME, stack ops, LOAD_CONST, names,
 * jumps, CALL and friends, RETURN_*, RAISE_VARARGS and the exception-handling instructions,
 * IMPORT_NAME/IMPORT_FROM. @see Python/bytecodes.c
 */
export const lecture02: Lecture = {
  number: 2,
  title: 'eval loop',
  instructions: syllabusInstructions(2),
};

/** Make VM_02: an interpreter with only lecture 02 on top of core. */
export function vm02(io: HostIO, config: InterpreterConfig = {}): Interpreter {
  return createInterpreter([lecture02], io, config);
}
