/**
 * hunan-2022's 附件2 部门整体支出绩效评价基础数据表 in the editor, drawn from the form definition that prints it
 * (templates/profiles/hunan-2022/forms/basicData.yaml): its rows, labels, indents and headings, and through its
 * `input` mapping the place of each cell in today's input (basicData.*).
 */
import { DEFAULT_PROFILE } from '../../core/defaultProfile.js';
import { loadProfile } from '../../core/profiles.js';
import type { FormDef, MatrixSection } from '../../forms/definition.js';
import { EDITOR_TEXT } from './messages.js';
import { bare, fill, GridBuilder, numbered, type FieldKind, type PrintedContext } from './printed.js';
import type { Grid } from './grid.js';
import { getIn, type Path } from './paths.js';

/** The definition's indents are points, as the editor's are. */
const FORM_ID = 'basicData';

function form(): FormDef {
  return loadProfile(DEFAULT_PROFILE).forms[FORM_ID];
}

function matrix(f: FormDef, id: string): MatrixSection {
  const s = f.sections.find((x) => x.id === id);
  if (s?.kind !== 'matrix') throw new Error(`profiles/${DEFAULT_PROFILE}/forms/${FORM_ID}.yaml: no matrix section ${id}`);
  return s;
}

/** Where a place of the form (`funds.office`, `fields.note`) is in today's input, by the definition's mapping. */
function placeOf(f: FormDef, key: string): Path {
  const to = f.input?.[key];
  const first = Array.isArray(to) ? to[0] : typeof to === 'string' ? to : to?.from;
  if (!first) throw new Error(`profiles/${DEFAULT_PROFILE}/forms/${FORM_ID}.yaml: input has no ${key}`);
  return first.split('.');
}

function itemsOf(f: FormDef, key: string): { list: Path; values: Path } | undefined {
  const to = f.input?.[`${key}.items`];
  return to && typeof to === 'object' && !Array.isArray(to) ? { list: to.from.split('.'), values: to.values ? to.values.split('.') : [] } : undefined;
}

const kindOf = (kind: string): FieldKind => (kind === 'money' || kind === 'percent' || kind === 'count' || kind === 'points' ? kind : 'text');

/** 财政供养人员情况, the column headings and every amount row, in one grid so that the columns line up. */
export function basicDataGrid(ctx: PrintedContext): Grid {
  const f = form();
  const { names } = ctx;
  const b = new GridBuilder();
  const staffing = matrix(f, 'staffing');
  const funds = matrix(f, 'funds');
  b.head(0, 0, fill(staffing.block ?? '', names), { rowSpan: 2 });
  staffing.columns.forEach((c, i) => b.head(0, 1 + i, fill(c.title, names)));
  const staffRow = staffing.rows[0];
  const staffAt = placeOf(f, `staffing.${staffRow.id}`);
  staffing.columns.forEach((c, i) => b.put(1, 1 + i, ctx.field(kindOf(c.kind), [...staffAt, c.id])));
  b.head(2, 0, fill(funds.corner, names));
  funds.columns.forEach((c, i) => b.head(2, 1 + i, fill(c.title, names)));
  let row = 3;
  for (const r of funds.rows) {
    if (r.hidden) continue;
    const label = fill(r.label, names);
    if (r.text) {
      // A text row (厉行节约保障措施): one item a row beside the label, which runs down all of them.
      const list = placeOf(f, `fields.${r.text}`);
      const given = getIn(ctx.input, list);
      const count = Array.isArray(given) ? given.length : 0;
      b.label(row, 0, label, { align: 'left', bold: r.bold, rowSpan: Math.max(count, 1) });
      for (let i = 0; i < Math.max(count, 1); i++) {
        b.put(row, 1, { ...ctx.field('text', [...list, i]), ...numbered(i, count) }, { colSpan: funds.columns.length });
        b.item({ row, list, index: i, count, blank: '', name: label });
        row++;
      }
      continue;
    }
    const at = placeOf(f, `funds.${r.id}`);
    b.label(row, 0, label, { align: 'left', indent: r.indent ?? 0, bold: r.bold });
    funds.columns.forEach((c, i) => b.put(row, 1 + i, ctx.field(kindOf(c.kind), [...at, c.id])));
    row++;
    const items = r.items ? itemsOf(f, `funds.${r.id}`) : undefined;
    if (!items) continue;
    // One row per project, its name typed where the form prints it; an empty group keeps a blank row to type into.
    const given = getIn(ctx.input, items.list);
    const count = Array.isArray(given) ? given.length : 0;
    for (let i = 0; i < Math.max(count, 1); i++) {
      b.put(row, 0, { ...ctx.field('line', [...items.list, i, 'name']) }, { indent: r.itemIndent ?? (r.indent ?? 0) + 12 });
      funds.columns.forEach((c, k) => b.put(row, 1 + k, ctx.field(kindOf(c.kind), [...items.list, i, ...items.values, c.id])));
      b.item({ row, list: items.list, index: i, count, blank: {}, name: label });
      row++;
    }
  }
  const shares = [funds.labelShare ?? 0, ...funds.columns.map((c) => c.share)];
  return b.grid('basicData', shares);
}

/** 说明： under the table: the form's own wording is printed unless the input gives its own. */
export function basicDataNote(ctx: PrintedContext): Grid {
  const f = form();
  const note = f.fields.note;
  const b = new GridBuilder();
  const prefix = note.sheetLabel ?? note.title;
  b.label(0, 0, prefix, { align: 'left' });
  b.put(0, 1, { ...ctx.field('text', placeOf(f, 'fields.note')), placeholder: String(note.default ?? ''), name: bare(prefix) });
  return b.grid('basicData-note', [1, 14], { plain: true });
}

/** Rows the form sums but does not print (人员经费, which the narrative prints): typed under the form, in its columns. */
export function basicDataOther(ctx: PrintedContext): Grid {
  const f = form();
  const funds = matrix(f, 'funds');
  const b = new GridBuilder();
  b.head(0, 0, fill(funds.corner, ctx.names));
  funds.columns.forEach((c, i) => b.head(0, 1 + i, fill(c.title, ctx.names)));
  let row = 1;
  for (const r of funds.rows.filter((x) => x.hidden)) {
    const at = placeOf(f, `funds.${r.id}`);
    b.label(row, 0, fill(r.sheet?.label ?? r.label, ctx.names), { align: 'left' });
    funds.columns.forEach((c, i) => b.put(row, 1 + i, ctx.field(kindOf(c.kind), [...at, c.id])));
    row++;
  }
  return b.grid('basicData-other', [funds.labelShare ?? 0, ...funds.columns.map((c) => c.share)], { caption: EDITOR_TEXT.otherFields });
}
