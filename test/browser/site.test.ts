import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import { builds, builtAfter, openSite, settled, type Site } from './siteHarness.js';

let site: Site;

beforeAll(async () => {
  site = await openSite();
  await builtAfter(site.page, 0); // the blank input the page starts with
});

afterAll(async () => {
  await site?.close();
});

async function findingIds(level: 'error' | 'warning'): Promise<string[]> {
  return site.page.$$eval(`#findingList li.${level}`, (items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
}

describe('the web page in chromium', () => {
  it('loads the example and lists its 4 errors and 5 warnings, errors first', async () => {
    const before = await builds(site.page);
    await site.page.click('#example');
    await builtAfter(site.page, before);
    expect(await findingIds('error')).toHaveLength(4);
    expect(await findingIds('warning')).toHaveLength(5);
    expect(await findingIds('error')).toContain('E_CONTROL_RATE');
    const levels = await site.page.$$eval('#findingList li', (items) => items.map((li) => li.className));
    expect(levels).toEqual([...Array(4).fill('error'), ...Array(5).fill('warning')]);
    // The preview draws the combined file's first page once pdf.js has loaded.
    await site.page.waitForFunction(() => /^第 1 \/ 13 页$/.test(document.getElementById('pageNo')?.textContent ?? ''));
  });

  it('the preview draws glyphs as paths: no font of the PDF joins the page, which would lay out every form again', async () => {
    const families = await site.page.evaluate(() => [...document.fonts].map((f) => f.family.replace(/"/g, '')));
    // Only the page's own @font-face rules (style.css).
    expect(new Set(families)).toEqual(new Set(['Jixiao Noto Sans SC']));
  });

  it('clicking a finding selects its line in the text pane', async () => {
    await site.page.click('#viewText'); // the forms are shown first
    await site.page.click('#findingList li[data-id="E_CONTROL_RATE"]');
    const selected = await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value.slice((t as HTMLTextAreaElement).selectionStart, (t as HTMLTextAreaElement).selectionEnd));
    expect(selected.trim()).toBe('controlRate: 100%');
  });

  it('typing 80% as 控制率 in the text pane makes that finding go', async () => {
    const before = await builds(site.page);
    // The line is selected (previous test): select its value and type over it, as a clerk would.
    await site.page.$eval('#text', (t) => {
      const area = t as HTMLTextAreaElement;
      const at = area.value.indexOf('controlRate: 100%') + 'controlRate: '.length;
      area.setSelectionRange(at, at + '100%'.length);
    });
    await site.page.keyboard.type('80%', { delay: 30 });
    await builtAfter(site.page, before);
    expect(await findingIds('error')).not.toContain('E_CONTROL_RATE');
    expect(await findingIds('error')).toHaveLength(3);
    expect(await findingIds('warning')).toHaveLength(5);
  });

  it('downloads every PDF and manifest.json as one zip, each PDF byte for byte the CLI’s for the same input', async () => {
    const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#zip')]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as { files: { path: string; sha256: string }[] };
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-site-cli-'));
    const input = join(dir, 'example.yaml');
    writeFileSync(input, await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value));
    const out = join(dir, 'out');
    const cli = await buildReport(input, out);
    expect(Object.keys(zip).filter((n) => n.endsWith('.pdf')).sort()).toEqual(readdirSync(out).filter((n) => n.endsWith('.pdf')).sort());
    expect(manifest.files).toHaveLength(6);
    for (const file of cli.files) {
      expect(Buffer.from(zip[file.path]).equals(readFileSync(join(out, file.path))), file.path).toBe(true);
      expect(manifest.files.find((f) => f.path === file.path)?.sha256).toBe(file.sha256);
    }
  });

  it('a download asked for while typing waits for the build of what was typed, never taking the set before it', async () => {
    await site.page.$eval('#text', (t) => {
      const area = t as HTMLTextAreaElement;
      const at = area.value.indexOf('controlRate: 80%') + 'controlRate: '.length;
      area.focus();
      area.setSelectionRange(at, at + '80%'.length);
    });
    await site.page.keyboard.type('80.0%');
    // No wait: the text has not been built yet when the clerk clicks.
    const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#zip')]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as { input: { sha256: string } };
    const text = await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value);
    expect(text).toContain('controlRate: 80.0%');
    expect(manifest.input.sha256).toBe(createHash('sha256').update(text).digest('hex'));
    // One file, chosen in the list: the current set's.
    await site.page.selectOption('#document', { label: '部门整体支出绩效评价基础数据表' });
    const [single] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#single')]);
    const manifestEntry = (JSON.parse(new TextDecoder().decode(zip['manifest.json'])) as { files: { path: string; sha256: string }[] }).files.find((f) => f.path === single.suggestedFilename());
    expect(createHash('sha256').update(readFileSync(await single.path())).digest('hex')).toBe(manifestEntry?.sha256);
    await site.page.selectOption('#document', { index: 0 });
  });

  it('with the draft mark and the findings page switched on, gives the PDFs of the CLI with --draft --with-findings', async () => {
    const before = await builds(site.page);
    await site.page.check('#draft');
    await builtAfter(site.page, before);
    const again = await builds(site.page);
    await site.page.check('#withFindings');
    await builtAfter(site.page, again);
    const [download] = await Promise.all([site.page.waitForEvent('download'), site.page.click('#zip')]);
    const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-site-cli-'));
    const input = join(dir, 'example.yaml');
    writeFileSync(input, await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value));
    const out = join(dir, 'out');
    const cli = await buildReport(input, out, { draft: true, withFindings: true });
    expect(cli.files).toHaveLength(7);
    expect(Object.keys(zip).sort()).toEqual([...cli.files.map((f) => f.path), 'manifest.json'].sort());
    for (const file of cli.files) expect(Buffer.from(zip[file.path]).equals(readFileSync(join(out, file.path))), file.path).toBe(true);
    const last = await builds(site.page);
    await site.page.uncheck('#draft');
    await site.page.uncheck('#withFindings');
    await settled(site.page, last);
  });

  it('builds nothing while an input method composes in the text pane, and builds what it commits', async () => {
    await site.page.click('#viewText');
    await site.page.$eval('#text', (t) => {
      const area = t as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(area.value.length, area.value.length);
    });
    const typed = await builds(site.page);
    await site.page.keyboard.type('# ');
    // Every build of the typing has been shown: a build counted from here on is one the composition started.
    const before = await settled(site.page, typed);
    const cdp = await site.page.context().newCDPSession(site.page);
    await cdp.send('Input.imeSetComposition', { text: 'beizhu', selectionStart: 6, selectionEnd: 6 });
    await site.page.waitForTimeout(800); // well past the pause after typing
    expect(await builds(site.page)).toBe(before);
    await cdp.send('Input.insertText', { text: '备注' });
    await builtAfter(site.page, before);
    expect(await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value.endsWith('# 备注'))).toBe(true);
    await cdp.detach();
  });

  it('refuses a file in GBK as the command line does, keeping the input it has, and opens one in UTF-16', async () => {
    const before = await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value);
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-site-'));
    // 单位名称 in GBK: what Notepad saves on a Chinese Windows unless told otherwise.
    writeFileSync(join(dir, 'gbk.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xb5, 0xa5, 0xce, 0xbb, 0x0a]));
    await site.page.setInputFiles('#file', join(dir, 'gbk.yaml'));
    await expect.poll(() => site.page.textContent('#status')).toContain('文件不是 UTF-8 编码，请另存为 UTF-8：gbk.yaml');
    expect(await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value)).toBe(before);
    const unicode = `${before.trimEnd()}\n# 记事本另存为“Unicode”\n`;
    writeFileSync(join(dir, 'utf16.yaml'), Buffer.from(`\uFEFF${unicode}`, 'utf16le'));
    await site.page.setInputFiles('#file', join(dir, 'utf16.yaml'));
    await expect.poll(() => site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value)).toBe(unicode);
  });

  it('keeps the work across a reload', async () => {
    const before = await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value);
    await site.page.reload();
    await builtAfter(site.page, 0);
    expect(await site.page.$eval('#text', (t) => (t as HTMLTextAreaElement).value)).toBe(before);
    expect(await findingIds('error')).toHaveLength(3);
  });

  it('made no request outside its folder, met no error and no CSP violation', () => {
    expect(site.blocked).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
