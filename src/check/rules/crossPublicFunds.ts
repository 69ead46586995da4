import { placeOf, compareAcross } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** 日常公用经费 in the narrative is the 基础数据表's 公用经费 本年决算数. */
export const crossPublicFunds = defineRule('E_CROSS_PUBLIC_FUNDS', (_input, figures, report) => {
  compareAcross(report, titleOf('narrative.figures.publicFunds'), [placeOf(figures.basicData.publicFunds.actual), placeOf(figures.narrative.publicFunds)]);
});
