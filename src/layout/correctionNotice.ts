import type { Labels } from '../compose/labels.js';
import type { AffectedDocument } from '../diff/documents.js';
import type { FactChange } from '../diff/facts.js';
import { formatChineseDate } from '../compose/format.js';
import { cell, headerCell, numberCell } from './cells.js';
import { formTableLayout } from './formParts.js';
import type { Styles } from './styles.js';
import type { DocumentLayout, Node } from './types.js';
import { mapList } from '../mapList.js';

/** The correction notice is not one of the report's documents: it has a kind of its own. */
export interface CorrectionLayout extends Omit<DocumentLayout, 'kind'> {
  kind: 'correctionNotice';
}

export interface CorrectionContext {
  labels: Labels;
  styles: Styles;
  unitName: string;
  /** What the unit calls itself in its texts (我中心, 我局 …). */
  self: string;
  year: number;
  /** The published version's report date (ISO). */
  publishedDate: string;
  /** The notice's own date (ISO), set apart from the report's date, which a correction does not move. */
  date: string;
  /** The report corrected, for engine profiles (their combined file's title); hunan-2022's comes from labels.yaml. */
  reportTitle?: string;
  corrections: (FactChange & { documents: AffectedDocument[]; sentences?: { old: string; new: string } })[];
}

function where(c: CorrectionContext['corrections'][number], labels: Labels): Node {
  const files = mapList(c.documents, (d) => (d.pages.length ? `${d.name}（${labels.text('correction.pages', { pages: d.pages.join('、') })}）` : d.name));
  return {
    stack: [
      { text: `${labels.text('correction.file')}：${files.join('；')}` },
      { text: `${labels.text('correction.item')}：${c.where}` },
    ],
  };
}

/**
 * 更正说明: each correction between the published input and the corrected one, with the file and pages it is on,
 * the sentence or table cell as printed before and after, in the unit's own voice, dated on the day of correction.
 */
export function layoutCorrectionNotice(ctx: CorrectionContext): CorrectionLayout {
  const { labels, styles } = ctx;
  const t = styles.tables;
  const base = { unitName: ctx.unitName, self: ctx.self, year: ctx.year, publishedDate: formatChineseDate(ctx.publishedDate), date: formatChineseDate(ctx.date), count: ctx.corrections.length };
  const vars = { ...base, reportTitle: ctx.reportTitle ?? labels.text('correction.reportTitle', base) };
  const blank = labels.text('correction.blank');
  const content: Node[] = [
    { text: labels.text('correction.title'), fontSize: t.titleSize, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    { text: labels.text('correction.subtitle', vars), fontSize: t.captionSize, alignment: 'center', margin: [0, 0, 0, 12] },
    { text: labels.text(ctx.corrections.length ? 'correction.intro' : 'correction.none', vars), fontSize: t.captionSize, leadingIndent: t.captionSize * 2, margin: [0, 0, 0, 8] },
  ];
  if (ctx.corrections.length) {
    content.push({
      table: {
        widths: [28, 130, '*', '*'],
        headerRows: 1,
        body: [
          mapList(labels.list('correction.columns'), (c) => headerCell(c, t.headerFill)),
          // What the reader saw: the sentence the change rewrote, else the table cell.
          ...mapList(ctx.corrections, (c, i) => [
            numberCell(String(i + 1), { align: 'center' }),
            where(c, labels),
            cell((c.sentences ? c.sentences.old : c.old) || blank),
            cell((c.sentences ? c.sentences.new : c.new) || blank),
          ]),
        ],
      },
      layout: formTableLayout(t.cellPadding),
      fontSize: t.cellSize,
      margin: [0, 0, 0, 12],
    });
    content.push({ text: labels.text('correction.closing'), fontSize: t.captionSize, leadingIndent: t.captionSize * 2, margin: [0, 0, 0, 24] });
  }
  content.push({ text: ctx.unitName, fontSize: t.captionSize, alignment: 'right' }, { text: vars.date, fontSize: t.captionSize, alignment: 'right' });
  return {
    kind: 'correctionNotice',
    title: labels.text('correction.title'),
    fileName: labels.text('correction.fileName', vars),
    orientation: 'portrait',
    content,
  };
}
