/**
 * The values the tool computed for cells the clerk left blank, at their workbook cells: what `check --annotate`
 * writes into those cells' comments, so the workbook shows the tool's work.
 */
import type { Decimal } from 'decimal.js';
import { formatMoney, formatPercent, formatScore } from '../compose/format.js';
import type { DerivedFigures } from '../derive/index.js';
import { printValue } from '../forms/cells.js';
import type { ColumnDef, FormDef } from '../forms/definition.js';
import type { FormCell } from '../forms/derive.js';
import { workedOut } from '../forms/workedOut.js';
import type { PreparedProfileReport } from '../forms/index.js';
import { locatorOf, type Locator } from '../load/index.js';
import type { ReportInput } from '../model/schema.js';
import { mapList } from '../mapList.js';

export interface ComputedCell {
  sheet: string;
  cell: string;
  /** The value as the forms print it. */
  text: string;
}

/** Rates print as percent, scores and weights as scores, the rest (万元) as money: the forms' own formats. */
function printed(path: string, d: Decimal, scoreDecimals: number): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (/Rate$/.test(key)) return formatPercent(d);
  if (key === 'score' || key === 'weight') return formatScore(d, scoreDecimals);
  return formatMoney(d);
}

function cellAt(locate: Locator, path: string): { sheet: string; cell: string } | undefined {
  const at = locate(mapList(path.split('.'), (s) => (/^\d+$/.test(s) ? Number(s) : s)));
  const m = at && /^(.+?)!([A-Z]{1,3}\d+)$/.exec(at);
  return m ? { sheet: m[1].replace(/^'(.*)'$/, '$1'), cell: m[2] } : undefined;
}

/** hunan-2022: the figures worked out for blank fields, and the narrative's as its definition works them out. */
export function computedCells(input: ReportInput, derived: DerivedFigures): ComputedCell[] {
  const locate = locatorOf(input);
  if (!locate) return [];
  return [...workedOut(input, derived)].flatMap(([path, value]) => {
    const at = cellAt(locate, path);
    return at ? [{ ...at, text: printed(path, value, input.display.scoreDecimals) }] : [];
  });
}

/** An engine profile: the cells its relations filled in, printed as its forms print them. */
export function profileComputedCells(p: PreparedProfileReport): ComputedCell[] {
  const locate = locatorOf(p.input);
  if (!locate) return [];
  const out: ComputedCell[] = [];
  const add = (path: string, cell: FormCell | undefined, column: Pick<ColumnDef, 'kind' | 'decimals'> | undefined) => {
    if (!cell?.derived || cell.value === undefined || !column) return;
    const at = cellAt(locate, path);
    if (at) out.push({ ...at, text: cell.display ?? printValue(column.kind, cell.value, p.profile.defaults, column.decimals) });
  };
  for (const f of p.forms) {
    const doc = p.profile.documents[f.docIndex];
    const form: FormDef = p.profile.forms[doc.form];
    const base = doc.each ? `${doc.each}.${f.n - 1}` : doc.id;
    for (const [id, cell] of Object.entries(f.figures.fields)) add(`${base}.${id}`, cell, form.fields[id]);
    for (const s of form.sections) {
      if (s.kind === 'grid') continue;
      const column = (id: string) => s.columns.find((c) => c.id === id);
      for (const [row, cells] of Object.entries(f.figures.matrices[s.id] ?? {})) for (const [c, cell] of Object.entries(cells)) add(`${base}.${s.id}.${row}.${c}`, cell, column(c));
      (f.figures.lists[s.id] ?? []).forEach((cells, i) => Object.entries(cells).forEach(([c, cell]) => add(`${base}.${s.id}.${i}.${c}`, cell, column(c))));
    }
  }
  return out;
}
