import type { Block } from '../compose/narrative.js';
import type { BlockItem, FlowItem } from './flow/items.js';
import { paginate } from './flow/paginate.js';
import { pageSpec, paragraph, type TextOptions } from './form.js';
import { contentWidth } from './styles.js';
import { documentImages, principalPlace, sealOverlay, signatureOverlay, signedName } from './formParts.js';
import { lineHeight, linesNode, textWidth, wrapLines } from './measure/text.js';
import type { DocumentLayout, LayoutContext, Node } from './types.js';
import { mapList } from '../mapList.js';

const KIND = 'narrative';

/** What the set names the narrative (its title and file name, hunan-2022's profile.yaml) and its 续表 mark. */
export interface NarrativeNames {
  title: string;
  fileName: string;
  continued: string;
}

/** The width the narrative's text runs in, in its orientation (templates/styles.yaml `orientation.narrative`). */
const pageWidth = (ctx: LayoutContext) => contentWidth(ctx.styles, ctx.styles.orientation.narrative);

/** 部门整体支出绩效自评报告 (the narrative): a cover block, then sections, then the closing unit and date. */
export function layoutNarrative(ctx: LayoutContext, blocks: Block[], names: NarrativeNames): DocumentLayout {
  const { input, styles } = ctx;
  const items: FlowItem[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'pagebreak') items.push({ kind: 'pageBreak' });
    else if (b.kind === 'closing') {
      // The closing lines (unit, date) stay together, under the seal when the input gives one.
      const lines: string[] = [];
      while (blocks[i]?.kind === 'closing') lines.push(blocks[i++].text);
      i--;
      items.push(closing(ctx, lines));
    } else if (b.kind === 'signature') items.push(signature(ctx, b.text, signedName(ctx, 'principal', input.contacts.principal)));
    else items.push(paragraph(b.text, pageWidth(ctx), blockOptions(b, ctx)));
  }
  const { content, pages } = paginate(items, pageSpec(styles, styles.orientation.narrative, names.continued));
  return {
    kind: KIND,
    title: names.title,
    fileName: names.fileName,
    orientation: styles.orientation.narrative,
    content,
    pages,
    images: documentImages(ctx),
  };
}

function blockOptions(b: Block, ctx: LayoutContext): TextOptions {
  const s = ctx.styles.narrative;
  const body = { fontSize: s.bodySize, lineHeight: s.lineHeight };
  switch (b.kind) {
    case 'title':
      return { fontSize: s.titleSize, bold: true, align: 'center', marginTop: 150, marginBottom: 24 };
    case 'subtitle':
      return { fontSize: s.subtitleSize, align: 'center', marginBottom: 150 };
    case 'unit':
      return { ...body, align: 'center', marginBottom: 18 };
    case 'date':
      return { ...body, align: 'center' };
    case 'h1':
      return { fontSize: s.headingSize, bold: true, lineHeight: s.lineHeight, marginTop: 6, keepWithNext: true };
    case 'h2':
      return { fontSize: s.headingSize, bold: true, lineHeight: s.lineHeight, leadingIndent: s.headingSize * 2, keepWithNext: true };
    default:
      return { ...body, align: 'justify', leadingIndent: s.bodySize * s.firstLineIndentChars };
  }
}

/** 主要负责人签字：and the principal's name, centred on the cover, the signature image over the name when given. */
function signature(ctx: LayoutContext, label: string, name: string): BlockItem {
  const s = ctx.styles.narrative;
  const style = { fontSize: s.bodySize, lineHeight: s.lineHeight };
  const width = pageWidth(ctx);
  const text = `${label}${name}`;
  const lines = wrapLines(text, style, width);
  const indent = Math.max(0, (width - textWidth(text, style)) / 2);
  const overlay = mapList(signatureOverlay(ctx, 'principal', label, s.bodySize), (n) => shift(n, indent));
  return {
    kind: 'block',
    height: lines.length * lineHeight(style) + 18,
    make: () => ({ stack: [{ ...linesNode(lines, { signaturePlace: principalPlace(ctx, label, indent, style) }), alignment: 'center', ...style }, ...overlay], margin: [0, 0, 0, 18] }),
  };
}

/** The closing: unit name and date right-aligned two characters in, the seal over both, never alone on a page. */
function closing(ctx: LayoutContext, lines: string[]): BlockItem {
  const s = ctx.styles.narrative;
  const style = { fontSize: s.bodySize, lineHeight: s.lineHeight };
  const width = pageWidth(ctx);
  const right = s.bodySize * 2;
  const lh = lineHeight(style);
  const wrapped = mapList(lines, (l) => wrapLines(l, style, width - right));
  const heights = mapList(wrapped, (w) => w.length * lh);
  const widest = Math.min(width - right, Math.max(...mapList(lines, (l) => textWidth(l, style))));
  const seal = mapList(sealOverlay(ctx, width - right - widest / 2, s.bodySize), (n) => shift(n, 0, -(heights.reduce((a, b) => a + b, 0) - lh) / 2));
  // One blank line above the closing.
  return {
    kind: 'block',
    height: lh + heights.reduce((a, b) => a + b, 0),
    keepWithPrevious: true,
    make: () => ({ stack: [...mapList(wrapped, (w) => ({ ...linesNode(w), alignment: 'right', ...style, margin: [0, 0, right, 0] })), ...seal], margin: [0, lh, 0, 0] }),
  };
}

/** An overlay node moved by (dx, dy). */
function shift(node: Node, dx: number, dy = 0): Node {
  const n = node as { relativePosition: { x: number; y: number } };
  return { ...n, relativePosition: { x: n.relativePosition.x + dx, y: n.relativePosition.y + dy } };
}
