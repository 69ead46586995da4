/** What a reference to a form's cell may name, as every loader that reads one checks it. */
import type { FormDef } from './definition.js';

/**
 * Whether `ref` names a fact of `form`: a field (`<id>`), or a matrix cell (`<section>.<row>.<column>`) of a row that
 * has that column; with `listTotals`, also a column of a list's total row (`<section>.total.<column>`).
 */
export function namesCell(form: FormDef, ref: string, listTotals = false): boolean {
  const parts = ref.split('.');
  if (parts.length === 1) return Object.hasOwn(form.fields, ref);
  if (parts.length !== 3) return false;
  const [section, row, column] = parts;
  const s = form.sections.find((x) => x.id === section);
  if (s?.kind === 'matrix') return s.rows.some((r) => r.id === row) && s.columns.some((c) => c.id === column && (!c.rows || c.rows.includes(row)));
  if (s?.kind === 'list' && listTotals) return row === 'total' && Boolean(s.total) && s.columns.some((c) => c.id === column);
  return false;
}
