import { SHEETS, TITLES } from '../labels.js';
import type { SheetSpec } from '../types.js';
import { fieldRow, section, textList, titleBlock } from './blocks.js';

const N = ['narrative'] as const;
const FIG = [...N, 'figures'] as const;
const TP = [...FIG, 'threePublic'] as const;

export const NARRATIVE_SHEET: SheetSpec = {
  name: SHEETS.narrative,
  title: TITLES.narrative,
  widths: [34, 100],
  blocks: [
    titleBlock(TITLES.narrative, 2),
    section('封面与落款', 2),
    fieldRow('单位名称', ['unit', 'name'], 'text'),
    fieldRow('年度', ['year'], 'integer'),
    fieldRow('报告日期', ['reportDate'], 'date'),
    fieldRow('主要负责人', ['contacts', 'principal'], 'text'),
    fieldRow('落款单位名称', [...N, 'closingUnitName'], 'text'),
    fieldRow('单位自称', [...N, 'selfReference'], 'text'),
    fieldRow('得分小数位数', ['display', 'scoreDecimals'], 'decimals'),
    section('一、单位基本情况', 2),
    section('（一）部门职能', 2),
    fieldRow('职能导语', [...N, 'functions', 'intro'], 'text'),
    textList('职能条目', [...N, 'functions', 'items']),
    section('（二）机构设置及人员情况', 2),
    fieldRow('单位性质', [...N, 'organization', 'status'], 'text'),
    fieldRow('编制类别', [...N, 'organization', 'establishmentKind'], 'text'),
    fieldRow('领导职数', [...N, 'organization', 'posts'], 'text'),
    textList('内设科室', [...N, 'organization', 'divisions']),
    fieldRow('退休人员', [...N, 'organization', 'retired'], 'count'),
    section('二、一般公共预算支出情况', 2),
    section('（一）基本支出情况', 2),
    fieldRow('收入决算总额（万元）', [...FIG, 'incomeTotal'], 'money'),
    fieldRow('支出决算数（万元）', [...FIG, 'expenditureTotal'], 'money'),
    fieldRow('项目支出（万元）', [...FIG, 'projectExpenditure'], 'money'),
    fieldRow('基本支出（万元）', [...FIG, 'basicExpenditure'], 'money'),
    fieldRow('人员经费（万元）', [...FIG, 'personnel'], 'money'),
    textList('人员经费用途', [...N, 'personnelUses']),
    fieldRow('日常公用经费（万元）', [...FIG, 'publicFunds'], 'money'),
    textList('日常公用经费用途', [...N, 'publicFundsUses']),
    fieldRow('“三公”经费年初预算数（万元）', [...TP, 'openingBudget'], 'money'),
    fieldRow('“三公”经费年终决算数（万元）', [...TP, 'actual'], 'money'),
    fieldRow('因公出国（境）费（万元）', [...TP, 'abroad'], 'money'),
    fieldRow('公务用车购置费（万元）', [...TP, 'vehiclePurchase'], 'money'),
    fieldRow('公务用车运行维护费（万元）', [...TP, 'vehicleOperation'], 'money'),
    fieldRow('公务接待费（万元）', [...TP, 'reception'], 'money'),
    fieldRow('“三公”经费控制情况', [...N, 'threePublicControl'], 'text'),
    section('（二）项目支出情况', 2),
    fieldRow('项目支出用途', [...N, 'projectUse'], 'text'),
    fieldRow('三、政府性基金预算支出情况', [...N, 'governmentFunds'], 'text'),
    fieldRow('四、资产管理情况', [...N, 'assetManagement'], 'text'),
    fieldRow('五、部门整体支出绩效情况', [...N, 'performance'], 'text'),
    fieldRow('六、存在的主要问题', [...N, 'problems'], 'text'),
    textList('七、下一步改进措施', [...N, 'improvements']),
    fieldRow('八、其他需要说明的情况', [...N, 'otherMatters'], 'text'),
  ],
};
