// Mirrors the builtins of Python/bltinmodule.c that hand the compiler and the eval loop to
// Python code — compile, exec, eval (builtin_compile_impl, builtin_exec_impl,
// builtin_eval_impl) and vars — with the part of Python/pythonrun.c they share
// (_Py_SourceAsString, PyRun_StringFlags) and sys.displayhook, which 'single' code calls.

import { PyObject, PyTypeObject, typeName } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { PyLong, newInt } from '../objects/longobject.js';
import { PyUnicode, newStr } from '../objects/unicodeobject.js';
import { PyBytes } from '../objects/bytesobject.js';
import { PyTuple, PyTuple_Type } from '../objects/tupleobject.js';
import { PyDict } from '../objects/dictobject.js';
import { PyCode } from '../objects/codeobject.js';
import { PyObject_Repr } from '../objects/objectcore.js';
import {
  newException, newExceptionMsg, PyBaseException, PyExc_TypeError, PyExc_ValueError,
  PyExc_SyntaxError, PyExc_SystemError, PyExc_OverflowError, PyExc_AttributeError,
  PyExc_UnicodeEncodeError, PyExc_NotImplementedError, PyExc_RuntimeError,
} from '../objects/exceptions.js';
import type { Interpreter } from '../interpreter.js';
import type { Frame } from '../frame.js';
import { codeExecFor, evalCode, initFunctionFrame } from '../ceval-call.js';
import { evalFrameDefault } from '../ceval.js';
import { decodeSource } from '../compiler/encoding.js';
import { CompileError } from '../compiler/errors.js';
import { syntaxErrorFrom } from '../interpreter.js';
import { compileSource } from './compile-hook.js';
import { unpackKeywords, type ClinicSignature } from './getargs.js';
import { PyFunction } from './funcobject.js';
import { lookupInType } from './abstract.js';
import { PyModule } from './moduleobject.js';
import { fileWrite } from './sysmodule.js';

type Def = (name: string, fn: (args: PyObject[], kw: string[] | null) => PyObject) => void;

// Compiler flags (Include/cpython/compile.h, Include/cpython/code.h). The CO_FUTURE_* bits
// travel in the same word as the PyCF_* ones, which is how `from __future__` in the caller
// reaches the code it compiles.
const PyCF_MASK = 0x1fe0000; // CO_FUTURE_DIVISION ... CO_FUTURE_ANNOTATIONS
const PyCF_MASK_OBSOLETE = 0x10; // CO_NESTED
const PyCF_ONLY_AST = 0x400;
const PyCF_COMPILE_MASK = 0x200 | PyCF_ONLY_AST | 0x1000 | 0x2000 | 0x4000 | 0x8000;
const CO_OPTIMIZED = 0x1;
const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;

const COMPILE_SIG: ClinicSignature = { fname: 'compile', posonly: 0, required: 3, kwonly: 1,
  names: ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize', '_feature_version'] };
const EXEC_SIG: ClinicSignature = { fname: 'exec', posonly: 1, required: 1, kwonly: 1,
  names: ['source', 'globals', 'locals', 'closure'] };
const EVAL_SIG: ClinicSignature = { fname: 'eval', posonly: 1, required: 1, kwonly: 0,
  names: ['source', 'globals', 'locals'] };

/** Source text ready for the compiler, or the bytes of a file-like source to decode. */
type Source = { text: string } | { bytes: Uint8Array };

/**
 * What compile/exec/eval accept as source: str (as text; a coding cookie in it is ignored)
 * or bytes (decoded like a source file: BOM, then cookie, then UTF-8). NUL is refused either
 * way, as the C string the parser reads would end there.
 * @see Python/pythonrun.c _Py_SourceAsString
 */
function sourceAsString(src: PyObject, fname: string, what: string): Source {
  if (src instanceof PyUnicode) {
    const s = src.value;
    const bad = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(s);
    if (bad !== null) throw surrogateError(src, bad.index);
    if (s.includes('\0')) throw nullBytes();
    return { text: s };
  }
  if (src instanceof PyBytes) {
    if (src.value.includes(0)) throw nullBytes();
    return { bytes: src.value };
  }
  throw newExceptionMsg(PyExc_TypeError, `${fname}() arg 1 must be a ${what} object`);
}

function nullBytes(): PyBaseException {
  return newExceptionMsg(PyExc_SyntaxError, 'source code string cannot contain null bytes');
}

/** str's UTF-8 encoding fails on a lone surrogate: the run of them starting at `at`. */
function surrogateError(src: PyUnicode, at: number): PyBaseException {
  const cps = [...src.value];
  const start = [...src.value.slice(0, at)].length;
  let end = start;
  const isSur = (c: string | undefined): boolean =>
    c !== undefined && c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff;
  while (isSur(cps[end])) end++;
  return newException(PyExc_UnicodeEncodeError, [newStr('utf-8'), src, newInt(start),
    newInt(end), newStr('surrogates not allowed')]);
}

/** A C `int` argument. @see Objects/longobject.c PyLong_AsInt */
function asCInt(interp: Interpreter, o: PyObject): number {
  let v = o;
  if (!(v instanceof PyLong)) {
    const index = lookupInType(o, o.ob_type, '__index__');
    if (index === null) {
      throw newExceptionMsg(PyExc_TypeError,
        `'${typeName(o.ob_type)}' object cannot be interpreted as an integer`);
    }
    v = interp.callObject(index, [], null);
  }
  const n = (v as PyLong).value;
  if (n > 2147483647n || n < -2147483648n) {
    throw newExceptionMsg(PyExc_OverflowError, 'Python int too large to convert to C int');
  }
  return Number(n);
}

/** compile()'s filename: str, bytes or os.PathLike. @see Objects/unicodeobject.c PyUnicode_FSDecoder */
function fsDecode(interp: Interpreter, o: PyObject): string {
  let p = o;
  if (!(p instanceof PyUnicode) && !(p instanceof PyBytes)) {
    const fspath = lookupInType(o, o.ob_type, '__fspath__');
    if (fspath === null) {
      throw newExceptionMsg(PyExc_TypeError,
        `expected str, bytes or os.PathLike object, not ${typeName(o.ob_type)}`);
    }
    p = interp.callObject(fspath, [], null);
    if (!(p instanceof PyUnicode) && !(p instanceof PyBytes)) {
      throw newExceptionMsg(PyExc_TypeError, `expected ${typeName(o.ob_type)}.__fspath__() `
        + `to return str or bytes, not ${typeName(p.ob_type)}`);
    }
  }
  return p instanceof PyUnicode ? p.value : new TextDecoder().decode((p as PyBytes).value);
}

/**
 * The future flags of the code that is running, merged into `flags`: this is how a module
 * with `from __future__ import annotations` passes it on to what it compiles at run time.
 * @see Python/ceval.c PyEval_MergeCompilerFlags
 */
function mergeCompilerFlags(interp: Interpreter, flags: number): number {
  const f = interp.currentFrame;
  if (f === null) return flags;
  return flags | ((f.exec.code as PyCode).co_flags & PyCF_MASK);
}

/** Compile `src` into a code object, SyntaxErrors and warnings as CPython reports them. */
function compileText(interp: Interpreter, src: Source, filename: string,
  mode: 'exec' | 'eval' | 'single', flags: number, optimize: number): PyObject {
  let text: string;
  if ('text' in src) {
    text = src.text;
  } else {
    try {
      text = decodeSource(src.bytes, filename);
    } catch (e) {
      if (e instanceof CompileError) throw syntaxErrorFrom(e);
      throw e;
    }
  }
  // Like the string tokenizer (translate_newlines), make the last line of a module end with
  // a newline: a SyntaxError's text then reads 'x +\n' whether or not the source ended with
  // one. 'eval' and 'single' input gets none (the tokenizer's execInput option).
  if (mode === 'exec' && !text.endsWith('\n')) text += '\n';
  return compileSource(interp, text, filename, mode, undefined, { flags, optimize });
}

/** Does `o` support `o[key]`? (what locals must allow) @see Objects/abstract.c PyMapping_Check */
function isMapping(o: PyObject): boolean {
  if (o instanceof PyDict) return true;
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) {
    if (t.tp_as_mapping !== null && t.tp_as_mapping.mp_subscript !== null) return true;
  }
  return false;
}

/**
 * The caller's local variables as exec/eval/vars see them: the namespace of a module or
 * class body, or, in a function, a fresh dict snapshot of its fast locals and cells (PEP 667:
 * what exec writes into it does not reach the function's variables).
 * @see Python/ceval.c _PyEval_GetFrameLocals, Objects/frameobject.c _PyFrame_GetLocals
 */
export function frameLocals(interp: Interpreter, f: Frame): PyObject {
  if (f.locals !== null) return f.locals;
  const d = new PyDict();
  const kinds = (f.exec.code as PyCode).co_localspluskinds;
  const names = f.exec.localsplusnames;
  for (let i = 0; i < f.exec.nlocalsplus; i++) {
    let v = interp.stack[f.base + i] ?? null;
    // CO_FAST_CELL | CO_FAST_FREE: the slot holds a cell (lecture 06); show its contents.
    if (v !== null && (kinds[i] & 0xc0) !== 0 && v.ob_type.tp_name === 'cell') {
      v = (v as unknown as { ref: PyObject | null }).ref;
    }
    if (v !== null) d.setItemStr(names[i], v);
  }
  return d;
}

/** A globals dict without `__builtins__` gets the caller's builtins, so its code can run. */
function ensureBuiltins(interp: Interpreter, globals: PyDict): void {
  if (globals.getItemStr('__builtins__') === null) {
    globals.setItemStr('__builtins__', interp.currentFrame?.builtins ?? interp.builtins);
  }
}

/**
 * Run a code object with these namespaces. Module-like code runs as a body (its names go
 * to `locals`); a function's code (parameters, free variables) runs as a call of a function
 * made for it, with no arguments, as PyEval_EvalCodeEx does.
 * @see Python/ceval.c PyEval_EvalCode, PyEval_EvalCodeEx
 */
function runCode(interp: Interpreter, code: PyCode, globals: PyDict, locals: PyObject,
  closure: PyObject | null): PyObject {
  const needsFunction = closure !== null || code.co_argcount > 0 || code.co_kwonlyargcount > 0
    || (code.co_flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0;
  if (!needsFunction) return evalCode(interp, code, globals, locals);
  let builtins = globals.getItemStr('__builtins__');
  if (builtins instanceof PyModule) builtins = builtins.dict;
  const func = new PyFunction(code, codeExecFor(interp, code), globals,
    builtins instanceof PyDict ? builtins : interp.builtins);
  func.closure = closure;
  const f = initFunctionFrame(interp, func, [], 0, 0, null, interp.currentFrame);
  if ((code.co_flags & CO_OPTIMIZED) === 0) f.locals = locals;
  return evalFrameDefault(interp, f);
}

/** The number of free variables of a code object. @see Objects/codeobject.c PyCode_GetNumFree */
function numFree(code: PyCode): number {
  let n = 0;
  for (const k of code.co_localspluskinds) if ((k & 0x80) !== 0) n++;
  return n;
}

/** Resolve exec/eval's globals and locals as CPython does (None means the caller's). */
function namespaces(interp: Interpreter, g: PyObject, l: PyObject): [PyObject, PyObject] {
  if (g === Py_None) {
    const f = interp.currentFrame;
    if (f === null) {
      throw newExceptionMsg(PyExc_SystemError, 'globals and locals cannot be NULL');
    }
    return [f.globals, l === Py_None ? frameLocals(interp, f) : l];
  }
  return [g, l === Py_None ? g : l];
}

/**
 * compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).
 * @see Python/bltinmodule.c builtin_compile_impl
 */
function builtinCompile(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  const [source, fn, modeObj, flagsObj, dontInheritObj, optObj, fv] =
    unpackKeywords(COMPILE_SIG, args, kw);
  const filename = fsDecode(interp, fn!);
  if (!(modeObj instanceof PyUnicode)) {
    throw newExceptionMsg(PyExc_TypeError,
      `compile() argument 'mode' must be str, not ${typeName(modeObj!.ob_type)}`);
  }
  let flags = flagsObj === undefined ? 0 : asCInt(interp, flagsObj);
  const dontInherit = dontInheritObj !== undefined && interp.hooks.isTrue(dontInheritObj);
  const optimize = optObj === undefined ? -1 : asCInt(interp, optObj);
  if (fv !== undefined) asCInt(interp, fv);
  if ((flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) !== 0) {
    throw newExceptionMsg(PyExc_ValueError, 'compile(): unrecognised flags');
  }
  if (optimize < -1 || optimize > 2) {
    throw newExceptionMsg(PyExc_ValueError, 'compile(): invalid optimize value');
  }
  if (!dontInherit) flags = mergeCompilerFlags(interp, flags);
  const mode = modeObj.value;
  if (mode === 'func_type' && (flags & PyCF_ONLY_AST) === 0) {
    throw newExceptionMsg(PyExc_ValueError,
      "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  }
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single' && mode !== 'func_type') {
    throw newExceptionMsg(PyExc_ValueError, (flags & PyCF_ONLY_AST) !== 0
      ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
      : "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if ((flags & PyCF_ONLY_AST) !== 0) {
    // ceval's AST lives in the compiler; Python code has no `ast` module to receive it.
    throw newExceptionMsg(PyExc_NotImplementedError,
      'compile(): ceval has no Python-level AST objects (ast.PyCF_ONLY_AST)');
  }
  const src = sourceAsString(source!, 'compile', 'string, bytes or AST');
  return compileText(interp, src, filename, mode as 'exec' | 'eval' | 'single', flags, optimize);
}

/**
 * exec(source, globals=None, locals=None, *, closure=None).
 * @see Python/bltinmodule.c builtin_exec_impl
 */
function builtinExec(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  const [source, g0, l0, c0] = unpackKeywords(EXEC_SIG, args, kw);
  const [globals, locals] = namespaces(interp, g0 ?? Py_None, l0 ?? Py_None);
  if (!(globals instanceof PyDict)) {
    throw newExceptionMsg(PyExc_TypeError,
      `exec() globals must be a dict, not ${typeName(globals.ob_type)}`);
  }
  if (!isMapping(locals)) {
    throw newExceptionMsg(PyExc_TypeError,
      `locals must be a mapping or None, not ${typeName(locals.ob_type)}`);
  }
  ensureBuiltins(interp, globals);
  const closure = c0 === undefined || c0 === Py_None ? null : c0;
  if (source instanceof PyCode) {
    const n = numFree(source);
    if (n === 0 && closure !== null) {
      throw newExceptionMsg(PyExc_TypeError, 'cannot use a closure with this code object');
    }
    // Exactly a tuple (not a subclass) of exactly n cells.
    const ok = closure instanceof PyTuple && closure.ob_type === PyTuple_Type
      && closure.items.length === n && closure.items.every((c) => c.ob_type.tp_name === 'cell');
    if (n > 0 && !ok) {
      throw newExceptionMsg(PyExc_TypeError,
        `code object requires a closure of exactly length ${n}`);
    }
    runCode(interp, source, globals, locals, closure);
    return Py_None;
  }
  if (closure !== null) {
    throw newExceptionMsg(PyExc_TypeError, 'closure can only be used when source is a code object');
  }
  const src = sourceAsString(source!, 'exec', 'string, bytes or code');
  const code = compileText(interp, src, '<string>', 'exec', mergeCompilerFlags(interp, 0), -1);
  evalCode(interp, code, globals, locals);
  return Py_None;
}

/**
 * eval(source, globals=None, locals=None). Leading blanks are dropped, so an indented
 * expression (a line cut out of a larger text) still evaluates.
 * @see Python/bltinmodule.c builtin_eval_impl
 */
function builtinEval(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  const [source, g0 = Py_None, l0 = Py_None] = unpackKeywords(EVAL_SIG, args, kw);
  if (l0 !== Py_None && !isMapping(l0)) {
    throw newExceptionMsg(PyExc_TypeError, 'locals must be a mapping');
  }
  if (g0 !== Py_None && !(g0 instanceof PyDict)) {
    throw newExceptionMsg(PyExc_TypeError, isMapping(g0)
      ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  const [globals, locals] = namespaces(interp, g0, l0);
  ensureBuiltins(interp, globals as PyDict);
  if (source instanceof PyCode) {
    if (numFree(source) > 0) {
      throw newExceptionMsg(PyExc_TypeError,
        'code object passed to eval() may not contain free variables');
    }
    return runCode(interp, source, globals as PyDict, locals, null);
  }
  let src = sourceAsString(source!, 'eval', 'string, bytes or code');
  if ('text' in src) {
    src = { text: src.text.replace(/^[ \t]+/, '') };
  } else {
    let i = 0;
    while (src.bytes[i] === 0x20 || src.bytes[i] === 0x09) i++;
    src = { bytes: src.bytes.subarray(i) };
  }
  const code = compileText(interp, src, '<string>', 'eval', mergeCompilerFlags(interp, 0), -1);
  return evalCode(interp, code, globals as PyDict, locals);
}

/**
 * vars([object]): the caller's locals, or the object's `__dict__`.
 * @see Python/bltinmodule.c builtin_vars
 */
function builtinVars(interp: Interpreter, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) {
    throw newExceptionMsg(PyExc_TypeError, 'vars() takes no keyword arguments');
  }
  if (args.length > 1) {
    throw newExceptionMsg(PyExc_TypeError, `vars expected at most 1 argument, got ${args.length}`);
  }
  if (args.length === 0) {
    const f = interp.currentFrame;
    return f === null ? new PyDict() : frameLocals(interp, f);
  }
  try {
    return interp.hooks.getAttr(args[0], newStr('__dict__'));
  } catch (e) {
    if (e instanceof PyBaseException && (e.ob_type === PyExc_AttributeError
      || (e.ob_type.tp_mro ?? []).includes(PyExc_AttributeError))) {
      throw newExceptionMsg(PyExc_TypeError, 'vars() argument must have __dict__ attribute');
    }
    throw e;
  }
}

/**
 * sys.displayhook(value): what 'single' mode code calls on each expression statement (the
 * REPL's echo). None prints nothing; anything else prints its repr and becomes `builtins._`.
 * @see Python/sysmodule.c sys_displayhook
 */
export function sysDisplayHook(interp: Interpreter, v: PyObject): PyObject {
  if (v === Py_None) return Py_None;
  const b = interp.builtins;
  b.setItemStr('_', Py_None);
  const out = (interp.sys as PyModule | null)?.dict.getItemStr('stdout') ?? null;
  if (out === null || out === Py_None) {
    throw newExceptionMsg(PyExc_RuntimeError, 'lost sys.stdout');
  }
  fileWrite(interp, out, (PyObject_Repr(v) as PyUnicode).value + '\n');
  b.setItemStr('_', v);
  return Py_None;
}

/** CALL_INTRINSIC_1 INTRINSIC_PRINT: hand the value to sys.displayhook. */
function intrinsicPrint(interp: Interpreter, v: PyObject): PyObject {
  const hook = (interp.sys as PyModule | null)?.dict.getItemStr('displayhook') ?? null;
  if (hook === null) throw newExceptionMsg(PyExc_RuntimeError, 'lost sys.displayhook');
  interp.callObject(hook, [v], null);
  return Py_None;
}

/** Add compile, exec, eval and vars to the builtins being made. */
export function installExecBuiltins(interp: Interpreter, def: Def): void {
  def('compile', (a, k) => builtinCompile(interp, a, k));
  def('exec', (a, k) => builtinExec(interp, a, k));
  def('eval', (a, k) => builtinEval(interp, a, k));
  def('vars', (a, k) => builtinVars(interp, a, k));
  interp.intrinsics1[1] = intrinsicPrint;
}
