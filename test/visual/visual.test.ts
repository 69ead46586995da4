import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from '../helpers/example.js';
import { expectExampleUnchanged, expectStressUnchanged } from './pages.js';
import { rasterize } from './raster.js';

// Every page of the example, and a few pages of the stress input, drawn by pdf.js on @napi-rs/canvas, against
// committed pictures. After an intended change of the layout: `npm run golden:visual`, then look at the new
// pictures before committing. test/external/visual.test.ts compares Poppler's pictures the same way.

const GOLDEN = join(ROOT, 'test', 'visual', 'golden');

describe('pictures of the pages (pdf.js)', () => {
  it('of the example (combined file) match the goldens', () => expectExampleUnchanged(GOLDEN, rasterize), 120_000);

  it('of the stress input (the department form: first page, a cut row, the end; a project form) match the goldens', () => expectStressUnchanged(GOLDEN, rasterize), 180_000);
});
