/** An Excel workbook in the layout → the same plain data a JSON input gives, with the cell behind every field. */
import ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { BUDGETS } from '../budgets.js';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { byteSize } from '../load/byteSize.js';
import { loadProfile } from '../core/profiles.js';
import { LOAD_MESSAGES as M } from '../load/messages.js';
import { FIXED_SHEETS, projectSheet, projectSheetTitle } from './layout.js';
import { pathKey } from './paths.js';
import { placePictures } from './pictures.js';
import { readProfileWorkbook, workbookProfileId } from './profile/read.js';
import { labelAt, readSheet, unreadable, type ReadState } from './readSheet.js';
import { WORKBOOK_MESSAGES as WM } from './messages.js';

export interface WorkbookInput {
  data: Record<string, unknown>;
  /** pathKey ("basicData.publicFunds.office.budget") → "基础数据表!C9". */
  locations: Map<string, string>;
}

const damaged = (file: string, detail: string) => new UserError(M.workbookDamaged(file, detail), [], 1);

const tooLargeUnzipped = (file: string, size: string) => new UserError(M.workbookTooLarge(file, size, byteSize(BUDGETS.workbookUnzippedBytes)), [], 1);

/**
 * The unzipped size the workbook's central directory declares, summed before anything is inflated: a few kilobytes
 * can declare gigabytes (a zip bomb), and the xlsx reader would inflate them all.
 */
function checkDeclaredSize(file: string, bytes: Buffer): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false; // nothing is inflated here
      },
    });
  } catch (e) {
    throw damaged(file, (e as Error).message);
  }
  if (total > BUDGETS.workbookUnzippedBytes) throw tooLargeUnzipped(file, byteSize(total));
}

class PastBudget extends Error {}

/**
 * The sizes a zip declares can lie: the parts are inflated once more, in small steps, counting what comes out, and
 * the count stops at the budget. Costs a fraction of a second for a workbook within budget.
 */
function checkInflatedSize(file: string, bytes: Buffer): void {
  const STEP = 4096; // a step of deflate data inflates to 4 MB at most
  let total = 0;
  const unzip = new Unzip((part) => {
    part.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
      if (total > BUDGETS.workbookUnzippedBytes) throw new PastBudget();
    };
    part.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length; i += STEP) unzip.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
  } catch (e) {
    throw e instanceof PastBudget ? tooLargeUnzipped(file, M.atLeast(byteSize(total))) : damaged(file, (e as Error).message);
  }
}

/** A sheet with more rows than any report needs (rows a clerk filled down by accident) is refused before it is read. */
function checkRows(file: string, wb: ExcelJS.Workbook): void {
  const long = wb.worksheets.find((ws) => ws.rowCount > BUDGETS.worksheetRows);
  if (long) {
    throw new UserError(M.worksheetTooLong(file, long.name, long.rowCount, BUDGETS.worksheetRows), [], 1);
  }
}

async function open(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  checkDeclaredSize(file, bytes);
  checkInflatedSize(file, bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw damaged(file, (e as Error).message);
  }
  checkRows(file, wb);
  return wb;
}

/** Project sheets are the sheets titled 项目支出绩效自评表, in tab order; copies a clerk made of one count too. */
function projectSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => labelAt(ws, 1, 1) === projectSheetTitle());
}

function missingSheet(file: string, name: string): Finding {
  return {
    id: 'E_WORKBOOK_SHEET',
    level: 'error',
    path: name,
    where: `${file} › ${name}`,
    message: WM.missingSheet(name),
    hint: WM.missingSheetHint,
  };
}

export async function readWorkbook(file: string, bytes: Buffer): Promise<WorkbookInput> {
  const wb = await open(file, bytes);
  const profileId = workbookProfileId(wb);
  if (profileId) return readProfileWorkbook(loadProfile(profileId), wb, file);
  const state: ReadState = { data: {}, locations: new Map(), problems: [] };
  for (const spec of FIXED_SHEETS) {
    const ws = wb.getWorksheet(spec.name);
    if (ws) readSheet(ws, spec, state);
    else state.problems.push(missingSheet(file, spec.name));
  }
  const projects: unknown[] = [];
  state.data.projectEvaluations = projects;
  for (const ws of projectSheets(wb)) {
    const index = projects.length;
    const sheetState: ReadState = { data: { projectEvaluations: projects }, locations: new Map(), problems: state.problems };
    const filled = readSheet(ws, projectSheet(index, ws.name), sheetState);
    if (!filled) {
      projects.length = index; // a blank project sheet (the one a blank workbook has) is no project
      continue;
    }
    sheetState.locations.forEach((cell, key) => state.locations.set(key, cell));
    state.locations.set(pathKey(['projectEvaluations', index]), `${ws.name}!A1`);
  }
  if (!state.problems.length) placePictures(wb, state.data, state.locations);
  if (state.problems.length) throw unreadable(file, state.problems);
  return { data: state.data, locations: state.locations };
}
