import type { MoneyColumns, ReportInput } from '../model/schema.js';
import { mapList } from '../mapList.js';

const GROUPS = ['business', 'operation', 'citySpecial'] as const;

export interface TableRow {
  name: string;
  path: string;
  amounts: MoneyColumns;
}

/** Every project row of the 基础数据表, across the three 专项 groups. */
export function tableProjectRows(input: ReportInput): TableRow[] {
  return GROUPS.flatMap((g) =>
    mapList(input.basicData.projectExpenditure[g].projects, (p, j) => ({ name: p.name, path: `basicData.projectExpenditure.${g}.projects.${j}`, amounts: p.amounts })),
  );
}
