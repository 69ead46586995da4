import { describe, expect, it } from 'vitest';
import { printValue } from '../../src/forms/cells.js';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { findingsOf, fixtureData } from './helpers.js';

const FIXTURE = 'chongqing-department-2021.yaml';

describe('chongqing-department', () => {
  it('derives 执行率得分, 指标得分 and the 自评总分 of the header', () => {
    const data = fixtureData(FIXTURE);
    expect(findingsOf(data)).toEqual([]);
    const p = prepareProfileData(loadProfile('chongqing-department'), data);
    const f = p.forms[0].figures;
    const print = (v: unknown) => printValue('points', v as never, p.profile.defaults);
    expect(print(f.matrices.funds.total.score.value)).toBe('9.50');
    // 文化惠民演出场次: 96.92% × 15 = 14.538 → 14.54; 自评总分 = 9.5 + 89.538 = 99.038 → 99.04
    expect(print(f.lists.indicators[4].score.value)).toBe('14.54');
    expect(print(f.fields.totalScore.value)).toBe('99.04');
    expect(f.grade).toBe('优');
  });

  it('finds a stated 自评总分 that does not add up', () => {
    const data = fixtureData(FIXTURE);
    data.department.totalScore = 100;
    const found = findingsOf(data).map((x) => `${x.id} ${x.path}`);
    expect(found).toEqual(['E_FORM_TOTAL department.totalScore']);
    // Said with what it adds up, each part printed as the form prints it.
    const total = findingsOf(data).find((x) => x.id === 'E_FORM_TOTAL')!;
    expect(total.message).toBe('自评总分填写为 100，应为 各项指标得分（分） 89.54 + 执行率得分（分） 9.50 = 99.04。');
  });

  it('leaves the 自评总分 to a later check while a score it adds up is itself wrong, so that no two 应为 disagree', () => {
    for (const wrong of [(d: any) => (d.department.indicators[4].score = 15), (d: any) => (d.department.funds.total.score = 8)]) {
      const data = fixtureData(FIXTURE);
      data.department.totalScore = 100;
      wrong(data);
      const found = findingsOf(data).map((x) => x.id);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatch(/^E_FORM_(PRODUCT|EXEC_SCORE)$/);
    }
  });

  it('finds weights that do not make 100 with the execution-rate weight', () => {
    const data = fixtureData(FIXTURE);
    data.department.indicators[7].weight = 8;
    expect(findingsOf(data).map((x) => x.id)).toContain('E_FORM_EXPECTED_TOTAL');
  });
});
