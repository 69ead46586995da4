import { defineConfig } from 'vitest/config';

// `npm test` needs Node and npm alone. Tests that call independent validators installed from Debian
// (poppler-utils, qpdf, fontTools, ots) live under test/external/ and run with `npm run test:external`.
export default defineConfig({
  test: {
    globalSetup: ['test/setup/tmpdir.ts'],
    setupFiles: ['test/setup/resources.ts'],
    exclude: ['**/node_modules/**', 'test/external/**', 'test/browser/**'],
  },
});
