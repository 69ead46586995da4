import { describe, expect, it } from 'vitest';
import { deriveFigures, executionScore, grade, quantitativeScore, D } from '../../src/derive/index.js';
import { parseMeasure } from '../../src/model/measure.js';
import { parseReportInput } from '../../src/model/parse.js';
import { standards } from '../../src/model/standards.js';
import { exampleData, exampleInput } from '../helpers/example.js';

const s = (d: { toString(): string } | undefined) => d?.toString();

describe('deriveFigures on the example', () => {
  const f = deriveFigures(exampleInput());

  it('keeps given figures as printed and computes them from their parts beside', () => {
    expect(s(f.basicData.controlRate.given)).toBe('100');
    expect(s(f.basicData.controlRate.computed)).toBe('80'); // 12 ÷ 15: serving staff, never retirees
    expect(s(f.basicData.projectExpenditure.budget.given)).toBe('25.5');
    expect(s(f.basicData.projectExpenditure.budget.computed)).toBe('22.5');
    expect(s(f.basicData.publicFunds.actual.computed)).toBe('69.72');
    expect(s(f.basicData.threePublic.actual.computed)).toBe('10.16');
  });

  it('fills a figure the form left blank: 基本支出 = 人员经费 + 公用经费', () => {
    expect(f.basicData.basicExpenditure.actual.given).toBeUndefined();
    expect(s(f.basicData.basicExpenditure.actual.value)).toBe('323.67');
    expect(f.basicData.basicExpenditure.budget.value).toBeUndefined(); // 人员经费 unknown for the budget column
  });

  it('computes the execution rate, its score, the totals and the grade', () => {
    expect(f.department.executionRate.computed!.toFixed(2)).toBe('68.54');
    expect(s(f.department.executionScore.computed)).toBe('7'); // 10 × 68.54% = 6.85 → 7 on an integer form
    expect(s(f.department.indicators.scoreTotal.computed)).toBe('90');
    expect(f.department.indicators.level1.map((b) => [b.name, s(b.weight)])).toEqual([
      ['产出指标', '50'],
      ['效益指标', '40'],
    ]);
    expect(f.department.overall).toMatchObject({ grade: '优' });
    expect(s(f.department.overall.score)).toBe('97');
    expect(f.projects.map((p) => s(p.overall.score))).toEqual(['100', '100']);
  });
});

describe('figures the input leaves out are computed', () => {
  it('资金执行率, 得分 and the indicator scores', () => {
    const data = exampleData();
    delete data.departmentEvaluation.funds.executionRate;
    delete data.departmentEvaluation.funds.score;
    delete data.departmentEvaluation.funds.total;
    delete data.departmentEvaluation.indicators[0].score;
    delete data.departmentEvaluation.total;
    const f = deriveFigures(parseReportInput(data));
    expect(s(f.department.fundsTotal.value)).toBe('505.05');
    expect(f.department.executionRate.value!.toFixed(2)).toBe('68.54');
    expect(s(f.department.executionScore.value)).toBe('7');
    expect(s(f.department.indicators.rows[0].score.value)).toBe('6'); // ≥3次, 5次 done: full weight
    expect(s(f.department.indicators.scoreTotal.value)).toBe('90');
  });

  it('adds amounts exactly: 0.1 + 0.2 is 0.3', () => {
    const data = exampleData();
    const g = data.basicData.projectExpenditure.business;
    g.projects = [
      { name: '甲', amounts: { previousActual: 0.1, budget: 0.1, actual: 0.1 } },
      { name: '乙', amounts: { previousActual: 0.2, budget: 0.2, actual: 0.2 } },
    ];
    g.total = {}; // left blank: computed from the rows
    const f = deriveFigures(parseReportInput(data));
    expect(s(f.basicData.projectGroups.business.actual.value)).toBe('0.3');
  });
});

describe('scoring rules', () => {
  const w = new D(10);
  const q = (t: string, a: string) => s(quantitativeScore(parseMeasure(t), parseMeasure(a), w));
  it('正向: met gives full weight, short gives B/A of it', () => {
    expect(q('≥3次', '5次')).toBe('10');
    expect(q('≥100人次', '80人次')).toBe('8');
    expect(q('=100%', '95%')).toBe('9.5');
  });
  it('反向 (≤): within the ceiling gives full weight, over it A/B', () => {
    expect(q('≤20万元', '18万元')).toBe('10');
    expect(q('≤20万元', '25万元')).toBe('8');
    expect(q('≤20万元', '0万元')).toBe('10');
  });
  it('says nothing for qualitative values or different units', () => {
    expect(q('积极吸引', '积极吸引外地客商')).toBeUndefined();
    expect(q('≥3次', '3人次')).toBeUndefined();
  });
  it('execution score caps at the weight; grade bands', () => {
    expect(s(executionScore(new D('68.54'), w))).toBe('6.854');
    expect(s(executionScore(new D('120'), w))).toBe('10');
    const bands = standards().grades;
    expect([grade(new D(90), bands), grade(new D('89.99'), bands), grade(new D(80), bands), grade(new D(60), bands), grade(new D('59.5'), bands)]).toEqual(['优', '良', '良', '中', '差']);
  });
});
