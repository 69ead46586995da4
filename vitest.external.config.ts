import { defineConfig } from 'vitest/config';

// Independent validators from Debian packages (see .ci/run): poppler-utils, qpdf, python3-fonttools, opentype-sanitizer.
export default defineConfig({
  test: {
    globalSetup: ['test/setup/tmpdir.ts'],
    setupFiles: ['test/setup/resources.ts'],
    include: ['test/external/**/*.test.ts'],
  },
});
