/**
 * @packageDocumentation
 * Lecture 02 — the eval loop. What it adds to core: the instructions of the loop's skeleton
 * (RESUME, names, jumps, calls as inlined frames, returns, raising and handling exceptions,
 * imports), and with them a VM that runs programs made of function calls, names, `try`,
 * `raise` and `import`. Arithmetic, containers and classes arrive in lectures 04-08.
 * The loop itself lives in `@ceval/core` (ceval.ts, frame.ts, interpreter.ts), because
 * every later VM runs on it; this package is the lecture's *contract*: which instructions it
 * turns on, its notes, examples and tests.
 */

export { lecture02, vm02 } from './evalloop.js';
