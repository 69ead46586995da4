/**
 * hunan-2022: the values the tool works out for the cells a clerk left blank, by their input path — the derive
 * step's figures, and the narrative's as its definition works them out (./narrativeFacts.ts). The web editor shows
 * them muted in those cells; `check --annotate` writes them into the workbook's comments.
 */
import type { Decimal } from 'decimal.js';
import type { DerivedFigures, Figure } from '../derive/index.js';
import type { ReportInput } from '../model/schema.js';
import { narrativeFacts } from './narrativeFacts.js';

const isFigure = (v: unknown): v is Figure => typeof v === 'object' && v !== null && typeof (v as Figure).path === 'string' && Array.isArray((v as Figure).from);

/** Every figure reachable from the derived figures, each once. */
function figures(v: unknown, seen = new Set<unknown>()): Figure[] {
  if (typeof v !== 'object' || v === null || seen.has(v)) return [];
  seen.add(v);
  const own = isFigure(v) ? [v] : [];
  const children = isFigure(v) ? [] : Object.values(v as object);
  return [...own, ...children.flatMap((c) => figures(c, seen))];
}

export function workedOut(input: ReportInput, derived: DerivedFigures): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const f of figures(derived)) if (f.given === undefined && f.computed !== undefined) out.set(f.path, f.computed);
  for (const f of narrativeFacts(input).values()) if (!f.typed && f.value !== undefined) out.set(f.path, f.value);
  return out;
}
