/**
 * The fixed label cells of the workbook, as printed on the forms (templates/labels.yaml, the seed report).
 * They are also how the reader finds each row, so they are part of the workbook's file format: changing one here
 * makes workbooks written before the change unreadable. That is why they live here and not in templates/.
 */
export const SHEETS = {
  instructions: '填写说明',
  narrative: '正文',
  basicData: '基础数据表',
  department: '部门整体支出绩效目标自评表',
} as const;

export const TITLES = {
  narrative: '部门整体支出绩效自评报告',
  basicData: '部门整体支出绩效评价基础数据表',
  department: '部门整体支出绩效目标自评表',
  project: '项目支出绩效自评表',
} as const;

/** 一级指标 names (domain.md §4, §5). */
export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标'] as const;

/** 二级指标 names (domain.md §4, §5). */
export const LEVEL2_NAMES = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '社会公众或服务对象满意度',
  '服务对象满意度指标',
] as const;

export const COMMON = {
  unitStamp: '填报单位（盖章）：',
  unitLine: '填报单位：',
  moneyUnit: '单位：万元',
  preparer: '填表人（签名）：',
  formDate: '填表日期：',
  phone: '联系电话：',
  unitHead: '单位负责人签字：',
  yearLine: (year: string) => `（${year}年度）`,
} as const;

export const INDICATOR_COLUMNS = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  deviation: '偏差原因分析及改进措施',
  comparator: '比较符',
  value: '数值或文字',
  unit: '计量单位',
  totalRow: '分值',
} as const;
