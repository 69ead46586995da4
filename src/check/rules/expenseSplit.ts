import { formatMoney } from '../../compose/format.js';
import { moneyDiffers, partsText, titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/**
 * 按支出性质 should split the same 资金总额 as 按收入性质. A warning, not an error: forms are often filled with the
 * year's final accounts here (the seed prints 323.67 + 22.5 = 346.17 against 505.05).
 */
export const expenseSplit = defineRule('W_EXPENSE_SPLIT', (input, figures, report) => {
  const { fundsTotal, expenseTotal } = figures.department;
  if (!moneyDiffers(expenseTotal, fundsTotal.value)) return;
  const byExpense = input.departmentEvaluation.funds.byExpense;
  const parts = Object.entries(byExpense).map(([k, value]) => ({ label: titleOf(`departmentEvaluation.funds.byExpense.${k}`), value }));
  const [total, computed] = [formatMoney(fundsTotal.value), formatMoney(expenseTotal)];
  report('departmentEvaluation.funds.byExpense', { total, computed, parts: partsText(parts) }, { expected: total, actual: computed });
});
