import { Decimal } from 'decimal.js';
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { UserError } from '../../src/diagnostics/finding.js';
import { loadInput } from '../../src/load/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { writeWorkbook } from '../../src/workbook/write.js';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jixiao-wb-'));
}

/** Writes `data` as a workbook file; returns its path. */
export async function workbookFile(data: unknown, name = 'input.xlsx'): Promise<string> {
  const file = join(tempDir(), name);
  writeFileSync(file, await writeWorkbook(data));
  return file;
}

/** data → .xlsx file → loadInput: what a workbook made from `data` reads back as. */
export async function throughWorkbook(data: unknown): Promise<any> {
  return loadInput(await workbookFile(data));
}

/** The validated model as plain JSON (Decimals as their exact text), without $schema, for deep comparisons. */
export function model(data: unknown): unknown {
  const { $schema: _ignored, ...rest } = parseReportInput(data);
  return JSON.parse(JSON.stringify(rest));
}

/** Opens a workbook file with exceljs, lets `edit` change it the way a clerk would, saves it back. */
export async function editWorkbook(file: string, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  await edit(wb);
  await wb.xlsx.writeFile(file);
}

/** The row whose cell in column `col` reads `label`, on a sheet. */
export function rowOf(ws: ExcelJS.Worksheet, label: string, col = 1, from = 1): number {
  for (let r = from; r <= ws.rowCount; r++) if (String(ws.getCell(r, col).value ?? '').trim() === label) return r;
  throw new Error(`no row labelled ${label} on ${ws.name}`);
}

/**
 * What a workbook gives back for valid data, by the rules of the format: blanks and $schema left out, decimal text
 * in a structured indicator value ("983.74") as a number, percent text in its shortest form ("90.00%" → "90%").
 */
export function asWorkbookGivesBack(v: unknown, key = ''): any {
  if (Array.isArray(v)) return v.map((item) => asWorkbookGivesBack(item));
  if (typeof v === 'string' && key === 'value' && /^\d+(\.\d+)?$/.test(v)) return Number(v);
  if (typeof v === 'string' && /^\d+(\.\d+)?%$/.test(v)) return `${new Decimal(v.slice(0, -1)).toFixed()}%`;
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k, item]) => k !== '$schema' && item !== null && item !== '')
      .map(([k, item]) => [k, asWorkbookGivesBack(item, k)]),
  );
}

/** The UserError that loading `file` throws (a test fails when it loads). */
export async function loadError(file: string): Promise<UserError> {
  const error = await loadInput(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}
