import { inputPlace, placeOf, compareAcross } from '../cross.js';
import { titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

const PARTS = ['abroad', 'vehiclePurchase', 'vehicleOperation', 'reception'] as const;

/** “三公”经费 in the narrative (年初预算, 年终决算, the four parts) against the 基础数据表. */
export const crossThreePublic = defineRule('E_CROSS_THREE_PUBLIC', (input, figures, report) => {
  const n = figures.narrative.threePublic;
  const table = figures.basicData.threePublic;
  compareAcross(report, titleOf(n.openingBudget.path), [placeOf(table.budget), placeOf(n.openingBudget)]);
  compareAcross(report, titleOf(n.actual.path), [placeOf(table.actual), placeOf(n.actual)]);
  for (const k of PARTS) {
    compareAcross(report, titleOf(n[k].path), [inputPlace(`basicData.threePublic.${k}.actual`, input.basicData.threePublic[k].actual), placeOf(n[k])]);
  }
});
