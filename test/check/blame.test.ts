// One typo in one typed figure: every error the check reports must, if its 应为 is followed, take the input
// toward consistency, never away (a figure derived from the typo must not be offered as the value to type).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/diagnostics/finding.js';
import { check, clean } from './helpers.js';

type Raw = any;

/** Paths of every typed money figure of the (repaired) example. */
function moneyPaths(node: unknown, at: string[] = []): string[] {
  if (typeof node === 'number') return isMoney(at) ? [at.join('.')] : [];
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([k, v]) => moneyPaths(v, [...at, k]));
}
function isMoney(at: string[]): boolean {
  const path = at.join('.');
  if (/staffing|weight|score|indicators|year|total\.weight/.test(path)) return false;
  return /^(basicData|narrative\.figures|departmentEvaluation\.funds|projectEvaluations\.\d+\.funds)\./.test(path);
}

function get(raw: Raw, path: string): unknown {
  return path.split('.').reduce((o, k) => o?.[k], raw);
}
function set(raw: Raw, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  keys.reduce((o, k) => o[k], raw)[last] = value;
}

const errors = (raw: Raw) => check(raw).filter((f) => f.level === 'error');
const key = (f: Finding) => `${f.id} ${f.path}`;

/** The example as typed from the blank workbook: the narrative's figures left for the tool to take from the tables. */
function derivedNarrative(): Raw {
  const raw = clean();
  const f = raw.narrative.figures;
  for (const k of ['expenditureTotal', 'projectExpenditure', 'basicExpenditure', 'publicFunds']) delete f[k];
  for (const k of Object.keys(f.threePublic)) delete f.threePublic[k];
  return raw;
}

describe.each([
  ['as published (narrative figures typed)', clean],
  ['from the blank workbook (narrative figures derived)', derivedNarrative],
])('one typo in each typed figure, %s', (_name, base) => {
  it('starts consistent', () => expect(errors(base()).map(key)).toEqual([]));

  for (const path of moneyPaths(base())) {
    it(`${path}: every error's 应为 moves toward consistency`, () => {
      const raw = base();
      set(raw, path, Number(((get(raw, path) as number) + 0.27).toFixed(2)));
      const before = errors(raw);
      for (const f of before.filter((e) => e.expected !== undefined && /^-?\d+(\.\d+)?$/.test(e.expected))) {
        const fixed = structuredClone(raw);
        set(fixed, f.path, Number(f.expected));
        const after = new Set(errors(fixed).map(key));
        const introduced = [...after].filter((k) => !before.some((b) => key(b) === k));
        expect({ finding: key(f), introduced }).toEqual({ finding: key(f), introduced: [] });
        expect(after.size, `${key(f)} → ${f.expected}`).toBeLessThan(before.length);
      }
    });
  }
});

describe('the slip is reported once, where it was typed', () => {
  it('公用经费 typed 69.27 for 69.72: one error at the total, none at the 执行数 that follows from it', () => {
    const raw = derivedNarrative();
    raw.basicData.publicFunds.total.actual = 69.27;
    expect(errors(raw).map((f) => [key(f), f.expected])).toEqual([['E_BASIC_DATA_TOTAL basicData.publicFunds.total.actual', '69.72']]);
  });

  it('a figure nobody typed is said to be worked out, and from what', () => {
    const raw = derivedNarrative();
    raw.departmentEvaluation.funds.executed = 346.71;
    const [f] = errors(raw);
    expect(f).toMatchObject({ id: 'E_CROSS_EXECUTED', path: 'departmentEvaluation.funds.executed', expected: '346.17', actual: '346.71' });
    expect(f.message).toContain('此数未填写，由 自评报告 › 报告中的收支数 › 人员经费 253.95 + ');
    expect(f.message).toContain('推算');
  });

  it('a mistyped project row is blamed, not the 自评表 that agrees with its subtotal', () => {
    const raw = clean();
    raw.basicData.projectExpenditure.business.projects[0].amounts.actual = 18.72;
    expect(errors(raw).map((f) => [key(f), f.expected])).toEqual([['E_PROJECT_ROW basicData.projectExpenditure.business.projects.0.amounts.actual', '18.00']]);
  });

  it('a total that agrees elsewhere gets no 应为 where no part alone tells the slip: the parts are to be checked', () => {
    const raw = clean();
    raw.basicData.publicFunds.office.actual = 2.64;
    const [f] = errors(raw);
    expect(f).toMatchObject({ id: 'E_BASIC_DATA_TOTAL', path: 'basicData.publicFunds.total.actual', actual: '69.72' });
    expect(f.expected).toBeUndefined();
    expect(f.message).toContain('请先核对各分项');
  });
});

describe('a total that agrees with everything else, over a part that does not', () => {
  const project = 'projectEvaluations.0.funds';

  it('a project’s 当年财政拨款 执行数 typed 5.40 for 4.50: one error, at that cell, and its 应为 is 4.50', () => {
    const raw = clean();
    raw.projectEvaluations[0].funds.currentYear.executed = 5.4;
    const found = errors(raw);
    expect(found.map((f) => [key(f), f.expected, f.actual])).toEqual([[`E_PROJECT_FUNDS_TOTAL ${project}.currentYear.executed`, '4.50', '5.40']]);
    expect(found[0].where).toBe('项目支出绩效自评表[1] › 项目资金 › 当年财政拨款 › 全年执行数');
    expect(found[0].message).toContain('各分项中只有改正“项目支出绩效自评表[1] › 项目资金 › 当年财政拨款 › 全年执行数”能使各处都一致');
  });

  it('where no part alone can be corrected without breaking something, the total keeps the finding and says what would break', () => {
    const raw = clean();
    raw.projectEvaluations[0].funds.currentYear.executed = 5.4;
    raw.projectEvaluations[0].funds.currentYear.executionRate = '120%';
    const [f] = errors(raw);
    expect(key(f)).toBe(`E_PROJECT_FUNDS_TOTAL ${project}.total.executed`);
    expect(f.expected).toBeUndefined();
    // The place itself is not listed among the places that would break; the relation it would break there is named.
    expect(f.message).toContain('若改为 5.40，项目支出绩效自评表[1] › 项目资金 › 年度资金总额 › 执行率会随之不一致，本处也将不符合“项目自评表的全年执行数应等于基础数据表中该项目的本年决算数”，所以合计多半没有填错');
  });
});

describe('a typo in one indicator’s 得分', () => {
  it('is found at that row; the 合计行 is not told to take the typo into its sum', () => {
    const raw = clean();
    raw.departmentEvaluation.indicators[0].score = 8; // 分值 6
    const found = errors(raw).map(key);
    expect(found).toContain('E_SCORE_OVER_WEIGHT departmentEvaluation.indicators.0.score');
    expect(found.filter((k) => k.startsWith('E_SCORE_SUM'))).toEqual([]);
  });

  it('a wrong 合计行 with right rows is still found', () => {
    const raw = clean();
    raw.departmentEvaluation.total.score = 89;
    expect(errors(raw).map(key)).toContain('E_SCORE_SUM departmentEvaluation.total.score');
  });
});
