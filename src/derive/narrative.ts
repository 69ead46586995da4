import type { Decimal } from 'decimal.js';
import type { Narrative } from '../model/schema.js';
import type { BasicDataFigures } from './basicData.js';
import { figure, typed, type Figure } from './figure.js';

export interface NarrativeFigures {
  expenditureTotal: Figure; // 支出决算数 = 基本支出 + 项目支出
  projectExpenditure: Figure;
  basicExpenditure: Figure; // 基本支出 = 人员经费 + 日常公用经费
  publicFunds: Figure;
  threePublic: Record<'openingBudget' | 'actual' | 'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', Figure>;
}

/** The figures the narrative prints: as the narrative gives them, else taken from the 基础数据表. */
export function deriveNarrative(n: Narrative, table: BasicDataFigures, threePublicRows: Record<'abroad' | 'vehiclePurchase' | 'vehicleOperation' | 'reception', Decimal | undefined>): NarrativeFigures {
  const p = 'narrative.figures';
  const g = n.figures;
  // Taken from the table when the narrative leaves it out: the same fact, the same figure.
  const fromTable = (path: string, given: Decimal | undefined, f: Figure) => figure(path, given, f.value, [f]);
  const publicFunds = fromTable(`${p}.publicFunds`, g.publicFunds, table.publicFunds.actual);
  const projectExpenditure = fromTable(`${p}.projectExpenditure`, g.projectExpenditure, table.projectExpenditure.actual);
  const personnel = typed(`${p}.personnel`, g.personnel);
  const basicExpenditure = figure(`${p}.basicExpenditure`, g.basicExpenditure, publicFunds.value && g.personnel.plus(publicFunds.value), [personnel, publicFunds]);
  const expenditureTotal = figure(
    `${p}.expenditureTotal`,
    g.expenditureTotal,
    basicExpenditure.value && projectExpenditure.value && basicExpenditure.value.plus(projectExpenditure.value),
    [basicExpenditure, projectExpenditure],
  );
  const t = g.threePublic;
  const q = `${p}.threePublic`;
  const row = (k: keyof typeof threePublicRows) => typed(`basicData.threePublic.${k}.actual`, threePublicRows[k]);
  return {
    expenditureTotal,
    projectExpenditure,
    basicExpenditure,
    publicFunds,
    threePublic: {
      openingBudget: fromTable(`${q}.openingBudget`, t.openingBudget, table.threePublic.budget),
      actual: fromTable(`${q}.actual`, t.actual, table.threePublic.actual),
      abroad: fromTable(`${q}.abroad`, t.abroad, row('abroad')),
      vehiclePurchase: fromTable(`${q}.vehiclePurchase`, t.vehiclePurchase, row('vehiclePurchase')),
      vehicleOperation: fromTable(`${q}.vehicleOperation`, t.vehicleOperation, row('vehicleOperation')),
      reception: fromTable(`${q}.reception`, t.reception, row('reception')),
    },
  };
}
