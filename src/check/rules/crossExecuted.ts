import { inputPlace, placeOf, compareAcross } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** The 自评表's 执行数 is the year's 支出决算数 stated in the narrative. */
export const crossExecuted = defineRule('E_CROSS_EXECUTED', (input, figures, report) => {
  compareAcross(report, titleOf('departmentEvaluation.funds.executed'), [
    placeOf(figures.narrative.expenditureTotal),
    inputPlace('departmentEvaluation.funds.executed', input.departmentEvaluation.funds.executed),
  ]);
});
