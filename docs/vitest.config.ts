import { defineConfig } from 'vitest/config';

// The generator's tests build the fixture workspace (test/fixtures/site) into a temp folder.
export default defineConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
