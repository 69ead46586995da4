import type { ReportInput } from '../model/schema.js';
import { deriveBasicData, type BasicDataFigures } from './basicData.js';
import { deriveDepartment, deriveProject, type DepartmentFigures, type ProjectFigures } from './evaluation.js';
import { deriveNarrative, type NarrativeFigures } from './narrative.js';

export interface DerivedFigures {
  basicData: BasicDataFigures;
  narrative: NarrativeFigures;
  department: DepartmentFigures;
  projects: ProjectFigures[];
}

/** Every derived number of the report, exact (decimal.js); rounding happens only where a form prints a score. */
export function deriveFigures(input: ReportInput): DerivedFigures {
  const decimals = input.display.scoreDecimals;
  const basicData = deriveBasicData(input.basicData, input.narrative);
  const t = input.basicData.threePublic;
  const narrative = deriveNarrative(input.narrative, basicData, {
    abroad: t.abroad.actual,
    vehiclePurchase: t.vehiclePurchase.actual,
    vehicleOperation: t.vehicleOperation.actual,
    reception: t.reception.actual,
  });
  return {
    basicData,
    narrative,
    department: deriveDepartment(input.departmentEvaluation, decimals),
    projects: input.projectEvaluations.map((p, i) => deriveProject(p, i, decimals)),
  };
}

export type { Figure } from './figure.js';
export { doubtful, restsOn, selfInconsistent, typedSources } from './figure.js';
export type { ColumnFigures, Column } from './columns.js';
export { COLUMNS } from './columns.js';
export type { BasicDataFigures, ProjectGroup } from './basicData.js';
export type { DepartmentFigures, ProjectFigures, Overall } from './evaluation.js';
export type { NarrativeFigures } from './narrative.js';
export type { IndicatorFigures } from './indicators.js';
export { executionScore, quantitativeScore, grade, type Grade } from './scoring.js';
export { D, sum, percentOf, roundTo } from './decimal.js';
