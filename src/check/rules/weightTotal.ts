import { formatScore } from '../../compose/format.js';
import { D } from '../../derive/index.js';
import { formsOf } from '../forms.js';
import { defineRule } from '../rule.js';

/** Indicators plus the execution-rate line make 100 (domain.md §7.1: "they must still total 100"). */
export const weightTotal = defineRule('E_WEIGHT_TOTAL', (input, figures, report) => {
  const decimals = input.display.scoreDecimals;
  for (const form of formsOf(input, figures)) {
    const indicators = form.figures.weightTotal.computed;
    if (indicators === undefined) continue;
    const execution = form.executionWeight ?? new D(0);
    const total = indicators.plus(execution);
    if (total.equals(100)) continue;
    const fmt = (d: typeof total) => formatScore(d, decimals);
    report(`${form.path}.indicators`, { form: form.label, indicators: fmt(indicators), execution: fmt(execution), total: fmt(total) }, { expected: '100', actual: fmt(total) });
  }
});
