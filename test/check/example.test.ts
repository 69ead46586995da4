// The bundled example keeps the seed's figures as published; every inconsistency of the seed is one test here,
// and the full list of findings is pinned in __golden__/example-findings.json (refresh: UPDATE_GOLDEN=1 npx vitest run test/check).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingsJson } from '../../src/diagnostics/print.js';
import { check, example } from './helpers.js';

const GOLDEN = fileURLToPath(new URL('./__golden__/example-findings.json', import.meta.url));

const findings = check(example());

/** Each inconsistency of the published seed report, worked out by hand from the seed text. */
const SEED_INCONSISTENCIES = [
  { why: '控制率印 100%，而在职 12 ÷ 编制 15 = 80%', id: 'E_CONTROL_RATE', path: 'basicData.staffing.controlRate', expected: '80.00%', actual: '100.00%' },
  { why: '项目支出 2022 年预算数 25.5，而业务工作专项 22.5 + 运行维护 0 + 市级专项 0 = 22.5', id: 'E_BASIC_DATA_TOTAL', path: 'basicData.projectExpenditure.total.budget', expected: '22.50', actual: '25.50' },
  { why: '三公“公务接待”2022 年预算 13.5 大于包含它的“公务接待费、邮电费”11', id: 'E_THREE_PUBLIC_ROW', path: 'basicData.threePublic.reception.budget', expected: '≤ 11.00', actual: '13.50' },
  { why: '三公“公务接待”2022 年决算 8.92 大于包含它的“公务接待费、邮电费”8.41', id: 'E_THREE_PUBLIC_ROW', path: 'basicData.threePublic.reception.actual', expected: '≤ 8.41', actual: '8.92' },
  { why: '落款“衡阳投资促进事务中心”少了“市”字', id: 'W_UNIT_NAME', path: 'narrative.closingUnitName', expected: '衡阳市投资促进事务中心', actual: '衡阳投资促进事务中心' },
  { why: '报告称项目支出 22.5 万元“用于招商引资工作”，该项目只有 4.5 万元，另 18 万元是联络湖南异地商会工作', id: 'W_PROJECT_USE', path: 'narrative.projectUse' },
  { why: '自评表按支出性质分 323.67 + 22.5 = 346.17（决算数），资金总额却是 505.05', id: 'W_EXPENSE_SPLIT', path: 'departmentEvaluation.funds.byExpense', expected: '505.05', actual: '346.17' },
  { why: '部门“对接客商”实际 100 人次，少于项目“招商引资工作经费”的“对接客商人数”200 人次', id: 'W_INDICATOR_ACROSS_FORMS', path: 'departmentEvaluation.indicators.4.actual', expected: '≥ 200人次', actual: '100人次' },
  { why: '部门履职概述第 6 条“市商务和粮食局”，报告部门职能第 6 条“市商务局”', id: 'W_TEXT_DRIFT', path: 'departmentEvaluation.duties.5' },
];

describe('check finds every inconsistency of the published seed', () => {
  for (const s of SEED_INCONSISTENCIES) {
    it(s.why, () => {
      const { why: _why, ...expected } = s;
      expect(findings.filter((f) => f.id === s.id && f.path === s.path)).toMatchObject([expected]);
    });
  }

  it('and nothing else', () => {
    expect(findings.map((f) => `${f.id} ${f.path}`).sort()).toEqual(SEED_INCONSISTENCIES.map((s) => `${s.id} ${s.path}`).sort());
  });

  it('4 errors and 5 warnings', () => {
    expect(findings.filter((f) => f.level === 'error')).toHaveLength(4);
    expect(findings.filter((f) => f.level === 'warning')).toHaveLength(5);
  });
});

describe('golden findings of the example', () => {
  it('match __golden__/example-findings.json', () => {
    const text = `${JSON.stringify(findingsJson(findings), null, 2)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
    expect(existsSync(GOLDEN), 'golden file missing: run UPDATE_GOLDEN=1 npx vitest run test/check/example.test.ts').toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
