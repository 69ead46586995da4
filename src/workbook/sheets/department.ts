import { COMMON, SHEETS, TITLES } from '../labels.js';
import type { SheetSpec } from '../types.js';
import { fieldRow, label, optionalRow, textList, titleBlock, unitName, yearLine } from './blocks.js';
import { FORM_SPAN, FORM_WIDTHS, indicatorBlocks } from './forms.js';

const DE = ['departmentEvaluation'] as const;
const DF = [...DE, 'funds'] as const;

export const DEPARTMENT_SHEET: SheetSpec = {
  name: SHEETS.department,
  title: TITLES.department,
  widths: FORM_WIDTHS,
  blocks: [
    titleBlock(TITLES.department, FORM_SPAN),
    yearLine(FORM_SPAN),
    { labels: [label(1, COMMON.unitStamp, { span: 3 })] },
    {
      anchor: { col: 1, text: '部门名称' },
      labels: [label(1, '部门名称'), label(7, '执行数', { role: 'header' }), label(8, '资金执行率', { role: 'header' }), label(9, '分值', { role: 'header' }), label(10, '得分', { role: 'header' })],
      displays: [unitName(2, 5, 'label')],
    },
    {
      anchor: { col: 1, text: '年度预算申请（万元）' },
      labels: [label(1, '年度预算申请（万元）', { rows: 6 }), label(2, '资金总额（万元）')],
      fields: [
        { col: 3, path: [...DF, 'total'], kind: 'money' },
        { col: 7, path: [...DF, 'executed'], kind: 'money' },
        { col: 8, path: [...DF, 'executionRate'], kind: 'percent' },
        { col: 9, path: [...DF, 'weight'], kind: 'points' },
        { col: 10, path: [...DF, 'score'], kind: 'points' },
      ],
    },
    { anchor: { col: 2, text: '按收入性质分：' }, labels: [label(2, '按收入性质分：'), label(5, '按支出性质分：')], object: [...DF, 'byIncome'] },
    {
      anchor: { col: 2, text: '其中：公共财政拨款' },
      labels: [label(2, '其中：公共财政拨款'), label(5, '其中：基本支出')],
      fields: [
        { col: 3, path: [...DF, 'byIncome', 'generalPublic'], kind: 'money' },
        { col: 6, path: [...DF, 'byExpense', 'basic'], kind: 'money' },
      ],
    },
    {
      anchor: { col: 2, text: '政府性基金拨款' },
      labels: [label(2, '政府性基金拨款'), label(5, '项目支出')],
      fields: [
        { col: 3, path: [...DF, 'byIncome', 'governmentFund'], kind: 'money' },
        { col: 6, path: [...DF, 'byExpense', 'project'], kind: 'money' },
      ],
    },
    { anchor: { col: 2, text: '纳入专户管理的非税收拨款' }, labels: [label(2, '纳入专户管理的非税收拨款')], fields: [{ col: 3, path: [...DF, 'byIncome', 'specialAccount'], kind: 'money' }] },
    { anchor: { col: 2, text: '其他资金' }, labels: [label(2, '其他资金')], fields: [{ col: 3, path: [...DF, 'byIncome', 'other'], kind: 'money' }] },
    textList('部门履职概述', [...DE, 'duties'], FORM_SPAN - 1),
    fieldRow('整体绩效目标', [...DE, 'overallTarget'], 'text', FORM_SPAN - 1),
    ...indicatorBlocks(DE),
    fieldRow(COMMON.preparer, ['contacts', 'preparer'], 'text', 2),
    optionalRow('填表人签名图片', ['contacts', 'images', 'preparer'], 'file', 2),
    optionalRow('填表人签字处印', ['contacts', 'signatureLines', 'preparer'], 'signature', 2),
    fieldRow(COMMON.formDate, ['formDate'], 'date', 2),
    fieldRow(COMMON.phone, ['contacts', 'phone'], 'text', 2),
    fieldRow(COMMON.unitHead, ['contacts', 'unitHead'], 'text', 2),
    optionalRow('单位负责人签名图片', ['contacts', 'images', 'unitHead'], 'file', 2),
    optionalRow('单位负责人签字处印', ['contacts', 'signatureLines', 'unitHead'], 'signature', 2),
  ],
};
