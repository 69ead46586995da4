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

/** Just enough of a national-project input to plant mistakes in. */
interface NationalProject {
  projects: { funds: { total: { rate?: string } }; indicators: { score?: number }[] }[];
}

/** The place in the file that each finding names first ("基础数据表!C8", "a.yaml 第 3 行"), errors first, sorted. */
function placesOf(findings: readonly { level: string; where: string }[]): string[] {
  const place = (f: { where: string }) => f.where.split(' · ')[0];
  return [...findings.filter((f) => f.level === 'error').map(place).sort(), ...findings.filter((f) => f.level !== 'error').map(place).sort()];
}

/** Opens a file in the page and reads the places its findings name. */
async function openedPlaces(file: string): Promise<string[]> {
  const before = await builds(site.page);
  await site.page.setInputFiles('#file', file);
  await builtAfter(site.page, before);
  const shown = await site.page.$$eval('#findingList li', (l) => l.map((li) => ({ level: li.className, where: li.querySelector('.where')!.textContent ?? '' })));
  return placesOf(shown);
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

  it('names the workbook sheet and cell of each finding, as the CLI does for that workbook, for every kind of form', async () => {
    // national-project with planted mistakes: a rate off its amounts, a score over its weight.
    const data = (await readData(resolve('fixtures/national-project-2023.yaml'))) as NationalProject;
    data.projects[0].funds.total.rate = '99%';
    data.projects[0].indicators[1].score = 17;
    const national = join(dir, 'national.xlsx');
    writeFileSync(national, await encodeInput(data, 'xlsx', national));
    for (const workbook of [join(dir, 'example.xlsx'), national]) {
      const places = await openedPlaces(workbook);
      expect(places.length, workbook).toBeGreaterThan(1);
      expect(places.every((p) => /^[^ ]+![A-Z]+\d+$/.test(p)), places.join('\n')).toBe(true);
      expect(places).toEqual(placesOf(await checkFile(workbook)));
    }
  });

  it('names the line of a YAML file opened after a workbook, as the CLI does', async () => {
    const yaml = join(dir, 'national.yaml');
    writeFileSync(yaml, await encodeInput(await readData(join(dir, 'national.xlsx')), 'yaml', yaml));
    const places = await openedPlaces(yaml);
    expect(places.length).toBeGreaterThan(1);
    expect(places.every((p) => /^national\.yaml 第 \d+ 行$/.test(p)), places.join('\n')).toBe(true);
    expect(places).toEqual(placesOf(await checkFile(yaml)));
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
