// 附件3's sheet and each 附件4 sheet are made from the `sheet` rows of their form definitions: a label changed or a
// row added there is the sheet's, written and read back at its input path.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { definitionSchemas, type FormDef } from '../../src/forms/definition.js';
import { loadProfile } from '../../src/node/profiles.js';
import { DEPARTMENT_SHEET, projectSheet, type SheetSpec } from '../../src/workbook/layout.js';
import { readSheet, type ReadState } from '../../src/workbook/readSheet.js';
import { rowsSheet } from '../../src/workbook/sheets/fromRows.js';
import { writeSheet, type WriteState } from '../../src/workbook/writeSheet.js';
import { exampleData } from '../helpers/example.js';
import { blankInput } from '../../src/convert/skeleton.js';
import { rowOf, workbookFile } from './helpers.js';

const form = (id: 'departmentEvaluation' | 'projectEvaluation') => structuredClone(loadProfile('hunan-2022').forms[id]) as FormDef;

function roundTrip(spec: SheetSpec, data: unknown): { ws: ExcelJS.Worksheet; back: Record<string, any> } {
  const ws = new ExcelJS.Workbook().addWorksheet(spec.name);
  const written: WriteState = { data, addresses: new Map(), written: new Set(), problems: [] };
  writeSheet(ws, spec, written);
  const read: ReadState = { data: {}, locations: new Map(), problems: [] };
  readSheet(ws, spec, read);
  expect(read.problems).toEqual([]);
  return { ws, back: read.data };
}

describe('rowsSheet', () => {
  it('is the sheet the workbook writes for 附件3 and for each project', () => {
    expect(rowsSheet(form('departmentEvaluation'), DEPARTMENT_SHEET.name).blocks.map((b) => b.anchor?.text)).toEqual(DEPARTMENT_SHEET.blocks.map((b) => b.anchor?.text));
    const project = rowsSheet(form('projectEvaluation'), 'p', ['projectEvaluations', 2]);
    expect(project.blocks.map((b) => b.anchor?.text)).toEqual(projectSheet(2, 'p').blocks.map((b) => b.anchor?.text));
    expect(project.blocks.flatMap((b) => b.fields ?? []).map((f) => f.path.slice(0, 2))).toContainEqual(['projectEvaluations', 2]);
  });

  it('lays out today’s cells: the merges of 附件3 and of a project sheet in the blank workbook (jixiao init)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await workbookFile(blankInput()));
    const merges = (name: string) => Object.values((wb.getWorksheet(name) as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range).sort();
    expect(merges('部门整体支出绩效目标自评表')).toEqual(
      ['A1:L1', 'A16:A17', 'A2:L2', 'A24:I24', 'A3:C3', 'A5:A10', 'B11:L11', 'B12:L12', 'B13:L13', 'B14:L14', 'B15:L15', 'B16:B17', 'B25:C25', 'B26:C26', 'B27:C27', 'B28:C28', 'B29:C29', 'B30:C30', 'B31:C31', 'B32:C32', 'B4:F4', 'C16:C17', 'D16:F16', 'G16:I16', 'J16:J17', 'K16:K17', 'L16:L17'].sort(),
    );
    expect(merges('项目1')).toEqual(
      ['A1:L1', 'A12:A13', 'A14:A15', 'A2:L2', 'A22:I22', 'A3:C3', 'A7:A11', 'B12:F12', 'B13:F13', 'B14:B15', 'B4:L4', 'B5:E5', 'B6:E6', 'C14:C15', 'D14:F14', 'F6:L6', 'G12:L12', 'G13:L13', 'G14:I14', 'G5:L5', 'J14:J15', 'K14:K15', 'L14:L15'].sort(),
    );
  });

  it('takes a label changed in the definition, and reads the sheet back by it', () => {
    const f = form('departmentEvaluation');
    const row = f.sheet!.rows!.find((r) => Array.isArray(r) && r[0].label === '整体绩效目标') as { label?: string }[];
    row[0].label = '部门整体绩效目标';
    const spec = rowsSheet(f, 'x');
    expect(spec.blocks.map((b) => b.anchor?.text)).toContain('部门整体绩效目标');
    const { ws, back } = roundTrip(spec, { departmentEvaluation: { overallTarget: '全面完成年度任务' } });
    expect(ws.getCell(rowOf(ws, '部门整体绩效目标'), 2).value).toBe('全面完成年度任务');
    expect(back.departmentEvaluation.overallTarget).toBe('全面完成年度任务');
  });

  it('writes a row added in the definition at its input path, its cells after the columns a label above covers', () => {
    const f = form('projectEvaluation');
    f.fields.code = { title: '项目编码', kind: 'text', required: false, singleLine: true };
    f.input!['fields.code'] = 'code';
    const goals = f.sheet!.rows!.findIndex((r) => Array.isArray(r) && r[0].label === '年度总体目标');
    f.sheet!.rows!.splice(goals, 0, definitionSchemas().SheetRowSchema.parse([{ label: '项目编码' }, { field: 'code', span: 4 }]));
    const spec = rowsSheet(f, 'x', ['projectEvaluations', 0]);
    const { ws, back } = roundTrip(spec, { projectEvaluations: [{ code: 'XM-01', goals: { planned: '目标', achieved: '完成' } }] });
    const r = rowOf(ws, '项目编码');
    expect([ws.getCell(r, 2).value, ws.getCell(r + 2, 2).value, ws.getCell(r + 1, 7).value]).toEqual(['XM-01', '目标', '实际完成情况']);
    expect(back.projectEvaluations[0]).toMatchObject({ code: 'XM-01', goals: { planned: '目标', achieved: '完成' } });
  });

  it('splits an indicator value over the three columns the list’s sheet.split names, and needs them', () => {
    const f = form('departmentEvaluation');
    const indicators = f.sections.find((s) => s.id === 'indicators')!;
    if (indicators.kind !== 'list') throw new Error('indicators is a list');
    indicators.sheet!.split = ['符号', '指标值', '单位'];
    const spec = rowsSheet(f, 'x');
    const head = spec.blocks.find((b) => b.anchor?.text === '一级指标')!;
    expect(head.labels!.filter((l) => l.dr === 1).map((l) => [l.col, l.text])).toEqual([[4, '符号'], [5, '指标值'], [6, '单位'], [7, '符号'], [8, '指标值'], [9, '单位']]);
    const data = { departmentEvaluation: { indicators: [{ level1: '产出指标', level2: '数量指标', name: '招商项目', target: { comparator: '≥', value: 10, unit: '个' }, actual: { value: 12, unit: '个' }, weight: 10, score: 10 }] } };
    const { ws, back } = roundTrip(spec, data);
    const r = rowOf(ws, '一级指标') + 2;
    expect([4, 5, 6, 7, 8, 9].map((c) => ws.getCell(r, c).value)).toEqual(['≥', 10, '个', null, 12, '个']);
    expect(back.departmentEvaluation.indicators[0]).toMatchObject({ target: { comparator: '≥', value: 10, unit: '个' }, actual: { value: 12, unit: '个' } });
    delete indicators.sheet!.split;
    expect(() => rowsSheet(f, 'x')).toThrow(/sheet\.split/);
  });

  it('refuses a sheet cell with two contents, in Chinese', () => {
    const f = structuredClone(loadProfile('hunan-2022').forms.departmentEvaluation) as unknown as { sheet: { rows: unknown[] } };
    f.sheet.rows.push([{ label: '备注', field: 'duties' }]);
    const result = definitionSchemas().FormSchema.safeParse(f);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain('工作表的每个单元格应有且只有 label、field、input、show、note 之一');
  });

  it('writes the example’s 附件3 sheet with its figures where they were', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await workbookFile(exampleData()));
    const ws = wb.getWorksheet('部门整体支出绩效目标自评表')!;
    const data = exampleData() as { departmentEvaluation: { funds: { executed: unknown; byIncome: { generalPublic: unknown } } } };
    expect(ws.getCell('G5').value).toBe(data.departmentEvaluation.funds.executed);
    expect(ws.getCell('C7').value).toBe(data.departmentEvaluation.funds.byIncome.generalPublic);
  });
});
