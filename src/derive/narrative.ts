import type { Narrative } from '../model/schema.js';
import type { BasicDataFigures } from './basicData.js';
import { figure, type Figure } from './figure.js';

export interface NarrativeFigures {
  expenditureTotal: Figure; // 支出决算数 = 基本支出 + 项目支出
  projectExpenditure: Figure;
  basicExpenditure: Figure; // 基本支出 = 人员经费 + 日常公用经费
  publicFunds: Figure;
  threePublic: Record<'openingBudget' | 'actual' | 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', Figure>;
}

/** The figures the narrative prints: as the narrative gives them, else taken from the 基础数据表. */
export function deriveNarrative(n: Narrative, table: BasicDataFigures, threePublicRows: Record<'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', import('decimal.js').Decimal | undefined>): NarrativeFigures {
  const p = 'narrative.figures';
  const g = n.figures;
  const publicFunds = figure(`${p}.publicFunds`, g.publicFunds, table.publicFunds.actual.value);
  const projectExpenditure = figure(`${p}.projectExpenditure`, g.projectExpenditure, table.projectExpenditure.actual.value);
  const basicExpenditure = figure(`${p}.basicExpenditure`, g.basicExpenditure, publicFunds.value && g.personnel.plus(publicFunds.value));
  const expenditureTotal = figure(
    `${p}.expenditureTotal`,
    g.expenditureTotal,
    basicExpenditure.value && projectExpenditure.value && basicExpenditure.value.plus(projectExpenditure.value),
  );
  const t = g.threePublic;
  const q = `${p}.threePublic`;
  return {
    expenditureTotal,
    projectExpenditure,
    basicExpenditure,
    publicFunds,
    threePublic: {
      openingBudget: figure(`${q}.openingBudget`, t.openingBudget, table.threePublic.budget.value),
      actual: figure(`${q}.actual`, t.actual, table.threePublic.actual.value),
      abroad: figure(`${q}.abroad`, t.abroad, threePublicRows.abroad),
      vehiclePurchase: figure(`${q}.vehiclePurchase`, t.vehiclePurchase, threePublicRows.vehiclePurchase),
      vehicleOperation: figure(`${q}.vehicleOperation`, t.vehicleOperation, threePublicRows.vehicleOperation),
      reception: figure(`${q}.reception`, t.reception, threePublicRows.reception),
    },
  };
}
