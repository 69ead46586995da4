/** A workbook changed the way a clerk changes it in Excel: cells typed over, rows inserted, a project emptied. */
import { describe, expect, it } from 'vitest';
import { composeNarrative } from '../../src/compose/narrative.js';
import { loadInput, located } from '../../src/load/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { exampleData } from '../helpers/example.js';
import { editWorkbook, rowOf, workbookFile } from './helpers.js';

async function exampleWorkbook(): Promise<string> {
  return workbookFile(exampleData());
}

describe('a workbook edited by a clerk', () => {
  it('reads the typed values, and the report text follows them', async () => {
    const file = await exampleWorkbook();
    await editWorkbook(file, (wb) => {
      const narrative = wb.getWorksheet('正文')!;
      narrative.getCell(rowOf(narrative, '收入决算总额（万元）'), 2).value = 400.5;
      const functions = rowOf(narrative, '职能条目');
      narrative.getCell(functions + 6, 2).value = '新增的第七条职能。'; // the first spare row below the six items
      const basic = wb.getWorksheet('基础数据表')!;
      basic.getCell(rowOf(basic, '印刷费'), 4).value = 0.6;
      const department = wb.getWorksheet('部门整体支出绩效目标自评表')!;
      const first = rowOf(department, '一级指标') + 2;
      department.getCell(first, 11).value = 5; // 得分 of the first indicator
      department.getCell(first, 12).value = '受疫情影响，考察次数减少。';
      department.getCell(rowOf(department, '年度预算申请（万元）'), 8).value = 0.7; // 资金执行率, a 0.00% cell
      department.getCell(rowOf(department, '填表日期：'), 2).value = new Date(Date.UTC(2023, 3, 1)); // a date in a text cell: a day number
      const reportDate = narrative.getCell(rowOf(narrative, '报告日期'), 2);
      reportDate.value = new Date(Date.UTC(2023, 2, 31)); // pasted with its date format
      reportDate.numFmt = 'yyyy/m/d';
    });
    const raw = await loadInput(file);
    const input = parseReportInput(raw);
    expect(input.narrative.figures.incomeTotal.toString()).toBe('400.5');
    expect(input.narrative.functions.items).toHaveLength(7);
    expect(input.basicData.publicFunds.printing.actual?.toString()).toBe('0.6');
    expect(input.departmentEvaluation.indicators[0].score?.toString()).toBe('5');
    expect(input.departmentEvaluation.indicators[0].deviation).toBe('受疫情影响，考察次数减少。');
    expect(input.departmentEvaluation.funds.executionRate?.toString()).toBe('70');
    expect(input.formDate).toBe('2023-04-01');
    expect(input.reportDate).toBe('2023-03-31');
    const text = composeNarrative(input).map((b) => b.text);
    expect(text.some((t) => t.includes('年收入决算总额为 400.50 万元'))).toBe(true);
    expect(text).toContain('7、新增的第七条职能。');
  });

  it('takes rows inserted inside a list, and finds every later row by its label', async () => {
    const file = await exampleWorkbook();
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('部门整体支出绩效目标自评表')!;
      const second = rowOf(ws, '一级指标') + 3;
      ws.insertRow(second, ['产出指标', '数量指标', '新增指标', '≥', 2, '场', undefined, 3, '场', 1, 1]);
      ws.insertRow(rowOf(ws, '部门履职概述') + 1, []); // a blank row in the duties list is skipped
    });
    const raw: any = await loadInput(file);
    const indicators = raw.departmentEvaluation.indicators;
    expect(indicators).toHaveLength(13);
    expect(indicators[1]).toEqual({ level1: '产出指标', level2: '数量指标', name: '新增指标', target: { comparator: '≥', value: 2, unit: '场' }, actual: { value: 3, unit: '场' }, weight: 1, score: 1 });
    expect(indicators[2].name).toBe('参加大型招商活动');
    expect(raw.departmentEvaluation.duties).toHaveLength(6);
    expect(raw.contacts.preparer).toBe('何蓉');
    expect(raw.departmentEvaluation.total).toEqual({ weight: 90, score: 90 });
  });

  it('reads "100%" typed into a value cell as 100 with the unit %', async () => {
    const file = await exampleWorkbook();
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet(wb.worksheets.find((s) => s.name.startsWith('项目1'))!.name)!;
      const row = rowOf(ws, '一级指标') + 2;
      const cell = ws.getCell(row, 5);
      cell.value = 1; // Excel stores "100%" as 1 with a percent format
      cell.numFmt = '0%';
      ws.getCell(row, 6).value = null;
    });
    const raw: any = await loadInput(file);
    expect(raw.projectEvaluations[0].indicators[0].target).toEqual({ value: 100, unit: '%' });
  });

  it('drops a project whose sheet was emptied, and keeps the others in tab order', async () => {
    const file = await exampleWorkbook();
    await editWorkbook(file, (wb) => {
      const ws = wb.worksheets.find((s) => s.name.startsWith('项目1'))!;
      ws.eachRow((row) => row.eachCell((cell) => {
        if (cell.protection?.locked === false) cell.value = null;
      }));
    });
    const raw: any = await loadInput(file);
    expect(raw.projectEvaluations.map((p: { name: string }) => p.name)).toEqual(['联络湖南异地商会工作经费']);
  });

  it('locates findings in the cells that moved', async () => {
    const file = await exampleWorkbook();
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      ws.insertRow(rowOf(ws, '联络湖南异地商会工作') + 1, ['新增项目', '三万', 3, 3]);
    });
    const raw = await loadInput(file);
    const error = (() => {
      try {
        located(raw, () => parseReportInput(raw));
      } catch (e) {
        return e as { findings: { path: string; where: string }[] };
      }
    })();
    const finding = error?.findings.find((f) => f.path === 'basicData.projectExpenditure.business.projects.1.amounts.previousActual');
    const wb = (await import('exceljs')).default;
    const book = new wb.Workbook();
    await book.xlsx.readFile(file);
    const row = rowOf(book.getWorksheet('基础数据表')!, '新增项目');
    expect(finding?.where).toMatch(new RegExp(`^基础数据表!B${row} · `));
  });
});
