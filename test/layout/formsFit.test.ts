// Forms fit: what the hunan-2022 forms print where a clerk left the computable cells blank, and how they fit.
import { describe, expect, it } from 'vitest';
import { unbroken } from '../helpers/unbroken.js';
import { Labels } from '../../src/compose/labels.js';
import { layoutReport, loadStyles, type DocumentLayout } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport } from '../../src/pipeline.js';
import { textWidth, wrapLines } from '../../src/layout/measure/text.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exampleData, ROOT } from '../helpers/example.js';

const fiveProjects = () => parse(readFileSync(join(ROOT, 'fixtures', 'hunan-2022-five-projects.yaml'), 'utf8'));

interface TableNode {
  table: { widths: number[]; body: { text?: string; bold?: boolean; colSpan?: number }[][] };
  fontSize: number;
}

/** The pdfmake tables of a document's content. */
function tables(node: unknown): TableNode[] {
  if (Array.isArray(node)) return node.flatMap(tables);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  return o.table ? [o as unknown as TableNode] : Object.values(o).flatMap(tables);
}

function docsOf(data: unknown): DocumentLayout[] {
  // Cells' texts whole, as typed: the layout hands pdfmake each cell already broken into lines.
  return layoutReport({ ...prepareReport(parseReportInput(data)), labels: Labels.load(), styles: loadStyles() }).map((d) => ({ ...d, content: unbroken(d.content) }));
}

/** The rows of the tables of a document's content, each row as its cells' texts. */
function tableRows(node: unknown): string[][] {
  if (Array.isArray(node)) return node.flatMap(tableRows);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const table = o.table as { body?: unknown[][] } | undefined;
  if (table?.body) return table.body.map((r) => r.map((c) => (c && typeof c === 'object' && 'text' in c ? String((c as { text: unknown }).text) : '')));
  return Object.values(o).flatMap(tableRows);
}

describe('project form', () => {
  it('the 当年财政拨款 row with a 分值 prints its 执行率 and 得分, computed when left blank', () => {
    const data = exampleData();
    // Project 2: 18 budgeted, 16.2 spent → 90.00%, 10 × 90% = 9.
    Object.assign(data.projectEvaluations[1].funds.currentYear, { executed: 16.2, weight: 10 });
    delete data.projectEvaluations[1].funds.currentYear.executionRate;
    delete data.projectEvaluations[1].funds.currentYear.score;
    const doc = docsOf(data).filter((d) => d.kind === 'projectEvaluation')[1];
    const current = tableRows(doc.content).find((r) => r.some((c) => c.endsWith('当年财政拨款')))!;
    expect(current.slice(-3)).toEqual(['10', '90.00%', '9']);
  });

  it('a 其中 row without 分值 leaves 执行率 and 得分 blank, as the form does', () => {
    const data = exampleData();
    data.projectEvaluations[0].funds.carryover = { budget: 2, executed: 1 };
    const doc = docsOf(data).filter((d) => d.kind === 'projectEvaluation')[0];
    const carry = tableRows(doc.content).find((r) => r.includes('上年结转资金'))!;
    expect(carry.slice(-3)).toEqual(['', '', '']);
  });
});

describe('附件2 基础数据表', () => {
  const basicData = (data: unknown) => docsOf(data).find((d) => d.kind === 'basicData')!;

  it('of a unit with five projects fits one portrait page', () => {
    const data = fiveProjects();
    const projects = ['business', 'operation', 'citySpecial'].flatMap((g) => data.basicData.projectExpenditure[g].projects);
    expect(projects).toHaveLength(5);
    const doc = basicData(data);
    expect(doc.orientation).toBe('portrait');
    expect(doc.pages).toBe(1);
    const rows = tableRows(doc.content).map((r) => r.join('|'));
    for (const p of projects) expect(rows.some((r) => r.startsWith(p.name))).toBe(true);
  });

  it('column headings stay whole ("2022年决算数", "2022年实际在职人数"), the label column giving the room', () => {
    for (const doc of [basicData(exampleData()), basicData(fiveProjects())]) {
      for (const t of tables(doc.content)) {
        t.table.body.forEach((r) =>
          r.forEach((c, col) => {
            if (!c.bold || !c.text || !/年/.test(c.text) || (c.colSpan ?? 1) > 1) return;
            expect(textWidth(c.text, { fontSize: t.fontSize, bold: true }), c.text).toBeLessThanOrEqual(t.table.widths[col]);
          }),
        );
      }
    }
  });

  it('shrinks only as far as it must: fewer rows, larger type; never below the set minimum', () => {
    const data = exampleData();
    data.basicData.projectExpenditure.business.projects = data.basicData.projectExpenditure.business.projects.slice(0, 1);
    const size = (doc: DocumentLayout) => Math.min(...tables(doc.content).map((t) => t.fontSize));
    const one = basicData(data);
    const five = basicData(fiveProjects());
    expect(one.pages).toBe(1);
    expect(size(one)).toBeGreaterThan(size(five));
    expect(size(five)).toBeGreaterThanOrEqual(loadStyles().fit!.basicData!.minCellSize);
  });
});

describe('indicator tables', () => {
  const SHORT_REASON = '受疫情影响，外出招商未能按计划开展，下年度将加强线上招商。';
  const REASON = '受疫情影响，部分外出招商活动未能按计划开展，下一年度将提前谋划、加强线上招商，确保完成目标。';
  const indicatorTable = (data: unknown) => tables(docsOf(data).find((d) => d.kind === 'departmentEvaluation')!.content).find((t) => t.table.widths.length === 9)!;

  // Set four characters a line, as before, these were 8- and 12-line cells.
  it.each([
    [SHORT_REASON, 5],
    [REASON, 7],
  ])('the 偏差原因分析及改进措施 column widens for its text: "%s" in at most %i lines', (reason, most) => {
    const data = exampleData();
    data.departmentEvaluation.indicators[0].deviation = reason;
    const t = indicatorTable(data);
    expect(wrapLines(reason, { fontSize: t.fontSize }, t.table.widths[8]).length).toBeLessThanOrEqual(most);
    expect(t.table.widths[8]).toBeGreaterThan(indicatorTable(exampleData()).table.widths[8]);
  });

  it('headings "年度指标值" and "实际完成值" stay whole; the long 偏差原因 heading wraps in at most three lines', () => {
    const t = indicatorTable(exampleData());
    const heads = t.table.body[0].map((c) => c.text ?? '');
    for (const h of ['年度指标值', '实际完成值', '一级指标', '二级指标']) {
      const col = heads.indexOf(h);
      expect(textWidth(h, { fontSize: t.fontSize, bold: true }), h).toBeLessThanOrEqual(t.table.widths[col]);
    }
    const deviation = heads.findIndex((h) => h.startsWith('偏差原因'));
    expect(wrapLines(heads[deviation], { fontSize: t.fontSize, bold: true }, t.table.widths[deviation]).length).toBeLessThanOrEqual(3);
  });
});
