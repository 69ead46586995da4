import { defineConfig } from 'vitest/config';

// Tests in a real browser (test/browser/): playwright-core drives Debian's chromium package. `npm run test:browser`.
export default defineConfig({
  test: {
    globalSetup: ['test/setup/tmpdir.ts'],
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
