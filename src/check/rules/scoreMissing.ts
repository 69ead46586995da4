import { indicatorRows } from '../forms.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

/** A row whose score is neither given nor computable by the quantitative rule would print blank. */
export const scoreMissing = defineRule('E_SCORE_MISSING', (input, figures, report) => {
  for (const { form, indicator, path, row } of indicatorRows(input, figures)) {
    if (row.score.value !== undefined) continue;
    const quantities = indicator.target.kind === 'quantity' && indicator.actual.kind === 'quantity';
    report(`${path}.score`, { what: LABELS.indicator(form.label, indicator.name), reason: quantities ? LABELS.unitsDiffer : LABELS.qualitative });
  }
});
