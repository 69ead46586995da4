import { COMMON, TITLES } from '../labels.js';
import type { Block, Path, SheetSpec } from '../types.js';
import { fieldRow, label, titleBlock, yearLine } from './blocks.js';
import { FORM_SPAN, FORM_WIDTHS, indicatorBlocks } from './forms.js';

const FUND_COLUMNS = [
  ['initialBudget', '年初预算数', 'money'],
  ['budget', '全年预算数', 'money'],
  ['executed', '全年执行数', 'money'],
  ['weight', '分值', 'points'],
  ['executionRate', '执行率', 'percent'],
  ['score', '得分', 'points'],
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
      fieldRow('项目支出名称', [...base, 'name'], 'text', FORM_SPAN - 1),
      {
        anchor: { col: 1, text: '主管部门' },
        labels: [label(1, '主管部门'), label(6, '实施单位')],
        fields: [
          { col: 2, path: [...base, 'supervisor'], kind: 'text', span: 4 },
          { col: 7, path: [...base, 'implementer'], kind: 'text', span: 6 },
        ],
      },
      {
        anchor: { col: 1, text: '基础数据表中的项目行名称' },
        labels: [label(1, '基础数据表中的项目行名称'), { col: 6, text: 'basicDataRow', role: 'note', span: 7 }],
        fields: [{ col: 2, path: [...base, 'basicDataRow'], kind: 'text', span: 4 }],
      },
      {
        anchor: { col: 1, text: '项目资金（万元）' },
        labels: [label(1, '项目资金（万元）', { rows: 5 }), ...FUND_COLUMNS.map(([, text], i) => label(3 + i, text, { role: 'header' }))],
        object: funds,
      },
      fundRow('年度资金总额', [...funds, 'total'], false),
      fundRow('其中：当年财政拨款', [...funds, 'currentYear'], false),
      fundRow('上年结转资金', [...funds, 'carryover'], false),
      fundRow('其他资金', [...funds, 'other'], false),
      {
        anchor: { col: 1, text: '年度总体目标' },
        rows: 2,
        labels: [label(1, '年度总体目标', { rows: 2 }), label(2, '年度目标', { span: 5, role: 'header' }), label(7, '实际完成情况', { span: 6, role: 'header' })],
        fields: [
          { col: 2, dr: 1, path: [...base, 'goals', 'planned'], kind: 'text', span: 5 },
          { col: 7, dr: 1, path: [...base, 'goals', 'achieved'], kind: 'text', span: 6 },
        ],
      },
      ...indicatorBlocks(base),
    ],
  };
}
