import type { Decimal } from 'decimal.js';
import type { DepartmentEvaluation, ProjectEvaluation, ProjectFundsRow } from '../model/schema.js';
import { percentOf, roundTo, sum, ZERO } from './decimal.js';
import { figure, typed, type Figure } from './figure.js';
import { deriveIndicators, type IndicatorFigures } from './indicators.js';
import { executionScore, grade, type Grade } from './scoring.js';
import { standards } from '../model/standards.js';
import { mapList } from '../mapList.js';

export interface Overall {
  /** 总分 = 资金执行率得分 + Σ 指标得分 (printed values) */
  score: Decimal;
  grade: Grade | undefined; // 等级 (none only when standards.yaml lists no band the total reaches)
}

export interface DepartmentFigures {
  fundsTotal: Figure; // 资金总额 = Σ 按收入性质
  expenseTotal?: Decimal; // Σ 按支出性质
  executionRate: Figure; // 资金执行率 = 执行数 ÷ 资金总额
  executionScore: Figure;
  indicators: IndicatorFigures;
  overall: Overall;
}

function scored(path: string, rate: Figure, weight: Decimal, givenScore: Decimal | undefined, decimals: number): Figure {
  const computed = rate.value === undefined ? undefined : roundTo(executionScore(rate.value, weight), decimals);
  return figure(path, givenScore, computed, [rate]);
}

function overallOf(execution: Figure, indicators: IndicatorFigures): Overall {
  const score = (execution.value ?? ZERO).plus(indicators.scoreTotal.value ?? ZERO);
  return { score, grade: grade(score, standards().grades) };
}

export function deriveDepartment(d: DepartmentEvaluation, scoreDecimals: number): DepartmentFigures {
  const p = 'departmentEvaluation';
  const f = d.funds;
  const byIncome = mapList(Object.entries(f.byIncome), ([k, v]) => typed(`${p}.funds.byIncome.${k}`, v));
  const fundsTotal = figure(`${p}.funds.total`, f.total, sum(Object.values(f.byIncome)), byIncome);
  const executed = typed(`${p}.funds.executed`, f.executed);
  const executionRate = figure(`${p}.funds.executionRate`, f.executionRate, percentOf(f.executed, fundsTotal.value), [executed, fundsTotal]);
  const executionScoreFig = scored(`${p}.funds.score`, executionRate, f.weight, f.score, scoreDecimals);
  const indicators = deriveIndicators(p, d.indicators, d.total, scoreDecimals);
  return {
    fundsTotal,
    expenseTotal: sum(Object.values(f.byExpense)),
    executionRate,
    executionScore: executionScoreFig,
    indicators,
    overall: overallOf(executionScoreFig, indicators),
  };
}

export const FUND_ROWS = ['currentYear', 'carryover', 'other'] as const;
const FUND_COLUMNS = ['initialBudget', 'budget', 'executed'] as const;
export type FundColumn = (typeof FUND_COLUMNS)[number];

export interface ProjectFigures {
  /** 年度资金总额, column by column: given or Σ 其中 rows. */
  total: Record<FundColumn, Figure>;
  executionRate: Figure; // 执行率 = 全年执行数 ÷ 全年预算数
  executionScore: Figure;
  indicators: IndicatorFigures;
  overall: Overall;
}

export function deriveProject(pr: ProjectEvaluation, index: number, scoreDecimals: number): ProjectFigures {
  const p = `projectEvaluations.${index}`;
  const rows = mapList(FUND_ROWS, (r) => pr.funds[r]).filter((r): r is ProjectFundsRow => r !== undefined);
  const total = {} as Record<FundColumn, Figure>;
  for (const c of FUND_COLUMNS) {
    const parts = mapList(FUND_ROWS.filter((r) => pr.funds[r] !== undefined), (r) => typed(`${p}.funds.${r}.${c}`, pr.funds[r]![c]));
    total[c] = figure(`${p}.funds.total.${c}`, pr.funds.total[c], sum(mapList(rows, (r) => r[c])), parts);
  }
  const executionRate = figure(`${p}.funds.total.executionRate`, pr.funds.total.executionRate, percentOf(total.executed.value, total.budget.value), [total.executed, total.budget]);
  const weight = pr.funds.total.weight ?? ZERO;
  const executionScoreFig = scored(`${p}.funds.total.score`, executionRate, weight, pr.funds.total.score, scoreDecimals);
  const indicators = deriveIndicators(p, pr.indicators, pr.total, scoreDecimals);
  return { total, executionRate, executionScore: executionScoreFig, indicators, overall: overallOf(executionScoreFig, indicators) };
}
