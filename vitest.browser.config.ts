import { defineConfig } from 'vitest/config';

// Tests in a real browser (Debian's chromium, driven by playwright-core; see .ci/run): `npm run test:browser`.
export default defineConfig({
  test: {
    globalSetup: ['test/setup/tmpdir.ts'],
    setupFiles: ['test/setup/resources.ts'],
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
