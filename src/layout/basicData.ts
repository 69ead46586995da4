import { formatMoney, formatPercent } from '../compose/format.js';
import { COLUMNS, type ColumnFigures } from '../derive/index.js';
import type { MoneyColumns } from '../model/schema.js';
import { cell, headerCell, numberCell, span } from './cells.js';
import { formHeading, formSignatures, formTableLayout } from './formParts.js';
import type { DocumentLayout, LayoutContext, Node } from './types.js';

const PUBLIC_FUND_ITEMS = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'] as const;
const GROUPS = ['business', 'operation', 'citySpecial'] as const;

function moneyCells(values: ColumnFigures | MoneyColumns | undefined): Node[] {
  return COLUMNS.map((c) => {
    const v = values?.[c];
    return numberCell(formatMoney(v && 'path' in v ? v.value : (v as MoneyColumns[typeof c])));
  });
}

function line(label: string, values: ColumnFigures | MoneyColumns, indent = 0, bold = false): Node[] {
  return [{ ...(cell(label, { bold }) as object), margin: [indent * 10, 0, 0, 0] }, ...moneyCells(values)];
}

/** 附件2 部门整体支出绩效评价基础数据表. */
export function layoutBasicData(ctx: LayoutContext): DocumentLayout {
  const { input, figures, labels, styles } = ctx;
  const d = input.basicData;
  const f = figures.basicData;
  const fill = styles.tables.headerFill;
  const y = { year: input.year, previousYear: input.year - 1 };
  const L = (k: string) => labels.text(`basicData.${k}`, y);

  const staffing = {
    table: {
      widths: ['*', 80, 80, 80],
      body: [
        labels.list('basicData.staffing', y).map((t, i) => headerCell(t, fill, i === 0 ? { rowSpan: 2 } : {})),
        [{}, numberCell(String(d.staffing.authorized), { align: 'center' }), numberCell(String(d.staffing.actual), { align: 'center' }), numberCell(formatPercent(f.controlRate.value), { align: 'center' })],
      ],
    },
    layout: formTableLayout(styles.tables.cellPadding),
  };

  const body: Node[][] = [labels.list('basicData.columns', y).map((t) => headerCell(t, fill))];
  body.push(line(L('basicExpenditure'), f.basicExpenditure, 0, true));
  body.push(line(L('publicFunds'), f.publicFunds, 1));
  for (const k of PUBLIC_FUND_ITEMS) body.push(line(labels.text(`basicData.publicFundsItems.${k}`), d.publicFunds[k], 2));
  body.push(line(L('threePublic'), f.threePublic, 1));
  body.push(line(L('vehicles'), f.vehicles, 2));
  body.push(line(L('vehiclePurchase'), d.threePublic.vehiclePurchase, 3));
  body.push(line(L('vehicleOperation'), d.threePublic.vehicleOperation, 3));
  body.push(line(L('abroad'), d.threePublic.abroad, 2));
  body.push(line(L('reception'), d.threePublic.reception, 2));
  body.push(line(L('projectExpenditure'), f.projectExpenditure, 0, true));
  for (const g of GROUPS) {
    body.push(line(labels.text(`basicData.projectGroups.${g}`), f.projectGroups[g], 1));
    for (const p of d.projectExpenditure[g].projects) body.push(line(p.name, p.amounts, 2));
  }
  body.push(line(L('procurement'), d.procurement, 0, true));
  const measures = d.frugalityMeasures.map((m, i) => `${i + 1}、${m}`).join('\n');
  body.push([cell(L('frugalityMeasures'), { bold: true }), ...span(cell(measures), 3)]);

  const money = {
    table: { widths: ['*', 80, 80, 80], headerRows: 1, dontBreakRows: true, body },
    layout: formTableLayout(styles.tables.cellPadding),
  };
  const content: Node[] = [
    ...formHeading(ctx, 'basicData', labels.text('common.unitLineBasic', { unitName: input.unit.name }), labels.text('common.moneyUnit'), false),
    { stack: [staffing, money], fontSize: styles.tables.cellSize },
  ];
  if (d.note) content.push({ text: `${L('notePrefix')}${d.note}`, fontSize: styles.tables.cellSize, margin: [0, 6, 0, 0] });
  content.push(...formSignatures(ctx));
  return {
    kind: 'basicData',
    title: labels.text('documents.basicData.title'),
    fileName: labels.text('documents.basicData.fileName', { unitName: input.unit.name, year: input.year }),
    orientation: styles.orientation.basicData,
    content,
  };
}
