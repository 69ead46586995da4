import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Resolution of the goldens: enough to see a rule or a row move. */
export const DPI = 50;
/** Grey levels kept: four keep text, rules and fills apart and make a page about 10 KB. */
const LEVELS = 4;
/** pixelmatch's colour distance under which two pixels count as the same (anti-aliasing noise). */
export const PIXEL_THRESHOLD = 0.1;
/**
 * Share of a page's pixels allowed to differ: about 5 pixels of a page, room for anti-aliasing noise only. One
 * changed character of a label is about 17 pixels at this resolution (0.007%), a row or a rule that moves far more.
 */
export const MAX_DIFF_RATIO = 0.00002;

/** Turns the given pages (1-based) of a PDF into greyscale PNGs, in order. */
export type Rasterizer = (pdf: Buffer, pages: number[]) => Promise<Buffer[]>;

const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

/**
 * pdf.js drawing on @napi-rs/canvas (Skia), npm packages both. The fonts embedded in the PDF draw the text
 * (disableFontFace: glyph outlines as paths, no system fonts), so the pictures do not depend on the machine.
 */
export const rasterize: Rasterizer = async (pdf, pages) => {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0, disableFontFace: true, useSystemFonts: false, standardFontDataUrl: STANDARD_FONTS }).promise;
  try {
    const out: Buffer[] = [];
    for (const p of pages) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: DPI / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      await page.render({ canvasContext: context as unknown as Parameters<typeof page.render>[0]['canvasContext'], viewport }).promise;
      const rgba = context.getImageData(0, 0, canvas.width, canvas.height);
      out.push(greyPng(canvas.width, canvas.height, rgba.data));
      page.cleanup();
    }
    return out;
  } finally {
    await doc.destroy();
  }
};

/** A greyscale PNG with few grey levels (small files) from RGBA pixels on white. */
function greyPng(width: number, height: number, rgba: Uint8ClampedArray): Buffer {
  const image = new PNG({ width, height });
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3] / 255;
    const lum = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
    image.data[i] = image.data[i + 1] = image.data[i + 2] = lum * alpha + 255 * (1 - alpha);
    image.data[i + 3] = 255;
  }
  return posterize(PNG.sync.write(image));
}

/** Keeps LEVELS grey levels of a PNG, written as a greyscale PNG. */
export function posterize(png: Buffer): Buffer {
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
  /** Share of pixels that differ, or 1 when the sizes differ or the golden is missing. */
  ratio: number;
  /** Where a picture of the differences was written, or why there is no comparison. */
  diff?: string;
}

/** True when this run refreshes the goldens on purpose (`npm run golden:visual`). */
export const UPDATING = process.env.UPDATE_VISUAL === '1';

/**
 * Compares a page with its golden. Only `UPDATE_VISUAL=1` writes goldens: a missing golden is a difference, never
 * made from the output under test.
 */
export function compareWithGolden(dir: string, name: string, png: Buffer): Comparison {
  const golden = join(dir, `${name}.png`);
  if (UPDATING) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(golden, png);
    return { name, ratio: 0 };
  }
  if (!existsSync(golden)) return { name, ratio: 1, diff: `no golden ${golden}: run npm run golden:visual and look at the pictures` };
  const a = PNG.sync.read(readFileSync(golden));
  const b = PNG.sync.read(png);
  if (a.width !== b.width || a.height !== b.height) return { name, ratio: 1, diff: `size ${b.width}×${b.height}, golden ${a.width}×${a.height}` };
  const out = new PNG({ width: a.width, height: a.height });
  const differing = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: PIXEL_THRESHOLD });
  if (!differing) return { name, ratio: 0 };
  const diffDir = join(tmpdir(), 'jixiao-visual-diff');
  mkdirSync(diffDir, { recursive: true });
  const diff = join(diffDir, `${name.replace(/\//g, '-')}.png`);
  writeFileSync(diff, PNG.sync.write(out));
  return { name, ratio: differing / (a.width * a.height), diff };
}

/** The golden files of a set; when refreshing, those not in `keep` are removed and `keep` is what there will be. */
export function goldenNames(dir: string, keep: string[]): string[] {
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')).map((f) => f.slice(0, -4)) : [];
  if (!UPDATING) return names.sort();
  for (const n of names) if (!keep.includes(n)) rmSync(join(dir, `${n}.png`));
  return [...keep].sort();
}
