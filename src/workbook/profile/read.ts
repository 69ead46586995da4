/** A profile's workbook → the same plain data its YAML or JSON gives, with the cell behind every field. */
import ExcelJS from 'exceljs';
import { plainTitle, type Profile } from '../../forms/definition.js';
import { pathKey } from '../paths.js';
import { labelAt, readSheet, unreadable, type ReadState } from '../readSheet.js';
import { commonSheet, PROFILE_KEY, profileFormSheet, yearFill } from './sheets.js';

/** The profile id a workbook's first sheet names (row 2: "profile" | id), or undefined for today's workbook. */
export function workbookProfileId(wb: ExcelJS.Workbook): string | undefined {
  const ws = wb.worksheets[0];
  if (!ws || labelAt(ws, 2, 1) !== PROFILE_KEY) return undefined;
  return labelAt(ws, 2, 2) || undefined;
}

export function readProfileWorkbook(profile: Profile, wb: ExcelJS.Workbook, file: string): { data: Record<string, unknown>; locations: Map<string, string> } {
  const state: ReadState = { data: {}, locations: new Map(), problems: [] };
  readSheet(wb.worksheets[0], commonSheet(profile), state);
  const fill = yearFill(state.data);
  const sheets = wb.worksheets.slice(1);
  for (const d of profile.documents) {
    const form = profile.forms[d.form];
    const mine = sheets.filter((ws) => labelAt(ws, 1, 1) === plainTitle(form));
    if (!d.each) {
      if (mine[0]) readSheet(mine[0], profileFormSheet(form, mine[0].name, [d.id], fill), state);
      continue;
    }
    const items: unknown[] = [];
    state.data[d.each] = items;
    for (const ws of mine) {
      const index = items.length;
      const sheetState: ReadState = { data: state.data, locations: new Map(), problems: state.problems };
      if (!readSheet(ws, profileFormSheet(form, ws.name, [d.each, index], fill), sheetState)) {
        items.length = index; // a blank sheet (as a blank workbook has) is no document
        continue;
      }
      sheetState.locations.forEach((cell, key) => state.locations.set(key, cell));
      state.locations.set(pathKey([d.each, index]), `${ws.name}!A1`);
    }
  }
  if (state.problems.length) throw unreadable(file, state.problems);
  return state;
}
