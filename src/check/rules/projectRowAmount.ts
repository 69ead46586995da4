import { formatMoney } from '../../compose/format.js';
import { moneyDiffers } from '../compare.js';
import { findRow, rowNameOf } from '../projectRows.js';
import { defineRule, nameOf } from '../rule.js';

/** A project's 全年执行数 is its 基础数据表 row's 本年决算数. */
export const projectRowAmount = defineRule('E_PROJECT_ROW', (input, figures, report) => {
  input.projectEvaluations.forEach((pr, i) => {
    const row = findRow(input, rowNameOf(pr));
    const executed = figures.projects[i].total.executed;
    if (!row || !moneyDiffers(executed.value, row.amounts.actual)) return;
    const [value, rowValue] = [formatMoney(executed.value), formatMoney(row.amounts.actual)];
    report(executed.path, { project: pr.name, row: row.name, rowPath: nameOf(`${row.path}.amounts.actual`), executed: value, rowValue }, {
      expected: rowValue,
      actual: value,
      fix: row.amounts.actual,
      instead: { path: `${row.path}.amounts.actual`, value: executed.value!, expected: value, actual: rowValue },
    });
  });
});
