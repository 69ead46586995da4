import { describe, expect, it } from 'vitest';
import { printValue } from '../../src/forms/cells.js';
import { loadProfile } from '../../src/node/profiles.js';
import { prepareProfileData } from '../../src/profileReport.js';
import { findingsOf, fixtureData } from './helpers.js';

const FIXTURE = 'hunan-2023-township.yaml';

describe('hunan-2023', () => {
  it('derives subtotals from the rows under them, nested sums bottom-up, the control rate and the score', () => {
    const data = fixtureData(FIXTURE);
    expect(findingsOf(data)).toEqual([]);
    const p = prepareProfileData(loadProfile('hunan-2023'), data);
    const [basic, dept] = p.forms.map((f) => f.figures);
    const money = (v: unknown) => printValue('money', v as never, p.profile.defaults);
    expect(money(basic.matrices.funds.business.actual.value)).toBe('33.70');
    expect(money(basic.matrices.funds.projects.actual.value)).toBe('97.50');
    expect(money(basic.matrices.funds.publicFunds.budget.value)).toBe('46.80');
    expect(printValue('percent', basic.matrices.staff.staff.controlRate.value, p.profile.defaults)).toBe('95.56%');
    expect(printValue('points', dept.totals.indicators.score.value, p.profile.defaults)).toBe('99.72');
  });

  it('finds a subtotal that is not the sum of its projects, 公车运行维护 above its 公用经费 row, and two splits that differ', () => {
    const data = fixtureData(FIXTURE);
    data.basicData.funds.business.actual = 30;
    data.basicData.funds.vehicleOperation.actual = 4.5;
    data.basicData.funds.vehicleOperation.previousActual = 3.2;
    delete data.basicData.funds.threePublic;
    data.department.basic = 582.5;
    const found = findingsOf(data).map((f) => `${f.id} ${f.path}`);
    expect(found).toEqual([
      'E_FORM_SUM basicData.funds.business.actual',
      'E_FORM_AT_MOST basicData.funds.vehicleOperation.actual',
      'W_FORM_SPLITS_DIFFER department.expenseTotal',
    ]);
    const sum = findingsOf(data)[0];
    expect(sum.where).toContain('1、业务工作经费 › 2023年决算数');
    expect(sum.message).toContain('乡村振兴工作经费 24.20 + 综治维稳工作经费 9.50');
  });
});
