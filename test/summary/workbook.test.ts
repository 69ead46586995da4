import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { overviewOf } from '../../src/summary/aggregate.js';
import type { UnitSummary } from '../../src/summary/unit.js';
import { summaryWorkbook } from '../../src/summary/workbook.js';

const units = (date: string): UnitSummary[] => [
  { file: 'a.json', unit: '甲单位', year: 2022, profile: 'hunan-2022', profileName: '部门整体支出绩效自评报告（湖南 2022）', scope: 'department', budget: '505.05', executed: '346.17', rate: '68.5417', score: '97', grade: '优', reportDate: date, errors: 1, warnings: 0, status: 'errors', findings: [{ id: 'E_CONTROL_RATE', level: 'error', where: '控制率', message: '控制率不对', expected: '80.00%', actual: '100.00%' }] },
];

describe('summaryWorkbook', () => {
  it('is titled by what its units report on', async () => {
    const project = units('2023-03-22').map((u) => ({ ...u, profile: 'national-project', profileName: '项目支出绩效自评表（财预〔2020〕10号）', scope: 'project' as const }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await summaryWorkbook(overviewOf('check', project))) as unknown as ArrayBuffer);
    expect(wb.title).toBe('项目支出绩效自评批量汇总报告');
    expect(wb.worksheets[0].getRow(2).getCell(4).value).toBe('项目支出绩效自评表（财预〔2020〕10号）');
  });

  it('gives the same bytes for the same batch, whatever the time of writing', async () => {
    const a = await summaryWorkbook(overviewOf('check', units('2023-03-22')));
    await new Promise((r) => setTimeout(r, 2100)); // past the zip format's two-second clock resolution
    const b = await summaryWorkbook(overviewOf('check', units('2023-03-22')));
    expect(a.equals(b)).toBe(true);
    const c = await summaryWorkbook(overviewOf('check', units('2023-03-23')));
    expect(a.equals(c)).toBe(false);
  });

  it('stores figures as numbers (a rate as a fraction shown as a percent) and the finding row as checked', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await summaryWorkbook(overviewOf('check', units('2023-03-22')))) as unknown as ArrayBuffer);
    const row = wb.worksheets[0].getRow(2);
    expect(row.getCell(1).value).toBe('甲单位');
    expect(row.getCell(4).value).toBe('部门整体支出绩效自评报告（湖南 2022）');
    expect(wb.title).toBe('部门整体支出绩效自评批量汇总报告');
    expect(row.getCell(5).value).toBe(505.05);
    expect(row.getCell(7).value).toBeCloseTo(0.685417, 6);
    expect(row.getCell(7).numFmt).toBe('0.00%');
    expect((wb.worksheets[1].getRow(2).values as unknown[]).slice(1)).toEqual(['甲单位', 'E_CONTROL_RATE', '错误', '控制率', '控制率不对', '80.00%', '100.00%']);
  });
});
