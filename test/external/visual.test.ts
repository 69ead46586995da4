import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from '../helpers/example.js';
import { expectExampleUnchanged, expectStressUnchanged } from '../visual/pages.js';
import { popplerRasterize } from './visual/poppler.js';

// The pages of test/visual/, drawn by Poppler's pdftoppm, against Poppler's own goldens
// (refreshed on purpose with `npm run golden:visual:external`).

const GOLDEN = join(ROOT, 'test', 'external', 'visual', 'golden');

describe('pictures of the pages (Poppler)', () => {
  it('of the example (combined file) match the goldens', () => expectExampleUnchanged(GOLDEN, popplerRasterize), 120_000);

  it('of the stress input match the goldens', () => expectStressUnchanged(GOLDEN, popplerRasterize), 180_000);
});
