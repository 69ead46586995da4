import { formatMoney } from '../../compose/format.js';
import { narrativeFacts } from '../../forms/narrativeFacts.js';
import { defineRule } from '../rule.js';

/** The narrative normally says 三公 spending stayed within the opening budget; a larger actual contradicts that. */
export const threePublicBudget = defineRule('W_THREE_PUBLIC_OVER_BUDGET', (input, figures, report) => {
  const facts = narrativeFacts(input);
  const budget = facts.get('narrative.figures.threePublic.openingBudget')?.value;
  const actual = facts.get('narrative.figures.threePublic.actual');
  if (budget === undefined || actual?.value === undefined || actual.value.lessThanOrEqualTo(budget)) return;
  // Point at the figure the user wrote: the narrative's when given, else the table's.
  const path = actual.typed ? actual.path : figures.basicData.threePublic.actual.path;
  report(path, { actual: formatMoney(actual.value), budget: formatMoney(budget) }, { expected: `≤ ${formatMoney(budget)}`, actual: formatMoney(actual.value) });
});
