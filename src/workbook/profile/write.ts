/** A profile's input data → its workbook (blank or filled): the common sheet, then one sheet per form. */
import ExcelJS from 'exceljs';
import { UserError } from '../../diagnostics/finding.js';
import type { Profile } from '../../forms/definition.js';
import { pathKey, valueAt } from '../paths.js';
import type { Path } from '../types.js';
import { ROLE_FONT, rowHeightFor, writeLegend } from '../style.js';
import { workbookWording } from '../wording.js';
import { fillPlaces } from '../../forms/places.js';
import { plainTitle } from '../../forms/definition.js';
import { writeSheet, type WriteState } from '../writeSheet.js';
import { commonSheet, documentSheets } from './sheets.js';
import { WORKBOOK_MESSAGES as WM } from '../messages.js';
import { mapList } from '../../mapList.js';

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
  const legendEnd = writeLegend(common, common.rowCount + 2, 1, 2, false, 3);
  const sheets = documentSheets(profile, data);
  writeHowTo(common, legendEnd + 1, profile, sheets);
  for (const { spec } of sheets) writeSheet(wb.addWorksheet(spec.name, SHEET_OPTIONS), spec, state);
  // Data the workbook has no cell for would be lost: refuse, naming it, rather than drop it.
  const placed = (path: Path) => path.some((_, i) => state.written.has(pathKey(path.slice(0, i + 1))));
  const lost = leaves(data).filter((p) => !placed(p) && valueAt(data, p) !== null && valueAt(data, p) !== '');
  const problems = [...mapList(state.problems, (p) => ({ path: p.path, message: WM.notWritable(p.problem) })), ...mapList(lost, (path) => ({ path, message: WM.noPlace }))];
  if (problems.length) {
    const findings = mapList(problems, (p) => ({ id: 'E_NOT_IN_WORKBOOK', level: 'error' as const, path: pathKey(p.path), where: pathKey(p.path), message: p.message, hint: WM.checkFirst }));
    throw new UserError(WM.cannotWrite(findings.length), findings);
  }
  for (const ws of wb.worksheets) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true, deleteRows: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * How to fill the workbook, below the legend (where the reader looks for nothing): a clerk who has only Excel learns
 * there how to add list rows to a protected sheet and how to add a second project.
 */
function writeHowTo(ws: ExcelJS.Worksheet, row: number, profile: Profile, sheets: { doc: number; spec: { name: string } }[]): void {
  const words = workbookWording().profileHowTo;
  const each = profile.documents.findIndex((d) => d.each);
  const first = sheets.find((s) => s.doc === each);
  const lines = [...words.lines, ...(first ? [fillPlaces(words.each, { form: plainTitle(profile.forms[profile.documents[each].form]), sheet: first.spec.name })] : [])];
  const title = ws.getCell(row, 1);
  title.value = words.title;
  title.font = ROLE_FONT.header;
  const width = [1, 2, 3, 4].reduce((sum, c) => sum + (ws.getColumn(c).width ?? 10), 0);
  lines.forEach((line, i) => {
    ws.mergeCells(row + 1 + i, 1, row + 1 + i, 4);
    const cell = ws.getCell(row + 1 + i, 1);
    cell.value = `${i + 1}. ${line}`;
    cell.font = ROLE_FONT.label;
    cell.alignment = { vertical: 'middle', wrapText: true };
    ws.getRow(row + 1 + i).height = rowHeightFor(cell.value, width);
  });
}
