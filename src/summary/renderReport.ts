/**
 * 汇总报告.pdf from the batch overview and its charts. Apart from the charts (drawn with ECharts by charts.ts), so
 * that a batch worker can render it: it loads no charting or workbook library.
 */
import { Labels } from '../compose/labels.js';
import { contentWidth, loadStyles, type DocumentLayout } from '../layout/index.js';
import { renderDocuments } from '../render/index.js';
import { VERSION } from '../version.js';
import type { BatchOverview } from './aggregate.js';
import { layoutSummary, type Area, type SummaryCharts } from './report.js';
import { summaryWording } from './wording.js';

/** The landscape width of the report set's pages: the summary takes the narrative's margins, turned. */
export function summaryArea(styles = loadStyles()): Area {
  return { width: contentWidth(styles, 'landscape') };
}

/** 汇总报告.pdf as rendered; from a batch worker the bytes arrive as a Uint8Array. */
export interface RenderedReport {
  bytes: Uint8Array;
  pages: number;
}

export async function summaryReport(o: BatchOverview, charts: SummaryCharts): Promise<RenderedReport> {
  const styles = loadStyles();
  const labels = Labels.load();
  const page = layoutSummary(o, styles, summaryArea(styles), charts);
  const [combined] = await renderDocuments([page as unknown as DocumentLayout], page.title, page.fileName, {
    styles,
    meta: { author: summaryWording().report.author, subject: page.title, keywords: page.title, date: o.date, producer: `jixiao ${VERSION}` },
    pageNumber: (n, pages) => labels.text('common.pageNumber', { page: n, pages }),
  });
  return { bytes: combined.bytes, pages: combined.pages };
}
