/** What the compose stage says about a template or label file it cannot use, for whoever edits templates/. */
export const TEMPLATE_MESSAGES = {
  error: (file: string, line: number | undefined, detail: string) => `模板 ${file}${line ? ` 第 ${line} 行` : ''} 有错误：${detail}`,
  noField: (field: string) => `字段“${field}”不存在（请检查拼写）`,
  missingLabel: (key: string) => `缺少标签“${key}”`,
  notText: (key: string) => `标签“${key}”应为一段文字`,
  notList: (key: string) => `标签“${key}”应为列表`,
  yearWords: 'unknownYear 的 year 和 previousYear 应为两个不同的、非空的字（如“本”“上”），否则两列的名称会一样',
} as const;
