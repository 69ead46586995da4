import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { builds, builtAfter, openSite, type Site } from './siteHarness.js';

let site: Site;

beforeAll(async () => {
  site = await openSite();
  await builtAfter(site.page, 0);
});

afterAll(async () => {
  await site?.close();
});

const fixtures = readdirSync('fixtures').filter((f) => /\.(json|ya?ml)$/.test(f)).sort();

describe('every shipped profile in the page', () => {
  it.each(fixtures)('%s opened by the file picker builds the same PDFs as the CLI', async (fixture) => {
    const before = await builds(site.page);
    await site.page.setInputFiles('#file', resolve('fixtures', fixture));
    await builtAfter(site.page, before);
    expect(await site.page.textContent('#failure')).toBe('');
    const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#zip')]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const out = join(mkdtempSync(join(tmpdir(), 'jixiao-site-cli-')), 'out');
    const cli = await buildReport(resolve('fixtures', fixture), out);
    expect(Object.keys(zip).sort()).toEqual([...cli.files.map((f) => f.path), 'manifest.json'].sort());
    for (const file of cli.files) expect(Buffer.from(zip[file.path]).equals(readFileSync(join(out, file.path))), file.path).toBe(true);
  });

  it('starts a blank input of each profile from 新建', async () => {
    site.page.on('dialog', (d) => void d.accept());
    const ids = await site.page.$$eval('#profile option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(ids).toContain('hunan-2022');
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const id of ids) {
      const before = await builds(site.page);
      await site.page.selectOption('#profile', id);
      await site.page.click('#blank');
      await builtAfter(site.page, before);
      const text = await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value);
      if (id !== 'hunan-2022') expect(text).toContain(`profile: ${id}`);
      // A blank input is full of findings (required fields), said in Chinese; never a defect.
      expect(await site.page.textContent('#failure')).not.toMatch(/内部错误/);
      expect(await site.page.$$eval('#findingList li', (l) => l.length)).toBeGreaterThan(0);
    }
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
