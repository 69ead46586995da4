/** The editor's own words (its buttons, hints and names); every label of a form comes from the form's definition. */
export const EDITOR_TEXT = {
  computed: '自动计算',
  computedTitle: (value: string) => `自动计算：${value}（留空即按此填入；填写后将与计算结果核对）`,
  itemRow: (list: string, n: number) => `${list} 第 ${n} 行`,
  itemDoc: (form: string, n: number) => `${form}（第 ${n} 份）`,
  namedDoc: (form: string, name: string) => `${form}（${name}）`,
  add: '添加一行',
  rowN: (n: number) => `第 ${n} 行`,
  addAfter: (what: string) => `在${what}下方添加一行`,
  remove: (what: string) => `删除${what}`,
  up: (what: string) => `上移${what}`,
  down: (what: string) => `下移${what}`,
  addDoc: (form: string) => `添加一份${form}`,
  removeDoc: '删除这一份',
  upDoc: '上移这一份',
  downDoc: '下移这一份',
  rowActions: '操作',
  commonFields: '基本信息',
  otherFields: '其他填写项',
  choose: '（请选择）',
  /** A closed list left blank, when the form then prints one of its options (a signature line: 姓名). */
  byDefault: (option: string) => `（默认：${option}）`,
  forms: '表格',
  /** A definition this editor draws lacks what its hunan-2022 sheet is built from (a templates folder edited so). */
  noPlace: (file: string, key: string) => `${file}：input 中没有“${key}”的位置，编辑器无法画出这一格`,
  noSection: (file: string, kind: string, id: string) => `${file}：没有标识为“${id}”的 ${kind} 部分，编辑器无法画出这张表`,
  noField: (file: string, id: string) => `${file}：fields 中没有字段“${id}”`,
} as const;
