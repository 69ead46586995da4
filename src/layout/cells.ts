import type { Node } from './types.js';

type CellOptions = { colSpan?: number; rowSpan?: number; bold?: boolean; align?: 'left' | 'center' | 'right'; fill?: string; border?: boolean[] };

/** A table cell of text. Never vertically aligned: pdfmake loses content when such a table crosses a page. */
export function cell(text: string, o: CellOptions = {}): Node {
  const node: Record<string, unknown> = { text, alignment: o.align ?? 'left' };
  if (o.colSpan) node.colSpan = o.colSpan;
  if (o.rowSpan) node.rowSpan = o.rowSpan;
  if (o.bold) node.bold = true;
  if (o.fill) node.fillColor = o.fill;
  if (o.border) node.border = o.border;
  return node;
}

/** A number cell: right-aligned, never wrapped. */
export function numberCell(text: string, o: CellOptions = {}): Node {
  return { ...(cell(text, { ...o, align: o.align ?? 'right' }) as object), noWrap: true };
}

export function headerCell(text: string, fill: string, o: CellOptions = {}): Node {
  return cell(text, { align: 'center', bold: true, fill, ...o });
}

/** The placeholder pdfmake wants under a spanned cell. */
export function spanned(): Node {
  return {};
}

/** A cell spanning `colSpan` columns, with the placeholders pdfmake expects after it. */
export function span(node: Node, colSpan: number): Node[] {
  return [{ ...(node as object), colSpan }, ...Array.from({ length: colSpan - 1 }, spanned)];
}
