import type { UnitSummary } from '../summary/index.js';

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
