import { describe, expect, it } from 'vitest';
import { printValue } from '../../src/forms/cells.js';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { findingsOf, fixtureData } from './helpers.js';

const FIXTURE = 'sichuan-project-2023.yaml';
const prepare = (data: Record<string, any>) => prepareProfileData(loadProfile('sichuan-project'), data);

describe('sichuan-project', () => {
  it('the fixture passes, and its totals, rates and 合计 are derived', () => {
    const data = fixtureData(FIXTURE);
    expect(findingsOf(data)).toEqual([]);
    const p = prepare(data);
    const [farm, water] = p.forms.map((f) => f.figures);
    const print = (kind: 'percent' | 'points', v: unknown) => printValue(kind, v as never, p.profile.defaults);
    expect(print('percent', farm.matrices.funds.total.rate.value)).toBe('96.50%');
    expect(print('points', farm.totals.indicators.score.value)).toBe('99.65');
    // 维修灌溉渠道长度: 8 of ≥10 公里 → 30 × 0.8 = 24; 合计 24 + 20 + 30 + 10 + 8 = 92
    expect(print('points', water.totals.indicators.score.value)).toBe('92');
  });

  it('prints 0 ÷ 0 as 0.00%, as the province system does', () => {
    const p = prepare(fixtureData(FIXTURE));
    expect(p.forms[0].figures.matrices.funds.special.rate.display).toBe('0.00%');
  });

  it('finds a 总额 that is not the sum of its rows, at its cell', () => {
    const data = fixtureData(FIXTURE);
    data.projects[0].funds.total.budget = 90;
    const [f] = findingsOf(data);
    expect(f).toMatchObject({ id: 'E_FORM_SUM', path: 'projects.0.funds.total.budget', expected: '100.00', actual: '90.00' });
    expect(f.where).toContain('总额 › 调整后预算数');
  });

  it('applies the printed rules: a rate below 90% and a changed budget need a reason', () => {
    const data = fixtureData(FIXTURE);
    delete data.projects[0].reason;
    delete data.projects[1].reason;
    const ids = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(ids).toEqual(['W_ADJUSTMENT_REASON projects.0.reason', 'W_LOW_RATE_REASON projects.1.reason']);
  });

  it('finds a given score that does not follow the completion ratio, and a word where a number was due', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].indicators[0].score = 30;
    data.projects[1].indicators[1].actual = '完成';
    data.projects[1].indicators[1].score = 20;
    const ids = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(ids).toEqual(['W_FORM_INDICATOR_SCORE projects.1.indicators.0.score', 'W_ACTUAL_NOT_NUMBER projects.1.indicators.1.score']);
  });

  it('a word where a number was due with the score left blank is one error: no score follows, and the 合计 would miss it', () => {
    const data = fixtureData(FIXTURE);
    data.projects[1].indicators[1].actual = '完成';
    delete data.projects[1].indicators[1].score;
    const found = findingsOf(data);
    expect(found.map((f) => `${f.id} ${f.path}`)).toEqual(['E_FORM_SCORE_MISSING projects.1.indicators.1.score']);
    expect(found[0].message).toContain('指标值是数字，完成值却不是');
  });
});
