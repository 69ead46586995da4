import { inputPlace, placeOf, compareAcross, expenseColumn } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** 项目支出: the narrative, the 基础数据表 and the 自评表 (按支出性质分) print it. */
export const crossProjectExpenditure = defineRule('E_CROSS_PROJECT_EXPENDITURE', (input, figures, report) => {
  const fact = titleOf('narrative.figures.projectExpenditure');
  const table = figures.basicData.projectExpenditure;
  compareAcross(report, fact, [placeOf(table.actual), placeOf(figures.narrative.projectExpenditure)]);
  const byExpense = input.departmentEvaluation.funds.byExpense.project;
  compareAcross(report, fact, [placeOf(table[expenseColumn(figures)]), inputPlace('departmentEvaluation.funds.byExpense.project', byExpense)]);
});
