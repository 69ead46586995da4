/**
 * The batch summaries: every unit's UnitSummary (made by the batch workers) → one overview → 汇总表.xlsx and
 * 汇总报告.pdf, both dated from the inputs so that the same batch gives the same bytes.
 */
import { Labels } from '../compose/labels.js';
import { contentWidth, loadStyles, type DocumentLayout } from '../layout/index.js';
import { prepareRendering, renderDocuments } from '../render/index.js';
import { VERSION } from '../version.js';
import { overviewOf, type BatchOverview } from './aggregate.js';
import { layoutSummary } from './report.js';
import type { UnitSummary } from './unit.js';
import { prepareWorkbook, summaryWorkbook } from './workbook.js';
import { summaryWording } from './wording.js';

export interface SummaryFile {
  name: string;
  bytes: Buffer;
  pages?: number;
}

export async function summaryReport(o: BatchOverview): Promise<{ bytes: Buffer; pages: number }> {
  const styles = loadStyles();
  const labels = Labels.load();
  // The landscape width of the report set's pages: the summary takes the narrative's margins, turned.
  const width = contentWidth(styles, 'landscape');
  const page = layoutSummary(o, styles, { width });
  const [combined] = await renderDocuments([page as unknown as DocumentLayout], page.title, page.fileName, {
    styles,
    meta: { author: summaryWording().report.author, subject: page.title, keywords: page.title, date: o.date, producer: `jixiao ${VERSION}` },
    pageNumber: (n, pages) => labels.text('common.pageNumber', { page: n, pages }),
  });
  return { bytes: combined.bytes, pages: combined.pages };
}

/**
 * Loads the libraries the summaries use (exceljs, pdfmake and its fonts; ECharts loads with this module), so that
 * writing them after the last unit only lays out and writes.
 */
export async function prepareSummaries(): Promise<void> {
  prepareWorkbook();
  await prepareRendering();
}

/** Both summary files of a batch, named as templates/summary.yaml says. */
export async function summaryFiles(mode: BatchOverview['mode'], units: readonly UnitSummary[]): Promise<{ overview: BatchOverview; files: SummaryFile[] }> {
  const overview = overviewOf(mode, units);
  const w = summaryWording();
  const report = await summaryReport(overview);
  return {
    overview,
    files: [
      { name: w.files.workbook, bytes: await summaryWorkbook(overview) },
      { name: w.files.report, bytes: report.bytes, pages: report.pages },
    ],
  };
}

export { overviewOf, type BatchOverview, type BatchScope, type BatchTotals, type RuleCount } from './aggregate.js';
export { summarizeUnit, type UnitStatus, type UnitSummary } from './unit.js';
