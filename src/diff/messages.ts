/** Wording of the diff stage's refusals. */
export const DIFF_MESSAGES = {
  profilesDiffer: (a: string, b: string) => `两个数据文件的表格类型不同（${a}、${b}）：比较和更正说明只用于同一份报告的两个版本`,
} as const;
