import { ROWS, SHEETS, TITLES } from '../labels.js';

const R = ROWS.narrative;
import type { SheetSpec } from '../types.js';
import { fieldRow, optionalRow, section, textList, titleBlock } from './blocks.js';

const N = ['narrative'] as const;
const FIG = [...N, 'figures'] as const;
const TP = [...FIG, 'threePublic'] as const;

export const NARRATIVE_SHEET: SheetSpec = {
  name: SHEETS.narrative,
  title: TITLES.narrative,
  widths: [34, 100],
  blocks: [
    titleBlock(TITLES.narrative, 2),
    section(R.cover, 2),
    fieldRow(R.unitName, ['unit', 'name'], 'text'),
    fieldRow(R.year, ['year'], 'integer'),
    fieldRow(R.reportDate, ['reportDate'], 'date'),
    fieldRow(R.principal, ['contacts', 'principal'], 'text'),
    optionalRow(R.principalImage, ['contacts', 'images', 'principal'], 'file'),
    optionalRow(R.principalLine, ['contacts', 'signatureLines', 'principal'], 'signature'),
    optionalRow(R.sealImage, ['contacts', 'images', 'seal'], 'file'),
    fieldRow(R.closingUnitName, [...N, 'closingUnitName'], 'text'),
    fieldRow(R.selfReference, [...N, 'selfReference'], 'text'),
    fieldRow(R.scoreDecimals, ['display', 'scoreDecimals'], 'decimals'),
    optionalRow(R.proseMoney, ['display', 'proseMoney'], 'proseMoney'),
    optionalRow(R.proseZero, ['display', 'proseZero'], 'proseZero'),
    section(R.part1, 2),
    section(R.functions, 2),
    fieldRow(R.functionsIntro, [...N, 'functions', 'intro'], 'text'),
    textList(R.functionItems, [...N, 'functions', 'items']),
    section(R.organization, 2),
    fieldRow(R.status, [...N, 'organization', 'status'], 'text'),
    fieldRow(R.establishmentKind, [...N, 'organization', 'establishmentKind'], 'text'),
    fieldRow(R.posts, [...N, 'organization', 'posts'], 'text'),
    textList(R.divisions, [...N, 'organization', 'divisions']),
    fieldRow(R.retired, [...N, 'organization', 'retired'], 'count'),
    section(R.part2, 2),
    section(R.basicSpending, 2),
    fieldRow(R.incomeTotal, [...FIG, 'incomeTotal'], 'money'),
    fieldRow(R.expenditureTotal, [...FIG, 'expenditureTotal'], 'money'),
    fieldRow(R.projectExpenditure, [...FIG, 'projectExpenditure'], 'money'),
    fieldRow(R.basicExpenditure, [...FIG, 'basicExpenditure'], 'money'),
    fieldRow(R.personnel, [...FIG, 'personnel'], 'money'),
    textList(R.personnelUses, [...N, 'personnelUses']),
    fieldRow(R.publicFunds, [...FIG, 'publicFunds'], 'money'),
    textList(R.publicFundsUses, [...N, 'publicFundsUses']),
    fieldRow(R.threePublicOpening, [...TP, 'openingBudget'], 'money'),
    fieldRow(R.threePublicActual, [...TP, 'actual'], 'money'),
    fieldRow(R.abroad, [...TP, 'abroad'], 'money'),
    fieldRow(R.vehiclePurchase, [...TP, 'vehiclePurchase'], 'money'),
    fieldRow(R.vehicleOperation, [...TP, 'vehicleOperation'], 'money'),
    fieldRow(R.reception, [...TP, 'reception'], 'money'),
    fieldRow(R.threePublicControl, [...N, 'threePublicControl'], 'text'),
    section(R.projectSpending, 2),
    fieldRow(R.projectUse, [...N, 'projectUse'], 'text'),
    fieldRow(R.governmentFunds, [...N, 'governmentFunds'], 'text'),
    fieldRow(R.assetManagement, [...N, 'assetManagement'], 'text'),
    fieldRow(R.performance, [...N, 'performance'], 'text'),
    fieldRow(R.problems, [...N, 'problems'], 'text'),
    textList(R.improvements, [...N, 'improvements']),
    fieldRow(R.otherMatters, [...N, 'otherMatters'], 'text'),
  ],
};
