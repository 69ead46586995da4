// A picture pasted into a signature cell of the workbook is that line's image, instead of a typed file path.
import ExcelJS from 'exceljs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadInput } from '../../src/load/index.js';
import { readWorkbook } from '../../src/workbook/read.js';
import { readFileSync } from 'node:fs';
import { parseReportInput } from '../../src/model/parse.js';
import { buildReport, prepareReport, renderReport } from '../../src/pipeline.js';
import { dirname, join } from 'node:path';
import { exampleData } from '../helpers/example.js';
import { editWorkbook, workbookFile } from './helpers.js';

function stroke(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      image.data.set([20, 40, 120, Math.abs(y - height / 2 - (height / 4) * Math.sin(x / 12)) < 3 ? 255 : 0], i);
    }
  }
  return PNG.sync.write(image);
}

/** A workbook of the example with `picture` placed at the top-left of the cell where the preparer's image path goes. */
async function withPicture(picture: Buffer, extension: 'png' | 'jpeg'): Promise<string> {
  const file = await workbookFile(exampleData());
  const { locations } = await readWorkbook(file, readFileSync(file));
  const [sheet, cell] = locations.get('contacts.images.preparer')!.split('!');
  await editWorkbook(file, (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(sheet)!;
    const { row, col } = ws.getCell(cell);
    const id = wb.addImage({ buffer: picture as any, extension });
    ws.addImage(id, { tl: { col: Number(col) - 1 + 0.2, row: Number(row) - 1 + 0.1 }, ext: { width: 90, height: 30 } });
  });
  return file;
}

describe('pictures in the workbook', () => {
  it('a PNG in the preparer’s image cell becomes the preparer’s signature, drawn on the forms', async () => {
    const picture = stroke(180, 60);
    const data = (await loadInput(await withPicture(picture, 'png'))) as any;
    expect(data.contacts.images.preparer).toBe(`data:image/png;base64,${picture.toString('base64')}`);
    expect(data.contacts.images.principal).toBeUndefined();
    const input = parseReportInput(data);
    const [combined] = await renderReport(prepareReport(input));
    expect(Buffer.from(combined.bytes).toString('latin1')).toMatch(/\/Subtype \/Image/);
  }, 60_000);

  it('a workbook with a picture builds through the whole pipeline (the picture is no file path to resolve)', async () => {
    const file = await withPicture(stroke(180, 60), 'png');
    const out = join(dirname(file), 'out');
    const manifest = await buildReport(file, out);
    const combined = readFileSync(join(out, manifest.files[0].path)).toString('latin1');
    expect(combined).toMatch(/\/Subtype \/Image/);
  }, 60_000);

  it('a JPEG is refused, named by its cell, with how to fix it', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
    const file = await withPicture(jpeg, 'jpeg');
    await expect(loadInput(file)).rejects.toThrow(/!C?[A-Z]*\d+ 工作簿中的签名图片 是 JPEG 图片，不是 PNG 图片.*另存为” PNG/);
  });
});
