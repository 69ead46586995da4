/**
 * The editor's picture of one paper form: cells placed on a grid (row, column, spans) as the form prints them, from
 * which the view draws an HTML table. Both kinds of profile (the form engine's definitions, and hunan-2022's
 * workbook sheets) are turned into this one shape, so one view draws them all.
 */
import { knownYear, type YearPlaces } from '../../forms/places.js';
import type { Path } from './paths.js';
import { mapList } from '../../mapList.js';

/** How an input cell reads what is typed: numbers are stored as numbers when that keeps them exact. */
export type InputKind = 'number' | 'text' | 'multiline' | 'date' | 'choice';

export interface FieldContent {
  t: 'field';
  path: Path;
  input: InputKind;
  /** Choices: a closed list (select) or suggestions (datalist). */
  options?: readonly string[];
  closed?: boolean;
  /** Other spellings the input file may hold for an option of a closed list, by spelling: the schema's own value ("name" for 姓名). */
  spellings?: Readonly<Record<string, string>>;
  /** The value the form prints when this cell is left blank (合计, 执行率, 得分), shown muted. */
  computed?: string;
  /**
   * Shown muted in a blank cell that the form fills with words of its own (the fixed 说明, the unit's name): no
   * calculation. In a closed list, the option the form takes when none is chosen (a signature line's 姓名).
   */
  placeholder?: string;
  /** Printed before the value, not part of it: the number of an item in a numbered list ("1、"). */
  prefix?: string;
  /** Printed under the value, not part of it: what the form adds to it (an 一级指标's （50分）). */
  after?: string;
  /** Accessible name; filled in from the row and column labels when left out. */
  name?: string;
  /** What belongs in the cell, in a sentence (the schema's description). */
  help?: string;
}

export type Content =
  /** `header`: a column's title, which names the cells under it; `heading`: drawn as a heading all the same. */
  | { t: 'label'; text: string; header: boolean; heading?: boolean; bold?: boolean; align?: 'left' | 'center' | 'right' }
  /** A value the form derives and the input cannot give (a printed total row): shown, not editable. */
  | { t: 'output'; text: string; name: string }
  | FieldContent
  /** A line of text with input cells inside it ("项目负责人：____"). */
  | { t: 'mixed'; parts: (string | FieldContent)[] };

export interface Placed {
  row: number;
  col: number;
  rowSpan?: number;
  colSpan?: number;
  /** Indent of a row label, in points as the form prints it. */
  indent?: number;
  content: Content;
}

/** An item of a repeatable list that takes a row of the grid (an indicator, a project line). */
export interface ItemRow {
  row: number;
  list: Path;
  index: number;
  count: number;
  /** What a new item is: {} for objects, '' for a list of texts. */
  blank: unknown;
  /** The list's name, which with the item's number names the row's cells. */
  name: string;
}

export interface Grid {
  id: string;
  /** Column widths as shares. */
  widths: number[];
  cells: Placed[];
  items: ItemRow[];
  /** Lines printed under the form without a table (signature lines). */
  plain?: boolean;
  caption?: string;
}

export interface GridRow {
  cells: Placed[];
  item?: ItemRow;
}

/** The grid as table rows: each cell once, at its top-left; positions no cell covers get an empty cell. */
export function tableRows(grid: Grid): GridRow[] {
  const rows = Math.max(0, ...mapList(grid.cells, (c) => c.row + (c.rowSpan ?? 1)), ...mapList(grid.items, (i) => i.row + 1));
  const cols = grid.widths.length;
  const covered = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const starts = new Map<string, Placed>();
  for (const c of grid.cells) {
    starts.set(`${c.row}:${c.col}`, c);
    for (let r = c.row; r < c.row + (c.rowSpan ?? 1); r++) for (let k = c.col; k < c.col + (c.colSpan ?? 1); k++) if (covered[r]) covered[r][k] = true;
  }
  const items = new Map(mapList(grid.items, (i) => [i.row, i]));
  const out: GridRow[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: Placed[] = [];
    for (let k = 0; k < cols; k++) {
      const c = starts.get(`${r}:${k}`);
      if (c) cells.push(c);
      else if (!covered[r][k]) cells.push({ row: r, col: k, content: { t: 'label', text: '', header: false } });
    }
    out.push({ cells, item: items.get(r) });
  }
  return out;
}

/**
 * Names every input cell that has none from the labels around it, as a reader of the paper form would: the
 * nearest label to its left in the same row (or, in an item row, the list's name and the item's number), and the
 * column title above it that spans the whole cell. Input cells in between are passed over; a narrower column
 * title (比较符 under 年度指标值) is passed over too; any other label ends the search.
 */
export function nameCells(grid: Grid, itemName: (item: ItemRow) => string): void {
  const covering = new Map<string, Placed>();
  for (const c of grid.cells) for (let r = c.row; r < c.row + (c.rowSpan ?? 1); r++) for (let k = c.col; k < c.col + (c.colSpan ?? 1); k++) covering.set(`${r}:${k}`, c);
  const at = (r: number, k: number) => covering.get(`${r}:${k}`);
  const items = new Map(mapList(grid.items, (i) => [i.row, i]));
  for (const cell of grid.cells) {
    const content = cell.content;
    if (content.t !== 'field' || content.name) continue;
    let left: string | undefined;
    for (let k = cell.col - 1; k >= 0 && left === undefined; k--) {
      const c = at(cell.row, k)?.content;
      if (c?.t === 'label' && c.text.trim()) left = c.text.trim();
    }
    const item = items.get(cell.row);
    const parts = [item ? itemName(item) : left, columnTitle(grid, cell, at)].filter((p): p is string => !!p);
    content.name = [...new Set(parts)].join(' ') || String(content.path[content.path.length - 1]);
  }
}

function columnTitle(grid: Grid, cell: Placed, at: (r: number, k: number) => Placed | undefined): string | undefined {
  const end = cell.col + (cell.colSpan ?? 1);
  for (let r = cell.row - 1; r >= 0; r--) {
    const above = at(r, cell.col);
    const c = above?.content;
    if (!above || !c || c.t !== 'label' || !c.text.trim()) continue;
    const covers = above.col <= cell.col && above.col + (above.colSpan ?? 1) >= end;
    if (c.header && covers) return c.text.trim();
    if (!c.header) return undefined;
  }
  return undefined;
}

/** A blank in a label, as a blank paper form prints it ("____年决算数"), while the input has no value for it yet. */
export const BLANK = '____';

/**
 * {{year}} and {{previousYear}} of a label: the input's year and the one before, read as the files read it; until a
 * year is typed, the blanks of a paper form, and a year partly typed ("202") as it stands.
 */
export function yearNames(year: unknown): YearPlaces {
  return knownYear(year) ?? { year: String(year ?? '').trim() || BLANK, previousYear: BLANK };
}
