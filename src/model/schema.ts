import * as z from 'zod';
import { measure } from './measure.js';
import { SCHEMA_MESSAGES } from './messages.js';
import { blank, count, isoDate, year, list, money, name, optionalMoney, optionalPercent, optionalPoints, optionalText, points, standardPoints, text, textList, titled } from './primitives.js';
import { PROSE_MONEY, PROSE_ZERO, standards } from './standards.js';
import { description, proseMoneyWords, schemaDefault, signatureWords, title as t } from './titles.js';
import { tidyLines, tidyPhrases } from './typing.js';

/** The three money columns of the 基础数据表: (Y−1)年决算数 | Y年预算数 | Y年决算数. */
export const MoneyColumnsSchema = titled(
  z.strictObject({
    previousActual: optionalMoney(t('previousActual')),
    budget: optionalMoney(t('budgetYear')),
    actual: optionalMoney(t('actualYear')),
  }),
  { title: t('moneyColumns') },
);

const row = (title: string) => MoneyColumnsSchema.meta({ title });

const StaffingSchema = titled(
  z.strictObject({
    authorized: count(t('authorized')),
    actual: count(t('actualStaff')),
    controlRate: optionalPercent(t('controlRate')),
  }),
  { title: t('staffing') },
);

/** 公用经费 and its fixed sub-rows, as on the Hunan form. */
const PublicFundsSchema = titled(
  z.strictObject({
    total: row(t('publicFundsTotal')),
    office: row(t('office')),
    utilitiesTravel: row(t('utilitiesTravel')),
    meetingsTraining: row(t('meetingsTraining')),
    receptionPostal: row(t('receptionPostal')),
    otherGoodsServices: row(t('otherGoodsServices')),
    vehicleTransport: row(t('vehicleTransport')),
    equipment: row(t('equipment')),
    printing: row(t('printing')),
  }),
  { title: t('publicFunds') },
);

const ThreePublicSchema = titled(
  z.strictObject({
    total: row(t('threePublicTotal')),
    vehicles: row(t('vehicles')),
    vehiclePurchase: row(t('vehiclePurchase')),
    vehicleOperation: row(t('vehicleOperation')),
    abroad: row(t('abroad')),
    reception: row(t('reception')),
  }),
  { title: t('threePublic') },
);

const ProjectRowSchema = titled(z.strictObject({ name: text(t('projectName')), amounts: row(t('amounts')) }), { title: t('project') });

const ProjectGroupSchema = (title: string, totalTitle: string) =>
  titled(z.strictObject({ total: row(totalTitle), projects: list(ProjectRowSchema, t('project')).default([]) }), { title });

export const BasicDataSchema = titled(
  z.strictObject({
    staffing: StaffingSchema,
    basicExpenditure: row(t('basicExpenditure')),
    personnel: row(t('personnel')).optional(),
    publicFunds: PublicFundsSchema,
    threePublic: ThreePublicSchema,
    projectExpenditure: titled(
      z.strictObject({
        total: row(t('projectExpenditureTotal')),
        business: ProjectGroupSchema(t('business'), t('businessTotal')),
        operation: ProjectGroupSchema(t('operation'), t('operationTotal')),
        citySpecial: ProjectGroupSchema(t('citySpecial'), t('citySpecialTotal')),
      }),
      { title: t('projectExpenditure') },
    ),
    procurement: row(t('procurement')),
    frugalityMeasures: textList(t('measure'), t('frugalityMeasures')),
    note: optionalText(t('note')),
  }),
  { title: t('basicData') },
);

export const IndicatorSchema = titled(
  z.strictObject({
    level1: text(t('level1')),
    level2: text(t('level2')),
    name: text(t('level3')),
    target: measure(t('target')),
    actual: measure(t('actual')),
    weight: points(t('weight')),
    score: optionalPoints(t('score')),
    deviation: optionalText(t('deviation')),
  }),
  { title: t('indicators') },
);

const TotalRowSchema = titled(z.strictObject({ weight: optionalPoints(t('totalWeight')), score: optionalPoints(t('totalScore')) }), { title: t('totalRow') });

export const DepartmentEvaluationSchema = titled(
  z.strictObject({
    funds: titled(
      z.strictObject({
        total: optionalMoney(t('fundsTotal')),
        byIncome: titled(
          z.strictObject({
            generalPublic: optionalMoney(t('generalPublic')),
            governmentFund: optionalMoney(t('governmentFund')),
            specialAccount: optionalMoney(t('specialAccount')),
            other: optionalMoney(t('otherFunds')),
          }),
          { title: t('byIncome') },
        ),
        byExpense: titled(z.strictObject({ basic: optionalMoney(t('basic')), project: optionalMoney(t('projectExpenditure')) }), { title: t('byExpense') }),
        executed: money(t('executed')),
        executionRate: optionalPercent(t('executionRate')),
        weight: standardPoints(t('weight'), () => standards().executionRateWeight),
        score: optionalPoints(t('score')),
      }),
      { title: t('budgetRequest') },
    ),
    duties: textList(t('duty'), t('duties')),
    overallTarget: text(t('overallTarget')),
    indicators: list(IndicatorSchema, t('indicators')).min(1),
    total: TotalRowSchema.optional(),
  }),
  { title: t('departmentEvaluation') },
);

const ProjectFundsRowSchema = z.strictObject({
  initialBudget: optionalMoney(t('initialBudget')),
  budget: optionalMoney(t('budget')),
  executed: optionalMoney(t('executedYear')),
  weight: optionalPoints(t('weight')),
  executionRate: optionalPercent(t('projectExecutionRate')),
  score: optionalPoints(t('score')),
});

export const ProjectEvaluationSchema = titled(
  z.strictObject({
    name: name(t('projectName')),
    basicDataRow: optionalText(t('basicDataRow')),
    supervisor: text(t('supervisor')),
    /** 实施单位: blank is the unit itself, as on almost every form. */
    implementer: optionalText(t('implementer')),
    funds: titled(
      z.strictObject({
        total: ProjectFundsRowSchema.meta({ title: t('fundsRowTotal') }),
        currentYear: ProjectFundsRowSchema.optional().meta({ title: t('currentYear') }),
        carryover: ProjectFundsRowSchema.optional().meta({ title: t('carryover') }),
        other: ProjectFundsRowSchema.optional().meta({ title: t('otherFunds') }),
      }),
      { title: t('projectFunds') },
    ),
    goals: titled(z.strictObject({ planned: text(t('planned')), achieved: text(t('achieved')) }), { title: t('goals') }),
    indicators: list(IndicatorSchema, t('indicators')).min(1),
    total: TotalRowSchema.optional(),
  }),
  { title: t('projectEvaluation') },
);

const ThreePublicNarrativeSchema = titled(
  z.strictObject({
    openingBudget: optionalMoney(t('threePublicOpening')),
    actual: optionalMoney(t('threePublicActual')),
    abroad: optionalMoney(t('abroadNarrative')),
    vehiclePurchase: optionalMoney(t('vehiclePurchaseNarrative')),
    vehicleOperation: optionalMoney(t('vehicleOperationNarrative')),
    reception: optionalMoney(t('receptionNarrative')),
  }),
  { title: t('threePublicNarrative') },
);

/** Figures the narrative states; any left out are taken from the tables. Kept as published so checks can compare. */
const NarrativeFiguresSchema = titled(
  z.strictObject({
    incomeTotal: money(t('incomeTotal')),
    expenditureTotal: optionalMoney(t('expenditureTotal')),
    projectExpenditure: optionalMoney(t('projectExpenditure')),
    basicExpenditure: optionalMoney(t('basic')),
    personnel: money(t('personnel')),
    publicFunds: optionalMoney(t('publicFundsNarrative')),
    threePublic: ThreePublicNarrativeSchema.default({}),
  }),
  { title: t('figures') },
);

export const NarrativeSchema = titled(
  z.strictObject({
    functions: titled(
      z.strictObject({ intro: text(t('functionsIntro')), items: textList(t('function'), t('functionItems')).min(1) }),
      { title: t('functions') },
    ),
    organization: titled(
      z.strictObject({
        status: text(t('status')),
        establishmentKind: text(t('establishmentKind')),
        posts: text(t('posts')),
        divisions: textList(t('division'), t('divisions'), tidyPhrases),
        retired: count(t('retired')),
      }),
      { title: t('organization') },
    ),
    figures: NarrativeFiguresSchema,
    personnelUses: textList(t('use'), t('personnelUses'), tidyLines),
    publicFundsUses: textList(t('use'), t('publicFundsUses'), tidyLines),
    threePublicControl: text(t('threePublicControl')),
    projectUse: text(t('projectUse')),
    governmentFunds: text(t('governmentFunds')),
    assetManagement: text(t('assetManagement')),
    performance: text(t('performance')),
    problems: text(t('problems')),
    improvements: textList(t('measure'), t('improvements')).min(1),
    otherMatters: text(t('otherMatters')),
    closingUnitName: optionalText(t('closingUnitName')),
    // Blank, as left out: the default.
    selfReference: z
      .union([blank, z.string().trim().min(1)])
      .default(schemaDefault('selfReference'))
      .meta({ title: t('selfReference'), description: description('selfReference') }),
  }),
  { title: t('narrative') },
);

/** The words a clerk types (the workbook's drop-down) for how money is written in running text. */
export const PROSE_MONEY_WORDS: Record<string, (typeof PROSE_MONEY)[number]> = proseMoneyWords();

const DisplaySchema = titled(
  z
    .strictObject({
      scoreDecimals: z
        .union([blank, z.number().int().min(0).max(2)])
        .default(0)
        .meta({ title: t('scoreDecimals') }),
      // Blank: the template's setting (templates/standards.yaml), read when the narrative is composed.
      proseMoney: z
        .union([blank, z.preprocess((v) => (typeof v === 'string' ? (PROSE_MONEY_WORDS[v.trim()] ?? v.trim()) : v), z.enum(PROSE_MONEY))])
        .optional()
        .meta({ title: t('proseMoney') }),
      proseZero: z
        .union([blank, z.enum(PROSE_ZERO)])
        .optional()
        .meta({ title: t('proseZero') }),
    })
    .default({ scoreDecimals: 0 }),
  { title: t('display') },
);

// A file path, or a picture embedded in the workbook's cell (read as a PNG data URI); blank is none.
const pngPath = (title: string) =>
  z
    .union([
      blank,
      z
        .string()
        .trim()
        .regex(/(\.png$)|(^data:image\/png;base64,)/i, SCHEMA_MESSAGES.notPng),
    ])
    .optional()
    .meta({ title, description: description('imageFile') });

/** Scanned signatures and the seal, placed at their lines on the printed report. */
const SignatureImagesSchema = titled(
  z.strictObject({
    principal: pngPath(t('principalImage')),
    preparer: pngPath(t('preparerImage')),
    unitHead: pngPath(t('unitHeadImage')),
    seal: pngPath(t('sealImage')),
  }),
  { title: t('images') },
);

/**
 * What each signature line prints after its label: the typed name (with the signature image over it when one is
 * given), a blank line to sign by hand, or the signature image alone.
 */
/** The words a clerk types for each choice (the workbook offers them in a drop-down). */
export const SIGNATURE_WORDS: Record<string, 'name' | 'blank' | 'image'> = signatureWords();
/** What a signature line left blank prints: the typed name. */
export const SIGNATURE_DEFAULT = 'name';
const signatureLine = (title: string) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' ? (SIGNATURE_WORDS[v.trim()] ?? v.trim()) : v),
      z.enum(['name', 'blank', 'image'], { error: SCHEMA_MESSAGES.signatureLine(title) }),
    )
    .default(SIGNATURE_DEFAULT)
    .meta({ title });

const SignatureLinesSchema = titled(
  z
    .strictObject({
      principal: signatureLine(t('principalLine')),
      preparer: signatureLine(t('preparerLine')),
      unitHead: signatureLine(t('unitHeadLine')),
    })
    .default({ principal: SIGNATURE_DEFAULT, preparer: SIGNATURE_DEFAULT, unitHead: SIGNATURE_DEFAULT }),
  { title: t('signatureLines') },
);

export const ReportInputSchema = titled(
  z.strictObject({
    $schema: z.string().optional(),
    unit: titled(z.strictObject({ name: name(t('unitName')) }), { title: t('unit') }),
    year: year({ notYear: SCHEMA_MESSAGES.year, from: SCHEMA_MESSAGES.yearFrom, to: SCHEMA_MESSAGES.yearTo }).meta({ title: t('year') }),
    reportDate: isoDate(t('reportDate')),
    formDate: isoDate(t('formDate')),
    contacts: titled(
      z
        .strictObject({
          preparer: text(t('preparer')),
          phone: text(t('phone')),
          principal: optionalText(t('principal')),
          unitHead: optionalText(t('unitHead')),
          images: SignatureImagesSchema.optional(),
          signatureLines: SignatureLinesSchema,
        })
        .superRefine((c, ctx) => {
          for (const role of ['principal', 'preparer', 'unitHead'] as const) {
            if (c.signatureLines[role] === 'image' && !c.images?.[role]) {
              ctx.addIssue({ code: 'custom', path: ['signatureLines', role], message: SCHEMA_MESSAGES.imageMissing });
            }
          }
        }),
      { title: t('contacts') },
    ),
    display: DisplaySchema,
    narrative: NarrativeSchema,
    basicData: BasicDataSchema,
    departmentEvaluation: DepartmentEvaluationSchema,
    projectEvaluations: list(ProjectEvaluationSchema, t('projectEvaluation')),
  }),
  { title: t('input') },
);

export type ReportInput = z.output<typeof ReportInputSchema>;
export type ReportInputRaw = z.input<typeof ReportInputSchema>;
export type MoneyColumns = z.output<typeof MoneyColumnsSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
export type ProjectEvaluation = z.output<typeof ProjectEvaluationSchema>;
export type DepartmentEvaluation = z.output<typeof DepartmentEvaluationSchema>;
export type BasicData = z.output<typeof BasicDataSchema>;
export type Narrative = z.output<typeof NarrativeSchema>;
export type ProjectFundsRow = z.output<typeof ProjectFundsRowSchema>;
