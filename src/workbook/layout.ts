/**
 * The workbook's layout, described once and used both to write a workbook and to read one back, so that the two
 * cannot drift apart. A sheet is a list of blocks from top to bottom; a block starts at its anchor row, which the
 * reader finds by the anchor's label text (so rows a clerk inserts above it do not matter), and may end in a list
 * whose rows run until the next anchored block.
 */
import { BASIC_DATA_SHEET } from './sheets/basicData.js';
import { DEPARTMENT_SHEET } from './sheets/department.js';
import { NARRATIVE_SHEET } from './sheets/narrative.js';

export * from './types.js';
export { projectSheet, projectSheetTitle } from './sheets/project.js';
export { BASIC_DATA_SHEET, DEPARTMENT_SHEET, NARRATIVE_SHEET };

/** The fixed sheets, in workbook order; project sheets follow, one per project. */
export const FIXED_SHEETS = [NARRATIVE_SHEET, BASIC_DATA_SHEET, DEPARTMENT_SHEET] as const;
