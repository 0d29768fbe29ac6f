// Which lecture a runnable block of the notes needs: the block is compiled with core's
// compiler, and its instructions and the builtins it loads are looked up in core's syllabus
// (core/src/lecture.ts). A block that needs a later lecture than its page gets a run button
// that says so, instead of one that fails in the playground.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface CodeLike { co_code: Uint8Array; co_consts: unknown[]; co_names: string[] }

/** Returns `needs(code)`: the highest lecture the code needs (0 when unknown). */
export async function loadNeeds(root: string): Promise<(code: string) => number> {
  const dist = join(root, 'core', 'dist');
  const files = ['compiler/index.js', 'lecture.js', 'opcode.js'].map((f) => join(dist, f));
  // Core is built before the site (npm ci builds every package); without it, no hints.
  if (!files.every(existsSync)) return () => 0;
  const [comp, lec, op] = await Promise.all(files.map((f) => import(pathToFileURL(f).href)));
  const compile = comp.compile as (s: string, f: string, m: string) => CodeLike;
  const instrLecture = lec.instructionLecture as Uint8Array;
  const builtinLecture = lec.syllabusBuiltinLecture as (n: string) => number;
  const opname = op.opname as string[];
  const loads = new Set(['LOAD_NAME', 'LOAD_GLOBAL']);
  const stores = new Set(['STORE_NAME', 'STORE_GLOBAL', 'STORE_FAST']);
  return (code) => {
    let co: CodeLike;
    try {
      co = compile(code, '<block>', 'exec');
    } catch {
      return 0;
    }
    let need = 0;
    const loaded = new Set<string>();
    const stored = new Set<string>();
    const walk = (c: CodeLike): void => {
      for (let i = 0; i < c.co_code.length; i += 2) {
        const o = c.co_code[i];
        need = Math.max(need, instrLecture[o] ?? 0);
        const name = opname[o];
        const arg = c.co_code[i + 1];
        if (loads.has(name)) loaded.add(c.co_names[name === 'LOAD_GLOBAL' ? arg >> 1 : arg]);
        if (stores.has(name) && name !== 'STORE_FAST') stored.add(c.co_names[arg]);
      }
      for (const k of c.co_consts) {
        if (k && typeof k === 'object' && 'co_code' in k) walk(k as CodeLike);
      }
    };
    walk(co);
    for (const n of loaded) if (n !== undefined && !stored.has(n)) need = Math.max(need, builtinLecture(n));
    return need;
  };
}
