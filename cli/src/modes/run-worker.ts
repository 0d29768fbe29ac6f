// The worker-thread side of `ceval FILE.py`: runs the program with the eval breaker's signal
// flag shared with the main thread (see runMainMode in run.ts) and posts back the exit code.

import { parentPort, workerData } from 'node:worker_threads';
import { runProgram, type RunOptions } from './run.js';

const data = workerData as { opts: RunOptions; sab: SharedArrayBuffer };
const rc = await runProgram(data.opts, new Int32Array(data.sab));
parentPort?.postMessage({ rc });
