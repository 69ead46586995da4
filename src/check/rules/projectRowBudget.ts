import { formatMoney } from '../../compose/format.js';
import { findRow, rowNameOf } from '../projectRows.js';
import { defineRule, nameOf } from '../rule.js';

/**
 * The 基础数据表's 本年预算数 of a project should be its 年初预算数 or its 全年预算数 (after adjustment); a warning,
 * as the table's budget column is not defined more precisely than that.
 */
export const projectRowBudget = defineRule('W_PROJECT_ROW_BUDGET', (input, figures, report) => {
  input.projectEvaluations.forEach((pr, i) => {
    const row = findRow(input, rowNameOf(pr));
    const rowBudget = row?.amounts.budget;
    const { initialBudget, budget } = figures.projects[i].total;
    const candidates = [initialBudget.value, budget.value].filter((v) => v !== undefined);
    if (!row || rowBudget === undefined || candidates.length === 0 || candidates.some((v) => v.equals(rowBudget))) return;
    report(
      `${row.path}.amounts.budget`,
      { project: pr.name, row: row.name, rowBudget: formatMoney(rowBudget), fundsPath: nameOf(`projectEvaluations.${i}.funds.total`), initial: formatMoney(initialBudget.value) || '—', budget: formatMoney(budget.value) || '—' },
      { expected: formatMoney(budget.value ?? initialBudget.value), actual: formatMoney(rowBudget) },
    );
  });
});
