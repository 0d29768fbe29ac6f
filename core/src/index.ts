/**
 * @packageDocumentation
 * `@ceval/core` — what every lecture stands on. The compiler (tokenizer, parser, symbol
 * table, code generation, flow graph, assembler: `compiler`), the 3.13 opcode table
 * (`opcode`), the disassembler (`dis`), `.pyc` loading (`marshal`), the object model with the
 * bare constant types (`object`, `objects`), and the skeleton of the eval loop with its
 * frames, interpreter state and the lecture chain (`ceval`, `frame`, `interpreter`,
 * `lecture`). Each module is also importable on its own as `@ceval/core/<path>`.
 */

export * as compiler from './compiler/index.js';
export * as objects from './objects/index.js';
export * as opcode from './opcode.js';
export * as dis from './dis.js';
export * as marshal from './marshal.js';
export * as lecture from './lecture.js';
export * as interpreter from './interpreter.js';
export * as notesHarness from './notes-harness.js';
