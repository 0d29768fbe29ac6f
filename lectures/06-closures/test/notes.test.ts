// notes.md, section by section: every ```python block runs on VM_06 and must print its
// ```output block (python3.13's output, or ceval's own where the block says `output ceval`);
// addresses (0x...) are normalised on both sides.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractBlocks, blocksBySection, runBlock, notesReady }
  from '@ceval/core/notes-harness';
import { vm06 } from '../src/index.js';

const notes = readFileSync(join(import.meta.dirname, '..', 'notes.md'), 'utf8');
const sections = blocksBySection(extractBlocks(notes));

beforeAll(notesReady);

describe('notes.md has checked examples', () => {
  it('at least one block per code-bearing section', () => {
    expect(sections.size).toBeGreaterThanOrEqual(8);
  });
});

for (const [section, blocks] of sections) {
  describe(section, () => {
    for (const b of blocks) {
      it(`block at notes.md:${b.line}`, () => {
        // Addresses in reprs (code objects in dis output) are the one deliberate difference.
        const addr = (t: string): string => t.replace(/0x[0-9a-f]+/g, '0x...');
        expect(addr(runBlock(b, (io) => vm06(io)))).toBe(addr(b.expected));
      });
    }
  });
}
