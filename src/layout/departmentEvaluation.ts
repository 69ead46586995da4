import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import { cell, headerCell, numberCell, span } from './cells.js';
import { formHeading, formSignatures, formTableLayout } from './formParts.js';
import { fillWidths, indicatorRows, indicatorWidths } from './indicators.js';
import { contentWidth } from './styles.js';
import type { DocumentLayout, LayoutContext, Node } from './types.js';

/** 部门整体支出绩效目标自评表. */
export function layoutDepartmentEvaluation(ctx: LayoutContext): DocumentLayout {
  const { input, figures, labels, styles } = ctx;
  const d = input.departmentEvaluation;
  const f = figures.department;
  const decimals = input.display.scoreDecimals;
  const fill = styles.tables.headerFill;
  const L = (k: string, c: object = {}) => labels.text(`departmentEvaluation.${k}`, c);
  const amount = (v: Parameters<typeof formatMoney>[0]) => (v === undefined ? '' : `${formatMoney(v)}${L('amountSuffix')}`);

  const income = (['generalPublic', 'governmentFund', 'specialAccount', 'other'] as const).map((k) => L(`income.${k}`, { amount: amount(d.funds.byIncome[k]) }));
  const expense = (['basic', 'project'] as const).map((k) => L(`expense.${k}`, { amount: amount(d.funds.byExpense[k]) }));

  // The funds block has its own grid, so that 资金执行率 and the amounts get room of their own.
  const top: Node[][] = [
    [headerCell(L('unitName'), fill), cell(input.unit.name, { align: 'center' }), headerCell(L('executed'), fill), headerCell(L('executionRate'), fill), headerCell(L('weight'), fill), headerCell(L('score'), fill)],
    [
      headerCell(L('budgetRequest'), fill, { rowSpan: 2 }),
      cell(L('fundsTotal', { amount: formatMoney(f.fundsTotal.value) })),
      numberCell(formatMoney(d.funds.executed), { align: 'center' }),
      numberCell(formatPercent(f.executionRate.value), { align: 'center' }),
      numberCell(formatScore(d.funds.weight, decimals), { align: 'center' }),
      numberCell(formatScore(f.executionScore.value, decimals), { align: 'center' }),
    ],
    [{}, cell([L('byIncome'), ...income].join('\n')), ...span(cell([L('byExpense'), ...expense].join('\n')), 4)],
    [headerCell(L('duties'), fill), ...span(cell(d.duties.map((t, i) => `${i + 1}、${t}`).join('\n')), 5)],
    [headerCell(L('overallTarget'), fill), ...span(cell(d.overallTarget), 5)],
  ];
  const total = contentWidth(styles, 'departmentEvaluation');
  const padding = styles.tables.cellPadding;
  const topWidths = fillWidths([66, 190, 60, 56, 30, 30], total, padding);
  const indicators = indicatorRows(ctx, d.indicators, f.indicators, L('indicatorBlock'), L('totalRow'));
  const widths = indicatorWidths(total, padding);
  const content: Node[] = [
    ...formHeading(ctx, 'departmentEvaluation', labels.text('common.unitLineStamp'), '', true),
    {
      stack: [
        { table: { widths: topWidths, dontBreakRows: true, body: top }, layout: formTableLayout(styles.tables.cellPadding) },
        { table: { widths, headerRows: 1, dontBreakRows: true, body: indicators }, layout: formTableLayout(styles.tables.cellPadding) },
      ],
      fontSize: styles.tables.cellSize,
    },
    ...formSignatures(ctx),
  ];
  return {
    kind: 'departmentEvaluation',
    title: labels.text('documents.departmentEvaluation.title'),
    fileName: labels.text('documents.departmentEvaluation.fileName', { unitName: input.unit.name, year: input.year }),
    orientation: styles.orientation.departmentEvaluation,
    content,
  };
}
