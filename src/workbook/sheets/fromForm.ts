/**
 * hunan-2022's 基础数据表 sheet made from the form definition that also makes its PDF
 * (templates/profiles/hunan-2022/forms/basicData.yaml): the same labels, the input paths of its `input` mapping.
 * The sheet keeps today's layout cell for cell, because the reader finds each row by its label: workbooks written
 * before still read.
 */
import type { ColumnDef, FormDef, MatrixSection } from '../../forms/definition.js';
import { yearPlaces } from '../../forms/yearPlaces.js';
import { aroundYear } from '../labels.js';
import type { Block, Display, Kind, Path, SheetSpec } from '../types.js';
import { fieldRow, ifBlank, label, moneyColumns, moneyRow, textList, titleBlock, unitName, yearOf } from './blocks.js';
import { mapList } from '../../mapList.js';

/** A column header with the year in it ("{{year}}年决算数"), `offset` years from the workbook's 年度 cell. */
const columnYear = (col: number, offset: number, template: string): Display => ({
  col,
  role: 'header',
  show: (ref) => {
    const y = yearOf(ref);
    const { before, after } = aroundYear(template);
    const year = /^\d+$/.test(y.value) ? String(Number(y.value) + offset) : y.value;
    const cell = offset ? `(${y.address}${offset})` : y.address;
    // Until a year is typed, the words that keep the two 决算数 columns apart: "上年决算数", "本年决算数".
    const words = yearPlaces(undefined);
    const blank = `${before}${offset ? words.previousYear : words.year}${after}`;
    return { formula: ifBlank(y.address, `${before ? `"${before}"&` : ''}${cell}&"${after}"`, blank), result: y.value ? `${before}${year}${after}` : blank };
  },
});

/** A column's heading: a label, or a formula joining the year cell in ({{previousYear}} is the year before). */
function heading(c: ColumnDef, col: number): { label?: ReturnType<typeof label>; display?: Display } {
  if (c.title.includes('{{previousYear}}')) return { display: columnYear(col, -1, c.title.replace('{{previousYear}}', '{{year}}')) };
  if (c.title.includes('{{year}}')) return { display: columnYear(col, 0, c.title) };
  return { label: label(col, c.title, { role: 'header' }) };
}

/** The input path (split at dots) of a place of the form, from its `input` mapping: the first path where it gives several. */
export function pathOf(form: FormDef, place: string): Path {
  const from = form.input?.[place];
  const first = typeof from === 'string' ? from : Array.isArray(from) ? from[0] : from?.from;
  if (!first) throw new Error(`${form.id}: input.${place} is missing`);
  return first.split('.');
}

/** A block of values with its label merged over two rows: the headings, then the values (财政供养人员情况). */
function blockSection(form: FormDef, s: MatrixSection): Block {
  const row = s.rows[0];
  const base = pathOf(form, `${s.id}.${row.id}`);
  const heads = mapList(s.columns, (c, i) => heading(c, 2 + i));
  return {
    anchor: { col: 1, text: s.block! },
    rows: 2,
    labels: [label(1, s.block!, { rows: 2, role: 'header' }), ...heads.flatMap((h) => (h.label ? [h.label] : []))],
    displays: heads.flatMap((h) => (h.display ? [h.display] : [])),
    fields: mapList(s.columns, (c, i) => ({ col: 2 + i, dr: 1, path: [...base, c.id], kind: c.kind as Kind })),
    object: base,
  };
}

/** A group of repeatable rows (one project a row) under its subtotal row. */
function itemGroup(form: FormDef, s: MatrixSection, r: MatrixSection['rows'][number]): Block {
  const total = pathOf(form, `${s.id}.${r.id}`);
  const items = form.input?.[`${s.id}.${r.id}.items`];
  const values = typeof items === 'object' && !Array.isArray(items) && items.values ? [items.values] : [];
  return {
    anchor: { col: 1, text: r.label },
    labels: [label(1, r.label)],
    fields: moneyColumns(2, total),
    object: total,
    list: { path: pathOf(form, `${s.id}.${r.id}.items`), offset: 1, item: [{ col: 1, path: ['name'], kind: 'text' }, ...moneyColumns(2, values)], spare: 3, minRows: 1 },
  };
}

function labelledSection(form: FormDef, s: MatrixSection, span: number): Block[] {
  const heads = mapList(s.columns, (c, i) => heading(c, 2 + i));
  const blocks: Block[] = [
    {
      anchor: { col: 1, text: s.corner },
      labels: [label(1, s.corner, { role: 'header' }), ...heads.flatMap((h) => (h.label ? [h.label] : []))],
      displays: heads.flatMap((h) => (h.display ? [h.display] : [])),
    },
  ];
  for (const r of s.rows) {
    const text = r.sheet?.label ?? r.label;
    if (r.text) blocks.push(textList(text, pathOf(form, `fields.${r.text}`), span));
    else if (r.items) blocks.push(itemGroup(form, s, r));
    else if (r.hidden) blocks.push({ ...moneyRow(text, pathOf(form, `${s.id}.${r.id}`), true), labels: [label(1, text), ...(r.sheet?.note ? [{ col: 5, text: r.sheet.note, role: 'note' as const }] : [])] });
    else blocks.push(moneyRow(text, pathOf(form, `${s.id}.${r.id}`)));
  }
  return blocks;
}

/** The sheet `name` of a form of matrices: title, unit line, each section, then the fields with a row of their own. */
export function formSheet(form: FormDef, name: string): SheetSpec {
  const columns = form.sheet?.widths.length ?? 5;
  const left = form.caption?.left ?? '';
  const blocks: Block[] = [
    titleBlock(form.title, columns - 1),
    { displays: [unitName(1, columns - 2, 'label', left.split('{{')[0])], labels: [{ col: columns - 1, text: form.caption?.right ?? '', role: 'label' }] },
  ];
  for (const s of form.sections) {
    if (s.kind !== 'matrix') continue;
    blocks.push(...(s.labelShare === undefined ? [blockSection(form, s)] : labelledSection(form, s, columns - 2)));
  }
  for (const [id, f] of Object.entries(form.fields)) if (f.sheetLabel) blocks.push(fieldRow(f.sheetLabel, pathOf(form, `fields.${id}`), 'text', columns - 2));
  return { name, title: form.title, widths: form.sheet?.widths ?? [], blocks };
}
