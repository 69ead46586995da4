import { inputPlace, placeOf, compareAcross } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** 基本支出: the narrative, the 基础数据表 (本年决算数) and the 自评表 (按支出性质分) print it. */
export const crossBasicExpenditure = defineRule('E_CROSS_BASIC_EXPENDITURE', (input, figures, report) => {
  compareAcross(report, titleOf('narrative.figures.basicExpenditure'), [
    placeOf(figures.basicData.basicExpenditure.actual),
    placeOf(figures.narrative.basicExpenditure),
    inputPlace('departmentEvaluation.funds.byExpense.basic', input.departmentEvaluation.funds.byExpense.basic),
  ]);
});
