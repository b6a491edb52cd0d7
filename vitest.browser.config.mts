import {defineConfig} from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against the production build in build/.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
