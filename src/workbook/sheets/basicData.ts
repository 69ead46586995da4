import { COMMON, SHEETS, TITLES } from '../labels.js';
import type { Block, Display, SheetSpec } from '../types.js';
import { fieldRow, label, moneyColumns, moneyRow, textList, titleBlock, unitName, yearOf } from './blocks.js';

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

const columnYear = (col: number, offset: number, suffix: string): Display => ({
  col,
  role: 'header',
  show: (ref) => {
    const y = yearOf(ref);
    const year = /^\d+$/.test(y.value) ? String(Number(y.value) + offset) : y.value;
    return { formula: offset ? `(${y.address}${offset})&"${suffix}"` : `${y.address}&"${suffix}"`, result: `${year}${suffix}` };
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
      anchor: { col: 1, text: '财政供养人员情况' },
      rows: 2,
      labels: [label(1, '财政供养人员情况', { rows: 2, role: 'header' }), label(2, '编制数', { role: 'header' }), label(4, '控制率', { role: 'header' })],
      displays: [columnYear(3, 0, '年实际在职人数')],
      fields: [
        { col: 2, dr: 1, path: [...BD, 'staffing', 'authorized'], kind: 'count' },
        { col: 3, dr: 1, path: [...BD, 'staffing', 'actual'], kind: 'count' },
        { col: 4, dr: 1, path: [...BD, 'staffing', 'controlRate'], kind: 'percent' },
      ],
      object: [...BD, 'staffing'],
    },
    {
      anchor: { col: 1, text: '经费控制情况' },
      labels: [label(1, '经费控制情况', { role: 'header' })],
      displays: [columnYear(2, -1, '年决算数'), columnYear(3, 0, '年预算数'), columnYear(4, 0, '年决算数')],
    },
    moneyRow('一、部门基本支出', [...BD, 'basicExpenditure']),
    { ...moneyRow('其中：人员经费（选填）', [...BD, 'personnel'], true), labels: [label(1, '其中：人员经费（选填）'), { col: 5, text: 'personnel', role: 'note' }] },
    moneyRow('其中：公用经费', [...PF, 'total']),
    moneyRow('其中：办公经费', [...PF, 'office']),
    moneyRow('水费、电费、差旅费', [...PF, 'utilitiesTravel']),
    moneyRow('会议费、培训费', [...PF, 'meetingsTraining']),
    moneyRow('公务接待费、邮电费', [...PF, 'receptionPostal']),
    moneyRow('党建、工会经费、委托业务费、劳务费、维修(护)费、租赁费及其他商品和服务支出', [...PF, 'otherGoodsServices']),
    moneyRow('公车运行费及其他交通费', [...PF, 'vehicleTransport']),
    moneyRow('设备购置费', [...PF, 'equipment']),
    moneyRow('印刷费', [...PF, 'printing']),
    moneyRow('三公经费', [...TPB, 'total']),
    moneyRow('1、公务用车购置和维护经费', [...TPB, 'vehicles']),
    moneyRow('其中：公车购置', [...TPB, 'vehiclePurchase']),
    moneyRow('公车运行维护', [...TPB, 'vehicleOperation']),
    moneyRow('2、出国经费', [...TPB, 'abroad']),
    moneyRow('3、公务接待', [...TPB, 'reception']),
    moneyRow('二、项目支出：', [...PE, 'total']),
    projectGroup('1、业务工作专项（一个项目一行）', 'business'),
    projectGroup('2、运行维护专项（一个项目一行）', 'operation'),
    projectGroup('3、市级专项资金（一个专项一行）', 'citySpecial'),
    moneyRow('政府采购金额', [...BD, 'procurement']),
    textList('厉行节约保障措施', [...BD, 'frugalityMeasures'], 3),
    fieldRow('说明：', [...BD, 'note'], 'text', 3),
  ],
};
