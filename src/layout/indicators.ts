import { formatScore } from '../compose/format.js';
import type { IndicatorFigures } from '../derive/index.js';
import type { Indicator } from '../model/schema.js';
import { cell, headerCell, numberCell, span } from './cells.js';
import type { LayoutContext, Node } from './types.js';

// Relative widths of (label, 一级, 二级, 三级, target, actual, 分值, 得分, 偏差): the seed form's proportions.
const INDICATOR_SHARES = [22, 44, 48, 68, 56, 66, 26, 26, 56];

/** Column widths in points that fill `total`, after each column's padding and rule. */
export function fillWidths(shares: number[], total: number, padding: number): number[] {
  const usable = total - shares.length * (2 * padding + 0.6) - 0.6;
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => Math.floor((s * usable * 100) / sum) / 100);
}

export function indicatorWidths(total: number, padding: number): number[] {
  return fillWidths(INDICATOR_SHARES, total, padding);
}

/** Runs of equal keys: [start, length] pairs, for merged cells. */
export function runs<T>(items: T[], key: (t: T) => string): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last[0]]) === key(item)) last[1]++;
    else out.push([i, 1]);
  });
  return out;
}

/**
 * The indicator block of an evaluation form: header, one row per 三级指标 with 一级/二级 merged down their rows,
 * and the 分值 total row. `blockLabel` is the left column spanning the block.
 */
export function indicatorRows(ctx: LayoutContext, indicators: Indicator[], f: IndicatorFigures, blockLabel: string, totalLabel: string): Node[][] {
  const { labels, styles, input } = ctx;
  const decimals = input.display.scoreDecimals;
  const fill = styles.tables.headerFill;
  const body: Node[][] = [[headerCell(blockLabel, fill, { rowSpan: indicators.length + 1 }), ...labels.list('indicators.columns').map((t) => headerCell(t, fill))]];
  const level1Start = new Map(runs(indicators, (i) => i.level1).map(([s, n]) => [s, n]));
  const level2Start = new Map(runs(indicators, (i) => `${i.level1}\u0000${i.level2}`).map(([s, n]) => [s, n]));
  indicators.forEach((ind, i) => {
    const block = f.level1.find((b) => b.name === ind.level1)!;
    const l1 = level1Start.has(i)
      ? cell(labels.text('indicators.level1WithWeight', { name: ind.level1, weight: formatScore(block.weight, decimals) }), { rowSpan: level1Start.get(i), align: 'center' })
      : {};
    const l2 = level2Start.has(i) ? cell(ind.level2, { rowSpan: level2Start.get(i), align: 'center' }) : {};
    body.push([
      {},
      l1,
      l2,
      cell(ind.name),
      cell(ind.target.text, { align: 'center' }),
      cell(ind.actual.text, { align: 'center' }),
      numberCell(formatScore(ind.weight, decimals), { align: 'center' }),
      numberCell(formatScore(f.rows[i].score.value, decimals), { align: 'center' }),
      cell(ind.deviation ?? ''),
    ]);
  });
  body.push([
    ...span(cell(totalLabel, { align: 'center', bold: true }), 6),
    numberCell(formatScore(f.weightTotal.value, decimals), { align: 'center', bold: true }),
    numberCell(formatScore(f.scoreTotal.value, decimals), { align: 'center', bold: true }),
    cell(''),
  ]);
  return body;
}
