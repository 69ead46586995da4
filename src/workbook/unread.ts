/**
 * What a sheet holds where its layout has no place: a row a clerk inserted among the form's fixed rows, a value typed
 * below the form, to the right of it or beside a list item's cells. The reader takes cells by the layout alone, so
 * such input would drop out of every total without a word; it is refused at its cell instead. A blank cell, or one
 * with only a format, is no input.
 */
import type ExcelJS from 'exceljs';
import type { Finding } from '../diagnostics/finding.js';
import { plain } from './cells.js';
import { cellAddress } from './paths.js';
import type { Block, Field, SheetSpec } from './types.js';
import { WORKBOOK_MESSAGES as WM } from './messages.js';
import { mapList } from '../mapList.js';

/** How much of a stray row or cell a message quotes: enough to recognise it, not a whole paragraph. */
const QUOTED_VALUES = 6;
const QUOTED_CHARS = 20;

/** The findings' ids: a row that is none of the form's rows, cells of a form row that are none of its cells. */
export const UNREAD_IDS = ['E_WORKBOOK_EXTRA_ROW', 'E_WORKBOOK_EXTRA_CELL'] as const;

const key = (row: number, col: number) => `${row}:${col}`;

/** Where a sheet's layout lies once its blocks are found: the cells it reads or writes, and the rows it takes. */
class Places {
  readonly cells = new Set<string>();
  readonly rows = new Set<number>();
  last = 0;

  private cover(row: number, col: number, rows = 1, span = 1): void {
    for (let r = row; r < row + rows; r++) for (let c = col; c < col + span; c++) this.cells.add(key(r, c));
  }

  /** A row of the form: a stray value in it is a cell off the form, not a row inserted. */
  private take(from: number, to = from): void {
    for (let r = from; r <= to; r++) this.rows.add(r);
    this.last = Math.max(this.last, to);
  }

  private field(row: number, f: Field): void {
    const r = row + (f.dr ?? 0);
    this.cover(r, f.col, 1, f.kind === 'measure' ? 3 : f.span);
    this.take(r);
  }

  /** A block at `row`; its list, if any, runs to the row before `end`, as the reader reads it. */
  block(block: Block, row: number, end: number): void {
    this.take(row, row + (block.rows ?? 1) - 1);
    // A label merged down several rows covers their cells, but the rows it spans are not the block's own.
    for (const l of block.labels ?? []) {
      this.cover(row + (l.dr ?? 0), l.col, l.rows, l.span);
      this.take(row + (l.dr ?? 0));
    }
    for (const d of block.displays ?? []) {
      this.cover(row + (d.dr ?? 0), d.col, 1, d.span);
      this.take(row + (d.dr ?? 0));
    }
    for (const f of block.fields ?? []) this.field(row, f);
    if (!block.list) return;
    for (let r = row + block.list.offset; r < end; r++) {
      this.take(r);
      for (const f of block.list.item) this.field(r, f);
    }
  }
}

/**
 * Each block's first row: its anchor's, or for a block without one (the title rows atop a sheet) the row after
 * the block above, where the writer put it.
 */
function starts(spec: SheetSpec, anchors: readonly (number | undefined)[]): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  spec.blocks.forEach((block, i) => {
    if (block.anchor) return void out.push(anchors[i]);
    const above = spec.blocks[i - 1];
    const previous = out[i - 1];
    out.push(i === 0 ? 1 : above.list || previous === undefined ? undefined : previous + (above.rows ?? 1));
  });
  return out;
}

/** The value a clerk typed into a cell, as a message quotes it; undefined for a blank or formatting-only cell. */
function typed(cell: ExcelJS.Cell): string | undefined {
  if (cell.master !== cell) return undefined; // a merged cell's value is its first cell's
  const v = plain(cell.value);
  const text = v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? '' : String(v).trim();
  if (!text) return undefined;
  return text.length > QUOTED_CHARS ? `${text.slice(0, QUOTED_CHARS)}…` : text;
}

const quoted = (values: string[]) => (values.length > QUOTED_VALUES ? [...values.slice(0, QUOTED_VALUES), '…'] : values);

interface Stray {
  col: number;
  text: string;
}

function finding(id: string, at: string, message: string, hint: string): Finding {
  return { id, level: 'error', path: at, where: at, message, hint };
}

/** A row that is none of the form's: where rows may be added instead, from the sheet's lists. */
function extraRow(ws: ExcelJS.Worksheet, spec: SheetSpec, row: number, strays: Stray[]): Finding {
  const lists = spec.blocks.flatMap((b) => (b.list && b.anchor ? [b.anchor.text] : []));
  const at = `${ws.name}!${cellAddress(row, strays[0].col)}`;
  return finding(UNREAD_IDS[0], at, WM.extraRow(row, quoted(mapList(strays, (s) => s.text))), WM.extraRowHint(lists));
}

/** Cells of a row of the form that are not its input cells (to the right of the form, beside a list item). */
function extraCells(ws: ExcelJS.Worksheet, row: number, strays: Stray[]): Finding {
  const cells = mapList(strays, (s) => cellAddress(row, s.col));
  const at = `${ws.name}!${cells[0]}`;
  return finding(UNREAD_IDS[1], at, WM.extraCells(cells, quoted(mapList(strays, (s) => s.text))), WM.extraCellsHint);
}

/**
 * The input on `ws` that the reader does not read, one finding per row: `anchors` are the blocks' rows as the
 * reader found them, `ends` the row each block's list runs up to.
 */
export function unreadInput(ws: ExcelJS.Worksheet, spec: SheetSpec, anchors: readonly (number | undefined)[], ends: readonly number[]): Finding[] {
  const places = new Places();
  starts(spec, anchors).forEach((row, i) => {
    if (row !== undefined) places.block(spec.blocks[i], row, ends[i]);
  });
  const strays = new Map<number, Stray[]>();
  ws.eachRow((cells, row) => {
    if (spec.notesBelow && row > places.last) return;
    cells.eachCell((cell, col) => {
      const text = places.cells.has(key(row, col)) ? undefined : typed(cell);
      if (text !== undefined) strays.set(row, [...(strays.get(row) ?? []), { col, text }]);
    });
  });
  return mapList([...strays], ([row, found]) => (places.rows.has(row) ? extraCells(ws, row, found) : extraRow(ws, spec, row, found)));
}
