import { legacyForm } from '../../forms/hunan2022.js';
import type { SheetSpec } from '../types.js';
import { rowsSheet } from './fromRows.js';

const form = () => legacyForm('projectEvaluations');

/** The title atop every project sheet (项目支出绩效自评表): the reader finds the project sheets by it. */
export const projectSheetTitle = (): string => form().title;

/** The sheet of the project at `index` in projectEvaluations: the rows of its form definition's `sheet` (forms/projectEvaluation.yaml). */
export function projectSheet(index: number, name: string): SheetSpec {
  return rowsSheet(form(), name, ['projectEvaluations', index]);
}
