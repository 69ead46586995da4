import { legacyForm } from '../../forms/hunan2022.js';
import { SHEETS } from '../labels.js';
import type { SheetSpec } from '../types.js';
import { rowsSheet } from './fromRows.js';

/** 部门整体支出绩效目标自评表: the rows of its form definition's `sheet` (templates/profiles/hunan-2022/forms/departmentEvaluation.yaml). */
export const DEPARTMENT_SHEET: SheetSpec = rowsSheet(legacyForm('departmentEvaluation'), SHEETS.department);
