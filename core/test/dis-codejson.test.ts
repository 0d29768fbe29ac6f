// The JSON string encoder behind --code-json must write exactly what Python's json.dumps
// writes (ensure_ascii): recorded pairs from tools/oracle/dis_goldens.py.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pyJsonString, hex } from '../src/codejson.js';

const pairs: [string, string][] = JSON.parse(readFileSync(
  new URL('./golden/dis/json-strings.json', import.meta.url), 'utf8'));

describe('pyJsonString', () => {
  it.each(pairs)('json.dumps(%j)', (s, want) => {
    expect(pyJsonString(s)).toBe(want);
  });

  it('hex() is bytes.hex()', () => {
    expect(hex(new Uint8Array([0, 1, 0xab, 0xff]))).toBe('0001abff');
  });
});
