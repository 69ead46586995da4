import { lineHeight, wrapLines, type TextLine, type TextStyle } from '../measure/text.js';
import type { Cell, Row, TableSpec, TableStyle } from './model.js';
import { mapList } from '../../mapList.js';

// The heights pdfmake gives a table without headerRows or dontBreakRows (the plain mode, the only one whose rowSpan
// arithmetic is right): each row is padding + its tallest cell + padding + rule; a merged cell taller than its rows
// stretches the last of them.

/** A cell as placed on one page: where it starts and how many rows and columns it covers. */
export interface Placed {
  cell: Cell;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export const padTop = (s: TableStyle) => s.padding - 1;
export const padBottom = (s: TableStyle) => s.padding - 1;

export function textStyle(cell: Cell, s: TableStyle): TextStyle {
  return { fontSize: s.fontSize, bold: cell.bold, noWrap: cell.noWrap };
}

/** Width available to the text of a cell starting at `col` spanning `colSpan` columns. */
export function cellWidth(widths: number[], col: number, colSpan: number, s: TableStyle, indent = 0): number {
  let w = widths[col];
  for (let i = 1; i < colSpan; i++) w += widths[col + i] + 2 * s.padding + s.rule;
  return w - indent;
}

/**
 * Lines by cell text, then by bold and noWrap (0–3), font size and width: numbers stay numbers as keys (printing a
 * width as text for a key cost more than the lookup), and the text is the key's long part, hashed once per string.
 */
const cache = new Map<string, Map<number, Map<number, TextLine[]>>[]>();
let cached = 0;

/**
 * The lines measured for each cell object, by width: the paginator asks for the same cell at the same width many
 * times while it splits a table, and the column balancing tries a handful of widths per cell; this answers without
 * looking the text up.
 */
const ofCell = new WeakMap<Cell, { fontSize: number; byWidth: Map<number, TextLine[]> }>();

/** The lines of a cell's text (memoised: the paginator measures the same cells many times). */
export function cellLines(cell: Cell, widths: number[], col: number, s: TableStyle): TextLine[] {
  const width = cellWidth(widths, col, cell.colSpan ?? 1, s, cell.indent);
  let known = ofCell.get(cell);
  if (!known || known.fontSize !== s.fontSize) ofCell.set(cell, (known = { fontSize: s.fontSize, byWidth: new Map() }));
  let lines = known.byWidth.get(width);
  if (!lines) known.byWidth.set(width, (lines = linesByText(cell, width, s)));
  return lines;
}

function linesByText(cell: Cell, width: number, s: TableStyle): TextLine[] {
  let byStyle = cache.get(cell.text);
  if (!byStyle) {
    if (cached > 50_000) {
      cache.clear();
      cached = 0;
    }
    cache.set(cell.text, (byStyle = []));
  }
  const flags = (cell.bold ? 1 : 0) + (cell.noWrap ? 2 : 0);
  const bySize = (byStyle[flags] ??= new Map());
  let byWidth = bySize.get(s.fontSize);
  if (!byWidth) bySize.set(s.fontSize, (byWidth = new Map()));
  let lines = byWidth.get(width);
  if (!lines) {
    lines = wrapLines(cell.text, textStyle(cell, s), width);
    byWidth.set(width, lines);
    cached++;
  }
  return lines;
}

export function cellHeight(cell: Cell, widths: number[], col: number, s: TableStyle): number {
  return cellLines(cell, widths, col, s).length * tableLineHeight(s);
}

/** The height of a line of text in a table's cells: its font size's; bold and noWrap do not change it. */
export function tableLineHeight(s: TableStyle): number {
  return lineHeight({ fontSize: s.fontSize });
}

/** Merges the keyed cells of consecutive rows: the cells of a page, each with its spans. */
export function place(rows: Row[]): Placed[][] {
  const placed: Placed[][] = mapList(rows, () => []);
  const covered = mapList(rows, (r) => mapList(r, () => false));
  rows.forEach((r, i) => {
    r.forEach((cell, c) => {
      if (!cell || covered[i][c]) return;
      const colSpan = cell.colSpan ?? 1;
      let rowSpan = 1;
      if (cell.merge) {
        while (i + rowSpan < rows.length) {
          const below = rows[i + rowSpan][c];
          if (!below || below.merge !== cell.merge || (below.colSpan ?? 1) !== colSpan) break;
          covered[i + rowSpan][c] = true;
          rowSpan++;
        }
      }
      placed[i].push({ cell, row: i, col: c, rowSpan, colSpan });
    });
  });
  return placed;
}

/** Content height of each row of a page (between its paddings), as pdfmake computes it. */
export function rowHeights(placed: Placed[][], widths: number[], s: TableStyle): number[] {
  const heights: number[] = [];
  const pitch = (h: number) => padTop(s) + h + padBottom(s) + s.rule;
  const ending: Placed[][] = mapList(placed, () => []);
  for (const r of placed) for (const p of r) ending[p.row + p.rowSpan - 1].push(p);
  for (let i = 0; i < placed.length; i++) {
    let h = 0;
    for (const p of ending[i]) {
      let need = cellHeight(p.cell, widths, p.col, s);
      for (let k = p.row; k < i; k++) need -= pitch(heights[k]);
      h = Math.max(h, need);
    }
    heights.push(h);
  }
  return heights;
}

/** Height of a table of `rows` printed on one page: top rule (unless it shares the rule above), rows, rules. */
export function tableHeight(rows: Row[], spec: Pick<TableSpec, 'widths'>, s: TableStyle, topRule = true): number {
  const heights = rowHeights(place(rows), spec.widths, s);
  return (topRule ? s.rule : 0) + heights.reduce((sum, h) => sum + padTop(s) + h + padBottom(s) + s.rule, 0);
}

/**
 * tableHeight for the tables a paginator tries while it fills a page: the same rows again, one more each time.
 * The placing of the rows in common with the table measured before is kept (only the merges reaching past them are
 * undone), and so are the heights of the rows above the last one in common and the running sum over them, added up
 * in tableHeight's order so that every figure is the same to the last bit.
 */
export class TableMeasure {
  private rows: Row[] = [];
  /** covering[i][c]: the placed cell starting in column c whose rows include row i (place's merge, kept row by row). */
  private covering: (Measured | undefined)[][] = [];
  private heights: number[] = [];
  /** sums[i]: the height of rows 0..i-1, without the top rule (tableHeight adds it last). */
  private sums: number[] = [0];

  constructor(
    private readonly widths: number[],
    private readonly s: TableStyle,
  ) {}

  height(rows: Row[], topRule = true): number {
    const s = this.s;
    let common = 0;
    while (common < rows.length && common < this.rows.length && rows[common] === this.rows[common]) common++;
    this.placeFrom(rows, common);
    // A cell of the last common row may merge on into the next row, so that row's height can change; no cell that
    // ends above it can, and a row's height depends only on the cells ending there and the rows above.
    const stable = Math.max(0, common - 1);
    this.heightsFrom(stable);
    const sums = this.sums;
    sums.length = Math.min(sums.length, stable + 1);
    for (let i = sums.length - 1; i < rows.length; i++) sums.push(sums[i] + padTop(s) + this.heights[i] + padBottom(s) + s.rule);
    this.rows = rows;
    return (topRule ? s.rule : 0) + sums[rows.length];
  }

  /** place() of `rows`, with its first `common` rows placed before: their merges cut at `common`, the rest added. */
  private placeFrom(rows: Row[], common: number): void {
    const covering = this.covering;
    covering.length = common;
    if (common > 0) for (const p of covering[common - 1]) if (p && p.row + p.rowSpan > common) p.rowSpan = common - p.row;
    for (let i = common; i < rows.length; i++) {
      const above = i > 0 ? covering[i - 1] : undefined;
      const r = rows[i];
      const here: (Measured | undefined)[] = new Array(r.length);
      for (let c = 0; c < r.length; c++) {
        const cell = r[c];
        if (!cell) continue;
        const colSpan = cell.colSpan ?? 1;
        const p = above?.[c];
        // place() merges a cell into the one above in its column when both carry the key and span alike.
        if (p && p.cell.merge && cell.merge === p.cell.merge && p.colSpan === colSpan) {
          p.rowSpan++;
          here[c] = p;
        } else here[c] = { cell, row: i, col: c, rowSpan: 1, colSpan, height: cellHeight(cell, this.widths, c, this.s) };
      }
      covering.push(here);
    }
  }

  /** rowHeights from row `from` on, the rows above kept: the cells ending on a row are found in its covering. */
  private heightsFrom(from: number): void {
    const { s, heights, covering } = this;
    heights.length = from;
    const pitch = (h: number) => padTop(s) + h + padBottom(s) + s.rule;
    for (let i = from; i < covering.length; i++) {
      let h = 0;
      for (const p of covering[i]) {
        if (!p || p.row + p.rowSpan - 1 !== i) continue;
        let need = p.height;
        for (let k = p.row; k < i; k++) need -= pitch(heights[k]);
        h = Math.max(h, need);
      }
      heights.push(h);
    }
  }

  /** The table last measured, as place() and rowHeights() give it: its cells by starting row, and its row heights. */
  measured(): { placed: Placed[][]; heights: number[] } {
    const placed: Placed[][] = mapList(this.covering, (here, i) => here.filter((p): p is Measured => p !== undefined && p.row === i));
    return { placed, heights: [...this.heights] };
  }
}

/** A placed cell with the height of its text, measured once however often the paginator asks. */
interface Measured extends Placed {
  height: number;
}
