import { BUDGETS } from '../../budgets.js';
import { UserError } from '../../diagnostics/finding.js';
import { estimatePages } from '../../layout/estimate.js';
import { loadStyles } from '../../layout/index.js';
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
  /** Pages the set takes at least, estimated from its documents and characters. */
  pages: number;
}

export function reportSize(input: ReportInput): ReportSize {
  const projects = input.projectEvaluations.length;
  const indicators = input.departmentEvaluation.indicators.length + input.projectEvaluations.reduce((n, p) => n + p.indicators.length, 0);
  const chars = leaves(input).reduce((n, leaf) => n + (typeof leaf.value === 'string' ? leaf.value.length : 0), 0);
  return { projects, indicators, chars, pages: estimatePages(FIXED_DOCUMENTS + projects, chars, loadStyles()) };
}

/**
 * Refuses, before any check or layout runs, an input whose report set would take too long to build: too many
 * projects, indicators or pages. Not a finding: --force must not make a build run for minutes.
 */
export function enforceBudgets(input: ReportInput): void {
  const { projects, indicators, chars, pages } = reportSize(input);
  if (projects > BUDGETS.projects) refuse(`项目支出绩效自评表有 ${projects} 张，最多 ${BUDGETS.projects} 张`, '请把项目分到几个数据文件中分别生成');
  if (indicators > BUDGETS.indicators) refuse(`各表绩效指标合计 ${indicators} 条，最多 ${BUDGETS.indicators} 条`, '请合并相近的指标，或把项目分到几个数据文件中');
  if (pages > BUDGETS.estimatedPages) {
    refuse(`报告的文字共 ${chars} 字，估计排版后至少 ${pages} 页，最多 ${BUDGETS.estimatedPages} 页`, '请精简说明文字（自评报告和附表通常不超过几十页）');
  }
}

function refuse(what: string, fix: string): never {
  throw new UserError(`输入超出 jixiao 的处理上限：${what}。${fix}`, [], 1);
}
