import { formatScore } from '../../compose/format.js';
import { roundTo } from '../../derive/index.js';
import { isBlank } from '../compare.js';
import { indicatorRows } from '../forms.js';
import { defineRule } from '../rule.js';

/** A met 定量 target scored below full marks without a word of why (a deduction for an over-easy target needs one). */
export const metNotFull = defineRule('W_MET_NOT_FULL', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const { indicator, path, row } of indicatorRows(input, figures)) {
    if (row.ruleScore === undefined || row.score.computed === undefined || indicator.score === undefined) continue;
    const met = row.ruleScore.greaterThanOrEqualTo(indicator.weight);
    if (!met || !roundTo(indicator.score, decimals).lessThan(row.score.computed) || !isBlank(indicator.deviation)) continue;
    const [given, weight] = [formatScore(indicator.score, decimals), formatScore(indicator.weight, decimals)];
    report(`${path}.score`, { indicator: indicator.name, target: indicator.target.text, actual: indicator.actual.text, weight, given }, { expected: weight, actual: given });
  }
});
