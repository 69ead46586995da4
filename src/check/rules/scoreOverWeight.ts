import type { Decimal } from 'decimal.js';
import { formatScore } from '../../compose/format.js';
import { FUND_ROWS } from '../../derive/evaluation.js';
import { titleOf } from '../compare.js';
import { indicatorRows } from '../forms.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

/**
 * A 得分 may never exceed its 分值 (domain.md §7.1): indicator rows and execution-rate lines.
 * (Below zero cannot reach this stage: the schema rejects negative points.)
 */
export const scoreOverWeight = defineRule('E_SCORE_OVER_WEIGHT', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  const cases: { path: string; what: string; score?: Decimal; weight?: Decimal }[] = [];
  for (const { form, indicator, path } of indicatorRows(input, figures)) {
    cases.push({ path: `${path}.score`, what: LABELS.indicator(form.label, indicator.name), score: indicator.score, weight: indicator.weight });
  }
  const funds = input.departmentEvaluation.funds;
  cases.push({ path: 'departmentEvaluation.funds.score', what: LABELS.departmentScore, score: funds.score, weight: funds.weight });
  input.projectEvaluations.forEach((pr, i) => {
    for (const key of ['total', ...FUND_ROWS] as const) {
      const row = pr.funds[key];
      const rowPath = `projectEvaluations.${i}.funds.${key}`;
      if (row) cases.push({ path: `${rowPath}.score`, what: LABELS.projectScore(pr.name, titleOf(rowPath)), score: row.score, weight: row.weight });
    }
  });
  for (const c of cases) {
    if (c.score === undefined || c.weight === undefined || c.score.lessThanOrEqualTo(c.weight)) continue;
    const [score, weight] = [formatScore(c.score, decimals), formatScore(c.weight, decimals)];
    report(c.path, { what: c.what, score, weight }, { expected: `≤ ${weight}`, actual: score });
  }
});
