import { inputPlace, placeOf, compareAcross, expenseColumn } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** 基本支出: the narrative, the 基础数据表 and the 自评表 (按支出性质分) print it. */
export const crossBasicExpenditure = defineRule('E_CROSS_BASIC_EXPENDITURE', (input, figures, report) => {
  const fact = titleOf('narrative.figures.basicExpenditure');
  const table = figures.basicData.basicExpenditure;
  compareAcross(report, fact, [placeOf(table.actual), placeOf(figures.narrative.basicExpenditure)]);
  const byExpense = input.departmentEvaluation.funds.byExpense.basic;
  compareAcross(report, fact, [placeOf(table[expenseColumn(figures)]), inputPlace('departmentEvaluation.funds.byExpense.basic', byExpense)]);
});
