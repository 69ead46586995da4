import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import { FUND_ROWS } from '../derive/evaluation.js';
import type { ProjectFundsRow } from '../model/schema.js';
import { cell, headerCell, numberCell, span } from './cells.js';
import { formHeading, formSignatures, formTableLayout } from './formParts.js';
import { fillWidths, indicatorRows, indicatorWidths } from './indicators.js';
import { contentWidth } from './styles.js';
import type { DocumentLayout, LayoutContext, Node } from './types.js';

/** 项目支出绩效自评表 of the project at `index`. */
export function layoutProjectEvaluation(ctx: LayoutContext, index: number): DocumentLayout {
  const { input, figures, labels, styles } = ctx;
  const p = input.projectEvaluations[index];
  const f = figures.projects[index];
  const decimals = input.display.scoreDecimals;
  const fill = styles.tables.headerFill;
  const L = (k: string) => labels.text(`projectEvaluation.${k}`);
  const centered = { align: 'center' as const };

  const fundRow = (label: string, r: ProjectFundsRow | undefined, rate: string, weight: string, score: string): Node[] => [
    {},
    cell(label),
    numberCell(formatMoney(r?.initialBudget)),
    numberCell(formatMoney(r?.budget)),
    numberCell(formatMoney(r?.executed)),
    numberCell(weight, centered),
    numberCell(rate, centered),
    numberCell(score, centered),
  ];
  const subRows = FUND_ROWS.map((k) => {
    const r = p.funds[k];
    // A 其中 row prints 分值/执行率/得分 only where the published form does (given in the input).
    return fundRow(L(`fundRows.${k}`), r, formatPercent(r?.executionRate), formatScore(r?.weight, decimals), formatScore(r?.score, decimals));
  });
  const total = fundRow(
    L('fundRows.total'),
    { initialBudget: f.total.initialBudget.value, budget: f.total.budget.value, executed: f.total.executed.value },
    formatPercent(f.executionRate.value),
    formatScore(p.funds.total.weight, decimals),
    formatScore(f.executionScore.value, decimals),
  );
  // Columns: label | row name | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 (its own grid, apart from the indicators').
  const head: Node[][] = [
    [...span(headerCell(L('name'), fill), 2), ...span(cell(p.name), 6)],
    [...span(headerCell(L('supervisor'), fill), 2), ...span(cell(p.supervisor), 2), headerCell(L('implementer'), fill), ...span(cell(p.implementer), 3)],
    [headerCell(L('funds'), fill, { rowSpan: 5 }), cell(''), ...labels.list('projectEvaluation.fundColumns').map((t) => headerCell(t, fill))],
    total,
    ...subRows,
    [headerCell(L('goals'), fill, { rowSpan: 2 }), ...span(headerCell(L('planned'), fill), 3), ...span(headerCell(L('achieved'), fill), 4)],
    [{}, ...span(cell(p.goals.planned), 3), ...span(cell(p.goals.achieved), 4)],
  ];
  const totalWidth = contentWidth(styles, 'projectEvaluation');
  const padding = styles.tables.cellPadding;
  const headWidths = fillWidths([50, 84, 62, 62, 62, 30, 48, 30], totalWidth, padding);
  const widths = indicatorWidths(totalWidth, padding);
  const indicators = indicatorRows(ctx, p.indicators, f.indicators, L('indicatorBlock'), L('totalRow'));
  const content: Node[] = [
    ...formHeading(ctx, 'projectEvaluation', labels.text('common.unitLineStamp'), '', true),
    {
      stack: [
        { table: { widths: headWidths, dontBreakRows: true, body: head }, layout: formTableLayout(styles.tables.cellPadding) },
        { table: { widths, headerRows: 1, dontBreakRows: true, body: indicators }, layout: formTableLayout(styles.tables.cellPadding) },
      ],
      fontSize: styles.tables.cellSize,
    },
    ...formSignatures(ctx),
  ];
  const names = { unitName: input.unit.name, year: input.year, projectName: p.name };
  return {
    kind: 'projectEvaluation',
    title: `${labels.text('documents.projectEvaluation.title')}（${p.name}）`,
    fileName: labels.text('documents.projectEvaluation.fileName', names),
    orientation: styles.orientation.projectEvaluation,
    content,
  };
}
