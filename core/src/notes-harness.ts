// The literate-notes checker every lecture's tests use: it finds each ```python block of a
// notes.md, runs it on the lecture's VM as `ceval -c BLOCK` would (filename "<string>"), and
// compares stdout+stderr with the ```output block that follows it (or, for a ```dis block,
// the disassembly of the python block's module code). A lecture's notes cannot drift.

import type { Interpreter, HostIO } from './interpreter.js';
import { runMain } from './runtime/pythonrun.js';
import { compileSource, loadCoreCompiler } from './runtime/compile-hook.js';
import { disassemble } from './dis.js';

/** One checked example of a notes file. */
export interface NotesBlock {
  /** The `## ` heading the block sits under ("" before the first). */
  section: string;
  /** 1-based line of the ```python fence in notes.md. */
  line: number;
  code: string;
  kind: 'output' | 'dis';
  expected: string;
}

/**
 * Pair every ```python block with the ```output / ```dis block right after it (only blank
 * lines may separate them). Python blocks without one are prose, and are not run.
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
    if (l.trimEnd() === '```python') {
      const [code, next] = readFence(i);
      let k = next;
      while (k < lines.length && lines[k].trim() === '') k++;
      const fence = (lines[k] ?? '').trimEnd();
      if (fence === '```output' || fence === '```dis' || fence === '```output ceval') {
        const [expected, after] = readFence(k);
        blocks.push({ section, line: i + 1, code, kind: fence === '```dis' ? 'dis' : 'output',
          expected });
        i = after;
        continue;
      }
      i = next;
      continue;
    }
    i++;
  }
  return blocks;
}

/** Makes a fresh VM writing to `io` (a lecture passes its own `vmNN`). */
export type VMFactory = (io: HostIO) => Interpreter;

/** Run one block; returns what it printed (stdout then stderr) or its disassembly. */
export function runBlock(block: NotesBlock, makeVM: VMFactory): string {
  let out = '';
  const io: HostIO = {
    stdout: (s) => { out += s; },
    stderr: (s) => { out += s; },
    readFile: () => null,
  };
  const interp = makeVM(io);
  if (block.kind === 'dis') {
    return disassemble(compileSource(interp, block.code, '<dis>', 'exec') as never);
  }
  interp.argv = ['-c'];
  runMain(interp, block.code, '<string>');
  return out;
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
