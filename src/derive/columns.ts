import type { Decimal } from 'decimal.js';
import type { MoneyColumns } from '../model/schema.js';
import { figure, type Figure } from './figure.js';

export const COLUMNS = ['previousActual', 'budget', 'actual'] as const;
export type Column = (typeof COLUMNS)[number];

/** The three money columns of one 基础数据表 row, each a Figure. */
export type ColumnFigures = Record<Column, Figure>;

/** `from` names, per column, the figures the computed value is worked out from. */
export function columnFigures(
  path: string,
  given: MoneyColumns | undefined,
  computed: (c: Column) => Decimal | undefined,
  from: (c: Column) => readonly Figure[] = () => [],
): ColumnFigures {
  const out = {} as ColumnFigures;
  for (const c of COLUMNS) out[c] = figure(`${path}.${c}`, given?.[c], computed(c), from(c));
  return out;
}

