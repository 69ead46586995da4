import type { BasicData, Narrative } from '../model/schema.js';
import { sum } from './decimal.js';
import { columnFigures, type Column, type ColumnFigures } from './columns.js';
import { figure, typed, type Figure } from './figure.js';
import { D, percentOf } from './decimal.js';
import { mapList } from '../mapList.js';

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
  const items = (c: Column) => mapList(PUBLIC_FUND_ITEMS, (k) => typed(`${p}.publicFunds.${k}.${c}`, data.publicFunds[k][c]));
  const publicFunds = columnFigures(`${p}.publicFunds.total`, data.publicFunds.total, (c) => sum(mapList(items(c), (f) => f.value)), items);
  // 人员经费 is not itemised on the form; the narrative states it for the year's final accounts.
  const personnel = (c: Column) =>
    data.personnel?.[c] !== undefined ? typed(`${p}.personnel.${c}`, data.personnel[c]) : c === 'actual' ? typed('narrative.figures.personnel', narrative.figures.personnel) : typed(`${p}.personnel.${c}`, undefined);
  const basicExpenditure = columnFigures(
    `${p}.basicExpenditure`,
    data.basicExpenditure,
    (c) => {
      const staff = personnel(c).value;
      return staff === undefined || publicFunds[c].value === undefined ? undefined : staff.plus(publicFunds[c].value!);
    },
    (c) => [personnel(c), publicFunds[c]],
  );
  const t = data.threePublic;
  const row = (k: keyof typeof t, c: Column) => typed(`${p}.threePublic.${k}.${c}`, t[k]?.[c]);
  const vehicleParts = (c: Column) => [row('vehiclePurchase', c), row('vehicleOperation', c)];
  const vehicles = columnFigures(`${p}.threePublic.vehicles`, t.vehicles, (c) => sum(mapList(vehicleParts(c), (f) => f.value)), vehicleParts);
  const threeParts = (c: Column) => [vehicles[c], row('abroad', c), row('reception', c)];
  const threePublic = columnFigures(`${p}.threePublic.total`, t.total, (c) => sum(mapList(threeParts(c), (f) => f.value)), threeParts);
  const projectGroups = {} as Record<ProjectGroup, ColumnFigures>;
  for (const g of PROJECT_GROUPS) {
    const group = data.projectExpenditure[g];
    const rows = (c: Column) => mapList(group.projects, (r, j) => typed(`${p}.projectExpenditure.${g}.projects.${j}.amounts.${c}`, r.amounts[c]));
    projectGroups[g] = columnFigures(`${p}.projectExpenditure.${g}.total`, group.total, (c) => sum(mapList(rows(c), (f) => f.value)), rows);
  }
  const groupParts = (c: Column) => mapList(PROJECT_GROUPS, (g) => projectGroups[g][c]);
  const projectExpenditure = columnFigures(`${p}.projectExpenditure.total`, data.projectExpenditure.total, (c) => sum(mapList(groupParts(c), (f) => f.value)), groupParts);
  const s = data.staffing;
  // 在职人员控制率 counts serving staff only, never retirees.
  const controlRate = figure(`${p}.staffing.controlRate`, s.controlRate, percentOf(new D(s.actual), new D(s.authorized)));
  return { controlRate, basicExpenditure, publicFunds, threePublic, vehicles, projectExpenditure, projectGroups };
}
