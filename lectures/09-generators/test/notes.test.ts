// notes.md, section by section: every ```python block runs on VM_09 and must print its
// ```output block (python3.13's output, or ceval's own where the block says `output ceval`).

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBlocks, blocksBySection, runBlock, notesReady }
  from '@ceval/core/notes-harness';
import { vm09 } from '../src/index.js';

const notes = readFileSync(join(import.meta.dirname, '..', 'notes.md'), 'utf8');
const sections = blocksBySection(extractBlocks(notes));

beforeAll(notesReady);

// Object addresses in reprs (`<code object f at 0x...>`) are the one thing ceval cannot
// share with CPython; they are masked on both sides, nothing else is.
const noAddr = (s: string): string => s.replace(/ at 0x[0-9a-f]+/g, ' at 0x?');

describe('notes.md has checked examples', () => {
  it('at least one block per code-bearing section', () => {
    expect(sections.size).toBeGreaterThanOrEqual(8);
  });
});

for (const [section, blocks] of sections) {
  describe(section, () => {
    for (const b of blocks) {
      it(`block at notes.md:${b.line}`, () => {
        expect(noAddr(runBlock(b, (io) => vm09(io)))).toBe(noAddr(b.expected));
      });
    }
  });
}
