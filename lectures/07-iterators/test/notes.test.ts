// notes.md, section by section: every ```python block runs on VM_07 and must print its
// ```output block (python3.13's output, or ceval's own where the block says `output ceval`),
// or, without one, run to the end without an exception.

import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownBlocks, blocksBySection, blocksNeeding, checkBlock, notesReady }
  from '@ceval/core/notes-harness';
import { vm07 } from '../src/index.js';

const notes = readFileSync(join(import.meta.dirname, '..', 'notes.md'), 'utf8');
// Blocks fenced ```python needs=NN wait for lecture NN, whose tests run them (blocksNeeding).
const sections = blocksBySection(ownBlocks(notes, 7));

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
      it(`${b.kind} block at notes.md:${b.line}`, () => {
        const { actual, expected } = checkBlock(b, (io) => vm07(io));
        expect(noAddr(actual)).toBe(noAddr(expected));
      });
    }
  });
}

// Blocks of earlier lectures' notes marked ```python needs=07 run here, on VM_07.
describe('earlier notes blocks that need lecture 07', () => {
  for (const b of blocksNeeding(7)) {
    it(`${b.kind} block at ${b.file}:${b.line}`, () => {
      const { actual, expected } = checkBlock(b, (io) => vm07(io));
      expect(noAddr(actual)).toBe(noAddr(expected));
    });
  }
});
