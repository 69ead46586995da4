/** hunan-2022's 附件2 部门整体支出绩效评价基础数据表 in the editor, laid out as src/layout/basicData.ts prints it. */
import { ROWS } from '../../workbook/labels.js';
import { EDITOR_TEXT } from './messages.js';
import { bare, GridBuilder, numbered, type PrintedContext } from './printed.js';
import type { Grid } from './grid.js';
import { getIn, type Path } from './paths.js';

const MONEY = ['previousActual', 'budget', 'actual'] as const;
const PUBLIC_FUND_ITEMS = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'] as const;
const GROUPS = ['business', 'operation', 'citySpecial'] as const;
// The label column and the three amounts, in the proportions of the printed form.
const WIDTHS = [262, 80, 80, 80];
/** A level of indent in the label column, in points as the form prints it. */
const INDENT = 10;

const BD = ['basicData'] as const;

/** 财政供养人员情况, the column headings and every amount row, in one grid so that the columns line up. */
export function basicDataGrid(ctx: PrintedContext): Grid {
  const { labels, names } = ctx;
  const L = (k: string) => labels.text(`basicData.${k}`, names);
  const b = new GridBuilder();
  const [staffing, ...staffHeads] = labels.list('basicData.staffing', names);
  b.head(0, 0, staffing, { rowSpan: 2 });
  staffHeads.forEach((t, i) => b.head(0, 1 + i, t));
  (['authorized', 'actual'] as const).forEach((k, i) => b.put(1, 1 + i, ctx.field('count', [...BD, 'staffing', k])));
  b.put(1, 3, ctx.field('percent', [...BD, 'staffing', 'controlRate']));
  labels.list('basicData.columns', names).forEach((t, i) => b.head(2, i, t));
  let row = 3;
  const line = (label: string, path: Path, indent: number, bold = false) => {
    b.label(row, 0, label, { align: 'left', indent: indent * INDENT, bold });
    MONEY.forEach((k, i) => b.put(row, 1 + i, ctx.field('money', [...path, k])));
    row++;
  };
  line(L('basicExpenditure'), [...BD, 'basicExpenditure'], 0, true);
  line(L('publicFunds'), [...BD, 'publicFunds', 'total'], 1);
  for (const k of PUBLIC_FUND_ITEMS) line(L(`publicFundsItems.${k}`), [...BD, 'publicFunds', k], 2);
  line(L('threePublic'), [...BD, 'threePublic', 'total'], 1);
  line(L('vehicles'), [...BD, 'threePublic', 'vehicles'], 2);
  line(L('vehiclePurchase'), [...BD, 'threePublic', 'vehiclePurchase'], 3);
  line(L('vehicleOperation'), [...BD, 'threePublic', 'vehicleOperation'], 3);
  line(L('abroad'), [...BD, 'threePublic', 'abroad'], 2);
  line(L('reception'), [...BD, 'threePublic', 'reception'], 2);
  line(L('projectExpenditure'), [...BD, 'projectExpenditure', 'total'], 0, true);
  for (const g of GROUPS) {
    const group = L(`projectGroups.${g}`);
    line(group, [...BD, 'projectExpenditure', g, 'total'], 1);
    // One row per project, its name typed where the form prints it; an empty group keeps a blank row to type into.
    const list = [...BD, 'projectExpenditure', g, 'projects'];
    const given = getIn(ctx.input, list);
    const count = Array.isArray(given) ? given.length : 0;
    for (let i = 0; i < Math.max(count, 1); i++) {
      b.put(row, 0, { ...ctx.field('line', [...list, i, 'name']) }, { indent: 2 * INDENT });
      MONEY.forEach((k, c) => b.put(row, 1 + c, ctx.field('money', [...list, i, 'amounts', k])));
      b.item({ row, list, index: i, count, blank: {}, name: group });
      row++;
    }
  }
  line(L('procurement'), [...BD, 'procurement'], 0, true);
  // 厉行节约保障措施: one measure a row beside the label, which runs down all of them.
  const measures = [...BD, 'frugalityMeasures'];
  const given = getIn(ctx.input, measures);
  const count = Array.isArray(given) ? given.length : 0;
  const label = L('frugalityMeasures');
  b.label(row, 0, label, { align: 'left', bold: true, rowSpan: Math.max(count, 1) });
  for (let i = 0; i < Math.max(count, 1); i++) {
    b.put(row, 1, { ...ctx.field('text', [...measures, i]), ...numbered(i, count) }, { colSpan: 3 });
    b.item({ row, list: measures, index: i, count, blank: '', name: label });
    row++;
  }
  return b.grid('basicData', WIDTHS);
}

/** 说明： under the table: the form's own wording is printed unless the input gives its own. */
export function basicDataNote(ctx: PrintedContext): Grid {
  const b = new GridBuilder();
  const prefix = ctx.labels.text('basicData.notePrefix');
  b.label(0, 0, prefix, { align: 'left' });
  b.put(0, 1, { ...ctx.field('text', [...BD, 'note']), placeholder: ctx.labels.text('basicData.defaultNote'), name: bare(prefix) });
  return b.grid('basicData-note', [1, 14], { plain: true });
}

/** 人员经费, which the form does not print (the narrative does): typed under the form, in the form's columns. */
export function basicDataOther(ctx: PrintedContext): Grid {
  const b = new GridBuilder();
  ctx.labels.list('basicData.columns', ctx.names).forEach((t, i) => b.head(0, i, t));
  b.label(1, 0, ROWS.basicData.personnel, { align: 'left' });
  MONEY.forEach((k, i) => b.put(1, 1 + i, ctx.field('money', [...BD, 'personnel', k])));
  return b.grid('basicData-other', WIDTHS, { caption: EDITOR_TEXT.otherFields });
}
