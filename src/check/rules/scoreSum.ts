import { formatScore } from '../../compose/format.js';
import { roundTo, sum } from '../../derive/index.js';
import { scoreDiffers } from '../compare.js';
import { formsOf } from '../forms.js';
import { defineRule } from '../rule.js';

/**
 * The 合计 row's 得分 against the sum of the rows' scores as printed: each row rounded once, then added
 * (domain.md §7.1 rounding), so the printed total equals the sum of the printed rows.
 */
export const scoreSum = defineRule('E_SCORE_SUM', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const form of formsOf(input, figures)) {
    const given = form.figures.scoreTotal.given;
    const printed = sum(form.figures.rows.map((r) => (r.score.value === undefined ? undefined : roundTo(r.score.value, decimals))));
    if (!scoreDiffers(given, printed, decimals)) continue;
    const [g, computed] = [formatScore(given, decimals), formatScore(printed, decimals)];
    // The sum rests on the rows' scores: when one of them is itself in error, its finding is the one to follow
    // (a total "corrected" to include a wrong row score would be a second mistake).
    report(form.figures.scoreTotal.path, { form: form.label, given: g, computed }, { expected: computed, actual: g, rests: form.figures.rows.map((r) => r.score.path) });
  }
});
