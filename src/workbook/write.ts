/** Input data → the Excel workbook a clerk fills in (blank or filled). */
import ExcelJS from 'exceljs';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { describePath } from '../model/paths.js';
import { SHEETS, projectSheetBase } from './labels.js';
import { hunanRole } from './roles.js';
import { FIXED_SHEETS, projectSheet } from './layout.js';
import { pathKey, valueAt } from './paths.js';
import { rowHeightFor, writeLegend } from './style.js';
import type { Path } from './types.js';
import { workbookWording } from './wording.js';
import { writeSheet, type WriteState } from './writeSheet.js';
import { WORKBOOK_MESSAGES as WM } from './messages.js';
import { mapList } from '../mapList.js';

const SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = {
  views: [{ showGridLines: false }],
  pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
};

/** What a clerk may do on a protected sheet: fill unlocked cells, resize, insert and delete rows. No password. */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  insertRows: true,
  deleteRows: true,
};

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export function projectSheetName(index: number, name: unknown): string {
  const base = projectSheetBase(index + 1);
  const clean = typeof name === 'string' ? name.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').trim() : '';
  return clean ? `${base}-${clean}`.slice(0, 31) : base;
}

function writeInstructions(wb: ExcelJS.Workbook): void {
  const { title, lines } = workbookWording().instructions;
  const ws = wb.addWorksheet(SHEETS.instructions, SHEET_OPTIONS);
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 110;
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { name: workbookWording().font, size: 16, bold: true };
  ws.getRow(1).height = 30;
  lines.forEach((line, i) => {
    const row = ws.getRow(i + 3);
    row.getCell(1).value = `${i + 1}.`;
    row.getCell(2).value = line;
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
    row.font = { name: workbookWording().font, size: 11 };
    row.height = rowHeightFor(line, 110);
  });
  writeLegend(ws, lines.length + 4, 1, 2, true);
}

/** Every primitive of the data (null included) with its path; `$schema` belongs to JSON/YAML files only. */
function leaves(v: unknown, path: Path = []): Path[] {
  if (path.length === 1 && path[0] === '$schema') return [];
  if (Array.isArray(v)) return v.flatMap((item, i) => leaves(item, [...path, i]));
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, item]) => leaves(item, [...path, k]));
  return [path];
}

/** Data the workbook has no cell for would be lost in it: refuse, naming each item, rather than drop it. */
function lostData(state: WriteState): Finding[] {
  const placed = (path: Path) => path.some((_, i) => state.written.has(pathKey(path.slice(0, i + 1))));
  const problems = new Map(mapList(state.problems, (p) => [pathKey(p.path), p.problem]));
  const lost = leaves(state.data).filter((path) => !placed(path) && valueAt(state.data, path) !== null && valueAt(state.data, path) !== '');
  const paths = new Map<string, Path>([...mapList(state.problems, (p) => [pathKey(p.path), p.path] as const), ...mapList(lost, (p) => [pathKey(p), p] as const)]);
  return mapList([...paths.entries()], ([key, path]) => ({
    id: 'E_NOT_IN_WORKBOOK',
    level: 'error',
    path: key,
    where: describePath(path),
    message: problems.has(key) ? WM.notWritable(problems.get(key)!) : WM.noPlace,
    hint: WM.checkFirst,
  }));
}

/** The workbook for `data` (a ReportInput-shaped object, complete or not). Throws UserError if some of it has no cell. */
export async function writeWorkbook(data: unknown): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao';
  // The unit's name and the year shown on the forms are formulas: have Excel recompute them when the file opens.
  wb.calcProperties.fullCalcOnLoad = true;
  const state: WriteState = { data, addresses: new Map(), written: new Set(), problems: [], roleOf: hunanRole };
  writeInstructions(wb);
  for (const spec of FIXED_SHEETS) writeSheet(wb.addWorksheet(spec.name, SHEET_OPTIONS), spec, state);
  const projects = valueAt(data, ['projectEvaluations']);
  const count = Array.isArray(projects) ? Math.max(1, projects.length) : 1;
  for (let i = 0; i < count; i++) {
    const name = projectSheetName(i, valueAt(data, ['projectEvaluations', i, 'name']));
    writeSheet(wb.addWorksheet(name, SHEET_OPTIONS), projectSheet(i, name), state);
  }
  const lost = lostData(state);
  if (lost.length) throw new UserError(WM.cannotWrite(lost.length), lost);
  for (const ws of wb.worksheets) await ws.protect('', PROTECTION);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
