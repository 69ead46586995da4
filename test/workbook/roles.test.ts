/** The workbook shows the tool's work: required, optional and computed cells look different, for every profile. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { blankProfileInput } from '../../src/forms/blank.js';
import { loadProfile, profileIds } from '../../src/node/profiles.js';
import { writeProfileWorkbook } from '../../src/workbook/profile/write.js';
import { hunanRole } from '../../src/workbook/roles.js';
import { writeWorkbook } from '../../src/workbook/write.js';

type Fill = { fgColor?: { argb?: string } };
const argb = (c: ExcelJS.Cell) => (c.fill as Fill | undefined)?.fgColor?.argb;

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The fills of the unlocked (input) cells. */
function inputFills(wb: ExcelJS.Workbook): Set<string> {
  const fills = new Set<string>();
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell({ includeEmpty: true }, (cell) => (cell.protection?.locked === false && argb(cell) ? fills.add(argb(cell)!) : undefined)));
  return fills;
}

/** The legend's sample fills, in order (required, optional, computed), under its title on the first sheet. */
function legendFills(wb: ExcelJS.Workbook): string[] {
  const ws = wb.worksheets[0];
  let title: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => (c.value === '单元格的颜色' ? (title = c) : undefined)));
  if (!title) return [];
  const { row, col } = title as unknown as { row: number; col: number };
  return [1, 2, 3].map((i) => argb(ws.getCell(row + i, col)) ?? '');
}

/** The data validations of a sheet by cell, as read back (blank input cells included). */
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;

describe('roles of input cells', () => {
  it('hunan-2022: computed where its workbook.yaml says, optional where the model lets a field be left out', () => {
    expect(hunanRole(['basicData', 'staffing', 'controlRate'])).toBe('computed');
    expect(hunanRole(['basicData', 'staffing', 'authorized'])).toBe('required');
    expect(hunanRole(['basicData', 'publicFunds', 'total', 'budget'])).toBe('computed');
    expect(hunanRole(['basicData', 'publicFunds', 'office', 'budget'])).toBe('optional');
    expect(hunanRole(['projectEvaluations', 2, 'funds', 'carryover', 'executionRate'])).toBe('computed');
    expect(hunanRole(['projectEvaluations', 2, 'funds', 'carryover', 'executed'])).toBe('optional');
    expect(hunanRole(['projectEvaluations', 2, 'indicators', 0, 'name'])).toBe('required');
    expect(hunanRole(['projectEvaluations', 2, 'indicators', 0, 'deviation'])).toBe('optional');
    expect(hunanRole(['contacts', 'images', 'seal'])).toBe('optional');
  });

  for (const id of profileIds()) {
    it(`${id}: a legend on the first sheet with three samples, and every input cell filled like one of them`, async () => {
      const profile = loadProfile(id);
      const wb = await open(id === 'hunan-2022' ? await writeWorkbook({}) : await writeProfileWorkbook(profile, blankProfileInput(profile)));
      const legend = legendFills(wb);
      expect(new Set(legend).size, 'three different samples').toBe(3);
      const used = inputFills(wb);
      for (const fill of used) expect(legend, `${id}: an input fill the legend does not explain`).toContain(fill);
      expect([...used], `${id}: some cell is computed`).toContain(legend[2]);
      expect(used.has(legend[0]) || used.has(legend[1])).toBe(true);
      const first: string[] = [];
      wb.worksheets[0].eachRow((row) => row.eachCell((c) => first.push(String(c.value ?? ''))));
      expect(first.some((t) => t.includes('可不填（自动计算）'))).toBe(true);
    });
  }

  for (const id of profileIds()) {
    it(`${id}: a cell's prompt names its role once (选填 comes from the role, not again from the kind)`, async () => {
      const profile = loadProfile(id);
      const wb = await open(id === 'hunan-2022' ? await writeWorkbook({}) : await writeProfileWorkbook(profile, blankProfileInput(profile)));
      const prompts = wb.worksheets.flatMap((ws) => Object.values(validations(ws)).flatMap((v) => (v.prompt ? [v.prompt] : [])));
      expect(prompts.some((p) => p.includes('选填'))).toBe(true);
      for (const prompt of prompts) expect(prompt.split('选填').length, prompt).toBeLessThanOrEqual(2);
    });
  }

  it('the blank hunan-2022 workbook shows no number where the unit or year is not yet typed', async () => {
    const wb = await open(await writeWorkbook({}));
    const formulas: { formula: string; result: unknown }[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => (typeof c.value === 'object' && c.value && 'formula' in c.value ? formulas.push(c.value as never) : undefined)));
    expect(formulas.length).toBeGreaterThan(5);
    for (const { formula, result } of formulas) {
      // A bare reference shows a blank cell as 0, and "B4-1" as -1: each reference is guarded, or follows a label.
      expect(formula, formula).toMatch(/^IF\('[^']+'!\$?[A-Z]+\$?\d+="",|^"[^"]+"&/);
      expect(String(result ?? ''), formula).not.toMatch(/\d/);
    }
  });
});
