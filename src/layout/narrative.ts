import type { Block } from '../compose/narrative.js';
import type { DocumentLayout, LayoutContext, Node } from './types.js';

/** 部门整体支出绩效自评报告 (the narrative): a cover block, then sections, then the closing unit and date. */
export function layoutNarrative(ctx: LayoutContext, blocks: Block[]): DocumentLayout {
  const { input, labels, styles } = ctx;
  const s = styles.narrative;
  const indent = s.bodySize * s.firstLineIndentChars;
  const content: Node[] = [];
  let breakNext = false;
  for (const b of blocks) {
    if (b.kind === 'pagebreak') {
      breakNext = true;
      continue;
    }
    const node = blockNode(b, s, indent);
    if (breakNext) {
      node.pageBreak = 'before';
      breakNext = false;
    }
    content.push(node);
  }
  return {
    kind: 'narrative',
    title: labels.text('documents.narrative.title'),
    fileName: labels.text('documents.narrative.fileName', { unitName: input.unit.name, year: input.year }),
    orientation: styles.orientation.narrative,
    content,
  };
}

function blockNode(b: Block, s: LayoutContext['styles']['narrative'], indent: number): Record<string, unknown> {
  const body = { fontSize: s.bodySize, lineHeight: s.lineHeight };
  switch (b.kind) {
    case 'title':
      return { text: b.text, fontSize: s.titleSize, bold: true, alignment: 'center', margin: [0, 150, 0, 24] };
    case 'subtitle':
      return { text: b.text, fontSize: s.subtitleSize, alignment: 'center', margin: [0, 0, 0, 150] };
    case 'unit':
      return { text: b.text, ...body, alignment: 'center', margin: [0, 0, 0, 18] };
    case 'signature':
      return { text: b.text, ...body, alignment: 'center', margin: [0, 0, 0, 18] };
    case 'date':
      return { text: b.text, ...body, alignment: 'center' };
    case 'h1':
      return { text: b.text, fontSize: s.headingSize, bold: true, lineHeight: s.lineHeight, margin: [0, 6, 0, 0] };
    case 'h2':
      return { text: b.text, fontSize: s.headingSize, bold: true, lineHeight: s.lineHeight, margin: [s.headingSize * 2, 0, 0, 0] };
    case 'closing':
      return { text: b.text, ...body, alignment: 'right', margin: [0, 0, s.bodySize * 2, 0] };
    default:
      return { text: b.text, ...body, alignment: 'justify', leadingIndent: indent };
  }
}
