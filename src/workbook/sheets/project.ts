import { DEFAULT_PROFILE, loadProfile } from '../../core/profiles.js';
import type { SheetSpec } from '../types.js';
import { rowsSheet } from './fromRows.js';

/** The sheet of the project at `index` in projectEvaluations: the rows of its form definition's `sheet` (forms/projectEvaluation.yaml). */
export function projectSheet(index: number, name: string): SheetSpec {
  return rowsSheet(loadProfile(DEFAULT_PROFILE).forms.projectEvaluation, name, ['projectEvaluations', index]);
}
