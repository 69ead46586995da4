import { formatPercent, formatScore } from '../../compose/format.js';
import { percentOf } from '../../derive/index.js';
import { isBlank } from '../compare.js';
import { indicatorRows } from '../forms.js';
import { defineRule } from '../rule.js';

/** A 定性 score under 80% of its 分值 means "not fully achieved" (domain.md §7.1 bands) and needs a reason. */
export const qualitativeReason = defineRule('W_QUALITATIVE_REASON', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const { indicator, path, row } of indicatorRows(input, figures)) {
    const score = indicator.score;
    if (row.ruleScore !== undefined || score === undefined || indicator.weight.isZero() || !isBlank(indicator.deviation)) continue;
    if (score.greaterThanOrEqualTo(indicator.weight.times('0.8'))) continue;
    report(`${path}.deviation`, {
      indicator: indicator.name,
      score: formatScore(score, decimals),
      weight: formatScore(indicator.weight, decimals),
      share: formatPercent(percentOf(score, indicator.weight)),
    });
  }
});
