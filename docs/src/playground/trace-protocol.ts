// The contract between the playground page, its Web Worker and the interpreter: what the page
// asks for, what the worker answers, and the tracer callback the eval loop calls before each
// instruction so the worker can record a snapshot (frames, value stacks, locals, heap).

/** Version of this protocol; bumped when a message changes shape. */
export const PROTOCOL_VERSION = 1;

// ---- What the eval loop offers a tracer ------------------------------------------------------

/**
 * The hook the playground uses: core/src/interpreter.ts's `interp.trace`, which the eval loop
 * calls before each instruction with the frame (its `lasti` saved), the instruction's index in
 * code units, opcode, oparg and the live stack pointer. The frame is read, never written:
 * `frame.exec` (qualname, localsplusnames, nlocalsplus, original code, lineAt), `frame.base`,
 * `frame.previous` and `interp.stack` rebuild the whole picture (see adapter.ts). A traced run
 * is stopped by setting `interp.budget = 0; interp.ticks = 0`, so the next eval-breaker poll
 * raises, as a spent budget does.
 * @see Python/ceval.c's tracing hook (sys.settrace's "opcode" events, f_trace_opcodes)
 */
export type InstructionTrace =
  (frame: unknown, lasti: number, op: number, oparg: number, sp: number) => void;

// ---- Page -> worker --------------------------------------------------------------------------

export interface RunRequest {
  kind: 'run';
  id: number;
  source: string;
  /** VM level: a lecture number, or null for the full interpreter. */
  upto: number | null;
  /** Instructions the program may execute before it is stopped. */
  budget: number;
  /** Record a trace for stepping (costs time and memory). */
  trace: boolean;
  /** Snapshots kept at most; past it the trace stops growing but the run goes on. */
  maxSteps: number;
  /** What input() reads: the page's input box. */
  stdin?: string;
}

export interface TextRequest {
  kind: 'ast' | 'dis';
  id: number;
  source: string;
  upto: number | null;
}

export type WorkerRequest = RunRequest | TextRequest;

// ---- Worker -> page --------------------------------------------------------------------------

/** What the bundled interpreter turned out to support: the page hides what is missing. */
export interface Capabilities {
  run: boolean;
  trace: boolean;
  ast: boolean;
  dis: boolean;
  /** Lecture numbers the VM can be limited to (`--upto`), ascending. */
  levels: number[];
  /** Why a capability is missing, for the status line. */
  notes: string[];
}

export interface ReadyMessage { kind: 'ready'; caps: Capabilities; loadMs: number }

/** Output of a running program, sent while it runs (the page appends it). */
export interface OutputMessage { kind: 'output'; id: number; stdout: string; stderr: string }

export interface RunResult {
  kind: 'result';
  id: number;
  /** The output since the last OutputMessage of this run. */
  stdout: string;
  stderr: string;
  /** The last line of everything written to stderr (the uncaught exception, if any). */
  lastError: string;
  exitCode: number;
  /** Instructions executed (when the interpreter counts them). */
  steps: number;
  /** True when the instruction budget stopped the program. */
  budgetExhausted: boolean;
  ms: number;
  /** The recorded trace, or null when not asked for / not supported. */
  trace: TraceStep[] | null;
  /** True when the trace hit maxSteps and is a prefix of the run. */
  traceTruncated: boolean;
  /** The listing of every code object the trace entered; FrameSnap.codeIndex points here. */
  codes: CodeListing[];
}

/** One instruction of a listing, as dis shows it. */
export interface ListedInstr { offset: number; line: number; op: string; arg: number; argrepr: string }

/** A code object's instructions, for the stepper's bytecode pane. */
export interface CodeListing { name: string; firstLine: number; instrs: ListedInstr[] }

export interface TextResult { kind: 'text'; id: number; what: 'ast' | 'dis'; text: string; error: string }

/** A JavaScript failure inside the worker: a bug in ceval, shown as such. */
export interface CrashMessage { kind: 'crash'; id: number; error: string }

export type WorkerResponse = ReadyMessage | RunResult | TextResult | CrashMessage | OutputMessage;

// ---- Snapshots -------------------------------------------------------------------------------

/** A value as the state view shows it: its repr, its type, and a heap id for containers. */
export interface ValueSnap {
  /** repr(), cut to a readable length. */
  r: string;
  /** type(value).__name__ */
  t: string;
  /** Index into the step's heap when the value is a mutable or composite object. */
  h?: number;
}

/** A named slot of a frame: a local, a cell or a free variable. */
export interface SlotSnap { name: string; value: ValueSnap | null }

export interface FrameSnap {
  /** co_qualname of the code being run. */
  code: string;
  /** co_firstlineno, so the listing can tell two functions of the same name apart. */
  firstLine: number;
  /** Index into RunResult.codes. */
  codeIndex: number;
  /** Byte offset of the instruction about to run (as dis prints it). */
  offset: number;
  /** Source line of that instruction (0 when it has none). */
  line: number;
  /** The instruction, as dis would name it: `LOAD_FAST 0 (x)`. */
  instr: string;
  /** The value stack, bottom first. */
  stack: ValueSnap[];
  /**
   * For a generator's or coroutine's frame: `generator g`, and whether it is suspended (its
   * slots kept in the generator, no f_back) or running (linked under whoever resumed it).
   */
  owner?: { kind: string; name: string; suspended: boolean };
  locals: SlotSnap[];
  cells: SlotSnap[];
  frees: SlotSnap[];
}

/** A heap object the frames refer to. */
export interface HeapSnap {
  id: number;
  type: string;
  repr: string;
  /** Elements of sequences and sets. */
  items?: ValueSnap[];
  /** Key/value pairs of dicts. */
  entries?: [ValueSnap, ValueSnap][];
  /** Instance attributes (`__dict__`). */
  attrs?: SlotSnap[];
  /** A generator's or coroutine's suspended frame. */
  frame?: FrameSnap;
}

/** The machine just before one instruction executes. */
export interface TraceStep {
  /** Outermost frame first; the last one is executing. */
  frames: FrameSnap[];
  heap: HeapSnap[];
  /** Characters written to stdout so far: stepping shows output up to this point. */
  out: number;
}
