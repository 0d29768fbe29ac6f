// notes.md, section by section: every ```python block runs on VM_04 and must print its
// ```output block (python3.13's output, or ceval's own where the block says `output ceval`),
// or, without one, run to the end without an exception.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownBlocks, blocksBySection, checkBlock, notesReady }
  from '@ceval/core/notes-harness';
import { vm04 } from '../src/index.js';

const notes = readFileSync(join(import.meta.dirname, '..', 'notes.md'), 'utf8');
// Blocks fenced ```python needs=NN wait for lecture NN, whose tests run them (blocksNeeding).
const sections = blocksBySection(ownBlocks(notes, 4));

beforeAll(notesReady);

describe('notes.md has checked examples', () => {
  it('at least one block per code-bearing section', () => {
    expect(sections.size).toBeGreaterThanOrEqual(8);
  });
});

for (const [section, blocks] of sections) {
  describe(section, () => {
    for (const b of blocks) {
      it(`${b.kind} block at notes.md:${b.line}`, () => {
        const { actual, expected } = checkBlock(b, (io) => vm04(io));
        expect(actual).toBe(expected);
      });
    }
  });
}
