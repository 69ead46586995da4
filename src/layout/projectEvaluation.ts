import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import { FUND_ROWS } from '../derive/evaluation.js';
import type { ProjectFundsRow } from '../model/schema.js';
import { paginate } from './flow/paginate.js';
import { pageSpec, pageWidth, tableStyle } from './form.js';
import { documentImages, formHeading, formSignatures } from './formParts.js';
import { indicatorTable } from './indicators.js';
import { textWidth } from './measure/text.js';
import { row, type Cell, type Row, type TableSpec, type TableStyle } from './table/model.js';
import { fitWidths, noWrapMinimums } from './table/widths.js';
import type { DocumentLayout, LayoutContext } from './types.js';

const KIND = 'projectEvaluation';

/**
 * The block above the indicators: name, departments, the funds rows and the year's goals.
 * Columns: label | row name | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分.
 */
function headTable(ctx: LayoutContext, index: number, total: number, s: TableStyle): TableSpec {
  const { input, figures, labels, styles } = ctx;
  const p = input.projectEvaluations[index];
  const f = figures.projects[index];
  const decimals = input.display.scoreDecimals;
  const L = (k: string) => labels.text(`projectEvaluation.${k}`);
  const head = (text: string, o: Partial<Cell> = {}): Cell => ({ text, bold: true, align: 'center', fill: styles.tables.headerFill, ...o });
  const money = (text: string): Cell => ({ text, align: 'right', noWrap: true });
  const num = (text: string): Cell => ({ text, align: 'center', noWrap: true });
  const funds = head(L('funds'), { merge: 'funds' });
  const fundRow = (label: string, r: ProjectFundsRow | undefined, rate: string, weight: string, score: string): Row =>
    row(funds, { text: label }, money(formatMoney(r?.initialBudget)), money(formatMoney(r?.budget)), money(formatMoney(r?.executed)), num(weight), num(rate), num(score));
  const totalRow = fundRow(
    L('fundRows.total'),
    { initialBudget: f.total.initialBudget.value, budget: f.total.budget.value, executed: f.total.executed.value },
    formatPercent(f.executionRate.value),
    formatScore(p.funds.total.weight, decimals),
    formatScore(f.executionScore.value, decimals),
  );
  // A 其中 row prints 执行率/得分 only where the form gives it a 分值 (or a typed 执行率).
  const subRows = FUND_ROWS.map((k) => {
    const r = p.funds[k];
    const sub = f.subRows[k];
    return fundRow(L(`fundRows.${k}`), r, formatPercent(sub?.rate), formatScore(r?.weight, decimals), formatScore(sub?.score, decimals));
  });
  const goals = head(L('goals'), { merge: 'goals' });
  const columnHeads = labels.list('projectEvaluation.fundColumns').map((t) => head(t));
  const body: Row[] = [
    row(head(L('name'), { colSpan: 2 }), { text: p.name, colSpan: 6 }),
    row(head(L('supervisor'), { colSpan: 2 }), { text: p.supervisor, colSpan: 2 }, head(L('implementer')), { text: p.implementer?.trim() || input.unit.name, colSpan: 3 }),
    row(funds, { text: '' }, ...columnHeads),
    totalRow,
    ...subRows,
    row(goals, head(L('planned'), { colSpan: 3 }), head(L('achieved'), { colSpan: 4 })),
    row(goals, { text: p.goals.planned, colSpan: 3 }, { text: p.goals.achieved, colSpan: 4 }),
  ];
  const shares = [50, 84, 62, 62, 62, 30, 48, 30];
  const mins = noWrapMinimums(body, shares.length, s);
  columnHeads.forEach((c, i) => (mins[i + 2] = Math.max(mins[i + 2], textWidth(c.text, { fontSize: s.fontSize, bold: true }) + 0.5)));
  return { widths: fitWidths(shares, total, s, mins), header: [], body };
}

/** 项目支出绩效自评表 of the project at `index`. */
export function layoutProjectEvaluation(ctx: LayoutContext, index: number): DocumentLayout {
  const { input, figures, labels, styles } = ctx;
  const p = input.projectEvaluations[index];
  const L = (k: string) => labels.text(`projectEvaluation.${k}`);
  const width = pageWidth(ctx, KIND);
  const s = tableStyle(styles);
  const { content, pages } = paginate(
    [
      ...formHeading(ctx, KIND, KIND, labels.text('common.unitLineStamp'), '', true),
      { kind: 'table', spec: headTable(ctx, index, width, s), style: s },
      { kind: 'table', spec: indicatorTable(ctx, p.indicators, figures.projects[index].indicators, L('indicatorBlock'), L('totalRow'), width, s), style: s },
      formSignatures(ctx, KIND),
    ],
    pageSpec(ctx, KIND),
  );
  const names = { unitName: input.unit.name, year: input.year, projectName: p.name };
  return {
    kind: KIND,
    title: `${labels.text('documents.projectEvaluation.title')}（${p.name}）`,
    fileName: labels.text('documents.projectEvaluation.fileName', names),
    orientation: styles.orientation.projectEvaluation,
    content,
    pages,
    images: documentImages(ctx),
  };
}
