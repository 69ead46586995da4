import { BUDGETS } from '../../budgets.js';
import { UserError } from '../../diagnostics/finding.js';
import { estimatePages, FORM_CELL_CHARS } from '../../layout/estimate.js';
import { templateStyles } from '../../layout/index.js';
import { LOAD_MESSAGES as M } from '../../load/messages.js';
import type { ReportInput } from '../../model/schema.js';
import { leaves } from './walk.js';

/** Documents besides the project forms: the narrative, 附件2 and 附件3. */
const FIXED_DOCUMENTS = 3;


/** What a report set will cost to build, counted from the input alone. */
export interface ReportSize {
  projects: number;
  indicators: number;
  /** Characters of all the input's text. */
  chars: number;
  /** Of which the part of long form cells that runs on alone down a narrow column (see estimatePages). */
  narrowChars: number;
  /** Pages the set takes at least, estimated from its documents and characters. */
  pages: number;
}

export function reportSize(input: ReportInput): ReportSize {
  const projects = input.projectEvaluations.length;
  const indicators = input.departmentEvaluation.indicators.length + input.projectEvaluations.reduce((n, p) => n + p.indicators.length, 0);
  let chars = 0;
  let narrowChars = 0;
  for (const { path, value } of leaves(input)) {
    if (typeof value !== 'string') continue;
    chars += value.length;
    // The narrative's own fields fill whole lines; everything else is printed in a form's cells (unit and contacts too).
    if (path[0] !== 'narrative') narrowChars += Math.max(0, value.length - FORM_CELL_CHARS);
  }
  const pages = estimatePages(FIXED_DOCUMENTS + projects, { dense: chars - narrowChars, narrow: narrowChars }, templateStyles());
  return { projects, indicators, chars, narrowChars, pages };
}

/**
 * Refuses, before any check or layout runs, an input whose report set would take too long to build: too many
 * projects, indicators or pages. Not a finding: --force must not make a build run for minutes.
 */
export function enforceBudgets(input: ReportInput): void {
  const { projects, indicators, chars, pages } = reportSize(input);
  if (projects > BUDGETS.projects) refuse(M.tooManyProjects(projects, BUDGETS.projects));
  if (indicators > BUDGETS.indicators) refuse(M.tooManyIndicators(indicators, BUDGETS.indicators));
  if (pages > BUDGETS.estimatedPages) refuse(M.tooManyPages(chars, pages, BUDGETS.estimatedPages));
}

function refuse([what, fix]: readonly [string, string]): never {
  throw new UserError(M.overBudget(what, fix), [], 1);
}
