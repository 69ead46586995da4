/** How a profile's input cells are written in its workbook: the sheet's kind of each cell kind, and its role. */
import type { CellKind, ColumnDef, FieldDef, MatrixRowDef } from '../../forms/definition.js';
import type { InputRole, Kind } from '../types.js';

/** An indicator value and a comparator are one text cell each, as the input holds them. */
export const PROFILE_KIND: Record<CellKind, Kind> = { money: 'money', percent: 'percent', points: 'points', count: 'count', text: 'text', indicator: 'text', comparator: 'text', date: 'date', year: 'count' };

/** A field's role from its definition: a declared sum is computed; `required` marks the rest. */
export function fieldRole(def: Pick<FieldDef, 'required'> & Partial<Pick<FieldDef, 'sum'>>): InputRole {
  return def.sum ? 'computed' : def.required ? 'required' : 'optional';
}

/** A column's cell: computed where a relation derives it (a rate, a score, a row that sums others), else by `required`. */
export function columnRole(c: ColumnDef, row?: MatrixRowDef): InputRole {
  if (c.rate || c.executionScore || c.product || c.indicatorScore) return 'computed';
  if (row && c.kind === 'money' && (row.sum || row.items)) return 'computed';
  return c.required ? 'required' : 'optional';
}
