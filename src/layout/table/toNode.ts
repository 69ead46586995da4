import type { Node } from '../types.js';
import { linesNode } from '../measure/text.js';
import { cellHeight, cellLines, padBottom, padTop, place, rowHeights, type Placed } from './geometry.js';
import type { Row, TableStyle } from './model.js';
import { mapList } from '../../mapList.js';

/** pdfmake's table layout for forms: thin rules everywhere; the top rule left out where it would double another. */
export function formTableLayout(s: TableStyle, topRule = true): Record<string, unknown> {
  return {
    hLineWidth: (i: number) => (i === 0 && !topRule ? 0 : s.rule),
    vLineWidth: () => s.rule,
    paddingLeft: () => s.padding,
    paddingRight: () => s.padding,
    paddingTop: () => padTop(s),
    paddingBottom: () => padBottom(s),
  };
}

/**
 * The pdfmake table of `rows` on one page. Merges become rowSpans that never cross a page. Cells are centred
 * vertically by a top margin computed from the known row heights: pdfmake's verticalAlignment loses content at
 * page breaks, so it is never used.
 */
export function tableNode(rows: Row[], widths: number[], s: TableStyle, topRule = true, measured?: { placed: Placed[][]; heights: number[] }): Node {
  // What a TableMeasure worked out for these rows, or worked out here.
  const placed = measured?.placed ?? place(rows);
  const heights = measured?.heights ?? rowHeights(placed, widths, s);
  const pitch = (i: number) => padTop(s) + heights[i] + padBottom(s) + s.rule;
  const body: Node[][] = mapList(rows, (r) => mapList(r, () => ({})));
  for (const line of placed) {
    for (const p of line) {
      let room = heights[p.row + p.rowSpan - 1];
      for (let k = p.row; k < p.row + p.rowSpan - 1; k++) room += pitch(k);
      const slack = room - cellHeight(p.cell, widths, p.col, s);
      const top = p.cell.top ? 0 : Math.max(0, Math.floor((slack / 2) * 100) / 100);
      // The lines the layout already broke: pdfmake draws them as they are instead of breaking the text again.
      const node = linesNode(cellLines(p.cell, widths, p.col, s));
      node.alignment = p.cell.align ?? 'left';
      if (p.cell.bold) node.bold = true;
      if (p.cell.fill) node.fillColor = p.cell.fill;
      if (p.colSpan > 1) node.colSpan = p.colSpan;
      if (p.rowSpan > 1) node.rowSpan = p.rowSpan;
      if (top || p.cell.indent) node.margin = [p.cell.indent ?? 0, top, 0, 0];
      body[p.row][p.col] = node;
    }
  }
  return { table: { widths: [...widths], body }, layout: formTableLayout(s, topRule), fontSize: s.fontSize };
}
