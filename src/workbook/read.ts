/** An Excel workbook in the layout → the same plain data a JSON input gives, with the cell behind every field. */
import ExcelJS from 'exceljs';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { loadProfile } from '../node/profiles.js';
import { TITLES } from './labels.js';
import { FIXED_SHEETS, projectSheet } from './layout.js';
import { pathKey } from './paths.js';
import { readProfileWorkbook, workbookProfileId } from './profile/read.js';
import { labelAt, readSheet, type ReadState } from './readSheet.js';

export interface WorkbookInput {
  data: Record<string, unknown>;
  /** pathKey ("basicData.publicFunds.office.budget") → "基础数据表!C9". */
  locations: Map<string, string>;
}

async function open(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UserError(`无法读取 Excel 工作簿 ${file}：文件已损坏，或不是 .xlsx 格式（${(e as Error).message}）`, [], 1);
  }
  return wb;
}

/** Project sheets are the sheets titled 项目支出绩效自评表, in tab order; copies a clerk made of one count too. */
function projectSheets(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => labelAt(ws, 1, 1) === TITLES.project);
}

function missingSheet(file: string, name: string): Finding {
  return {
    id: 'E_WORKBOOK_SHEET',
    level: 'error',
    path: name,
    where: `${file} › ${name}`,
    message: `工作簿中没有名为“${name}”的工作表`,
    hint: '请不要删除或改名工作簿中的固定工作表；可用 jixiao init 重新生成工作簿后把数据复制过去',
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
  if (state.problems.length) throw new UserError(`Excel 工作簿 ${file} 的表格结构被改动，无法读取`, state.problems);
  return { data: state.data, locations: state.locations };
}
