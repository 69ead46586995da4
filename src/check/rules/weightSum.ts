import { formatScore } from '../../compose/format.js';
import { formsOf } from '../forms.js';
import { defineRule } from '../rule.js';

/** The 合计 row's 分值 against the sum of the rows' 分值. */
export const weightSum = defineRule('E_WEIGHT_SUM', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const form of formsOf(input, figures)) {
    const f = form.figures.weightTotal;
    if (f.given === undefined || f.computed === undefined || f.given.equals(f.computed)) continue;
    const [given, computed] = [formatScore(f.given, decimals), formatScore(f.computed, decimals)];
    report(f.path, { form: form.label, given, computed }, { expected: computed, actual: given });
  }
});
