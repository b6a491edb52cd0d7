import {defineConfig} from 'vitest/config';

// Unit tests: pure functions, the loader and the CLI in-process; no site build, no browser.
export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
    environment: 'node',
    // Forks isolate native modules (DuckDB) and keep one runaway case from taking the others down.
    pool: 'forks',
    testTimeout: 20_000,
  },
});
