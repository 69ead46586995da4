/**
 * "The same fact" between a form printed once per item (a project's 附件4) and its row among another document's
 * rows of items (the 基础数据表's project rows): the row is found by name, and each declared column of it must
 * equal one of the item's declared cells. Compared exactly, with decimal.js: money is right to the cent or wrong.
 */
import type { Decimal } from 'decimal.js';
import { asDecimal } from './cells.js';
import type { FormDef } from './definition.js';
import type { FormEngine } from './derive.js';
import { mapList } from '../mapList.js';

export type SameRowDef = NonNullable<FormDef['sameRow']>;
export type NameSource = SameRowDef['name'][number];

/** One row of items of the other form: its group row, its index there, and its name as given. */
export interface ItemRow {
  section: string;
  row: string;
  item: number;
  name: string;
}

/** How one item's copy of the form fared against the other form's rows. */
export interface RowMatch {
  /** The entry of `name` that gave the name, and the name as given. */
  source: NameSource;
  given: string;
  /** The name looked for: as given, without surrounding blanks. */
  name: string;
  /** Every row of items, in the declared order. */
  rows: ItemRow[];
  /** The first row of that name; none: the item names no row. */
  row?: ItemRow;
  /** Per declared column of the row: its value and the item's cells it must equal one of. */
  columns: SameColumn[];
}

export interface SameColumn {
  column: string;
  theirs?: Decimal;
  mine: { ref: string; value?: Decimal }[];
  /** Both sides have a value, and no cell of the item equals the row's. */
  differs: boolean;
}

/** The rows of items the declaration looks in, in its order (业务工作专项, then 运行维护专项, …). */
export function itemRows(def: SameRowDef, theirs: FormEngine): ItemRow[] {
  return def.rows.flatMap((ref) => {
    const [section, row] = ref.split('.');
    return mapList(theirs.figures.items[section]?.[row] ?? [], (it, item) => ({ section, row, item, name: it.name }));
  });
}

/**
 * The item's row and how its columns compare. `inputOf` reads an input place of the item (`{ input: … }` entries);
 * an entry counts as given when it has any value, blanks too (a name of blanks names no row). No entry given: none.
 */
export function matchRow(def: SameRowDef, mine: FormEngine, theirs: FormEngine, inputOf: (path: string) => unknown): RowMatch | undefined {
  const named = mapList(def.name, (source) => ({ source, value: typeof source === 'string' ? mine.figures.fields[source]?.value : inputOf(source.input) })).find((n) => n.value !== undefined && n.value !== null);
  if (!named) return undefined;
  const given = String(named.value);
  const name = given.trim();
  const rows = itemRows(def, theirs);
  const row = rows.find((r) => r.name.trim() === name);
  const columns = row ? mapList(Object.entries(def.columns), ([column, refs]) => compare(theirs, row, column, mine, refs)) : [];
  return { source: named.source, given, name, rows, row, columns };
}

function compare(theirs: FormEngine, row: ItemRow, column: string, mine: FormEngine, refs: readonly string[]): SameColumn {
  const theirsValue = asDecimal(theirs.figures.items[row.section][row.row][row.item].cells[column]?.value);
  const cells = mapList(refs, (ref) => ({ ref, value: mine.cell(ref) }));
  const present = cells.filter((c) => c.value !== undefined);
  const differs = theirsValue !== undefined && present.length > 0 && !present.some((c) => c.value!.equals(theirsValue));
  return { column, theirs: theirsValue, mine: cells, differs };
}
