/**
 * The values the tool computed for cells the clerk left blank, at their workbook cells: what `check --annotate`
 * writes into those cells' comments, so the workbook shows the tool's work.
 */
import type { Decimal } from 'decimal.js';
import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import type { DerivedFigures, Figure } from '../derive/index.js';
import { locatorOf } from '../load/index.js';
import type { ReportInput } from '../model/schema.js';

export interface ComputedCell {
  sheet: string;
  cell: string;
  /** The value as the forms print it. */
  text: string;
}

const isFigure = (v: unknown): v is Figure => typeof v === 'object' && v !== null && typeof (v as Figure).path === 'string' && Array.isArray((v as Figure).from);

/** Every figure reachable from the derived figures, each once. */
function figures(v: unknown, seen = new Set<unknown>()): Figure[] {
  if (typeof v !== 'object' || v === null || seen.has(v)) return [];
  seen.add(v);
  const own = isFigure(v) ? [v] : [];
  const children = isFigure(v) ? [] : Object.values(v as object);
  return [...own, ...children.flatMap((c) => figures(c, seen))];
}

/** Rates print as percent, scores and weights as scores, the rest (万元) as money: the forms' own formats. */
function printed(path: string, d: Decimal, scoreDecimals: number): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (/Rate$/.test(key)) return formatPercent(d);
  if (key === 'score' || key === 'weight') return formatScore(d, scoreDecimals);
  return formatMoney(d);
}

export function computedCells(input: ReportInput, derived: DerivedFigures): ComputedCell[] {
  const locate = locatorOf(input);
  if (!locate) return [];
  return figures(derived).flatMap((f) => {
    if (f.given !== undefined || f.computed === undefined) return [];
    const at = locate(f.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
    const m = at && /^(.+?)!([A-Z]{1,3}\d+)$/.exec(at);
    return m ? [{ sheet: m[1].replace(/^'(.*)'$/, '$1'), cell: m[2], text: printed(f.path, f.computed, input.display.scoreDecimals) }] : [];
  });
}
