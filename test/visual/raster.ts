import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Resolution of the goldens: enough to see a rule or a row move. */
export const DPI = 50;
/** Grey levels kept: four keep text, rules and fills apart and make a page about 10 KB. */
const LEVELS = 4;
/** pixelmatch's colour distance under which two pixels count as the same (anti-aliasing noise). */
export const PIXEL_THRESHOLD = 0.1;
/** Share of a page's pixels allowed to differ: a row, a rule or a line of text that moves is far more. */
export const MAX_DIFF_RATIO = 0.001;

/** Greyscale PNGs of the given pages (1-based) of a PDF, in order, with few grey levels (small files). */
export function rasterize(pdf: Buffer, pages: number[]): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-visual-'));
  const file = join(dir, 'in.pdf');
  writeFileSync(file, pdf);
  return pages.map((p) => {
    execFileSync('pdftoppm', ['-r', String(DPI), '-gray', '-png', '-f', String(p), '-l', String(p), '-singlefile', file, join(dir, `p${p}`)]);
    return posterize(readFileSync(join(dir, `p${p}.png`)));
  });
}

function posterize(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  const step = 255 / (LEVELS - 1);
  for (let i = 0; i < image.data.length; i += 4) {
    const v = Math.round(Math.round(image.data[i] / step) * step);
    image.data[i] = image.data[i + 1] = image.data[i + 2] = v;
  }
  return PNG.sync.write(image, { colorType: 0 });
}

export interface Comparison {
  name: string;
  /** Share of pixels that differ, or 1 when the sizes differ. */
  ratio: number;
  /** Where a picture of the differences was written, when there are any. */
  diff?: string;
}

/**
 * Compares a page with its golden (`UPDATE_VISUAL=1` writes the golden instead, on purpose; a missing golden is
 * written and reported as such by the caller).
 */
export function compareWithGolden(dir: string, name: string, png: Buffer): Comparison {
  const golden = join(dir, `${name}.png`);
  if (process.env.UPDATE_VISUAL === '1' || !existsSync(golden)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(golden, png);
    return { name, ratio: 0 };
  }
  const a = PNG.sync.read(readFileSync(golden));
  const b = PNG.sync.read(png);
  if (a.width !== b.width || a.height !== b.height) return { name, ratio: 1 };
  const out = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  if (!differing) return { name, ratio: 0 };
  const diffDir = join(tmpdir(), 'jixiao-visual-diff');
  mkdirSync(diffDir, { recursive: true });
  const diff = join(diffDir, `${name.replace(/\//g, '-')}.png`);
  writeFileSync(diff, PNG.sync.write(out));
  return { name, ratio: differing / (a.width * a.height), diff };
}

/** The golden files of a set, for noticing pages that no longer exist. */
export function goldenNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => f.slice(0, -4)).sort() : [];
}
