import { describe, expect, it } from 'vitest';
import { countRules, overviewOf } from '../../src/summary/aggregate.js';
import type { UnitSummary } from '../../src/summary/unit.js';

function unit(name: string, status: UnitSummary['status'], o: Partial<UnitSummary> = {}): UnitSummary {
  return { file: `${name}.json`, unit: name, year: 2022, errors: 0, warnings: 0, status, findings: [], ...o };
}

const finding = (id: string, level: 'error' | 'warning' = 'error') => ({ id, level, where: '某处', message: `${id} 的说明` });

describe('overviewOf', () => {
  it('sorts units by status (what needs attention first), then score from the highest', () => {
    const o = overviewOf('build', [
      unit('乙', 'built', { score: '88' }),
      unit('甲', 'built', { score: '95.5' }),
      unit('丙', 'blocked', { score: '99' }),
      { file: 'broken.json', errors: 1, warnings: 0, status: 'unreadable', findings: [finding('E_SYNTAX')] },
      unit('丁', 'forced', { score: '70' }),
    ]);
    expect(o.units.map((u) => u.unit ?? u.file)).toEqual(['broken.json', '丙', '丁', '甲', '乙']);
  });

  it('adds money and rates exactly and dates the batch from its latest report date', () => {
    const o = overviewOf('check', [
      unit('甲', 'passed', { budget: '0.1', executed: '0.05', score: '90', reportDate: '2023-03-22' }),
      unit('乙', 'errors', { budget: '0.2', executed: '0.25', score: '85', reportDate: '2023-04-01', errors: 2, warnings: 1 }),
      { file: 'x.json', errors: 1, warnings: 0, status: 'unreadable', findings: [] },
    ]);
    expect(o.totals).toMatchObject({ units: 3, readable: 2, unreadable: 1, passed: 1, withErrors: 2, withWarnings: 1, errors: 3, warnings: 1 });
    expect(o.totals.budget).toBe('0.3');
    expect(o.totals.executed).toBe('0.3');
    expect(o.totals.rate).toBe('100');
    expect(o.totals.meanScore).toBe('87.5');
    expect(o.date).toBe('2023-04-01');
    expect(o.years).toEqual([2022]);
  });

  it('dates a batch of unreadable inputs with a fixed date, never the clock', () => {
    expect(overviewOf('check', [{ file: 'x.json', errors: 1, warnings: 0, status: 'unreadable', findings: [] }]).date).toBe('2000-01-01');
  });
});

describe('overviewOf scope', () => {
  const scoped = (scope: UnitSummary['scope']) => unit('甲', 'passed', { scope });
  const broken: UnitSummary = { file: 'x.yaml', errors: 1, warnings: 0, status: 'unreadable', findings: [] };

  it('follows the scopes of the units that were read', () => {
    expect(overviewOf('check', [scoped('department'), scoped('department'), broken]).scope).toBe('department');
    expect(overviewOf('check', [scoped('project'), broken]).scope).toBe('project');
    expect(overviewOf('check', [scoped('project'), scoped('department')]).scope).toBe('mixed');
    expect(overviewOf('check', [broken]).scope).toBe('none');
  });
});

describe('countRules', () => {
  it('counts units and findings per rule, most widespread first, with the rule title from the catalog', () => {
    const rules = countRules([
      unit('甲', 'errors', { findings: [finding('E_CONTROL_RATE'), finding('W_UNIT_NAME', 'warning'), finding('W_UNIT_NAME', 'warning')] }),
      unit('乙', 'errors', { findings: [finding('E_CONTROL_RATE')] }),
    ]);
    expect(rules).toEqual([
      { id: 'E_CONTROL_RATE', level: 'error', title: '控制率应等于实际在职人数 ÷ 编制数', units: 2, count: 2 },
      expect.objectContaining({ id: 'W_UNIT_NAME', level: 'warning', units: 1, count: 2 }),
    ]);
  });

  it('titles a finding of another profile\'s forms from the form engine\'s catalog, not by one unit\'s message', () => {
    const rules = countRules([unit('甲', 'errors', { profile: 'national-project', findings: [finding('E_FORM_SUM')] })]);
    expect(rules[0].title).toBe('合计行应等于其分项之和（逐栏）');
  });

  it('titles a finding from reading the file by its message', () => {
    expect(countRules([unit('甲', 'unreadable', { findings: [finding('E_SYNTAX')] })])[0].title).toBe('E_SYNTAX 的说明');
  });
});
