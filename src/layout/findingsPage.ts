import { FINDINGS_PAGE as W } from '../check/messages.js';
import type { Finding } from '../diagnostics/finding.js';
import { countSummary } from '../diagnostics/print.js';
import { cell, headerCell, numberCell } from './cells.js';
import { formTableLayout } from './formParts.js';
import type { DocumentLayout, LayoutContext, Node } from './types.js';
import { mapList } from '../mapList.js';

/** The reviewer's page is not one of the report's documents: it has a kind of its own. */
export interface FindingsLayout extends Omit<DocumentLayout, 'kind'> {
  kind: 'findings';
}

const LEVEL_COLOR = { error: '#B00020', warning: '#8A6D00' } as const;

function row(f: Finding, i: number, small: number): Node[] {
  const values = f.expected !== undefined || f.actual !== undefined ? [`${W.expected}${f.expected ?? '—'}　${W.actual}${f.actual ?? '—'}`] : [];
  return [
    numberCell(String(i + 1), { align: 'center' }),
    { ...(cell(W.levels[f.level], { align: 'center', bold: true }) as object), color: LEVEL_COLOR[f.level] },
    { stack: [f.where, { text: `${f.id}\n${f.path}`, fontSize: small, color: '#555555' }] },
    { stack: [f.message, ...values, ...(f.hint ? [{ text: `${W.hint}${f.hint}`, color: '#333333' }] : [])] },
  ];
}

/**
 * 审核意见: every finding of the checks, for the person who reviews the report before it is signed.
 * Rendered as a PDF of its own, never inside the combined report.
 */
export function layoutFindings(ctx: LayoutContext, findings: readonly Finding[]): FindingsLayout {
  const { input, styles } = ctx;
  const t = styles.tables;
  const errors = findings.filter((f) => f.level === 'error').length;
  const content: Node[] = [
    { text: W.title, fontSize: t.titleSize, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    { text: W.subtitle(input.unit.name, input.year), fontSize: t.captionSize, alignment: 'center', margin: [0, 0, 0, 8] },
    { text: W.notice, fontSize: t.captionSize, margin: [0, 0, 0, 6] },
  ];
  // A report built despite errors was forced (jixiao build --force): the page says so first.
  if (errors > 0) content.push({ text: W.forced(errors), fontSize: t.captionSize, bold: true, color: LEVEL_COLOR.error, margin: [0, 0, 0, 6] });
  content.push({ text: findings.length ? `${countSummary(findings)}。` : W.none, fontSize: t.captionSize, bold: true, margin: [0, 0, 0, 6] });
  if (findings.length) {
    content.push({
      table: {
        widths: [24, 30, 130, '*'],
        headerRows: 1,
        dontBreakRows: true,
        body: [mapList(W.columns, (c) => headerCell(c, t.headerFill)), ...mapList(findings, (f, i) => row(f, i, t.cellSize - 2))],
      },
      layout: formTableLayout(t.cellPadding),
      fontSize: t.cellSize,
    });
  }
  return {
    kind: 'findings',
    title: W.title,
    fileName: W.fileName(input.unit.name, input.year),
    orientation: 'portrait',
    content,
  };
}
