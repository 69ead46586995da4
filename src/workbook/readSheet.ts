/** Reads one sheet of the layout into the data, and notes the cell behind every field. */
import type ExcelJS from 'exceljs';
import { UserError, type Finding } from '../diagnostics/finding.js';
import { fromCell, fromMeasureCells, plain, type ReadCell } from './cells.js';
import { cellAddress, pathKey } from './paths.js';
import type { Block, Field, Path, SheetSpec } from './types.js';
import { LOAD_MESSAGES as M } from '../load/messages.js';
import { WORKBOOK_MESSAGES as WM } from './messages.js';
import { mapList } from '../mapList.js';
import { UNREAD_IDS, unreadInput } from './unread.js';

type Container = Record<string | number, unknown>;

export interface ReadState {
  data: Container;
  /** pathKey → "基础数据表!C8". */
  locations: Map<string, string>;
  problems: Finding[];
}

/** A formula the file holds without its result: saved by a program that does not calculate (not Excel or WPS). */
function unsavedFormula(v: ExcelJS.CellValue | undefined): string | undefined {
  if (!v || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return undefined;
  const f = v as ExcelJS.CellFormulaValue & ExcelJS.CellSharedFormulaValue;
  return f.result === undefined ? `=${f.formula ?? f.sharedFormula}` : undefined;
}

function readCell(ws: ExcelJS.Worksheet, row: number, col: number): ReadCell {
  const cell = ws.getCell(row, col);
  return { value: plain(cell.value), numFmt: cell.numFmt };
}

export function labelAt(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const v = plain(ws.getCell(row, col).value);
  return typeof v === 'string' ? v.trim() : '';
}

function setIn(root: Container, path: Path, value: unknown): void {
  let node = root;
  path.slice(0, -1).forEach((seg, i) => {
    if (node[seg] === undefined || node[seg] === null || typeof node[seg] !== 'object') node[seg] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[seg] as Container;
  });
  const last = path[path.length - 1];
  if (value !== undefined) node[last] = value;
  else if (node[last] === undefined) node[last] = {};
}

/** Creates the object at `path` (and its parents) if missing, so a blank block reads as {} rather than as absent. */
function ensure(root: Container, path: Path): void {
  if (path.length) setIn(root, path, undefined);
}

/** The row of each anchored block, found by its label from the top; rows a clerk inserted shift nothing. */
function findAnchors(ws: ExcelJS.Worksheet, spec: SheetSpec, problems: Finding[]): (number | undefined)[] {
  let cursor = 1;
  return mapList(spec.blocks, (block) => {
    if (!block.anchor) return undefined;
    const { col, text } = block.anchor;
    for (let r = cursor; r <= ws.rowCount; r++) {
      if (labelAt(ws, r, col) === text) {
        cursor = r + 1;
        return r;
      }
    }
    problems.push({
      id: 'E_WORKBOOK_LAYOUT',
      level: 'error',
      path: `${ws.name}!${cellAddress(cursor, col)}`,
      where: `${ws.name}!${cellAddress(cursor, col)}`,
      message: WM.missingLabel(ws.name, text, cellAddress(cursor, col).replace(/\d+$/, ''), cursor),
      hint: WM.missingLabelHint,
    });
    return undefined;
  });
}

class SheetReader {
  filled = false;

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly state: ReadState,
  ) {}

  private locate(path: Path, row: number, col: number): void {
    this.state.locations.set(pathKey(path), `${this.ws.name}!${cellAddress(row, col)}`);
  }

  /** A cell whose formula has no saved result is a problem to report: its value is unknown. */
  private checkFormula(row: number, col: number): void {
    const formula = unsavedFormula(this.ws.getCell(row, col).value);
    if (!formula) return;
    const at = `${this.ws.name}!${cellAddress(row, col)}`;
    this.state.problems.push({
      id: 'E_WORKBOOK_FORMULA',
      level: 'error',
      path: at,
      where: at,
      message: M.unsavedFormula.message(formula.slice(0, 60)),
      hint: M.unsavedFormula.hint,
    });
  }

  /** One field's value (undefined when blank), its cells noted. */
  field(field: Field, row: number, path: Path): unknown {
    const r = row + (field.dr ?? 0);
    for (let i = 0; i < (field.kind === 'measure' ? 3 : 1); i++) this.checkFormula(r, field.col + i);
    this.locate(path, r, field.col + (field.kind === 'measure' ? 1 : 0));
    let value: unknown;
    if (field.kind === 'measure') {
      (['comparator', 'value', 'unit'] as const).forEach((key, i) => this.locate([...path, key], r, field.col + i));
      value = fromMeasureCells(readCell(this.ws, r, field.col), readCell(this.ws, r, field.col + 1), readCell(this.ws, r, field.col + 2));
    } else {
      value = fromCell(field.kind, readCell(this.ws, r, field.col));
    }
    if (value !== undefined) this.filled = true;
    return value;
  }

  block(block: Block, row: number, end: number): void {
    const data = this.state.data;
    if (block.object) this.locate(block.object, row, block.anchor?.col ?? 1);
    const values = mapList(block.fields ?? [], (f) => [f.path, this.field(f, row, f.path)] as const);
    const blank = values.every(([, v]) => v === undefined);
    if (!(block.optional && blank)) {
      if (block.object) ensure(data, block.object);
      for (const [path, v] of values) v === undefined ? ensure(data, path.slice(0, -1)) : setIn(data, path, v);
    }
    if (block.list) this.list(block, row, end);
  }

  /** List rows run from the first item row to the row before the next anchored block; blank rows are skipped. */
  private list(block: Block, row: number, end: number): void {
    const list = block.list!;
    this.locate(list.path, row, block.anchor?.col ?? 1);
    const items: unknown[] = [];
    for (let r = row + list.offset; r < end; r++) {
      const path = [...list.path, items.length];
      const values = mapList(list.item, (f) => [f.path, this.field(f, r, [...path, ...f.path])] as const);
      if (values.every(([, v]) => v === undefined)) continue;
      this.locate(path, r, list.item[0].col);
      if (values.length === 1 && values[0][0].length === 0) items.push(values[0][1]);
      else {
        const item: Container = {};
        for (const [p, v] of values) v === undefined ? ensure(item, p.slice(0, -1)) : setIn(item, p, v);
        items.push(item);
      }
    }
    setIn(this.state.data, list.path, items);
  }
}

/** Reads a sheet; returns whether any input cell of it was filled. */
export function readSheet(ws: ExcelJS.Worksheet, spec: SheetSpec, state: ReadState): boolean {
  const problems: Finding[] = [];
  const rows = findAnchors(ws, spec, problems);
  if (problems.length) {
    state.problems.push(...problems);
    return false;
  }
  const reader = new SheetReader(ws, state);
  const ends = mapList(rows, (_, i) => rows.slice(i + 1).find((r) => r !== undefined) ?? ws.rowCount + 1);
  spec.blocks.forEach((block, i) => {
    const row = rows[i];
    if (row !== undefined) reader.block(block, row, ends[i]);
  });
  // Even on a sheet left blank: input typed off the form there would be lost with the sheet.
  state.problems.push(...unreadInput(ws, spec, rows, ends));
  return reader.filled;
}

/** A workbook's refusal, headed by what its problems have in common: formulas without results, input off the form, or a changed layout. */
export function unreadable(file: string, problems: Finding[]): UserError {
  const all = (ids: readonly string[]) => problems.every((p) => ids.includes(p.id));
  const headline = all(['E_WORKBOOK_FORMULA']) ? M.unsavedFormulas(file) : all(UNREAD_IDS) ? WM.unreadInput(file) : WM.changedStructure(file);
  return new UserError(headline, problems);
}
