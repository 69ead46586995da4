import { COMMON, ROWS, SHEETS, TITLES, aroundYear } from '../labels.js';

const R = ROWS.basicData;
import type { Block, Display, SheetSpec } from '../types.js';
import { fieldRow, ifBlank, label, moneyColumns, moneyRow, textList, titleBlock, unitName, yearOf } from './blocks.js';

const BD = ['basicData'] as const;
const PF = [...BD, 'publicFunds'] as const;
const TPB = [...BD, 'threePublic'] as const;
const PE = [...BD, 'projectExpenditure'] as const;

function projectGroup(text: string, key: 'business' | 'operation' | 'citySpecial'): Block {
  const base = [...PE, key];
  return {
    anchor: { col: 1, text },
    labels: [label(1, text)],
    fields: moneyColumns(2, [...base, 'total']),
    object: [...base, 'total'],
    list: {
      path: [...base, 'projects'],
      offset: 1,
      item: [{ col: 1, path: ['name'], kind: 'text' }, ...moneyColumns(2, ['amounts'])],
      spare: 3,
      minRows: 1,
    },
  };
}

/** A column header with the year in it ("{{year}}年决算数"), `offset` years from the workbook's 年度 cell. */
const columnYear = (col: number, offset: number, template: string): Display => ({
  col,
  role: 'header',
  show: (ref) => {
    const y = yearOf(ref);
    const { before, after } = aroundYear(template);
    const year = /^\d+$/.test(y.value) ? String(Number(y.value) + offset) : y.value;
    const cell = offset ? `(${y.address}${offset})` : y.address;
    return { formula: ifBlank(y.address, `${before ? `"${before}"&` : ''}${cell}&"${after}"`, `${before}${after}`), result: `${before}${year}${after}` };
  },
});

export const BASIC_DATA_SHEET: SheetSpec = {
  name: SHEETS.basicData,
  title: TITLES.basicData,
  widths: [48, 16, 16, 16, 40],
  blocks: [
    titleBlock(TITLES.basicData, 4),
    { displays: [unitName(1, 3, 'label', COMMON.unitLine)], labels: [{ col: 4, text: COMMON.moneyUnit, role: 'label' }] },
    {
      anchor: { col: 1, text: R.staffing },
      rows: 2,
      labels: [label(1, R.staffing, { rows: 2, role: 'header' }), label(2, R.authorized, { role: 'header' }), label(4, R.controlRate, { role: 'header' })],
      displays: [columnYear(3, 0, R.actualStaff)],
      fields: [
        { col: 2, dr: 1, path: [...BD, 'staffing', 'authorized'], kind: 'count' },
        { col: 3, dr: 1, path: [...BD, 'staffing', 'actual'], kind: 'count' },
        { col: 4, dr: 1, path: [...BD, 'staffing', 'controlRate'], kind: 'percent' },
      ],
      object: [...BD, 'staffing'],
    },
    {
      anchor: { col: 1, text: R.columns },
      labels: [label(1, R.columns, { role: 'header' })],
      displays: [columnYear(2, -1, R.previousActual), columnYear(3, 0, R.budget), columnYear(4, 0, R.actual)],
    },
    moneyRow(R.basicExpenditure, [...BD, 'basicExpenditure']),
    { ...moneyRow(R.personnel, [...BD, 'personnel'], true), labels: [label(1, R.personnel), { col: 5, text: 'personnel', role: 'note' }] },
    moneyRow(R.publicFunds, [...PF, 'total']),
    moneyRow(R.office, [...PF, 'office']),
    moneyRow(R.utilitiesTravel, [...PF, 'utilitiesTravel']),
    moneyRow(R.meetingsTraining, [...PF, 'meetingsTraining']),
    moneyRow(R.receptionPostal, [...PF, 'receptionPostal']),
    moneyRow(R.otherGoodsServices, [...PF, 'otherGoodsServices']),
    moneyRow(R.vehicleTransport, [...PF, 'vehicleTransport']),
    moneyRow(R.equipment, [...PF, 'equipment']),
    moneyRow(R.printing, [...PF, 'printing']),
    moneyRow(R.threePublic, [...TPB, 'total']),
    moneyRow(R.vehicles, [...TPB, 'vehicles']),
    moneyRow(R.vehiclePurchase, [...TPB, 'vehiclePurchase']),
    moneyRow(R.vehicleOperation, [...TPB, 'vehicleOperation']),
    moneyRow(R.abroad, [...TPB, 'abroad']),
    moneyRow(R.reception, [...TPB, 'reception']),
    moneyRow(R.projectExpenditure, [...PE, 'total']),
    projectGroup(R.business, 'business'),
    projectGroup(R.operation, 'operation'),
    projectGroup(R.citySpecial, 'citySpecial'),
    moneyRow(R.procurement, [...BD, 'procurement']),
    textList(R.frugalityMeasures, [...BD, 'frugalityMeasures'], 3),
    fieldRow(R.note, [...BD, 'note'], 'text', 3),
  ],
};
