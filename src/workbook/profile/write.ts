/** A profile's input data → its workbook (blank or filled): the common sheet, then one sheet per form. */
import ExcelJS from 'exceljs';
import { UserError } from '../../diagnostics/finding.js';
import type { Profile } from '../../forms/definition.js';
import { pathKey, valueAt } from '../paths.js';
import type { Path } from '../types.js';
import { writeLegend } from '../style.js';
import { writeSheet, type WriteState } from '../writeSheet.js';
import { commonSheet, documentSheets } from './sheets.js';
import { WORKBOOK_MESSAGES as WM } from '../messages.js';

const SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = {
  views: [{ showGridLines: false }],
  pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
};

function leaves(v: unknown, path: Path = []): Path[] {
  if (path.length === 1 && path[0] === '$schema') return [];
  if (Array.isArray(v)) return v.flatMap((item, i) => leaves(item, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, item]) => leaves(item, [...path, k]));
  return [path];
}

export async function writeProfileWorkbook(profile: Profile, data: unknown): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  const state: WriteState = { data, addresses: new Map(), written: new Set(), problems: [] };
  const common = wb.addWorksheet(commonSheet(profile).name, SHEET_OPTIONS);
  writeSheet(common, commonSheet(profile), state);
  // Below the common fields, where the reader looks for nothing: what the three colours of input cell mean.
  writeLegend(common, common.rowCount + 2, 1, 2, false, 3);
  for (const { spec } of documentSheets(profile, data)) writeSheet(wb.addWorksheet(spec.name, SHEET_OPTIONS), spec, state);
  // Data the workbook has no cell for would be lost: refuse, naming it, rather than drop it.
  const placed = (path: Path) => path.some((_, i) => state.written.has(pathKey(path.slice(0, i + 1))));
  const lost = leaves(data).filter((p) => !placed(p) && valueAt(data, p) !== null && valueAt(data, p) !== '');
  const problems = [...state.problems.map((p) => ({ path: p.path, message: WM.notWritable(p.problem) })), ...lost.map((path) => ({ path, message: WM.noPlace }))];
  if (problems.length) {
    const findings = problems.map((p) => ({ id: 'E_NOT_IN_WORKBOOK', level: 'error' as const, path: pathKey(p.path), where: pathKey(p.path), message: p.message, hint: WM.checkFirst }));
    throw new UserError(WM.cannotWrite(findings.length), findings);
  }
  for (const ws of wb.worksheets) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true, deleteRows: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
