// A form table as data: rows of cells, with merges described by keys rather than rowSpans, so that the paginator
// can cut the table between any two rows and merge again on each page (pdfmake's rowSpans break across pages).

export type Align = 'left' | 'center' | 'right';

export interface Cell {
  text: string;
  bold?: boolean;
  align?: Align;
  /** Top-aligned instead of centred in the row (long texts that run over pages). */
  top?: boolean;
  fill?: string;
  /** Numbers: never wrapped (the column is made wide enough). */
  noWrap?: boolean;
  /** Headings ("2022年决算数"): kept on one line when the other columns can give the room (see wholeMinimums). */
  whole?: boolean;
  colSpan?: number;
  /** Cells of one column with the same key in consecutive rows of a page are printed as one merged cell. */
  merge?: string;
  /** Left indent of the text, in points. */
  indent?: number;
}

/** One table row; null where a cell to the left spans over the column. */
export type Row = (Cell | null)[];

export interface TableSpec {
  /** Content widths of the columns in points (without padding and rules). */
  widths: number[];
  /** Rows printed at the top of the table and again on every page it continues on. */
  header: Row[];
  body: Row[];
  /** How many rows at the end stay together on one page (with what follows the table). */
  keepLast?: number;
}

export interface TableStyle {
  fontSize: number;
  /** Left and right padding; top and bottom are one point less. */
  padding: number;
  /** Width of every rule. */
  rule: number;
}

/** The row `cells` padded with the nulls a colSpan covers. */
export function row(...cells: Cell[]): Row {
  const out: Row = [];
  for (const c of cells) {
    out.push(c);
    for (let i = 1; i < (c.colSpan ?? 1); i++) out.push(null);
  }
  return out;
}
