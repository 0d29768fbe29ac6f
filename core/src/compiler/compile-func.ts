// Mirrors CPython 3.13's Python/compile.c, the code objects inside a module: functions
// (defaults, annotations, decorators, the PEP 479 StopIteration wrapper), lambdas, class
// bodies (`__classcell__`, `__static_attributes__`, `__firstlineno__`) and PEP 695 scopes.

import { Op } from '../opcode.js';
import type { PyObject } from '../object.js';
import { Py_None } from '../objects/noneobject.js';
import { newInt } from '../objects/longobject.js';
import { newStr } from '../objects/unicodeobject.js';
import { newTuple } from '../objects/tupleobject.js';
import type { PyCode } from '../objects/codeobject.js';
import { Instr, NO_LOCATION, type Location } from './instrseq.js';
import {
  Compiler, FBlock, LOC, LOCATION, NO_LABEL, ScopeType, comparePy, compilerBody, getDocstring,
  cleanDoc, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS, MAKE_FUNCTION_ANNOTATIONS,
  INTRINSIC_STOPITERATION_ERROR, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, INTRINSIC_SUBSCRIPT_GENERIC,
  INTRINSIC_TYPEVAR, INTRINSIC_TYPEVARTUPLE, INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVAR_WITH_BOUND,
  INTRINSIC_TYPEVAR_WITH_CONSTRAINTS, INTRINSIC_SET_TYPEPARAM_DEFAULT, INTRINSIC_TYPEALIAS,
} from './compile.js';
import { visitStmt } from './compile-stmt.js';
import { visitExpr, callHelper } from './compile-expr.js';
import { unparseExpr } from './unparse.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type N = any;

function checkDebugArgs(c: Compiler, args: N): void {
  const check = (a: N) => { if (a !== null) c.checkForbiddenName(a.arg, 'Store', LOC(a)); };
  for (const a of args.posonlyargs) check(a);
  for (const a of args.args) check(a);
  check(args.vararg);
  for (const a of args.kwonlyargs) check(a);
  check(args.kwarg);
}

/** Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags. */
function defaultArguments(c: Compiler, loc: Location, args: N): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length, loc);
    flags |= MAKE_FUNCTION_DEFAULTS;
  }
  const keys: PyObject[] = [];
  for (let i = 0; i < args.kwonlyargs.length; i++) {
    const d = args.kw_defaults[i];
    if (d !== null && d !== undefined) {
      keys.push(newStr(c.mangle(args.kwonlyargs[i].arg)));
      visitExpr(c, d);
    }
  }
  if (keys.length > 0) {
    c.loadConst(newTuple(keys), loc);
    c.addopI(Op.BUILD_CONST_KEY_MAP, keys.length, loc);
    flags |= MAKE_FUNCTION_KWDEFAULTS;
  }
  return flags;
}

function visitArgAnnotation(c: Compiler, id: string, ann: N, loc: Location): number {
  if (ann === null) return 0;
  c.loadConst(newStr(c.mangle(id)), loc);
  if (c.futureAnnotations) {
    c.loadConst(newStr(unparseExpr(ann)), LOC(ann));
  } else if (ann._type === 'Starred') {
    // `*args: *Ts` evaluates as `[value] = [*Ts]`.
    visitExpr(c, ann.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, ann);
  }
  return 2;
}

function visitAnnotations(c: Compiler, loc: Location, args: N, returns: N): boolean {
  let n = 0;
  // CPython visits `args` before `posonlyargs`.
  for (const a of args.args) n += visitArgAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) n += visitArgAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg !== null && args.vararg.annotation !== null) {
    n += visitArgAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  }
  for (const a of args.kwonlyargs) n += visitArgAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg !== null && args.kwarg.annotation !== null) {
    n += visitArgAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  }
  n += visitArgAnnotation(c, 'return', returns, loc);
  if (n > 0) { c.addopI(Op.BUILD_TUPLE, n, loc); return true; }
  return false;
}

function applyDecorators(c: Compiler, decos: N[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(Op.CALL, 0, LOC(decos[i]));
}

/**
 * Wraps a generator or coroutine body so a StopIteration escaping it becomes RuntimeError
 * (PEP 479). @see Python/compile.c wrap_in_stopiteration_handler
 */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  const seq = c.u.seq;
  // The SETUP_CLEANUP goes in front of everything, RESUME included.
  seq.instrs.unshift(new Instr(Op.SETUP_CLEANUP, handler, NO_LOCATION));
  for (let l = 0; l < seq.labelMap.length; l++) if (seq.labelMap[l] >= 0) seq.labelMap[l]++;
  c.loadConst(Py_None, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
}

function functionBody(c: Compiler, s: N, isAsync: boolean, funcflags: number,
  firstlineno: number): void {
  const args = s.args;
  c.enterScope(s.name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno);
  const body: N[] = s.body;
  let first = 0;
  const doc = getDocstring(body);
  let docObj: PyObject = Py_None;
  if (doc !== null) {
    first = 1;
    if (c.optimize < 2) docObj = newStr(cleanDoc(doc));
  }
  // co_consts[0] is the docstring or None.
  c.addConst(docObj);
  const md = c.u.md;
  md.argcount = args.args.length;
  md.posonlyargcount = args.posonlyargs.length;
  md.kwonlyargcount = args.kwonlyargs.length;
  const start = c.newLabel();
  c.useLabel(start);
  const ste = c.u.ste;
  const addStopIterationHandler = ste.coroutine || ste.generator;
  if (addStopIterationHandler) {
    c.pushFBlock(NO_LOCATION, FBlock.StopIteration, start, NO_LABEL, null);
  }
  for (let i = first; i < body.length; i++) visitStmt(c, body[i]);
  if (addStopIterationHandler) {
    wrapInStopIterationHandler(c);
    c.popFBlock(FBlock.StopIteration, start);
  }
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(co, funcflags, LOC(s));
}

/** `def` and `async def`. @see Python/compile.c compiler_function */
export function compileFunction(c: Compiler, s: N, isAsync: boolean): void {
  const args = s.args;
  const decos: N[] = s.decorator_list;
  checkDebugArgs(c, args);
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  const loc = LOC(s);
  const typeParams: N[] = s.type_params;
  const isGeneric = typeParams.length > 0;
  let funcflags = defaultArguments(c, loc, args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & MAKE_FUNCTION_DEFAULTS) numTypeparamArgs++;
    if (funcflags & MAKE_FUNCTION_KWDEFAULTS) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.addopI(Op.SWAP, 2, loc);
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TypeParams, typeParams,
      firstlineno);
    compileTypeParams(c, typeParams);
    for (let i = 0; i < numTypeparamArgs; i++) c.addopI(Op.LOAD_FAST, i, loc);
  }
  if (visitAnnotations(c, loc, args, s.returns)) funcflags |= MAKE_FUNCTION_ANNOTATIONS;
  functionBody(c, s, isAsync, funcflags, firstlineno);
  if (isGeneric) {
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
    c.u.md.argcount = numTypeparamArgs;
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(co, 0, loc);
    if (numTypeparamArgs > 0) {
      c.addopI(Op.SWAP, numTypeparamArgs + 1, loc);
      c.addopI(Op.CALL, numTypeparamArgs - 1, loc);
    } else {
      c.addop(Op.PUSH_NULL, loc);
      c.addopI(Op.CALL, 0, loc);
    }
  }
  applyDecorators(c, decos);
  c.nameop(s.name, 'Store', loc);
}

/** `lambda`. @see Python/compile.c compiler_lambda */
export function compileLambda(c: Compiler, e: N): void {
  const args = e.args;
  checkDebugArgs(c, args);
  const loc = LOC(e);
  const funcflags = defaultArguments(c, loc, args);
  c.enterScope('<lambda>', ScopeType.Lambda, e, e.lineno);
  // None first, so a lambda never has a docstring.
  c.addConst(Py_None);
  const md = c.u.md;
  md.argcount = args.args.length;
  md.posonlyargcount = args.posonlyargs.length;
  md.kwonlyargcount = args.kwonlyargs.length;
  visitExpr(c, e.body);
  let co: PyCode;
  if (c.u.ste.generator) {
    co = c.optimizeAndAssemble(false);
  } else {
    c.addop(Op.RETURN_VALUE, LOC(e.body));
    co = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  c.makeClosure(co, funcflags, loc);
}

function classBody(c: Compiler, s: N, firstlineno: number): PyCode {
  c.enterScope(s.name, ScopeType.Class, s, firstlineno);
  const loc = LOCATION(firstlineno, firstlineno, 0, 0);
  // Class bodies mangle private names with the class name.
  c.u.private_ = s.name;
  c.nameop('__name__', 'Load', loc);
  c.nameop('__module__', 'Store', loc);
  c.loadConst(newStr(c.u.md.qualname), loc);
  c.nameop('__qualname__', 'Store', loc);
  c.loadConst(newInt(c.u.md.firstlineno), loc);
  c.nameop('__firstlineno__', 'Store', loc);
  if (s.type_params.length > 0) {
    c.nameop('.type_params', 'Load', loc);
    c.nameop('__type_params__', 'Store', loc);
  }
  const u = c.u;
  if (u.ste.needsClassdict) {
    c.addop(Op.LOAD_LOCALS, loc);
    // A STORE_DEREF in a class namespace: nameop would not choose it.
    c.addopN(Op.STORE_DEREF, '__classdict__', u.md.cellvars, loc);
  }
  compilerBody(c, loc, s.body);
  const attrs = [...u.staticAttributes!].sort(comparePy).map((n) => newStr(n));
  c.loadConst(newTuple(attrs), NO_LOCATION);
  c.nameop('__static_attributes__', 'Store', NO_LOCATION);
  if (u.ste.needsClassdict) {
    c.addopI(Op.LOAD_CLOSURE, u.md.cellvars.get('__classdict__')!, NO_LOCATION);
    c.nameop('__classdictcell__', 'Store', NO_LOCATION);
  }
  if (u.ste.needsClassClosure) {
    // Hand the `__class__` cell to type.__new__, which fills it.
    c.addopI(Op.LOAD_CLOSURE, u.md.cellvars.get('__class__')!, NO_LOCATION);
    c.addopI(Op.COPY, 1, NO_LOCATION);
    c.nameop('__classcell__', 'Store', NO_LOCATION);
  } else {
    c.loadConst(Py_None, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  return co;
}

/** `class`. @see Python/compile.c compiler_class */
export function compileClass(c: Compiler, s: N): void {
  const decos: N[] = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  const loc = LOC(s);
  const typeParams: N[] = s.type_params;
  const isGeneric = typeParams.length > 0;
  if (isGeneric) {
    c.enterScope(`<generic parameters of ${s.name}>`, ScopeType.TypeParams, typeParams,
      firstlineno);
    c.u.private_ = s.name;
    compileTypeParams(c, typeParams);
    c.nameop('.type_params', 'Store', loc);
  }
  const co = classBody(c, s, firstlineno);
  // The class line, not a decorator line, owns the build.
  c.addop(Op.LOAD_BUILD_CLASS, loc);
  c.addop(Op.PUSH_NULL, loc);
  c.makeClosure(co, 0, loc);
  c.loadConst(newStr(s.name), loc);
  if (isGeneric) {
    c.nameop('.type_params', 'Load', loc);
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
    c.nameop('.generic_base', 'Store', loc);
    const base = { _type: 'Name', id: '.generic_base', ctx: { _type: 'Load' }, ...loc };
    callHelper(c, loc, 2, [...s.bases, base], s.keywords);
    const co2 = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(co2, 0, loc);
    c.addop(Op.PUSH_NULL, loc);
    c.addopI(Op.CALL, 0, loc);
  } else {
    callHelper(c, loc, 2, s.bases, s.keywords);
  }
  applyDecorators(c, decos);
  c.nameop(s.name, 'Store', loc);
}

function typeParamBoundOrDefault(c: Compiler, e: N, name: string, key: object,
  allowStarred: boolean): void {
  c.enterScope(name, ScopeType.TypeParams, key, e.lineno);
  if (allowStarred && e._type === 'Starred') {
    visitExpr(c, e.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, LOC(e));
  } else {
    visitExpr(c, e);
  }
  c.addop(Op.RETURN_VALUE, LOC(e));
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(co, 0, LOC(e));
}

/** Builds the tuple of TypeVar/TypeVarTuple/ParamSpec objects of a PEP 695 scope. */
function compileTypeParams(c: Compiler, tps: N[]): void {
  let seenDefault = false;
  for (const tp of tps) {
    const loc = LOC(tp);
    c.loadConst(newStr(tp.name), loc);
    if (tp._type === 'TypeVar') {
      if (tp.bound !== null) {
        typeParamBoundOrDefault(c, tp.bound, tp.name, tp, false);
        c.addopI(Op.CALL_INTRINSIC_2, tp.bound._type === 'Tuple'
          ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
      } else {
        c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
      }
    } else {
      c.addopI(Op.CALL_INTRINSIC_1, tp._type === 'TypeVarTuple'
        ? INTRINSIC_TYPEVARTUPLE : INTRINSIC_PARAMSPEC, loc);
    }
    if (tp.default_value !== null) {
      seenDefault = true;
      const key = tp._type === 'TypeVar' ? c.st.defaultKey(tp) : tp;
      typeParamBoundOrDefault(c, tp.default_value, tp.name, key, tp._type === 'TypeVarTuple');
      c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
    } else if (seenDefault) {
      throw c.error(`non-default type parameter '${tp.name}' follows default type parameter`,
        loc);
    }
    c.addopI(Op.COPY, 1, loc);
    c.nameop(tp.name, 'Store', loc);
  }
  c.addopI(Op.BUILD_TUPLE, tps.length, LOC(tps[0]));
}

/** `type X[T] = ...`. @see Python/compile.c compiler_typealias */
export function compileTypeAlias(c: Compiler, s: N): void {
  const loc = LOC(s);
  const typeParams: N[] = s.type_params;
  const isGeneric = typeParams.length > 0;
  const name: string = s.name.id;
  if (isGeneric) {
    c.enterScope(`<generic parameters of ${name}>`, ScopeType.TypeParams, typeParams,
      loc.lineno);
    c.loadConst(newStr(name), loc);
    compileTypeParams(c, typeParams);
  } else {
    c.loadConst(newStr(name), loc);
    c.loadConst(Py_None, loc);
  }
  c.enterScope(name, ScopeType.Function, s, loc.lineno);
  c.addConst(Py_None);
  visitExpr(c, s.value);
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  c.makeClosure(co, 0, loc);
  c.addopI(Op.BUILD_TUPLE, 3, loc);
  c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
  if (isGeneric) {
    const co2 = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(co2, 0, loc);
    c.addop(Op.PUSH_NULL, loc);
    c.addopI(Op.CALL, 0, loc);
  }
  c.nameop(name, 'Store', loc);
}
