import { formatMoney, formatPercent } from '../compose/format.js';
import { COLUMNS, type ColumnFigures } from '../derive/index.js';
import type { MoneyColumns } from '../model/schema.js';
import type { FlowItem } from './flow/items.js';
import { paginate } from './flow/paginate.js';
import { keepTogether, pageSpec, pageWidth, paragraph, tableStyle } from './form.js';
import { documentImages, formHeading, formSignatures } from './formParts.js';
import { row, type Cell, type Row, type TableStyle } from './table/model.js';
import { fitWidths, noWrapMinimums, wholeMinimums } from './table/widths.js';
import type { Styles } from './styles.js';
import type { DocumentLayout, LayoutContext } from './types.js';

const KIND = 'basicData';
const PUBLIC_FUND_ITEMS = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'] as const;
const GROUPS = ['business', 'operation', 'citySpecial'] as const;
// Label column and the three money columns: the label takes what the amounts leave.
const SHARES = [262, 80, 80, 80];

function moneyCells(values: ColumnFigures | MoneyColumns | undefined): Cell[] {
  return COLUMNS.map((c) => {
    const v = values?.[c];
    return { text: formatMoney(v && 'path' in v ? v.value : (v as MoneyColumns[typeof c])), align: 'right', noWrap: true };
  });
}

function line(label: string, values: ColumnFigures | MoneyColumns, indent = 0, bold = false): Row {
  return row({ text: label, bold, indent: indent * 10 }, ...moneyCells(values));
}

/** 财政供养人员情况: its own small table above the amounts. */
function staffingRows(ctx: LayoutContext): Row[] {
  const { input, figures, labels, styles } = ctx;
  const y = { year: input.year, previousYear: input.year - 1 };
  const fill = styles.tables.headerFill;
  const [title, ...heads] = labels.list('basicData.staffing', y);
  const label: Cell = { text: title, bold: true, align: 'center', fill, merge: 'staffing' };
  const num = (text: string): Cell => ({ text, align: 'center', noWrap: true });
  const d = input.basicData.staffing;
  return [
    row(label, ...heads.map((text): Cell => ({ text, bold: true, align: 'center', fill, whole: true }))),
    row(label, num(String(d.authorized)), num(String(d.actual)), num(formatPercent(figures.basicData.controlRate.value))),
  ];
}

function moneyRows(ctx: LayoutContext): Row[] {
  const { input, figures, labels } = ctx;
  const d = input.basicData;
  const f = figures.basicData;
  const y = { year: input.year, previousYear: input.year - 1 };
  const L = (k: string) => labels.text(`basicData.${k}`, y);
  const body: Row[] = [
    line(L('basicExpenditure'), f.basicExpenditure, 0, true),
    line(L('publicFunds'), f.publicFunds, 1),
    ...PUBLIC_FUND_ITEMS.map((k) => line(labels.text(`basicData.publicFundsItems.${k}`), d.publicFunds[k], 2)),
    line(L('threePublic'), f.threePublic, 1),
    line(L('vehicles'), f.vehicles, 2),
    line(L('vehiclePurchase'), d.threePublic.vehiclePurchase, 3),
    line(L('vehicleOperation'), d.threePublic.vehicleOperation, 3),
    line(L('abroad'), d.threePublic.abroad, 2),
    line(L('reception'), d.threePublic.reception, 2),
    line(L('projectExpenditure'), f.projectExpenditure, 0, true),
  ];
  for (const g of GROUPS) {
    body.push(line(labels.text(`basicData.projectGroups.${g}`), f.projectGroups[g], 1));
    for (const p of d.projectExpenditure[g].projects) body.push(line(p.name, p.amounts, 2));
  }
  body.push(line(L('procurement'), d.procurement, 0, true));
  const measures = d.frugalityMeasures.map((m, i) => `${i + 1}、${m}`).join('\n');
  body.push(row({ text: L('frugalityMeasures'), bold: true }, { text: measures, colSpan: 3 }));
  return body;
}

function widths(rows: Row[], total: number, s: TableStyle): number[] {
  // The label column keeps room for a short label ("其中：办公经费") on one line.
  const hard = noWrapMinimums(rows, SHARES.length, s);
  return fitWidths(SHARES, total, s, wholeMinimums(rows, hard, total, s, [9 * s.fontSize]));
}

/** The form's pages in the styles of `ctx`. */
function flow(ctx: LayoutContext): ReturnType<typeof paginate> {
  const { input, labels, styles } = ctx;
  const s = tableStyle(styles);
  const width = pageWidth(ctx, KIND);
  const fill = styles.tables.headerFill;
  const y = { year: input.year, previousYear: input.year - 1 };
  const staffing = staffingRows(ctx);
  const header = [row(...labels.list('basicData.columns', y).map((text): Cell => ({ text, bold: true, align: 'center', fill, whole: true })))];
  const money = moneyRows(ctx);
  // One grid for both tables, so that their columns line up.
  const grid = widths([...staffing, ...header, ...money], width, s);
  const items: FlowItem[] = [
    ...formHeading(ctx, KIND, KIND, labels.text('common.unitLineBasic', { unitName: input.unit.name }), labels.text('common.moneyUnit'), false),
    { kind: 'table', spec: { widths: grid, header: [], body: staffing }, style: s },
    { kind: 'table', spec: { widths: grid, header, body: money, keepLast: 2 }, style: s },
  ];
  const page = pageSpec(ctx, KIND);
  const signatures = formSignatures(ctx, KIND);
  // The form's own 说明 is fixed text: printed unless the input gives its own.
  const noteText = input.basicData.note?.trim() || labels.text('basicData.defaultNote');
  const note = noteText && paragraph(`${labels.text('basicData.notePrefix')}${noteText}`, width, { fontSize: s.fontSize, marginTop: 6 });
  // A short note goes with the signatures, and both with the table's last rows; a long one runs on by itself.
  const trailer = note ? keepTogether([note, signatures], true) : signatures;
  if (note && trailer.height > page.height / 3) items.push(note, signatures);
  else items.push(trailer);
  return paginate(items, page);
}

/**
 * The styles to try, largest first: the form's own, then (where styles.yaml asks for one page) smaller title and
 * captions, then smaller type in half points with less padding, down to the set minimums.
 */
export function fitStyles(styles: Styles): Styles[] {
  const fit = styles.fit?.[KIND];
  if (!fit?.onePage) return [styles];
  const t = styles.tables;
  const smaller = { ...t, captionSize: Math.min(t.captionSize, fit.minCaptionSize), titleSize: Math.min(t.titleSize, fit.minTitleSize) };
  const out = [styles, { ...styles, tables: smaller }];
  const paddings = [...new Set([Math.min(t.cellPadding, 2), fit.minCellPadding])].filter((p) => p <= t.cellPadding);
  for (let size = t.cellSize; size >= fit.minCellSize; size -= 0.5) {
    for (const cellPadding of paddings) out.push({ ...styles, tables: { ...smaller, cellSize: size, cellPadding } });
  }
  return out;
}

/** 附件2 部门整体支出绩效评价基础数据表: on one page if a style allowed by styles.yaml gets it there. */
export function layoutBasicData(ctx: LayoutContext): DocumentLayout {
  const { input, labels, styles } = ctx;
  const candidates = fitStyles(styles);
  let result = flow(ctx);
  for (const smaller of candidates.slice(1)) {
    if (result.pages === 1) break;
    const tried = flow({ ...ctx, styles: smaller });
    if (tried.pages === 1) result = tried;
  }
  const { content, pages } = result;
  return {
    kind: KIND,
    title: labels.text('documents.basicData.title'),
    fileName: labels.text('documents.basicData.fileName', { unitName: input.unit.name, year: input.year }),
    orientation: styles.orientation.basicData,
    content,
    pages,
    images: documentImages(ctx),
  };
}
