// The literate-notes checker every lecture's tests use: it finds each ```python block of a
// notes.md, runs it on the lecture's VM as `ceval -c BLOCK` would (filename "<string>"), and
// compares stdout+stderr with the ```output block that follows it (or, for a ```dis block,
// the disassembly of the python block's module code). A lecture's notes cannot drift.
// A block with neither must still run without an exception; a block fenced ```python needs=NN
// uses something lecture NN brings: its page says so, and lecture NN's tests run it
// (blocksNeeding), so no block of the notes goes unchecked.

import type { Interpreter, HostIO } from './interpreter.js';
import { runMain } from './runtime/pythonrun.js';
import { compileSource, loadCoreCompiler } from './runtime/compile-hook.js';
import { disassemble } from './dis.js';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** One checked example of a notes file. */
export interface NotesBlock {
  /** The `## ` heading the block sits under ("" before the first). */
  section: string;
  /** 1-based line of the ```python fence in notes.md. */
  line: number;
  code: string;
  /** `run` blocks have nothing to compare with: they must finish without an exception. */
  kind: 'output' | 'dis' | 'run';
  expected: string;
  /** The later lecture a ```python needs=NN block waits for (undefined: its own lecture). */
  needs?: number;
  /** The notes file the block came from (set by blocksNeeding). */
  file?: string;
}

/** The info string of a python fence: `python` or `python needs=NN`; null for other fences. */
export function pythonFence(line: string): { needs?: number } | null {
  const m = /^```python(?:\s+needs=(\d+))?\s*$/.exec(line.trimEnd());
  if (m === null) return null;
  return m[1] === undefined ? {} : { needs: Number(m[1]) };
}

/**
 * Pair every ```python block with the ```output / ```dis block right after it (only blank
 * lines may separate them). Python blocks without one are `run` blocks: they must run.
 */
export function extractBlocks(markdown: string): NotesBlock[] {
  const lines = markdown.split('\n');
  const blocks: NotesBlock[] = [];
  let section = '';
  let i = 0;
  const readFence = (start: number): [string, number] => {
    const body: string[] = [];
    let j = start + 1;
    while (j < lines.length && lines[j].trimEnd() !== '```') body.push(lines[j++]);
    return [body.length ? body.join('\n') + '\n' : '', j + 1];
  };
  while (i < lines.length) {
    const l = lines[i];
    if (l.startsWith('## ')) section = l.slice(3).trim();
    const py = pythonFence(l);
    if (py !== null) {
      const [code, next] = readFence(i);
      let k = next;
      while (k < lines.length && lines[k].trim() === '') k++;
      const fence = (lines[k] ?? '').trimEnd();
      if (fence === '```output' || fence === '```dis' || fence === '```output ceval') {
        const [expected, after] = readFence(k);
        blocks.push({ section, line: i + 1, code, kind: fence === '```dis' ? 'dis' : 'output',
          expected, ...py });
        i = after;
        continue;
      }
      blocks.push({ section, line: i + 1, code, kind: 'run', expected: '', ...py });
      i = next;
      continue;
    }
    i++;
  }
  return blocks;
}

/** Makes a fresh VM writing to `io` (a lecture passes its own `vmNN`). */
export type VMFactory = (io: HostIO) => Interpreter;

/**
 * The blocks a lecture's own tests run: those without `needs`. A block may only wait for a
 * later lecture; `needs` naming this lecture or an earlier one is a mistake in the notes.
 */
export function ownBlocks(markdown: string, lecture: number): NotesBlock[] {
  const blocks = extractBlocks(markdown);
  for (const b of blocks) {
    if (b.needs !== undefined && b.needs <= lecture) {
      throw new Error(`notes.md:${b.line}: needs=${b.needs} is not a later lecture than ${lecture}`);
    }
  }
  return blocks.filter((b) => b.needs === undefined);
}

/** The repository's lectures/ folder (core/dist/notes-harness.js -> ../../lectures). */
const LECTURES_DIR = fileURLToPath(new URL('../../lectures/', import.meta.url));

/**
 * Every block of an earlier lecture's notes fenced ```python needs=NN with NN = `lecture`:
 * lecture NN's tests run them on VM_NN, so a block that waits for later work is still checked.
 */
export function blocksNeeding(lecture: number, lecturesDir: string = LECTURES_DIR): NotesBlock[] {
  const found: NotesBlock[] = [];
  for (const dir of readdirSync(lecturesDir).sort()) {
    const n = Number(/^(\d+)-/.exec(dir)?.[1]);
    const file = join(lecturesDir, dir, 'notes.md');
    if (!(n < lecture) || !existsSync(file)) continue;
    for (const b of extractBlocks(readFileSync(file, 'utf8'))) {
      if (b.needs === lecture) found.push({ ...b, file: `lectures/${dir}/notes.md` });
    }
  }
  return found;
}

/** Run one block; returns what it printed (stdout then stderr) or its disassembly. */
export function runBlock(block: NotesBlock, makeVM: VMFactory): string {
  return runBlockStatus(block, makeVM).out;
}

/** Run one block: what it printed and `ceval -c`'s exit status (0: no uncaught exception). */
export function runBlockStatus(block: NotesBlock, makeVM: VMFactory): { out: string; rc: number } {
  let out = '';
  const io: HostIO = {
    stdout: (s) => { out += s; },
    stderr: (s) => { out += s; },
    readFile: () => null,
  };
  const interp = makeVM(io);
  if (block.kind === 'dis') {
    return { out: disassemble(compileSource(interp, block.code, '<dis>', 'exec') as never), rc: 0 };
  }
  interp.argv = ['-c'];
  const rc = runMain(interp, block.code, '<string>');
  return { out, rc };
}

/** Check one block as a test does: `expected` and `actual` must be equal. */
export function checkBlock(block: NotesBlock, makeVM: VMFactory): { actual: string; expected: string } {
  const { out, rc } = runBlockStatus(block, makeVM);
  // A run block has no recorded output: what must hold is that it ended without an exception.
  if (block.kind === 'run') return { actual: rc === 0 ? 'ran' : `exit ${rc}:\n${out}`, expected: 'ran' };
  return { actual: out, expected: block.expected };
}

/** Load the compiler the blocks need (call once, e.g. in beforeAll). */
export async function notesReady(): Promise<void> {
  if (!(await loadCoreCompiler())) throw new Error('notes harness: the compiler did not load');
}

/** Group blocks by section, in order, for one describe() per section. */
export function blocksBySection(blocks: NotesBlock[]): Map<string, NotesBlock[]> {
  const m = new Map<string, NotesBlock[]>();
  for (const b of blocks) {
    const list = m.get(b.section) ?? [];
    list.push(b);
    m.set(b.section, list);
  }
  return m;
}
