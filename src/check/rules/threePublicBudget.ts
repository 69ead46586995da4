import { formatMoney } from '../../compose/format.js';
import { defineRule } from '../rule.js';

/** The narrative normally says 三公 spending stayed within the opening budget; a larger actual contradicts that. */
export const threePublicBudget = defineRule('W_THREE_PUBLIC_OVER_BUDGET', (_input, figures, report) => {
  const { openingBudget, actual } = figures.narrative.threePublic;
  if (openingBudget.value === undefined || actual.value === undefined || actual.value.lessThanOrEqualTo(openingBudget.value)) return;
  // Point at the figure the user wrote: the narrative's when given, else the table's.
  const path = actual.given !== undefined ? actual.path : figures.basicData.threePublic.actual.path;
  report(path, { actual: formatMoney(actual.value), budget: formatMoney(openingBudget.value) }, { expected: `≤ ${formatMoney(openingBudget.value)}`, actual: formatMoney(actual.value) });
});
