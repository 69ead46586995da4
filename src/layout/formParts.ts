import { formatChineseDate } from '../compose/format.js';
import type { LayoutContext, Node } from './types.js';

/** 附件N label, title, and the lines above a form's table. */
export function formHeading(ctx: LayoutContext, docKey: string, captionLeft: string, captionRight: string, withYear: boolean): Node[] {
  const { labels, styles, input } = ctx;
  const t = styles.tables;
  const nodes: Node[] = [
    { text: labels.text(`documents.${docKey}.attachment`), fontSize: t.captionSize + 2, bold: true, margin: [0, 0, 0, 8] },
    { text: labels.text(`documents.${docKey}.title`), fontSize: t.titleSize, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
  ];
  if (withYear) nodes.push({ text: labels.text('common.yearLine', { year: input.year }), fontSize: t.captionSize, alignment: 'center', margin: [0, 0, 0, 4] });
  nodes.push({
    columns: [
      { text: captionLeft, width: '*' },
      { text: captionRight, width: 'auto', alignment: 'right' },
    ],
    fontSize: t.captionSize,
    margin: [0, 0, 0, 4],
  });
  return nodes;
}

/** 填表人 / 填表日期 / 联系电话 / 单位负责人签字 below a form. */
export function formSignatures(ctx: LayoutContext): Node[] {
  const { labels, input, styles } = ctx;
  const c = input.contacts;
  return [
    {
      columns: [
        { text: `${labels.text('common.preparer')}${c.preparer}`, width: 'auto' },
        { text: `${labels.text('common.formDate')}${formatChineseDate(input.formDate)}`, width: 'auto' },
        { text: `${labels.text('common.phone')}${c.phone}`, width: 'auto' },
      ],
      columnGap: 28,
      fontSize: styles.tables.captionSize,
      margin: [0, 10, 0, 0],
    },
    { text: `${labels.text('common.unitHead')}${c.unitHead ?? ''}`, fontSize: styles.tables.captionSize, margin: [0, 10, 0, 0] },
  ];
}

/** Table layout shared by all forms: thin black rules, modest padding. */
export function formTableLayout(padding: number): Record<string, unknown> {
  return {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => padding - 1,
    paddingBottom: () => padding - 1,
  };
}
