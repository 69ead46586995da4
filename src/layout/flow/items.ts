import { joinLines, lineHeight, wrapLines, type TextLine, type TextStyle } from '../measure/text.js';
import type { TableSpec, TableStyle } from '../table/model.js';
import type { Node } from '../types.js';

// What a document is made of, for the paginator: each item knows its height before pdfmake sees it.

/** Something that is never cut: a heading line, the signature lines, a caption. */
export interface BlockItem {
  kind: 'block';
  height: number;
  /** A fresh pdfmake node each call (pdfmake mutates nodes). */
  make: () => Node;
  /** Stay on the page where the next item starts. */
  keepWithNext?: boolean;
  /** Stay on the page where the previous item ends (signature lines after a table, a closing after the text). */
  keepWithPrevious?: boolean;
}

/** A paragraph: pdfmake may run it over a page, line by line. */
export interface TextItem {
  kind: 'text';
  text: string;
  style: TextStyle;
  width: number;
  marginTop: number;
  marginBottom: number;
  /** The pdfmake node for this paragraph, or for a part of it cut off at a page end. */
  make: (part: TextItem) => Node;
  keepWithNext?: boolean;
}

export interface TableItem {
  kind: 'table';
  spec: TableSpec;
  style: TableStyle;
}

export interface PageBreakItem {
  kind: 'pageBreak';
}

export type FlowItem = BlockItem | TextItem | TableItem | PageBreakItem;

/**
 * The lines of each paragraph, kept with it: the paginator asks for them three or four times (its own height, what
 * the item before must keep with, running it over pages, its node), and each asking broke the text again. Kept only
 * while the item still has the text, style and width they were broken for.
 */
const linesOf = new WeakMap<TextItem, { text: string; style: TextStyle; width: number; lines: TextLine[] }>();

/** The lines of a paragraph (the same array each time: callers do not change it). */
export function textLines(item: TextItem): TextLine[] {
  const known = linesOf.get(item);
  if (known && known.text === item.text && known.style === item.style && known.width === item.width) return known.lines;
  // With their words: a justified paragraph's lines are spread between them (linesNode).
  const lines = wrapLines(item.text, item.style, item.width, { words: true });
  linesOf.set(item, { text: item.text, style: item.style, width: item.width, lines });
  return lines;
}

export function textLineHeight(item: TextItem): number {
  return lineHeight(item.style);
}

/** The first `n` lines of a paragraph and the rest, as two paragraphs that wrap exactly as the whole did. */
export function splitText(item: TextItem, n: number): [TextItem, TextItem] {
  const lines = textLines(item);
  return [
    { ...item, text: joinLines(lines.slice(0, n)), marginBottom: 0 },
    { ...item, text: joinLines(lines.slice(n)), marginTop: 0, style: { ...item.style, leadingIndent: 0 } },
  ];
}
