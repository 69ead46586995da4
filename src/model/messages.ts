/** Wording of the model stage's findings about missing and malformed fields (titles and descriptions are data). */
export const FIELD_MESSAGES = {
  missing: (title: string, description: string | undefined) => `缺少必填项“${title}”${description ? `：应填${description}` : ''}。`,
  missingHint: (title: string) => `请在此处填写${title}。`,
  invalid: (title: string, detail: string) => `“${title}”格式不对：${detail}`,
  invalidHint: (title: string, description: string | undefined) => (description ? `${title}应填：${description}。` : `请按提示修改${title}。`),
} as const;
