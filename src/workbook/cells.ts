/**
 * One value ⇄ one cell, per kind of field. Numbers go into cells as numbers, texts as texts, exactly; what a cell
 * cannot hold without change (a decimal text with more digits than Excel keeps) stays text, so nothing is rounded.
 */
import { Decimal } from 'decimal.js';
import type ExcelJS from 'exceljs';
import { withoutThousandsSeparators } from '../model/typedNumbers.js';
import { PROSE_MONEY_WORDS, SIGNATURE_WORDS } from '../model/schema.js';
import type { Kind } from './types.js';
import { WORKBOOK_MESSAGES as WM } from './messages.js';
import { DATE_SEPARATOR, TYPED_DATE } from './patterns.js';
import { mapList } from '../mapList.js';

/** What a field writes into its cell: a number, a text, or nothing (blank). */
export type CellValue = number | string | undefined;

/** A value that has no cell form (an object where a number belongs); the reason is shown to the user. */
export interface Unplaceable {
  problem: string;
}

/** A cell as read: its value reduced to a plain value, and its number format (to tell 68.54% from 0.6854). */
export interface ReadCell {
  value: number | string | boolean | Date | undefined;
  numFmt?: string;
}

/** A cell's value without exceljs's wrappers: rich text joined, a formula's cached result, an error's code. */
export function plain(v: ExcelJS.CellValue | undefined): ReadCell['value'] {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return mapList(v.richText, (run) => run.text).join('');
  if ('error' in v) return v.error;
  // A formula without its result reads as blank; the reader reports it (unsavedFormula), never its source as data.
  if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return plain((v as ExcelJS.CellHyperlinkValue).text);
  return undefined;
}

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32767;

/** Drops binary noise (0.1 + 0.2 → 0.3): Excel keeps and shows 15 significant digits, so a cell means no more. */
export function cleanNumber(n: number): number {
  return Number(n.toPrecision(15));
}

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** The number a decimal text stands for, if a cell holds it exactly; else undefined (the text stays text). */
export function exactNumber(text: string): number | undefined {
  if (!DECIMAL_TEXT.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && new Decimal(String(cleanNumber(n))).equals(new Decimal(text)) ? n : undefined;
}

const blank = (v: unknown) => v === undefined || v === null || v === '';

function numberCell(v: unknown): CellValue | Unplaceable {
  if (typeof v === 'number') return Number.isFinite(v) && cleanNumber(v) === v ? v : String(v);
  if (typeof v === 'string') return exactNumber(withoutThousandsSeparators(v)) ?? v;
  return { problem: WM.notNumber };
}

/** A percent (68.54, "68.54%") goes in as the fraction Excel shows as 68.54% with the 0.00% format. */
function percentCell(v: unknown): CellValue | Unplaceable {
  if (typeof v !== 'number' && typeof v !== 'string') return { problem: WM.notPercent };
  const text = typeof v === 'number' ? String(v) : v.trim().replace(/[%％]$/, '');
  if (!DECIMAL_TEXT.test(text)) return String(v);
  return exactNumber(new Decimal(text).div(100).toFixed()) ?? String(v);
}

function textCell(v: unknown): CellValue | Unplaceable {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return { problem: WM.notText };
  return v.length > MAX_CELL_TEXT ? { problem: WM.tooLong(v.length, MAX_CELL_TEXT) } : v;
}

/** The cell value of one field's data. */
export function toCell(kind: Exclude<Kind, 'measure'>, v: unknown): CellValue | Unplaceable {
  if (blank(v)) return undefined;
  switch (kind) {
    case 'money':
    case 'points':
      return numberCell(v);
    case 'percent':
      return percentCell(v);
    case 'count':
    case 'integer':
    case 'decimals':
      return typeof v === 'number' || typeof v === 'string' ? v : { problem: WM.notInteger };
    case 'proseMoney':
      return Object.entries(PROSE_MONEY_WORDS).find(([, code]) => code === v)?.[0] ?? textCell(v);
    case 'signature':
      // The model's word for the choice, shown as the clerk's word.
      return Object.entries(SIGNATURE_WORDS).find(([, code]) => code === v)?.[0] ?? textCell(v);
    default:
      return textCell(v);
  }
}

const COMPARATOR_SPELLINGS: Record<string, string> = { '>=': '≥', '<=': '≤', '≧': '≥', '≦': '≤', '＝': '=', '＞': '>', '＜': '<' };
const MEASURE_KEYS = new Set(['comparator', 'value', 'unit']);

/** An indicator value as three cells: 比较符 | 数值或文字 | 计量单位. Text values go whole into the middle cell. */
export function toMeasureCells(v: unknown): [CellValue, CellValue, CellValue] | Unplaceable {
  if (blank(v)) return [undefined, undefined, undefined];
  if (typeof v === 'string') return [undefined, textCell(v) as CellValue, undefined];
  if (typeof v !== 'object' || Array.isArray(v) || Object.keys(v as object).some((k) => !MEASURE_KEYS.has(k))) {
    return { problem: WM.notMeasure };
  }
  const { comparator, value, unit } = v as Record<string, unknown>;
  const parts = [blank(comparator) ? undefined : comparator, blank(value) ? undefined : numberCell(value), blank(unit) ? undefined : unit];
  if (parts.some((p) => p !== undefined && typeof p === 'object') || ![parts[0], parts[2]].every((p) => p === undefined || typeof p === 'string')) {
    return { problem: WM.badMeasure };
  }
  return parts as [CellValue, CellValue, CellValue];
}

// ——— reading ———

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** "2023/3/22", "2023.3.22", "2023年3月22日", "20230322" → "2023-03-22"; other text unchanged (the model reports it). */
function normalizeDate(text: string): string {
  const m = TYPED_DATE.exec(text);
  return m && (m[0].replace(/\D/g, '').length === 8 || DATE_SEPARATOR.test(m[0])) ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
}

/** Excel keeps a date as a day count from 1899-12-30; one that lost its date format reads as that number. */
function serialDate(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 20000 || n > 80000) return undefined; // 1954–2119
  return isoDate(new Date(Date.UTC(1899, 11, 30) + n * 86_400_000));
}

const isPercentFormat = (numFmt?: string) => !!numFmt && numFmt.includes('%');

/** 0.6854 in a percent cell → "68.54%". */
function percentText(n: number): string {
  return `${new Decimal(String(cleanNumber(n))).times(100).toFixed()}%`;
}

/** Plain text of any cell value, for text fields. */
function asText(v: ReadCell['value']): string | undefined {
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'number') return String(cleanNumber(v));
  if (v instanceof Date) return isoDate(v);
  return String(v);
}

/** The data of one field from its cell; undefined for a blank cell. */
export function fromCell(kind: Exclude<Kind, 'measure'>, cell: ReadCell): unknown {
  const v = cell.value;
  if (v === undefined || (typeof v === 'string' && v.trim() === '' && kind !== 'text')) return undefined;
  switch (kind) {
    case 'money':
    case 'points':
      return typeof v === 'number' ? cleanNumber(v) : asText(v);
    case 'percent':
      if (typeof v === 'number') return isPercentFormat(cell.numFmt) ? percentText(v) : cleanNumber(v);
      return asText(v);
    case 'count':
    case 'integer':
    case 'decimals':
      if (typeof v === 'number') return cleanNumber(v);
      return typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : asText(v);
    case 'date':
      if (typeof v === 'number') return serialDate(v) ?? asText(v);
      return typeof v === 'string' ? normalizeDate(v) : asText(v);
    default:
      return asText(v);
  }
}

function shortText(cell: ReadCell): string | undefined {
  const t = asText(cell.value)?.trim();
  return t ? t : undefined;
}

/**
 * An indicator value from its three cells. A number in the middle cell makes the structured form
 * {comparator, value, unit}; text there is the value as written, with any comparator and unit put around it.
 * A number typed as "100%" (Excel stores 1 with a percent format) reads as 100 with the unit %.
 */
export function fromMeasureCells(comparatorCell: ReadCell, valueCell: ReadCell, unitCell: ReadCell): unknown {
  const typed = shortText(comparatorCell);
  const comparator = typed && (COMPARATOR_SPELLINGS[typed] ?? typed);
  let unit = shortText(unitCell);
  const v = valueCell.value;
  let value: number | string | undefined;
  if (typeof v === 'number') {
    const percent = isPercentFormat(valueCell.numFmt) && unit === undefined;
    value = percent ? Number(new Decimal(String(cleanNumber(v))).times(100).toFixed()) : cleanNumber(v);
    if (percent) unit = '%';
  } else {
    const text = asText(v);
    if (text !== undefined && text.trim() !== '') {
      if (comparator === undefined && unit === undefined) return text;
      if (!DECIMAL_TEXT.test(text.trim())) return `${comparator ?? ''}${text}${unit ?? ''}`;
      value = text.trim();
    }
  }
  if (comparator === undefined && value === undefined && unit === undefined) return undefined;
  return { ...(comparator !== undefined && { comparator }), ...(value !== undefined && { value }), ...(unit !== undefined && { unit }) };
}
