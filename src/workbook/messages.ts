/** Wording of the workbook's refusals: data that has no cell, a sheet or a label the reader cannot find, a bad cell. */
export const WORKBOOK_MESSAGES = {
  notWritable: (problem: string) => `${problem}，无法写入工作簿`,
  noPlace: '工作簿中没有这一项的位置，写入工作簿会丢失它',
  checkFirst: '先用 jixiao check 检查并修正输入文件，再转换',
  cannotWrite: (count: number) => `有 ${count} 项内容无法写入 Excel 工作簿`,
  missingSheet: (name: string) => `工作簿中没有名为“${name}”的工作表`,
  missingSheetHint: '请不要删除或改名工作簿中的固定工作表；可用 jixiao init 重新生成工作簿后把数据复制过去',
  changedStructure: (file: string) => `Excel 工作簿 ${file} 的表格结构被改动，无法读取`,
  missingLabel: (sheet: string, text: string, column: string, row: number) => `工作表“${sheet}”中找不到标签为“${text}”的行（应在第 ${column} 列，第 ${row} 行以下）`,
  unreadInput: (file: string) => `Excel 工作簿 ${file} 中有填在表格之外的内容，程序读不到它们，无法读取`,
  extraRow: (row: number, content: readonly string[]) =>
    `第 ${row} 行不是表格中的行（填有：${content.join('、')}）。程序不读这一行，其中的内容不会计入任何合计，也不会出现在报告中`,
  extraRowHint: (lists: readonly string[]) =>
    `请删除这一行（右键点行号，选“删除”），把它的内容并入表中已有的行。${lists.length ? `本表只有“${lists.join('”“')}”下方可以加行，其余各行是固定的` : '本表的行是固定的，不能增加'}`,
  extraCells: (cells: readonly string[], content: readonly string[]) =>
    `单元格 ${cells.join('、')} 不是表格的填写位置（填有：${content.join('、')}）。程序不读${cells.length > 1 ? '这些' : '这个'}单元格，其中的内容不会计入任何合计，也不会出现在报告中`,
  extraCellsHint: '请把内容移到本行带底色的填写单元格中，或删除它',
  missingLabelHint: '标签单元格是表格的固定文字，程序靠它们找到数据：请从原工作簿恢复这一行，或用 jixiao init 重新生成工作簿后把数据复制过去',
  notList: '应为列表',
  notNumber: '应为数字',
  notPercent: '应为百分比',
  notText: '应为文字',
  tooLong: (length: number, max: number) => `文字有 ${length} 个字符，超过 Excel 单元格的上限 ${max}`,
  notInteger: '应为整数',
  notMeasure: '应为文字或 {comparator, value, unit}',
  badMeasure: '比较符、数值、计量单位的写法不对',
} as const;
