import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { summaryCharts } from '../../src/summary/charts.js';
import { summaryArea, summaryReport } from '../../src/summary/renderReport.js';
import { EXAMPLE_PATH, ROOT } from '../helpers/example.js';
import { makeStressInput } from '../helpers/stressInput.js';
import { tempDir } from '../helpers/tmp.js';
import { readPages } from '../layout/pdfText.js';

// The batch runs on worker threads that load the bundle, as the installed command does: a bundle of its own here,
// so that this file and test/batch/batch.test.ts never bundle into the same folder at once.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-summaries');

function jixiao(args: string[]) {
  return spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), ...args], { encoding: 'utf8', timeout: 180_000 });
}

/** A small consistent unit (its tables add up), named. */
function cleanUnit(name: string, seed: number) {
  const d = makeStressInput({ projects: 2, departmentIndicators: 6, projectIndicators: 3, textLength: 80, listItems: 2, seed });
  d.unit.name = name;
  d.narrative.closingUnitName = name;
  // Short names, one per cell, as a clerk types 内设科室 (a long sentence with commas would be split, with a warning).
  d.narrative.organization.divisions = ['综合科', '业务科'];
  return d;
}

/** The batch: three clean units, two with planted errors of different rules, the example (4 errors, 5 warnings), one unreadable file. */
function writeInputs(dir: string): void {
  const put = (file: string, data: unknown) => writeFileSync(join(dir, file), JSON.stringify(data));
  put('1-clean.json', cleanUnit('甲市第一事务中心', 1));
  put('2-clean.json', cleanUnit('甲市第二事务中心', 2));
  put('3-clean.json', cleanUnit('甲市第三事务中心', 3));
  const control = cleanUnit('甲市控制率填错中心', 4);
  control.basicData.staffing.controlRate = '90%'; // 12 ÷ 15 = 80%
  put('4-control.json', control);
  const executed = cleanUnit('甲市执行数填错中心', 5);
  const f = executed.departmentEvaluation.funds;
  f.executed = 989699.19; // no longer the 基础数据表's 决算; rate and score follow from it: 80.00%, 8
  delete f.executionRate;
  delete f.score;
  put('5-executed.json', executed);
  writeFileSync(join(dir, '6-example.json'), readFileSync(EXAMPLE_PATH));
  writeFileSync(join(dir, '7-broken.json'), '{"unit": {"name": "坏');
}

let inDir: string;
let checkOut: string;
let check: ReturnType<typeof jixiao>;

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
  inDir = tempDir('jixiao-summaries-in-');
  writeInputs(inDir);
  checkOut = tempDir('jixiao-summaries-check-');
  check = jixiao(['check', inDir, '-o', checkOut, '--json']);
}, 240_000);

async function sheetRows(file: string, sheet: number): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets[sheet];
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

const byUnit = (rows: Record<string, unknown>[], unit: string) => rows.find((r) => r['单位'] === unit)!;

describe('jixiao check <folder>', () => {
  it('checks every input, one unreadable file stopping none, and exits 1', () => {
    expect(check.status, check.stderr).toBe(1);
    const json = JSON.parse(check.stdout);
    expect(json.results).toHaveLength(7);
    expect(json.summary.totals).toMatchObject({ units: 7, readable: 6, unreadable: 1, passed: 3, withErrors: 4, errors: 7 });
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(['汇总表.xlsx', '汇总报告.pdf']);
  });

  it('writes a workbook whose unit rows hold the right figures, counts and statuses', async () => {
    const rows = await sheetRows(join(checkOut, '汇总表.xlsx'), 0);
    expect(rows).toHaveLength(7);
    const example = byUnit(rows, '衡阳市投资促进事务中心');
    expect(example).toMatchObject({ 年度: 2022, 表式: '部门整体支出绩效自评报告（湖南 2022）', '资金总额（万元）': 505.05, '执行数（万元）': 346.17, 错误数: 4, 警告数: 5, 状态: '有错误' });
    expect(example['执行率']).toBeCloseTo(0.6854, 4);
    const executed = byUnit(rows, '甲市执行数填错中心');
    expect(executed).toMatchObject({ 错误数: 1, 状态: '有错误' });
    expect(executed['执行率']).toBeCloseTo(0.8, 5);
    for (const name of ['甲市第一事务中心', '甲市第二事务中心', '甲市第三事务中心']) expect(byUnit(rows, name)).toMatchObject({ 错误数: 0, 状态: '检查通过', 等级: '优' });
    const broken = rows.find((r) => String(r['输入文件']).endsWith('7-broken.json'))!;
    expect(broken).toMatchObject({ 单位: null, 状态: '读入失败', 错误数: 1 });
    // Sorted by status: what needs attention first.
    expect(rows[0]['状态']).toBe('读入失败');
    expect(rows.at(-1)!['状态']).toBe('检查通过');
  });

  it('lists every finding on the second sheet and counts each rule across units on the third', async () => {
    const file = join(checkOut, '汇总表.xlsx');
    const findings = await sheetRows(file, 1);
    expect(findings).toHaveLength(4 + 5 + 1 + 1 + 1);
    expect(findings.filter((f) => f['单位'] === '甲市控制率填错中心')).toEqual([expect.objectContaining({ 编号: 'E_CONTROL_RATE', 级别: '错误', 应为: '80.00%', 实际: '90.00%' })]);
    const rules = await sheetRows(file, 2);
    expect(rules[0]).toMatchObject({ 编号: 'E_CONTROL_RATE', 涉及单位数: 2, 出现次数: 2 });
    expect(rules.find((r) => r['编号'] === 'E_CROSS_EXECUTED')).toMatchObject({ 涉及单位数: 1 });
  });

  it('freezes and filters the header row, with number formats and fitted widths', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(checkOut, '汇总表.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['单位汇总', '检查结果明细', '规则统计']);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
    }
    const units = wb.worksheets[0];
    expect(units.getCell('G2').numFmt).toBe('0.00%');
    expect(units.getCell('E2').numFmt).toBe('#,##0.00');
    // 单位 fits the longest name (a CJK character is two widths).
    expect(units.getColumn(1).width).toBeGreaterThanOrEqual('衡阳市投资促进事务中心'.length * 2);
    expect(wb.created.toISOString()).toBe('2023-03-22T00:00:00.000Z');
  });

  it('writes a report whose text lists the units, their statuses and the most common findings', async () => {
    const pages = await readPages(readFileSync(join(checkOut, '汇总报告.pdf')));
    const text = pages.map((p) => p.text.replace(/\s+/g, '')).join('\n');
    for (const name of ['衡阳市投资促进事务中心', '甲市第一事务中心', '甲市控制率填错中心', '甲市执行数填错中心', '7-broken.json']) expect(text).toContain(name);
    expect(text).toContain('输入份数7');
    expect(text).toContain('读入失败1');
    expect(text).toContain('68.54%');
    expect(text).toMatch(/E_CONTROL_RATE错误控制率应等于实际在职人数÷编制数22/);
    for (const heading of ['资金执行率分布', '自评得分分布', '各规则涉及的单位数']) expect(text).toContain(heading);
  });

  it('draws the charts as vector paths', async () => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(join(checkOut, '汇总报告.pdf'))), verbosity: 0 }).promise;
    const page = await doc.getPage(2);
    const ops = await page.getOperatorList();
    const paths = ops.fnArray.filter((op) => op === pdfjs.OPS.constructPath).length;
    const images = ops.fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length;
    await doc.destroy();
    // Axes, grid lines and one rectangle per bar of both charts; no raster image.
    expect(paths).toBeGreaterThan(20);
    expect(images).toBe(0);
  });

  it('gives the same bytes when run again', () => {
    const again = tempDir('jixiao-summaries-again-');
    const r = jixiao(['check', inDir, '-o', again]);
    expect(r.status).toBe(1);
    for (const f of ['汇总表.xlsx', '汇总报告.pdf', 'manifest.json']) expect(readFileSync(join(again, f)).equals(readFileSync(join(checkOut, f))), f).toBe(true);
  }, 120_000);

  it('renders the report in a worker as the main thread renders it, to the byte', async () => {
    // The batch's JSON carries the overview the summaries print: rendered here, from the source, in this process.
    const overview = JSON.parse(check.stdout).summary;
    const here = await summaryReport(overview, summaryCharts(overview, summaryArea()));
    expect(Buffer.from(here.bytes).equals(readFileSync(join(checkOut, '汇总报告.pdf')))).toBe(true);
  });
});

describe('jixiao build <folder>', () => {
  it('writes the summaries beside the unit folders, listed in the batch manifest', async () => {
    const out = tempDir('jixiao-summaries-build-');
    const r = jixiao(['build', inDir, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('汇总表.xlsx、汇总报告.pdf');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.mode).toBe('build');
    const { createHash } = await import('node:crypto');
    for (const f of manifest.files) expect(createHash('sha256').update(readFileSync(join(out, f.path))).digest('hex')).toBe(f.sha256);
    const rows = await sheetRows(join(out, '汇总表.xlsx'), 0);
    expect(byUnit(rows, '甲市第一事务中心')).toMatchObject({ 状态: '已生成', 输出子文件夹: '甲市第一事务中心-2022年度' });
    expect(byUnit(rows, '甲市控制率填错中心')).toMatchObject({ 状态: '有错误未生成', 输出子文件夹: null });
    expect(rows.filter((x) => x['状态'] === '读入失败')).toHaveLength(1);
  }, 240_000);

  it('marks units built despite errors as 强制生成 under --force', async () => {
    const dir = tempDir('jixiao-summaries-force-in-');
    writeFileSync(join(dir, 'example.json'), readFileSync(EXAMPLE_PATH));
    const out = tempDir('jixiao-summaries-force-');
    const r = jixiao(['build', dir, join(dir, 'example.json'), '-o', out, '--force', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const rows = await sheetRows(join(out, '汇总表.xlsx'), 0);
    expect(rows).toEqual([expect.objectContaining({ 单位: '衡阳市投资促进事务中心', 状态: '强制生成', 错误数: 4 })]);
    // The worker rendered the unit's reports before the summary report: the same bytes as a render of its own.
    const overview = JSON.parse(r.stdout).summary;
    const here = await summaryReport(overview, summaryCharts(overview, summaryArea()));
    expect(Buffer.from(here.bytes).equals(readFileSync(join(out, '汇总报告.pdf')))).toBe(true);
  }, 120_000);
});

describe('jixiao check <several inputs> --strict', () => {
  it('fails on warnings only under --strict', () => {
    const dir = tempDir('jixiao-summaries-strict-');
    const warned = cleanUnit('甲市落款不符中心', 6);
    warned.narrative.closingUnitName = '甲市另一名称';
    writeFileSync(join(dir, 'clean.json'), JSON.stringify(cleanUnit('甲市第一事务中心', 1)));
    writeFileSync(join(dir, 'warned.json'), JSON.stringify(warned));
    const out = tempDir('jixiao-summaries-strict-out-');
    const plain = jixiao(['check', dir, '-o', out]);
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('通过 2 份');
    expect(plain.stdout).toContain('其中 1 份有警告');
    expect(jixiao(['check', dir, '-o', out, '--strict']).status).toBe(1);
  }, 120_000);
});
