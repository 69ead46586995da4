import type { BatchOverview, SummaryCharts, UnitSummary } from '../summary/index.js';

/** What the batch's main thread sends a worker for one input, and what comes back. Plain data: it crosses threads. */
export interface BatchTask {
  file: string;
  /** build: check, then write the unit's report set; check: only check (nothing is written per unit). */
  mode: 'build' | 'check';
  /** The batch's output folder; the report goes into a sub-folder named after its unit. */
  outRoot: string;
  /** Where sub-folder names are claimed, so that two inputs of the same unit and year never write over each other. */
  claims: string;
  draft?: boolean;
  force?: boolean;
  allowMissingGlyphs?: boolean;
  withFindings?: boolean;
}

/** Every result carries the unit's line of the batch summaries (汇总表, 汇总报告). */
export type BatchResult = (
  | { file: string; ok: true; folder: string; files: number; pages: number; errors: number; warnings: number }
  | { file: string; ok: false; reason: string; internal: boolean }
) & { summary: UnitSummary };

/**
 * What the main thread asks of a worker once every unit is done: 汇总报告.pdf, rendered where the render stage is
 * loaded (and in a build, optimised), while the main thread makes 汇总表.xlsx.
 */
export interface ReportTask {
  report: { overview: BatchOverview; charts: SummaryCharts };
}

export type { RenderedReport } from '../summary/index.js';
