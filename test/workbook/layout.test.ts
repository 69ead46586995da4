import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ReportInputSchema } from '../../src/model/schema.js';
import { BASIC_DATA_SHEET, DEPARTMENT_SHEET, FIXED_SHEETS, NARRATIVE_SHEET, projectSheet, type SheetSpec } from '../../src/workbook/layout.js';
import { exampleData, ROOT } from '../helpers/example.js';
import { rowOf, workbookFile } from './helpers.js';

type Def = { type: string; [key: string]: any };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Paths of the schema's fields that hold values ("*" for list items); an indicator value counts as one field. */
function schemaLeaves(schema: unknown, path: string[] = []): string[] {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') return schemaLeaves(def.innerType, path);
  if (def.type === 'object') return Object.entries(def.shape).flatMap(([k, s]) => (k === '$schema' ? [] : schemaLeaves(s, [...path, k])));
  if (def.type === 'array') return schemaLeaves(def.element, [...path, '*']);
  return [path.join('.')];
}

const generic = (path: readonly (string | number)[]) => path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');

function layoutLeaves(spec: SheetSpec): string[] {
  return spec.blocks.flatMap((b) => [
    ...(b.fields ?? []).map((f) => generic(f.path)),
    ...(b.list ? b.list.item.map((f) => generic([...b.list!.path, 0, ...f.path])) : []),
  ]);
}

const ALL_SHEETS = [...FIXED_SHEETS, projectSheet(0, '项目1')];

describe('the workbook layout', () => {
  it('has exactly one cell for every field of the model', () => {
    const layout = ALL_SHEETS.flatMap(layoutLeaves);
    expect(new Set(layout).size).toBe(layout.length);
    expect([...layout].sort()).toEqual(schemaLeaves(ReportInputSchema).sort());
  });

  it('finds each block by a label used once in its column, and ends each list at an anchored block', () => {
    for (const spec of ALL_SHEETS) {
      const anchors = spec.blocks.flatMap((b) => (b.anchor ? [`${b.anchor.col}:${b.anchor.text}`] : []));
      expect(new Set(anchors).size, spec.name).toBe(anchors.length);
      spec.blocks.forEach((b, i) => {
        if (b.list) expect(spec.blocks.slice(i + 1).some((next) => next.anchor), `${spec.name}: list ${b.list.path.join('.')}`).toBe(true);
        if (b.fields?.length || b.list) expect(b.anchor, `${spec.name}: block ${i}`).toBeDefined();
      });
    }
  });

  it('uses the wording of the printed forms (their form definitions; the signature lines of templates/labels.yaml)', () => {
    const labels = parse(readFileSync(join(ROOT, 'templates', 'labels.yaml'), 'utf8'));
    const textsOf = (spec: SheetSpec) => new Set(spec.blocks.flatMap((b) => (b.labels ?? []).map((l) => l.text)));
    const basic = textsOf(BASIC_DATA_SHEET);
    const form = parse(readFileSync(join(ROOT, 'templates', 'profiles', 'hunan-2022', 'forms', 'basicData.yaml'), 'utf8'));
    const [staffing, funds] = form.sections;
    const printed = funds.rows.filter((r: { hidden?: boolean }) => !r.hidden).map((r: { label: string }) => r.label);
    expect(printed).toHaveLength(22);
    for (const text of [...printed, form.title, staffing.block, staffing.columns[0].title, staffing.columns[2].title, funds.corner, form.caption.right]) {
      expect(basic, String(text)).toContain(text);
    }
    // 附件3 and 附件4: every label, block, column title and row label their definitions print, and the first line
    // of a text cell (按收入性质分：), as the sheets lay them out (the indicators' block label is the sheet's own).
    const printedBy = (id: string) => {
      const def = parse(readFileSync(join(ROOT, 'templates', 'profiles', 'hunan-2022', 'forms', `${id}.yaml`), 'utf8'));
      return def.sections.flatMap((s: any) => [
        ...(s.block && s.kind !== 'list' ? [s.block] : []),
        ...(s.rows ?? []).flatMap((r: any) => (Array.isArray(r) ? r.flatMap((c: any) => (c.label ? [c.label] : c.text && !c.text.split('\n')[0].includes('{{') ? [c.text.split('\n')[0]] : [])) : [r.label])),
        ...(s.columns ?? []).map((c: any) => c.title),
      ]);
    };
    const department = textsOf(DEPARTMENT_SHEET);
    const departmentTexts = printedBy('departmentEvaluation');
    expect(departmentTexts).toEqual(expect.arrayContaining(['年度预算申请（万元）', '按收入性质分：', '按支出性质分：', '部门履职概述', '偏差原因分析及改进措施']));
    for (const text of [...departmentTexts, labels.common.preparer, labels.common.formDate, labels.common.phone, labels.common.unitHead]) {
      expect(department, text).toContain(text);
    }
    const project = textsOf(projectSheet(0, '项目1'));
    const projectTexts = printedBy('projectEvaluation');
    expect(projectTexts).toEqual(expect.arrayContaining(['项目资金（万元）', '其中：当年财政拨款', '年度总体目标', '实际完成值']));
    for (const text of projectTexts) {
      expect(project, String(text)).toContain(text);
    }
    expect(textsOf(NARRATIVE_SHEET)).toContain('七、下一步改进措施');
  });
});

describe('the written workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await workbookFile(exampleData()));
  });

  it('has the instructions, the narrative, the forms and one sheet per project, in that order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['填写说明', '正文', '基础数据表', '部门整体支出绩效目标自评表', '项目1-招商引资工作经费', '项目2-联络湖南异地商会工作经费']);
    expect(String(wb.getWorksheet('填写说明')!.getCell('B3').value)).toContain('npx jixiao build');
  });

  it('protects every sheet without a password, and lets rows be inserted and deleted', () => {
    for (const ws of wb.worksheets) {
      const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(protection, ws.name).toMatchObject({ sheet: true, insertRows: true, deleteRows: true });
      expect(protection.hashValue ?? protection.password, ws.name).toBeUndefined();
    }
  });

  it('locks label cells and marks input cells: unlocked, filled, formatted for their kind', () => {
    const ws = wb.getWorksheet('基础数据表')!;
    const office = rowOf(ws, '其中：办公经费');
    const label = ws.getCell(office, 1);
    expect(label.protection?.locked).not.toBe(false);
    const money = ws.getCell(office, 3);
    expect(money.value).toBe(15.4);
    expect(money.protection).toMatchObject({ locked: false });
    expect(money.numFmt).toBe('0.00');
    const rate = ws.getCell(rowOf(ws, '财政供养人员情况') + 1, 4);
    expect([rate.value, rate.numFmt]).toEqual([1, '0.00%']);
    expect(ws.getCell(rowOf(ws, '厉行节约保障措施'), 2).numFmt).toBe('@');
  });

  it('tells required, optional and computed cells apart by fill and prompt, and explains the three on the first sheet', () => {
    const ws = wb.getWorksheet('基础数据表')!;
    const staffing = rowOf(ws, '财政供养人员情况') + 1;
    const required = ws.getCell(staffing, 2); // 编制数
    const optional = ws.getCell(rowOf(ws, '其中：办公经费'), 3); // a row the unit may not have
    const computed = ws.getCell(staffing, 4); // 控制率 = 实际在职人数 ÷ 编制数
    const fills = [required, optional, computed].map((c) => (c.fill as { fgColor?: { argb?: string } }).fgColor?.argb);
    expect(fills[0]).toBe('FFFFF2CC');
    expect(new Set(fills).size).toBe(3);
    expect(required.dataValidation?.prompt ?? '').not.toContain('可不填');
    expect(optional.dataValidation).toMatchObject({ promptTitle: '选填', showInputMessage: true });
    expect(computed.dataValidation).toMatchObject({ promptTitle: '可不填（自动计算）', showInputMessage: true });
    expect(computed.font?.italic).toBe(true);
    const project = wb.worksheets.find((w) => w.name.startsWith('项目1'))!;
    const current = rowOf(project, '其中：当年财政拨款', 2);
    expect((project.getCell(current, 7).fill as { fgColor: { argb: string } }).fgColor.argb).toBe(fills[2]); // 执行率
    expect((project.getCell(current, 5).fill as { fgColor: { argb: string } }).fgColor.argb).toBe(fills[1]); // 全年执行数
    const legend = wb.getWorksheet('填写说明')!;
    const texts: string[] = [];
    legend.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    const legendRow = texts.indexOf('单元格的颜色');
    expect(legendRow).toBeGreaterThan(0);
    expect(texts.slice(legendRow + 1, legendRow + 4).map((t) => t.split('　')[0])).toEqual(['必填', '选填', '可不填（自动计算）']);
  });

  it('offers drop-downs for 一级/二级指标 and comparators, and number checks on amounts', () => {
    const ws = wb.getWorksheet('部门整体支出绩效目标自评表')!;
    const first = rowOf(ws, '一级指标') + 2;
    expect(ws.getCell(first, 1).dataValidation).toMatchObject({ type: 'list', formulae: ['"产出指标,效益指标,满意度指标"'] });
    expect(ws.getCell(first, 2).dataValidation.formulae[0]).toContain('数量指标,质量指标,时效指标,成本指标,经济效益指标,社会效益指标,生态效益指标,可持续影响指标,社会公众或服务对象满意度');
    expect(ws.getCell(first, 4).dataValidation).toMatchObject({ type: 'list', formulae: ['"≥,≤,=,>,<"'] });
    expect(ws.getCell(first + 16, 7).dataValidation).toMatchObject({ type: 'list' }); // the last of the 5 spare rows after 12 indicators
    expect(ws.getCell(first, 10).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
  });

  it('shows the unit and the year typed on 正文 through formulas, with their values cached', () => {
    const ws = wb.getWorksheet('部门整体支出绩效目标自评表')!;
    expect(ws.getCell('A2').value).toEqual({ formula: `IF('正文'!B4="","","（"&'正文'!B4&"年度）")`, result: '（2022年度）' });
    expect(ws.getCell(rowOf(ws, '部门名称'), 2).value).toEqual({ formula: `IF('正文'!B3="","",'正文'!B3)`, result: '衡阳市投资促进事务中心' });
    const basic = wb.getWorksheet('基础数据表')!;
    expect((basic.getCell(rowOf(basic, '经费控制情况'), 2).value as { result: string }).result).toBe('2021年决算数');
  });
});
