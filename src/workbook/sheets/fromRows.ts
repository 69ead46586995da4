/**
 * A hunan-2022 sheet laid out otherwise than its form (附件3, each 附件4): the rows its definition lists under
 * `sheet.rows` (templates/profiles/hunan-2022/forms/*.yaml). Labels, fields and sections come from the definition;
 * each field is read and written at the input path its `input` mapping gives, under `base` (one project's item).
 */
import type { CellKind, ColumnDef, FormDef, ListSection, MatrixSection, SheetCellDef, SheetRowDef } from '../../forms/definition.js';
import type { Block, Field, Kind, Label, Path, SheetSpec } from '../types.js';
import { label, titleBlock, unitName, yearLine } from './blocks.js';
import { pathOf } from './fromForm.js';

/** The sheet's kind of a field or column: an indicator value split over three columns is a `measure`. */
const KIND: Partial<Record<CellKind, Kind>> = { money: 'money', percent: 'percent', points: 'points', count: 'count', text: 'text', date: 'date', indicator: 'measure' };

function kindOf(kind: CellKind, where: string): Kind {
  const k = KIND[kind];
  if (!k) throw new Error(`${where}: a ${kind} cell has no workbook kind`);
  return k;
}

const inputPath = (base: Path, path: string): Path => [...base, ...path.split('.')];

/**
 * The cells of a row → labels, displays and fields of block `b` at row offset `dr`, skipping the columns `here` that
 * a label above covers; a label merged down marks its columns in `below` (one set per row further down).
 */
function placeCells(form: FormDef, base: Path, cells: SheetCellDef[], b: Block, dr: number, here: Set<number>, below: Set<number>[]): void {
  let col = 1;
  for (const c of cells) {
    col = c.col ?? col;
    while (here.has(col)) col++;
    const at = dr ? { dr } : {};
    if (c.label !== undefined) {
      const more: Partial<Label> = { ...at, ...(c.header ? { role: 'header' } : {}), ...(c.rows > 1 ? { rows: c.rows } : {}), ...(c.span > 1 ? { span: c.span } : {}) };
      (b.labels ??= []).push(label(col, c.label, more));
      b.anchor ??= { col, text: c.label };
    } else if (c.note !== undefined) (b.labels ??= []).push({ col, text: c.note, role: 'note', ...at, ...(c.span > 1 ? { span: c.span } : {}) });
    else if (c.show) (b.displays ??= []).push({ ...unitName(col, c.span, 'label'), ...at });
    else {
      const def = c.field !== undefined ? form.fields[c.field] : undefined;
      if (c.field !== undefined && !def) throw new Error(`${form.id}: sheet.rows names no field ${c.field}`);
      const path = c.field !== undefined ? [...base, ...pathOf(form, `fields.${c.field}`)] : inputPath(base, c.input!);
      const kind = def ? kindOf(def.kind, `${form.id}.fields.${c.field}`) : (c.kind as Kind);
      const field: Field = { col, path, kind, ...(c.span > 1 ? { span: c.span } : {}), ...at, ...(def?.options ? { options: def.options } : {}) };
      if (c.list) b.list = { path, offset: dr, item: [{ col, path: [], kind: 'text', ...(c.span > 1 ? { span: c.span } : {}) }], spare: 3, minRows: 1 };
      else (b.fields ??= []).push(field);
    }
    if (c.label !== undefined) for (let r = 1; r < c.rows; r++) for (let k = 0; k < c.span; k++) (below[r - 1] ??= new Set()).add(col + k);
    col += c.span;
  }
}

/**
 * A matrix as on the form: its block label merged down the left, the column titles beside it, then one row per
 * matrix row, found by its label in the second column.
 */
function matrixBlocks(form: FormDef, base: Path, s: MatrixSection): Block[] {
  const rows = s.rows.map((r) => ({ r, path: [...base, ...pathOf(form, `${s.id}.${r.id}`)] }));
  const head = s.block ?? s.corner;
  return [
    {
      anchor: { col: 1, text: head },
      labels: [label(1, head, { rows: 1 + s.rows.length }), ...s.columns.map((c, i) => label(3 + i, c.title, { role: 'header' }))],
      // the object holding the rows (a project's funds)
      object: rows[0].path.slice(0, -1),
    },
    ...rows.map(({ r, path }) => ({
      anchor: { col: 2, text: r.label },
      labels: [label(2, r.label)],
      fields: s.columns.map((c, i) => ({ col: 3 + i, path: [...path, c.id], kind: kindOf(c.kind, `${form.id}.${s.id}.${c.id}`) })),
      object: path,
      optional: false,
    })),
  ];
}

function columnKind(form: FormDef, s: ListSection, c: ColumnDef): Kind {
  if (c.sheet?.choices) return c.sheet.choices === 'level1Names' ? 'level1' : 'level2';
  if (c.kind === 'indicator' && !s.sheet?.split) throw new Error(`${form.id}.${s.id}: an indicator column needs sheet.split`);
  return kindOf(c.kind, `${form.id}.${s.id}.${c.id}`);
}

/** A list: two heading rows (an indicator value's three columns under its title), the items, then the total row. */
function listBlocks(form: FormDef, base: Path, s: ListSection): Block[] {
  const kinds = s.columns.map((c) => columnKind(form, s, c));
  const cols: number[] = [];
  kinds.reduce((col, k) => (cols.push(col), col + (k === 'measure' ? 3 : 1)), 1);
  const headers: Label[] = s.columns.map((c, i) => label(cols[i], c.title, { role: 'header', ...(kinds[i] === 'measure' ? { span: 3 } : { rows: 2 }) }));
  const split = s.sheet?.split ?? [];
  for (const [i, k] of kinds.entries()) if (k === 'measure') headers.push(...split.map((text, j) => label(cols[i] + j, text, { role: 'header', dr: 1 })));
  const blank = s.sheet?.blankRows ?? 3;
  const blocks: Block[] = [
    {
      anchor: { col: 1, text: s.columns[0].title },
      rows: 2,
      labels: headers,
      list: {
        path: [...base, ...pathOf(form, s.id)],
        offset: 2,
        item: s.columns.map((c, i) => ({ col: cols[i], path: [c.id], kind: kinds[i] })),
        spare: blank,
        minRows: blank,
      },
    },
  ];
  if (s.total) {
    const total = [...base, ...pathOf(form, `${s.id}.total`)];
    const summed = s.columns.flatMap((c, i) => (c.id in s.total!.sums ? [{ col: cols[i], path: [...total, c.id], kind: kinds[i] }] : []));
    blocks.push({
      anchor: { col: 1, text: s.total.label },
      labels: [label(1, s.total.label, { span: summed[0].col - 1, role: 'header' })],
      fields: summed,
      object: total,
      optional: true,
    });
  }
  return blocks;
}

function sectionBlocks(form: FormDef, base: Path, id: string): Block[] {
  const s = form.sections.find((x) => x.id === id);
  if (s?.kind === 'matrix') return matrixBlocks(form, base, s);
  if (s?.kind === 'list') return listBlocks(form, base, s);
  throw new Error(`${form.id}: sheet.rows names no matrix or list section ${id}`);
}

/** The blocks of `sheet.rows`: a row with a label starts a block; one without goes on the block above. */
function rowBlocks(form: FormDef, base: Path, rows: SheetRowDef[]): Block[] {
  const blocks: Block[] = [];
  let open: { block: Block; rows: number } | undefined;
  // Per row further down, the columns a label merged down (`rows`) covers there.
  let below: Set<number>[] = [];
  for (const row of rows) {
    if ('section' in row) {
      blocks.push(...sectionBlocks(form, base, row.section));
      open = undefined;
      below = [];
      continue;
    }
    const cells = Array.isArray(row) ? row : row.cells;
    if (!open || cells.some((c) => c.label !== undefined)) {
      open = { block: {}, rows: 1 };
      blocks.push(open.block);
    } else open.block.rows = ++open.rows;
    placeCells(form, base, cells, open.block, open.rows - 1, below.shift() ?? new Set(), below);
    if (!Array.isArray(row) && row.object !== undefined) Object.assign(open.block, { object: inputPath(base, row.object), ...(row.optional ? { optional: true } : {}) });
  }
  return blocks;
}

/** The sheet `name` of `form` from its `sheet.rows`: title, year line, caption, then the rows. */
export function rowsSheet(form: FormDef, name: string, base: Path = []): SheetSpec {
  const sheet = form.sheet;
  if (!sheet?.rows) throw new Error(`${form.id}: sheet.rows is missing`);
  const span = sheet.widths.length;
  const blocks: Block[] = [titleBlock(form.title, span)];
  if (form.yearLine) blocks.push(yearLine(form.yearLine, span));
  if (form.caption?.left) blocks.push({ labels: [label(1, form.caption.left, { span: sheet.captionSpan })] });
  blocks.push(...rowBlocks(form, base, sheet.rows));
  return { name, title: form.title, widths: sheet.widths, blocks };
}
