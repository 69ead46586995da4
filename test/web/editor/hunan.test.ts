/** hunan-2022's forms in the editor, without a browser: laid out as their PDFs print them. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatPercent, formatScore } from '../../../src/compose/format.js';
import { deriveFigures } from '../../../src/derive/index.js';
import { parseReportInput } from '../../../src/model/parse.js';
import type { Content, FieldContent, Grid } from '../../../src/web/editor/grid.js';
import { BLANK, tableRows } from '../../../src/web/editor/grid.js';
import { legacySheets } from '../../../src/web/editor/legacy.js';
import { editedTemplates } from '../../helpers/templates.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const fixture = () => JSON.parse(readFileSync(join(ROOT, 'fixtures/hengyang-investment-2022.json'), 'utf8')) as Record<string, any>;
const set = parse(readFileSync(join(ROOT, 'templates/profiles/hunan-2022/profile.yaml'), 'utf8')) as { documents: { id: string; attachment?: string }[] };
/** A document's 附件 number as hunan-2022's profile.yaml lists it. */
const attachment = (id: string) => set.documents.find((d) => d.id === id)!.attachment;
/** 附件2's definition, which both the PDF and the editor draw from. */
const basicDataForm = parse(readFileSync(join(ROOT, 'templates/profiles/hunan-2022/forms/basicData.yaml'), 'utf8')) as Record<string, any>;
const section = (id: string) => basicDataForm.sections.find((s: any) => s.id === id);
/** 附件3's and 附件4's definitions, which the editor draws them from too. */
const formFile = (id: string) => parse(readFileSync(join(ROOT, `templates/profiles/hunan-2022/forms/${id}.yaml`), 'utf8')) as Record<string, any>;
const projectIndicators = formFile('projectEvaluation').sections.find((s: any) => s.id === 'indicators');

const sheetsOf = (input: Record<string, any>) => legacySheets(input, parseReportInput(input));
/** The ruled tables of the printed forms (not 正文, not the lines under a form, not the cells no form prints). */
const formGrids = (input: Record<string, any>) =>
  sheetsOf(input)
    .slice(1)
    .flatMap((s) => s.grids.filter((g) => !g.plain && !g.caption));
const filled = (c: Content) => (c.t === 'label' ? c.text.trim() !== '' : true);
const field = (grid: Grid, path: string) => grid.cells.map((c) => c.content).find((c): c is FieldContent => c.t === 'field' && c.path.join('.') === path);

describe('hunan-2022 forms', () => {
  it('have no spare column: every column has a cell of its own with something in it', () => {
    const grids = formGrids(fixture());
    expect(grids.length).toBeGreaterThanOrEqual(6);
    for (const g of grids) {
      const own = new Set(g.cells.filter((c) => (c.colSpan ?? 1) === 1 && filled(c.content)).map((c) => c.col));
      const empty = g.widths.map((_, k) => k).filter((k) => !own.has(k));
      expect({ grid: g.id, empty }).toEqual({ grid: g.id, empty: [] });
    }
  });

  it('print the PDF’s headings, from the forms’ definitions, in its order', () => {
    const input = fixture();
    const sheets = sheetsOf(input);
    const project = sheets.find((s) => s.id === 'project-0')!;
    expect(project.attachment).toBe(attachment('projectEvaluation'));
    const indicators = project.grids[1];
    const head = tableRows(indicators)[0].cells.map((c) => (c.content.t === 'label' ? c.content.text : ''));
    expect(head).toEqual([projectIndicators.block, ...projectIndicators.columns.map((c: any) => c.title)]);
    // 附件2's row labels, top to bottom, as the form prints them.
    const basic = sheets.find((s) => s.attachment === attachment('basicData'))!;
    const firstColumn = tableRows(basic.grids[0])
      .map((r) => r.cells.find((c) => c.col === 0)?.content)
      .flatMap((c) => (c?.t === 'label' ? [c.text] : []));
    const printedRows = section('funds').rows.filter((r: any) => !r.hidden).map((r: any) => r.label);
    expect(firstColumn).toEqual([section('staffing').block, section('funds').corner, ...printedRows]);
    expect(firstColumn).toEqual(expect.arrayContaining(['一、部门基本支出', '其中：办公经费', '二、项目支出：', '厉行节约保障措施']));
  });

  it('number the items of a list the PDF prints in one cell, and not the blank row to type into', () => {
    const input = fixture();
    const funds = sheetsOf(input).find((s) => s.attachment === attachment('departmentEvaluation'))!.grids[0];
    const duties = input.departmentEvaluation.duties as string[];
    expect(duties.map((_, i) => field(funds, `departmentEvaluation.duties.${i}`)?.prefix)).toEqual(duties.map((_, i) => `${i + 1}、`));
    input.departmentEvaluation.duties = [];
    const blank = sheetsOf(input).find((s) => s.attachment === attachment('departmentEvaluation'))!.grids[0];
    expect(field(blank, 'departmentEvaluation.duties.0')?.prefix).toBeUndefined();
  });

  it('print an 一级指标’s 分值 under its first row, as the PDF prints it beside the rows it merges', () => {
    const input = fixture();
    const indicators = sheetsOf(input).find((s) => s.id === 'project-0')!.grids[1];
    const figures = deriveFigures(parseReportInput(input)).projects[0].indicators.level1;
    const rows = input.projectEvaluations[0].indicators as { level1: string }[];
    const shown = rows.map((_, i) => field(indicators, `projectEvaluations.0.indicators.${i}.level1`)?.after);
    const expected = rows.map((r, i) => {
      if (i > 0 && rows[i - 1].level1 === r.level1) return undefined;
      const weight = formatScore(figures.find((b) => b.name === r.level1)!.weight, 0);
      return projectIndicators.columns[0].groupSuffix.replace('{{weight}}', weight).trim();
    });
    expect(shown).toEqual(expected);
    expect(shown.filter(Boolean).length).toBeGreaterThan(1);
  });

  it('wrap indicator names and values in text areas, one column each, instead of cutting them', () => {
    const indicators = sheetsOf(fixture()).find((s) => s.id === 'project-0')!.grids[1];
    for (const key of ['level1', 'level2', 'name', 'target', 'actual', 'deviation']) {
      const cell = indicators.cells.find((c) => c.content.t === 'field' && c.content.path.join('.') === `projectEvaluations.0.indicators.0.${key}`)!;
      expect(cell.content.t === 'field' && cell.content.input, key).toBe('multiline');
      expect(cell.colSpan ?? 1, key).toBe(1);
    }
  });

  it('show what the form prints in a blank computed cell: 执行率, 得分, 控制率, the 分值 total', () => {
    const input = fixture();
    delete input.projectEvaluations[0].funds.total.executionRate;
    delete input.projectEvaluations[0].funds.total.score;
    delete input.basicData.staffing.controlRate;
    delete input.projectEvaluations[0].total;
    const figures = deriveFigures(parseReportInput(input));
    const sheets = sheetsOf(input);
    const [head, indicators] = sheets.find((s) => s.id === 'project-0')!.grids;
    expect(field(head, 'projectEvaluations.0.funds.total.executionRate')?.computed).toBe(formatPercent(figures.projects[0].executionRate.value));
    expect(field(head, 'projectEvaluations.0.funds.total.score')?.computed).toBe(formatScore(figures.projects[0].executionScore.value, 0));
    expect(field(indicators, 'projectEvaluations.0.total.weight')?.computed).toBe(formatScore(figures.projects[0].indicators.weightTotal.value, 0));
    expect(field(sheets[1].grids[0], 'basicData.staffing.controlRate')?.computed).toBe(formatPercent(figures.basicData.controlRate.value));
    // The form's own 说明 and the unit as 实施单位 are what a blank cell prints, but no calculation.
    delete input.basicData.note;
    delete input.projectEvaluations[0].implementer;
    const again = sheetsOf(input);
    const note = field(again[1].grids[1], 'basicData.note')!;
    expect([note.placeholder, note.computed]).toEqual([basicDataForm.fields.note.default, undefined]);
    expect(field(again.find((s) => s.id === 'project-0')!.grids[0], 'projectEvaluations.0.implementer')?.placeholder).toBe(input.unit.name);
    // A given value is shown as given, nothing computed over it.
    expect(field(head, 'projectEvaluations.0.funds.total.budget')?.computed).toBeUndefined();
  });

  it('print a blank for the year until one is typed, as a blank paper form does', () => {
    const basic = legacySheets({}).find((s) => s.attachment === attachment('basicData'))!;
    const heads = basic.grids[0].cells.flatMap((c) => (c.content.t === 'label' ? [c.content.text] : []));
    const fill = (t: string) => t.replace(/\{\{\s*(previousYear|year)\s*\}\}/g, BLANK);
    expect(heads).toEqual(expect.arrayContaining(section('funds').columns.map((c: any) => fill(c.title))));
  });
});

describe('hunan-2022 附件3 and 附件4 in the editor come from their form definitions', () => {
  const before = process.env.JIXIAO_TEMPLATES;
  afterEach(() => {
    if (before === undefined) delete process.env.JIXIAO_TEMPLATES;
    else process.env.JIXIAO_TEMPLATES = before;
  });
  const department = () => sheetsOf(fixture()).find((s) => s.attachment === attachment('departmentEvaluation'))!;
  const texts = (grids: Grid[]) => grids.flatMap((g) => g.cells.flatMap((c) => (c.content.t === 'label' ? [c.content.text] : c.content.t === 'mixed' ? c.content.parts.filter((p) => typeof p === 'string') : [])));
  const inputs = (c: Content): FieldContent[] => (c.t === 'field' ? [c] : c.t === 'mixed' ? c.parts.filter((p): p is FieldContent => typeof p !== 'string') : []);
  const fieldNames = (grids: Grid[]) => grids.flatMap((g) => g.cells.flatMap((c) => inputs(c.content).map((f) => `${f.path.join('.')}=${f.name}`)));
  const cells = (grids: Grid[]) => grids.flatMap((g) => g.cells.map((c) => [c.row, c.col, c.rowSpan, c.colSpan, c.content.t, ...inputs(c.content).map((f) => f.path.join('.'))]));

  /** Templates are looked at afresh by the next piece of work, as when the page rebuilds after an edit. */
  const nextWork = () => new Promise((done) => setTimeout(done, 0));

  it('a label, a column title and an amount line renamed in a copied templates folder show in the editor’s 附件3, each cell where it was', async () => {
    const shipped = department().grids;
    process.env.JIXIAO_TEMPLATES = editedTemplates('profiles/hunan-2022/forms/departmentEvaluation.yaml', (yaml) =>
      yaml.replace('label: 部门履职概述 }', 'label: 部门职能概述 }').replace('title: 年度指标值,', 'title: 年度目标值,').replace('其中：公共财政拨款：', '其中：一般公共预算拨款：'),
    );
    await nextWork();
    const edited = department().grids;
    expect(texts(shipped)).toEqual(expect.arrayContaining(['部门履职概述', '年度指标值', '其中：公共财政拨款：']));
    expect(texts(edited)).toEqual(expect.arrayContaining(['部门职能概述', '年度目标值', '其中：一般公共预算拨款：']));
    expect(texts(edited)).not.toContain('部门履职概述');
    expect(texts(edited)).not.toContain('年度指标值');
    // The typed amount is named by its new words; every cell keeps its place and its input path.
    expect(fieldNames(edited)).toContain('departmentEvaluation.funds.byIncome.generalPublic=其中：一般公共预算拨款');
    expect(cells(edited)).toEqual(cells(shipped));
  });

  it('a 附件4 column title renamed in a copied templates folder shows in every project', async () => {
    process.env.JIXIAO_TEMPLATES = editedTemplates('profiles/hunan-2022/forms/projectEvaluation.yaml', (yaml) => yaml.replace('title: 全年执行数,', 'title: 全年实际执行数,'));
    await nextWork();
    const projects = sheetsOf(fixture()).filter((s) => s.id.startsWith('project-'));
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) expect(texts(p.grids)).toContain('全年实际执行数');
  });
});
