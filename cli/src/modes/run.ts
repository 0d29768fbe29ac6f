// `ceval FILE.py [ARGS]`, `ceval -c CODE`, `ceval FILE.pyc`: run a program the way python3.13
// does (Modules/main.c pymain_run_python): sys.argv and sys.path set up, __main__ executed,
// an uncaught exception printed as a traceback with exit code 1. Plus ceval's own --upto NN
// (run on VM_NN) and --trace (one line per executed instruction).

import { readFileSync, writeSync, readSync, statSync, writeFileSync, mkdirSync, renameSync }
  from 'node:fs';
import { resolve, dirname } from 'node:path';
import { isatty } from 'node:tty';
import type { Lecture } from '@ceval/core/lecture';
import type { HostIO, Interpreter } from '@ceval/core/interpreter';
import type { Frame } from '@ceval/core/frame';
import { createInterpreter } from '@ceval/core/runtime/pylifecycle';
import { runMain, runMainCode } from '@ceval/core/runtime/pythonrun';
import { loadPyc } from '@ceval/core/marshal';
import { loadCoreCompiler } from '@ceval/core/runtime/compile-hook';
import { allOpname } from '@ceval/core/opcode';
import { getInstructions } from '@ceval/core/dis';
import { reprString } from '@ceval/core/objects/objectcore';
import { newStr } from '@ceval/core/objects/unicodeobject';
import { newList } from '@ceval/core/runtime/listobject';
import { processWarnOptions } from '@ceval/core/runtime/warningsmodule';
import { lecture02 } from '@ceval/lecture-02';
import { lecture04 } from '@ceval/lecture-04';
import { lecture05 } from '@ceval/lecture-05';
import { lecture06 } from '@ceval/lecture-06';
import { lecture07 } from '@ceval/lecture-07';
import { lecture08 } from '@ceval/lecture-08';
import { lecture09 } from '@ceval/lecture-09';
import { installModules } from '@ceval/modules/registry';
import { nodeHost, nodePosixHost } from '@ceval/modules/host-node';
import { stdlibConfig } from '@ceval/modules/stdlib';
import { runModuleAsMain, RunModuleError } from '@ceval/core/runtime/runpy';
import { Py_True } from '@ceval/core/objects/boolobject';

/**
 * Every lecture the full interpreter is made of, in order. Each lecture's author adds their
 * `Lecture` here (VM_NN keeps those numbered <= NN).
 */
export const LECTURES: Lecture[] = [lecture02, lecture04, lecture05, lecture06, lecture07,
  lecture08, lecture09];

/** What main.ts parsed for a run. */
export interface RunOptions {
  /** FILE.py / FILE.pyc, or null with `code` set for -c and for a program read from stdin. */
  file: string | null;
  code: string | null;
  /** The code came from standard input (`-`): named `<stdin>`, args[0] is sys.argv[0]. */
  stdin?: boolean;
  args: string[];
  upto: number | null;
  trace: boolean;
  /** `-W` options, in order (PYTHONWARNINGS's come before them, as in CPython). */
  warnoptions?: string[];
  /** `-m MODULE`: run a module found on sys.path as __main__ (runpy). */
  module?: string;
  /** -E / -I: ignore PYTHONPATH, PYTHONHOME, PYTHONDONTWRITEBYTECODE. */
  ignoreEnv?: boolean;
  /** -B: do not write .pyc files. */
  noBytecode?: boolean;
}

/**
 * A VM for a run: the C modules registered, sys.path = [the script's folder, PYTHONPATH...,
 * the stdlib], the zip path hook, and the .pyc cache on unless -B/PYTHONDONTWRITEBYTECODE.
 * @see Python/pylifecycle.c, Modules/getpath.py
 */
function makeInterpreter(lectures: Lecture[], io: HostIO, opts: RunOptions, argv: string[],
  path0: string): Interpreter {
  installModules(nodeHost, nodePosixHost);
  const env = opts.ignoreEnv ? {} : process.env;
  const std = stdlibConfig(env);
  const interp = createInterpreter(lectures, io, { argv, path: [path0, ...std.path],
    pathHooks: std.pathHooks });
  if (opts.noBytecode || (env.PYTHONDONTWRITEBYTECODE ?? '') !== '') {
    (interp.sys as unknown as { dict: { setItemStr(k: string, v: unknown): void } })
      .dict.setItemStr('dont_write_bytecode', Py_True);
  }
  return interp;
}

/**
 * Run a program in a worker thread, so that Ctrl-C can reach it: the main thread keeps its
 * event loop free, turns SIGINT into a flag in shared memory, and the eval breaker polls it
 * (KeyboardInterrupt). The worker also gets a larger host stack. A worker costs a second
 * module load (~0.3 s of CPU), so it is used only when a terminal is attached (someone can
 * press Ctrl-C) or CEVAL_WORKER=1; CEVAL_NO_WORKER=1 never uses one.
 */
export async function runMainMode(opts: RunOptions): Promise<number> {
  const interactive = process.stdin.isTTY === true || process.stderr.isTTY === true;
  if (process.env.CEVAL_NO_WORKER || (!interactive && !process.env.CEVAL_WORKER)) {
    return runProgram(opts);
  }
  const { Worker } = await import('node:worker_threads');
  const sab = new SharedArrayBuffer(4);
  const flag = new Int32Array(sab);
  const worker = new Worker(new URL('./run-worker.js', import.meta.url), {
    workerData: { opts, sab }, resourceLimits: { stackSizeMb: 256 }, stdout: false, stderr: false,
  });
  let interrupted = false;
  const onInt = (): void => {
    interrupted = true;
    // A second Ctrl-C while the first is pending gives up, as a stuck program needs.
    if (Atomics.load(flag, 0) !== 0) process.exit(130);
    Atomics.store(flag, 0, 1);
  };
  process.on('SIGINT', onInt);
  let rc: number;
  try {
    rc = await new Promise<number>((resolvePromise) => {
      let rc = 1;
      worker.on('message', (m: { rc: number }) => { rc = m.rc; });
      worker.on('error', (e) => {
        writeAll(2, `ceval: internal error: ${(e as Error).stack ?? e}\n`);
        rc = 1;
      });
      worker.on('exit', () => resolvePromise(rc));
    });
  } finally {
    process.off('SIGINT', onInt);
  }
  if (rc === 130 && interrupted && process.listenerCount('SIGINT') === 0) {
    // Ctrl-C ended the program with an uncaught KeyboardInterrupt: like python3.13
    // (Modules/main.c exit_sigint), end by the signal itself, so a shell sees 130 and a
    // parent sees "killed by SIGINT". Node's default action for it is to terminate.
    process.kill(process.pid, 'SIGINT');
    await new Promise((r) => setTimeout(r, 1000));
  }
  return rc;
}

/** Buffered stdout (written with writeSync so output order survives process.exit). */
function hostIO(): HostIO & { flush: () => void } {
  let buf = '';
  // On a terminal, stdout is line-buffered as CPython's is; elsewhere it is block-buffered.
  const lineBuffered = isatty(1);
  const flush = (): void => {
    if (buf.length > 0) {
      writeAll(1, buf);
      buf = '';
    }
  };
  return {
    stdout: (s) => {
      buf += s;
      if (buf.length > 1 << 16 || (lineBuffered && s.includes('\n'))) flush();
    },
    stderr: (s) => {
      flush();
      writeAll(2, s);
    },
    readStdin: () => {
      // A prompt written before this read must be on the screen while we wait.
      flush();
      return readStdinChunk();
    },
    readFile: (p) => {
      try {
        if (!statSync(p).isFile()) return null;
        return decodeSource(readFileSync(p));
      } catch {
        return null;
      }
    },
    readBytes: (p) => {
      try {
        return new Uint8Array(readFileSync(p));
      } catch {
        return null;
      }
    },
    stat: (p) => {
      try {
        const st = statSync(p);
        return { mtime: Math.floor(st.mtimeMs / 1000), size: st.size, isDir: st.isDirectory() };
      } catch {
        return null;
      }
    },
    writeBytes: (p, data) => {
      // Written to a temporary name and renamed, as importlib's _write_atomic does.
      mkdirSync(dirname(p), { recursive: true });
      const tmp = `${p}.${process.pid}`;
      writeFileSync(tmp, data);
      renameSync(tmp, p);
    },
    cwd: () => process.cwd(),
    flush,
  };
}

const stdinDecoder = new TextDecoder('utf-8');
const stdinBuf = Buffer.alloc(1 << 16);

/** The next piece of fd 0 as text (null at end of file), read synchronously as C stdio does. */
function readStdinChunk(): string | null {
  for (;;) {
    let n: number;
    try {
      n = readSync(0, stdinBuf, 0, stdinBuf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking stdin (some terminals, pipes set up by a parent): wait a little.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === 'EOF' || code === 'EBADF' || code === 'ENXIO') n = 0;
      else throw e;
    }
    if (n === 0) {
      const rest = stdinDecoder.decode();
      return rest === '' ? null : rest;
    }
    const s = stdinDecoder.decode(stdinBuf.subarray(0, n), { stream: true });
    if (s !== '') return s;
  }
}

function writeAll(fd: number, s: string): void {
  const b = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off, b.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EPIPE') return;
      throw e;
    }
  }
}

function decodeSource(data: Uint8Array): string {
  let s = new TextDecoder('utf-8').decode(data);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  return s;
}

/**
 * The `--trace` printer, one line per executed instruction: code object and source line,
 * offset, the instruction with its argument decoded as dis decodes it, and the value stack
 * after it (`<module>:3 @12 BINARY_OP 13 (+=) [5]`).
 */
function installTrace(interp: Interpreter, write: (s: string) => void): void {
  let pending: { frame: Frame; text: string } | null = null;
  // Each code object's instructions, decoded once: offset -> "LINE @OFFSET NAME ARG (REPR)".
  const decoded = new Map<unknown, Map<number, string>>();
  const decode = (f: Frame): Map<number, string> => {
    let m = decoded.get(f.exec);
    if (m !== undefined) return m;
    m = new Map();
    let line = f.exec.firstlineno;
    try {
      for (const ins of getInstructions(f.exec.code)) {
        if (ins.line_number !== null) line = ins.line_number;
        const arg = ins.arg === null ? '' : ` ${ins.arg}${ins.argrepr ? ` (${ins.argrepr})` : ''}`;
        m.set(ins.offset, `${line} @${ins.offset} ${ins.opname}${arg}`);
      }
    } catch {
      // A code object dis cannot read (none today): the bare opcode names below stand in.
    }
    decoded.set(f.exec, m);
    return m;
  };
  const stackText = (f: Frame, sp: number): string => {
    const parts: string[] = [];
    for (let i = f.base + f.exec.nlocalsplus; i < sp; i++) {
      const v = interp.stack[i];
      let r: string;
      try {
        r = v === null || v === undefined ? 'NULL' : reprString(v);
      } catch {
        r = '<?>';
      }
      parts.push(r.length > 40 ? r.slice(0, 37) + '...' : r);
    }
    return `[${parts.join(', ')}]`;
  };
  interp.trace = (f, offset, op, oparg, sp) => {
    if (pending !== null) {
      write(pending.frame === f ? `${pending.text} ${stackText(f, sp)}\n` : `${pending.text}\n`);
    }
    const text = decode(f).get(offset * 2)
      ?? `? @${offset * 2} ${allOpname[op] ?? `<${op}>`}${op >= 44 ? ` ${oparg}` : ''}`;
    pending = { frame: f, text: `${f.exec.qualname}:${text}` };
  };
  const flushPending = (): void => {
    if (pending !== null) write(`${pending.text}\n`);
    pending = null;
  };
  (interp as unknown as { flushTrace: () => void }).flushTrace = flushPending;
}

/**
 * sys.warnoptions and the filters they add: PYTHONWARNINGS (comma-separated) first, then
 * each -W. @see Python/initconfig.c config_init_warnoptions
 */
function setWarnOptions(interp: Interpreter, cli: string[]): void {
  const env = process.env.PYTHONWARNINGS;
  const all = [...(env ? env.split(',').map((s) => s.trim()).filter(Boolean) : []), ...cli];
  const sys = interp.sys as unknown as { dict: { setItemStr(k: string, v: unknown): void } };
  sys.dict.setItemStr('warnoptions', newList(all.map((s) => newStr(s))));
  processWarnOptions(interp, all);
}

/**
 * Run a program and return its exit code.
 * @see Modules/main.c pymain_run_python
 */
export async function runProgram(opts: RunOptions, signals?: Int32Array): Promise<number> {
  await loadCoreCompiler();
  const io = hostIO();
  const lectures = opts.upto === null ? LECTURES : LECTURES.filter((l) => l.number <= opts.upto!);
  let argv0: string;
  let path0: string;
  let source: string | null = null;
  let filename: string;
  let args = opts.args;
  if (opts.module !== undefined) {
    // -m: sys.argv[0] becomes the module's file once found; sys.path[0] is the current folder.
    argv0 = '-m';
    path0 = process.cwd();
    filename = '';
  } else if (opts.code !== null && opts.stdin) {
    // `python3.13 -` and a piped `python3.13`: sys.argv[0] is '-' or '', the file <stdin>.
    argv0 = args[0] ?? '';
    args = args.slice(1);
    path0 = '';
    source = opts.code;
    filename = '<stdin>';
  } else if (opts.code !== null) {
    argv0 = '-c';
    path0 = '';
    source = opts.code;
    filename = '<string>';
  } else {
    const file = opts.file!;
    argv0 = file;
    filename = resolve(file);
    path0 = dirname(filename);
    let data: Buffer;
    try {
      data = readFileSync(file);
      if (statSync(file).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? '[Errno 2] No such file or directory'
        : code === 'EISDIR' ? "[Errno 21] Is a directory" : String((e as Error).message);
      writeAll(2, `ceval: can't open file '${filename}': ${why}\n`);
      return 2;
    }
    if (file.endsWith('.pyc')) {
      const interp = makeInterpreter(lectures, io, opts, [file, ...opts.args], path0);
      if (signals !== undefined) interp.signals = signals;
      setWarnOptions(interp, opts.warnoptions ?? []);
      if (opts.trace) installTrace(interp, io.stderr);
      let code;
      try {
        code = loadPyc(new Uint8Array(data)).code;
      } catch (e) {
        io.flush();
        writeAll(2, `ceval: bad .pyc file '${file}': ${(e as Error).message}\n`);
        return 1;
      }
      const rc = runMainCode(interp, code, filename);
      (interp as unknown as { flushTrace?: () => void }).flushTrace?.();
      io.flush();
      return rc;
    }
    source = decodeSource(data);
  }
  const interp = makeInterpreter(lectures, io, opts, [argv0, ...args], path0);
  if (signals !== undefined) interp.signals = signals;
  setWarnOptions(interp, opts.warnoptions ?? []);
  if (opts.trace) installTrace(interp, io.stderr);
  let rc: number;
  try {
    if (opts.module !== undefined) {
      try {
        rc = runModuleAsMain(interp, opts.module);
      } catch (e) {
        if (!(e instanceof RunModuleError)) throw e;
        io.flush();
        writeAll(2, `ceval: ${e.message}\n`);
        rc = 1;
      }
      return rc;
    }
    rc = runMain(interp, source!, filename);
  } finally {
    (interp as unknown as { flushTrace?: () => void }).flushTrace?.();
    io.flush();
  }
  return rc;
}
