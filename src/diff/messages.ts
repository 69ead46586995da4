/** Wording of the diff stage's refusals. */
export const DIFF_MESSAGES = {
  profilesDiffer: (a: string, b: string) => `两个数据文件的表格类型不同（${a}、${b}）：比较和更正说明只用于同一份报告的两个版本`,
} as const;

/** The change list of `jixiao diff` as a clerk reads it. */
export const CHANGE_LIST = {
  blank: '（空）',
  /** A whole list item added or removed that has no text to name it by. */
  oneItem: '（一项）',
  noDocument: '不改变任何文件的内容',
  documentPages: (name: string, pages: string) => `${name}（第 ${pages} 页）`,
  noChanges: '两份数据文件中报告用到的内容完全相同，没有更改。\n',
  count: (n: number) => `共 ${n} 处更改：`,
  verbs: { added: '新增', removed: '删除', changed: '更改' },
  affects: (documents: string) => `   影响：${documents}`,
} as const;
