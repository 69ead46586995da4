/** Names of the input file kinds, and the refusals of writing one. */
export const CONVERT_MESSAGES = {
  formatNames: { xlsx: 'Excel 工作簿', yaml: 'YAML 文件', json: 'JSON 文件' },
  unknownExtension: (file: string) => `无法按扩展名确定输出格式：${file}（请用 .xlsx、.yaml/.yml 或 .json）`,
  exists: (file: string) => `文件已存在：${file}（要覆盖请加 --force）`,
} as const;

/** The wording of `jixiao init --next-year`: what it did, what is left to fill, what to check. */
export const NEXT_YEAR_MESSAGES = {
  engineProfile: '用法错误：--next-year 目前只用于湖南 2022 表样（hunan-2022）的数据文件；其他表格类型的定义中还没有标明哪些栏每年重新填写',
  notAnInput: (file: string) => `${file} 不是一份数据文件（应为一个单位一个年度的数据）`,
  written: (a: { from: string; lastYear: unknown; year: unknown; format: string; out: string }) => `已由 ${a.from}（${a.lastYear} 年度）生成 ${a.year} 年度的 ${a.format}：${a.out}`,
  carried: '上年的决算数已移到“上年决算数”栏，报告日期和填表日期顺延一年；文字、职责、指标和分值沿用上年。',
  toFill: (n: number) => `还需填写（本年重新填写，上年的值已清空），共 ${n} 项：`,
  oldYear: (year: unknown, n: number) => `文字中仍写着 ${year} 年，请改写或确认，共 ${n} 处：`,
  checked: (summary: string, out: string) => `检查新文件：${summary}；填好后运行 jixiao check ${out} 逐条核对。`,
  /** "2022年", "2022 年度": a text that still names that year. */
  namesYear: (year: number) => new RegExp(`${year}\\s*年`),
};
