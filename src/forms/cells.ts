/**
 * Cell kinds (单元格种类): for each, how the input gives it (a zod schema with the Chinese title), and how the form
 * prints it. Money, rates and scores stay Decimal from input to print.
 */
import { Decimal } from 'decimal.js';
import * as z from 'zod';
import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import { roundTo } from '../derive/decimal.js';
import { measure, parseMeasure, type Measure } from '../model/measure.js';
import { blank, isoDate, LIMITS, money, nameChecks, percent, points, titled, year } from '../model/primitives.js';
import type { CellKind } from './definition.js';
import { FORM_INPUT_MESSAGES as FM } from './messages.js';

export type Value = Decimal | Measure | string;

/** How a form prints numbers: decimals of rates and scores, from the profile's defaults or a column's own. */
export interface PrintRules {
  scoreDecimals: number;
  rateDecimals: number;
}

const textValue = (title: string) =>
  z
    .union([z.string(), z.number()], { error: FM.notText(title) })
    .transform((v) => String(v).trim())
    .pipe(z.string().max(LIMITS.textChars, FM.tooLong(title, LIMITS.textChars)));

function valueSchema(kind: CellKind, title: string, options?: string[]): z.ZodType<Value> {
  switch (kind) {
    case 'money':
      return money(title);
    case 'percent':
      return percent(title);
    case 'points':
    case 'count':
      return points(title);
    case 'date':
      return isoDate(title);
    case 'year':
      // Kept as its four digits: a year names the forms and their files ({{year}}), and counts back to the one before.
      return year({ notYear: FM.notYear(title), from: FM.yearRange(title), to: FM.yearRange(title) }).transform(String);
    case 'indicator':
      // A bare number is a value too (Sichuan's 指标值 column, with 度量单位 beside it).
      return z.union([z.number().transform((n) => parseMeasure(String(n))), measure(title)]) as z.ZodType<Value>;
    case 'comparator':
    case 'text':
      return options ? textValue(title).pipe(z.enum(options as [string, ...string[]], { error: FM.notOption(title, options) })) : textValue(title);
  }
}

/**
 * The schema of one cell: blank allowed unless required. A text that file names are made of (`fileNamePart`: a field
 * a document's fileName names) is checked as a name too (one line, something to name a file by).
 */
export function cellSchema(kind: CellKind, title: string, o: { required?: boolean; options?: string[]; fileNamePart?: boolean } = {}): z.ZodType<Value | undefined> {
  const text = kind === 'text' || kind === 'comparator';
  const value = text && o.fileNamePart ? (valueSchema(kind, title, o.options) as z.ZodType<string>).check(...nameChecks(title)) : valueSchema(kind, title, o.options);
  const filled = text ? (value as z.ZodType<string>).refine((v) => v !== '', FM.empty(title)) : value;
  const schema = o.required ? filled : z.union([blank, value]).optional();
  return titled(schema as z.ZodType<Value | undefined>, { title });
}

export function isNumberKind(kind: CellKind): boolean {
  return kind === 'money' || kind === 'percent' || kind === 'points' || kind === 'count';
}

/** Decimals a number of this kind is compared and printed at. */
export function decimalsOf(kind: CellKind, rules: PrintRules, own?: number): number {
  if (own !== undefined) return own;
  if (kind === 'money') return 2;
  if (kind === 'percent') return rules.rateDecimals;
  if (kind === 'count') return 0;
  return rules.scoreDecimals;
}

/** The text a form prints for a value. */
export function printValue(kind: CellKind, v: Value | undefined, rules: PrintRules, own?: number): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (!(v instanceof Decimal)) return v.text;
  if (kind === 'money') return own === undefined ? formatMoney(v) : roundTo(v, own).toFixed(own);
  if (kind === 'percent') return formatPercent(v, decimalsOf(kind, rules, own));
  return formatScore(v, decimalsOf(kind, rules, own));
}

/** Two numbers are the same on the form when they print the same. */
export function samePrinted(a: Decimal, b: Decimal, decimals: number): boolean {
  return roundTo(a, decimals).equals(roundTo(b, decimals));
}

export function asDecimal(v: Value | undefined): Decimal | undefined {
  if (v instanceof Decimal) return v;
  if (v && typeof v === 'object' && v.kind === 'quantity') return v.value;
  return undefined;
}
