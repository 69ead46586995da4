/** The batch overview → 汇总表.xlsx: units, every finding, and how often each rule fired. */
import ExcelJS from 'exceljs';
import { D } from '../derive/index.js';
import type { BatchOverview } from './aggregate.js';
import { summaryWording, type SummaryWording } from './wording.js';
import { mapList } from '../mapList.js';
import { displayWidth } from '../textWidth.js';

type Column = { header: string; key: string; width?: number; numFmt?: string };

const MONEY = '#,##0.00';
const PERCENT = '0.00%';
const SCORE = 'General';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** A cell's width in widths of "0", a number as printed with two decimals. */
function cellWidth(value: unknown): number {
  return displayWidth(value === null || value === undefined ? '' : typeof value === 'number' ? value.toFixed(2) : String(value));
}

/** A sheet with a frozen, filtered header row, number formats per column and widths that fit the longest cell. */
function addSheet(wb: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    // Printed: landscape A4, as wide as the page, the header row on every page.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.columns = mapList(columns, (c) => ({ header: c.header, key: c.key, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  for (const r of rows) ws.addRow(r);
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  columns.forEach((c, i) => {
    const widest = Math.max(cellWidth(c.header), ...mapList(rows, (r) => cellWidth(r[c.key])));
    // Long prose (说明) wraps within a wide column instead of stretching the sheet.
    ws.getColumn(i + 1).width = Math.min(Math.max(widest + 2, 6), c.width ?? 60);
    const wrap = !!c.width && widest + 2 > c.width;
    ws.getColumn(i + 1).eachCell((cell, row) => {
      if (row > 1) cell.alignment = { vertical: 'top', wrapText: wrap };
    });
  });
  fitRowHeights(ws, columns.length);
  return ws;
}

/** Neither Excel nor LibreOffice grows a row for wrapped text on opening: each row gets the height of its lines. */
function fitRowHeights(ws: ExcelJS.Worksheet, columns: number): void {
  const widths = Array.from({ length: columns }, (_, i) => ws.getColumn(i + 1).width ?? 9);
  ws.eachRow((row, n) => {
    if (n === 1) return;
    let lines = 1;
    row.eachCell((cell, col) => {
      if (cell.alignment?.wrapText) lines = Math.max(lines, Math.ceil(cellWidth(cell.value) / (widths[col - 1] - 1)));
    });
    if (lines > 1) row.height = lines * 15;
  });
}

/** An exact decimal string as the number Excel stores (only here, at print time, does it become a float). */
function num(value: string | undefined, scale = 1): number | undefined {
  return value === undefined ? undefined : new D(value).div(scale).toNumber();
}

function unitRows(o: BatchOverview, w: SummaryWording): Record<string, unknown>[] {
  return mapList(o.units, (u) => ({
    file: u.file,
    unit: u.unit,
    year: u.year,
    profile: u.profileName ?? u.profile,
    budget: num(u.budget),
    executed: num(u.executed),
    rate: num(u.rate, 100),
    score: num(u.score),
    grade: u.grade,
    errors: u.errors,
    warnings: u.warnings,
    status: w.status[u.status],
    folder: u.folder,
  }));
}

function findingRows(o: BatchOverview, w: SummaryWording): Record<string, unknown>[] {
  return o.units.flatMap((u) =>
    mapList(u.findings, (f) => ({ unit: u.unit ?? u.file, id: f.id, level: w.levels[f.level], where: f.where, message: f.message, expected: f.expected, actual: f.actual })),
  );
}

function workbookOf(o: BatchOverview): ExcelJS.Workbook {
  const w = summaryWording();
  const h = w.workbook;
  const wb = new ExcelJS.Workbook();
  const date = new Date(`${o.date}T00:00:00Z`);
  wb.creator = wb.lastModifiedBy = w.report.author;
  wb.created = wb.modified = date;
  wb.title = w.report.title[o.scope];
  const u = h.units;
  addSheet(wb, h.sheets.units, [
    { header: u.unit, key: 'unit', width: 40 },
    // An unreadable input has no unit name: its file says which it is.
    { header: u.file, key: 'file', width: 40 },
    { header: u.year, key: 'year' },
    { header: u.profile, key: 'profile' },
    { header: u.budget, key: 'budget', numFmt: MONEY },
    { header: u.executed, key: 'executed', numFmt: MONEY },
    { header: u.rate, key: 'rate', numFmt: PERCENT },
    { header: u.score, key: 'score', numFmt: SCORE },
    { header: u.grade, key: 'grade' },
    { header: u.errors, key: 'errors', numFmt: '0' },
    { header: u.warnings, key: 'warnings', numFmt: '0' },
    { header: u.status, key: 'status' },
    { header: u.folder, key: 'folder', width: 50 },
  ], unitRows(o, w));
  const f = h.findings;
  addSheet(wb, h.sheets.findings, [
    { header: f.unit, key: 'unit', width: 30 },
    { header: f.id, key: 'id' },
    { header: f.level, key: 'level' },
    { header: f.where, key: 'where', width: 40 },
    { header: f.message, key: 'message', width: 70 },
    { header: f.expected, key: 'expected', width: 20 },
    { header: f.actual, key: 'actual', width: 20 },
  ], findingRows(o, w));
  const r = h.rules;
  addSheet(wb, h.sheets.rules, [
    { header: r.id, key: 'id' },
    { header: r.level, key: 'level' },
    { header: r.title, key: 'title', width: 60 },
    { header: r.units, key: 'units', numFmt: '0' },
    { header: r.count, key: 'count', numFmt: '0' },
  ], mapList(o.rules, (x) => ({ ...x, level: w.levels[x.level] })));
  return wb;
}

/**
 * exceljs stamps every zip entry with the time of writing; the entries are packed again with the batch's own date,
 * in the same order, so that the same inputs give the same bytes.
 */
async function withFixedDates(bytes: Buffer, date: Date): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const src = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('nodebuffer'), { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Loads exceljs now (in the bundle it loads on first use, ~0.5 s), so that summaryWorkbook does not wait for it. */
export function prepareWorkbook(): void {
  void ExcelJS.Workbook;
}

export async function summaryWorkbook(o: BatchOverview): Promise<Buffer> {
  // Stored uncompressed first: the entries are compressed once, when packed again.
  const bytes = Buffer.from(await workbookOf(o).xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions));
  return withFixedDates(bytes, new Date(`${o.date}T00:00:00Z`));
}
