import { defineConfig } from 'vitest/config';

// Browser suite: playwright-core drives Debian Chromium against `astro preview`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
