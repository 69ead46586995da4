/** What a batch check and the batch summaries say on the terminal. */
export const BATCH_MESSAGES = {
  checkProgress: '检查中 [{bar}] {value}/{total}  通过 {ok}  未通过 {failed}  剩余约 {eta_formatted}',
  checkFailed: (errors: number, warnings: number) => `检查发现 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ''}`,
  checkDone: (units: number, passed: number, withErrors: number, unreadable: number, seconds: string) =>
    `批量检查结束：共 ${units} 份输入，通过 ${passed} 份，有错误 ${withErrors} 份，读入失败 ${unreadable} 份，用时 ${seconds} 秒。`,
  checkWarned: (n: number) => `其中 ${n} 份有警告（--strict 时视为不通过）。`,
  checkFailedList: '未通过的输入：',
  summaries: (dir: string, files: string[]) => `汇总写在 ${dir}/：${files.join('、')}（另有 manifest.json）。`,
  summaryFailed: (message: string) => `汇总表和汇总报告未能写出：${message}`,
} as const;
