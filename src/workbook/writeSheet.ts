/** Writes one sheet of the layout: labels, displays, input cells with their data, lists with room for more rows. */
import type ExcelJS from 'exceljs';
import { toCell, toMeasureCells, type CellValue, type Unplaceable } from './cells.js';
import { cellAddress, pathKey, valueAt } from './paths.js';
import { optionsValidation, rowHeightFor, styleBorder, styleInput, styleLabel, validationFor, withRole, type CellKind } from './style.js';
import type { Block, Display, Field, InputRole, Label, Path, SheetSpec } from './types.js';
import { workbookWording } from './wording.js';
import { WORKBOOK_MESSAGES as WM } from './messages.js';

/** What writing collects across sheets: where each field went, what was written, what could not be. */
export interface WriteState {
  data: unknown;
  /** pathKey → "'正文'!B4", for formulas that show a value typed elsewhere. */
  addresses: Map<string, string>;
  /** pathKeys of the data written into cells. */
  written: Set<string>;
  problems: { path: Path; problem: string }[];
  /** The role of a field whose spec gives none, by its full path. */
  roleOf?: (path: Path) => InputRole;
}

const isUnplaceable = (v: unknown): v is Unplaceable => typeof v === 'object' && v !== null && 'problem' in v;

function merge(ws: ExcelJS.Worksheet, row: number, col: number, rows = 1, span = 1): void {
  if (rows > 1 || span > 1) ws.mergeCells(row, col, row + rows - 1, col + span - 1);
  for (let r = row; r < row + rows; r++) for (let c = col; c < col + span; c++) styleBorder(ws.getCell(r, c));
}

function widthOf(spec: SheetSpec, col: number, span = 1): number {
  return spec.widths.slice(col - 1, col - 1 + span).reduce((a, b) => a + b, 0);
}

function fitRow(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  const r = ws.getRow(row);
  const height = rowHeightFor(text, width);
  if (height > (r.height ?? 15)) r.height = height;
}

function writeLabel(ws: ExcelJS.Worksheet, spec: SheetSpec, row: number, label: Label): void {
  const r = row + (label.dr ?? 0);
  const text = label.role === 'note' ? (workbookWording().notes[label.text] ?? label.text) : label.text;
  const cell = ws.getCell(r, label.col);
  if (label.role !== 'title' && label.role !== 'note') merge(ws, r, label.col, label.rows, label.span);
  else if ((label.span ?? 1) > 1) ws.mergeCells(r, label.col, r, label.col + (label.span ?? 1) - 1);
  cell.value = text;
  styleLabel(cell, label.role);
  if (label.role === 'title') ws.getRow(r).height = 30;
  else if ((label.rows ?? 1) === 1) fitRow(ws, r, text, widthOf(spec, label.col, label.span));
}

function writeDisplay(ws: ExcelJS.Worksheet, row: number, display: Display, state: WriteState): void {
  const r = row + (display.dr ?? 0);
  const ref = (path: Path) => {
    const v = valueAt(state.data, path);
    return { address: state.addresses.get(pathKey(path)) ?? '""', value: v === undefined || v === null ? '' : String(v) };
  };
  const { formula, result } = display.show(ref);
  merge(ws, r, display.col, 1, display.span);
  const cell = ws.getCell(r, display.col);
  cell.value = { formula, result };
  styleLabel(cell, display.role, true);
}

/** One input cell: its value, its look (unlocked, filled, number format) and its drop-down or number check. */
function writeCell(ws: ExcelJS.Worksheet, row: number, col: number, kind: CellKind, value: CellValue, role: InputRole, span = 1, options?: readonly string[]): void {
  merge(ws, row, col, 1, span);
  const cell = ws.getCell(row, col);
  if (value !== undefined) cell.value = value;
  styleInput(cell, kind, role);
  const validation = withRole(options ? optionsValidation(options) : validationFor(kind), role);
  if (validation) cell.dataValidation = validation;
}

function writeField(ws: ExcelJS.Worksheet, spec: SheetSpec, row: number, field: Field, path: Path, value: unknown, state: WriteState): void {
  const r = row + (field.dr ?? 0);
  const role = field.role ?? state.roleOf?.(path) ?? 'required';
  state.addresses.set(pathKey(path), `'${ws.name}'!${cellAddress(r, field.col)}`);
  if (field.kind === 'measure') {
    const cells = toMeasureCells(value);
    const [comparator, middle, unit] = isUnplaceable(cells) ? [undefined, undefined, undefined] : cells;
    writeCell(ws, r, field.col, 'comparator', comparator, role);
    writeCell(ws, r, field.col + 1, 'measureValue', middle, role);
    writeCell(ws, r, field.col + 2, 'unit', unit, role);
    if (typeof middle === 'string') fitRow(ws, r, middle, widthOf(spec, field.col + 1));
    record(state, path, value, cells);
    return;
  }
  const cellValue = toCell(field.kind, value);
  writeCell(ws, r, field.col, field.kind, isUnplaceable(cellValue) ? undefined : cellValue, role, field.span, field.options);
  if (typeof cellValue === 'string') fitRow(ws, r, cellValue, widthOf(spec, field.col, field.span));
  record(state, path, value, cellValue);
}

function record(state: WriteState, path: Path, value: unknown, result: unknown): void {
  if (isUnplaceable(result)) state.problems.push({ path, problem: result.problem });
  else if (value !== undefined) state.written.add(pathKey(path));
}

function writeList(ws: ExcelJS.Worksheet, spec: SheetSpec, row: number, block: Block, state: WriteState): number {
  const list = block.list!;
  const given = valueAt(state.data, list.path);
  const items = Array.isArray(given) ? given : [];
  if (given !== undefined && given !== null && !Array.isArray(given)) state.problems.push({ path: list.path, problem: WM.notList });
  const rows = Math.max(items.length + list.spare, list.minRows);
  const itemCols = new Set(list.item.flatMap((f) => Array.from({ length: f.kind === 'measure' ? 3 : (f.span ?? 1) }, (_, i) => f.col + i)));
  const lastCol = Math.max(...itemCols);
  for (let i = 0; i < rows; i++) {
    const r = row + list.offset + i;
    for (const field of list.item) {
      const value = i < items.length ? valueAt(items[i], field.path) : undefined;
      writeField(ws, spec, r, field, [...list.path, i, ...field.path], value, state);
    }
    // The other cells of an item row stay unlocked, so a clerk may delete the row on the protected sheet.
    if (r > row) for (let c = 1; c < lastCol; c++) if (!itemCols.has(c)) unlockBlank(ws.getCell(r, c));
  }
  if (items.length) state.written.add(pathKey(list.path));
  return list.offset + rows;
}

function unlockBlank(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
  styleBorder(cell);
}

/** Writes a block at `row`; returns the rows it took. */
function writeBlock(ws: ExcelJS.Worksheet, spec: SheetSpec, row: number, block: Block, state: WriteState): number {
  for (const label of block.labels ?? []) writeLabel(ws, spec, row, label);
  for (const display of block.displays ?? []) writeDisplay(ws, row, display, state);
  for (const field of block.fields ?? []) writeField(ws, spec, row, field, field.path, valueAt(state.data, field.path), state);
  const listRows = block.list ? writeList(ws, spec, row, block, state) : 0;
  return Math.max(block.rows ?? 1, listRows);
}

export function writeSheet(ws: ExcelJS.Worksheet, spec: SheetSpec, state: WriteState): void {
  spec.widths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  let row = 1;
  for (const block of spec.blocks) row += writeBlock(ws, spec, row, block, state);
}
