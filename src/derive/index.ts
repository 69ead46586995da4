import type { ReportInput } from '../model/schema.js';
import { deriveBasicData, type BasicDataFigures } from './basicData.js';
import { deriveDepartment, deriveProject, type DepartmentFigures, type ProjectFigures } from './evaluation.js';
import { mapList } from '../mapList.js';

export interface DerivedFigures {
  basicData: BasicDataFigures;
  department: DepartmentFigures;
  projects: ProjectFigures[];
}

/** Every derived number of the report, exact (decimal.js); rounding happens only where a form prints a score. */
export function deriveFigures(input: ReportInput): DerivedFigures {
  const decimals = input.display.scoreDecimals;
  return {
    basicData: deriveBasicData(input.basicData, input.narrative),
    department: deriveDepartment(input.departmentEvaluation, decimals),
    projects: mapList(input.projectEvaluations, (p, i) => deriveProject(p, i, decimals)),
  };
}

export type { Figure } from './figure.js';
export { doubtful, restsOn, selfInconsistent, typedSources } from './figure.js';
export type { ColumnFigures, Column } from './columns.js';
export { COLUMNS } from './columns.js';
export type { BasicDataFigures, ProjectGroup } from './basicData.js';
export type { DepartmentFigures, ProjectFigures, Overall } from './evaluation.js';
export type { IndicatorFigures } from './indicators.js';
export { executionScore, quantitativeScore, grade, type Grade } from './scoring.js';
export { D, sum, percentOf, roundTo } from './decimal.js';
