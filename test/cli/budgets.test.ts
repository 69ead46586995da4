/**
 * Each budget's "just under": accepted, and fast. The "just over" cases are in the bad-input table (budgetCases.ts).
 * Huge inputs are run through `check`, which reads, parses, judges the images and the budgets and runs every rule;
 * one near-limit input is built in full and timed.
 */
import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../src/budgets.js';
import { readBounded, readImage } from '../../src/load/index.js';
import { writeWorkbook } from '../../src/workbook/write.js';
import { runCli } from '../helpers/cli.js';
import { exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { atPages, exampleFile, indicators, pngFile, projects } from './budgetCases.js';

const REFUSED = /处理上限|太大|最多 \d+ 行|不是普通文件/;

async function checkAccepts(file: string, maxMs: number): Promise<void> {
  const started = performance.now();
  const r = await runCli(['check', file, '--json']);
  const ms = performance.now() - started;
  expect(r.stderr).not.toMatch(REFUSED);
  // The example keeps a few real-world findings: the check ran to its end and reported them as data.
  expect(Array.isArray(JSON.parse(r.stdout)), r.stderr).toBe(true);
  expect(r.code).toBeLessThan(2);
  expect(ms).toBeLessThan(maxMs);
}

describe('just under each budget: accepted', () => {
  it(`${BUDGETS.projects} projects`, () => checkAccepts(exampleFile(projects(BUDGETS.projects)), 20_000), 30_000);
  it(`${BUDGETS.indicators} indicators`, () => checkAccepts(exampleFile(indicators(BUDGETS.indicators)), 20_000), 30_000);
  it(`text for exactly ${BUDGETS.estimatedPages} estimated pages`, () => checkAccepts(exampleFile(atPages(BUDGETS.estimatedPages)), 20_000), 30_000);

  it(`form text in a narrow column for exactly ${BUDGETS.estimatedPages} estimated pages, built in full`, async () => {
    const out = join(tempDir('jixiao-near-limit-'), 'out');
    const started = performance.now();
    const r = await runCli(['build', exampleFile(atPages(BUDGETS.estimatedPages, 'forms')), '-o', out, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(performance.now() - started).toBeLessThan(90_000);
  }, 120_000);

  it('an input file one byte under the size budget', async () => {
    const file = exampleFile(() => {});
    const text = JSON.stringify(exampleData());
    writeFileSync(file, text + ' '.repeat(BUDGETS.textInputBytes - Buffer.byteLength(text)));
    await checkAccepts(file, 10_000);
  }, 30_000);

  it(`a seal of ${BUDGETS.imageSide} × ${BUDGETS.imageSide} pixels (decoded within budget)`, async () => {
    const folder = tempDir('jixiao-seal-');
    const side = BUDGETS.imageSide;
    const seal = pngFile(folder, side, side, Buffer.alloc(side * (side * 4 + 1)));
    expect(readImage(seal).length).toBeLessThan(BUDGETS.imageBytes);
    await checkAccepts(exampleFile((d) => (d.contacts.images = { seal })), 10_000);
  }, 30_000);

  it('a seal file just under the file budget', async () => {
    const folder = tempDir('jixiao-seal-');
    // Noise does not compress: 700 × 680 RGBA pixels make a PNG just under 2 MB.
    const rows = randomBytes(680 * (700 * 4 + 1));
    for (let y = 0; y < 680; y++) rows[y * (700 * 4 + 1)] = 0; // filter byte: none
    const seal = pngFile(folder, 700, 680, rows);
    const size = statSync(seal).size;
    expect(size).toBeLessThan(BUDGETS.imageBytes);
    expect(size).toBeGreaterThan(BUDGETS.imageBytes * 0.9);
    await checkAccepts(exampleFile((d) => (d.contacts.images = { seal })), 10_000);
  }, 30_000);

  it(`a worksheet of ${BUDGETS.worksheetRows} rows`, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(exampleData())) as unknown as ArrayBuffer);
    wb.getWorksheet('正文')!.getCell(BUDGETS.worksheetRows, 1).value = ' ';
    const file = join(tempDir('jixiao-rows-'), 'input.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    await checkAccepts(file, 20_000);
  }, 60_000);

  it(`${BUDGETS.projects} projects build in full, within the time budget`, async () => {
    const out = join(tempDir('jixiao-near-limit-'), 'out');
    const started = performance.now();
    const r = await runCli(['build', exampleFile(projects(BUDGETS.projects)), '-o', out, '--force']);
    const ms = performance.now() - started;
    expect(r.code, r.stderr).toBe(0);
    // Every project's form, the narrative, 附件2, 附件3, the combined file and the manifest.
    expect(readdirSync(out)).toHaveLength(BUDGETS.projects + 5);
    // Seconds on an idle machine; the bound leaves room for a machine busy with other test files.
    expect(ms).toBeLessThan(90_000);
  }, 120_000);
});

describe('the bounded reader', () => {
  it('reads an ordinary file whole, up to its budget, and refuses one byte more', () => {
    const file = join(tempDir('jixiao-bounded-'), 'x.json');
    writeFileSync(file, 'x'.repeat(100));
    expect(readBounded(file, 100, '输入文件').length).toBe(100);
    expect(() => readBounded(file, 99, '输入文件')).toThrow('太大');
  });

  it('refuses a PNG whose pixel data would decode past the budget, by its header alone', () => {
    const folder = tempDir('jixiao-png-');
    // 4000 × 4000 at 16 bits per RGBA sample: 128 MB decoded, past the 64 MB budget, though within the side limit.
    const file = pngFile(folder, BUDGETS.imageSide, BUDGETS.imageSide, deflateSync(Buffer.alloc(1)));
    const bytes = Buffer.from(readImage(file));
    bytes[24] = 16;
    writeFileSync(file, bytes);
    expect(() => readImage(file)).toThrow('解码后');
  });
});
