import { COMMON, ROWS, TITLES } from '../labels.js';

const R = ROWS.project;
import type { Block, Path, SheetSpec } from '../types.js';
import { fieldRow, label, titleBlock, yearLine } from './blocks.js';
import { FORM_SPAN, FORM_WIDTHS, indicatorBlocks } from './forms.js';

const FUND_COLUMNS = [
  ['initialBudget', R.initialBudget, 'money'],
  ['budget', R.budget, 'money'],
  ['executed', R.executed, 'money'],
  ['weight', R.weight, 'points'],
  ['executionRate', R.executionRate, 'percent'],
  ['score', R.score, 'points'],
] as const;

function fundRow(text: string, path: Path, optional: boolean): Block {
  return {
    anchor: { col: 2, text },
    labels: [label(2, text)],
    fields: FUND_COLUMNS.map(([key, , kind], i) => ({ col: 3 + i, path: [...path, key], kind })),
    object: path,
    optional,
  };
}

/** The sheet of the project at `index` in projectEvaluations. */
export function projectSheet(index: number, name: string): SheetSpec {
  const base = ['projectEvaluations', index] as const;
  const funds = [...base, 'funds'] as const;
  return {
    name,
    title: TITLES.project,
    widths: FORM_WIDTHS,
    blocks: [
      titleBlock(TITLES.project, FORM_SPAN),
      yearLine(FORM_SPAN),
      { labels: [label(1, COMMON.unitStamp, { span: 3 })] },
      fieldRow(R.name, [...base, 'name'], 'text', FORM_SPAN - 1),
      {
        anchor: { col: 1, text: R.supervisor },
        labels: [label(1, R.supervisor), label(6, R.implementer)],
        fields: [
          { col: 2, path: [...base, 'supervisor'], kind: 'text', span: 4 },
          { col: 7, path: [...base, 'implementer'], kind: 'text', span: 6 },
        ],
      },
      {
        anchor: { col: 1, text: R.basicDataRow },
        labels: [label(1, R.basicDataRow), { col: 6, text: 'basicDataRow', role: 'note', span: 7 }],
        fields: [{ col: 2, path: [...base, 'basicDataRow'], kind: 'text', span: 4 }],
      },
      {
        anchor: { col: 1, text: R.funds },
        labels: [label(1, R.funds, { rows: 5 }), ...FUND_COLUMNS.map(([, text], i) => label(3 + i, text, { role: 'header' }))],
        object: funds,
      },
      fundRow(R.total, [...funds, 'total'], false),
      fundRow(R.currentYear, [...funds, 'currentYear'], false),
      fundRow(R.carryover, [...funds, 'carryover'], false),
      fundRow(R.other, [...funds, 'other'], false),
      {
        anchor: { col: 1, text: R.goals },
        rows: 2,
        labels: [label(1, R.goals, { rows: 2 }), label(2, R.planned, { span: 5, role: 'header' }), label(7, R.achieved, { span: 6, role: 'header' })],
        fields: [
          { col: 2, dr: 1, path: [...base, 'goals', 'planned'], kind: 'text', span: 5 },
          { col: 7, dr: 1, path: [...base, 'goals', 'achieved'], kind: 'text', span: 6 },
        ],
      },
      ...indicatorBlocks(base),
    ],
  };
}
