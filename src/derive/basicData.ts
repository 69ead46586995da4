import type { BasicData, Narrative } from '../model/schema.js';
import { sum } from './decimal.js';
import { columnFigures, type Column, type ColumnFigures } from './columns.js';
import { figure, type Figure } from './figure.js';
import { D, percentOf } from './decimal.js';

const PUBLIC_FUND_ITEMS = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'] as const;
const PROJECT_GROUPS = ['business', 'operation', 'citySpecial'] as const;
export type ProjectGroup = (typeof PROJECT_GROUPS)[number];

export interface BasicDataFigures {
  controlRate: Figure; // 控制率 = 实际在职人数 ÷ 编制数
  basicExpenditure: ColumnFigures; // 基本支出 = 人员经费 + 公用经费
  publicFunds: ColumnFigures;
  threePublic: ColumnFigures;
  vehicles: ColumnFigures; // 公务用车购置和维护经费
  projectExpenditure: ColumnFigures;
  projectGroups: Record<ProjectGroup, ColumnFigures>;
}

export function deriveBasicData(data: BasicData, narrative: Narrative): BasicDataFigures {
  const p = 'basicData';
  const publicFunds = columnFigures(`${p}.publicFunds.total`, data.publicFunds.total, (c) => sum(PUBLIC_FUND_ITEMS.map((k) => data.publicFunds[k][c])));
  // 人员经费 is not itemised on the form; the narrative states it for the year's final accounts.
  const personnel = (c: Column) => data.personnel?.[c] ?? (c === 'actual' ? narrative.figures.personnel : undefined);
  const basicExpenditure = columnFigures(`${p}.basicExpenditure`, data.basicExpenditure, (c) => {
    const staff = personnel(c);
    return staff === undefined || publicFunds[c].value === undefined ? undefined : staff.plus(publicFunds[c].value!);
  });
  const t = data.threePublic;
  const vehicles = columnFigures(`${p}.threePublic.vehicles`, t.vehicles, (c) => sum([t.vehiclePurchase[c], t.vehicleOperation[c]]));
  const threePublic = columnFigures(`${p}.threePublic.total`, t.total, (c) => sum([vehicles[c].value, t.abroad[c], t.reception[c]]));
  const projectGroups = {} as Record<ProjectGroup, ColumnFigures>;
  for (const g of PROJECT_GROUPS) {
    const group = data.projectExpenditure[g];
    projectGroups[g] = columnFigures(`${p}.projectExpenditure.${g}.total`, group.total, (c) => sum(group.projects.map((r) => r.amounts[c])));
  }
  const projectExpenditure = columnFigures(`${p}.projectExpenditure.total`, data.projectExpenditure.total, (c) =>
    sum(PROJECT_GROUPS.map((g) => projectGroups[g][c].value)),
  );
  const s = data.staffing;
  // 在职人员控制率 counts serving staff only, never retirees.
  const controlRate = figure(`${p}.staffing.controlRate`, s.controlRate, percentOf(new D(s.actual), new D(s.authorized)));
  return { controlRate, basicExpenditure, publicFunds, threePublic, vehicles, projectExpenditure, projectGroups };
}
