import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/tmp.js';
import { DPI, posterize, type Rasterizer } from '../../visual/raster.js';

/** Poppler's pdftoppm (Debian poppler-utils): a second renderer, not written by the pdf.js authors. */
export const popplerRasterize: Rasterizer = async (pdf, pages) => {
  const dir = tempDir('jixiao-visual-');
  const file = join(dir, 'in.pdf');
  writeFileSync(file, pdf);
  return pages.map((p) => {
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', String(p), '-l', String(p), '-singlefile', file, join(dir, `p${p}`)]);
    return posterize(readFileSync(join(dir, `p${p}.png`)));
  });
};
