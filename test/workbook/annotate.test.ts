// check --annotate: the clerk fixes the mistakes from the workbook alone — each finding marked at its cell.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../check/helpers.js';
import { clean } from '../check/helpers.js';
import { exampleData } from '../helpers/example.js';
import { writeInputFile } from '../../src/convert/files.js';
import { SHEETS } from '../../src/workbook/labels.js';
import { fixtureData } from '../forms/helpers.js';
import { tempDir, workbookFile } from './helpers.js';

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every commented cell: "sheet!ref" → comment text and fill colour. */
function marked(wb: ExcelJS.Workbook): Map<string, { note: string; fill?: string }> {
  const out = new Map<string, { note: string; fill?: string }>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (!cell.note) return;
        const note = typeof cell.note === 'string' ? cell.note : cell.note.texts!.map((t) => t.text).join('');
        out.set(`${ws.name}!${cell.address}`, { note, fill: (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb });
      }),
    ),
  );
  return out;
}

describe('jixiao check --annotate', () => {
  it('marks a mistyped amount at its cell with the message and 应为, red, in a copy beside the input', async () => {
    const data = clean();
    data.basicData.publicFunds.total.actual = 69.27;
    const file = await workbookFile(data, '衡阳.xlsx');
    const before = readFileSync(file);
    const { code, stderr } = await runCli(['check', file, '--annotate']);
    expect(code).toBe(1);
    const out = join(file, '..', '衡阳-检查结果.xlsx');
    expect(stderr).toContain(out);
    expect(readFileSync(file).equals(before)).toBe(true);
    const marks = new Map([...marked(await open(out))].filter(([, m]) => !m.note.startsWith('自动计算：')));
    expect(marks.size).toBe(1);
    const [[where, mark]] = [...marks];
    expect(where).toMatch(/^基础数据表!/);
    expect(mark.note).toContain('【错误】');
    expect(mark.note).toContain('应为：69.72');
    expect(mark.fill).toBe('FFFF9999');
  }, 60_000);

  it('writes the computed value into the comment of each blank computed cell, and nothing into typed ones', async () => {
    const data = clean();
    const staffing = data.basicData.staffing;
    delete staffing.controlRate;
    const publicFunds = data.basicData.publicFunds;
    delete publicFunds.total;
    const file = await workbookFile(data);
    const out = join(tempDir(), '标注.xlsx');
    await runCli(['check', file, '--annotate', '-o', out]);
    const wb = await open(out);
    const ws = wb.getWorksheet('基础数据表')!;
    const noteAt = (row: number, col: number) => {
      const note = ws.getCell(row, col).note;
      return typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    };
    const find = (label: string) => {
      for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
      throw new Error(label);
    };
    const rate = Number(staffing.actual) / Number(staffing.authorized);
    expect(noteAt(find('财政供养人员情况') + 1, 4)).toBe(`自动计算：${(rate * 100).toFixed(2)}%`);
    const items = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'];
    const cents = items.reduce((a, k) => a + Math.round(Number(publicFunds[k]?.actual ?? 0) * 100), 0);
    expect(noteAt(find('其中：公用经费'), 4)).toBe(`自动计算：${(cents / 100).toFixed(2)}`);
    expect(noteAt(find('其中：办公经费'), 4)).toBeUndefined(); // typed
  }, 60_000);

  it('writes the figure the narrative will print into a narrative figure left blank: the 基础数据表’s, or the sum of the parts', async () => {
    const data = clean();
    delete data.narrative.figures.publicFunds;
    delete data.narrative.figures.basicExpenditure;
    const file = await workbookFile(data);
    const out = join(tempDir(), '标注.xlsx');
    await runCli(['check', file, '--annotate', '-o', out]);
    const notes = [...marked(await open(out))].filter(([where]) => where.startsWith(`${SHEETS.narrative}!`)).map(([, m]) => m.note);
    expect(notes.sort()).toEqual(['自动计算：323.67', '自动计算：69.72']);
  }, 60_000);

  it('does the same for an engine profile: the rate its definition derives, at the rate cell of that project', async () => {
    const data = fixtureData('sichuan-project-2023.yaml');
    const total = data.projects[0].funds.total;
    const dir = tempDir();
    await writeInputFile(join(dir, 'sc.xlsx'), data);
    const out = join(dir, 'sc-a.xlsx');
    await runCli(['check', join(dir, 'sc.xlsx'), '--annotate', '-o', out]);
    const notes = [...marked(await open(out))].filter(([where]) => where.startsWith('1-'));
    const rate = ((Number(total.executed) / Number(total.budget)) * 100).toFixed(2);
    expect(notes.map(([, m]) => m.note)).toContain(`自动计算：${rate}%`);
    expect(notes.every(([, m]) => m.fill === undefined || m.fill === 'FFE2EFDA')).toBe(true); // comments only, no finding colours
  }, 60_000);

  it('marks missing required values too, with what belongs there, into -o', async () => {
    const data = exampleData();
    delete data.narrative.figures.personnel;
    const file = await workbookFile(data);
    const out = join(tempDir(), '标注.xlsx');
    const { code } = await runCli(['check', file, '--annotate', '-o', out]);
    expect(code).toBe(1);
    const notes = [...marked(await open(out)).values()].map((m) => m.note);
    expect(notes.some((n) => n.includes('缺少必填项“人员经费”') && n.includes('从部门决算报表抄录'))).toBe(true);
  }, 60_000);

  it('is a usage error for a file that is not a workbook', async () => {
    const { code } = await runCli(['check', 'fixtures/hengyang-investment-2022.json', '--annotate']);
    expect(code).toBe(2);
    expect(existsSync('fixtures/hengyang-investment-2022-检查结果.xlsx')).toBe(false);
  });
});
