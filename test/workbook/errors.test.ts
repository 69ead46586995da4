/** Bad workbook content gives messages that name the sheet and the cell as well as the field. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import { deriveFigures } from '../../src/derive/index.js';
import { UserError, type Finding } from '../../src/diagnostics/finding.js';
import { loadInput, located, locateFindings } from '../../src/load/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { exampleData } from '../helpers/example.js';
import { editWorkbook, rowOf, tempDir, workbookFile, loadError } from './helpers.js';

async function findingsOf(file: string): Promise<Finding[]> {
  const raw = await loadInput(file);
  try {
    located(raw, () => parseReportInput(raw));
  } catch (e) {
    if (e instanceof UserError) return e.findings;
    throw e;
  }
  return [];
}

describe('bad content in a workbook', () => {
  it('text in a money cell: sheet!cell, the field, the text', async () => {
    const file = await workbookFile(exampleData());
    let row = 0;
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      row = rowOf(ws, '其中：办公经费');
      ws.getCell(row, 3).value = '十五万';
    });
    const [finding] = await findingsOf(file);
    expect(finding.path).toBe('basicData.publicFunds.office.budget');
    expect(finding.where).toBe(`基础数据表!C${row} · 部门整体支出绩效评价基础数据表 › 公用经费 › 办公经费 › 本年预算数`);
    expect(finding.message).toContain('十五万');
  });

  it('each bad cell of a sheet, each with its own address', async () => {
    const file = await workbookFile(exampleData());
    await editWorkbook(file, (wb) => {
      const basic = wb.getWorksheet('基础数据表')!;
      basic.getCell(rowOf(basic, '财政供养人员情况') + 1, 2).value = '十五'; // 编制数
      const department = wb.getWorksheet('部门整体支出绩效目标自评表')!;
      const first = rowOf(department, '一级指标') + 2;
      department.getCell(first, 4).value = '≈'; // 比较符
      department.getCell(first + 1, 10).value = { formula: 'J1/0', result: { error: '#DIV/0!' } } as never; // 分值
      const narrative = wb.getWorksheet('正文')!;
      narrative.getCell(rowOf(narrative, '单位名称'), 2).value = null;
    });
    const where = Object.fromEntries((await findingsOf(file)).map((f) => [f.path, f.where.split(' · ')[0]]));
    expect(where).toEqual({
      'basicData.staffing.authorized': '基础数据表!B4',
      // the value is text or {comparator, value, unit}: the finding names the cell typed wrong, the 比较符
      'departmentEvaluation.indicators.0.target.comparator': '部门整体支出绩效目标自评表!D23',
      'departmentEvaluation.indicators.1.weight': '部门整体支出绩效目标自评表!J24',
      'unit.name': '正文!B3',
    });
  });

  it('check findings on workbook input name the cell too', async () => {
    const file = await workbookFile(exampleData());
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      ws.getCell(rowOf(ws, '印刷费'), 4).value = 5.57; // 公用经费 no longer adds up
    });
    const raw = await loadInput(file);
    const input = located(raw, () => parseReportInput(raw));
    const findings = locateFindings(runChecks(input, deriveFigures(input)), input);
    const total = findings.find((f) => f.path === 'basicData.publicFunds.total.actual');
    expect(total?.where).toMatch(/^基础数据表!D\d+ · /);
  });

  it('a deleted label row: which sheet, which label', async () => {
    const file = await workbookFile(exampleData());
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      ws.spliceRows(rowOf(ws, '印刷费'), 1);
    });
    const error = await loadError(file);
    expect(error.findings).toHaveLength(1);
    expect(error.findings[0].id).toBe('E_WORKBOOK_LAYOUT');
    expect(error.findings[0].message).toContain('工作表“基础数据表”中找不到标签为“印刷费”的行');
  });

  it('a missing sheet', async () => {
    const file = await workbookFile(exampleData());
    await editWorkbook(file, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('正文')!.id);
    });
    const error = await loadError(file);
    expect(error.findings.map((f) => [f.id, f.message])).toEqual([['E_WORKBOOK_SHEET', '工作簿中没有名为“正文”的工作表']]);
  });

  it('a file that is not a workbook', async () => {
    const file = join(tempDir(), 'fake.xlsx');
    writeFileSync(file, '这不是 Excel 文件');
    const error = await loadError(file);
    expect(error.message).toMatch(/^无法读取 Excel 工作簿 .*fake\.xlsx：文件已损坏，或不是 \.xlsx 格式/);
  });

  it('an old .xls file: asks for .xlsx', async () => {
    const file = join(tempDir(), 'old.xls');
    writeFileSync(file, '');
    const error = await loadError(file);
    expect(error.message).toContain('另存为” .xlsx');
    expect(error.exitCode).toBe(2);
  });
});
