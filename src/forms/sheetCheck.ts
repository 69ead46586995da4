/**
 * The names a form's `sheet.rows` uses must exist in the form: its fields, its matrix and list sections, and for a
 * form read through `input` (hunan-2022's) a place for each field and a split for a list's indicator values; a form
 * whose input is its own shape (another profile's) has no other place to show (`show`) or fill (`input`). Found when
 * the profile loads, at the row's key, rather than when a workbook is first written.
 */
import type { FormDef } from './definition.js';
import { PROFILE_FILE_MESSAGES as PM } from './definitionMessages.js';

/** Each problem as the key it is at ("sheet.rows.3.1.field") and its message. */
export function sheetRowProblems(form: FormDef): { at: string; message: string }[] {
  const problems: { at: string; message: string }[] = [];
  (form.sheet?.rows ?? []).forEach((row, ri) => {
    if ('section' in row) {
      const s = form.sections.find((x) => x.id === row.section);
      if (s?.kind !== 'matrix' && s?.kind !== 'list') problems.push({ at: `sheet.rows.${ri}.section`, message: PM.noSheetSection(row.section) });
      else if (form.input && s.kind === 'list' && !s.sheet?.split && s.columns.some((c) => c.kind === 'indicator')) problems.push({ at: `sheet.rows.${ri}.section`, message: PM.sheetNeedsSplit(row.section) });
      return;
    }
    const cells = Array.isArray(row) ? row : row.cells;
    const at = Array.isArray(row) ? `sheet.rows.${ri}` : `sheet.rows.${ri}.cells`;
    cells.forEach((c, ci) => {
      if (c.field !== undefined && !form.fields[c.field]) problems.push({ at: `${at}.${ci}.field`, message: PM.noField(c.field) });
      // The sheet reads and writes a field where `input` puts it; a form without `input` has no sheet rows yet.
      else if (c.field !== undefined && form.input && !form.input[`fields.${c.field}`]) problems.push({ at: `${at}.${ci}.field`, message: PM.fieldWithoutPlace(c.field) });
      if (!form.input && c.show !== undefined) problems.push({ at: `${at}.${ci}.show`, message: PM.sheetCellNeedsInput('show') });
      if (!form.input && c.input !== undefined) problems.push({ at: `${at}.${ci}.input`, message: PM.sheetCellNeedsInput('input') });
      if (c.list && c.field === undefined) problems.push({ at: `${at}.${ci}.list`, message: PM.sheetListNeedsField });
      else if (c.list && !form.input) problems.push({ at: `${at}.${ci}.list`, message: PM.sheetListNeedsInput });
    });
  });
  return problems;
}
