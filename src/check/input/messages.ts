/** What the checks of the input as typed say (before any figure is derived): glyphs the font lacks, over-precise figures. */
export const INPUT_MESSAGES = {
  glyph: (char: string, code: string) => `“${char}”（${code}）`,
  missingGlyph: (list: string, count: number) =>
    count === 1 ? `字体里没有 ${list} 这个字，印出来会是一个空白方框` : `字体里没有 ${list} 这 ${count} 个字，印出来会是空白方框`,
  missingGlyphHint: '请换用常用字（如人名生僻字可按单位惯例处理）；确需照原样生成时加 --allow-missing-glyphs，该字将显示为方框',
  /** What kind of figure has too many decimals. */
  nouns: { money: '金额', percent: '比率', score: '分值或得分' },
  precision: (noun: string, value: string, places: number, allowed: number, printed: string) =>
    `${noun} ${value} 有 ${places} 位小数，表上只印 ${allowed} 位，将四舍五入印为 ${printed}`,
  atMostPlaces: (allowed: number) => `最多 ${allowed} 位小数`,
  precisionHint: '如需按原数印出，请先在数据中自行取舍到表格的位数',
} as const;
