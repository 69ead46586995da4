/**
 * hunan-2022's 附件2 部门整体支出绩效评价基础数据表 in the editor, drawn from the form definition its document prints
 * (templates/profiles/hunan-2022/forms/basicData.yaml as shipped): its rows, labels, indents and headings, and through its
 * `input` mapping the place of each cell in today's input (basicData.*).
 */
import { EDITOR_TEXT } from './messages.js';
import { bare, fill, GridBuilder, type PrintedContext } from './printed.js';
import type { Grid } from './grid.js';
import { kindOf, SectionDrawer, type MappedForm } from './mapped.js';
import { mapList } from '../../mapList.js';

/** 财政供养人员情况, the column headings and every amount row, in one grid so that the columns line up. */
export function basicDataGrid(ctx: PrintedContext, m: MappedForm): Grid {
  const funds = m.section('funds', 'matrix');
  const draw = new SectionDrawer(ctx, m);
  draw.matrix(m.section('staffing', 'matrix'));
  draw.matrix(funds);
  return draw.b.grid('basicData', [funds.labelShare ?? 0, ...mapList(funds.columns, (c) => c.share)]);
}

/** 说明： under the table: the form's own wording is printed unless the input gives its own. */
export function basicDataNote(ctx: PrintedContext, m: MappedForm): Grid {
  const note = m.form.fields.note;
  const b = new GridBuilder();
  const prefix = note.sheetLabel ?? note.title;
  b.label(0, 0, prefix, { align: 'left' });
  b.put(0, 1, { ...ctx.field('text', m.place('fields.note', ctx.input)), placeholder: String(note.default ?? ''), name: bare(prefix) });
  return b.grid('basicData-note', [1, 14], { plain: true });
}

/** Rows the form sums but does not print (人员经费, which the narrative prints): typed under the form, in its columns. */
export function basicDataOther(ctx: PrintedContext, m: MappedForm): Grid {
  const funds = m.section('funds', 'matrix');
  const b = new GridBuilder();
  b.head(0, 0, fill(funds.corner, ctx.names));
  funds.columns.forEach((c, i) => b.head(0, 1 + i, fill(c.title, ctx.names)));
  let row = 1;
  for (const r of funds.rows.filter((x) => x.hidden)) {
    const at = m.place(`funds.${r.id}`, ctx.input);
    b.label(row, 0, fill(r.sheet?.label ?? r.label, ctx.names), { align: 'left' });
    funds.columns.forEach((c, i) => b.put(row, 1 + i, ctx.field(kindOf(c.kind), [...at, c.id])));
    row++;
  }
  return b.grid('basicData-other', [funds.labelShare ?? 0, ...mapList(funds.columns, (c) => c.share)], { caption: EDITOR_TEXT.otherFields });
}
