import { inputPlace, placeOf, compareAcross } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** 项目支出: the narrative, the 基础数据表 (本年决算数) and the 自评表 (按支出性质分) print it. */
export const crossProjectExpenditure = defineRule('E_CROSS_PROJECT_EXPENDITURE', (input, figures, report) => {
  compareAcross(report, titleOf('narrative.figures.projectExpenditure'), [
    placeOf(figures.basicData.projectExpenditure.actual),
    placeOf(figures.narrative.projectExpenditure),
    inputPlace('departmentEvaluation.funds.byExpense.project', input.departmentEvaluation.funds.byExpense.project),
  ]);
});
