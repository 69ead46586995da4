/** Wording of the model stage's findings about missing and malformed fields (titles and descriptions are data). */
export const FIELD_MESSAGES = {
  missing: (title: string, description: string | undefined) => `缺少必填项“${title}”${description ? `：应填${description}` : ''}。`,
  missingHint: (title: string) => `请在此处填写${title}。`,
  invalid: (title: string, detail: string) => `“${title}”格式不对：${detail}`,
  invalidHint: (title: string, description: string | undefined) => (description ? `${title}应填：${description}。` : `请按提示修改${title}。`),
} as const;

/**
 * The schema's own refusals, beyond a field's title (which is data, templates/fields.yaml). A list that must have an
 * item and has none is not filled in (model/issues.ts unfilled), and says so as any required field does.
 */
export const SCHEMA_MESSAGES = {
  notPng: '应为 PNG 图片文件的路径（以 .png 结尾）',
  signatureLine: (title: string) => `${title}应填“姓名”“留空”或“图片”`,
  year: '年度应为四位数字',
  yearFrom: '年度应在 2000 年以后',
  yearTo: '年度应在 2100 年以前',
  imageMissing: '签字处选了印签名图片，但没有给出签名图片文件（签名与印章图片）',
} as const;

/** How a value that does not fit its field is refused; `title` is the field's Chinese title. */
export const VALUE_MESSAGES = {
  notNumber: (what: string, given: string, comma: boolean) =>
    `${what}应为数字，实际填写的是“${given}”${comma ? '；逗号只能作千分位分隔符，每三位一个（如 1,234.5），小数点请用“.”' : ''}`,
  money: '金额',
  negativeMoney: '金额不能为负数',
  implausibleMoney: (amount: string) => `金额 ${amount} 万元大得不合常理，请检查单位是否应为万元`,
  moneyDescription: (title: string) => `${title}（万元）`,
  notInteger: (title: string) => `${title}应为整数`,
  negative: (title: string) => `${title}不能为负数`,
  percentDescription: (title: string) => `${title}，如 68.54% 或 68.54`,
  notText: (title: string) => `${title}应为文字`,
  tooLong: (title: string, max: number) => `${title}太长：最多 ${max} 个字，请精简或分段填写`,
  control: (title: string, code: string) => `${title}含有不可见的控制字符 ${code}（常见于复制粘贴），请删除后重新填写`,
  empty: (title: string) => `${title}不能为空`,
  oneLine: (title: string) => `${title}应写在一行内，不能含换行或 Tab`,
  noNameCharacters: (title: string) => `${title}中没有汉字、字母或数字，无法用作文件名：请填写完整的${title}`,
  notDate: (title: string) => `${title}应为日期，格式 YYYY-MM-DD`,
  dateFormat: (title: string) => `${title}格式应为 YYYY-MM-DD，如 2023-03-22`,
  noSuchDate: (title: string) => `${title}不是一个存在的日期`,
  notList: (title: string) => `${title}应为列表`,
  tooMany: (title: string, max: number) => `${title}最多 ${max} 条`,
  /** An indicator value (指标值) and the parts of its structured form. */
  badComparator: '比较符应为 ≥ ≤ = > < 之一',
  comparator: '比较符',
  badMeasureValue: '指标数值应为非负数字',
  measureValue: '数值',
  measureUnit: '计量单位',
  measureNotText: (title: string) => `${title}应为文字或 {comparator, value, unit}`,
  measureEither: (title: string) => `${title}应为文字（如“积极吸引”）或比较符、数值和计量单位（如 ≥ 3 次）`,
} as const;

/** How the model stage names what it found: unknown fields, wrong types, the whole count. */
export const PARSE_MESSAGES = {
  wholeFile: '（整个文件）',
  unknownField: (key: string, guess?: { key: string; where: string }) => `未知字段“${key}”${guess ? `，是不是“${guess.key}”（${guess.where}）？` : ''}`,
  renameField: (key: string, guess: string) => `把“${key}”改为“${guess}”`,
  removeField: '删除该字段，或检查拼写',
  problems: (n: number) => `输入数据有 ${n} 处问题`,
} as const;

const TYPE_NAMES: Record<string, string> = { string: '文字', number: '数字', int: '整数', object: '一组键和值（{…}）', array: '列表（[…]）', boolean: '是/否（true 或 false）', null: '空' };

/**
 * What a value that the validation refused has wrong, in Chinese: one wording for the input of every profile and for
 * the form definitions (src/model/issues.ts reads the refusal; the caller says where and how to fix it).
 */
export const ISSUE_MESSAGES = {
  notFilled: '（未填写）',
  missing: '缺少必填项',
  unknownKeys: (keys: string) => `不认识的键：${keys}`,
  typeName: (t: string) => TYPE_NAMES[t] ?? t,
  notFinite: '不是有限的数字（NaN、无穷大，或大到无法表示），请填写一个数字',
  wrongType: (expected: string, given: string) => `类型不对：应为${TYPE_NAMES[expected] ?? expected}，实际是 ${given}`,
  atMost: (max: string, inclusive: boolean) => (inclusive ? `不能大于 ${max}` : `应小于 ${max}`),
  atLeast: (min: string, inclusive: boolean) => (inclusive ? `不能小于 ${min}` : `应大于 ${min}`),
  mostChars: (max: string) => `最多 ${max} 个字`,
  fewestChars: (min: string) => (min === '1' ? '不能为空' : `至少要有 ${min} 个字`),
  mostItems: (max: string) => `最多 ${max} 项`,
  fewestItems: (min: string) => `至少要有 ${min} 项`,
  oneOf: (options: readonly string[]) => `应为 ${options.join('、')} 之一`,
  badValue: (given: string) => `填写的值不符合要求：${given}`,
} as const;
