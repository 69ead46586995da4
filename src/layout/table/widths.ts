import { textWidth } from '../measure/text.js';
import type { Row, TableStyle } from './model.js';

/** Room for the columns' contents in a table `total` points wide, after each column's padding and rules. */
export function usableWidth(columns: number, total: number, s: TableStyle): number {
  return total - columns * (2 * s.padding + s.rule) - s.rule;
}

/**
 * Column widths that fill a table `total` points wide in the proportions `shares`, each at least its minimum
 * (numbers never wrap: their columns get what they need, taken from the others in proportion to their room).
 */
export function fitWidths(shares: number[], total: number, s: TableStyle, minimums: number[] = []): number[] {
  const usable = usableWidth(shares.length, total, s);
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((x) => (x * usable) / sum);
  const mins = shares.map((_, i) => minimums[i] ?? 0);
  for (let round = 0; round < shares.length; round++) {
    const deficit = widths.reduce((d, w, i) => d + Math.max(0, mins[i] - w), 0);
    if (deficit <= 0) break;
    widths.forEach((w, i) => (widths[i] = Math.max(w, mins[i])));
    const slack = widths.map((w, i) => Math.max(0, w - mins[i]));
    const total = slack.reduce((a, b) => a + b, 0);
    if (total <= 0) break;
    widths.forEach((w, i) => (widths[i] = w - (deficit * slack[i]) / total));
  }
  return widths.map((w) => Math.floor(w * 100) / 100);
}

/** Per column, the width its unwrapped cells (numbers) need: cells spanning one column only. */
export function noWrapMinimums(rows: Row[], columns: number, s: TableStyle): number[] {
  const mins = Array.from({ length: columns }, () => 0);
  for (const r of rows) {
    r.forEach((cell, col) => {
      if (cell?.noWrap && (cell.colSpan ?? 1) === 1) mins[col] = Math.max(mins[col], textWidth(cell.text, { fontSize: s.fontSize, bold: cell.bold }) + 0.5);
    });
  }
  return mins;
}
