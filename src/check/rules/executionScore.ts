import type { Decimal } from 'decimal.js';
import { formatPercent, formatScore } from '../../compose/format.js';
import { FUND_ROWS } from '../../derive/evaluation.js';
import { executionScore as scoreFor, percentOf, roundTo } from '../../derive/index.js';
import type { ProjectFundsRow } from '../../model/schema.js';
import { scoreDiffers, titleOf } from '../compare.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

interface ScoreCase {
  path: string;
  what: string;
  weight?: Decimal;
  given?: Decimal;
  /** The rate from the amounts; the printed rate only where the amounts cannot give one. */
  rate?: Decimal;
}

function projectCase(name: string, index: number, key: string, row: ProjectFundsRow, rate: Decimal | undefined): ScoreCase {
  const rowPath = `projectEvaluations.${index}.funds.${key}`;
  return { path: `${rowPath}.score`, what: LABELS.projectScore(name, titleOf(rowPath)), weight: row.weight, given: row.score, rate: rate ?? row.executionRate };
}

/** 执行率得分 = 分值 × min(执行率, 100%) (domain.md §7.1), rounded to the form's score decimals. */
export const executionScore = defineRule('E_EXECUTION_SCORE', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  const funds = input.departmentEvaluation.funds;
  const dept = figures.department;
  const cases: ScoreCase[] = [
    { path: dept.executionScore.path, what: LABELS.departmentScore, weight: funds.weight, given: funds.score, rate: dept.executionRate.computed ?? dept.executionRate.given },
  ];
  input.projectEvaluations.forEach((pr, i) => {
    const total = figures.projects[i].total;
    cases.push(projectCase(pr.name, i, 'total', pr.funds.total, percentOf(total.executed.value, total.budget.value)));
    for (const key of FUND_ROWS) {
      const row = pr.funds[key];
      if (row) cases.push(projectCase(pr.name, i, key, row, percentOf(row.executed, row.budget)));
    }
  });
  for (const c of cases) {
    if (c.weight === undefined || c.rate === undefined) continue;
    const computed = roundTo(scoreFor(c.rate, c.weight), decimals);
    if (!scoreDiffers(c.given, computed, decimals)) continue;
    const [given, expected] = [formatScore(c.given, decimals), formatScore(computed, decimals)];
    report(c.path, { what: c.what, given, computed: expected, weight: formatScore(c.weight, decimals), rate: formatPercent(c.rate) }, { expected, actual: given });
  }
});
