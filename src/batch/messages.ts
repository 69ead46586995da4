/** What a batch (build or check) says on the terminal: progress, refusals, each input's failure, the summaries. */
export const BATCH_MESSAGES = {
  buildProgress: '生成中 [{bar}] {value}/{total}  成功 {ok}  失败 {failed}  剩余约 {eta_formatted}',
  buildDone: (inputs: number, built: number, failed: number, seconds: string) => `批量生成结束：共 ${inputs} 份输入，成功 ${built} 份，失败 ${failed} 份，用时 ${seconds} 秒。`,
  builtWhere: (outRoot: string) => `输出在 ${outRoot}/ 下，每个单位一个文件夹。`,
  forced: (n: number) => `其中 ${n} 份检查有错误、按 --force 强制生成，改正前不宜签报。`,
  warned: (n: number) => `其中 ${n} 份有检查警告，请逐份核对（单独用 jixiao check 查看）。`,
  buildFailedList: '失败的输入：',
  internalError: (message: string) => `内部错误：${message}`,
  sameUnit: (other: string, folder: string) => `与 ${other} 是同一单位、同一年度，输出文件夹 ${folder} 已归它所用；请删去重复的输入文件`,
  errorCount: (n: number) => `（共 ${n} 个错误）`,
  notFound: (arg: string) => `找不到输入文件或文件夹：${arg}`,
  emptyFolder: (arg: string) => `文件夹 ${arg} 中没有输入文件（.xlsx、.yaml/.yml、.json）`,
  checkProgress: '检查中 [{bar}] {value}/{total}  通过 {ok}  未通过 {failed}  剩余约 {eta_formatted}',
  checkFailed: (errors: number, warnings: number) => `检查发现 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ''}`,
  checkDone: (units: number, passed: number, withErrors: number, unreadable: number, seconds: string) =>
    `批量检查结束：共 ${units} 份输入，通过 ${passed} 份，有错误 ${withErrors} 份，读入失败 ${unreadable} 份，用时 ${seconds} 秒。`,
  checkWarned: (n: number) => `其中 ${n} 份有警告（--strict 时视为不通过）。`,
  checkFailedList: '未通过的输入：',
  summaries: (dir: string, files: string[]) => `汇总写在 ${dir}/：${files.join('、')}（另有 manifest.json）。`,
  summaryFailed: (message: string) => `汇总表和汇总报告未能写出：${message}`,
} as const;
