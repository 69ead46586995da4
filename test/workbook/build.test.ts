/** jixiao build on a workbook a clerk edited: the PDFs say what the cells say. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { exampleData } from '../helpers/example.js';
import { compact, pdfText } from '../helpers/pdf.js';
import { editWorkbook, rowOf, tempDir, workbookFile } from './helpers.js';

describe('jixiao build on an edited workbook', () => {
  it('prints the edited figures and the inserted indicator', async () => {
    const file = await workbookFile(exampleData(), '衡阳.xlsx');
    await editWorkbook(file, (wb) => {
      const narrative = wb.getWorksheet('正文')!;
      narrative.getCell(rowOf(narrative, '收入决算总额（万元）'), 2).value = 400.5;
      const department = wb.getWorksheet('部门整体支出绩效目标自评表')!;
      const first = rowOf(department, '一级指标') + 2;
      department.insertRow(first + 1, ['产出指标', '数量指标', '举办投资推介会', '≥', 2, '场', undefined, 2, '场', 0, 0, '新增指标，未计分']);
    });
    const out = tempDir();
    const result = await runCli(['build', file, '-o', out, '--force']);
    expect(result.code, result.stderr).toBe(0);
    const pdf = (part: string) => join(out, readdirSync(out).find((n) => n.includes(part) && n.endsWith('.pdf') && !n.includes('含附件'))!);
    expect(compact(pdfText(pdf('自评报告.pdf')))).toContain('年收入决算总额为400.50万元');
    const form = compact(pdfText(pdf('附件3')));
    expect(form).toContain('举办投资推介会');
    expect(form).toContain('新增指标，未计分');
    expect(form.indexOf('招商考察')).toBeLessThan(form.indexOf('举办投资推介会'));
    expect(form.indexOf('举办投资推介会')).toBeLessThan(form.indexOf('参加大型招商活动'));
  }, 120_000);
});
