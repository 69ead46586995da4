import { legacyForm } from '../../forms/hunan2022.js';
import { SHEETS } from '../labels.js';
import type { SheetSpec } from '../types.js';
import { formSheet } from './fromForm.js';

/** 基础数据表: made from hunan-2022's form definition, the one that also makes 附件2 (templates/profiles/hunan-2022/forms/basicData.yaml). */
export const BASIC_DATA_SHEET: SheetSpec = formSheet(legacyForm('basicData'), SHEETS.basicData);
