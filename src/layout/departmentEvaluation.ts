import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import { paginate } from './flow/paginate.js';
import { pageSpec, pageWidth, tableStyle } from './form.js';
import { textWidth } from './measure/text.js';
import { documentImages, formHeading, formSignatures } from './formParts.js';
import { indicatorTable } from './indicators.js';
import { row, type Cell, type TableSpec, type TableStyle } from './table/model.js';
import { fitWidths, noWrapMinimums } from './table/widths.js';
import type { DocumentLayout, LayoutContext } from './types.js';

const KIND = 'departmentEvaluation';

/** The funds block above the indicators: its own grid, so that 资金执行率 and the amounts get room of their own. */
function fundsTable(ctx: LayoutContext, total: number, s: TableStyle): TableSpec {
  const { input, figures, labels, styles } = ctx;
  const d = input.departmentEvaluation;
  const f = figures.department;
  const decimals = input.display.scoreDecimals;
  const L = (k: string, c: object = {}) => labels.text(`departmentEvaluation.${k}`, c);
  const head = (text: string, o: Partial<Cell> = {}): Cell => ({ text, bold: true, align: 'center', fill: styles.tables.headerFill, ...o });
  const num = (text: string): Cell => ({ text, align: 'center', noWrap: true });
  const amount = (v: Parameters<typeof formatMoney>[0]) => (v === undefined ? '' : `${formatMoney(v)}${L('amountSuffix')}`);
  const income = (['generalPublic', 'governmentFund', 'specialAccount', 'other'] as const).map((k) => L(`income.${k}`, { amount: amount(d.funds.byIncome[k]) }));
  const expense = (['basic', 'project'] as const).map((k) => L(`expense.${k}`, { amount: amount(d.funds.byExpense[k]) }));
  const budget = head(L('budgetRequest'), { merge: 'budget' });
  const body = [
    row(head(L('unitName')), { text: input.unit.name, align: 'center' }, head(L('executed')), head(L('executionRate')), head(L('weight')), head(L('score'))),
    row(
      budget,
      { text: L('fundsTotal', { amount: formatMoney(f.fundsTotal.value) }) },
      num(formatMoney(d.funds.executed)),
      num(formatPercent(f.executionRate.value)),
      num(formatScore(d.funds.weight, decimals)),
      num(formatScore(f.executionScore.value, decimals)),
    ),
    row(budget, { text: [L('byIncome'), ...income].join('\n') }, { text: [L('byExpense'), ...expense].join('\n'), colSpan: 4 }),
    row(head(L('duties')), { text: d.duties.map((t, i) => `${i + 1}、${t}`).join('\n'), colSpan: 5 }),
    row(head(L('overallTarget')), { text: d.overallTarget, colSpan: 5 }),
  ];
  const shares = [66, 190, 60, 56, 30, 30];
  const mins = noWrapMinimums(body, shares.length, s);
  // The headings over the numbers stay on one line where the page allows (资金执行率).
  body[0].forEach((cell, c) => c >= 2 && cell && (mins[c] = Math.max(mins[c], textWidth(cell.text, { fontSize: s.fontSize, bold: true }) + 0.5)));
  return { widths: fitWidths(shares, total, s, mins), header: [], body };
}

/** 部门整体支出绩效目标自评表. */
export function layoutDepartmentEvaluation(ctx: LayoutContext): DocumentLayout {
  const { input, figures, labels, styles } = ctx;
  const L = (k: string) => labels.text(`departmentEvaluation.${k}`);
  const width = pageWidth(ctx, KIND);
  const s = tableStyle(styles);
  const { content, pages } = paginate(
    [
      ...formHeading(ctx, KIND, KIND, labels.text('common.unitLineStamp'), '', true),
      { kind: 'table', spec: fundsTable(ctx, width, s), style: s },
      { kind: 'table', spec: indicatorTable(ctx, input.departmentEvaluation.indicators, figures.department.indicators, L('indicatorBlock'), L('totalRow'), width, s), style: s },
      formSignatures(ctx, KIND),
    ],
    pageSpec(ctx, KIND),
  );
  return {
    kind: KIND,
    title: labels.text('documents.departmentEvaluation.title'),
    fileName: labels.text('documents.departmentEvaluation.fileName', { unitName: input.unit.name, year: input.year }),
    orientation: styles.orientation.departmentEvaluation,
    content,
    pages,
    images: documentImages(ctx),
  };
}
