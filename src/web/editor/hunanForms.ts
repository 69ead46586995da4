/**
 * hunan-2022's 附件3 部门整体支出绩效目标自评表 and 附件4 项目支出绩效自评表 in the editor, laid out as
 * templates/profiles/hunan-2022/forms/departmentEvaluation.yaml and projectEvaluation.yaml print them: the same
 * headings, merged cells and rows (the wording here comes from templates/labels.yaml, not yet from those definitions).
 */
import { bare, GridBuilder, numbered, splitAround, type PrintedContext } from './printed.js';
import type { Content, FieldContent, Grid } from './grid.js';
import { getIn, type Path } from './paths.js';
import { cellText } from './sheet.js';

// Column proportions of the printed forms: the funds block, the project's head block and the indicator block.
const DEPARTMENT_WIDTHS = [66, 190, 60, 56, 30, 30];
const PROJECT_WIDTHS = [50, 84, 62, 62, 62, 30, 48, 30];
const INDICATOR_WIDTHS = [22, 44, 48, 68, 56, 66, 26, 26, 56];
const INCOME = ['generalPublic', 'governmentFund', 'specialAccount', 'other'] as const;
const EXPENSE = ['basic', 'project'] as const;
const FUND_ROWS = ['total', 'currentYear', 'carryover', 'other'] as const;
const FUND_COLUMNS = [
  ['initialBudget', 'money'],
  ['budget', 'money'],
  ['executed', 'money'],
  ['weight', 'points'],
  ['executionRate', 'percent'],
  ['score', 'points'],
] as const;

const listLength = (ctx: PrintedContext, path: Path) => {
  const v = getIn(ctx.input, path);
  return Array.isArray(v) ? v.length : 0;
};

/** A line with an amount typed inside it: "其中：公共财政拨款：____万元". */
function amountLine(ctx: PrintedContext, key: string, path: Path, suffix: string): Content {
  const [before, after] = splitAround(ctx.labels, key, ctx.names);
  const field: FieldContent = { ...ctx.field('money', path), name: bare(before) };
  return { t: 'mixed', parts: [before, field, `${after}${suffix}`].filter((p) => p !== '') };
}

/** 部门名称 … 整体绩效目标: the funds block above the indicators. */
function departmentFunds(ctx: PrintedContext): Grid {
  const L = (k: string) => ctx.labels.text(`departmentEvaluation.${k}`, ctx.names);
  const DE = ['departmentEvaluation'] as const;
  const DF = [...DE, 'funds'] as const;
  const b = new GridBuilder();
  b.head(0, 0, L('unitName'));
  b.label(0, 1, ctx.names.unitName, { align: 'center' });
  (['executed', 'executionRate', 'weight', 'score'] as const).forEach((k, i) => b.head(0, 2 + i, L(k)));
  const lines = Math.max(INCOME.length, EXPENSE.length) + 1;
  b.head(1, 0, L('budgetRequest'), { rowSpan: 1 + lines });
  b.put(1, 1, amountLine(ctx, 'departmentEvaluation.fundsTotal', [...DF, 'total'], ''));
  b.put(1, 2, ctx.field('money', [...DF, 'executed']));
  b.put(1, 3, ctx.field('percent', [...DF, 'executionRate']));
  b.put(1, 4, ctx.field('points', [...DF, 'weight']));
  b.put(1, 5, ctx.field('points', [...DF, 'score']));
  // 按收入性质分 | 按支出性质分: a heading line, then one amount a line, as the form prints them in two cells.
  const suffix = L('amountSuffix');
  b.label(2, 1, L('byIncome'), { align: 'left' });
  b.label(2, 2, L('byExpense'), { align: 'left', colSpan: 4 });
  INCOME.forEach((k, i) => b.put(3 + i, 1, amountLine(ctx, `departmentEvaluation.income.${k}`, [...DF, 'byIncome', k], suffix)));
  EXPENSE.forEach((k, i) => b.put(3 + i, 2, amountLine(ctx, `departmentEvaluation.expense.${k}`, [...DF, 'byExpense', k], suffix), { colSpan: 4 }));
  for (let i = EXPENSE.length; i < INCOME.length; i++) b.label(3 + i, 2, '', { colSpan: 4 });
  let row = 2 + lines;
  // 部门履职概述: one duty a row, the heading running down all of them.
  const duties = [...DE, 'duties'];
  const count = listLength(ctx, duties);
  b.head(row, 0, L('duties'), { rowSpan: Math.max(count, 1) });
  for (let i = 0; i < Math.max(count, 1); i++) {
    b.put(row, 1, { ...ctx.field('text', [...duties, i]), ...numbered(i, count) }, { colSpan: 5 });
    b.item({ row, list: duties, index: i, count, blank: '', name: L('duties') });
    row++;
  }
  b.head(row, 0, L('overallTarget'));
  b.put(row, 1, ctx.field('text', [...DE, 'overallTarget']), { colSpan: 5 });
  return b.grid('departmentEvaluation-funds', DEPARTMENT_WIDTHS);
}

/** 项目支出名称 … 年度总体目标: the block above the project's indicators. */
function projectHead(ctx: PrintedContext, index: number): Grid {
  const L = (k: string) => ctx.labels.text(`projectEvaluation.${k}`, ctx.names);
  const base = ['projectEvaluations', index] as const;
  const b = new GridBuilder();
  b.head(0, 0, L('name'), { colSpan: 2 });
  b.put(0, 2, ctx.field('line', [...base, 'name']), { colSpan: 6 });
  b.head(1, 0, L('supervisor'), { colSpan: 2 });
  b.put(1, 2, ctx.field('line', [...base, 'supervisor']), { colSpan: 2 });
  b.head(1, 4, L('implementer'));
  // Left blank, the form prints the unit's name.
  b.put(1, 5, { ...ctx.field('line', [...base, 'implementer']), placeholder: ctx.names.unitName || undefined }, { colSpan: 3 });
  b.head(2, 0, L('funds'), { rowSpan: 1 + FUND_ROWS.length });
  b.label(2, 1, '');
  ctx.labels.list('projectEvaluation.fundColumns', ctx.names).forEach((t, i) => b.head(2, 2 + i, t));
  FUND_ROWS.forEach((r, k) => {
    b.label(3 + k, 1, L(`fundRows.${r}`), { align: 'left' });
    FUND_COLUMNS.forEach(([c, kind], i) => b.put(3 + k, 2 + i, ctx.field(kind, [...base, 'funds', r, c])));
  });
  const goals = 3 + FUND_ROWS.length;
  b.head(goals, 0, L('goals'), { rowSpan: 2 });
  b.head(goals, 1, L('planned'), { colSpan: 3 });
  b.head(goals, 4, L('achieved'), { colSpan: 4 });
  b.put(goals + 1, 1, ctx.field('text', [...base, 'goals', 'planned']), { colSpan: 3 });
  b.put(goals + 1, 4, ctx.field('text', [...base, 'goals', 'achieved']), { colSpan: 4 });
  return b.grid(`projectEvaluation-${index}-head`, PROJECT_WIDTHS);
}

/**
 * The indicator block: the block label down the left, the column headings, one row per indicator (names wrap,
 * never cut), and the 分值 total row, whose blank cells show the sums the form prints.
 */
function indicators(ctx: PrintedContext, base: Path, blockLabel: string, totalLabel: string, id: string): Grid {
  const b = new GridBuilder();
  const list = [...base, 'indicators'];
  const count = listLength(ctx, list);
  const rows = Math.max(count, 1);
  b.head(0, 0, blockLabel, { rowSpan: 1 + rows });
  ctx.labels.list('indicators.columns', ctx.names).forEach((t, i) => b.head(0, 1 + i, t));
  const columns = [
    ['level1', 'level1'],
    ['level2', 'level2'],
    ['name', 'text'],
    ['target', 'text'],
    ['actual', 'text'],
    ['weight', 'points'],
    ['score', 'points'],
    ['deviation', 'text'],
  ] as const;
  // The form prints an 一级指标's 分值 under its name, once for the rows it merges: here under its first row.
  const weights = ctx.level1Weights(base);
  const level1 = (i: number) => cellText(getIn(ctx.input, [...list, i, 'level1'])).trim();
  const weightOf = (i: number) => (level1(i) && (i === 0 || level1(i - 1) !== level1(i)) ? weights.get(level1(i)) : undefined);
  for (let i = 0; i < rows; i++) {
    columns.forEach(([key, kind], c) => {
      const weight = key === 'level1' ? weightOf(i) : undefined;
      const after = weight && ctx.labels.text('indicators.level1WithWeight', { name: '', weight }).trim();
      b.put(1 + i, 1 + c, { ...ctx.field(kind, [...list, i, key]), ...(after ? { after } : {}) });
    });
    b.item({ row: 1 + i, list, index: i, count, blank: {}, name: blockLabel });
  }
  const total = 1 + rows;
  b.head(total, 0, totalLabel, { colSpan: 6 });
  b.put(total, 6, ctx.field('points', [...base, 'total', 'weight']));
  b.put(total, 7, ctx.field('points', [...base, 'total', 'score']));
  b.label(total, 8, '');
  return b.grid(id, INDICATOR_WIDTHS);
}

/**
 * 填表人 / 填表日期 / 联系电话 and 单位负责人签字 under a form. Every form prints them; they are typed under the
 * first form (`editable`), and the others show what was typed, as their paper forms do.
 */
export function signatures(ctx: PrintedContext, id: string, editable: boolean): Grid {
  const b = new GridBuilder();
  const lines = [
    [
      ['common.preparer', ['contacts', 'preparer'], 'line'],
      ['common.formDate', ['formDate'], 'date'],
      ['common.phone', ['contacts', 'phone'], 'line'],
    ],
    [['common.unitHead', ['contacts', 'unitHead'], 'line']],
  ] as const;
  lines.forEach((line, r) =>
    line.forEach(([key, path, kind], c) => {
      const label = ctx.labels.text(key, ctx.names);
      const span = line.length === 1 ? { colSpan: 3 } : {};
      if (!editable) return b.label(r, c, `${label}${cellText(getIn(ctx.input, path))}`, { align: 'left', ...span });
      b.put(r, c, { t: 'mixed', parts: [label, { ...ctx.field(kind, path), name: bare(label) }] }, span);
    }),
  );
  return b.grid(id, [1, 1, 1], { plain: true });
}

export function departmentGrids(ctx: PrintedContext): Grid[] {
  const L = (k: string) => ctx.labels.text(`departmentEvaluation.${k}`, ctx.names);
  return [departmentFunds(ctx), indicators(ctx, ['departmentEvaluation'], L('indicatorBlock'), L('totalRow'), 'departmentEvaluation-indicators')];
}

export function projectGrids(ctx: PrintedContext, index: number): Grid[] {
  const L = (k: string) => ctx.labels.text(`projectEvaluation.${k}`, ctx.names);
  return [projectHead(ctx, index), indicators(ctx, ['projectEvaluations', index], L('indicatorBlock'), L('totalRow'), `projectEvaluation-${index}-indicators`)];
}
