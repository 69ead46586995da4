import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeInput } from '../../src/convert/files.js';
import { checkFile, readData } from '../../src/pipeline.js';
import { builds, builtAfter, openSite, type Site } from './siteHarness.js';

let site: Site;
const dir = mkdtempSync(join(tmpdir(), 'jixiao-site-xlsx-'));

beforeAll(async () => {
  site = await openSite();
  await builtAfter(site.page, 0);
});

afterAll(async () => {
  await site?.close();
});

async function saveAs(format: 'xlsx' | 'yaml' | 'json'): Promise<string> {
  await site.page.selectOption('#saveFormat', format);
  const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#saveData')]);
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

describe('workbooks in the page', () => {
  it('opens the workbook jixiao init --from makes, and finds what the CLI finds in it', async () => {
    const workbook = join(dir, 'example.xlsx');
    writeFileSync(workbook, await encodeInput(await readData(resolve('fixtures/hengyang-investment-2022.json')), 'xlsx', workbook));
    const before = await builds(site.page);
    await site.page.setInputFiles('#file', workbook);
    await builtAfter(site.page, before);
    const ids = await site.page.$$eval('#findingList li', (l) => l.map((li) => (li as HTMLElement).dataset.id).sort());
    expect(ids).toEqual((await checkFile(workbook)).map((f) => f.id).sort());
    expect(ids).toHaveLength(9);
  });

  it('saves the input as .xlsx, .yaml and .json, each read back as the CLI reads its own conversion of that input', async () => {
    const opened = await readData(join(dir, 'example.xlsx'));
    const plain = (data: unknown) => JSON.parse(JSON.stringify(data, (k, v) => (k === '$schema' ? undefined : v))) as unknown;
    for (const format of ['xlsx', 'yaml', 'json'] as const) {
      const file = await saveAs(format);
      expect(file.endsWith(`.${format}`)).toBe(true);
      const cli = join(dir, `cli.${format}`);
      writeFileSync(cli, await encodeInput(opened, format, cli));
      expect(plain(await readData(file)), format).toEqual(plain(await readData(cli)));
      expect((await checkFile(file)).map((f) => f.id).sort(), format).toEqual((await checkFile(cli)).map((f) => f.id).sort());
    }
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
