/**
 * The batch summaries: every unit's UnitSummary (made by the batch workers) → one overview → 汇总表.xlsx and
 * 汇总报告.pdf, both dated from the inputs so that the same batch gives the same bytes.
 */
import { prepareRendering } from '../render/index.js';
import { overviewOf, type BatchOverview } from './aggregate.js';
import { summaryCharts } from './charts.js';
import type { SummaryCharts } from './report.js';
import { summaryArea, summaryReport, type RenderedReport } from './renderReport.js';
import type { UnitSummary } from './unit.js';
import { prepareWorkbook, summaryWorkbook } from './workbook.js';
import { summaryWording } from './wording.js';

export interface SummaryFile {
  name: string;
  bytes: Buffer;
  pages?: number;
}

/** Renders 汇总报告.pdf: here (summaryReport), or in a batch worker, which has the render stage loaded already. */
export type ReportRenderer = (overview: BatchOverview, charts: SummaryCharts) => Promise<RenderedReport>;

/**
 * Loads the libraries the summaries use here (exceljs; ECharts loads with this module), so that writing them after
 * the last unit only lays out and writes; pdfmake and its fonts too when the report is rendered here.
 */
export async function prepareSummaries(renderHere = true): Promise<void> {
  prepareWorkbook();
  if (renderHere) await prepareRendering();
}

/**
 * Both summary files of a batch, named as templates/summary.yaml says. The report is rendered by `render` while
 * the workbook is made here: given a worker, both at once.
 */
export async function summaryFiles(mode: BatchOverview['mode'], units: readonly UnitSummary[], render: ReportRenderer = summaryReport): Promise<{ overview: BatchOverview; files: SummaryFile[] }> {
  const overview = overviewOf(mode, units);
  const w = summaryWording();
  const rendered = render(overview, summaryCharts(overview, summaryArea()));
  // Awaited together: a failed workbook must not leave the report's rejection unhandled.
  const [report, workbook] = await Promise.all([rendered, summaryWorkbook(overview)]);
  return {
    overview,
    files: [
      { name: w.files.workbook, bytes: workbook },
      { name: w.files.report, bytes: Buffer.from(report.bytes.buffer, report.bytes.byteOffset, report.bytes.byteLength), pages: report.pages },
    ],
  };
}

export { summaryReport, type RenderedReport } from './renderReport.js';
export type { SummaryCharts } from './report.js';
export { overviewOf, type BatchOverview, type BatchScope, type BatchTotals, type RuleCount } from './aggregate.js';
export { summarizeUnit, type UnitStatus, type UnitSummary } from './unit.js';
