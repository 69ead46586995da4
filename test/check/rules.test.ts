// Each rule with a passing and a failing case: one small edit of the repaired example (helpers.clean()).
import { describe, expect, it } from 'vitest';
import { checkRules } from '../../src/check/index.js';
import { clean, findingsOf } from './helpers.js';

type Raw = any;
interface Case {
  id: string;
  pass: [string, (raw: Raw) => void];
  fail: [string, (raw: Raw) => void, Record<string, unknown>[]];
}

const dept = (raw: Raw) => raw.departmentEvaluation;
const project = (raw: Raw, i = 0) => raw.projectEvaluations[i];

const CASES: Case[] = [
  {
    id: 'E_CONTROL_RATE',
    pass: ['编制 20、在职 18、控制率 90%', (r) => (r.basicData.staffing = { authorized: 20, actual: 18, controlRate: '90%' })],
    fail: ['12 ÷ 15 填 100%（原报告）', (r) => (r.basicData.staffing.controlRate = '100%'), [{ path: 'basicData.staffing.controlRate', expected: '80.00%', actual: '100.00%' }]],
  },
  {
    id: 'E_BASIC_DATA_TOTAL',
    pass: ['分项与合计同时加 0.1', (r) => { r.basicData.publicFunds.office.actual = 2.56; r.basicData.publicFunds.total.actual = 69.82; }],
    fail: ['办公经费上年决算数差 0.01', (r) => (r.basicData.publicFunds.office.previousActual = 4.92), [{ path: 'basicData.publicFunds.total.previousActual', expected: '156.76', actual: '156.75' }]],
  },
  {
    id: 'E_THREE_PUBLIC_ROW',
    pass: ['公务接待等于“公务接待费、邮电费”行', (r) => (r.basicData.publicFunds.receptionPostal.previousActual = 12.52)],
    fail: ['公车运行维护大于“公车运行费及其他交通费”行', (r) => (r.basicData.publicFunds.vehicleTransport.actual = 1), [{ path: 'basicData.threePublic.vehicleOperation.actual', expected: '≤ 1.00', actual: '1.24' }]],
  },
  {
    id: 'W_THREE_PUBLIC_OVER_BUDGET',
    pass: ['决算等于预算', (r) => { r.basicData.threePublic.total.budget = 10.16; r.narrative.figures.threePublic.openingBudget = 10.16; }],
    fail: ['决算 10.16 超过预算 10', (r) => { r.basicData.threePublic.total.budget = 10; r.narrative.figures.threePublic.openingBudget = 10; }, [{ path: 'narrative.figures.threePublic.actual', expected: '≤ 10.00', actual: '10.16' }]],
  },
  {
    id: 'E_NARRATIVE_TOTAL',
    pass: ['支出决算数不填，由基本支出 + 项目支出得出', (r) => delete r.narrative.figures.expenditureTotal],
    fail: ['支出决算数差 0.01', (r) => (r.narrative.figures.expenditureTotal = 346.18), [{ path: 'narrative.figures.expenditureTotal', expected: '346.17', actual: '346.18' }]],
  },
  {
    id: 'W_UNIT_NAME',
    pass: ['不填落款单位名称（用单位名称）', (r) => delete r.narrative.closingUnitName],
    fail: ['落款少了“市”字（原报告）', (r) => (r.narrative.closingUnitName = '衡阳投资促进事务中心'), [{ path: 'narrative.closingUnitName', expected: '衡阳市投资促进事务中心', actual: '衡阳投资促进事务中心' }]],
  },
  {
    id: 'W_PROJECT_USE',
    pass: ['用途写成不点名具体项目的概括', (r) => (r.narrative.projectUse = '招商引资和联络异地商会')],
    fail: ['只点名一个项目（原报告）', (r) => (r.narrative.projectUse = '招商引资工作'), [{ path: 'narrative.projectUse' }]],
  },
  {
    id: 'E_FUNDS_TOTAL',
    pass: ['资金总额不填，由各项相加', (r) => (dept(r).funds.total = null)],
    fail: ['资金总额多 0.01', (r) => (dept(r).funds.total = 505.06), [{ path: 'departmentEvaluation.funds.total', expected: '505.05', actual: '505.06' }]],
  },
  {
    id: 'W_EXPENSE_SPLIT',
    pass: ['按支出性质只填一项且等于总额', (r) => (dept(r).funds.byExpense = { basic: 505.05 })],
    fail: ['按支出性质填决算数（原报告）', (r) => (dept(r).funds.byExpense = { basic: 323.67, project: 22.5 }), [{ path: 'departmentEvaluation.funds.byExpense', expected: '505.05', actual: '346.17' }]],
  },
  {
    id: 'E_PROJECT_FUNDS_TOTAL',
    pass: ['年度资金总额全年执行数不填，由其中各行得出', (r) => delete project(r).funds.total.executed],
    // The total 4.50 agrees with the 基础数据表, and the row's typed 执行率 100% with 4.50: the slip is in the row.
    fail: ['当年财政拨款执行数少 0.1', (r) => (project(r).funds.currentYear.executed = 4.4), [{ path: 'projectEvaluations.0.funds.currentYear.executed', expected: '4.50', actual: '4.40', message: expect.stringContaining('多半是它填错了') }]],
  },
  {
    id: 'E_EXECUTION_RATE',
    pass: ['按整数百分比填写 69%', (r) => (dept(r).funds.executionRate = '69%')],
    fail: ['资金执行率填 68.55%', (r) => (dept(r).funds.executionRate = '68.55%'), [{ path: 'departmentEvaluation.funds.executionRate', expected: '68.54%', actual: '68.55%' }]],
  },
  {
    id: 'E_EXECUTION_SCORE',
    pass: ['得分保留两位小数 6.85', (r) => { r.display.scoreDecimals = 2; dept(r).funds.score = 6.85; }],
    fail: ['68.54% 得 6 分', (r) => (dept(r).funds.score = 6), [{ path: 'departmentEvaluation.funds.score', expected: '7', actual: '6' }]],
  },
  {
    id: 'W_LEVEL1_WEIGHTS',
    pass: ['一级指标名称带分值“产出指标（50分）”', (r) => project(r).indicators.filter((i: Raw) => i.level1 === '产出指标').forEach((i: Raw) => (i.level1 = '产出指标（50分）'))],
    fail: [
      '产出 5 分挪给效益',
      (r) => Object.assign(project(r).indicators[0], { weight: 5, score: 5 }) && Object.assign(project(r).indicators[4], { weight: 20, score: 20 }),
      [{ path: 'projectEvaluations.0.indicators.0.level1', expected: '50', actual: '45' }, { path: 'projectEvaluations.0.indicators.4.level1', expected: '30', actual: '35' }],
    ],
  },
  {
    id: 'E_WEIGHT_TOTAL',
    pass: ['指标 80 + 执行率 20', (r) => { dept(r).funds.weight = 20; dept(r).funds.score = 14; Object.assign(dept(r).indicators[6], { weight: 0, score: 0 }); dept(r).total = { weight: 80, score: 80 }; }],
    fail: ['执行率分值 20、指标仍 90', (r) => { dept(r).funds.weight = 20; dept(r).funds.score = 14; }, [{ path: 'departmentEvaluation.indicators', expected: '100', actual: '110' }]],
  },
  {
    id: 'E_WEIGHT_SUM',
    pass: ['不填合计行', (r) => delete dept(r).total],
    fail: ['合计行分值 95', (r) => (dept(r).total.weight = 95), [{ path: 'departmentEvaluation.total.weight', expected: '90', actual: '95' }]],
  },
  {
    id: 'E_SCORE_SUM',
    pass: ['两位小数得分按印出的数相加', (r) => { r.display.scoreDecimals = 1; Object.assign(dept(r).indicators[6], { score: 9.04 }); Object.assign(dept(r).indicators[7], { score: 9.04 }); dept(r).total.score = 88; }],
    fail: ['合计行得分 89', (r) => (dept(r).total.score = 89), [{ path: 'departmentEvaluation.total.score', expected: '90', actual: '89' }]],
  },
  {
    id: 'E_SCORE_OVER_WEIGHT',
    pass: ['得分等于分值', (r) => (dept(r).indicators[8].score = 10)],
    fail: ['定性指标得分 11（分值 10）', (r) => (dept(r).indicators[8].score = 11), [{ path: 'departmentEvaluation.indicators.8.score', expected: '≤ 10', actual: '11' }]],
  },
  {
    id: 'E_SCORE_MISSING',
    pass: ['定量指标不填得分（按规则算出）', (r) => delete dept(r).indicators[0].score],
    fail: ['定性指标不填得分', (r) => delete dept(r).indicators[8].score, [{ path: 'departmentEvaluation.indicators.8.score' }]],
  },
  {
    id: 'E_QUANT_SCORE',
    pass: ['≥3 次只完成 2 次，得 6 × 2/3 = 4', (r) => Object.assign(dept(r).indicators[0], { actual: '2次', score: 4, deviation: '疫情取消' })],
    fail: ['≥3 次只完成 2 次却得满分', (r) => Object.assign(dept(r).indicators[0], { actual: '2次', score: 6, deviation: '疫情取消' }), [{ path: 'departmentEvaluation.indicators.0.score', expected: '4', actual: '6' }]],
  },
  {
    id: 'W_MET_NOT_FULL',
    pass: ['达成但扣 1 分并说明原因', (r) => Object.assign(dept(r).indicators[0], { score: 5, deviation: '目标设定偏低' })],
    fail: ['达成但扣 1 分未说明', (r) => (dept(r).indicators[0].score = 5), [{ path: 'departmentEvaluation.indicators.0.score', expected: '6', actual: '5' }]],
  },
  {
    id: 'W_SHORTFALL_REASON',
    pass: ['未达成并填写偏差原因', (r) => Object.assign(dept(r).indicators[1], { actual: '0次', score: 0, deviation: '活动因疫情取消' })],
    fail: ['未达成且偏差原因为空', (r) => Object.assign(dept(r).indicators[1], { actual: '0次', score: 0, deviation: '  ' }), [{ path: 'departmentEvaluation.indicators.1.deviation' }]],
  },
  {
    id: 'W_QUALITATIVE_REASON',
    pass: ['定性指标得 80%（含）', (r) => (dept(r).indicators[8].score = 8)],
    fail: ['定性指标得 70% 未说明', (r) => (dept(r).indicators[8].score = 7), [{ path: 'departmentEvaluation.indicators.8.deviation' }]],
  },
  {
    id: 'W_YEAR_MISMATCH',
    pass: ['本年度的年份', (r) => (dept(r).indicators[6].target = '2022年12月底前')],
    fail: ['沿用上年的“2021年全年”', (r) => (dept(r).indicators[6].target = '2021年全年'), [{ path: 'departmentEvaluation.indicators.6.target', expected: '2022年', actual: '2021年' }]],
  },
  {
    id: 'E_CROSS_PROJECT_EXPENDITURE',
    pass: ['报告不写项目支出（取自基础数据表）', (r) => delete r.narrative.figures.projectExpenditure],
    fail: [
      '报告写 25.5，自评表写 22.6',
      (r) => { r.narrative.figures.projectExpenditure = 25.5; dept(r).funds.byExpense = { basic: 482.45, project: 22.6 }; },
      // 22.60 was moved from 基本支出: changing it alone would break that one, so it gets no 应为.
      [{ path: 'narrative.figures.projectExpenditure', expected: '22.50', actual: '25.50' }, { path: 'departmentEvaluation.funds.byExpense.project', actual: '22.60', message: expect.stringContaining('请一并核对') }],
    ],
  },
  {
    id: 'E_CROSS_BASIC_EXPENDITURE',
    pass: ['基础数据表填写基本支出且与报告一致', (r) => (r.basicData.basicExpenditure.actual = 323.67)],
    fail: ['报告写基本支出 320', (r) => (r.narrative.figures.basicExpenditure = 320), [{ path: 'narrative.figures.basicExpenditure', expected: '323.67', actual: '320.00' }]],
  },
  {
    id: 'E_CROSS_PUBLIC_FUNDS',
    pass: ['报告不写日常公用经费', (r) => delete r.narrative.figures.publicFunds],
    fail: ['报告写 69.7', (r) => (r.narrative.figures.publicFunds = 69.7), [{ path: 'narrative.figures.publicFunds', expected: '69.72', actual: '69.70' }]],
  },
  {
    id: 'E_CROSS_THREE_PUBLIC',
    pass: ['报告不写各分项（取自基础数据表）', (r) => (r.narrative.figures.threePublic = { openingBudget: 17.5, actual: 10.16 })],
    fail: ['报告公务接待费 9.02', (r) => (r.narrative.figures.threePublic.reception = 9.02), [{ path: 'narrative.figures.threePublic.reception', expected: '8.92', actual: '9.02' }]],
  },
  {
    id: 'E_CROSS_EXECUTED',
    pass: ['报告不写支出决算数（由基本 + 项目得出）', (r) => delete r.narrative.figures.expenditureTotal],
    fail: ['自评表执行数 346.71', (r) => (dept(r).funds.executed = 346.71), [{ path: 'departmentEvaluation.funds.executed', expected: '346.17', actual: '346.71' }]],
  },
  {
    id: 'E_PROJECT_ROW_MISSING',
    pass: ['项目名称与基础数据表行名相同，不填 basicDataRow', (r) => { project(r).name = '招商引资工作'; delete project(r).basicDataRow; }],
    fail: ['项目名称与行名不同且未指明', (r) => delete project(r).basicDataRow, [{ path: 'projectEvaluations.0.name' }]],
  },
  {
    id: 'E_PROJECT_ROW',
    pass: ['项目行金额写成字符串 "4.50"', (r) => (r.basicData.projectExpenditure.business.projects[1].amounts.actual = '4.50')],
    // The 自评表 and the 基础数据表's own subtotal agree on 4.50: the finding goes to the row that was mistyped.
    fail: ['基础数据表项目行本年决算 4.4', (r) => (r.basicData.projectExpenditure.business.projects[1].amounts.actual = 4.4), [{ path: 'basicData.projectExpenditure.business.projects.1.amounts.actual', expected: '4.50', actual: '4.40' }]],
  },
  {
    id: 'W_PROJECT_ROW_BUDGET',
    pass: ['基础数据表为年初预算，项目全年预算调整为 5', (r) => { project(r).funds.total.budget = 5; project(r).funds.currentYear.budget = 5; }],
    fail: ['基础数据表项目行本年预算 5', (r) => (r.basicData.projectExpenditure.business.projects[1].amounts.budget = 5), [{ path: 'basicData.projectExpenditure.business.projects.1.amounts.budget', expected: '4.50', actual: '5.00' }]],
  },
  {
    id: 'W_INDICATOR_ACROSS_FORMS',
    pass: ['百分比指标不相加（部门满意度 90% 低于项目 95%）', (r) => (dept(r).indicators[11].actual = '90%')],
    fail: ['部门“对接客商”100 人次少于项目的 200 人次（原报告）', (r) => (dept(r).indicators[4].actual = '100人次'), [{ path: 'departmentEvaluation.indicators.4.actual', expected: '≥ 200人次', actual: '100人次' }]],
  },
  {
    id: 'W_TEXT_DRIFT',
    pass: ['带编号“6、”的同一句', (r) => (dept(r).duties[5] = `6、${r.narrative.functions.items[5]}`)],
    fail: ['“市商务和粮食局”对“市商务局”（原报告）', (r) => (dept(r).duties[5] = '承办市商务和粮食局交办的其他任务。'), [{ path: 'departmentEvaluation.duties.5' }]],
  },
];

describe('every rule has a passing and a failing case', () => {
  it('covers each rule exactly once', () => {
    expect(CASES.map((c) => c.id).sort()).toEqual(checkRules().map((r) => r.id).sort());
  });

  for (const c of CASES) {
    describe(c.id, () => {
      it(`passes: ${c.pass[0]}`, () => {
        const raw = clean();
        c.pass[1](raw);
        expect(findingsOf(raw, c.id)).toEqual([]);
      });
      it(`fails: ${c.fail[0]}`, () => {
        const raw = clean();
        c.fail[1](raw);
        const found = findingsOf(raw, c.id);
        expect(found).toMatchObject(c.fail[2]);
        expect(found).toHaveLength(c.fail[2].length);
        for (const f of found) expect(f.level).toBe(c.id.startsWith('E_') ? 'error' : 'warning');
      });
    });
  }
});

describe('more cases of the rules that cover several figures', () => {
  it.each([
    ['三公经费合计', (r: Raw) => (r.basicData.threePublic.total.actual = 10.26), 'basicData.threePublic.total.actual', '10.16', '10.26'],
    ['公务用车购置和维护经费', (r: Raw) => (r.basicData.threePublic.vehicles.budget = 4.5), 'basicData.threePublic.vehicles.budget', '4.00', '4.50'],
    ['业务工作专项小计', (r: Raw) => (r.basicData.projectExpenditure.business.total.previousActual = 22), 'basicData.projectExpenditure.business.total.previousActual', '22.50', '22.00'],
    ['部门基本支出（人员经费 + 公用经费）', (r: Raw) => (r.basicData.basicExpenditure.actual = 323.76), 'basicData.basicExpenditure.actual', '323.67', '323.76'],
  ])('E_BASIC_DATA_TOTAL: %s', (_name, edit, path, expected, actual) => {
    const raw = clean();
    edit(raw);
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL')).toMatchObject([{ path, expected, actual }]);
  });

  it('E_BASIC_DATA_TOTAL names the parts in the message', () => {
    const raw = clean();
    raw.basicData.threePublic.total.actual = 10.26;
    const [f] = findingsOf(raw, 'E_BASIC_DATA_TOTAL');
    expect(f.message).toContain('公务用车购置和维护经费 1.24 + 出国经费 0.00 + 公务接待 8.92');
    expect(f.where).toBe('部门整体支出绩效评价基础数据表 › 三公经费 › 三公经费合计 › 本年决算数');
  });

  it('E_BASIC_DATA_TOTAL shows parts typed with more decimals than the form prints as typed, and their sum exactly', () => {
    const raw = clean();
    // 2.46 → 2.455: the parts add up to 69.715, which rounds to the 69.72 typed in the total, yet differs from it.
    raw.basicData.publicFunds.office.actual = 2.455;
    const [f] = findingsOf(raw, 'E_BASIC_DATA_TOTAL');
    expect(f.message).toContain('各分项之和为 69.715 万元（办公经费 2.455 + 水费、电费、差旅费 12.25 + ');
    expect(f.message).toContain('若改为 69.715，');
    expect(f.actual).toBe('69.72');
  });

  it('E_EXECUTION_RATE checks each project row that prints a rate', () => {
    const raw = clean();
    project(raw, 1).funds.currentYear.executionRate = '99%';
    expect(findingsOf(raw, 'E_EXECUTION_RATE')).toMatchObject([{ path: 'projectEvaluations.1.funds.currentYear.executionRate', expected: '100.00%', actual: '99.00%' }]);
  });

  it('E_EXECUTION_SCORE: a project spending 4 of 4.5 scores 10 × 88.89% → 9, not 10', () => {
    const raw = clean();
    Object.assign(project(raw).funds.total, { executed: 4, executionRate: '88.89%' });
    Object.assign(project(raw).funds.currentYear, { executed: 4, executionRate: '88.89%', score: 9 });
    // The 基础数据表 says so too: were its 4.50 right, the 4 would be the slip and the score of 10 its echo.
    const projects = raw.basicData.projectExpenditure;
    projects.business.projects[1].amounts.actual = 4;
    projects.business.total.actual = projects.total.actual = 22;
    expect(findingsOf(raw, 'E_EXECUTION_SCORE')).toMatchObject([{ path: 'projectEvaluations.0.funds.total.score', expected: '9', actual: '10' }]);
  });

  it('E_EXECUTION_SCORE: a rate above 100% still scores the full 10', () => {
    const raw = clean();
    Object.assign(project(raw).funds.total, { executed: 5, executionRate: '111.11%' });
    Object.assign(project(raw).funds.currentYear, { executed: 5, executionRate: '111.11%' });
    expect(findingsOf(raw, 'E_EXECUTION_SCORE')).toEqual([]);
  });

  it('E_EXECUTION_SCORE scores from the amounts, not from a wrongly printed rate', () => {
    const raw = clean();
    dept(raw).funds.executionRate = '100%';
    dept(raw).funds.score = 10;
    expect(findingsOf(raw, 'E_EXECUTION_SCORE')).toMatchObject([{ expected: '7', actual: '10' }]);
  });

  it('E_QUANT_SCORE: a 反向 (≤) indicator over its ceiling scores A ÷ B', () => {
    const raw = clean();
    Object.assign(dept(raw).indicators[7], { target: '≤10万元', actual: '12.5万元', score: 10, deviation: '超支' });
    expect(findingsOf(raw, 'E_QUANT_SCORE')).toMatchObject([{ path: 'departmentEvaluation.indicators.7.score', expected: '8', actual: '10' }]);
    dept(raw).indicators[7].score = 8;
    expect(findingsOf(raw, 'E_QUANT_SCORE')).toEqual([]);
  });

  it('E_QUANT_SCORE: a given score above full marks on a met target contradicts the rule', () => {
    const raw = clean();
    raw.display.scoreDecimals = 1;
    dept(raw).indicators[0].score = 6.5;
    expect(findingsOf(raw, 'E_QUANT_SCORE')).toMatchObject([{ expected: '6', actual: '6.5' }]);
  });

  it('E_SCORE_OVER_WEIGHT also covers the execution-rate line', () => {
    const raw = clean();
    dept(raw).funds.score = 11;
    expect(findingsOf(raw, 'E_SCORE_OVER_WEIGHT')).toMatchObject([{ path: 'departmentEvaluation.funds.score', expected: '≤ 10', actual: '11' }]);
  });

  it('W_LEVEL1_WEIGHTS accepts the 部门整体 layout (效益 40 including 满意度) and leaves other frameworks alone', () => {
    const raw = clean();
    expect(dept(raw).indicators.filter((i: Raw) => i.level1 === '效益指标')).toHaveLength(4);
    project(raw).indicators.forEach((i: Raw) => (i.level1 = i.level1 === '产出指标' ? '投入' : '过程'));
    expect(findingsOf(raw, 'W_LEVEL1_WEIGHTS')).toEqual([]);
  });

  it('E_CROSS_THREE_PUBLIC compares the opening budget with the 本年预算数 of the table', () => {
    const raw = clean();
    raw.narrative.figures.threePublic.openingBudget = 17;
    expect(findingsOf(raw, 'E_CROSS_THREE_PUBLIC')).toMatchObject([{ path: 'narrative.figures.threePublic.openingBudget', expected: '17.50', actual: '17.00' }]);
  });

  it('E_CROSS_PROJECT_EXPENDITURE compares 按支出性质 on the final-accounts basis with the 本年决算数', () => {
    const raw = clean();
    dept(raw).funds.byExpense = { basic: 323.67, project: 25.5 };
    expect(findingsOf(raw, 'E_CROSS_PROJECT_EXPENDITURE')).toMatchObject([{ path: 'departmentEvaluation.funds.byExpense.project', expected: '22.50', actual: '25.50' }]);
  });

  it('W_TEXT_DRIFT leaves a wholly different duty alone', () => {
    const raw = clean();
    dept(raw).duties[5] = '完成上级交办的招商引资专项督查工作。';
    expect(findingsOf(raw, 'W_TEXT_DRIFT')).toEqual([]);
  });
});

describe('one slip in a subtotal is reported once, at the subtotal', () => {
  it('基础数据表: a wrong 专项小计 under a right 项目支出合计', () => {
    const raw = clean();
    raw.basicData.projectExpenditure.business.total.actual = 22;
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL').map((f) => f.path)).toEqual(['basicData.projectExpenditure.business.total.actual']);
  });

  it('基础数据表: a total that matches neither the printed subtotals nor their parts is reported too', () => {
    const raw = clean();
    raw.basicData.projectExpenditure.business.total.actual = 22;
    raw.basicData.projectExpenditure.total.actual = 23;
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL').map((f) => f.path)).toEqual(['basicData.projectExpenditure.business.total.actual', 'basicData.projectExpenditure.total.actual']);
  });

  it('报告: a wrong 基本支出 under a right 支出决算数', () => {
    const raw = clean();
    raw.narrative.figures.basicExpenditure = 323.76;
    expect(findingsOf(raw, 'E_NARRATIVE_TOTAL').map((f) => f.path)).toEqual(['narrative.figures.basicExpenditure']);
  });
});

describe('E_SCORE_MISSING says why no rule can score the row', () => {
  it.each([
    ['定性指标', { target: '积极宣传', actual: '积极宣传衡阳' }, '定性指标'],
    ['计量单位不同', { target: '≥3次', actual: '5人次' }, '计量单位不同'],
    ['实际完成值写成范围', { target: '≥95%', actual: '≤90%' }, '写成了范围'],
  ])('%s', (_name, values, reason) => {
    const raw = clean();
    Object.assign(raw.departmentEvaluation.indicators[0], values);
    delete raw.departmentEvaluation.indicators[0].score;
    const [f] = findingsOf(raw, 'E_SCORE_MISSING');
    expect(f.message).toContain(reason);
  });
});

describe('W_TEXT_DRIFT finds a moved item, and stays cheap on long lists', () => {
  it('matches a duty against an item at another place', () => {
    const raw = clean();
    raw.departmentEvaluation.duties = [...raw.departmentEvaluation.duties].reverse();
    raw.departmentEvaluation.duties[0] = '承办市商务和粮食局交办的其他任务。';
    expect(findingsOf(raw, 'W_TEXT_DRIFT')).toMatchObject([{ path: 'departmentEvaluation.duties.0', message: expect.stringContaining('职能条目[6]') }]);
  });

  it('500 long duties against 500 long items in a few seconds at most', () => {
    const raw = clean();
    const long = '负责联络协调与境内外投资促进机构、商会、协会的合作交流工作。'.repeat(60);
    raw.narrative.functions.items = Array.from({ length: 500 }, (_, i) => `${long}${i}`);
    raw.departmentEvaluation.duties = Array.from({ length: 500 }, (_, i) => `${long}第${i}`);
    const started = Date.now();
    expect(findingsOf(raw, 'W_TEXT_DRIFT')).toHaveLength(500);
    expect(Date.now() - started).toBeLessThan(8000); // the all-pairs scan took 12–26 s here
  });
});
