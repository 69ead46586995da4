/**
 * A large, deterministic input for stress tests (layout, workbook, round trips): many projects, many indicators,
 * long texts. Plain JSON data valid for ReportInputSchema; the same options always give the same data.
 * Its tables add up (基础数据表 subtotals, 三公, funds by income and by expense, project rows ⇄ project forms,
 * weights 50/30/10), so checks see a consistent unit.
 */
import { Decimal } from 'decimal.js';
import { rng } from './random.js';

export interface StressOptions {
  /** 项目支出绩效自评表 count, also the 基础数据表 project rows (spread over the three groups). Default 32. */
  projects?: number;
  /** Indicators of the 部门整体支出绩效目标自评表 (at least 3: one per 一级指标). Default 60. */
  departmentIndicators?: number;
  /** Indicators per project form (at least 3). Default 9. */
  projectIndicators?: number;
  /** Length in characters of each long text (整体绩效目标, the narrative's sections, project goals). Default 2000. */
  textLength?: number;
  /** Items in each list of texts (职能, 履职概述, 改进措施, 用途 …). Default 12. */
  listItems?: number;
  /** Seed of the pseudo-random choices. Default 1. */
  seed?: number;
}


const PHRASES = [
  '严格执行预算管理制度，',
  '加强内部控制和财务审核，',
  '围绕年度重点工作任务，',
  '积极开展“放管服”改革，',
  '推进项目库建设（含跨年度项目）',
  '资金使用效益进一步提高。',
  '按照“三重一大”制度要求集体研究决策；',
  '全年共组织培训12期、参训人员1,086人次，',
  '服务对象满意度达到95%以上。',
  '及时公开预决算信息，接受社会监督。',
  '对照绩效目标逐项开展自评，',
  '发现问题及时整改到位。',
];

function makeText(rand: () => number, length: number, start = ''): string {
  let text = start;
  while (text.length < length) text += PHRASES[Math.floor(rand() * PHRASES.length)];
  return text.slice(0, length);
}

/** Money with two decimals in 万元, as a JSON number. */
function money(rand: () => number, max: number): number {
  return new Decimal(Math.floor(rand() * max * 100)).div(100).toNumber();
}

const sum = (values: number[]) => values.reduce((a, b) => a.plus(b), new Decimal(0)).toNumber();

function columns(previousActual: number, budget: number, actual: number) {
  return { previousActual, budget, actual };
}

function sumColumns(rows: ReturnType<typeof columns>[]) {
  return columns(sum(rows.map((r) => r.previousActual)), sum(rows.map((r) => r.budget)), sum(rows.map((r) => r.actual)));
}

const LEVEL2 = {
  产出指标: ['数量指标', '质量指标', '时效指标', '成本指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['社会公众或服务对象满意度'],
} as const;
const UNITS = ['次', '人次', '个', '项', '%', '万元', '家', '场'];

/** Indicators with weights 50/30/10 over the three 一级, full marks except every seventh (with a reason). */
function makeIndicators(rand: () => number, count: number, textLength: number, prefix: string) {
  const shares = [
    ['产出指标', Math.max(1, Math.round((count * 4) / 6)), 50],
    ['效益指标', Math.max(1, Math.round(count / 4)), 30],
  ] as const;
  const satisfaction = Math.max(1, count - shares[0][1] - shares[1][1]);
  const groups = [...shares, ['满意度指标', satisfaction, 10] as const];
  return groups.flatMap(([level1, n, total]) => {
    const weights = Array.from({ length: n }, (_, i) => {
      const base = new Decimal(total).div(n).toDecimalPlaces(2, Decimal.ROUND_DOWN);
      return i === n - 1 ? new Decimal(total).minus(base.times(n - 1)) : base;
    });
    return weights.map((weight, i) => {
      const level2 = LEVEL2[level1][i % LEVEL2[level1].length];
      const quantitative = rand() < 0.6;
      const unit = UNITS[Math.floor(rand() * UNITS.length)];
      const target = Math.floor(rand() * 500) + 1;
      const short = i % 7 === 6;
      const actualValue = short ? Math.floor(target / 2) : target + Math.floor(rand() * 20);
      const score = short ? weight.times(actualValue).div(target).toDecimalPlaces(2) : weight;
      return {
        level1,
        level2,
        name: makeText(rand, 6 + Math.floor(rand() * 20), `${prefix}${level1.slice(0, 2)}${i + 1}：`),
        target: quantitative ? { comparator: '≥', value: target, unit } : makeText(rand, 4 + Math.floor(rand() * 12)),
        actual: quantitative ? { value: i % 5 === 0 ? String(actualValue) : actualValue, unit } : makeText(rand, 8 + Math.floor(rand() * 40)),
        weight: weight.toNumber(),
        score: quantitative ? score.toNumber() : weight.toNumber(),
        ...(short && quantitative && { deviation: makeText(rand, Math.min(textLength, 300), '未完成原因：') }),
      };
    });
  });
}

function total(indicators: { weight: number; score: number }[]) {
  return { weight: sum(indicators.map((i) => i.weight)), score: sum(indicators.map((i) => i.score)) };
}

export function makeStressInput(options: StressOptions = {}): Record<string, any> {
  const { projects: projectCount = 32, departmentIndicators = 60, projectIndicators = 9, textLength = 2000, listItems = 12, seed = 1 } = options;
  const rand = rng(seed);
  const long = (start = '') => makeText(rand, textLength, start);
  const items = (prefix: string) => Array.from({ length: listItems }, (_, i) => makeText(rand, 20 + Math.floor(rand() * 120), `${prefix}${i + 1}：`));

  const projectRows = Array.from({ length: projectCount }, (_, i) => {
    const budget = i === 0 ? 1234567.89 : i === 1 ? 15.4 : i === 2 ? 0.1 : money(rand, 900) + 1;
    const actual = i < 3 ? budget : new Decimal(budget).times(0.9).toDecimalPlaces(2).toNumber();
    const name = i % 5 === 4 ? makeText(rand, 40, `第${i + 1}号`) : `第${i + 1}号专项工作经费`;
    return { name, amounts: columns(money(rand, 900), budget, actual) };
  });
  const groupOf = (i: number) => (i % 3 === 0 ? 'business' : i % 3 === 1 ? 'operation' : 'citySpecial');
  const group = (key: string) => {
    const projects = projectRows.filter((_, i) => groupOf(i) === key);
    return { total: sumColumns(projects.map((p) => p.amounts)), projects };
  };
  const groups = { business: group('business'), operation: group('operation'), citySpecial: group('citySpecial') };
  const projectTotal = sumColumns(Object.values(groups).map((g) => g.total));

  const publicItems = {
    office: columns(4.91, 15.4, 2.46),
    utilitiesTravel: columns(44.85, 87, 12.25),
    meetingsTraining: columns(64.9, 144, 13.43),
    receptionPostal: columns(12.55, 11, 8.41),
    otherGoodsServices: columns(14.84, 16.72, 20.09),
    vehicleTransport: columns(14.7, 13.89, 12.41),
    equipment: columns(0, 983.74, 0.1),
    printing: columns(0.1, 15, 0.57),
  };
  const publicTotal = sumColumns(Object.values(publicItems));
  const threeParts = { vehiclePurchase: columns(0, 0, 0), vehicleOperation: columns(2.08, 4, 1.24), abroad: columns(0, 0.1, 0), reception: columns(12.52, 11, 8.41) };
  const vehicles = sumColumns([threeParts.vehiclePurchase, threeParts.vehicleOperation]);
  const threeTotal = sumColumns([vehicles, threeParts.abroad, threeParts.reception]);
  const personnel = 1253.95;
  const basicExpenditure = columns(sum([personnel, publicTotal.previousActual]), sum([personnel, publicTotal.budget]), sum([personnel, publicTotal.actual]));
  const basicActual = basicExpenditure.actual;
  const executed = sum([basicActual, projectTotal.actual]);
  const fundsTotal = sum([basicExpenditure.budget, projectTotal.budget]);
  const generalPublic = sum([fundsTotal, -324.9]);
  const rate = new Decimal(executed).div(fundsTotal).times(100);

  const projectEvaluations = projectRows.map((row, i) => {
    const indicators = makeIndicators(rand, projectIndicators, textLength, '项目指标');
    const fundsRow = { initialBudget: row.amounts.budget, budget: row.amounts.budget, executed: row.amounts.actual };
    const projectRate = new Decimal(row.amounts.actual).div(row.amounts.budget).times(100);
    const score = Decimal.min(projectRate, 100).div(10).toDecimalPlaces(2).toNumber();
    return {
      name: `${row.name}（绩效自评）`,
      basicDataRow: row.name,
      supervisor: '某某市财政局',
      implementer: i % 4 === 3 ? makeText(rand, 60, '某某市某某事务中心、') : '某某市某某事务中心',
      funds: {
        total: { ...fundsRow, weight: 10, executionRate: `${projectRate.toFixed(2)}%`, score },
        currentYear: { ...fundsRow },
        carryover: {},
        other: {},
      },
      goals: { planned: long('年度目标：'), achieved: long('完成情况：') },
      indicators,
      total: total(indicators),
    };
  });
  const departmentIndicatorList = makeIndicators(rand, departmentIndicators, textLength, '部门指标');
  const functions = items('职能');

  return {
    unit: { name: '某某市某某事务中心' },
    year: 2022,
    reportDate: '2023-03-22',
    formDate: '2023-03-20',
    contacts: { preparer: '张三', phone: '0734-8859878', principal: '李四', unitHead: '王五' },
    display: { scoreDecimals: 2 },
    narrative: {
      functions: { intro: '我中心主要职责是：', items: functions },
      organization: { status: '市某某局所属事业单位', establishmentKind: '全额拨款事业编制', posts: '设主任 1 名，副主任 2 名。', divisions: items('科室'), retired: 8 },
      figures: {
        incomeTotal: executed,
        expenditureTotal: executed,
        projectExpenditure: projectTotal.actual,
        basicExpenditure: basicActual,
        personnel,
        publicFunds: publicTotal.actual,
        threePublic: { openingBudget: threeTotal.budget, actual: threeTotal.actual, abroad: 0, vehiclePurchase: 0, vehicleOperation: 1.24, reception: 8.41 },
      },
      personnelUses: items('人员经费用途'),
      publicFundsUses: items('公用经费用途'),
      threePublicControl: long('“三公”经费：'),
      projectUse: '各专项工作',
      governmentFunds: '无',
      assetManagement: long('资产管理：'),
      performance: long('绩效情况：'),
      problems: `${long('问题：').slice(0, Math.floor(textLength / 2))}\n${long().slice(0, textLength - Math.floor(textLength / 2) - 1)}`,
      improvements: items('改进措施'),
      otherMatters: '无',
      closingUnitName: '某某市某某事务中心',
      selfReference: '我中心',
    },
    basicData: {
      staffing: { authorized: 15, actual: 12, controlRate: '80%' },
      basicExpenditure,
      personnel: columns(personnel, personnel, personnel),
      publicFunds: { total: publicTotal, ...publicItems },
      threePublic: { total: threeTotal, vehicles, ...threeParts },
      projectExpenditure: { total: projectTotal, ...groups },
      procurement: columns(0, 1234567.89, 0.1),
      frugalityMeasures: items('节约措施'),
      note: long('说明：').slice(0, 200),
    },
    departmentEvaluation: {
      funds: {
        total: fundsTotal,
        byIncome: { generalPublic, governmentFund: null, specialAccount: null, other: 324.9 },
        byExpense: { basic: basicExpenditure.budget, project: projectTotal.budget },
        executed,
        executionRate: `${rate.toFixed(2)}%`,
        weight: 10,
        score: Decimal.min(rate, 100).div(10).toDecimalPlaces(2).toNumber(),
      },
      duties: [...functions],
      overallTarget: long('整体绩效目标：'),
      indicators: departmentIndicatorList,
      total: total(departmentIndicatorList),
    },
    projectEvaluations,
  };
}
