import { isBlank } from '../compare.js';
import { indicatorRows } from '../forms.js';
import { defineRule } from '../rule.js';

/** A 定量 target not met needs a 偏差原因分析及改进措施 entry (domain.md §8.6). */
export const shortfallReason = defineRule('W_SHORTFALL_REASON', (input, figures, report) => {
  for (const { indicator, path, row } of indicatorRows(input, figures)) {
    if (row.ruleScore === undefined || row.ruleScore.greaterThanOrEqualTo(indicator.weight) || !isBlank(indicator.deviation)) continue;
    report(`${path}.deviation`, { indicator: indicator.name, target: indicator.target.text, actual: indicator.actual.text });
  }
});
