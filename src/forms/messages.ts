/**
 * The wording of the form engine's findings, one typed catalog (as src/check/messages.ts for the hunan-2022 rules).
 * E_ = error, W_ = warning. Arguments come formatted as the form prints them; `place` is the cell in the user's
 * terms ("项目支出绩效自评表 › 项目资金 › 年度资金总额 › 全年预算数").
 */
import type { Finding } from '../diagnostics/finding.js';
import { mapList } from '../mapList.js';

interface Entry {
  title: string;
  message: (args: never) => string;
  hint: string;
}

export const FORM_MESSAGES = {
  E_PROFILE_FILE: {
    title: '表格定义文件有错误',
    message: (a: { detail: string }) => a.detail,
    hint: '按提示修改 templates/profiles 下对应的 YAML 文件（参见 templates/profiles/README.md）。',
  },
  E_UNKNOWN_PROFILE: {
    title: '输入指定的表格类型（profile）不存在',
    message: (a: { given: string; known: string }) => `没有名为“${a.given}”的表格类型；可用的有：${a.known}。`,
    hint: '把 profile 改为上面列出的一个；运行 jixiao profiles 可看到每种表格的说明。',
  },
  E_FORM_SUM: {
    title: '合计行应等于其分项之和（逐栏）',
    message: (a: { row: string; column: string; given: string; computed: string; parts: string }) =>
      `“${a.row}”的${a.column}填写为 ${a.given}，各分项之和为 ${a.computed}（${a.parts}）。`,
    hint: '核对各分项或合计数，使合计等于各分项之和；合计可以不填，由工具计算。',
  },
  E_FORM_AT_MOST: {
    title: '一行不能大于包含它的行',
    message: (a: { row: string; column: string; value: string; other: string; otherValue: string }) =>
      `“${a.row}”的${a.column}为 ${a.value}，大于“${a.other}”的 ${a.otherValue}。`,
    hint: '核对这两行：前者是后者的一部分。',
  },
  E_FORM_RATE: {
    title: '比率应等于两栏金额之比',
    message: (a: { column: string; given: string; computed: string; of: string; ofValue: string; over: string; overValue: string }) =>
      `${a.column}填写为 ${a.given}，按${a.of} ${a.ofValue} ÷ ${a.over} ${a.overValue} 计算应为 ${a.computed}。`,
    hint: '改正比率，或核对两栏金额；比率可以不填，由工具计算。',
  },
  W_FORM_RATE_UNDEFINED: {
    title: '比率的分母为零，无法计算',
    message: (a: { column: string; of: string; ofValue: string; over: string }) => `${a.of}为 ${a.ofValue}，而${a.over}为 0，${a.column}无法计算。`,
    hint: '核对分母一栏是否漏填，或删去这一比率。',
  },
  E_FORM_EXEC_SCORE: {
    title: '执行率得分应等于分值 × 执行率（最高为分值）',
    message: (a: { given: string; computed: string; rate: string; weight: string }) => `得分填写为 ${a.given}，按执行率 ${a.rate} × 分值 ${a.weight} 应为 ${a.computed}。`,
    hint: '执行率得分 = 分值 × min(执行率, 100%)。请改正得分，或让工具计算（不填）。',
  },
  E_FORM_PRODUCT: {
    title: '得分应等于系数 × 权重',
    message: (a: { column: string; given: string; computed: string; percent: string; of: string }) =>
      `${a.column}填写为 ${a.given}，按 ${a.percent} × ${a.of} 应为 ${a.computed}。`,
    hint: '改正得分或系数；得分可以不填，由工具计算。',
  },
  W_FORM_INDICATOR_SCORE: {
    title: '定量指标的得分与按完成比例计算的不一致',
    message: (a: { name: string; given: string; computed: string; target: string; actual: string }) =>
      `指标“${a.name}”得分填写为 ${a.given}，按指标值 ${a.target}、完成值 ${a.actual} 的完成比例计算为 ${a.computed}。`,
    hint: '未完成时按完成值与指标值的比例记分（正向 B/A，反向 A/B）；如有扣分理由请在原因栏说明。',
  },
  E_FORM_SCORE_OVER: {
    title: '得分不能超过分值',
    message: (a: { name: string; score: string; weight: string }) => `“${a.name}”的得分 ${a.score} 超过了分值 ${a.weight}。`,
    hint: '得分最高为该指标的分值。',
  },
  E_FORM_TOTAL: {
    title: '合计（总分）应等于各项之和',
    message: (a: { label: string; column: string; given: string; computed: string; parts?: string }) =>
      a.parts ? `${a.label}填写为 ${a.given}，应为 ${a.parts} = ${a.computed}。` : `${a.label}的${a.column}填写为 ${a.given}，各项之和为 ${a.computed}。`,
    hint: '总分 = 执行率得分 + 各指标得分之和。可以不填，由工具计算。',
  },
  E_FORM_EXPECTED_TOTAL: {
    title: '分值合计应为表上规定的数',
    message: (a: { label: string; column: string; computed: string; expected: string }) => `${a.label}的${a.column}合计为 ${a.computed}，应为 ${a.expected}。`,
    hint: '调整各指标的分值（权重），使合计等于规定数（通常为 100：执行率 10 分 + 指标 90 分）。',
  },
  W_FORM_GROUP_WEIGHT: {
    title: '一级指标的分值与规定不一致',
    message: (a: { group: string; computed: string; expected: string }) => `“${a.group}”各指标分值之和为 ${a.computed}，表上规定为 ${a.expected}。`,
    hint: '按规定，产出指标 50 分、效益指标 30 分、满意度指标 10 分；特殊情况可调整，但请说明。',
  },
  W_FORM_SPLITS_DIFFER: {
    title: '同一总额的两种分法不一致',
    message: (a: { field: string; value: string; other: string; otherValue: string }) => `${a.field}为 ${a.value}，${a.other}为 ${a.otherValue}，两者不同。`,
    hint: '表格不强制两种分法相等，但通常应相等；请核对两组数字，不同时请在说明中写明原因。',
  },
  E_FORM_SAME_FACT: {
    title: '同一个数在两张表中应相同',
    message: (a: { field: string; value: string; other: string; otherValue: string }) => `${a.field}为 ${a.value}，而${a.other}为 ${a.otherValue}；这是同一个数，应相同。`,
    hint: '核对两张表，改正填错的一处。',
  },
  E_FORM_ROW_MISSING: {
    title: '每一份表应对应另一张表中的一行',
    message: (a: { field: string; name: string; other: string; rows: string }) => `${a.field}为“${a.name}”，${a.other}中没有这一名称的行（现有：${a.rows || '无'}）。`,
    hint: '两张表中的名称应写得相同。',
  },
  E_FORM_SAME_ITEM: {
    title: '同一项目填了两份',
    message: (a: { field: string; name: string; first: number; n: number }) => `第 ${a.n} 份的${a.field}“${a.name}”与第 ${a.first} 份相同：同一项目只应有一份表。`,
    hint: '删去重复的一份；若是复制工作表后忘了改名称，请改为这一份自己的项目名称。',
  },
  W_LOW_RATE_REASON: {
    title: '预算执行率低于规定时应说明原因',
    message: (a: { rate: string; below: string }) => `预算执行率为 ${a.rate}，低于 ${a.below}%，但原因栏为空。`,
    hint: '在原因栏说明执行率未达到要求的原因（100 字以内）。',
  },
  W_ADJUSTMENT_REASON: {
    title: '年中调整预算时应说明理由',
    message: (a: { initial: string; adjusted: string }) => `年初预算 ${a.initial} 与调整后预算数 ${a.adjusted} 不同，但原因栏为空。`,
    hint: '在原因栏单独说明预算调整（追加或调减）的理由。',
  },
  E_FORM_SCORE_MISSING: {
    title: '指标的得分没有填写，也无法按完成比例算出',
    message: (a: { name: string; reason: string }) => `指标“${a.name}”的得分没有填写；${a.reason}，无法按完成比例算出，总分中没有计入这一项。`,
    hint: '请按评分标准填写得分：定性指标按达成程度给分（达成 100%—80%，部分达成 80%—60%，未达成 60%—0 的分值）；定量指标请写明同一计量单位的指标值和完成值。',
  },
  W_ACTUAL_NOT_NUMBER: {
    title: '定量指标的完成值应为数字',
    message: (a: { name: string; actual: string }) => `指标“${a.name}”是定量指标，完成值却填写为“${a.actual}”。`,
    hint: '填写实际完成的数值，以便按完成比例计算得分。',
  },
} satisfies Record<string, Entry>;

/** Why no rule gives an indicator's score, for E_FORM_SCORE_MISSING. */
export const SCORE_MISSING_REASONS = {
  qualitative: '这是定性指标（指标值或完成值不是“数字 + 计量单位”）',
  unitsDiffer: '指标值与完成值的计量单位不同',
  actualNotNumber: '指标值是数字，完成值却不是',
  actualIsRange: '完成值写成了比较式',
  unfilled: '年度指标值或实际完成值没有填写',
} as const;

export type FormRuleId = keyof typeof FORM_MESSAGES;
type Args<K extends FormRuleId> = Parameters<(typeof FORM_MESSAGES)[K]['message']>[0];

export function formMessage<K extends FormRuleId>(id: K): Entry {
  return FORM_MESSAGES[id];
}

/** A finding of the form engine, in the one finding shape. */
export function formFinding<K extends FormRuleId>(id: K, args: Args<K>, at: { path: string; where: string; expected?: string; actual?: string }): Finding {
  const entry = FORM_MESSAGES[id];
  return {
    id,
    level: id.startsWith('E_') ? 'error' : 'warning',
    path: at.path,
    where: at.where,
    message: (entry.message as (a: Args<K>) => string)(args),
    expected: at.expected,
    actual: at.actual,
    hint: entry.hint,
  };
}

const quoted = (options: readonly string[]) => mapList(options, (o) => `“${o}”`).join('');

/** The wording of a profile input's refusals (its schema and parser) and of the names the engine gives its parts. */
export const FORM_INPUT_MESSAGES = {
  notText: (title: string) => `${title}应为文字`,
  tooLong: (title: string, max: number) => `${title}太长：最多 ${max} 个字`,
  notOption: (title: string, options: readonly string[]) => `${title}应为${quoted(options)}之一`,
  /** "“定量指标”或“定性指标”"; quoted choices stand side by side without 、. */
  choiceList: (options: readonly string[]) => (options.length < 2 ? quoted(options) : `${quoted(options.slice(0, -1))}或${quoted(options.slice(-1))}`),
  chooseHint: (options: readonly string[]) => `从${quoted(options)}中选一个，一字不差地填写`,
  empty: (title: string) => `${title}不能为空`,
  notYear: (title: string) => `${title}应为四位数字的年份，如 2023`,
  yearRange: (title: string) => `${title}应在 2000 年至 2100 年之间`,
  unknownField: (key: string, profile: string) => `未知字段“${key}”（表格类型 ${profile} 中没有这一项）`,
  unknownFieldHint: '删除该字段，或检查拼写；jixiao schema --profile 可列出全部字段',
  /** A missing cell named by its title, as today's set names it ("缺少必填项“项目名称”"); the place line says which one. */
  missingNamed: (title: string) => (title ? `缺少必填项“${title}”` : '缺少必填项'),
  missingNamedHint: (title: string) => (title ? `请在此处填写“${title}”。` : '请在此处填写。'),
  invalidHint: '请按提示修改该项',
  problems: (count: number) => `输入数据有 ${count} 处问题`,
  /** A form printed once per item, named for messages: "项目支出绩效自评表（第 2 份）". */
  nthCopy: (form: string, n: number) => `${form}（第 ${n} 份）`,
  namedCopy: (form: string, name: string) => `${form}（${name}）`,
  nthItem: (n: number) => `第 ${n} 项`,
  nthRow: (n: number) => `第 ${n} 行`,
  /** The rows of a list taken together, in a sum: "各项指标得分（分）". */
  eachRow: (column: string) => `各项${column}`,
  /** Titles of the parts a definition does not name. */
  rowTitle: '行',
  nameTitle: '名称',
  profileTitle: '表格类型',
} as const;
