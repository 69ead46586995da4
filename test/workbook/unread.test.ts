/**
 * Whatever a clerk types where the form has no place for it (a row inserted among the fixed rows, a cell below the
 * form or to the right of it) is refused at its cell: read silently, its money would be lost from every total.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeInputFile } from '../../src/convert/files.js';
import { loadInput } from '../../src/load/index.js';
import { fixtureData } from '../forms/helpers.js';
import { exampleData } from '../helpers/example.js';
import { tempDir } from '../helpers/tmp.js';
import { editWorkbook, rowOf, workbookFile, loadError } from './helpers.js';

describe('input outside the form', () => {
  it('a row inserted among the fixed rows: refused at its first cell, saying what is lost and where rows may go', async () => {
    const file = await workbookFile(exampleData());
    let row = 0;
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      row = rowOf(ws, '三公经费');
      ws.insertRow(row, ['其他费用', 5, 5, 5]);
    });
    const error = await loadError(file);
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain('表格之外');
    expect(error.findings).toHaveLength(1);
    const [finding] = error.findings;
    expect(finding).toMatchObject({ id: 'E_WORKBOOK_EXTRA_ROW', level: 'error', path: `基础数据表!A${row}`, where: `基础数据表!A${row}` });
    expect(finding.message).toBe(`第 ${row} 行不是表格中的行（填有：其他费用、5、5、5）。程序不读这一行，其中的内容不会计入任何合计，也不会出现在报告中`);
    expect(finding.hint).toContain('请删除这一行');
    // the places of this sheet where rows may be added, from its layout
    for (const list of ['1、业务工作专项（一个项目一行）', '2、运行维护专项（一个项目一行）', '3、市级专项资金（一个专项一行）', '厉行节约保障措施']) expect(finding.hint).toContain(`“${list}”`);
  });

  it('a value to the right of the form or below it: refused at that cell', async () => {
    const file = await workbookFile(exampleData());
    let printing = 0;
    let below = 0;
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      printing = rowOf(ws, '印刷费');
      ws.getCell(printing, 6).value = 3.2;
      ws.getCell(printing, 8).value = '另有印刷费';
      below = ws.rowCount + 3;
      ws.getCell(below, 2).value = '补充说明';
    });
    const error = await loadError(file);
    expect(error.findings.map((f) => [f.id, f.where])).toEqual([
      ['E_WORKBOOK_EXTRA_CELL', `基础数据表!F${printing}`],
      ['E_WORKBOOK_EXTRA_ROW', `基础数据表!B${below}`],
    ]);
    expect(error.findings[0].message).toBe(`单元格 F${printing}、H${printing} 不是表格的填写位置（填有：3.2、另有印刷费）。程序不读这些单元格，其中的内容不会计入任何合计，也不会出现在报告中`);
  });

  it('a row inserted among a project sheet’s fixed rows, and a cell beside a list item', async () => {
    const file = await workbookFile(exampleData());
    let funds = 0;
    let item = 0;
    await editWorkbook(file, (wb) => {
      const project = wb.worksheets.find((s) => s.name.startsWith('项目1'))!;
      funds = rowOf(project, '项目资金（万元）');
      project.insertRow(funds, ['自筹资金', 1, 1, 1]);
      const basic = wb.getWorksheet('基础数据表')!;
      item = rowOf(basic, '招商引资工作');
      basic.getCell(item, 5).value = '含追加 0.5 万元';
    });
    const error = await loadError(file);
    expect(error.findings.map((f) => [f.id, f.where.replace(/^.*!/, '')])).toEqual([
      ['E_WORKBOOK_EXTRA_CELL', `E${item}`],
      ['E_WORKBOOK_EXTRA_ROW', `A${funds}`],
    ]);
  });

  it('blank and formatting-only rows, anywhere, and rows inserted in a list read as before', async () => {
    const data = exampleData();
    const clean = await loadInput(await workbookFile(data));
    const file = await workbookFile(data);
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      const blank = rowOf(ws, '三公经费');
      ws.insertRow(blank, []);
      ws.getCell(blank, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell(blank, 3).value = '';
      ws.getCell(blank, 4).value = '  ';
      ws.getCell(ws.rowCount + 2, 7).border = { top: { style: 'thin' } };
    });
    expect(await loadInput(file)).toEqual(clean);
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('基础数据表')!;
      ws.insertRow(rowOf(ws, '招商引资工作') + 1, ['新项目', 1, 1, 1]);
    });
    const raw: any = await loadInput(file);
    expect(raw.basicData.projectExpenditure.business.projects.map((p: { name: string }) => p.name)).toEqual(['联络湖南异地商会工作', '招商引资工作', '新项目']);
  });

  it('a profile’s workbook: a row among the fixed rows is refused; the legend and how-to below the first sheet are not input', async () => {
    const dir = tempDir('jixiao-unread-');
    const file = join(dir, 'in.xlsx');
    const data = fixtureData('hunan-2023-township.yaml');
    await writeInputFile(file, data);
    // Read back whole, the legend and how-to below its first sheet not taken for input.
    expect(await loadInput(file)).toMatchObject({ profile: data.profile, unit: data.unit });
    let row = 0;
    await editWorkbook(file, (wb) => {
      const ws = wb.getWorksheet('部门整体支出绩效评价基础数据表')!;
      row = rowOf(ws, '政府采购金额', 2);
      ws.insertRow(row, [undefined, '其他费用', 5, 5, 5]);
    });
    const error = await loadError(file);
    expect(error.findings.map((f) => [f.id, f.where])).toEqual([['E_WORKBOOK_EXTRA_ROW', `部门整体支出绩效评价基础数据表!B${row}`]]);
    expect(error.findings[0].hint).toContain('“1、业务工作经费”');
  });
});
