import type { Indicator } from '../../model/schema.js';
import { indicatorRows } from '../forms.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

function whyNoRule({ target, actual }: Indicator): string {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity') return LABELS.qualitative;
  return target.unit !== actual.unit ? LABELS.unitsDiffer : LABELS.actualIsRange;
}

/** A row whose score is neither given nor computable by the quantitative rule would print blank. */
export const scoreMissing = defineRule('E_SCORE_MISSING', (input, figures, report) => {
  for (const { form, indicator, path, row } of indicatorRows(input, figures)) {
    if (row.score.value !== undefined) continue;
    report(`${path}.score`, { what: LABELS.indicator(form.label, indicator.name), reason: whyNoRule(indicator) });
  }
});
