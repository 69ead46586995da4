/** The shapes of the workbook layout (see layout.ts). */
export type Segment = string | number;
export type Path = readonly Segment[];

/**
 * What a cell holds. `measure` takes three cells (比较符 | 数值或文字 | 计量单位); `decimals` is the 0/1/2 drop-down;
 * `level1`/`level2` are text with a drop-down of the usual 一级/二级指标 names; `file` is a file path (a signature image).
 */
export type Kind = 'money' | 'percent' | 'points' | 'count' | 'integer' | 'decimals' | 'text' | 'date' | 'file' | 'measure' | 'level1' | 'level2' | 'signature' | 'proseMoney' | 'proseZero';

/**
 * What the clerk must do with an input cell, shown by its fill and explained by the legend: fill it in, fill it in
 * if it applies, or leave it (the tool computes it; a typed value is checked against the computed one).
 */
export type InputRole = 'required' | 'optional' | 'computed';

export interface Field {
  col: number;
  path: Path;
  kind: Kind;
  /** Columns merged into this cell (text that needs room). */
  span?: number;
  /** Row offset from the block's anchor row. */
  dr?: number;
  /** The values offered in a drop-down (a profile's choices, e.g. 指标性质). */
  options?: readonly string[];
  /** Required unless said; a sheet without roles in its fields may give them by path instead (WriteState.roleOf). */
  role?: InputRole;
}

export type Role = 'title' | 'header' | 'label' | 'section' | 'note';

export interface Label {
  col: number;
  /** The label; for role 'note', the key of the note's wording in templates/workbook.yaml (notes.*). */
  text: string;
  role: Role;
  span?: number;
  rows?: number;
  dr?: number;
}

/** A locked cell showing a value typed elsewhere (the unit's name, the year), as an Excel formula. */
export interface Display {
  col: number;
  span?: number;
  role: Role;
  dr?: number;
  /** From the address of a field (e.g. "'正文'!B4") and its current value, the formula and its cached result. */
  show: (ref: (path: Path) => { address: string; value: string }) => { formula: string; result: string };
}

export interface ListSpec {
  path: Path;
  /** First item row, counted from the anchor row (0: the first item sits beside the block's label). */
  offset: number;
  /** The cells of one item; paths are relative to the item ([] for a list of texts). */
  item: Field[];
  /** Blank rows written after the items, for the clerk to fill; never fewer than `minRows` rows in all. */
  spare: number;
  minRows: number;
}

export interface Block {
  anchor?: { col: number; text: string };
  /** Rows taken by the fixed part (labels, fields); a list follows from `list.offset`. */
  rows?: number;
  labels?: Label[];
  displays?: Display[];
  fields?: Field[];
  list?: ListSpec;
  /** The object the block's fields belong to. Read back as {} when all its cells are blank, or left out if `optional`. */
  object?: Path;
  optional?: boolean;
}

export interface SheetSpec {
  name: string;
  title: string;
  widths: number[];
  blocks: Block[];
  /** Rows below the last block hold the writer's own notes (the legend, how to fill in), not input: nothing there is read. */
  notesBelow?: boolean;
}
