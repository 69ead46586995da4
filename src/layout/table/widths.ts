import { textWidth } from '../measure/text.js';
import { cellLines, tableLineHeight } from './geometry.js';
import type { Cell, Row, TableStyle } from './model.js';
import { mapList } from '../../mapList.js';

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
  const widths = mapList(shares, (x) => (x * usable) / sum);
  const mins = mapList(shares, (_, i) => minimums[i] ?? 0);
  for (let round = 0; round < shares.length; round++) {
    const deficit = widths.reduce((d, w, i) => d + Math.max(0, mins[i] - w), 0);
    if (deficit <= 0) break;
    widths.forEach((w, i) => (widths[i] = Math.max(w, mins[i])));
    const slack = mapList(widths, (w, i) => Math.max(0, w - mins[i]));
    const total = slack.reduce((a, b) => a + b, 0);
    if (total <= 0) break;
    widths.forEach((w, i) => (widths[i] = w - (deficit * slack[i]) / total));
  }
  return mapList(widths, (w) => Math.floor(w * 100) / 100);
}

/** Per column, the width its unwrapped cells (numbers) need: cells spanning one column only. */
export function noWrapMinimums(rows: Row[], columns: number, s: TableStyle): number[] {
  const mins = Array.from({ length: columns }, () => 0);
  for (const r of rows) {
    for (let col = 0; col < r.length; col++) {
      const cell = r[col];
      if (cell?.noWrap && (cell.colSpan ?? 1) === 1) mins[col] = Math.max(mins[col], textWidth(cell.text, { fontSize: s.fontSize, bold: cell.bold }) + 0.5);
    }
  }
  return mins;
}

/**
 * `hard` raised so that `whole` cells (headings) fit on one line, as far as the other columns can give the room and
 * keep what `keep` says (points, by column): column widths chosen from the content, so that "2022年决算数" is not broken as
 * "2022年决算 / 数" while the label column has room to spare. The cheapest raises are taken first; a heading too
 * long for the room left wraps.
 */
export function wholeMinimums(rows: Row[], hard: number[], total: number, s: TableStyle, keep: number[] = []): number[] {
  const wanted = [...hard];
  for (const r of rows) {
    r.forEach((cell, col) => {
      if (cell?.whole && (cell.colSpan ?? 1) === 1) wanted[col] = Math.max(wanted[col], textWidth(cell.text, { fontSize: s.fontSize, bold: cell.bold }) + 0.5);
    });
  }
  const kept = mapList(hard, (h, col) => Math.max(h, keep[col] ?? 0));
  const out = [...kept];
  let room = usableWidth(hard.length, total, s) - out.reduce((a, b) => a + b, 0);
  const raises = mapList(wanted, (w, col) => ({ col, by: w - out[col] })).filter((r) => r.by > 0);
  for (const { col, by } of raises.sort((a, b) => a.by - b.by)) {
    if (by > room) break;
    out[col] += by;
    room -= by;
  }
  return mapList(out, (w, col) => (w > kept[col] ? w : hard[col]));
}

/**
 * What a set of widths costs `rows` in `columns`: each row as tall as its tallest cell, squared (one very tall row,
 * a sentence in a narrow column, weighs more than a line more in a few rows); a merged cell's height shared by its
 * rows; a heading (`whole`) broken inside costs as much as a four-line row.
 */
function cost(rows: Row[], widths: number[], columns: number[], s: TableStyle): number {
  const demand = mapList(rows, () => 0);
  let penalty = 0;
  const line = tableLineHeight(s);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (let c = 0; c < columns.length; c++) {
      const col = columns[c];
      const cell = r[col];
      if (!cell?.text || (cell.colSpan ?? 1) !== 1) continue;
      if (cell.merge && i > 0 && rows[i - 1][col]?.merge === cell.merge) continue;
      let span = 1;
      while (cell.merge && rows[i + span]?.[col]?.merge === cell.merge) span++;
      const lines = cellLines(cell, widths, col, s).length;
      const h = (lines * line) / span;
      for (let k = i; k < i + span; k++) demand[k] = Math.max(demand[k], h);
      if (cell.whole && lines > 1) penalty += (4 * line) ** 2;
    }
  }
  return demand.reduce((sum, h) => sum + h * h, penalty);
}

/**
 * `widths` with room moved between `columns` while that lowers the cost of `rows` (above), each column kept at
 * its minimum: the columns share their room by their text (a long sentence in one column widens it, an empty
 * column gives its room away, a heading stays whole while the others can spare it). Greedy, in steps from 16
 * points down to 2; deterministic.
 */
export function balanceWidths(widths: number[], rows: Row[], columns: number[], s: TableStyle, minimums: number[] = []): number[] {
  const key = balanceKey(widths, rows, columns, s, minimums);
  let out = balanced.get(key);
  if (!out) {
    if (balanced.size >= BALANCED_MAX) balanced.clear();
    balanced.set(key, (out = balanceAfresh(widths, rows, columns, s, minimums)));
  }
  return [...out];
}

/**
 * Balanced widths by everything the search reads: a rebuild (the web page's preview after a keystroke, the next unit
 * of a batch) lays out mostly the same text columns again, and the search measures each of their cells at every
 * width it tries. Bounded: a long-running process (serve, a batch of units whose texts differ) keeps at most 100 tables (a key is a few KB).
 */
const balanced = new Map<string, number[]>();
const BALANCED_MAX = 100;

/**
 * What balance() reads, as text: the starting widths, the columns that trade room and their minimums, the style,
 * and of each cell in those columns what its lines and its merge depend on. Other columns' cells are never measured.
 */
function balanceKey(widths: number[], rows: Row[], columns: number[], s: TableStyle, minimums: number[]): string {
  const cell = (c: Cell | null | undefined) => (c ? [c.text, c.bold ? 1 : 0, c.noWrap ? 1 : 0, c.whole ? 1 : 0, c.colSpan ?? 1, c.merge ?? null, c.indent ?? 0] : null);
  const cells = mapList(rows, (r) => mapList(columns, (col) => cell(r[col])));
  return JSON.stringify([widths, columns, mapList(columns, (col) => minimums[col] ?? 0), s.fontSize, s.padding, s.rule, cells]);
}

/** The search itself, run every time: what balanceWidths remembers (and what its test compares it with). */
export function balanceAfresh(widths: number[], rows: Row[], columns: number[], s: TableStyle, minimums: number[] = []): number[] {
  const w = [...widths];
  let best = cost(rows, w, columns, s);
  for (const step of [16, 8, 4, 2]) {
    for (let moved = true, rounds = 0; moved && rounds < 50; rounds++) {
      moved = false;
      for (const from of columns) {
        for (const to of columns) {
          if (from === to || w[from] - step < (minimums[from] ?? 0)) continue;
          w[from] -= step;
          w[to] += step;
          const c = cost(rows, w, columns, s);
          if (c < best - 0.01) {
            best = c;
            moved = true;
          } else {
            w[from] += step;
            w[to] -= step;
          }
        }
      }
    }
  }
  return mapList(w, (x) => Math.floor(x * 100) / 100);
}
