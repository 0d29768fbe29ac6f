import { defineConfig } from 'vitest/config';

// Goldens are recorded with PYTHONHASHSEED=0, and ceval keys its str/bytes hash the same
// way, so set and dict-of-str orders match only under the same seed.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60000, env: { PYTHONHASHSEED: '0' } },
});
