// The lecture chain: how VM_N = core + lectures <= N is built. CPython has one interpreter; a
// course needs one per chapter. This file owns the `Lecture` value, the syllabus (which lecture
// brings which instruction or slot) and the trap that makes "not yet" a Python error.
//
// HOW TO ADD A LECTURE (for the authors of lectures 04-09)
// --------------------------------------------------------
// A lecture package exports one `Lecture` value and never edits the eval loop:
//
//   export const lecture: Lecture = {
//     number: 4, title: 'objects',
//     instructions: ['BINARY_OP', 'COMPARE_OP'],       // opcodes this lecture makes runnable
//     handlers: { FOO: (interp, frame, oparg, sp) => sp },// only for opcodes the loop lacks
//     slots: [{ type: PyLong_Type, table: 'nb', slot: 'nb_add', value: longAdd }],
//     builtins: { abs: builtinAbs },                    // added to the builtins module
//     modules: { math: (interp) => makeMathModule(interp) },
//     hooks: { binaryOp: binaryOp1 },                   // replace an abstract operation
//     setup(interp) { ... },                             // anything else, run once per VM
//   };
//   export const vm = buildVM([lecture02, lecture04]);  // or: extendVM(prevLectures, lecture)
//
// * Instructions. The eval loop (ceval.ts) already has a fast `case` for every opcode the
//   syllabus lists; a lecture *enables* them by naming them in `instructions`. Opcodes the loop
//   has no case for go through `handlers`: `(interp, frame, oparg, sp) => newSp`, reading and
//   writing `interp.stack` below `sp`; a handler may change `frame.ip` (a jump, in code units)
//   or set `interp.pendingFrame` to ask the loop to run a new Python frame inline.
// * Trap, not test. When a code object first runs on a VM, the loop makes its adaptive copy
//   (CPython's co_code_adaptive) and rewrites every opcode the VM does not enable to TRAP
//   (opcode 17, RESERVED in 3.13). Enabled instructions therefore pay nothing per execution;
//   the TRAP case reads the original opcode from co_code and raises
//   `SystemError: FOR_ITER arrives in lecture 07 (iterators)`. CPython's instrumentation swaps
//   opcodes the same way (INSTRUMENTED_*).
// * Slots. Types are shared objects, so a lecture lists the slots it fills instead of
//   assigning them at import time; `activateLectures` clears every registered slot and applies
//   the VM's own fills, so VM_02 and VM_04 can live in one process. An empty slot that the
//   syllabus assigns to a later lecture raises
//   `SystemError: BINARY_OP needs int's nb_add, which arrives in lecture 04 (objects)`.
// * Hooks. Abstract operations with a full CPython algorithm that a later lecture teaches
//   (binary_op1, rich compare, argument binding, attribute lookup, calling) are fields of
//   `Hooks`; lecture 02 installs minimal versions and a lecture replaces them wholesale.

import type { PyObject, PyTypeObject } from './object.js';
import { PyNumberMethods, PySequenceMethods, PyMappingMethods } from './object.js';
import { Op, opname } from './opcode.js';

/** Lecture numbers and the short titles error messages use. */
export const LECTURE_TITLES: Readonly<Record<number, string>> = {
  2: 'eval loop', 4: 'objects', 5: 'types', 6: 'closures', 7: 'iterators', 8: 'classes',
  9: 'generators',
};

/** "lecture 04 (objects)" */
export function lectureLabel(n: number): string {
  return `lecture ${String(n).padStart(2, '0')} (${LECTURE_TITLES[n] ?? '?'})`;
}

/** The opcode CPython 3.13 leaves unused (RESERVED); our adaptive code uses it as the trap. */
export const TRAP_OPCODE = Op.RESERVED;

// The syllabus of instructions, from DESIGN.md's table: which lecture introduces each opcode.
const SYLLABUS_INSTR: Record<number, readonly string[]> = {
  2: ['RESUME', 'NOP', 'EXTENDED_ARG', 'POP_TOP', 'PUSH_NULL', 'COPY', 'SWAP', 'END_FOR',
    'LOAD_CONST', 'RETURN_CONST', 'RETURN_VALUE', 'LOAD_NAME', 'STORE_NAME', 'DELETE_NAME',
    'LOAD_GLOBAL', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_FAST', 'LOAD_FAST_CHECK',
    'LOAD_FAST_AND_CLEAR', 'STORE_FAST', 'DELETE_FAST', 'LOAD_FAST_LOAD_FAST',
    'STORE_FAST_LOAD_FAST', 'STORE_FAST_STORE_FAST', 'JUMP_FORWARD', 'JUMP_BACKWARD',
    'JUMP_BACKWARD_NO_INTERRUPT', 'POP_JUMP_IF_TRUE', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_NONE',
    'POP_JUMP_IF_NOT_NONE', 'CALL', 'CALL_KW', 'CALL_FUNCTION_EX', 'BINARY_OP', 'UNARY_NEGATIVE',
    'UNARY_NOT', 'UNARY_INVERT', 'TO_BOOL', 'COMPARE_OP', 'RAISE_VARARGS', 'PUSH_EXC_INFO',
    'POP_EXCEPT', 'RERAISE', 'CHECK_EXC_MATCH', 'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_ATTR',
    'STORE_ATTR', 'DELETE_ATTR', 'MAKE_FUNCTION', 'INTERPRETER_EXIT', 'CACHE', 'IS_OP',
    'CALL_INTRINSIC_1', 'LOAD_ASSERTION_ERROR'],
  4: [],
  5: ['BINARY_SUBSCR', 'STORE_SUBSCR', 'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE',
    'BUILD_SLICE', 'BUILD_TUPLE', 'BUILD_MAP', 'BUILD_CONST_KEY_MAP', 'BUILD_SET', 'SET_ADD',
    'SET_UPDATE', 'MAP_ADD', 'DICT_UPDATE', 'DICT_MERGE', 'CONTAINS_OP', 'FORMAT_SIMPLE',
    'FORMAT_WITH_SPEC', 'CONVERT_VALUE', 'BUILD_STRING', 'CALL_INTRINSIC_2'],
  6: ['SET_FUNCTION_ATTRIBUTE', 'MAKE_CELL', 'LOAD_DEREF', 'STORE_DEREF', 'DELETE_DEREF',
    'COPY_FREE_VARS', 'LOAD_FROM_DICT_OR_DEREF', 'LOAD_FROM_DICT_OR_GLOBALS', 'LOAD_CLOSURE'],
  7: ['BUILD_LIST', 'LIST_APPEND', 'LIST_EXTEND', 'GET_ITER', 'FOR_ITER', 'UNPACK_SEQUENCE',
    'UNPACK_EX', 'GET_LEN', 'MATCH_SEQUENCE', 'MATCH_MAPPING', 'MATCH_KEYS', 'MATCH_CLASS'],
  8: ['LOAD_BUILD_CLASS', 'LOAD_LOCALS', 'SETUP_ANNOTATIONS', 'LOAD_SUPER_ATTR',
    'BEFORE_WITH', 'WITH_EXCEPT_START', 'CHECK_EG_MATCH', 'EXIT_INIT_CHECK'],
  9: ['RETURN_GENERATOR', 'YIELD_VALUE', 'SEND', 'END_SEND', 'CLEANUP_THROW',
    'GET_YIELD_FROM_ITER', 'GET_AWAITABLE', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR',
    'BEFORE_ASYNC_WITH'],
};

// The builtins a later lecture adds (its `Lecture.builtins`): before that lecture, loading
// one is a "not yet" like an untaught instruction, not a NameError a reader cannot place.
const SYLLABUS_BUILTINS: Record<number, readonly string[]> = {
  4: ['abs', 'divmod', 'pow', 'round', 'min', 'max', 'dir', 'bin', 'oct', 'hex'],
  5: ['slice', 'ord', 'chr', 'ascii', 'format'],
  6: ['locals'],
  7: ['iter', 'next', 'sorted', 'sum', 'any', 'all', 'zip', 'map', 'filter', 'range',
    'enumerate', 'reversed'],
};

const builtinLecture = new Map<string, number>();
for (const [lec, names] of Object.entries(SYLLABUS_BUILTINS)) {
  for (const n of names) builtinLecture.set(n, Number(lec));
}

/** The lecture that brings builtin `name` (0: core has it, or no lecture does). */
export function syllabusBuiltinLecture(name: string): number {
  return builtinLecture.get(name) ?? 0;
}

/**
 * The lecture that brings builtin `name`, when the running VM does not have it yet; 0 for a
 * name that is simply undefined (or was deleted on a VM that had it).
 */
export function lateBuiltinLecture(name: string): number {
  const lec = builtinLecture.get(name);
  if (lec === undefined || activeChain === null) return 0;
  for (const l of activeChain) if (l.number >= lec) return 0;
  return lec;
}

/** opcode -> lecture that introduces it (0 when no lecture does). */
export const instructionLecture: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const [lec, names] of Object.entries(SYLLABUS_INSTR)) {
    for (const n of names) {
      const op = opname.indexOf(n);
      if (op >= 0 && op < 256) t[op] = Number(lec);
    }
  }
  return t;
})();

/** The opcodes lecture `n` introduces, by name. @see DESIGN.md "Who owns what" */
export function syllabusInstructions(n: number): readonly string[] {
  return SYLLABUS_INSTR[n] ?? [];
}

/** Which slot table a slot lives in: `tp` (the type itself), `nb`, `sq` or `mp`. */
export type SlotTable = 'tp' | 'nb' | 'sq' | 'mp';

/** One slot a lecture fills on a type that may already exist. */
export interface SlotFill {
  type: PyTypeObject;
  table: SlotTable;
  slot: string;
  value: unknown;
}

/**
 * Which lecture fills an empty slot; used only to word the error when it is missing.
 * Per type name first (e.g. str's sq_concat is 05), then by slot family.
 */
export function slotLecture(typeName: string, slot: string): number {
  if (slot.startsWith('nb_')) {
    if (typeName === 'str' || typeName === 'tuple' || typeName === 'bytes' || typeName === 'dict'
      || typeName === 'set' || typeName === 'frozenset') return 5;
    if (typeName === 'list') return 7;
    return 4;
  }
  if (slot.startsWith('sq_') || slot.startsWith('mp_')) return typeName === 'list' ? 7 : 5;
  if (slot === 'tp_iter' || slot === 'tp_iternext') return 7;
  if (slot === 'tp_richcompare' || slot === 'tp_hash') {
    return ['int', 'float', 'bool', 'complex', 'NoneType'].includes(typeName) ? 4 : 5;
  }
  if (slot === 'tp_call') return typeName === 'function' ? 6 : 8;
  if (slot === 'tp_descr_get' || slot === 'tp_descr_set' || slot === 'tp_init') return 8;
  return 4;
}

/** The abstract operations a lecture may replace; see `Hooks` in runtime/abstract.ts. */
export type HookName = string;

/**
 * An instruction handler for opcodes the loop has no inline case for. It gets the stack
 * pointer (absolute index into `interp.stack`) and returns the new one.
 */
export type InstrHandler = (
  interp: any, frame: any, oparg: number, sp: number) => number;

/** What a lecture adds to the VM before it. @see DESIGN.md "The lecture chain" */
export interface Lecture {
  /** 2, 4, 5 ... */
  number: number;
  title: string;
  /** Names of the opcodes this lecture makes executable. */
  instructions: readonly string[];
  /** Handlers for opcodes without an inline case in the loop, by opcode name. */
  handlers?: Readonly<Record<string, InstrHandler>>;
  /** Types this lecture creates (documentation and `vm.types`; creation is the module's). */
  types?: readonly PyTypeObject[];
  /** Slots this lecture fills on existing types. */
  slots?: readonly SlotFill[];
  /** Entries added to the builtins module. */
  builtins?: Readonly<Record<string, PyObject>>;
  /** Built-in modules, created on first import. */
  modules?: Readonly<Record<string, (interp: any) => PyObject>>;
  /** Replacements of abstract operations (runtime/abstract.ts `Hooks`). */
  hooks?: Readonly<Record<HookName, unknown>>;
  /** Anything else, run once when a VM containing this lecture is created. */
  setup?: (interp: any) => void;
}

// Every slot any lecture has ever filled, with the value it held before any lecture touched
// it (null for most; core's own default for a few, e.g. `type`'s getsets), so activating a
// VM can put them back first.
const registeredSlots = new Map<string, SlotFill>();
const slotOwners: { fill: SlotFill; original: unknown }[] = [];

function slotHolder(f: SlotFill): Record<string, unknown> | null {
  const t = f.type as unknown as Record<string, unknown>;
  if (f.table === 'tp') return t;
  const key = f.table === 'nb' ? 'tp_as_number' : f.table === 'sq' ? 'tp_as_sequence'
    : 'tp_as_mapping';
  return (t[key] as Record<string, unknown> | null) ?? null;
}

let activeChain: readonly Lecture[] | null = null;

/**
 * Bumped whenever another VM's slot fills become the live ones: a cache of what a type's
 * dict shows (lecture 08's method cache) is only valid within one activation.
 */
export let activationEpoch = 0;

/**
 * Make `lectures`' slot fills the live ones: every slot a lecture ever filled goes back to
 * what it held before any lecture, then these lectures' fills are applied in order. Cheap, and only done when a different
 * VM starts running.
 */
export function activateLectures(lectures: readonly Lecture[]): void {
  if (activeChain === lectures) return;
  for (const { fill, original } of slotOwners) {
    const h = slotHolder(fill);
    if (h !== null) h[fill.slot] = original;
  }
  for (const lec of lectures) {
    for (const f of lec.slots ?? []) {
      const id = `${f.type.tp_name}.${f.table}.${f.slot}`;
      let h = slotHolder(f);
      if (!registeredSlots.has(id)) {
        registeredSlots.set(id, f);
        // Every registered slot is back at its original now, so this is the pristine value.
        slotOwners.push({ fill: f, original: h === null ? null : (h[f.slot] ?? null) });
      }
      if (h === null) {
        // The type had no table yet: give it one (the lecture brings the protocol).
        const t = f.type as unknown as Record<string, unknown>;
        const key = f.table === 'nb' ? 'tp_as_number' : f.table === 'sq' ? 'tp_as_sequence'
          : 'tp_as_mapping';
        // A real slot table, so its other slots read as null (empty), never undefined.
        t[key] = f.table === 'nb' ? new PyNumberMethods() : f.table === 'sq'
          ? new PySequenceMethods() : new PyMappingMethods();
        h = t[key] as Record<string, unknown>;
      }
      h[f.slot] = f.value;
    }
  }
  activeChain = lectures;
  activationEpoch++;
}
