// The blocks of lectures 02-07's notes that waited for classes (fenced ```python needs=08:
// `CountDown`, `__flags__`, a callable instance, `type(f).__dict__` ...) run here, on VM_08.

import { describe, it, expect, beforeAll } from 'vitest';
import { blocksNeeding, checkBlock, notesReady } from '@ceval/core/notes-harness';
import { vm08 } from '../src/index.js';

beforeAll(notesReady);

// Addresses in reprs are the one thing ceval cannot share with CPython: masked on both sides.
const noAddr = (s: string): string => s.replace(/ at 0x[0-9a-f]+/g, ' at 0x?');

describe('earlier notes blocks that need lecture 08', () => {
  const blocks = blocksNeeding(8);
  it('there are such blocks', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });
  for (const b of blocks) {
    it(`${b.kind} block at ${b.file}:${b.line}`, () => {
      const { actual, expected } = checkBlock(b, (io) => vm08(io));
      expect(noAddr(actual)).toBe(noAddr(expected));
    });
  }
});
