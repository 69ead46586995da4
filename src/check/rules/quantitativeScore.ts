import { formatScore } from '../../compose/format.js';
import { roundTo } from '../../derive/index.js';
import { scoreDiffers } from '../compare.js';
import { indicatorRows } from '../forms.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

/**
 * A given score that contradicts the 定量 rule (domain.md §7.1): met → full 分值; not met → in proportion
 * (≥/=: B ÷ A, ≤: A ÷ B). A met target scored below full with a written reason is the evaluator's judgement
 * (target set too low) and is left alone; without a reason it is W_MET_NOT_FULL.
 */
export const quantitativeScore = defineRule('E_QUANT_SCORE', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const { indicator, path, row } of indicatorRows(input, figures)) {
    const { ruleScore } = row;
    const computed = row.score.computed;
    if (ruleScore === undefined || computed === undefined || !scoreDiffers(indicator.score, computed, decimals)) continue;
    const met = ruleScore.greaterThanOrEqualTo(indicator.weight);
    if (met && roundTo(indicator.score!, decimals).lessThan(computed)) continue;
    const reverse = indicator.target.kind === 'quantity' && (indicator.target.comparator === '≤' || indicator.target.comparator === '<');
    const rule = met ? LABELS.met : reverse ? LABELS.shortfallReverse : LABELS.shortfallForward;
    const [given, expected] = [formatScore(indicator.score, decimals), formatScore(computed, decimals)];
    report(
      `${path}.score`,
      { indicator: indicator.name, target: indicator.target.text, actual: indicator.actual.text, rule, weight: formatScore(indicator.weight, decimals), given, computed: expected },
      { expected, actual: given },
    );
  }
});
