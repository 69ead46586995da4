// Forms fit: what the hunan-2022 forms print where a clerk left the computable cells blank, and how they fit.
import { describe, expect, it } from 'vitest';
import { unbroken } from '../helpers/unbroken.js';
import { Labels } from '../../src/compose/labels.js';
import { layoutReport, loadStyles, type DocumentLayout } from '../../src/layout/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { prepareReport } from '../../src/pipeline.js';
import { exampleData } from '../helpers/example.js';

function docsOf(data: unknown): DocumentLayout[] {
  return layoutReport({ ...prepareReport(parseReportInput(data)), labels: Labels.load(), styles: loadStyles() });
}

/** The rows of the tables of a document's content, each row as its cells' texts. */
function tableRows(node: unknown): string[][] {
  if (Array.isArray(node)) return node.flatMap(tableRows);
  if (!node || typeof node !== 'object') return [];
  const o = node as Record<string, unknown>;
  const table = o.table as { body?: unknown[][] } | undefined;
  if (table?.body) return unbroken(table.body).map((r) => r.map((c) => (c && typeof c === 'object' && 'text' in c ? String((c as { text: unknown }).text) : '')));
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
