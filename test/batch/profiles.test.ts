import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PATH, ROOT } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';

// Its own bundle folder, so that it never bundles into the same folder as another batch test at once.
const DIST = join(ROOT, 'node_modules', '.cache', 'jixiao-test-dist-batch-profiles');

function jixiao(args: string[]) {
  return spawnSync(process.execPath, [join(DIST, 'jixiao.mjs'), ...args], { encoding: 'utf8', timeout: 180_000 });
}

async function unitRows(file: string): Promise<Record<string, unknown>[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])));
  });
  return rows;
}

beforeAll(async () => {
  const { bundle } = await import('../../scripts/bundle.mjs');
  await bundle(DIST);
}, 240_000);

describe('a batch of units of several profiles', () => {
  it('is checked by each unit’s own forms, and the summary names each unit and its profile', async () => {
    const dir = tempDir('jixiao-batch-profiles-');
    copyFileSync(EXAMPLE_PATH, join(dir, 'hunan.json'));
    copyFileSync(join(ROOT, 'fixtures', 'national-project-2023.yaml'), join(dir, 'national.yaml'));
    copyFileSync(join(ROOT, 'fixtures', 'sichuan-project-2023.yaml'), join(dir, 'sichuan.yaml'));
    const out = tempDir('jixiao-batch-profiles-out-');
    const r = jixiao(['check', dir, '-o', out]);
    expect(r.status, r.stderr).toBe(1); // the example keeps the published report's errors
    const rows = await unitRows(join(out, '汇总表.xlsx'));
    const byFile = Object.fromEntries(rows.map((row) => [basename(String(row['输入文件'])), row]));
    expect(byFile['hunan.json']).toMatchObject({ 单位: '衡阳市投资促进事务中心', 表式: '部门整体支出绩效自评报告（湖南 2022）', 状态: '有错误', 错误数: 4 });
    expect(byFile['national.yaml']).toMatchObject({ 单位: '青山镇人民政府', 年度: 2023, 表式: '项目支出绩效自评表（财预〔2020〕10号）', 状态: '检查通过', 错误数: 0 });
    expect(byFile['sichuan.yaml']).toMatchObject({ 表式: '部门预算项目支出绩效自评表（四川）', 错误数: 0 });
    expect(byFile['sichuan.yaml']['状态']).not.toBe('读入失败');
  }, 240_000);
});
