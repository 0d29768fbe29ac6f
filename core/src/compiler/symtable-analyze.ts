// Mirrors CPython 3.13's Python/symtable.c, the analysis pass (analyze_block and friends):
// once every block's names and flags are collected, decide each name's scope (local, cell,
// free, global), fold inlined comprehensions into their parents (PEP 709) and find which
// class bodies need the implicit `__class__` / `__classdict__` cells.

import {
  type Symtable, SymtableEntry, BlockType, Comprehension, Scope, DEF_GLOBAL, DEF_NONLOCAL,
  DEF_PARAM, DEF_BOUND, DEF_TYPE_PARAM, DEF_COMP_CELL, DEF_FREE_CLASS, SCOPE_OFFSET, SCOPE_MASK,
} from './symtable.js';

function errorAtDirective(t: Symtable, ste: SymtableEntry, name: string, msg: string): never {
  for (const [n, loc] of ste.directives) {
    if (n === name) throw t.error(msg, loc);
  }
  throw t.error(msg, { lineno: ste.lineno, col_offset: ste.colOffset,
    end_lineno: ste.lineno, end_col_offset: ste.colOffset });
}

function analyzeName(t: Symtable, ste: SymtableEntry, scopes: Map<string, Scope>, name: string,
  flags: number, bound: Set<string> | null, local: Set<string>, free: Set<string>,
  global: Set<string>, typeParams: Set<string>, classEntry: SymtableEntry | null): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) errorAtDirective(t, ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    if (bound !== null) bound.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) {
      errorAtDirective(t, ste, name, 'nonlocal declaration not allowed at module level');
    }
    if (!bound.has(name)) errorAtDirective(t, ste, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name)) {
      errorAtDirective(t, ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    }
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // In a scope that can see its class, a name bound by the class resolves through the class
  // dict first (LOAD_FROM_DICT_OR_*), never through an outer function.
  if (classEntry !== null) {
    const cf = classEntry.getSymbol(name);
    if (cf & DEF_GLOBAL) { scopes.set(name, Scope.GLOBAL_EXPLICIT); return; }
    if ((cf & DEF_BOUND) && !(cf & DEF_NONLOCAL)) { scopes.set(name, Scope.GLOBAL_IMPLICIT); return; }
  }
  if (bound !== null && bound.has(name)) {
    scopes.set(name, Scope.FREE);
    ste.free = true;
    free.add(name);
    return;
  }
  if (global.has(name)) { scopes.set(name, Scope.GLOBAL_IMPLICIT); return; }
  if (ste.nested) ste.free = true;
  scopes.set(name, Scope.GLOBAL_IMPLICIT);
}

function isFreeInAnyChild(entry: SymtableEntry, key: string): boolean {
  for (const c of entry.children) {
    if (c.getScope(key) === Scope.FREE) return true;
  }
  return false;
}

/** PEP 709: fold an inlined comprehension's symbols into the enclosing scope. */
function inlineComprehension(ste: SymtableEntry, comp: SymtableEntry, scopes: Map<string, Scope>,
  compFree: Set<string>, inlinedCells: Set<string>): void {
  let removeDunderClass = false;
  for (const [k, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue; // the `.0` parameter
    let scope = ((compFlags >> SCOPE_OFFSET) & SCOPE_MASK) as Scope;
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === Scope.CELL || (onlyFlags & DEF_COMP_CELL)) inlinedCells.add(k);
    const existing = ste.symbols.get(k);
    // `__class__` can never be free through a class scope.
    if (scope === Scope.FREE && ste.type === BlockType.Class && k === '__class__') {
      scope = Scope.GLOBAL_IMPLICIT;
      compFree.delete(k);
      removeDunderClass = true;
    }
    if (existing === undefined) {
      ste.symbols.set(k, onlyFlags);
      scopes.set(k, scope);
    } else if ((existing & DEF_BOUND) && !isFreeInAnyChild(comp, k)
      && ste.type !== BlockType.Class) {
      // Free in the comprehension but local outside: now simply local.
      compFree.delete(k);
    }
  }
  comp.free = compFree.size > 0;
  if (removeDunderClass) comp.symbols.delete('__class__');
}

function analyzeCells(scopes: Map<string, Scope>, free: Set<string>, inlinedCells: Set<string>)
  : void {
  for (const [name, scope] of scopes) {
    if (scope !== Scope.LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, Scope.CELL);
    free.delete(name);
  }
}

function dropClassFree(ste: SymtableEntry, free: Set<string>): void {
  if (free.delete('__class__')) ste.needsClassClosure = true;
  if (free.delete('__classdict__')) ste.needsClassdict = true;
}

function updateSymbols(symbols: Map<string, number>, scopes: Map<string, Scope>,
  bound: Set<string> | null, free: Set<string>, inlinedCells: Set<string>, classflag: boolean)
  : void {
  for (const [name, f] of symbols) {
    let flags = f;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    const scope = scopes.get(name) ?? 0;
    symbols.set(name, flags | (scope << SCOPE_OFFSET));
  }
  // Free variables of children not bound here are passed up as free here too.
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A method's free variable named like a class-level binding.
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    symbols.set(name, Scope.FREE << SCOPE_OFFSET);
  }
}

/** @see Python/symtable.c analyze_block */
export function analyzeBlock(t: Symtable, ste: SymtableEntry, bound: Set<string> | null,
  free: Set<string>, global: Set<string>, typeParams: Set<string>,
  classEntry: SymtableEntry | null): void {
  const local = new Set<string>();
  const scopes = new Map<string, Scope>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  const inlinedCells = new Set<string>();
  // Class bindings are invisible to methods, so a class passes down only what it received.
  if (ste.type === BlockType.Class) {
    for (const n of global) newglobal.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(t, ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }
  if (ste.type !== BlockType.Class) {
    if (ste.isFunctionLike()) for (const n of local) newbound.add(n);
    if (bound !== null) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add('__class__');
    newbound.add('__classdict__');
  }
  for (const entry of ste.children) {
    let newClassEntry: SymtableEntry | null = null;
    if (entry.canSeeClassScope) {
      if (ste.type === BlockType.Class) newClassEntry = ste;
      else if (classEntry !== null) newClassEntry = classEntry;
    }
    const inlineComp = entry.comprehension !== Comprehension.None && !entry.generator;
    const childFree = new Set(newfree);
    analyzeBlock(t, entry, new Set(newbound), childFree, new Set(newglobal),
      new Set(typeParams), newClassEntry);
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) newfree.add(n);
  }
  // The children of inlined comprehensions become our own children.
  for (let i = ste.children.length - 1; i >= 0; i--) {
    const c = ste.children[i];
    if (c.compInlined) ste.children.splice(i, 1, ...c.children);
  }
  if (ste.isFunctionLike()) analyzeCells(scopes, newfree, inlinedCells);
  else if (ste.type === BlockType.Class) dropClassFree(ste, newfree);
  updateSymbols(ste.symbols, scopes, bound, newfree, inlinedCells,
    ste.type === BlockType.Class || ste.canSeeClassScope);
  for (const n of newfree) free.add(n);
}

