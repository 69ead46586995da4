import { formatScore } from '../compose/format.js';
import type { IndicatorFigures } from '../derive/index.js';
import type { Indicator } from '../model/schema.js';
import { textWidth } from './measure/text.js';
import { row, type Cell, type Row, type TableSpec, type TableStyle } from './table/model.js';
import { balanceWidths, fitWidths, noWrapMinimums, wholeMinimums } from './table/widths.js';
import type { LayoutContext } from './types.js';

// Relative widths of (label, 一级, 二级, 三级, target, actual, 分值, 得分, 偏差): the seed form's proportions.
const INDICATOR_SHARES = [22, 44, 48, 68, 56, 66, 26, 26, 56];
// Columns of text (一级, 二级, 三级指标, 年度指标值, 实际完成值, 偏差原因分析及改进措施): they share their room by their text,
// so that a long 偏差原因 gets a wide column rather than a seven-line cell, and an empty one gives its room away.
const TEXT_COLUMNS = [1, 2, 3, 4, 5, 8];

/**
 * The indicator block of an evaluation form: the column headings, one row per 三级指标 and the 分值 total row.
 * The block label (left column), 一级 and 二级 are merged down their rows by key, page by page: on a continuation
 * page they are printed again next to their rows.
 */
export function indicatorTable(ctx: LayoutContext, indicators: Indicator[], f: IndicatorFigures, blockLabel: string, totalLabel: string, total: number, s: TableStyle): TableSpec {
  const { labels, styles, input } = ctx;
  const decimals = input.display.scoreDecimals;
  const fill = styles.tables.headerFill;
  const block: Cell = { text: blockLabel, bold: true, align: 'center', fill, merge: 'block' };
  const header: Row[] = [row(block, ...labels.list('indicators.columns').map((text): Cell => ({ text, bold: true, align: 'center', fill, whole: true })))];
  const body: Row[] = indicators.map((ind, i) => {
    const weight = formatScore(f.level1.find((b) => b.name === ind.level1)!.weight, decimals);
    return row(
      block,
      { text: labels.text('indicators.level1WithWeight', { name: ind.level1, weight }), align: 'center', merge: `1:${ind.level1}` },
      { text: ind.level2, align: 'center', merge: `2:${ind.level1}\u0000${ind.level2}` },
      { text: ind.name },
      { text: ind.target.text, align: 'center' },
      { text: ind.actual.text, align: 'center' },
      { text: formatScore(ind.weight, decimals), align: 'center', noWrap: true },
      { text: formatScore(f.rows[i].score.value, decimals), align: 'center', noWrap: true },
      { text: ind.deviation ?? '' },
    );
  });
  body.push(
    row(
      { text: totalLabel, align: 'center', bold: true, colSpan: 6 },
      { text: formatScore(f.weightTotal.value, decimals), align: 'center', bold: true, noWrap: true },
      { text: formatScore(f.scoreTotal.value, decimals), align: 'center', bold: true, noWrap: true },
      { text: '' },
    ),
  );
  const mins = noWrapMinimums([...header, ...body], INDICATOR_SHARES.length, s);
  // "（50分）" of an 一级 label stays on one line: its column is at least that wide.
  const weightPart = labels.text('indicators.level1WithWeight', { name: '', weight: '100' });
  for (const part of weightPart.split('\n')) mins[1] = Math.max(mins[1], textWidth(part, { fontSize: s.fontSize }) + 0.5);
  // The block label, set two characters a line, keeps short pages of the table short.
  mins[0] = Math.max(mins[0], 2 * s.fontSize + 0.5);
  // A text column is at least four characters wide (its heading in no more than three lines, as on the seed);
  // the headings stay whole where the other columns can spare the room.
  for (const col of TEXT_COLUMNS) mins[col] = Math.max(mins[col], 4 * s.fontSize + 0.5);
  const start = fitWidths(INDICATOR_SHARES, total, s, wholeMinimums(header, mins, total, s));
  return { widths: balanceWidths(start, [...header, ...body], TEXT_COLUMNS, s, mins), header, body, keepLast: 2 };
}
