import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { printValue } from '../../src/forms/cells.js';
import { findingsOf, fixtureData } from './helpers.js';

const FIXTURE = 'national-project-2023.yaml';

describe('national-project: the fixture', () => {
  it('passes its checks', () => {
    expect(findingsOf(fixtureData(FIXTURE))).toEqual([]);
  });

  it('derives the blank total row, rate, scores and 总分 exactly', () => {
    const p = prepareProfileData(loadProfile('national-project'), fixtureData(FIXTURE));
    const road = p.forms[1].figures;
    const print = (kind: 'money' | 'percent' | 'points', v: unknown) => printValue(kind, v as never, p.profile.defaults);
    expect(print('money', road.matrices.funds.total.budget.value)).toBe('30.00');
    expect(print('percent', road.matrices.funds.total.rate.value)).toBe('80.00%');
    expect(print('points', road.matrices.funds.total.score.value)).toBe('8');
    // 道路养护里程: 18 of ≥20 公里 → 30 × 0.9 = 27; 总分 = 27 + 20 + 30 + 10 + 8 = 95
    expect(print('points', road.lists.indicators[0].score.value)).toBe('27');
    expect(print('points', road.totals.indicators.score.value)).toBe('95');
    expect(print('points', road.totals.indicators.weight.value)).toBe('100');
    expect(road.grade).toBe('优');
  });
});

describe('national-project: planted mistakes are found at their cell', () => {
  it('a total row that is not the sum of its parts', () => {
    const data = fixtureData(FIXTURE);
    data.projects[0].funds.total.executed = 58.3;
    const [f] = findingsOf(data);
    expect(f).toMatchObject({ id: 'E_FORM_SUM', path: 'projects.0.funds.total.executed', expected: '57.30', actual: '58.30' });
    expect(f.where).toContain('年度资金总额 › 全年执行数');
  });

  it('names the project a finding is in, as its file is named, not by its place in the list', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].funds.total = { rate: '85%' };
    expect(findingsOf(data)[0].where).toBe('项目支出绩效自评表（镇村道路养护项目） › 项目资金（万元） › 年度资金总额 › 执行率');
  });

  it('a rate and an execution score that do not follow from the money', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].funds.total = { rate: '85%', score: 9 };
    const ids = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(ids).toEqual(['E_FORM_RATE projects.1.funds.total.rate', 'E_FORM_EXEC_SCORE projects.1.funds.total.score']);
  });

  it('a mistyped rate does not make a right score wrong: the score is checked against the rate the amounts give', () => {
    const data = fixtureData(FIXTURE);
    // 24 of 30 executed: 80%, so 8 of 10 points; the typed 85% is the one slip.
    data.projects[1].funds.total = { rate: '85%', score: 8 };
    expect(findingsOf(data).map((f) => `${f.id} ${f.path}`)).toEqual(['E_FORM_RATE projects.1.funds.total.rate']);
    data.projects[1].funds.total = { rate: '85%', score: 9 };
    const score = findingsOf(data).find((f) => f.id === 'E_FORM_EXEC_SCORE');
    expect(score).toMatchObject({ expected: '8', actual: '9' });
    expect(score?.message).toContain('80.00%');
  });

  it('a score above its weight, a proportional score given as full, weights that do not make 100', () => {
    const data = fixtureData(FIXTURE);
    data.projects[0].indicators[1].score = 16;
    data.projects[1].indicators[0].score = 30;
    data.projects[1].indicators[1].weight = 25;
    const ids = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(ids).toContain('E_FORM_SCORE_OVER projects.0.indicators.1.score');
    expect(ids).toContain('W_FORM_INDICATOR_SCORE projects.1.indicators.0.score');
    expect(ids).toContain('E_FORM_EXPECTED_TOTAL projects.1.indicators.total.weight');
    expect(ids).toContain('W_FORM_GROUP_WEIGHT projects.1.indicators.0.weight');
  });

  it('a derived score is not over its weight when both print the same (a weight of 19.995 met in full prints 20.00 and 20.00)', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].indicators[1].weight = 19.995;
    const ids = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(ids).not.toContain('E_FORM_SCORE_OVER projects.1.indicators.1.score');
    data.projects[1].indicators[1].score = 21;
    expect(findingsOf(data).map((f) => `${f.id} ${f.path}`)).toContain('E_FORM_SCORE_OVER projects.1.indicators.1.score');
  });

  it('a score left blank that no rule gives is an error at its cell, not a silent gap in the 总分', () => {
    const data = fixtureData(FIXTURE);
    delete data.projects[0].indicators[3].score; // 村庄环境卫生状况: 明显改善, 定性
    data.projects[0].indicators[0].actual = undefined; // 农村户厕改造户数: 完成值 not filled
    delete data.projects[0].indicators[0].score;
    const found = findingsOf(data).filter((f) => f.id === 'E_FORM_SCORE_MISSING');
    expect(found.map((f) => f.path)).toEqual(['projects.0.indicators.0.score', 'projects.0.indicators.3.score']);
    expect(found[0].message).toContain('实际完成值没有填写');
    expect(found[1].message).toBe('指标“村庄环境卫生状况”的得分没有填写；这是定性指标（指标值或完成值不是“数字 + 计量单位”），无法按完成比例算出，总分中没有计入这一项。');
    expect(found[1].id.startsWith('E_')).toBe(true);
  });

  it('scores a count of 盏 and a cost per household, as clerks write them, instead of leaving the score blank', () => {
    const data = fixtureData(FIXTURE);
    Object.assign(data.projects[1].indicators[1], { name: '安装太阳能路灯', target: '=120盏', actual: '108盏', score: undefined });
    data.projects[1].indicators[2] = { ...data.projects[1].indicators[2], target: '≤1500元/户', actual: '1500元/户', score: undefined };
    const p = prepareProfileData(loadProfile('national-project'), data);
    expect(p.findings).toEqual([]);
    const rows = p.forms[1].figures.lists.indicators;
    expect(printValue('points', rows[1].score.value as never, p.profile.defaults)).toBe('18'); // 108 ÷ 120 × 20
    expect(printValue('points', rows[2].score.value as never, p.profile.defaults)).toBe('30');
  });

  it('a blank score the rule gives is no finding (道路养护里程 is scored 27 from 18 of 20 公里)', () => {
    const data = fixtureData(FIXTURE);
    expect(data.projects[1].indicators[0].score).toBeUndefined();
    expect(findingsOf(data).map((f) => f.id)).not.toContain('E_FORM_SCORE_MISSING');
  });

  it('a project entered twice (a copied sheet whose name was not changed) is an error at the second one\'s name', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].name = ` ${data.projects[0].name} `;
    const found = findingsOf(data);
    expect(found.map((f) => `${f.id} ${f.path}`)).toEqual(['E_FORM_SAME_ITEM projects.1.name']);
    expect(found[0].message).toBe('第 2 份的项目名称“农村人居环境整治项目”与第 1 份相同：同一项目只应有一份表。');
    data.projects[1].name = '镇村道路养护项目';
    expect(findingsOf(data)).toEqual([]);
  });

  it('0 ÷ 0 prints as the profile says, and a rate over a zero base is a finding, not a crash', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].funds = { currentYear: { initialBudget: 0, budget: 0, executed: 0 } };
    const p = prepareProfileData(loadProfile('national-project'), data);
    expect(p.forms[1].figures.matrices.funds.total.rate.display).toBe('—');
    data.projects[1].funds = { currentYear: { initialBudget: 0, budget: 0, executed: 3 } };
    expect(findingsOf(data).map((f) => f.id)).toContain('W_FORM_RATE_UNDEFINED');
  });
});
