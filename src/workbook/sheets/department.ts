import { COMMON, ROWS, SHEETS, TITLES } from '../labels.js';

const R = ROWS.department;
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
      anchor: { col: 1, text: R.unitName },
      labels: [label(1, R.unitName), label(7, R.executed, { role: 'header' }), label(8, R.executionRate, { role: 'header' }), label(9, R.weight, { role: 'header' }), label(10, R.score, { role: 'header' })],
      displays: [unitName(2, 5, 'label')],
    },
    {
      anchor: { col: 1, text: R.budgetRequest },
      labels: [label(1, R.budgetRequest, { rows: 6 }), label(2, R.fundsTotal)],
      fields: [
        { col: 3, path: [...DF, 'total'], kind: 'money' },
        { col: 7, path: [...DF, 'executed'], kind: 'money' },
        { col: 8, path: [...DF, 'executionRate'], kind: 'percent' },
        { col: 9, path: [...DF, 'weight'], kind: 'points' },
        { col: 10, path: [...DF, 'score'], kind: 'points' },
      ],
    },
    { anchor: { col: 2, text: R.byIncome }, labels: [label(2, R.byIncome), label(5, R.byExpense)], object: [...DF, 'byIncome'] },
    {
      anchor: { col: 2, text: R.generalPublic },
      labels: [label(2, R.generalPublic), label(5, R.basic)],
      fields: [
        { col: 3, path: [...DF, 'byIncome', 'generalPublic'], kind: 'money' },
        { col: 6, path: [...DF, 'byExpense', 'basic'], kind: 'money' },
      ],
    },
    {
      anchor: { col: 2, text: R.governmentFund },
      labels: [label(2, R.governmentFund), label(5, R.project)],
      fields: [
        { col: 3, path: [...DF, 'byIncome', 'governmentFund'], kind: 'money' },
        { col: 6, path: [...DF, 'byExpense', 'project'], kind: 'money' },
      ],
    },
    { anchor: { col: 2, text: R.specialAccount }, labels: [label(2, R.specialAccount)], fields: [{ col: 3, path: [...DF, 'byIncome', 'specialAccount'], kind: 'money' }] },
    { anchor: { col: 2, text: R.other }, labels: [label(2, R.other)], fields: [{ col: 3, path: [...DF, 'byIncome', 'other'], kind: 'money' }] },
    textList(R.duties, [...DE, 'duties'], FORM_SPAN - 1),
    fieldRow(R.overallTarget, [...DE, 'overallTarget'], 'text', FORM_SPAN - 1),
    ...indicatorBlocks(DE),
    fieldRow(COMMON.preparer, ['contacts', 'preparer'], 'text', 2),
    optionalRow(R.preparerImage, ['contacts', 'images', 'preparer'], 'file', 2),
    optionalRow(R.preparerLine, ['contacts', 'signatureLines', 'preparer'], 'signature', 2),
    fieldRow(COMMON.formDate, ['formDate'], 'date', 2),
    fieldRow(COMMON.phone, ['contacts', 'phone'], 'text', 2),
    fieldRow(COMMON.unitHead, ['contacts', 'unitHead'], 'text', 2),
    optionalRow(R.unitHeadImage, ['contacts', 'images', 'unitHead'], 'file', 2),
    optionalRow(R.unitHeadLine, ['contacts', 'signatureLines', 'unitHead'], 'signature', 2),
  ],
};
