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
    expect(ids).toContain('W_FORM_GROUP_WEIGHT projects.1.indicators');
  });

  it('a derived score is not over its weight when both print the same (a weight of 19.995 met in full prints 20.00 and 20.00)', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].indicators[1].weight = 19.995;
    const ids = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(ids).not.toContain('E_FORM_SCORE_OVER projects.1.indicators.1.score');
    data.projects[1].indicators[1].score = 21;
    expect(findingsOf(data).map((f) => `${f.id} ${f.path}`)).toContain('E_FORM_SCORE_OVER projects.1.indicators.1.score');
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
