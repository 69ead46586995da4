import { z } from 'zod';
import { measure } from './measure.js';
import { blank, count, isoDate, list, money, name, optionalMoney, optionalPercent, optionalPoints, optionalText, points, standardPoints, text, textList } from './primitives.js';
import { PROSE_MONEY, PROSE_ZERO, standards } from './standards.js';
import { tidyLines, tidyPhrases } from './typing.js';

/** The three money columns of the 基础数据表: (Y−1)年决算数 | Y年预算数 | Y年决算数. */
export const MoneyColumnsSchema = z
  .object({
    previousActual: optionalMoney('上年决算数'),
    budget: optionalMoney('本年预算数'),
    actual: optionalMoney('本年决算数'),
  })
  .strict()
  .meta({ title: '三栏金额' });

const row = (title: string) => MoneyColumnsSchema.meta({ title });

const StaffingSchema = z
  .object({
    authorized: count('编制数'),
    actual: count('实际在职人数'),
    controlRate: optionalPercent('控制率'),
  })
  .strict()
  .meta({ title: '财政供养人员情况' });

/** 公用经费 and its fixed sub-rows, as on the Hunan form. */
const PublicFundsSchema = z
  .object({
    total: row('公用经费合计'),
    office: row('办公经费'),
    utilitiesTravel: row('水费、电费、差旅费'),
    meetingsTraining: row('会议费、培训费'),
    receptionPostal: row('公务接待费、邮电费'),
    otherGoodsServices: row('党建、工会经费、委托业务费、劳务费、维修(护)费、租赁费及其他商品和服务支出'),
    vehicleTransport: row('公车运行费及其他交通费'),
    equipment: row('设备购置费'),
    printing: row('印刷费'),
  })
  .strict()
  .meta({ title: '公用经费' });

const ThreePublicSchema = z
  .object({
    total: row('三公经费合计'),
    vehicles: row('公务用车购置和维护经费'),
    vehiclePurchase: row('公车购置'),
    vehicleOperation: row('公车运行维护'),
    abroad: row('出国经费'),
    reception: row('公务接待'),
  })
  .strict()
  .meta({ title: '三公经费' });

const ProjectRowSchema = z
  .object({ name: text('项目名称'), amounts: row('金额') })
  .strict()
  .meta({ title: '项目' });

const ProjectGroupSchema = (title: string) =>
  z
    .object({ total: row(`${title}小计`), projects: list(ProjectRowSchema, '项目').default([]) })
    .strict()
    .meta({ title });

export const BasicDataSchema = z
  .object({
    staffing: StaffingSchema,
    basicExpenditure: row('部门基本支出'),
    personnel: row('人员经费').optional(),
    publicFunds: PublicFundsSchema,
    threePublic: ThreePublicSchema,
    projectExpenditure: z
      .object({
        total: row('项目支出合计'),
        business: ProjectGroupSchema('业务工作专项'),
        operation: ProjectGroupSchema('运行维护专项'),
        citySpecial: ProjectGroupSchema('市级专项资金'),
      })
      .strict()
      .meta({ title: '项目支出' }),
    procurement: row('政府采购金额'),
    frugalityMeasures: textList('措施', '厉行节约保障措施'),
    note: optionalText('说明'),
  })
  .strict()
  .meta({ title: '部门整体支出绩效评价基础数据表' });

export const IndicatorSchema = z
  .object({
    level1: text('一级指标'),
    level2: text('二级指标'),
    name: text('三级指标'),
    target: measure('年度指标值'),
    actual: measure('实际完成值'),
    weight: points('分值'),
    score: optionalPoints('得分'),
    deviation: optionalText('偏差原因分析及改进措施'),
  })
  .strict()
  .meta({ title: '绩效指标' });

const TotalRowSchema = z
  .object({ weight: optionalPoints('分值合计'), score: optionalPoints('得分合计') })
  .strict()
  .meta({ title: '合计行' });

export const DepartmentEvaluationSchema = z
  .object({
    funds: z
      .object({
        total: optionalMoney('资金总额'),
        byIncome: z
          .object({
            generalPublic: optionalMoney('公共财政拨款'),
            governmentFund: optionalMoney('政府性基金拨款'),
            specialAccount: optionalMoney('纳入专户管理的非税收拨款'),
            other: optionalMoney('其他资金'),
          })
          .strict()
          .meta({ title: '按收入性质分' }),
        byExpense: z
          .object({ basic: optionalMoney('基本支出'), project: optionalMoney('项目支出') })
          .strict()
          .meta({ title: '按支出性质分' }),
        executed: money('执行数'),
        executionRate: optionalPercent('资金执行率'),
        weight: standardPoints('分值', () => standards().executionRateWeight),
        score: optionalPoints('得分'),
      })
      .strict()
      .meta({ title: '年度预算申请' }),
    duties: textList('职责', '部门履职概述'),
    overallTarget: text('整体绩效目标'),
    indicators: list(IndicatorSchema, '绩效指标').min(1, '至少要有一个绩效指标'),
    total: TotalRowSchema.optional(),
  })
  .strict()
  .meta({ title: '部门整体支出绩效目标自评表' });

const ProjectFundsRowSchema = z
  .object({
    initialBudget: optionalMoney('年初预算数'),
    budget: optionalMoney('全年预算数'),
    executed: optionalMoney('全年执行数'),
    weight: optionalPoints('分值'),
    executionRate: optionalPercent('执行率'),
    score: optionalPoints('得分'),
  })
  .strict();

export const ProjectEvaluationSchema = z
  .object({
    name: name('项目名称'),
    basicDataRow: optionalText('基础数据表中的项目行名称'),
    supervisor: text('主管部门'),
    /** 实施单位: blank is the unit itself, as on almost every form. */
    implementer: optionalText('实施单位'),
    funds: z
      .object({
        total: ProjectFundsRowSchema.meta({ title: '年度资金总额' }),
        currentYear: ProjectFundsRowSchema.optional().meta({ title: '当年财政拨款' }),
        carryover: ProjectFundsRowSchema.optional().meta({ title: '上年结转资金' }),
        other: ProjectFundsRowSchema.optional().meta({ title: '其他资金' }),
      })
      .strict()
      .meta({ title: '项目资金' }),
    goals: z
      .object({ planned: text('年度目标'), achieved: text('实际完成情况') })
      .strict()
      .meta({ title: '年度总体目标' }),
    indicators: list(IndicatorSchema, '绩效指标').min(1, '至少要有一个绩效指标'),
    total: TotalRowSchema.optional(),
  })
  .strict()
  .meta({ title: '项目支出绩效自评表' });

const ThreePublicNarrativeSchema = z
  .object({
    openingBudget: optionalMoney('“三公”经费年初预算数'),
    actual: optionalMoney('“三公”经费年终决算数'),
    abroad: optionalMoney('因公出国（境）费'),
    vehiclePurchase: optionalMoney('公务用车购置费'),
    vehicleOperation: optionalMoney('公务用车运行维护费'),
    reception: optionalMoney('公务接待费'),
  })
  .strict()
  .meta({ title: '“三公”经费' });

/** Figures the narrative states; any left out are taken from the tables. Kept as published so checks can compare. */
const NarrativeFiguresSchema = z
  .object({
    incomeTotal: money('收入决算总额'),
    expenditureTotal: optionalMoney('支出决算数'),
    projectExpenditure: optionalMoney('项目支出'),
    basicExpenditure: optionalMoney('基本支出'),
    personnel: money('人员经费'),
    publicFunds: optionalMoney('日常公用经费'),
    threePublic: ThreePublicNarrativeSchema.default({}),
  })
  .strict()
  .meta({ title: '报告中的收支数' });

export const NarrativeSchema = z
  .object({
    functions: z
      .object({ intro: text('职能导语'), items: textList('职能', '职能条目').min(1, '至少要有一条职能') })
      .strict()
      .meta({ title: '部门职能' }),
    organization: z
      .object({
        status: text('单位性质'),
        establishmentKind: text('编制类别'),
        posts: text('领导职数'),
        divisions: textList('科室', '内设科室', tidyPhrases),
        retired: count('退休人员'),
      })
      .strict()
      .meta({ title: '机构设置及人员情况' }),
    figures: NarrativeFiguresSchema,
    personnelUses: textList('用途', '人员经费用途', tidyLines),
    publicFundsUses: textList('用途', '日常公用经费用途', tidyLines),
    threePublicControl: text('“三公”经费控制情况'),
    projectUse: text('项目支出用途'),
    governmentFunds: text('政府性基金预算支出情况'),
    assetManagement: text('资产管理情况'),
    performance: text('部门整体支出绩效情况'),
    problems: text('存在的主要问题'),
    improvements: textList('措施', '下一步改进措施').min(1, '至少要有一条改进措施'),
    otherMatters: text('其他需要说明的情况'),
    closingUnitName: optionalText('落款单位名称'),
    selfReference: z.string().trim().min(1).default('我单位').meta({ title: '自称', description: '正文中单位的自称，如“我中心”“我局”' }),
  })
  .strict()
  .meta({ title: '自评报告' });

const DisplaySchema = z
  .object({
    scoreDecimals: z.number().int().min(0).max(2).default(0).meta({ title: '得分小数位数' }),
    // Blank: the template's setting (templates/standards.yaml), read when the narrative is composed.
    proseMoney: z.union([blank, z.enum(PROSE_MONEY)]).optional().meta({ title: '正文金额写法' }),
    proseZero: z.union([blank, z.enum(PROSE_ZERO)]).optional().meta({ title: '正文零金额写法' }),
  })
  .strict()
  .default({ scoreDecimals: 0 })
  .meta({ title: '显示设置' });

// A file path, or a picture embedded in the workbook's cell (read as a PNG data URI).
const pngPath = (title: string) =>
  z
    .string()
    .trim()
    .regex(/(\.png$)|(^data:image\/png;base64,)/i, '应为 PNG 图片文件的路径（以 .png 结尾）')
    .optional()
    .meta({ title, description: '相对于数据文件所在文件夹，或绝对路径' });

/** Scanned signatures and the seal, placed at their lines on the printed report. */
const SignatureImagesSchema = z
  .object({
    principal: pngPath('主要负责人签名图片'),
    preparer: pngPath('填表人签名图片'),
    unitHead: pngPath('单位负责人签名图片'),
    seal: pngPath('单位印章图片'),
  })
  .strict()
  .meta({ title: '签名与印章图片' });

/**
 * What each signature line prints after its label: the typed name (with the signature image over it when one is
 * given), a blank line to sign by hand, or the signature image alone.
 */
/** The words a clerk types for each choice (the workbook offers them in a drop-down). */
export const SIGNATURE_WORDS: Record<string, 'name' | 'blank' | 'image'> = { 姓名: 'name', 留空: 'blank', 图片: 'image' };
const signatureLine = (title: string) =>
  z
    .preprocess((v) => (typeof v === 'string' ? (SIGNATURE_WORDS[v.trim()] ?? v.trim()) : v), z.enum(['name', 'blank', 'image'], { error: `${title}应填“姓名”“留空”或“图片”` }))
    .default('name')
    .meta({ title });

const SignatureLinesSchema = z
  .object({
    principal: signatureLine('主要负责人签字处'),
    preparer: signatureLine('填表人签字处'),
    unitHead: signatureLine('单位负责人签字处'),
  })
  .strict()
  .default({ principal: 'name', preparer: 'name', unitHead: 'name' })
  .meta({ title: '签字处印什么' });

export const ReportInputSchema = z
  .object({
    $schema: z.string().optional(),
    unit: z.object({ name: name('单位名称') }).strict().meta({ title: '单位' }),
    year: z.number({ error: '年度应为四位数字' }).int().min(2000, '年度应在 2000 年以后').max(2100, '年度应在 2100 年以前').meta({ title: '年度' }),
    reportDate: isoDate('报告日期'),
    formDate: isoDate('填表日期'),
    contacts: z
      .object({
        preparer: text('填表人'),
        phone: text('联系电话'),
        principal: optionalText('主要负责人'),
        unitHead: optionalText('单位负责人'),
        images: SignatureImagesSchema.optional(),
        signatureLines: SignatureLinesSchema,
      })
      .strict()
      .superRefine((c, ctx) => {
        for (const role of ['principal', 'preparer', 'unitHead'] as const) {
          if (c.signatureLines[role] === 'image' && !c.images?.[role]) {
            ctx.addIssue({ code: 'custom', path: ['signatureLines', role], message: '签字处选了印签名图片，但没有给出签名图片文件（签名与印章图片）' });
          }
        }
      })
      .meta({ title: '签字与联系' }),
    display: DisplaySchema,
    narrative: NarrativeSchema,
    basicData: BasicDataSchema,
    departmentEvaluation: DepartmentEvaluationSchema,
    projectEvaluations: list(ProjectEvaluationSchema, '项目支出绩效自评表'),
  })
  .strict()
  .meta({ title: '部门整体支出绩效自评数据' });

export type ReportInput = z.output<typeof ReportInputSchema>;
export type ReportInputRaw = z.input<typeof ReportInputSchema>;
export type MoneyColumns = z.output<typeof MoneyColumnsSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type ProjectEvaluation = z.output<typeof ProjectEvaluationSchema>;
export type DepartmentEvaluation = z.output<typeof DepartmentEvaluationSchema>;
export type BasicData = z.output<typeof BasicDataSchema>;
export type Narrative = z.output<typeof NarrativeSchema>;
export type ProjectFundsRow = z.output<typeof ProjectFundsRowSchema>;
