// Mirrors Python/ceval.c (_PyEval_EvalFrameDefault and its labels) and the instruction bodies
// of Python/bytecodes.c that lecture 02 owns. One call of `evalFrameDefault` runs every
// Python frame pushed after its entry frame; only host boundaries recurse into it.

import { type PyObject, PyTypeObject } from './object.js';
import { Op, cacheSize } from './opcode.js';
import { Py_None } from './objects/noneobject.js';
import { Py_True, Py_False } from './objects/boolobject.js';
import { PyLong, PyLong_Type, newInt } from './objects/longobject.js';
import { PyFloat, PyFloat_Type, newFloat } from './objects/floatobject.js';
import { PyUnicode } from './objects/unicodeobject.js';
import { PyTuple } from './objects/tupleobject.js';
import { PyDict, PyDict_Type } from './objects/dictobject.js';
import {
  PyBaseException, PyExc_AssertionError, PyExc_TypeError, PyExc_SystemError,
  PyExc_RecursionError, PyExc_RuntimeError, newExceptionMsg,
} from './objects/exceptions.js';
import { Frame, FrameOwner, frameRelease, frameSuspend } from './frame.js';
import { Interpreter, type GenSupport } from './interpreter.js';
import { TRAP_OPCODE, lectureLabel } from './lecture.js';
import { asPyException, chainContext } from './runtime/errors.js';
import { PyFunction } from './runtime/funcobject.js';
import { PyModule } from './runtime/moduleobject.js';
import { PyMethod } from './runtime/classobject.js';
import { importName, importFrom, importStar } from './runtime/import.js';
import { handleEvalBreaker } from './ceval-gil.js';
import {
  nameError, missingNameError, unboundLocal, mappingGet, storeMapping, exceptionMatches, checkExceptClass,
  makeRaisable, trapError, isIterableForStar, functionStr,
} from './ceval-helpers.js';
import { type GlobalCache, loadGlobalSlow, specializeBinaryOp, specializeCompare,
  adaptiveTriggers, specializeTo } from './specialize.js';

export { exceptionMatches } from './ceval-helpers.js';
export { codeExecFor, pushFrame, bindArgsMinimal, initFunctionFrame, callFunction, evalCode,
  callAny, type BindArgs } from './ceval-call.js';
import { codeExecFor, initFunctionFrame, callAny } from './ceval-call.js';
import { type AttrCache, loadAttrQuick, storeAttrQuick } from './ceval-attr.js';
import { Reraise, exceptionUnwind } from './ceval-unwind.js';
export { Reraise } from './ceval-unwind.js';

/** A generator's throw(): raised at the point where its frame stopped. */
class ThrowIn {
  constructor(readonly exc: PyBaseException) {}
}

/**
 * The eval loop. `entry` has been pushed (and its arguments bound) by the caller; this runs
 * it and every frame it calls, and returns its result or throws its exception. With
 * `throwExc` (a generator's throw()), the entry frame resumes by raising it where it stopped,
 * as CPython's `throwflag` sends it to `resume_with_error`.
 * @see Python/ceval.c _PyEval_EvalFrameDefault
 */
export function evalFrameDefault(interp: Interpreter, entry: Frame,
  throwExc: PyBaseException | null = null): PyObject {
  entry.isEntry = true;
  // start_frame for the entry frame: the recursion check (_Py_EnterRecursivePy).
  if (interp.pyRemaining-- <= 0) {
    interp.pyRemaining++;
    interp.stackTop = entry.base;
    throw newExceptionMsg(PyExc_RecursionError, 'maximum recursion depth exceeded');
  }
  interp.currentFrame = entry;
  // Where to put the thread state back if the host stack itself overflows while unwinding
  // (a RangeError escaping our own catch): exit_unwind for every frame of this activation.
  const savedRemaining = interp.pyRemaining + 1;
  try {
    return runFrames(interp, entry, throwExc);
  } catch (e) {
    interp.pyRemaining = savedRemaining;
    interp.stackTop = entry.base;
    interp.currentFrame = entry.previous;
    throw e instanceof PyBaseException ? e : asPyException(e);
  }
}

/** The dispatch loop proper; its hot state lives in these locals. */
function runFrames(interp: Interpreter, entry: Frame, throwExc: PyBaseException | null):
  PyObject {
  const stack = interp.stack;
  const hooks = interp.hooks;
  let f = entry;
  let exec = f.exec;
  let instrs = exec.instrs;
  let consts = exec.consts;
  let base = f.base;
  let sp = f.sp;
  let ip = f.ip;
  let lasti = ip;
  const trace = interp.trace;
  let pendingThrow = throwExc;
  for (;;) {
    try {
      if (pendingThrow !== null) {
        const e = pendingThrow;
        pendingThrow = null;
        throw new ThrowIn(e);
      }
      for (;;) {
        lasti = ip;
        let word = instrs[ip++];
        let op = word & 255;
        let oparg = word >>> 8;
        while (op === Op.EXTENDED_ARG) {
          // EXTENDED_ARG: widen the next instruction's oparg by 8 bits.
          word = instrs[ip++];
          op = word & 255;
          oparg = (oparg << 8) | (word >>> 8);
        }
        if (trace !== null) {
          f.lasti = lasti;
          trace(f, lasti, op, oparg, sp);
        }
        switch (op) {
          case Op.NOP:
          case Op.CACHE:
            continue;

          case Op.RESUME:
            // RESUME: a safe point; once it has run it becomes RESUME_CHECK, as in CPython
            // (where RESUME also checks the instrumentation version first).
            exec.specialize(lasti, Op.RESUME_CHECK);
            if (--interp.ticks <= 0) {
              f.lasti = lasti;
              handleEvalBreaker(interp);
            }
            continue;
          case Op.RESUME_CHECK:
            // RESUME_CHECK: poll the eval breaker (signals, budget).
            if (--interp.ticks <= 0) {
              f.lasti = lasti;
              handleEvalBreaker(interp);
            }
            continue;

          // --- stack manipulation ------------------------------------------------------------
          case Op.POP_TOP:
          case Op.END_FOR:
            // POP_TOP: pop()
            stack[--sp] = null;
            continue;
          case Op.PUSH_NULL:
            // PUSH_NULL: push(NULL), the "no self" marker below call arguments
            stack[sp++] = null;
            continue;
          case Op.COPY:
            // COPY n: push(stack[-n])
            stack[sp] = stack[sp - oparg];
            sp++;
            continue;
          case Op.SWAP: {
            // SWAP n: stack[-1], stack[-n] = stack[-n], stack[-1]
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - oparg];
            stack[sp - oparg] = t;
            continue;
          }
          case Op.LOAD_CONST:
            // LOAD_CONST i: push(co_consts[i])
            stack[sp++] = consts[oparg];
            continue;

          // --- fast locals ------------------------------------------------------------------
          case Op.LOAD_FAST:
            // LOAD_FAST i: push(fast[i]); the compiler proved it is bound
            stack[sp++] = stack[base + oparg];
            continue;
          case Op.LOAD_FAST_CHECK: {
            // LOAD_FAST_CHECK i: push(fast[i]) or UnboundLocalError
            const v = stack[base + oparg];
            if (v === null) throw unboundLocal(exec, oparg);
            stack[sp++] = v;
            continue;
          }
          case Op.LOAD_FAST_AND_CLEAR:
            // LOAD_FAST_AND_CLEAR i: push(fast[i]) (maybe NULL); fast[i] = NULL
            stack[sp++] = stack[base + oparg];
            stack[base + oparg] = null;
            continue;
          case Op.LOAD_FAST_LOAD_FAST:
            // LOAD_FAST_LOAD_FAST a<<4|b: push(fast[a]); push(fast[b])
            stack[sp++] = stack[base + (oparg >> 4)];
            stack[sp++] = stack[base + (oparg & 15)];
            continue;
          case Op.STORE_FAST:
            // STORE_FAST i: fast[i] = pop()
            stack[base + oparg] = stack[--sp];
            continue;
          case Op.STORE_FAST_LOAD_FAST:
            // STORE_FAST_LOAD_FAST a<<4|b: fast[a] = pop(); push(fast[b])
            stack[base + (oparg >> 4)] = stack[sp - 1];
            stack[sp - 1] = stack[base + (oparg & 15)];
            continue;
          case Op.STORE_FAST_STORE_FAST:
            // STORE_FAST_STORE_FAST a<<4|b: fast[a] = pop(); fast[b] = pop()
            stack[base + (oparg >> 4)] = stack[sp - 1];
            stack[base + (oparg & 15)] = stack[sp - 2];
            sp -= 2;
            continue;
          case Op.DELETE_FAST:
            // DELETE_FAST i: del fast[i]
            if (stack[base + oparg] === null) throw unboundLocal(exec, oparg);
            stack[base + oparg] = null;
            continue;

          // --- names: locals dict, globals, builtins -----------------------------------------
          case Op.LOAD_NAME: {
            // LOAD_NAME i: push(locals/globals/builtins[co_names[i]])
            const name = exec.names[oparg];
            let v: PyObject | null = null;
            if (f.locals === null) {
              throw newExceptionMsg(PyExc_SystemError, `no locals when loading '${name}'`);
            }
            v = mappingGet(f.locals, name, exec.nameObjs[oparg]);
            if (v === null) v = (f.globals as PyDict).getItemStr(name);
            if (v === null) v = mappingGet(f.builtins, name, exec.nameObjs[oparg]);
            if (v === null) throw missingNameError(name);
            stack[sp++] = v;
            continue;
          }
          case Op.STORE_NAME: {
            // STORE_NAME i: locals[co_names[i]] = pop()
            const v = stack[--sp] as PyObject;
            const loc = f.locals;
            // An exact dict stores directly; any other mapping (a __prepare__ namespace, a
            // dict subclass with its own __setitem__) goes through its mapping protocol.
            if (loc !== null && loc.ob_type === PyDict_Type) (loc as PyDict).setItemStr(exec.names[oparg], v);
            else storeMapping(loc, exec, oparg, v);
            continue;
          }
          case Op.DELETE_NAME: {
            // DELETE_NAME i: del locals[co_names[i]]
            const loc = f.locals;
            if (!(loc instanceof PyDict) || !loc.delItemStr(exec.names[oparg])) {
              throw nameError(exec.names[oparg]);
            }
            continue;
          }
          case Op.LOAD_GLOBAL:
          case Op.LOAD_GLOBAL_MODULE:
          case Op.LOAD_GLOBAL_BUILTIN: {
            // LOAD_GLOBAL i: push(globals/builtins[co_names[i>>1]]); push(NULL) if i&1
            const ni = oparg >> 1;
            const cached = exec.cache[lasti] as GlobalCache | undefined;
            const g = f.globals as PyDict;
            let v: PyObject | null;
            if (cached !== undefined && cached.globals === g && cached.gver === g.version
              && cached.bver === (f.builtins as PyDict).version) {
              // LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: the dict shapes are unchanged, so
              // the entry found last time is still the one (its value may have changed).
              v = cached.entry.value;
              if (op === Op.LOAD_GLOBAL && adaptiveTriggers(exec, lasti)) {
                specializeTo(exec, lasti, g.map.get(exec.names[ni]) === cached.entry
                  ? Op.LOAD_GLOBAL_MODULE : Op.LOAD_GLOBAL_BUILTIN);
              }
            } else {
              v = loadGlobalSlow(exec, lasti, g, f.builtins, ni);
              if (op === Op.LOAD_GLOBAL) adaptiveTriggers(exec, lasti);
            }
            stack[sp++] = v;
            if (oparg & 1) stack[sp++] = null;
            ip += 4;
            continue;
          }
          case Op.STORE_GLOBAL:
            // STORE_GLOBAL i: globals[co_names[i]] = pop()
            (f.globals as PyDict).setItemStr(exec.names[oparg], stack[--sp] as PyObject);
            continue;
          case Op.DELETE_GLOBAL:
            // DELETE_GLOBAL i: del globals[co_names[i]]
            if (!(f.globals as PyDict).delItemStr(exec.names[oparg])) {
              throw nameError(exec.names[oparg]);
            }
            continue;

          // --- attributes ---------------------------------------------------------------------
          case Op.LOAD_ATTR:
          case Op.LOAD_ATTR_MODULE:
          case Op.LOAD_ATTR_INSTANCE_VALUE:
          case Op.LOAD_ATTR_METHOD_WITH_VALUES:
          case Op.LOAD_ATTR_METHOD_NO_DICT:
          case Op.LOAD_ATTR_SLOT:
          case Op.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES: {
            // LOAD_ATTR i: owner = pop(); push(owner.co_names[i>>1]); push(NULL) if i&1
            const owner = stack[sp - 1] as PyObject;
            if (op !== Op.LOAD_ATTR && op !== Op.LOAD_ATTR_MODULE) {
              // The quickened forms (lecture 08): -1 when the guard fails (ceval-attr.ts).
              f.lasti = lasti;
              const nsp = loadAttrQuick(op, oparg, owner, exec.cache[lasti] as AttrCache,
                exec.names[oparg >> 1], stack, sp);
              if (nsp >= 0) {
                sp = nsp;
                ip += 9;
                continue;
              }
            }
            f.lasti = lasti;
            let v: PyObject;
            const me = owner instanceof PyModule ? owner.dict.map.get(exec.names[oparg >> 1])
              : undefined;
            // LOAD_ATTR_MODULE: a module attribute is its dict entry; no getattr machinery.
            if (me !== undefined) {
              v = me.value;
              if (op === Op.LOAD_ATTR && adaptiveTriggers(exec, lasti)) {
                specializeTo(exec, lasti, Op.LOAD_ATTR_MODULE);
              }
            } else {
              if (op === Op.LOAD_ATTR && adaptiveTriggers(exec, lasti)) {
                specializeTo(exec, lasti, hooks.specializeAttr === undefined ? 0
                  : hooks.specializeAttr(exec, lasti, owner, exec.nameObjs[oparg >> 1] as PyUnicode,
                    oparg));
              }
              if (oparg & 1) {
                // The method form: callable and self (or NULL) in the two slots (see Hooks).
                hooks.loadMethod(owner, exec.nameObjs[oparg >> 1] as PyUnicode, stack, sp - 1);
                sp++;
                ip += 9;
                continue;
              }
              v = hooks.getAttr(owner, exec.nameObjs[oparg >> 1] as PyUnicode);
            }
            stack[sp - 1] = v;
            if (oparg & 1) stack[sp++] = null;
            ip += 9;
            continue;
          }
          case Op.STORE_ATTR:
          case Op.STORE_ATTR_SLOT:
          case Op.STORE_ATTR_INSTANCE_VALUE: {
            // STORE_ATTR i: owner = pop(); v = pop(); owner.co_names[i] = v
            const owner = stack[sp - 1] as PyObject;
            if (op !== Op.STORE_ATTR) {
              f.lasti = lasti;
              if (storeAttrQuick(op, owner, exec.cache[lasti] as AttrCache, exec.names[oparg],
                stack[sp - 2] as PyObject)) {
                stack[sp - 1] = stack[sp - 2] = null;
                sp -= 2;
                ip += 4;
                continue;
              }
            } else if (adaptiveTriggers(exec, lasti)) {
              // A store is marked by oparg -1: the name index is the whole oparg here.
              specializeTo(exec, lasti, hooks.specializeAttr === undefined ? 0
                : hooks.specializeAttr(exec, lasti, owner, exec.nameObjs[oparg] as PyUnicode, -1));
            }
            f.lasti = lasti;
            hooks.setAttr(owner, exec.nameObjs[oparg] as PyUnicode, stack[sp - 2] as PyObject);
            stack[sp - 1] = stack[sp - 2] = null;
            sp -= 2;
            ip += 4;
            continue;
          }
          case Op.DELETE_ATTR:
            // DELETE_ATTR i: del pop().co_names[i]
            f.lasti = lasti;
            hooks.setAttr(stack[sp - 1] as PyObject, exec.nameObjs[oparg] as PyUnicode, null);
            sp--;
            continue;

          // --- jumps ---------------------------------------------------------------------
          case Op.JUMP_FORWARD:
            // JUMP_FORWARD d: ip += d
            ip += oparg;
            continue;
          case Op.JUMP_BACKWARD:
            // JUMP_BACKWARD d: ip -= d (after its cache); a safe point for the eval breaker
            ip += 1 - oparg;
            if (--interp.ticks <= 0) {
              f.lasti = lasti;
              handleEvalBreaker(interp);
            }
            continue;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= oparg;
            continue;
          case Op.POP_JUMP_IF_FALSE:
            // POP_JUMP_IF_FALSE d: if not pop(): ip += d (the operand is an exact bool)
            if (stack[--sp] === Py_False) ip += 1 + oparg; else ip += 1;
            continue;
          case Op.POP_JUMP_IF_TRUE:
            if (stack[--sp] === Py_True) ip += 1 + oparg; else ip += 1;
            continue;
          case Op.POP_JUMP_IF_NONE:
            if (stack[--sp] === Py_None) ip += 1 + oparg; else ip += 1;
            continue;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack[--sp] !== Py_None) ip += 1 + oparg; else ip += 1;
            continue;

          // --- truth, unary, binary, compare: dispatch into the type slots ----------------------
          case Op.TO_BOOL: {
            // TO_BOOL: push(bool(pop()))
            const v = stack[sp - 1] as PyObject;
            if (v !== Py_True && v !== Py_False) {
              f.lasti = lasti;
              stack[sp - 1] = hooks.isTrue(v) ? Py_True : Py_False;
            }
            ip += 3;
            continue;
          }
          case Op.UNARY_NOT:
            // UNARY_NOT: push(not pop()) on an exact bool
            stack[sp - 1] = stack[sp - 1] === Py_True ? Py_False : Py_True;
            continue;
          case Op.UNARY_NEGATIVE:
            f.lasti = lasti;
            stack[sp - 1] = hooks.unaryOp(stack[sp - 1] as PyObject, 0);
            continue;
          case Op.UNARY_INVERT:
            f.lasti = lasti;
            stack[sp - 1] = hooks.unaryOp(stack[sp - 1] as PyObject, 1);
            continue;
          case Op.BINARY_OP:
          case Op.BINARY_OP_ADD_UNICODE:
          case Op.BINARY_OP_INPLACE_ADD_UNICODE: {
            // BINARY_OP op: rhs = pop(); lhs = pop(); push(lhs <op> rhs)
            // (the _UNICODE forms only mark what the specialiser saw: same generic path)
            const rhs = stack[sp - 1] as PyObject;
            const lhs = stack[sp - 2] as PyObject;
            if (op === Op.BINARY_OP && adaptiveTriggers(exec, lasti)) {
              specializeBinaryOp(exec, lasti, lhs, rhs, oparg, stack, base);
            }
            f.lasti = lasti;
            stack[sp - 2] = hooks.binaryOp(lhs, rhs, oparg);
            stack[--sp] = null;
            ip += 1;
            continue;
          }
          case Op.BINARY_OP_ADD_INT:
          case Op.BINARY_OP_SUBTRACT_INT:
          case Op.BINARY_OP_MULTIPLY_INT: {
            // BINARY_OP_*_INT: both operands are small ints; the result is computed here
            const rhs = stack[sp - 1] as PyLong;
            const lhs = stack[sp - 2] as PyLong;
            const a = lhs.value;
            const b = rhs.value;
            if (lhs.ob_type === PyLong_Type && rhs.ob_type === PyLong_Type
              && typeof a === 'number' && typeof b === 'number') {
              const r = op === Op.BINARY_OP_ADD_INT ? a + b : op === Op.BINARY_OP_SUBTRACT_INT
                ? a - b : a * b;
              if (r <= 9007199254740991 && r >= -9007199254740991) {
                stack[sp - 2] = newInt(r);
                stack[--sp] = null;
                ip += 1;
                continue;
              }
            }
            // Deoptimise this execution: take the generic path.
            f.lasti = lasti;
            stack[sp - 2] = hooks.binaryOp(lhs, rhs, oparg);
            stack[--sp] = null;
            ip += 1;
            continue;
          }
          case Op.BINARY_OP_ADD_FLOAT:
          case Op.BINARY_OP_SUBTRACT_FLOAT:
          case Op.BINARY_OP_MULTIPLY_FLOAT: {
            const rhs = stack[sp - 1] as PyFloat;
            const lhs = stack[sp - 2] as PyFloat;
            if (lhs.ob_type === PyFloat_Type && rhs.ob_type === PyFloat_Type) {
              const a = lhs.value;
              const b = rhs.value;
              stack[sp - 2] = newFloat(op === Op.BINARY_OP_ADD_FLOAT ? a + b
                : op === Op.BINARY_OP_SUBTRACT_FLOAT ? a - b : a * b);
            } else {
              f.lasti = lasti;
              stack[sp - 2] = hooks.binaryOp(lhs, rhs, oparg);
            }
            stack[--sp] = null;
            ip += 1;
            continue;
          }
          case Op.COMPARE_OP:
          case Op.COMPARE_OP_FLOAT:
          case Op.COMPARE_OP_STR: {
            // COMPARE_OP op<<5|tobool<<4: rhs = pop(); lhs = pop(); push(lhs <op> rhs)
            // (the _FLOAT and _STR forms only mark what the specialiser saw: same path)
            const rhs = stack[sp - 1] as PyObject;
            const lhs = stack[sp - 2] as PyObject;
            if (op === Op.COMPARE_OP && adaptiveTriggers(exec, lasti)) {
              specializeCompare(exec, lasti, lhs, rhs, oparg);
            }
            f.lasti = lasti;
            let r = hooks.richCompare(lhs, rhs, oparg >> 5);
            if ((oparg & 16) && r !== Py_True && r !== Py_False) {
              r = hooks.isTrue(r) ? Py_True : Py_False;
            }
            stack[sp - 2] = r;
            stack[--sp] = null;
            ip += 1;
            continue;
          }
          case Op.COMPARE_OP_INT: {
            // COMPARE_OP_INT: two ints, compared here; the result is a bool
            const rhs = stack[sp - 1] as PyLong;
            const lhs = stack[sp - 2] as PyLong;
            const a = lhs.value;
            const b = rhs.value;
            let r: PyObject;
            if (lhs.ob_type === PyLong_Type && rhs.ob_type === PyLong_Type
              && typeof a === 'number' && typeof b === 'number') {
              const c = oparg >> 5;
              const t = c === 0 ? a < b : c === 1 ? a <= b : c === 2 ? a === b : c === 3 ? a !== b
                : c === 4 ? a > b : a >= b;
              r = t ? Py_True : Py_False;
            } else {
              f.lasti = lasti;
              r = hooks.richCompare(lhs, rhs, oparg >> 5);
              if ((oparg & 16) && r !== Py_True && r !== Py_False) {
                r = hooks.isTrue(r) ? Py_True : Py_False;
              }
            }
            stack[sp - 2] = r;
            stack[--sp] = null;
            ip += 1;
            continue;
          }
          case Op.IS_OP:
            // IS_OP inv: rhs = pop(); lhs = pop(); push((lhs is rhs) ^ inv)
            stack[sp - 2] = (stack[sp - 2] === stack[sp - 1]) !== (oparg === 1) ? Py_True
              : Py_False;
            stack[--sp] = null;
            continue;

          // --- calls -----------------------------------------------------------------------
          case Op.CALL:
          case Op.CALL_PY_EXACT_ARGS:
          case Op.CALL_BOUND_METHOD_EXACT_ARGS:
          case Op.CALL_ALLOC_AND_ENTER_INIT:
          case Op.CALL_BUILTIN_CLASS:
          case Op.CALL_NON_PY_GENERAL:
          case Op.CALL_KW: {
            // CALL n: callable, self_or_null, args[n] -> result. A Python function gets a
            // new frame and the loop carries on in it: no host recursion (DISPATCH_INLINED).
            // The CALL_* forms are what quickening shows in dis(adaptive=True); they run this
            // same code, which already inlines Python frames.
            let kwnames: PyObject | null = null;
            let top = sp;
            if (op === Op.CALL_KW) {
              kwnames = stack[--top] as PyObject;
            }
            let callable = stack[top - oparg - 2] as PyObject;
            let self = stack[top - oparg - 1];
            // Quickening (second execution of a generic CALL): which form this call takes.
            const trig = op === Op.CALL && adaptiveTriggers(exec, lasti);
            let quick = Op.CALL_PY_EXACT_ARGS;
            if (self === null && callable instanceof PyMethod) {
              // A bound method: call its function with self first (CALL_BOUND_METHOD_*).
              self = callable.self;
              callable = callable.func;
              stack[top - oparg - 2] = callable;
              stack[top - oparg - 1] = self;
              quick = Op.CALL_BOUND_METHOD_EXACT_ARGS;
            }
            let start = top - oparg;
            let nargs = oparg;
            if (self !== null) {
              start--;
              nargs++;
            }
            f.lasti = lasti;
            const after = op === Op.CALL_KW ? ip : ip + 3;
            let nf: Frame | null = null;
            if (callable instanceof PyFunction) {
              const cexec = callable.exec;
              if (kwnames === null && nargs === cexec.argcount && cexec.simpleArgs) {
                // CALL_PY_EXACT_ARGS: the new frame's locals are the arguments, copied in.
                const nbase = interp.stackTop;
                const nlp = cexec.nlocalsplus;
                if (nbase + cexec.framesize > stack.length) interp.ensureStack(cexec.framesize + 1024);
                for (let i = 0; i < nargs; i++) stack[nbase + i] = stack[start + i];
                for (let i = nargs; i < nlp; i++) stack[nbase + i] = null;
                interp.stackTop = nbase + cexec.framesize;
                nf = new Frame(cexec, callable, callable.globals, callable.builtins, null, f, nbase);
                nf.sp = nbase + nlp;
                if (trig) specializeTo(exec, lasti, quick);
              } else {
                nf = initFunctionFrame(interp, callable, stack, start, nargs, kwnames, f);
                if (trig) specializeTo(exec, lasti, 0);
              }
            } else if (kwnames === null && self === null && hooks.enterInit !== undefined) {
              // CALL_ALLOC_AND_ENTER_INIT: a class whose __init__ is a Python function gets
              // its instance made here and __init__ pushed as a frame (see Frame.initSelf).
              nf = hooks.enterInit(interp, callable, stack, start, nargs, f);
              if (trig) {
                specializeTo(exec, lasti, nf !== null ? Op.CALL_ALLOC_AND_ENTER_INIT
                  : !(callable instanceof PyTypeObject) ? 0
                    : (callable.tp_flags & (1 << 9)) === 0 ? Op.CALL_BUILTIN_CLASS
                      : Op.CALL_NON_PY_GENERAL);
              }
            } else if (trig) {
              // A class other than those above: a built-in type's own constructor, or the
              // generic call; builtin functions keep CALL (their many forms are not modelled).
              specializeTo(exec, lasti, !(callable instanceof PyTypeObject) ? 0
                : (callable.tp_flags & (1 << 9)) === 0 ? Op.CALL_BUILTIN_CLASS
                  : Op.CALL_NON_PY_GENERAL);
            }
            if (nf !== null) {
              if (interp.pyRemaining <= 0) {
                interp.stackTop = nf.base;
                throw newExceptionMsg(PyExc_RecursionError, 'maximum recursion depth exceeded');
              }
              interp.pyRemaining--;
              // Save the caller's state: the result will land where the callable was.
              for (let i = top - oparg - 2; i < sp; i++) stack[i] = null;
              f.sp = top - oparg - 2;
              f.ip = after;
              f = nf;
              interp.currentFrame = f;
              exec = f.exec;
              instrs = exec.instrs;
              consts = exec.consts;
              base = f.base;
              sp = f.sp;
              ip = 0;
              continue;
            }
            const args = stack.slice(start, top) as PyObject[];
            let names: string[] | null = null;
            if (kwnames !== null) names = (kwnames as PyTuple).items.map((s) => (s as PyUnicode).value);
            f.sp = sp;
            const res = hooks.call(callable, args, names);
            for (let i = top - oparg - 2; i < sp; i++) stack[i] = null;
            sp = top - oparg - 2;
            stack[sp++] = res;
            ip = after;
            continue;
          }
          case Op.CALL_FUNCTION_EX: {
            // CALL_FUNCTION_EX flags: func, NULL, args tuple[, kwargs dict] -> result
            const kwargs = (oparg & 1) ? stack[--sp] as PyObject : null;
            const callargs = stack[--sp] as PyObject;
            sp--; // the NULL
            const callable = stack[--sp] as PyObject;
            let argsTuple: PyObject = callargs;
            if (!(callargs instanceof PyTuple)) {
              // f(*x) with x not a tuple: PySequence_Tuple(x), which lecture 07's
              // INTRINSIC_LIST_TO_TUPLE provides for any iterable (check_args_iterable).
              const toTuple = interp.intrinsics1[6];
              if (toTuple === undefined) {
                throw newExceptionMsg(PyExc_SystemError, 'CALL_FUNCTION_EX needs a tuple of '
                  + `arguments; iterables arrive in ${lectureLabel(7)}`);
              }
              if (!isIterableForStar(callargs)) {
                throw newExceptionMsg(PyExc_TypeError, `${functionStr(callable)} argument after * `
                  + `must be an iterable, not ${callargs.ob_type.tp_name}`);
              }
              argsTuple = toTuple(interp, callargs);
            }
            const args = (argsTuple as PyTuple).items.slice();
            let names: string[] | null = null;
            if (kwargs instanceof PyDict && kwargs.ma_used > 0) {
              names = [];
              for (const e of kwargs.entries()) {
                names.push((e.key as PyUnicode).value);
                args.push(e.value);
              }
            }
            f.lasti = lasti;
            f.sp = sp;
            stack[sp++] = callAny(interp, callable, args, names);
            continue;
          }
          case Op.MAKE_FUNCTION: {
            // MAKE_FUNCTION: code = pop(); push(function(code, globals)). MINIMAL (lecture 02):
            // lecture 06 owns function objects in full.
            const code = stack[sp - 1] as PyObject;
            stack[sp - 1] = new PyFunction(code, codeExecFor(interp, code), f.globals as PyDict,
              f.builtins as PyDict);
            continue;
          }

          // --- returns -----------------------------------------------------------------------
          case Op.RETURN_VALUE:
          case Op.RETURN_CONST: {
            // RETURN_VALUE: return pop() to the caller's frame; RETURN_CONST i: return consts[i]
            let res = op === Op.RETURN_VALUE ? stack[--sp] as PyObject : consts[oparg];
            interp.pyRemaining++;
            interp.stackTop = base;
            f.lasti = lasti;
            if (f.frameObj !== null) frameRelease(f);
            const prev = f.previous;
            interp.currentFrame = prev;
            let retIp = -1;
            if (f.gen !== null) {
              // A generator returned: it is finished; an inline resumer (SEND, FOR_ITER)
              // continues at its jump target, not after itself.
              retIp = f.returnIp;
              (interp.genSupport as GenSupport).finish(interp, f);
            }
            if (f.isEntry) return res;
            const initSelf = f.initSelf;
            // resume_frame: continue the caller after its CALL.
            f = prev as Frame;
            exec = f.exec;
            instrs = exec.instrs;
            consts = exec.consts;
            base = f.base;
            sp = f.sp;
            ip = retIp >= 0 ? retIp : f.ip;
            if (initSelf !== null) {
              // The end of an __init__ entered by CALL_ALLOC_AND_ENTER_INIT: the CALL's
              // value is the new instance, and __init__ must have returned None.
              if (res !== Py_None) {
                lasti = f.lasti;
                throw newExceptionMsg(PyExc_TypeError,
                  `__init__() should return None, not '${res.ob_type.tp_name}'`);
              }
              res = initSelf;
            }
            stack[sp++] = res;
            continue;
          }
          case Op.RETURN_GENERATOR:
          case Op.YIELD_VALUE: {
            // RETURN_GENERATOR: the frame becomes a generator's (saved off the data stack,
            // body not yet run) and the generator is returned to the caller.
            // YIELD_VALUE: v = pop(); suspend this generator's frame; whoever resumed it
            // gets v. Neither raises (the compiler counts on it).
            let res: PyObject = Py_None;
            if (op === Op.YIELD_VALUE) {
              res = stack[--sp] as PyObject;
              stack[sp] = null;
            }
            // A suspended frame's instruction pointer is the next instruction (the RESUME
            // after a yield, the POP_TOP after RETURN_GENERATOR): that is its f_lasti.
            f.lasti = ip;
            f.ip = ip;
            frameSuspend(stack, f, sp);
            interp.pyRemaining++;
            interp.stackTop = base;
            const prev = f.previous;
            f.previous = null;
            interp.currentFrame = prev;
            const gs = interp.genSupport as GenSupport;
            if (op === Op.YIELD_VALUE) {
              gs.suspend(interp, f, oparg);
            } else {
              f.owner = FrameOwner.GENERATOR;
              res = gs.make(interp, f);
            }
            if (f.isEntry) {
              f.isEntry = false;
              return res;
            }
            f = prev as Frame;
            exec = f.exec;
            instrs = exec.instrs;
            consts = exec.consts;
            base = f.base;
            sp = f.sp;
            ip = f.ip;
            stack[sp++] = res;
            continue;
          }

          // --- exceptions --------------------------------------------------------------------
          case Op.RAISE_VARARGS: {
            // RAISE_VARARGS n: raise / raise exc / raise exc from cause
            f.lasti = lasti;
            if (oparg === 0) {
              const cur = interp.topException();
              if (cur === null || cur === Py_None) {
                throw newExceptionMsg(PyExc_RuntimeError, 'No active exception to reraise');
              }
              throw new Reraise(cur as PyBaseException, lasti);
            }
            let cause: PyObject | null = null;
            if (oparg === 2) cause = stack[--sp] as PyObject;
            const exc = makeRaisable(interp, stack[--sp] as PyObject, 'exceptions');
            if (cause !== null) {
              if (cause === Py_None) {
                exc.cause = null;
              } else {
                exc.cause = makeRaisable(interp, cause, 'exception causes');
              }
              exc.suppress_context = true;
            }
            chainContext(exc, interp.topException());
            (exc as unknown as { raised?: boolean }).raised = true;
            throw exc;
          }
          case Op.PUSH_EXC_INFO: {
            // PUSH_EXC_INFO: exc = pop(); push(current handled exception); push(exc); handle exc
            const exc = stack[sp - 1] as PyObject;
            stack[sp - 1] = interp.excInfo ?? Py_None;
            stack[sp++] = exc;
            interp.excInfo = exc;
            continue;
          }
          case Op.POP_EXCEPT: {
            // POP_EXCEPT: the handled exception becomes pop() again
            const v = stack[--sp] as PyObject;
            interp.excInfo = v === Py_None ? null : v;
            stack[sp] = null;
            continue;
          }
          case Op.RERAISE: {
            // RERAISE n: exc = pop(); if n: restore lasti from stack[-n]; raise exc
            const exc = stack[--sp] as PyBaseException;
            // The frame's lasti goes back to where the exception first happened (for the
            // traceback and the next handler's pushed lasti); the handler search itself
            // starts here, at the RERAISE (exception_unwind uses INSTR_OFFSET()).
            f.lasti = oparg ? Number((stack[sp - oparg] as PyLong).value) : lasti;
            throw new Reraise(exc, lasti);
          }
          case Op.CHECK_EXC_MATCH: {
            // CHECK_EXC_MATCH: match = pop(); push(isinstance(stack[-1], match))
            const match = stack[sp - 1] as PyObject;
            checkExceptClass(match);
            stack[sp - 1] = exceptionMatches(stack[sp - 2] as PyObject, match) ? Py_True
              : Py_False;
            continue;
          }
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = PyExc_AssertionError;
            continue;

          // --- imports ----------------------------------------------------------------------
          case Op.IMPORT_NAME: {
            // IMPORT_NAME i: fromlist = pop(); level = pop(); push(__import__(co_names[i], ...))
            const fromlist = stack[--sp] as PyObject;
            const level = stack[--sp] as PyLong;
            f.lasti = lasti;
            f.sp = sp;
            stack[sp++] = importName(interp, f, exec.names[oparg], fromlist, Number(level.value));
            continue;
          }
          case Op.IMPORT_FROM:
            // IMPORT_FROM i: push(getattr(stack[-1], co_names[i])) or ImportError
            f.lasti = lasti;
            stack[sp] = importFrom(interp, stack[sp - 1] as PyObject, exec.names[oparg]);
            sp++;
            continue;
          case Op.CALL_INTRINSIC_1: {
            f.lasti = lasti;
            const v = stack[sp - 1] as PyObject;
            if (oparg === 2) {
              // INTRINSIC_IMPORT_STAR
              importStar(interp, f, v);
              stack[sp - 1] = Py_None;
            } else if (oparg === 5) {
              // INTRINSIC_UNARY_POSITIVE
              stack[sp - 1] = hooks.unaryOp(v, 2);
            } else if (oparg === 6 && v instanceof PyTuple) {
              stack[sp - 1] = v;
            } else {
              const h = interp.intrinsics1[oparg];
              if (h === undefined) {
                throw newExceptionMsg(PyExc_SystemError,
                  `CALL_INTRINSIC_1 ${oparg} arrives in a later lecture`);
              }
              stack[sp - 1] = h(interp, v);
            }
            continue;
          }

          case TRAP_OPCODE:
            // An instruction this VM has not learnt yet (see lecture.ts).
            throw trapError(exec, lasti);

          default: {
            // An instruction a later lecture defines through `Lecture.handlers`.
            const h = interp.handlers[op];
            if (h === null) {
              throw newExceptionMsg(PyExc_SystemError, `unknown opcode ${op}`);
            }
            f.lasti = lasti;
            f.ip = ip + cacheSize[op];
            f.sp = sp;
            sp = h(interp, f, oparg, sp);
            ip = f.ip;
            const nf = interp.pendingFrame;
            if (nf !== null) {
              // The handler asks for a Python frame to run inline (e.g. a generator's body).
              interp.pendingFrame = null;
              if (interp.pyRemaining <= 0) {
                interp.stackTop = nf.base;
                throw newExceptionMsg(PyExc_RecursionError, 'maximum recursion depth exceeded');
              }
              interp.pyRemaining--;
              f.sp = sp;
              nf.previous = f;
              f = nf;
              interp.currentFrame = f;
              exec = f.exec;
              instrs = exec.instrs;
              consts = exec.consts;
              base = f.base;
              sp = f.sp;
              ip = f.ip;
            }
            continue;
          }
        }
      }
    } catch (e) {
      // error: the instruction at `lasti` of frame `f` raised.
      let exc: PyBaseException;
      let addTb = true;
      let at = lasti;
      if (e instanceof Reraise) {
        exc = e.exc;
        addTb = false;
        at = e.at;
      } else if (e instanceof ThrowIn) {
        // resume_with_error: the frame stopped before f.lasti (its RESUME); the handler
        // search starts at the instruction before (INSTR_OFFSET() - 1: the YIELD_VALUE),
        // and the traceback names the frame where it stopped.
        exc = e.exc;
        at = f.lasti - 1;
      } else {
        f.lasti = lasti;
        exc = asPyException(e);
        if (exc.traceback === null && exc.context === null && !(exc as { raised?: boolean }).raised) {
          // Raised by host code just now: chain the exception being handled (_PyErr_SetObject).
          chainContext(exc, interp.topException());
        }
      }
      const nf = exceptionUnwind(interp, f, exc, addTb, at);
      if (nf === null) throw exc;
      f = nf;
      interp.currentFrame = f;
      exec = f.exec;
      instrs = exec.instrs;
      consts = exec.consts;
      base = f.base;
      sp = f.sp;
      ip = f.ip;
    }
  }
}
