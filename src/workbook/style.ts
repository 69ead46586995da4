/**
 * How cells look: labels locked and plain; input cells unlocked, filled by their role (required pale yellow, optional
 * pale blue, computed pale green with grey italics), number formats per kind.
 */
import { PROSE_MONEY_WORDS, SIGNATURE_WORDS } from '../model/schema.js';
import { PROSE_ZERO } from '../model/standards.js';
import type ExcelJS from 'exceljs';
import { COMPARATORS } from '../model/measure.js';
import { LEVEL1_NAMES, LEVEL2_NAMES } from './labels.js';
import type { InputRole, Kind, Role } from './types.js';
import { workbookWording } from './wording.js';
import { displayWidth } from '../textWidth.js';

const FONT = workbookWording().font;
const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** Three fills a clerk tells apart at a glance: yellow to fill in, blue if it applies, green left to the tool. */
const ROLE_FILL: Record<InputRole, ExcelJS.Fill> = { required: solid('FFFFF2CC'), optional: solid('FFDDEBF7'), computed: solid('FFE2EFDA') };
const ROLE_FONT_STYLE: Record<InputRole, Partial<ExcelJS.Font>> = { required: {}, optional: {}, computed: { italic: true, color: { argb: 'FF595959' } } };
const DISPLAY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The kinds of input cell: a field's kind, or one of the three cells of an indicator value. */
export type CellKind = Exclude<Kind, 'measure'> | 'comparator' | 'measureValue' | 'unit';

/** Number format per kind: money 0.00 (万元), rates as percent, texts as text so Excel does not turn "8859878" into a number. */
export const NUMBER_FORMAT: Record<CellKind, string> = {
  money: '0.00',
  percent: '0.00%',
  points: 'General',
  count: '0',
  integer: '0',
  decimals: '0',
  text: '@',
  date: '@',
  file: '@',
  signature: '@',
  proseMoney: '@',
  proseZero: '@',
  level1: '@',
  level2: '@',
  comparator: '@',
  measureValue: 'General',
  unit: '@',
};

const NUMERIC = new Set<CellKind>(['money', 'percent', 'points', 'count', 'integer', 'decimals']);
const CENTERED = new Set<CellKind>(['comparator', 'unit']);

/** An input cell: unlocked, marked with its role's fill, formatted for its kind. */
export function styleInput(cell: ExcelJS.Cell, kind: CellKind, role: InputRole = 'required'): void {
  cell.protection = { locked: false };
  cell.fill = ROLE_FILL[role];
  cell.border = BOX;
  cell.font = { name: FONT, size: 11, ...ROLE_FONT_STYLE[role] };
  cell.numFmt = NUMBER_FORMAT[kind];
  const horizontal = NUMERIC.has(kind) ? 'right' : CENTERED.has(kind) ? 'center' : 'left';
  cell.alignment = { vertical: 'middle', horizontal, wrapText: !NUMERIC.has(kind) };
}

export const ROLE_FONT: Record<Role, Partial<ExcelJS.Font>> = {
  title: { name: FONT, size: 16, bold: true },
  header: { name: FONT, size: 11, bold: true },
  section: { name: FONT, size: 12, bold: true },
  label: { name: FONT, size: 11 },
  note: { name: FONT, size: 10, italic: true, color: { argb: 'FF595959' } },
};

/** A label cell: locked (the sheet's protection covers it), bordered like the printed form. */
export function styleLabel(cell: ExcelJS.Cell, role: Role, display = false): void {
  cell.font = ROLE_FONT[role];
  cell.alignment = { vertical: 'middle', horizontal: role === 'title' || role === 'header' ? 'center' : 'left', wrapText: true };
  if (role !== 'title' && role !== 'note') cell.border = BOX;
  if (display) cell.fill = DISPLAY_FILL;
}

export function styleBorder(cell: ExcelJS.Cell): void {
  cell.border = BOX;
}

const list = (values: readonly string[]) => [`"${values.join(',')}"`];

/** The data validation of an input cell: drop-downs for fixed values, number checks for amounts. */
export function validationFor(kind: CellKind): ExcelJS.DataValidation | undefined {
  const words = workbookWording().validation[kind];
  const messages = {
    allowBlank: true,
    showErrorMessage: !!words?.error,
    errorTitle: words?.title,
    error: words?.error,
    showInputMessage: !!words?.prompt,
    promptTitle: words?.title,
    prompt: words?.prompt,
  };
  const nonNegative = { operator: 'greaterThanOrEqual' as const, formulae: [0] };
  switch (kind) {
    case 'money':
    case 'points':
    case 'percent':
      return { type: 'decimal', ...nonNegative, errorStyle: 'stop', ...messages };
    case 'count':
      return { type: 'whole', ...nonNegative, errorStyle: 'stop', ...messages };
    case 'integer':
      return { type: 'whole', operator: 'between', formulae: [2000, 2100], errorStyle: 'stop', ...messages };
    case 'decimals':
      return { type: 'list', formulae: list(['0', '1', '2']), errorStyle: 'stop', ...messages };
    case 'comparator':
      return { type: 'list', formulae: list(COMPARATORS), errorStyle: 'stop', ...messages };
    case 'level1':
      return { type: 'list', formulae: list(LEVEL1_NAMES), errorStyle: 'warning', ...messages };
    case 'level2':
      return { type: 'list', formulae: list(LEVEL2_NAMES), errorStyle: 'warning', ...messages };
    case 'proseMoney':
      return { type: 'list', formulae: list(Object.keys(PROSE_MONEY_WORDS)), errorStyle: 'stop', ...messages };
    case 'proseZero':
      return { type: 'list', formulae: list([...PROSE_ZERO]), errorStyle: 'stop', ...messages };
    case 'signature':
      return { type: 'list', formulae: list(Object.keys(SIGNATURE_WORDS)), errorStyle: 'stop', ...messages };
    case 'date':
    case 'file':
      return words?.prompt ? { type: 'textLength', operator: 'lessThanOrEqual', formulae: [20], errorStyle: 'information', ...messages } : undefined;
    default:
      return undefined;
  }
}

/** A row height (points) that shows the whole text in a cell `width` units wide, within Excel's 409-point limit. */
export function rowHeightFor(text: string, width: number): number {
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / Math.max(4, width - 1))), 0);
  return Math.min(409, Math.max(18, lines * 14.5 + 4));
}

/** A drop-down of a profile's choices: other values are allowed after a warning (a region's own wording). */
export function optionsValidation(options: readonly string[]): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: list(options), errorStyle: 'warning', showErrorMessage: true };
}

/**
 * A cell's prompt says its role where the role is not the usual one: "可不填（自动计算）" on a computed cell, "选填" on an
 * optional one, shown when the clerk selects it (the cell's own check, if any, stays as it was).
 */
export function withRole(validation: ExcelJS.DataValidation | undefined, role: InputRole): ExcelJS.DataValidation | undefined {
  if (role === 'required') return validation;
  const words = workbookWording().roles[role];
  const prompt = validation?.prompt ? `${words.prompt}\n${validation.prompt}` : words.prompt;
  const base: ExcelJS.DataValidation = validation ?? { type: 'any' as ExcelJS.DataValidation['type'], allowBlank: true, formulae: [] };
  return { ...base, showInputMessage: true, promptTitle: words.name, prompt };
}

/**
 * The legend: one sample cell per role and what it means, from `row` on; returns the next free row. A narrow sample
 * column shows the colour alone and the name goes before the meaning.
 */
export function writeLegend(ws: ExcelJS.Worksheet, row: number, sampleCol: number, textCol: number, narrow = false, textSpan = 1): number {
  const { legendTitle, roles } = workbookWording();
  const title = ws.getCell(row, sampleCol);
  title.value = legendTitle;
  title.font = ROLE_FONT.header;
  (['required', 'optional', 'computed'] as const).forEach((role, i) => {
    const sample = ws.getCell(row + 1 + i, sampleCol);
    if (!narrow) sample.value = roles[role].name;
    sample.fill = ROLE_FILL[role];
    sample.border = BOX;
    sample.font = { name: FONT, size: 10, ...ROLE_FONT_STYLE[role] };
    sample.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    if (textSpan > 1) ws.mergeCells(row + 1 + i, textCol, row + 1 + i, textCol + textSpan - 1);
    const text = ws.getCell(row + 1 + i, textCol);
    text.value = narrow ? `${roles[role].name}　${roles[role].explain}` : roles[role].explain;
    text.font = ROLE_FONT.label;
    text.alignment = { vertical: 'middle', wrapText: true };
    const width = Array.from({ length: textSpan }, (_, k) => ws.getColumn(textCol + k).width ?? 10).reduce((a, b) => a + b, 0);
    ws.getRow(row + 1 + i).height = rowHeightFor(String(text.value), width);
  });
  return row + 4;
}
