import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport, renderReport } from '../../src/pipeline.js';
import type { RenderedDocument } from '../../src/render/index.js';
import { exampleData } from '../helpers/example.js';
import { readPages, type TextItem } from './pdfText.js';

type Box = Pick<TextItem, 'left' | 'right' | 'top' | 'bottom'>;

/** A PNG with an alpha channel: a ring (a seal) or a stroke (a signature), transparent elsewhere. */
function png(width: number, height: number, ink: (x: number, y: number) => boolean, rgb: [number, number, number]): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      [image.data[i], image.data[i + 1], image.data[i + 2]] = rgb;
      image.data[i + 3] = ink(x, y) ? 255 : 0;
    }
  }
  return PNG.sync.write(image);
}

/** Where each image of a page is drawn, from the page's operators (the current transform at each image). */
async function imageBoxes(bytes: Uint8Array, pageNumber: number): Promise<Box[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const page = await doc.getPage(pageNumber);
  const height = page.view[3];
  const ops = await page.getOperatorList();
  const boxes: Box[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === pdfjs.OPS.save) stack.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === pdfjs.OPS.transform) {
      const [a, b, c, d, e, f] = ops.argsArray[i] as number[];
      const [A, B, C, D, E, F] = ctm;
      ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
    } else if (fn === pdfjs.OPS.paintImageXObject) {
      const xs = [ctm[4], ctm[4] + ctm[0] + ctm[2]];
      const ys = [ctm[5], ctm[5] + ctm[1] + ctm[3]].map((y) => height - y);
      boxes.push({ left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) });
    }
  });
  await doc.destroy();
  return boxes;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('signature and seal images', () => {
  let rendered: RenderedDocument[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-images-'));
    const seal = join(dir, 'seal.png');
    const signature = join(dir, 'signature.png');
    writeFileSync(seal, png(240, 240, (x, y) => Math.abs(Math.hypot(x - 120, y - 120) - 105) < 6, [208, 16, 16]));
    writeFileSync(signature, png(300, 100, (x, y) => Math.abs(y - 50 - 30 * Math.sin(x / 25)) < 3, [26, 42, 122]));
    const data = exampleData();
    data.contacts = { ...data.contacts, principal: '李四', unitHead: '王五', images: { principal: signature, preparer: signature, unitHead: signature, seal } };
    rendered = await renderReport(prepareReport(parseReportInput(data)));
  }, 60_000);

  const find = (items: TextItem[], text: string) => items.find((i) => i.str.includes(text))!;

  it('puts the principal\'s signature on the cover, at 主要负责人签字, and the seal over the closing unit name and date', async () => {
    const narrative = rendered[1];
    const pages = await readPages(narrative.bytes);
    const cover = await imageBoxes(narrative.bytes, 1);
    expect(cover).toHaveLength(1);
    expect(overlaps(cover[0], find(pages[0].items, '主要负责人签字'))).toBe(true);
    const last = await imageBoxes(narrative.bytes, narrative.pages);
    expect(last).toHaveLength(1);
    const items = pages.at(-1)!.items;
    expect(overlaps(last[0], find(items, '事务中心'))).toBe(true);
    expect(overlaps(last[0], find(items, '2023年3月22日'))).toBe(true);
  });

  it('stamps each form at 填报单位 and signs it over the preparer\'s and the unit head\'s names', async () => {
    for (const form of rendered.slice(2)) {
      const pages = await readPages(form.bytes);
      const first = await imageBoxes(form.bytes, 1);
      expect(first.some((b) => overlaps(b, find(pages[0].items, '填报单位'))), form.layout.fileName).toBe(true);
      const last = await imageBoxes(form.bytes, form.pages);
      const items = pages.at(-1)!.items;
      expect(last.some((b) => overlaps(b, find(items, '何蓉'))), form.layout.fileName).toBe(true);
      expect(last.some((b) => overlaps(b, find(items, '王五'))), form.layout.fileName).toBe(true);
    }
  });

  it('draws no image where the input gives none', async () => {
    const [combined] = await renderReport(prepareReport(parseReportInput(exampleData())));
    for (let p = 1; p <= combined.pages; p++) expect(await imageBoxes(combined.bytes, p)).toEqual([]);
  }, 30_000);
});
