import { defineConfig } from 'vitest/config';

// Unit and integration tests. Browser tests live in tests/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
