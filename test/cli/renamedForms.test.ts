// hunan-2022's forms are found through the documents that name them (src/forms/hunan2022.ts legacyForm), never by
// their ids: a copy whose three forms are renamed checks, builds, and writes and reads workbooks as the shipped one.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_PATH } from '../helpers/example.js';
import { renamedHunanCopy } from '../helpers/templates.js';
import { tempDir } from '../helpers/tmp.js';

const before = process.env.JIXIAO_TEMPLATES;
afterEach(() => {
  if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
  else process.env.JIXIAO_TEMPLATES = before;
});

const pdfHashes = (dir: string) =>
  Object.fromEntries(readdirSync(dir).filter((n) => n.endsWith('.pdf')).map((n) => [n, createHash('sha256').update(readFileSync(join(dir, n))).digest('hex')]));

describe('a copied hunan-2022 whose forms are renamed', () => {
  it('writes a blank workbook and reads a filled one back as the shipped set does', async () => {
    const templates = renamedHunanCopy();
    // First, before any workbook code ran with the shipped templates: its sheets are made from the copy's forms.
    const blank = join(tempDir('jixiao-renamed-init-'), 'blank.xlsx');
    const init = await runCli(['init', '-o', blank, '--templates', templates]);
    expect(init.code, init.stderr).toBe(0);
    const dir = tempDir('jixiao-renamed-convert-');
    const convert = async (args: string[]) => expect((await runCli(['convert', ...args, '--force'])).code).toBe(0);
    await convert([EXAMPLE_PATH, join(dir, 'copy.xlsx'), '--templates', templates]);
    await convert([join(dir, 'copy.xlsx'), join(dir, 'copy.json'), '--templates', templates]);
    delete process.env.JIXIAO_TEMPLATES;
    await convert([EXAMPLE_PATH, join(dir, 'shipped.xlsx')]);
    await convert([join(dir, 'shipped.xlsx'), join(dir, 'shipped.json')]);
    expect(readFileSync(join(dir, 'copy.json'), 'utf8')).toBe(readFileSync(join(dir, 'shipped.json'), 'utf8'));
  }, 60_000);

  it('checks and builds as the shipped set does: the same findings, the same PDFs', async () => {
    const templates = renamedHunanCopy();
    const shipped = await runCli(['check', EXAMPLE_PATH, '--json']);
    const copy = await runCli(['check', EXAMPLE_PATH, '--json', '--templates', templates]);
    expect([copy.code, copy.stderr]).toEqual([shipped.code, shipped.stderr]);
    expect(JSON.parse(copy.stdout)).toEqual(JSON.parse(shipped.stdout));
    const [a, b] = [join(tempDir('jixiao-renamed-build-'), 'out'), join(tempDir('jixiao-shipped-build-'), 'out')];
    const built = await runCli(['build', EXAMPLE_PATH, '-o', a, '--force', '--templates', templates]);
    delete process.env.JIXIAO_TEMPLATES;
    expect(built.code).toBe((await runCli(['build', EXAMPLE_PATH, '-o', b, '--force'])).code);
    const hashes = pdfHashes(a);
    expect(Object.keys(hashes).length).toBeGreaterThan(4);
    expect(hashes).toEqual(pdfHashes(b));
  }, 120_000);
});
