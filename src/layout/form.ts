import { textLines, type BlockItem, type TextItem } from './flow/items.js';
import type { PageSpec } from './flow/paginate.js';
import { lineHeight, linesNode, textWidth, wrapLines, type TextStyle } from './measure/text.js';
import { contentHeight, contentWidth, type Orientation, type Styles } from './styles.js';
import type { TableStyle } from './table/model.js';
import type { LayoutContext, Node, SignaturePlace } from './types.js';
import { mapList } from '../mapList.js';

// Small builders shared by the documents: paragraphs and lines whose heights are known before pdfmake runs.

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TextOptions extends TextStyle {
  align?: Alignment;
  marginTop?: number;
  marginBottom?: number;
  keepWithNext?: boolean;
}

export function tableStyle(s: Styles): TableStyle {
  return { fontSize: s.tables.cellSize, padding: s.tables.cellPadding, rule: s.tables.rule };
}

/** A paragraph `width` points wide (pdfmake may run it over pages). */
export function paragraph(text: string, width: number, o: TextOptions): TextItem {
  const style: TextStyle = { fontSize: o.fontSize, bold: o.bold, lineHeight: o.lineHeight, leadingIndent: o.leadingIndent };
  return {
    kind: 'text',
    text,
    style,
    width,
    marginTop: o.marginTop ?? 0,
    marginBottom: o.marginBottom ?? 0,
    keepWithNext: o.keepWithNext,
    make: (part) => {
      const align = o.align ?? 'left';
      const indent = part.style.leadingIndent ? { leadingIndent: part.style.leadingIndent } : {};
      // The lines the layout broke, handed over as they are; a justified one is spread between its words when drawn.
      const text = linesNode(textLines(part), indent, align === 'justify');
      const node: Record<string, unknown> = { ...text, fontSize: o.fontSize, alignment: align, margin: [0, part.marginTop, 0, part.marginBottom] };
      if (o.bold) node.bold = true;
      if (o.lineHeight && o.lineHeight !== 1) node.lineHeight = o.lineHeight;
      return node;
    },
  };
}

/** Paragraphs and blocks kept together as one block (a short note with the signatures under it). */
export function keepTogether(parts: (TextItem | BlockItem)[], keepWithPrevious = false): BlockItem {
  const height = (p: TextItem | BlockItem) =>
    p.kind === 'block' ? p.height : p.marginTop + textLines(p).length * lineHeight(p.style) + p.marginBottom;
  return {
    kind: 'block',
    height: parts.reduce((sum, p) => sum + height(p), 0),
    keepWithPrevious,
    make: () => ({ stack: mapList(parts, (p) => (p.kind === 'block' ? p.make() : p.make(p))) }),
  };
}

/** Texts side by side on one line (e.g. 填报单位 … 单位：万元), each wrapping in its own column. */
export function columnsBlock(cols: { text: string; width: number; align?: Alignment; extra?: Node[]; place?: SignaturePlace }[], o: TextOptions & { gap: number }): BlockItem {
  const style: TextStyle = { fontSize: o.fontSize, bold: o.bold };
  const lines = mapList(cols, (c) => wrapLines(c.text, style, c.width));
  const height = Math.max(...mapList(lines, (l) => l.length * lineHeight(style))) + (o.marginTop ?? 0) + (o.marginBottom ?? 0);
  return {
    kind: 'block',
    height,
    keepWithNext: o.keepWithNext,
    make: () => ({
      // A signature's place is measured from its text's first line.
      columns: mapList(cols, (c, i) => ({ width: c.width, stack: [{ ...linesNode(lines[i], c.place ? { signaturePlace: c.place } : undefined), alignment: c.align ?? 'left' }, ...(c.extra ?? [])] })),
      columnGap: o.gap,
      fontSize: o.fontSize,
      ...(o.bold ? { bold: true } : {}),
      margin: [0, o.marginTop ?? 0, 0, o.marginBottom ?? 0],
    }),
  };
}

/**
 * Widths for texts on one line: each as wide as it needs, column `flex` taking what is left (and wrapping when it
 * is long); all even when the others would leave it less than half the line.
 */
export function shareLine(texts: string[], total: number, gap: number, style: TextStyle, flex = 0): number[] {
  const natural = mapList(texts, (t) => Math.ceil(textWidth(t, style) + 1));
  const room = total - gap * (texts.length - 1);
  const others = natural.reduce((a, b, i) => (i === flex ? a : a + b), 0);
  if (others + natural[flex] <= room || others <= room / 2) return mapList(natural, (n, i) => (i === flex ? room - others : n));
  const even = Math.floor((room / texts.length) * 100) / 100;
  return mapList(texts, () => even);
}

/** The page of a document in this orientation: its height and its 续表 mark (`text`). */
export function pageSpec(styles: Styles, orientation: Orientation, text: string): PageSpec {
  const style = { fontSize: styles.tables.captionSize };
  const margin = 4;
  const lines = wrapLines(text, style, contentWidth(styles, orientation));
  return {
    height: contentHeight(styles, orientation),
    continued: {
      kind: 'block',
      height: lines.length * lineHeight(style) + margin,
      make: () => ({ ...linesNode(lines), ...style, alignment: 'right', margin: [0, 0, 0, margin] }),
    },
  };
}

/** An image laid over the flow at an offset from the current position, taking no room (a signature, a seal). */
export function overlayImage(name: string, fit: [number, number], x: number, y: number): Node {
  return { image: name, fit, relativePosition: { x, y } };
}
