/**
 * Every check's wording, in one typed catalog. A rule's id must be a key here (RuleId), so a rule without a
 * message does not compile. The prefix of the id gives the level: E_ = error, W_ = warning.
 * Arguments are already formatted the way the forms print them ("22.50", "68.54%", "7").
 */

interface MessageEntry {
  /** One line saying what the rule checks, for listings and the findings page. */
  title: string;
  message: (args: never) => string;
  hint: string;
}

/** The same fact printed in two places with two values. */
const twoPlaces = (a: { fact: string; first: string; firstValue: string; second: string; secondValue: string; derived?: string }) =>
  `${a.fact}在两处不一致：${a.first}为 ${a.firstValue} 万元，${a.second}为 ${a.secondValue} 万元${a.derived ?? ''}。`;

export const MESSAGES = {
  E_CONTROL_RATE: {
    title: '控制率应等于实际在职人数 ÷ 编制数',
    message: (a: { given: string; computed: string; ofValue: string; overValue: string }) =>
      `控制率填写为 ${a.given}，按实际在职人数 ${a.ofValue} 人 ÷ 编制数 ${a.overValue} 名计算应为 ${a.computed}。`,
    hint: '控制率 = 实际在职人数 ÷ 编制数 × 100%（不含退休人员）。请改正控制率，或核对编制数与在职人数。',
  },
  E_BASIC_DATA_TOTAL: {
    title: '基础数据表各合计应等于其分项之和（逐栏）',
    message: (a: { row: string; column: string; given: string; computed: string; parts: string }) =>
      `“${a.row}”的${a.column}填写为 ${a.given} 万元，各分项之和为 ${a.computed} 万元（${a.parts}）。`,
    hint: '核对各分项或合计数，使合计等于各分项之和。',
  },
  E_THREE_PUBLIC_ROW: {
    title: '三公经费的公务接待、公车运行维护不能超过公用经费中包含它的行',
    message: (a: { row: string; column: string; value: string; other: string; otherPath: string; otherValue: string }) =>
      `三公经费中“${a.row}”的${a.column}为 ${a.value} 万元，大于公用经费中包含它的“${a.other}”（${a.otherPath}）${a.otherValue} 万元。`,
    hint: '三公经费是公用经费的一部分：公务接待不能超过“公务接待费、邮电费”行，公车运行维护不能超过“公车运行费及其他交通费”行。请核对这两处。',
  },
  W_THREE_PUBLIC_OVER_BUDGET: {
    title: '“三公”经费决算超过年初预算',
    message: (a: { actual: string; budget: string }) => `“三公”经费年终决算 ${a.actual} 万元，超过年初预算 ${a.budget} 万元。`,
    hint: '请在“三公”经费控制情况中说明超支原因，并核对“控制在预算范围之内”一类表述。',
  },
  E_FUNDS_TOTAL: {
    title: '自评表资金总额应等于按收入性质分各项之和',
    message: (a: { given: string; computed: string; parts: string }) =>
      `资金总额填写为 ${a.given} 万元，按收入性质分各项之和为 ${a.computed} 万元（${a.parts}）。`,
    hint: '资金总额 = 公共财政拨款 + 政府性基金拨款 + 纳入专户管理的非税收拨款 + 其他资金。',
  },
  W_EXPENSE_SPLIT: {
    title: '自评表按支出性质分之和应等于资金总额',
    message: (a: { total: string; computed: string; parts: string }) =>
      `按支出性质分各项之和为 ${a.computed} 万元（${a.parts}），与资金总额 ${a.total} 万元不一致。`,
    hint: '按支出性质分与按收入性质分应是同一笔资金（预算口径）。若此处填的是决算数，请改为预算数，或在报告中说明口径。',
  },
  E_EXECUTION_RATE: {
    title: '执行率应等于执行数 ÷ 预算数',
    message: (a: { what: string; given: string; computed: string; executed: string; budget: string }) =>
      `${a.what}填写为 ${a.given}，按执行数 ${a.executed} 万元 ÷ 预算数 ${a.budget} 万元计算应为 ${a.computed}。`,
    hint: '执行率 = 全年执行数 ÷ 全年预算数 × 100%，保留两位小数。请改正执行率，或核对两个金额。',
  },
  E_EXECUTION_SCORE: {
    title: '执行率得分应等于分值 × 执行率（最高 100%）',
    message: (a: { what: string; given: string; computed: string; weight: string; rate: string }) =>
      `${a.what}填写为 ${a.given} 分，按分值 ${a.weight} × 执行率 ${a.rate}（超过 100% 按 100% 计）应为 ${a.computed} 分。`,
    hint: '执行率得分 = 分值 × 执行率（执行率超过 100% 按 100% 计），按表上得分的小数位数四舍五入。',
  },
  E_PROJECT_FUNDS_TOTAL: {
    title: '项目年度资金总额应等于其中各行之和（逐栏）',
    message: (a: { project: string; column: string; given: string; computed: string; parts: string }) =>
      `项目“${a.project}”年度资金总额的${a.column}填写为 ${a.given} 万元，其中各行之和为 ${a.computed} 万元（${a.parts}）。`,
    hint: '年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金。',
  },
  E_NARRATIVE_TOTAL: {
    title: '报告正文中的合计应等于其组成之和',
    message: (a: { total: string; given: string; computed: string; parts: string }) =>
      `报告中${a.total}为 ${a.given} 万元，${a.parts}之和为 ${a.computed} 万元。`,
    hint: '支出决算数 = 基本支出 + 项目支出；基本支出 = 人员经费 + 日常公用经费；“三公”经费 = 四项之和。',
  },
  E_SCORE_OVER_WEIGHT: {
    title: '得分不能超过分值',
    message: (a: { what: string; score: string; weight: string }) => `${a.what}得分 ${a.score} 超过分值 ${a.weight}。`,
    hint: '得分最高为该项分值。',
  },
  E_SCORE_MISSING: {
    title: '无法按规则计算的指标必须填写得分',
    message: (a: { what: string; reason: string }) => `${a.what}没有填写得分，且无法按规则计算（${a.reason}）。`,
    hint: '定性指标按达成程度评分：达成 80%–100%（含 80%），部分达成 60%–80%，未达成 0–60%。',
  },
  W_LEVEL1_WEIGHTS: {
    title: '一级指标分值应符合标准分配',
    message: (a: { form: string; level1: string; weight: string; standard: string; layout: string; usual: string }) =>
      `${a.form}中“${a.level1}”的三级指标分值之和为 ${a.weight}，标准分值为 ${a.standard}（${a.layout}）。` +
      (a.usual ? `本表其他行把这个一级指标写作“${a.usual}”：写法不同，被当成了两个一级指标，分开印、分开计算分值，请统一写法。` : ''),
    hint: '财预〔2020〕10号：产出 50、效益 30、满意度 10、预算执行率 10；部门整体表可把满意度并入效益（40）。特殊情况可以调整，但合计仍为 100，并应说明理由。',
  },
  E_WEIGHT_TOTAL: {
    title: '指标分值合计加执行率分值应为 100',
    message: (a: { form: string; indicators: string; execution: string; total: string }) =>
      `${a.form}的指标分值合计 ${a.indicators} 加执行率分值 ${a.execution}，共 ${a.total}，应为 100。`,
    hint: '调整各三级指标的分值，使总分为 100（一般为指标 90 + 执行率 10）。',
  },
  E_WEIGHT_SUM: {
    title: '合计行分值应等于各指标分值之和',
    message: (a: { form: string; given: string; computed: string }) => `${a.form}合计行分值填写为 ${a.given}，各指标分值之和为 ${a.computed}。`,
    hint: '核对各指标的分值或合计行。',
  },
  E_SCORE_SUM: {
    title: '合计行得分应等于各指标得分之和',
    message: (a: { form: string; given: string; computed: string }) =>
      `${a.form}合计行得分填写为 ${a.given}，各指标得分（按表上印出的数）之和为 ${a.computed}。`,
    hint: '核对各指标的得分或合计行。',
  },
  E_QUANT_SCORE: {
    title: '定量指标得分应符合评分规则（达成得满分，未达成按比例）',
    message: (a: { indicator: string; target: string; actual: string; rule: string; weight: string; given: string; computed: string }) =>
      `“${a.indicator}”年度指标值 ${a.target}，实际完成 ${a.actual}，${a.rule}，分值 ${a.weight} 应得 ${a.computed} 分，填写为 ${a.given} 分。`,
    hint: '正向指标（≥、=）得分 = 分值 × 实际 ÷ 目标；反向指标（≤）得分 = 分值 × 目标 ÷ 实际；最多得满分。',
  },
  W_MET_NOT_FULL: {
    title: '达成目标的定量指标未得满分且未说明原因',
    message: (a: { indicator: string; target: string; actual: string; weight: string; given: string }) =>
      `“${a.indicator}”已达成年度指标值（目标 ${a.target}，实际 ${a.actual}），按规则应得满分 ${a.weight}，填写为 ${a.given} 分，且没有偏差原因。`,
    hint: '达成目标一般给满分；若因目标定得过低而扣分，请在“偏差原因分析及改进措施”中说明。',
  },
  W_SHORTFALL_REASON: {
    title: '未达成目标的定量指标应填写偏差原因',
    message: (a: { indicator: string; target: string; actual: string }) =>
      `“${a.indicator}”未达成年度指标值（目标 ${a.target}，实际 ${a.actual}），但“偏差原因分析及改进措施”为空。`,
    hint: '请说明未达成的原因和改进措施。',
  },
  W_QUALITATIVE_REASON: {
    title: '得分低于分值 80% 的定性指标应填写偏差原因',
    message: (a: { indicator: string; score: string; weight: string; share: string }) =>
      `定性指标“${a.indicator}”得分 ${a.score}（分值 ${a.weight}，得分率 ${a.share}），低于 80% 表示未完全达成，但“偏差原因分析及改进措施”为空。`,
    hint: '请说明未完全达成的原因和改进措施。',
  },
  E_CROSS_PROJECT_EXPENDITURE: {
    title: '项目支出在报告、基础数据表、自评表中应一致',
    message: twoPlaces,
    hint: '同一个数只能有一个值：报告中的项目支出、基础数据表项目支出本年决算数、自评表按支出性质分的项目支出应相同。',
  },
  E_CROSS_BASIC_EXPENDITURE: {
    title: '基本支出在报告、基础数据表、自评表中应一致',
    message: twoPlaces,
    hint: '报告中的基本支出、基础数据表部门基本支出本年决算数、自评表按支出性质分的基本支出应相同。',
  },
  E_CROSS_PUBLIC_FUNDS: {
    title: '日常公用经费在报告与基础数据表中应一致',
    message: twoPlaces,
    hint: '报告中的日常公用经费应等于基础数据表公用经费的本年决算数。',
  },
  E_CROSS_THREE_PUBLIC: {
    title: '“三公”经费在报告与基础数据表中应一致（合计与各项）',
    message: twoPlaces,
    hint: '报告中的“三公”经费年初预算、年终决算及各项应等于基础数据表三公经费的本年预算数、本年决算数。',
  },
  E_CROSS_EXECUTED: {
    title: '自评表执行数应等于报告中的支出决算数',
    message: twoPlaces,
    hint: '部门整体支出的执行数就是当年支出决算数。',
  },
  E_PROJECT_ROW: {
    title: '项目自评表的全年执行数应等于基础数据表中该项目的本年决算数',
    message: (a: { project: string; row: string; rowPath: string; executed: string; rowValue: string }) =>
      `项目“${a.project}”自评表全年执行数为 ${a.executed} 万元，基础数据表项目行“${a.row}”本年决算数（${a.rowPath}）为 ${a.rowValue} 万元。`,
    hint: '同一项目的金额在两张表中应相同。',
  },
  E_PROJECT_ROW_MISSING: {
    title: '每个项目自评表应对应基础数据表中的一个项目行',
    message: (a: { project: string; row: string; rows: string }) =>
      `项目“${a.project}”在基础数据表中找不到名为“${a.row}”的项目行（现有：${a.rows}）。`,
    hint: '项目名称应与基础数据表一致；两处名称写法不同时，用“基础数据表中的项目行名称”一项写明对应的行。',
  },
  W_PROJECT_ROW_BUDGET: {
    title: '项目自评表的预算数应等于基础数据表中该项目的本年预算数',
    message: (a: { project: string; row: string; rowBudget: string; fundsPath: string; initial: string; budget: string }) =>
      `项目“${a.project}”基础数据表项目行“${a.row}”本年预算数为 ${a.rowBudget} 万元，自评表（${a.fundsPath}）年初预算数为 ${a.initial} 万元、全年预算数为 ${a.budget} 万元，都不相同。`,
    hint: '核对两张表中该项目的预算数；年中调整过预算的，请在报告中说明。',
  },
  W_PROJECT_USE: {
    title: '报告中的项目支出用途应涵盖基础数据表中的全部项目',
    message: (a: { use: string; total: string; mentioned: string; missing: string }) =>
      `报告称项目支出 ${a.total} 万元用于“${a.use}”，只提到了${a.mentioned}，没有提到基础数据表中的${a.missing}。`,
    hint: '请在“项目支出情况”中写明全部项目及其金额，或改用能涵盖全部项目的表述。',
  },
  W_INDICATOR_ACROSS_FORMS: {
    title: '部门整体指标的完成值不应少于同名项目指标的完成值',
    message: (a: { indicator: string; actual: string; project: string; projectIndicator: string; projectPath: string; projectActual: string }) =>
      `部门整体自评表“${a.indicator}”实际完成 ${a.actual}，少于项目“${a.project}”自评表中“${a.projectIndicator}”（${a.projectPath}）的实际完成 ${a.projectActual}；部门整体的完成数应包含各项目的完成数。`,
    hint: '核对两张表中该指标的实际完成值。',
  },
  W_YEAR_MISMATCH: {
    title: '指标和目标中写的年份应为本年度',
    message: (a: { what: string; text: string; year: string; expected: string }) => `${a.what}写的是“${a.text}”，其中的 ${a.year} 年不是本报告的年度 ${a.expected} 年。`,
    hint: '沿用上年表格时请更新年份。',
  },
  W_UNIT_NAME: {
    title: '落款单位名称应与单位名称一致',
    message: (a: { closing: string; unit: string }) => `报告落款单位名称“${a.closing}”与单位名称“${a.unit}”不一致。`,
    hint: '落款应使用单位全称。',
  },
  W_TEXT_DRIFT: {
    title: '报告与自评表中几乎相同的文字应完全一致',
    message: (a: { first: string; second: string; firstDiff: string; secondDiff: string }) =>
      `${a.first}与${a.second}几乎相同，但有一处不同：“${a.firstDiff}”对“${a.secondDiff}”。`,
    hint: '同一条职责在报告和自评表中应写法一致，请确认哪一处是对的并统一。',
  },
} as const satisfies Record<string, MessageEntry>;

export type RuleId = keyof typeof MESSAGES;
export type MessageArgs<K extends RuleId> = Parameters<(typeof MESSAGES)[K]['message']>[0];

export function messageOf<K extends RuleId>(id: K, args: MessageArgs<K>): string {
  return (MESSAGES[id].message as (a: MessageArgs<K>) => string)(args);
}

/** Labels the checks put into messages. */
export const LABELS = {
  columns: { previousActual: (y: number) => `${y - 1}年决算数`, budget: (y: number) => `${y}年预算数`, actual: (y: number) => `${y}年决算数` },
  departmentForm: '部门整体支出绩效目标自评表',
  projectForm: (name: string) => `项目支出绩效自评表“${name}”`,
  departmentRate: '部门整体资金执行率',
  departmentScore: '部门整体资金执行率得分',
  projectRate: (name: string, row: string) => `项目“${name}”${row}执行率`,
  projectScore: (name: string, row: string) => `项目“${name}”${row}执行率得分`,
  indicator: (form: string, name: string) => `${form}指标“${name}”`,
  indicatorField: (form: string, name: string, field: string) => `${form}指标“${name}”的${field}`,
  goalField: (form: string, field: string) => `${form}的${field}`,
  listJoin: '、',
  /** A project of the 基础数据表 named in a list: “name”（22.50 万元）. */
  projectAmount: (name: string, amount: string) => `“${name}”（${amount} 万元）`,
  met: '已达成，应得满分',
  shortfallForward: '未达成，按 实际 ÷ 目标 比例计分',
  shortfallReverse: '未达成（反向指标），按 目标 ÷ 实际 比例计分',
  qualitative: '定性指标',
  unitsDiffer: '年度指标值与实际完成值的计量单位不同',
  actualIsRange: '实际完成值写成了范围（如“≥95%”），不是一个确定的数',
  plus: ' + ',
  /** After a value nobody typed: what it was worked out from. */
  derivedFrom: (sources: string) => `（此数未填写，由 ${sources} 推算）`,
  /** A finding moved to the other place compared: the one that disagrees with everything else. */
  blameMoved: (where: string) => ` 其他相关数字都与另一处一致，多半是“${where}”填错了。`,
  /** A total's finding moved to the one part whose correction agrees with everything else. */
  blamePart: (where: string) => ` 合计与其他相关数字一致；各分项中只有改正“${where}”能使各处都一致，多半是它填错了。`,
  /** A correction that would break figures that agree now: no 应为, and what it would break. */
  blameKeptTotal: (value: string, consequence: string) => ` 若改为 ${value}，${consequence}，所以合计多半没有填错：请先核对各分项。`,
  blameKept: (value: string, consequence: string) => ` 若只把这里改为 ${value}，${consequence}：请一并核对这几处，找出真正填错的一处。`,
  /** What a correction would break: other places, and relations at the finding's own place (by their titles). */
  consequence: (places: readonly string[], relations: readonly string[]) =>
    [places.length && `${places.join(LABELS.listJoin)}会随之不一致`, relations.length && `${places.length ? '本处也将' : '本处将'}不符合“${relations.join('”“')}”`].filter(Boolean).join('，'),
  none: '无',
  /** A cell's value where none was typed. */
  blank: '（未填写）',
} as const;

/** Warnings for list entries printed other than typed (model/typing.ts). */
export const TYPING = {
  numbering: {
    id: 'W_LIST_NUMBER',
    message: (typed: string, items: string[]) => `条目“${typed}”开头的编号已去掉，印为“${items[0]}”：表格和报告会自动按顺序编号，自己写的编号会印成“1、1、”。`,
    hint: '条目开头不必写编号（1、 1. （1） ① 一、 等）；顺序按填写的先后。',
  },
  split: {
    id: 'W_LIST_SPLIT',
    message: (typed: string, items: string[]) => `一格里填了 ${items.length} 条（“${typed}”），已拆成 ${items.length} 条分别印出：${items.join('｜')}。`,
    hint: '每条单独填一格（一行）；工作簿中可插入行。若拆分不对，请按条目分开填写。',
  },
  itemJoin: '｜',
} as const;

/** Wording of the reviewer's findings page (jixiao build --with-findings). */
export const FINDINGS_PAGE = {
  title: '审核意见（不属于签报文件）',
  fileName: (unitName: string, year: number) => `${unitName}-${year}年度-审核意见（不属于签报文件）`,
  subtitle: (unitName: string, year: number) => `${unitName}　${year}年度部门整体支出绩效自评报告`,
  notice: '本页由 jixiao 根据数据文件自动检查生成，列出各文件之间、合计与分项之间不一致之处，供审核人员参考。本页不属于签报文件，不随报告报送。',
  columns: ['序号', '级别', '位置', '问题'],
  levels: { error: '错误', warning: '警告' },
  expected: '应为：',
  actual: '实际：',
  hint: '建议：',
  none: '未发现不一致。',
  forced: (errors: number) => `注意：检查发现 ${errors} 个错误，本套报告是强制生成的（--force），改正前不宜签报。`,
} as const;

/** What `jixiao build` says about the checks it runs first. */
export const BUILD_GATE = {
  stopped: '检查发现错误，未生成任何文件。请改正后重新生成；确需先出一版供核对时，加 --force 强制生成。',
  forced: (errors: number) => `已按 --force 强制生成：检查发现 ${errors} 个错误，改正前不宜签报。`,
  warningsOnly: '仅有警告，继续生成；请逐条核对。',
  missingGlyphs: '字体缺字：改用常用字，或加 --allow-missing-glyphs 照原样生成（缺的字显示为方框）。未生成 PDF。',
} as const;
