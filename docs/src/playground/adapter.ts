// The worker's side of trace-protocol.ts: it looks at the interpreter modules the bundler found
// (core/src/interpreter.ts, the parser, astdump, dis ...), works out what they can do, and turns
// the eval loop's frames into plain snapshots the page can show and step through.

import type {
  Capabilities, CodeListing, FrameSnap, ListedInstr, HeapSnap, OutputMessage, RunRequest, RunResult, SlotSnap,
  TraceStep, ValueSnap,
} from './trace-protocol.js';

/** How often a running program's output is sent to the page, in milliseconds. */
const OUTPUT_MS = 50;

type Mod = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;
// The interpreter's objects are read by duck typing: this file must keep working while the
// runtime is written, so it names fields, never imports classes.
type Obj = Record<string, any>;

export interface Runtime {
  caps: Capabilities;
  /** Runs a program; `post` sends output while it runs (every OUTPUT_MS at most). */
  run(req: RunRequest, post?: (m: OutputMessage) => void): RunResult;
  ast(source: string): { text: string; error: string };
  dis(source: string, upto: number | null): { text: string; error: string };
}

/** The first function among `names` exported by any of `mods`. */
function findFn(mods: Mod[], names: string[]): Fn | undefined {
  for (const name of names) {
    for (const m of mods) if (m && typeof m[name] === 'function') return m[name] as Fn;
  }
  return undefined;
}

/** A Python exception (thrown PyObject) as CPython's one-line `Type: message`. */
function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  const o = e as Obj | null;
  const t = o?.ob_type?.tp_name as string | undefined;
  if (t) {
    const msg = o?.args?.items?.[0]?.value ?? o?.message ?? '';
    return msg ? `${t}: ${msg}` : t;
  }
  return String(e);
}

// ---- values ----------------------------------------------------------------------------------

const SCALARS = new Set(['int', 'float', 'complex', 'str', 'bytes', 'bool', 'NoneType',
  'ellipsis', 'NotImplementedType', 'code', 'type', 'builtin_function_or_method', 'module']);
const CONTAINERS = new Set(['list', 'tuple', 'set', 'frozenset', 'dict']);
const MAX_REPR = 80;
const MAX_ITEMS = 40;
const HEAPTYPE = 1 << 9;
/** The descriptors lecture 08 brings, drawn with what they wrap. */
const DESCRIPTORS = new Set(['method', 'property', 'classmethod', 'staticmethod']);
/** A class made by a class statement (a heap type object, not an instance of one). */
const isClass = (o: Obj): boolean => typeof o.tp_name === 'string' && ((o.tp_flags ?? 0) & HEAPTYPE) !== 0;

function typeName(o: Obj): string {
  const n = (o?.ob_type?.tp_name as string | undefined) ?? typeof o;
  const i = n.lastIndexOf('.');
  return i < 0 ? n : n.slice(i + 1);
}

function clip(s: string): string {
  return s.length > MAX_REPR ? s.slice(0, MAX_REPR - 1) + '…' : s;
}

/** Elements of a sequence or set, found by field name (whichever the type uses). */
function itemsOf(o: Obj): Obj[] | undefined {
  for (const f of ['items', 'ob_item', 'elements', 'values']) {
    const v = o[f];
    if (Array.isArray(v)) return o.size !== undefined && typeof o.size === 'number'
      ? v.slice(0, o.size) : v;
  }
  if (typeof o.keys === 'function' && typeName(o) !== 'dict') {
    try { return o.keys() as Obj[]; } catch { return undefined; }
  }
  return undefined;
}

/** Key/value pairs of a dict, by whichever accessor the dict offers. */
function entriesOf(o: Obj): [Obj, Obj][] | undefined {
  if (typeof o.entries === 'function') {
    try {
      return [...(o.entries() as Iterable<Obj>)].map((e) =>
        (Array.isArray(e) ? e : [e.key, e.value]) as [Obj, Obj]);
    } catch { return undefined; }
  }
  const keys = o.keys ?? o.ma_keys;
  const vals = o.values ?? o.ma_values;
  if (Array.isArray(keys) && Array.isArray(vals)) {
    const out: [Obj, Obj][] = [];
    for (let i = 0; i < keys.length; i++) if (keys[i] && vals[i]) out.push([keys[i], vals[i]]);
    return out;
  }
  return undefined;
}

/** Builds snapshots for one step; ids of heap objects stay stable across the whole run (exported for tests). */
export class Snapshotter {
  private ids = new Map<object, number>();
  private codeIds = new Map<object, number>();
  readonly codes: CodeListing[] = [];
  private heap: HeapSnap[] = [];
  private inHeap = new Set<number>();
  /** The interpreter of the step being taken (a running generator's slots are on its stack). */
  private interp: Obj | null = null;

  constructor(private repr: (o: Obj) => string | undefined, private kinds: (exec: Obj) => Uint8Array | undefined) {}

  begin(): void {
    this.heap = [];
    this.inHeap.clear();
  }

  /** repr() without running Python code: user-defined __repr__ is never called here. */
  safeRepr(o: Obj, depth = 0): string {
    if (o === null || o === undefined) return '<NULL>';
    const t = typeName(o);
    if ((o.ob_type?.tp_flags ?? 0) & HEAPTYPE) return `<${t} object>`;
    if (SCALARS.has(t) || !CONTAINERS.has(t)) {
      try { return clip(this.repr(o) ?? `<${t}>`); } catch { return `<${t}>`; }
    }
    if (depth > 2) return '…';
    if (t === 'dict') {
      const e = entriesOf(o);
      if (!e) return '{…}';
      const parts = e.slice(0, 8).map(([k, v]) => `${this.safeRepr(k, depth + 1)}: ${this.safeRepr(v, depth + 1)}`);
      return clip(`{${parts.join(', ')}${e.length > 8 ? ', …' : ''}}`);
    }
    const it = itemsOf(o);
    if (!it) return `<${t}>`;
    const parts = it.slice(0, 12).map((x) => this.safeRepr(x, depth + 1));
    const more = it.length > 12 ? ', …' : '';
    if (t === 'list') return clip(`[${parts.join(', ')}${more}]`);
    if (t === 'tuple') return clip(`(${parts.join(', ')}${it.length === 1 ? ',' : ''}${more})`);
    if (!it.length) return `${t}()`;
    return clip(t === 'set' ? `{${parts.join(', ')}${more}}` : `${t}({${parts.join(', ')}${more}})`);
  }

  value(o: Obj | null | undefined): ValueSnap | null {
    if (o === null || o === undefined) return null;
    const t = typeName(o);
    const snap: ValueSnap = { r: this.safeRepr(o), t };
    const composite = CONTAINERS.has(t) || ((o.ob_type?.tp_flags ?? 0) & HEAPTYPE) !== 0 ||
      isClass(o) || DESCRIPTORS.has(t) ||
      t === 'generator' || t === 'coroutine' || t === 'async_generator' || t === 'function' ||
      t === 'cell';
    if (composite) snap.h = this.addHeap(o, t);
    return snap;
  }

  private addHeap(o: Obj, t: string): number {
    let id = this.ids.get(o);
    if (id === undefined) { id = this.ids.size + 1; this.ids.set(o, id); }
    if (this.inHeap.has(id)) return id;
    this.inHeap.add(id);
    const h: HeapSnap = { id, type: t, repr: this.safeRepr(o) };
    this.heap.push(h);
    if (t === 'dict') {
      h.entries = (entriesOf(o) ?? []).slice(0, MAX_ITEMS)
        .map(([k, v]) => [this.value(k)!, this.value(v)!] as [ValueSnap, ValueSnap]);
    } else if (CONTAINERS.has(t)) {
      h.items = (itemsOf(o) ?? []).slice(0, MAX_ITEMS).map((x) => this.value(x)!);
    } else if (t === 'generator' || t === 'coroutine' || t === 'async_generator') {
      // Lecture 09: the generator's own frame. While it is suspended its slots are kept in
      // the frame (`saved`), off the data stack; while it runs they are on the stack.
      const f = o.frame ?? o.gi_frame ?? o.iframe;
      const finished = typeof o.state === 'number' && o.state >= 1;
      if (f && typeof f === 'object' && f.exec && !finished) h.frame = this.frame(f, this.interp);
    } else if (isClass(o)) {
      // Lecture 08: a class is its namespace (tp_dict) and its MRO.
      const e = entriesOf(o.tp_dict) ?? [];
      h.attrs = [
        { name: '__mro__', value: { r: `(${(o.tp_mro ?? []).map((c: Obj) => c.tp_name).join(', ')})`, t: 'tuple' } },
        ...e.slice(0, MAX_ITEMS).map(([k, v]) => ({ name: String(k.value ?? ''), value: this.value(v) })),
      ];
    } else if (t === 'method') {
      // A bound method: the function and the instance it was looked up on.
      h.attrs = [{ name: '__func__', value: this.value(o.func) }, { name: '__self__', value: this.value(o.self) }];
    } else if (t === 'property') {
      h.attrs = ['fget', 'fset', 'fdel'].map((n) => ({ name: n, value: this.value(o[n]) }));
    } else if (t === 'classmethod' || t === 'staticmethod') {
      h.attrs = [{ name: '__func__', value: this.value(o.callable) }];
    } else {
      const d = o.dict ?? o.__dict__ ?? o.ob_dict;
      const e = d ? entriesOf(d) : undefined;
      if (e) h.attrs = e.slice(0, MAX_ITEMS).map(([k, v]) => ({ name: String(k.value ?? ''), value: this.value(v) }));
    }
    return id;
  }

  /** One frame: code, position, value stack and named slots, read from the data stack. */
  frame(f: Obj, interp: Obj | null): FrameSnap {
    const ex = f.exec as Obj;
    // A suspended generator's frame keeps its slots in `saved` (core/src/frame.ts).
    const suspended = Array.isArray(f.saved) && f.savedLen >= 0;
    const stackArr: Obj[] = (suspended ? f.saved : interp?.stack ?? f.localsplus ?? []) as Obj[];
    const base: number = suspended ? 0 : f.base ?? 0;
    const names: string[] = ex.localsplusnames ?? [];
    const nlp: number = ex.nlocalsplus ?? names.length;
    const lasti: number = f.lasti >= 0 ? f.lasti : (f.ip ?? 0);
    const sp: number = suspended ? f.savedLen : f.sp > base ? f.sp : base + nlp;
    const kinds = this.kinds(ex);
    const locals: SlotSnap[] = [];
    const cells: SlotSnap[] = [];
    const frees: SlotSnap[] = [];
    for (let i = 0; i < nlp; i++) {
      const k = kinds ? kinds[i] : 0x20;
      let v = stackArr[base + i] ?? null;
      // A cell's slot holds the cell; show what is inside it.
      if (v && (k & 0xc0) && typeName(v) === 'cell') v = (v.ob_ref ?? v.contents ?? v.value ?? null) as Obj;
      const slot = { name: names[i] ?? `#${i}`, value: this.value(v) };
      if (k & 0x80) frees.push(slot); else if (k & 0x40) cells.push(slot); else locals.push(slot);
    }
    // Module and class bodies keep their names in a dict (f_locals), not in fast slots.
    if (f.locals) {
      const e = entriesOf(f.locals) ?? [];
      for (const [k, v] of e) {
        const name = String(k?.value ?? '');
        if (!name.startsWith('__')) locals.push({ name, value: this.value(v) });
      }
    }
    const stack: ValueSnap[] = [];
    for (let i = base + nlp; i < sp && i < stackArr.length; i++) {
      stack.push(this.value(stackArr[i]) ?? { r: '<NULL>', t: 'NULL' });
    }
    let line = 0;
    try { line = typeof ex.lineAt === 'function' ? ex.lineAt(lasti) : 0; } catch { line = 0; }
    let codeIndex = this.codeIds.get(ex);
    if (codeIndex === undefined) {
      codeIndex = this.codes.length;
      this.codeIds.set(ex, codeIndex);
      this.codes.push(listing(ex, (o) => this.safeRepr(o)));
    }
    const snap: FrameSnap = {
      code: ex.qualname ?? ex.name ?? '?', firstLine: ex.firstlineno ?? 0, codeIndex, offset: lasti * 2,
      line: line > 0 ? line : 0, instr: instrName(ex, lasti), stack, locals, cells, frees,
    };
    const gen = f.gen as Obj | null | undefined;
    if (gen && typeof gen === 'object') {
      snap.owner = { kind: typeName(gen), name: String(gen.qualname?.value ?? snap.code), suspended };
    }
    return snap;
  }

  step(frame: Obj, interp: Obj | null, out: number): TraceStep {
    this.begin();
    this.interp = interp;
    const chain: FrameSnap[] = [];
    for (let f: Obj | null = frame; f; f = f.previous ?? null) chain.unshift(this.frame(f, interp));
    return { frames: chain, heap: this.heap.slice(), out };
  }
}

let opnames: string[] = [];

/** What dis prints in parentheses after an oparg, for the common families. */
function argRepr(ex: Obj, op: string, arg: number, repr: (o: Obj) => string): string {
  const names: string[] = ex.names ?? [];
  const lp: string[] = ex.localsplusnames ?? [];
  try {
    if (op === 'LOAD_CONST' || op === 'RETURN_CONST') return repr(ex.consts[arg]);
    if (op === 'LOAD_GLOBAL') return (arg & 1 ? 'NULL + ' : '') + (names[arg >> 1] ?? '');
    if (op === 'LOAD_ATTR') return names[arg >> 1] + (arg & 1 ? ' + NULL|self' : '');
    if (op === 'LOAD_SUPER_ATTR') return names[arg >> 2] ?? '';
    if (/NAME|GLOBAL|ATTR|IMPORT/.test(op)) return names[arg] ?? '';
    if (op === 'LOAD_FAST_LOAD_FAST' || op === 'STORE_FAST_STORE_FAST' ||
      op === 'STORE_FAST_LOAD_FAST') return `${lp[arg >> 4]}, ${lp[arg & 15]}`;
    if (/FAST|DEREF|CELL|CLOSURE/.test(op)) return lp[arg] ?? '';
  } catch { return ''; }
  return '';
}

/** The instructions of a code object, CACHE entries skipped, EXTENDED_ARG folded. */
function listing(ex: Obj, repr: (o: Obj) => string): CodeListing {
  const raw: Uint8Array | undefined = ex.original;
  const instrs: ListedInstr[] = [];
  let ext = 0;
  for (let i = 0; raw && i * 2 < raw.length; i++) {
    const opc = raw[i * 2];
    const op = opnames[opc] ?? `op${opc}`;
    const arg = raw[i * 2 + 1] | ext;
    let line = 0;
    try { line = typeof ex.lineAt === 'function' ? ex.lineAt(i) : 0; } catch { line = 0; }
    instrs.push({ offset: i * 2, line, op, arg, argrepr: argRepr(ex, op, arg, repr) });
    ext = op === 'EXTENDED_ARG' ? arg << 8 : 0;
    i += cacheSizes[opc] ?? 0;
  }
  return { name: ex.qualname ?? ex.name ?? '?', firstLine: ex.firstlineno ?? 0, instrs };
}

let cacheSizes: ArrayLike<number> = [];

function instrName(ex: Obj, lasti: number): string {
  const raw: Uint8Array | undefined = ex.original;
  if (!raw || lasti * 2 >= raw.length) return '?';
  const op = raw[lasti * 2];
  const arg = raw[lasti * 2 + 1];
  return `${opnames[op] ?? `op${op}`} ${arg}`;
}

/** A `Lecture` value (core/src/lecture.ts) found among a lecture package's exports. */
function lecturesOf(modules: Record<string, Mod>): Obj[] {
  const out: Obj[] = [];
  for (const [k, m] of Object.entries(modules)) {
    if (!/^lecture\d+$/.test(k)) continue;
    for (const v of Object.values(m)) {
      const o = v as Obj;
      if (o && typeof o === 'object' && typeof o.number === 'number' && Array.isArray(o.instructions)) {
        if (!out.includes(o)) out.push(o);
      }
    }
  }
  return out.sort((a, b) => a.number - b.number);
}

/** Makes the worker's runtime out of the bundled modules. */
export function makeRuntime(modules: Record<string, Mod>): Runtime {
  const notes: string[] = [];
  const op = modules.opcode ?? {};
  const names = (op.allOpname ?? op.opname) as string[] | undefined;
  if (Array.isArray(names)) opnames = names;
  const cs = op.cacheSize ?? op._inline_cache_entries;
  if (cs && typeof cs === 'object') cacheSizes = cs as ArrayLike<number>;

  const parse = findFn([modules.parser], ['parse']);
  // The runtime finds the compiler and parser through compile-hook.ts, as the CLI's bundle
  // installs them: tracebacks need the parser for CPython's `~^^^` anchors.
  const setParser = findFn([modules.compilehook], ['setParser']);
  const setCompiler = findFn([modules.compilehook], ['setCompiler']);
  if (parse && setParser) setParser(parse);
  const astDump = findFn([modules.astdump], ['astDump']);
  const compile = findFn([modules.compiler], ['compile']);
  const disassemble = findFn([modules.dis], ['disassemble']);
  const createInterpreter = findFn([modules.pylifecycle], ['createInterpreter']);
  const runMain = findFn([modules.pythonrun], ['runMain']);
  const reprFn = findFn([modules.objectcore], ['reprString']);
  const lectures = lecturesOf(modules);
  const levels = lectures.map((l) => l.number as number);
  if (compile && setCompiler) setCompiler(compile);
  const canRun = !!(createInterpreter && runMain && compile);
  if (!compile) notes.push('the compiler (core/src/compiler/index.ts) is not in this build');
  if (!createInterpreter || !runMain) notes.push('the runtime (core/src/runtime) is not in this build');
  if (!lectures.length) notes.push('no lecture is in this build yet');
  if (!parse || !astDump) notes.push('the parser or astdump is not in this build');
  if (!disassemble) notes.push('dis is not in this build');
  const caps: Capabilities = {
    run: canRun, trace: canRun, ast: !!(parse && astDump), dis: !!(compile && disassemble),
    levels, notes,
  };

  const repr = (o: Obj): string | undefined => {
    if (reprFn) return reprFn(o) as string;
    const r = o.ob_type?.tp_repr;
    const s = typeof r === 'function' ? r(o) : undefined;
    return s?.value ?? (typeof s === 'string' ? s : undefined);
  };
  const kinds = (ex: Obj): Uint8Array | undefined => {
    const k = ex.localspluskinds ?? ex.code?.co_localspluskinds;
    if (k instanceof Uint8Array) return k;
    if (Array.isArray(k)) return Uint8Array.from(k as number[]);
    return undefined;
  };

  return {
    caps,
    run(req, post) {
      const t0 = performance.now();
      // What has not been posted yet; the page keeps (and caps) the rest.
      let stdout = '';
      let stderr = '';
      let outLen = 0;
      let lastPost = t0;
      const maybePost = (): void => {
        if (!post || performance.now() - lastPost < OUTPUT_MS) return;
        lastPost = performance.now();
        post({ kind: 'output', id: req.id, stdout, stderr });
        stdout = '';
        stderr = '';
      };
      let stdin: string | null = req.stdin ?? '';
      let sawBudget = false;
      let errTail = '';
      const lastLine = (): string => errTail.trimEnd().split('\n').pop() ?? '';
      const fail = (msg: string): RunResult => ({
        kind: 'result', id: req.id, stdout, stderr: stderr + msg, lastError: msg.trim(), exitCode: 1, steps: 0,
        budgetExhausted: false, ms: performance.now() - t0, trace: null, traceTruncated: false,
        codes: [],
      });
      if (!canRun) return fail(notes.join('\n') + '\n');
      const chain = req.upto === null ? lectures : lectures.filter((l) => l.number <= req.upto!);
      const io = {
        stdout: (s: string) => { stdout += s; outLen += s.length; maybePost(); },
        stderr: (s: string) => {
          stderr += s;
          errTail = (errTail + s).slice(-2000);
          if (s.includes('instruction budget exhausted')) sawBudget = true;
          maybePost();
        },
        readFile: () => null,
        // input() reads the page's input box, then meets end of file (EOFError), as a
        // program reading a file redirected to its stdin would.
        readStdin: () => {
          const s = stdin;
          stdin = null;
          return s === '' ? null : s;
        },
      };
      const interp = createInterpreter!(chain, io, {
        argv: [''], path: [''], compile: (src: string, fn: string, mode: string) => compile!(src, fn, mode),
      }) as Obj;
      const trace: TraceStep[] | null = req.trace ? [] : null;
      const snap = new Snapshotter(repr, kinds);
      let steps = 0;
      let truncated = false;
      let stopped = false;
      let inside = false;
      if (req.trace) {
        interp.trace = (frame: Obj, _lasti: number, _op: number, _oparg: number, sp: number) => {
          steps++;
          if (steps > req.budget && !stopped) {
            // Out of budget: make the next eval-breaker poll raise, as a spent budget does.
            stopped = true;
            interp.budget = 0;
            interp.ticks = 0;
          }
          if (inside || stopped) return;
          if (trace!.length >= req.maxSteps) { truncated = true; return; }
          inside = true;
          try {
            const saved = frame.sp;
            frame.sp = sp;
            trace!.push(snap.step(frame, interp, outLen));
            frame.sp = saved;
          } finally {
            inside = false;
          }
        };
      }
      // The runtime's budget counts eval-breaker polls (one per BREAKER_INTERVAL
      // RESUME/JUMP_BACKWARD events), not single instructions.
      const interval = Number(modules.interpreter?.BREAKER_INTERVAL ?? 4096);
      if (!req.trace) interp.budget = Math.max(1, Math.ceil(req.budget / interval));
      const exitCode = Number(runMain!(interp, req.source, '<playground>'));
      return {
        kind: 'result', id: req.id, stdout, stderr, lastError: lastLine(), exitCode,
        steps, budgetExhausted: stopped || sawBudget,
        ms: performance.now() - t0, trace, traceTruncated: truncated, codes: snap.codes,
      };
    },
    ast(source) {
      if (!parse || !astDump) return { text: '', error: notes.join('\n') };
      try {
        return { text: String(astDump(parse(source, '<playground>', 'exec') as Obj, { indent: 4 })), error: '' };
      } catch (e) {
        return { text: '', error: errorText(e) };
      }
    },
    dis(source) {
      if (!compile || !disassemble) return { text: '', error: notes.join('\n') };
      try {
        return { text: String(disassemble(compile(source, '<dis>', 'exec'))), error: '' };
      } catch (e) {
        return { text: '', error: errorText(e) };
      }
    },
  };
}
