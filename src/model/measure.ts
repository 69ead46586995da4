import { Decimal } from 'decimal.js';
import * as z from 'zod';
import { VALUE_MESSAGES as M } from './messages.js';
import { blank, titled } from './primitives.js';
import { halfWidth } from './typedNumbers.js';
import { standards } from './standards.js';
import { mapList } from '../mapList.js';

/** 比较符: how an indicator's value is to be met. */
export const COMPARATORS = ['≥', '≤', '=', '>', '<'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export type Measure =
  | { kind: 'quantity'; comparator?: Comparator; value: Decimal; unit: string; text: string }
  | { kind: 'text'; text: string };

const ASCII_COMPARATOR: Record<string, Comparator> = { '>=': '≥', '<=': '≤', '≧': '≥', '≦': '≤', '＝': '=', '＞': '>', '＜': '<' };
const quantities = new WeakMap<readonly string[], RegExp>();

/**
 * A comparator, a number and a 计量单位 of templates/standards.yaml `measureUnits` (listed longest first, so 人次 wins
 * over 次), built once per list of units.
 */
function quantityPattern(): RegExp {
  const units = standards().measureUnits;
  let pattern = quantities.get(units);
  if (!pattern) {
    const unitPattern = mapList(units, (u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // A unit may be "per" another (元/户, 万元/公里, the slash full-width too): a 成本指标 is written so. A number may
    // group its thousands with commas (1,200盏), as amounts may.
    pattern = new RegExp(`^(≥|≤|=|>|<|>=|<=|≧|≦|＝|＞|＜)?\\s*((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(?:(${unitPattern})(?:[/／](${unitPattern}))?)?$`);
    quantities.set(units, pattern);
  }
  return pattern;
}

/**
 * Reads "≥3次", "=100%", "983.74亿元", "≤1500元/户", "1,200盏" as a quantity (its text as typed but for the
 * comparator's, the slash's and the digits' form); anything else ("积极吸引", "2022年全年") stays text.
 */
export function parseMeasure(raw: string): Measure {
  const text = raw.trim();
  // Its digits as ASCII (１２０户 is 120户), only where it reads as a quantity: a text keeps its 。 and its full-width digits.
  const m = quantityPattern().exec(halfWidth(text));
  if (!m) return { kind: 'text', text };
  const comparator = m[1] ? (ASCII_COMPARATOR[m[1]] ?? (m[1] as Comparator)) : undefined;
  const unit = (m[3] ?? '').replace('％', '%') + (m[4] ? `/${m[4]}` : '');
  return { kind: 'quantity', comparator, value: new Decimal(m[2].replaceAll(',', '')), unit, text: formatMeasure(comparator, m[2], unit) };
}

export function formatMeasure(comparator: Comparator | undefined, value: string, unit: string): string {
  return `${comparator ?? ''}${value}${unit}`;
}

const structured = z
  .strictObject({
    // Blank (null or ""), as left out: no comparator, no unit.
    comparator: z.union([blank, z.enum(COMPARATORS, { error: M.badComparator })]).optional().meta({ title: M.comparator }),
    value: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/, M.badMeasureValue)]).meta({ title: M.measureValue }),
    unit: z.union([blank, z.string()]).default('').meta({ title: M.measureUnit }),
  })
  .transform((o): Measure => {
    const value = String(o.value);
    return { kind: 'quantity', comparator: o.comparator, value: new Decimal(value), unit: o.unit, text: formatMeasure(o.comparator, value, o.unit) };
  });

/** An indicator value: structured {comparator, value, unit}, or text which is parsed when it reads as a quantity. */
export const measure = (title: string) =>
  titled(
    z.union([z.string({ error: M.measureNotText(title) }).check(z.trim(), z.minLength(1, M.empty(title))).transform(parseMeasure), structured], {
      error: M.measureEither(title),
    }),
    { title },
  );
