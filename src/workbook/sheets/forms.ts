/** 部门整体支出绩效目标自评表 and 项目支出绩效自评表 share columns A–L and the indicator block. */
import { INDICATOR_COLUMNS as IC } from '../labels.js';
import type { Block, Label, Path } from '../types.js';
import { label } from './blocks.js';

export const FORM_WIDTHS = [13, 15, 24, 11, 12, 10, 11, 12, 10, 8, 8, 32];
export const FORM_SPAN = FORM_WIDTHS.length;

/** The indicator block: two header rows, one row per indicator, then the 分值 total row. */
export function indicatorBlocks(base: Path): Block[] {
  const headers: Label[] = [
    label(1, IC.level1, { role: 'header', rows: 2 }),
    label(2, IC.level2, { role: 'header', rows: 2 }),
    label(3, IC.name, { role: 'header', rows: 2 }),
    label(4, IC.target, { role: 'header', span: 3 }),
    label(7, IC.actual, { role: 'header', span: 3 }),
    label(10, IC.weight, { role: 'header', rows: 2 }),
    label(11, IC.score, { role: 'header', rows: 2 }),
    label(12, IC.deviation, { role: 'header', rows: 2 }),
    ...[4, 7].flatMap((c) => [label(c, IC.comparator, { role: 'header', dr: 1 }), label(c + 1, IC.value, { role: 'header', dr: 1 }), label(c + 2, IC.unit, { role: 'header', dr: 1 })]),
  ];
  return [
    {
      anchor: { col: 1, text: IC.level1 },
      rows: 2,
      labels: headers,
      list: {
        path: [...base, 'indicators'],
        offset: 2,
        item: [
          { col: 1, path: ['level1'], kind: 'level1' },
          { col: 2, path: ['level2'], kind: 'level2' },
          { col: 3, path: ['name'], kind: 'text' },
          { col: 4, path: ['target'], kind: 'measure' },
          { col: 7, path: ['actual'], kind: 'measure' },
          { col: 10, path: ['weight'], kind: 'points' },
          { col: 11, path: ['score'], kind: 'points' },
          { col: 12, path: ['deviation'], kind: 'text' },
        ],
        spare: 5,
        minRows: 5,
      },
    },
    {
      anchor: { col: 1, text: IC.totalRow },
      labels: [label(1, IC.totalRow, { span: 9, role: 'header' })],
      fields: [
        { col: 10, path: [...base, 'total', 'weight'], kind: 'points' },
        { col: 11, path: [...base, 'total', 'score'], kind: 'points' },
      ],
      object: [...base, 'total'],
      optional: true,
    },
  ];
}
