// Signature and seal images in the page: the files the input names are added by the clerk (picker or drag and
// drop), kept in the browser with the work, and drawn as the CLI draws them, to the byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeInput } from '../../src/convert/files.js';
import { readWorkbook } from '../../src/workbook/read.js';
import { ROOT, exampleData } from '../helpers/example.js';
import { editWorkbook } from '../workbook/helpers.js';
import { builds, builtAfter, openSite, type Site } from './siteHarness.js';

let site: Site;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-site-images-'));
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-site-images-dist');

/** A small picture: a wavy stroke (signature) or a ring (seal), in colour with transparency. */
function picture(width: number, height: number, ring: boolean): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = Math.hypot(x - width / 2, y - height / 2);
      const on = ring ? Math.abs(r - width / 2.4) < 4 : Math.abs(y - height / 2 - (height / 4) * Math.sin(x / 12)) < 3;
      image.data.set(ring ? [200, 20, 20, on ? 255 : 0] : [20, 40, 120, on ? 255 : 0], (y * width + x) * 4);
    }
  }
  return PNG.sync.write(image);
}

const PREPARER = picture(180, 60, false);
const SEAL = picture(120, 120, true);

/** The example naming two image files beside it, as a clerk's YAML would. */
function inputWithImages(): string {
  const data = exampleData();
  data.contacts.images = { preparer: 'preparer.png', seal: 'seal.png' };
  const file = join(dir, 'input.yaml');
  writeFileSync(file, stringify(data));
  writeFileSync(join(dir, 'preparer.png'), PREPARER);
  writeFileSync(join(dir, 'seal.png'), SEAL);
  return file;
}

const findingPaths = (id: string) => site.page.$$eval(`#findingList li[data-id="${id}"]`, (l) => l.map((li) => (li as HTMLElement).dataset.path));
const rows = () => site.page.$$eval('#imageList li', (l) => l.map((li) => `${(li as HTMLElement).dataset.path} ${li.className}`));

async function zipFiles(): Promise<Record<string, Uint8Array>> {
  const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#zip')]);
  return unzipSync(new Uint8Array(readFileSync(await download.path())));
}

/**
 * Every PDF of the zip is the installed command's for `input`, byte for byte: the bundled CLI, whose PNG images go
 * through the same deflate as the page's (in-process under vitest, pdfkit would get Node's zlib for them).
 */
function expectCliBytes(zip: Record<string, Uint8Array>, input: string): void {
  const out = mkdtempSync(join(dir, 'cli-'));
  const run = spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), 'build', input, '-o', out, '--force'], { encoding: 'utf8', timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  const files = (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] }).files;
  expect(Object.keys(zip).filter((n) => n.endsWith('.pdf')).sort()).toEqual(readdirSync(out).filter((n) => n.endsWith('.pdf')).sort());
  for (const file of files) expect(Buffer.from(zip[file.path]).equals(readFileSync(join(out, file.path))), file.path).toBe(true);
}

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
  site = await openSite();
  await builtAfter(site.page, 0);
  site.page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await site?.close();
});

describe('signature and seal images in the page', () => {
  const input = inputWithImages();

  it('lists the images the input names; one not yet added is a finding at its field, and the rest still builds', async () => {
    const before = await builds(site.page);
    await site.page.setInputFiles('#file', input);
    await builtAfter(site.page, before);
    expect(await rows()).toEqual(['contacts.images.preparer missing', 'contacts.images.seal missing']);
    expect(await findingPaths('E_IMAGE_NOT_ADDED')).toEqual(['contacts.images.preparer', 'contacts.images.seal']);
    const message = await site.page.$eval('#findingList li[data-path="contacts.images.seal"]', (li) => li.textContent ?? '');
    expect(message).toMatch(/“seal\.png”还没有添加到网页中.*签章图片.*PNG/);
    expect(await site.page.$eval('#failure', (f) => (f as HTMLElement).hidden)).toBe(true);
    expect(await site.page.$$eval('#document option', (o) => o.length)).toBe(6);
  });

  it('refuses a JPEG with the CLI’s message, in its row', async () => {
    const jpeg = join(dir, 'seal.jpg');
    writeFileSync(jpeg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]));
    await site.page.setInputFiles('#imageList li[data-path="contacts.images.seal"] input[type=file]', jpeg);
    await site.page.waitForSelector('#imageList li[data-path="contacts.images.seal"] .refused');
    expect(await site.page.$eval('#imageList li[data-path="contacts.images.seal"] .refused', (d) => d.textContent)).toMatch(/JPEG 图片，不是 PNG 图片/);
  });

  it('takes one file by its picker and one dropped on its row; the PDFs are then the CLI’s for the same input and images', async () => {
    let before = await builds(site.page);
    await site.page.setInputFiles('#imageList li[data-path="contacts.images.preparer"] input[type=file]', join(dir, 'preparer.png'));
    await builtAfter(site.page, before);
    expect(await findingPaths('E_IMAGE_NOT_ADDED')).toEqual(['contacts.images.seal']);
    before = await builds(site.page);
    const dataTransfer = await site.page.evaluateHandle((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'seal.png', { type: 'image/png' }));
      return transfer;
    }, [...SEAL]);
    await site.page.dispatchEvent('#imageList li[data-path="contacts.images.seal"]', 'drop', { dataTransfer });
    await builtAfter(site.page, before);
    expect(await findingPaths('E_IMAGE_NOT_ADDED')).toEqual([]);
    expect(await rows()).toEqual(['contacts.images.preparer added', 'contacts.images.seal added']);
    expectCliBytes(await zipFiles(), input);
  });

  it('keeps the images across a reload', async () => {
    await site.page.reload();
    await builtAfter(site.page, 0);
    expect(await rows()).toEqual(['contacts.images.preparer added', 'contacts.images.seal added']);
    expect(await findingPaths('E_IMAGE_NOT_ADDED')).toEqual([]);
  });

  it('新建 forgets them', async () => {
    let before = await builds(site.page);
    await site.page.click('#blank');
    await builtAfter(site.page, before);
    before = await builds(site.page);
    await site.page.setInputFiles('#file', input);
    await builtAfter(site.page, before);
    expect(await rows()).toEqual(['contacts.images.preparer missing', 'contacts.images.seal missing']);
  });

  it('a workbook with a picture pasted in its signature cell keeps it through the build: the CLI’s PDFs', async () => {
    const workbook = join(dir, 'pictures.xlsx');
    writeFileSync(workbook, await encodeInput(exampleData(), 'xlsx', workbook));
    const { locations } = await readWorkbook(workbook, readFileSync(workbook));
    const [sheet, cell] = locations.get('contacts.images.preparer')!.split('!');
    await editWorkbook(workbook, (wb) => {
      const ws = wb.getWorksheet(sheet)!;
      const { row, col } = ws.getCell(cell);
      const id = wb.addImage({ buffer: PREPARER as never, extension: 'png' });
      ws.addImage(id, { tl: { col: Number(col) - 1 + 0.2, row: Number(row) - 1 + 0.1 }, ext: { width: 90, height: 30 } });
    });
    const before = await builds(site.page);
    await site.page.setInputFiles('#file', workbook);
    await builtAfter(site.page, before);
    expect(await site.page.$eval('#failure', (f) => (f as HTMLElement).hidden)).toBe(true);
    expect(await rows()).toEqual([]);
    const zip = await zipFiles();
    expect(Buffer.from(zip[Object.keys(zip).find((n) => n.endsWith('（含附件）.pdf'))!]).toString('latin1')).toMatch(/\/Subtype \/Image/);
    expectCliBytes(zip, workbook);
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
