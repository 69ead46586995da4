/**
 * A sheet laid out otherwise than its form: the rows its definition lists under `sheet.rows` (hunan-2022's 附件3 and
 * each 附件4, or a form of any profile that declares them). Labels, fields and sections come from the definition;
 * each field is read and written, under `base` (one item of a list of documents), at the input path its `input`
 * mapping gives (hunan-2022), or at the form's own keys (another profile, whose input is the form's own shape).
 */
import { plainTitle, type CellKind, type ColumnDef, type FormDef, type ListSection, type MatrixSection, type SheetCellDef, type SheetRowDef } from '../../forms/definition.js';
import { pathKey } from '../paths.js';
import type { Block, Field, InputRole, Kind, Label, Path, SheetSpec } from '../types.js';
import { columnRole, fieldRole, PROFILE_KIND } from '../profile/cells.js';
import type { Fill } from '../profile/sheets.js';
import { label, titleBlock, unitName, yearLine } from './blocks.js';
import { pathOf } from './fromForm.js';
import { mapList } from '../../mapList.js';

/**
 * How a sheet finds a form's places. `own`: a profile's form, its input in the form's own shape (fields by id,
 * sections by id), its labels' {{year}} filled by `fill`, each cell with the role its definition gives; the form's
 * places the rows leave out get rows of their own after them, so that every value has a cell.
 */
export interface RowsOptions {
  own?: { fill: Fill };
}

/** One form's sheet being made: the form, the item it is for, and how its places are found. */
interface Made {
  form: FormDef;
  base: Path;
  own?: { fill: Fill };
}

const fillOf = (m: Made) => (text: string) => (m.own ? m.own.fill(text) : text);

/** A place of the form ("fields.name", "funds.total", "indicators") in the input, under the item. */
function placeOf(m: Made, place: string): Path {
  if (!m.own) return [...m.base, ...pathOf(m.form, place)];
  const [first, ...rest] = place.split('.');
  return [...m.base, ...(first === 'fields' ? rest : [first, ...rest])];
}

const roleOf = (m: Made, role: () => InputRole): { role?: InputRole } => (m.own ? { role: role() } : {});

/** The sheet's kind of a field or column: an indicator value split over three columns is a `measure`. */
const KIND: Partial<Record<CellKind, Kind>> = { money: 'money', percent: 'percent', points: 'points', count: 'count', text: 'text', date: 'date', indicator: 'measure' };

function kindOf(m: Made, kind: CellKind, where: string): Kind {
  const k = m.own ? PROFILE_KIND[kind] : KIND[kind];
  if (!k) throw new Error(`${where}: a ${kind} cell has no workbook kind`);
  return k;
}

const inputPath = (base: Path, path: string): Path => [...base, ...path.split('.')];

/**
 * The cells of a row → labels, displays and fields of block `b` at row offset `dr`, skipping the columns `here` that
 * a label above covers; a label merged down marks its columns in `below` (one set per row further down).
 */
function placeCells(m: Made, cells: SheetCellDef[], b: Block, dr: number, here: Set<number>, below: Set<number>[]): void {
  const { form, base } = m;
  const fill = fillOf(m);
  let col = 1;
  for (const c of cells) {
    col = c.col ?? col;
    while (here.has(col)) col++;
    const at = dr ? { dr } : {};
    if (c.label !== undefined) {
      const more: Partial<Label> = { ...at, ...(c.header ? { role: 'header' } : {}), ...(c.rows > 1 ? { rows: c.rows } : {}), ...(c.span > 1 ? { span: c.span } : {}) };
      (b.labels ??= []).push(label(col, fill(c.label), more));
      b.anchor ??= { col, text: fill(c.label) };
    } else if (c.note !== undefined) (b.labels ??= []).push({ col, text: c.note, role: 'note', ...at, ...(c.span > 1 ? { span: c.span } : {}) });
    else if (c.show) (b.displays ??= []).push({ ...unitName(col, c.span, 'label'), ...at });
    else {
      const def = c.field !== undefined ? form.fields[c.field] : undefined;
      if (c.field !== undefined && !def) throw new Error(`${form.id}: sheet.rows names no field ${c.field}`);
      const path = c.field !== undefined ? placeOf(m, `fields.${c.field}`) : inputPath(base, c.input!);
      const kind = def ? kindOf(m, def.kind, `${form.id}.fields.${c.field}`) : (c.kind as Kind);
      const role = roleOf(m, () => fieldRole(def!));
      const field: Field = { col, path, kind, ...(c.span > 1 ? { span: c.span } : {}), ...at, ...(def?.options ? { options: def.options } : {}), ...role };
      if (c.list) b.list = { path, offset: dr, item: [{ col, path: [], kind: 'text', ...(c.span > 1 ? { span: c.span } : {}), ...role }], spare: 3, minRows: 1 };
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
function matrixBlocks(m: Made, s: MatrixSection): Block[] {
  const fill = fillOf(m);
  const rows = mapList(s.rows, (r) => ({ r, path: placeOf(m, `${s.id}.${r.id}`) }));
  const head = fill(s.block ?? s.corner);
  // A profile's row has only the columns it lists (`rows` of a column); its items, if any, under it.
  const own = (c: ColumnDef, r: MatrixSection['rows'][number]) => !m.own || !c.rows || c.rows.includes(r.id);
  const kind = (c: ColumnDef) => kindOf(m, c.kind, `${m.form.id}.${s.id}.${c.id}`);
  const items = (r: MatrixSection['rows'][number], path: Path): Partial<Block> => {
    if (!m.own || !r.items) return {};
    const money = s.columns.flatMap((c, i) => (c.kind === 'money' ? [{ col: 3 + i, path: [c.id], kind: kind(c), role: 'optional' as const }] : []));
    return { list: { path: [...path, 'items'], offset: 1, item: [{ col: 2, path: ['name'], kind: 'text', role: 'required' }, ...money], spare: 2, minRows: 1 } };
  };
  return [
    {
      anchor: { col: 1, text: head },
      labels: [label(1, head, { rows: 1 + s.rows.length }), ...mapList(s.columns, (c, i) => label(3 + i, fill(c.title), { role: 'header' }))],
      // the object holding the rows (a project's funds)
      object: rows[0].path.slice(0, -1),
    },
    ...mapList(rows, ({ r, path }) => ({
      anchor: { col: 2, text: fill(r.label) },
      labels: [label(2, fill(r.label))],
      fields: s.columns.flatMap((c, i) => (own(c, r) ? [{ col: 3 + i, path: [...path, c.id], kind: kind(c), ...roleOf(m, () => columnRole(c, r)) }] : [])),
      object: path,
      optional: false,
      ...items(r, path),
    })),
  ];
}

function columnKind(m: Made, s: ListSection, c: ColumnDef): Kind {
  if (c.sheet?.choices) return c.sheet.choices === 'level1Names' ? 'level1' : 'level2';
  if (c.kind === 'indicator' && !m.own && !s.sheet?.split) throw new Error(`${m.form.id}.${s.id}: an indicator column needs sheet.split`);
  return kindOf(m, c.kind, `${m.form.id}.${s.id}.${c.id}`);
}

/** A list: its heading rows (two where an indicator value's three columns go under its title), the items, then the total row. */
function listBlocks(m: Made, s: ListSection): Block[] {
  const fill = fillOf(m);
  const kinds = mapList(s.columns, (c) => columnKind(m, s, c));
  const cols: number[] = [];
  kinds.reduce((col, k) => (cols.push(col), col + (k === 'measure' ? 3 : 1)), 1);
  // A second heading row only for the names of a split indicator value's three columns.
  const heads = kinds.includes('measure') ? 2 : 1;
  const headers: Label[] = mapList(s.columns, (c, i) => label(cols[i], fill(c.title), { role: 'header', ...(kinds[i] === 'measure' ? { span: 3 } : heads > 1 ? { rows: heads } : {}) }));
  const split = s.sheet?.split ?? [];
  for (const [i, k] of kinds.entries()) if (k === 'measure') headers.push(...mapList(split, (text, j) => label(cols[i] + j, text, { role: 'header', dr: 1 })));
  const blank = s.sheet?.blankRows ?? 3;
  const blocks: Block[] = [
    {
      anchor: { col: 1, text: fill(s.columns[0].title) },
      rows: heads,
      labels: headers,
      list: {
        path: placeOf(m, s.id),
        offset: heads,
        item: mapList(s.columns, (c, i) => ({ col: cols[i], path: [c.id], kind: kinds[i], ...roleOf(m, () => columnRole(c)) })),
        spare: blank,
        minRows: blank,
      },
    },
  ];
  // A profile's list total is derived, not a place of its input (a stated total is a field of the form).
  if (s.total && !m.own) {
    const total = placeOf(m, `${s.id}.total`);
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

function sectionBlocks(m: Made, id: string): Block[] {
  const s = m.form.sections.find((x) => x.id === id);
  if (s?.kind === 'matrix') return matrixBlocks(m, s);
  if (s?.kind === 'list') return listBlocks(m, s);
  throw new Error(`${m.form.id}: sheet.rows names no matrix or list section ${id}`);
}

/** The blocks of `sheet.rows`: a row with a label starts a block; one without goes on the block above. */
function rowBlocks(m: Made, rows: SheetRowDef[]): Block[] {
  const blocks: Block[] = [];
  let open: { block: Block; rows: number } | undefined;
  // Per row further down, the columns a label merged down (`rows`) covers there.
  let below: Set<number>[] = [];
  for (const row of rows) {
    if ('section' in row) {
      blocks.push(...sectionBlocks(m, row.section));
      open = undefined;
      below = [];
      continue;
    }
    const cells = Array.isArray(row) ? row : row.cells;
    if (!open || cells.some((c) => c.label !== undefined)) {
      open = { block: {}, rows: 1 };
      blocks.push(open.block);
    } else open.block.rows = ++open.rows;
    placeCells(m, cells, open.block, open.rows - 1, below.shift() ?? new Set(), below);
    if (!Array.isArray(row) && row.object !== undefined) Object.assign(open.block, { object: inputPath(m.base, row.object), ...(row.optional ? { optional: true } : {}) });
  }
  return blocks;
}

/**
 * A profile's fields and matrix or list sections the rows leave out, a row or section each after them: its input
 * has a place for each, and a value with no cell could not be written.
 */
function leftOut(m: Made, blocks: Block[], span: number): Block[] {
  const fill = fillOf(m);
  const placed = new Set(blocks.flatMap((b) => [...mapList(b.fields ?? [], (f) => pathKey(f.path)), ...(b.list ? [pathKey(b.list.path)] : [])]));
  const named = new Set((m.form.sheet?.rows ?? []).flatMap((r) => ('section' in r ? [r.section] : [])));
  const fields = mapList(Object.entries(m.form.fields)
    .filter(([id]) => !placed.has(pathKey(placeOf(m, `fields.${id}`)))), ([id, f]): Block => ({ anchor: { col: 1, text: fill(f.title) }, labels: [label(1, fill(f.title))], fields: [{ col: 2, path: placeOf(m, `fields.${id}`), kind: kindOf(m, f.kind, `${m.form.id}.fields.${id}`), ...(f.options ? { options: f.options } : {}), role: fieldRole(f), ...(span > 2 ? { span: span - 1 } : {}) }] }));
  const sections = m.form.sections.filter((s) => s.kind !== 'grid' && !named.has(s.id)).flatMap((s) => sectionBlocks(m, s.id));
  return [...fields, ...sections];
}

/**
 * The sheet `name` of `form` from its `sheet.rows`: title, year line, caption, then the rows. A profile's sheet
 * (`own`) is titled as its other sheets are (the reader finds a form's sheets by it) and has no year line: its
 * year is on the common sheet.
 */
export function rowsSheet(form: FormDef, name: string, base: Path = [], options: RowsOptions = {}): SheetSpec {
  const sheet = form.sheet;
  if (!sheet?.rows) throw new Error(`${form.id}: sheet.rows is missing`);
  const m: Made = { form, base, own: options.own };
  const span = sheet.widths.length;
  const title = m.own ? plainTitle(form) : form.title;
  const blocks: Block[] = [titleBlock(title, span)];
  if (form.yearLine && !m.own) blocks.push(yearLine(form.yearLine, span));
  if (form.caption?.left) blocks.push({ labels: [label(1, fillOf(m)(form.caption.left), { span: sheet.captionSpan })] });
  const rows = rowBlocks(m, sheet.rows);
  blocks.push(...rows, ...(m.own ? leftOut(m, rows, span) : []));
  return { name, title, widths: sheet.widths, blocks };
}
