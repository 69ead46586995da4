import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/pipeline.js';
import type { Manifest } from '../../src/write/index.js';
import { EXAMPLE_PATH, ROOT, exampleData } from '../helpers/example.js';
import { compact, pdfFonts, pdfPages, pdfText } from '../helpers/pdf.js';
import { printedValues } from '../helpers/printedValues.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'text');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

let out: string;
let manifest: Manifest;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'jixiao-build-'));
  manifest = await buildReport(EXAMPLE_PATH, out);
}, 60_000);

const UNIT = '衡阳市投资促进事务中心-2022年度-';

describe('build of the bundled example', () => {
  it('writes the combined PDF and one PDF per document, with readable Chinese names', () => {
    expect(manifest.files.map((f) => f.path)).toEqual([
      `${UNIT}部门整体支出绩效自评报告（含附件）.pdf`,
      `${UNIT}部门整体支出绩效自评报告.pdf`,
      `${UNIT}附件2-部门整体支出绩效评价基础数据表.pdf`,
      `${UNIT}附件3-部门整体支出绩效目标自评表.pdf`,
      `${UNIT}附件4-项目支出绩效自评表-招商引资工作经费.pdf`,
      `${UNIT}附件4-项目支出绩效自评表-联络湖南异地商会工作经费.pdf`,
    ]);
    for (const f of manifest.files) expect(existsSync(join(out, f.path))).toBe(true);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  it('reports true page counts, and the combined file has them all', () => {
    for (const f of manifest.files) expect(pdfPages(join(out, f.path)), f.path).toBe(f.pages);
    const [combined, ...parts] = manifest.files;
    expect(combined.pages).toBe(parts.reduce((n, f) => n + f.pages, 0));
    expect(parts[0].pages).toBeGreaterThanOrEqual(5); // cover + eight sections of prose
  });

  it('embeds every font as a subset with a Unicode map', () => {
    for (const f of manifest.files) {
      const fonts = pdfFonts(join(out, f.path));
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect([font.emb, font.sub, font.uni], `${f.path} ${font.name}`).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('prints every value of the example somewhere in the report set', () => {
    // A paragraph that runs over a page has the page number (— 5 —) in its middle: take those out.
    const text = compact(pdfText(join(out, manifest.files[0].path)).replace(/\n— \d+ —\n/g, '\n'));
    const missing = printedValues(exampleData()).filter((v) => !text.includes(compact(v.text)));
    expect(missing).toEqual([]);
  });

  it('prints the derived figures: 323.67 基本支出 and the level-1 weights', () => {
    const table = compact(pdfText(join(out, manifest.files[2].path)));
    expect(table).toContain('一、部门基本支出323.67'); // 人员经费 253.95 + 公用经费 69.72, computed: the form left it blank
    const dept = compact(pdfText(join(out, manifest.files[3].path)));
    expect(dept).toContain('产出指标（50分）');
    expect(dept).toContain('效益指标（40分）');
    expect(dept).toContain('68.54%');
  });

  it('matches the golden text of each PDF (only UPDATE_GOLDEN=1 writes goldens, on purpose)', () => {
    const names = manifest.files.map((f) => `${basename(f.path, '.pdf').replace(UNIT, '')}.txt`);
    if (UPDATE) {
      mkdirSync(GOLDEN, { recursive: true });
      for (const name of readdirSync(GOLDEN)) if (!names.includes(name)) rmSync(join(GOLDEN, name));
      manifest.files.forEach((f, i) => writeFileSync(join(GOLDEN, names[i]), pdfText(join(out, f.path))));
    }
    // A golden that is missing fails: it is never made from the output under test.
    expect(existsSync(GOLDEN) ? readdirSync(GOLDEN).sort() : []).toEqual([...names].sort());
    manifest.files.forEach((f, i) => expect(pdfText(join(out, f.path)), names[i]).toBe(readFileSync(join(GOLDEN, names[i]), 'utf8')));
  });

  it('gives the same bytes for the same input (dates from the input, never the clock)', async () => {
    const again = mkdtempSync(join(tmpdir(), 'jixiao-build-'));
    const second = await buildReport(EXAMPLE_PATH, again);
    expect(second.files.map((f) => f.sha256)).toEqual(manifest.files.map((f) => f.sha256));
  }, 60_000);
});
