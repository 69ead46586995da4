/** Wording of the model stage's findings about missing and malformed fields (titles and descriptions are data). */
export const FIELD_MESSAGES = {
  missing: (title: string, description: string | undefined) => `缺少必填项“${title}”${description ? `：应填${description}` : ''}。`,
  missingHint: (title: string) => `请在此处填写${title}。`,
  invalid: (title: string, detail: string) => `“${title}”格式不对：${detail}`,
  invalidHint: (title: string, description: string | undefined) => (description ? `${title}应填：${description}。` : `请按提示修改${title}。`),
} as const;

/** The schema's own refusals, beyond a field's title (which is data, templates/fields.yaml). */
export const SCHEMA_MESSAGES = {
  noIndicator: '至少要有一个绩效指标',
  noFunction: '至少要有一条职能',
  noImprovement: '至少要有一条改进措施',
  notPng: '应为 PNG 图片文件的路径（以 .png 结尾）',
  signatureLine: (title: string) => `${title}应填“姓名”“留空”或“图片”`,
  year: '年度应为四位数字',
  yearFrom: '年度应在 2000 年以后',
  yearTo: '年度应在 2100 年以前',
  imageMissing: '签字处选了印签名图片，但没有给出签名图片文件（签名与印章图片）',
} as const;
