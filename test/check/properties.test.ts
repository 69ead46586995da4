// Property tests: derived totals equal the sum of their parts for random valid money, with no float slipping in.
// The oracle adds integers (bigint, in units of 0.0001 万元), so it shares nothing with decimal.js.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/index.js';
import { deriveFigures } from '../../src/derive/index.js';
import { parseReportInput } from '../../src/model/parse.js';
import { clean, findingsOf } from './helpers.js';

const SCALE = 10_000n; // four decimals, as some 决算 systems export

/** An amount in 0.0001 万元 → the decimal text, e.g. 3n → "0.0003". */
function text(units: bigint): string {
  const whole = units / SCALE;
  const frac = (units % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** Money up to 10,000,000 万元 with up to four decimals (and often exactly 0.1 / 0.2 style tenths). */
const amount = fc.oneof(fc.bigInt({ min: 0n, max: 100_000_000_000n }), fc.bigInt({ min: 0n, max: 100n }).map((n) => n * 1000n));
/** As a JSON number: the float path the input really takes. */
const asNumber = (units: bigint) => Number(text(units));

const PUBLIC_FUND_ITEMS = ['office', 'utilitiesTravel', 'meetingsTraining', 'receptionPostal', 'otherGoodsServices', 'vehicleTransport', 'equipment', 'printing'];

function derive(raw: unknown) {
  const input = parseReportInput(raw);
  return { input, figures: deriveFigures(input) };
}

const runs = { numRuns: 60 };

describe('derived totals equal the sum of their parts', { timeout: 60_000 }, () => {
  it('公用经费 = Σ its eight rows, in each column; the exact sum given as total raises nothing', () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 8, maxLength: 8 }), (items) => {
        const raw = clean();
        const expected = items.reduce((a, b) => a + b, 0n);
        PUBLIC_FUND_ITEMS.forEach((k, i) => (raw.basicData.publicFunds[k].previousActual = asNumber(items[i])));
        raw.basicData.publicFunds.total.previousActual = null;
        expect(derive(raw).figures.basicData.publicFunds.previousActual.computed!.toFixed()).toBe(text(expected));
        raw.basicData.publicFunds.total.previousActual = asNumber(expected);
        expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL')).toEqual([]);
        // One ten-thousandth off is caught.
        raw.basicData.publicFunds.total.previousActual = asNumber(expected + 1n);
        expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL').map((f) => f.path)).toEqual(['basicData.publicFunds.total.previousActual']);
      }),
      runs,
    );
  });

  it('项目支出 = Σ 专项 = Σ project rows, for any number of projects', () => {
    const group = fc.array(fc.record({ name: fc.constantFrom('甲', '乙', '丙', '丁'), units: amount }), { maxLength: 5 });
    fc.assert(
      fc.property(group, group, group, (business, operation, citySpecial) => {
        const raw = clean();
        const groups = { business, operation, citySpecial };
        let expected = 0n;
        for (const [g, rows] of Object.entries(groups)) {
          raw.basicData.projectExpenditure[g] = {
            total: { actual: null },
            projects: rows.map((r, j) => ({ name: `${r.name}${j}`, amounts: { actual: asNumber(r.units) } })),
          };
          expected += rows.reduce((a, r) => a + r.units, 0n);
        }
        raw.basicData.projectExpenditure.total.actual = null;
        raw.projectEvaluations = [];
        const { input, figures } = derive(raw);
        const anyRows = business.length + operation.length + citySpecial.length > 0;
        expect(figures.basicData.projectExpenditure.actual.computed?.toFixed()).toBe(anyRows ? text(expected) : undefined);
        expect(runChecks(input, figures).filter((f) => f.id === 'E_BASIC_DATA_TOTAL')).toEqual([]);
      }),
      runs,
    );
  });

  it('资金总额 = Σ 按收入性质, and given as that sum raises nothing', () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, (a, b, c, d) => {
        const raw = clean();
        const f = raw.departmentEvaluation.funds;
        f.byIncome = { generalPublic: asNumber(a), governmentFund: asNumber(b), specialAccount: asNumber(c), other: asNumber(d) };
        f.total = asNumber(a + b + c + d);
        const { input, figures } = derive(raw);
        expect(figures.department.fundsTotal.computed!.toFixed()).toBe(text(a + b + c + d));
        expect(runChecks(input, figures).filter((x) => x.id === 'E_FUNDS_TOTAL')).toEqual([]);
      }),
      runs,
    );
  });

  it('执行率得分 stays within 0 and the 分值 for any amounts', () => {
    fc.assert(
      fc.property(amount, amount.filter((u) => u > 0n), (executed, budget) => {
        const raw = clean();
        Object.assign(raw.projectEvaluations[0].funds.total, { initialBudget: null, budget: asNumber(budget), executed: asNumber(executed), executionRate: null, score: null });
        delete raw.projectEvaluations[0].funds.currentYear;
        const score = derive(raw).figures.projects[0].executionScore.computed!;
        expect(score.greaterThanOrEqualTo(0) && score.lessThanOrEqualTo(10)).toBe(true);
        expect(findingsOf(raw, 'E_EXECUTION_SCORE')).toEqual([]);
      }),
      runs,
    );
  });
});

describe('no float slips in', { timeout: 60_000 }, () => {
  it('0.1 + 0.2 is exactly 0.3: no finding, and the computed total prints 0.3', () => {
    const raw = clean();
    const pf = raw.basicData.publicFunds;
    for (const k of PUBLIC_FUND_ITEMS) pf[k].previousActual = 0;
    pf.office.previousActual = 0.1;
    pf.utilitiesTravel.previousActual = 0.2;
    pf.total.previousActual = 0.3;
    expect(0.1 + 0.2).not.toBe(0.3); // what a float sum would have compared
    expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL')).toEqual([]);
    pf.total.previousActual = null;
    expect(derive(raw).figures.basicData.publicFunds.previousActual.computed!.toString()).toBe('0.3');
  });

  it('资金总额 1.1 + 2.2 = 3.3 and 执行率 3.3 ÷ 3.3 = 100% exactly', () => {
    const raw = clean();
    const f = raw.departmentEvaluation.funds;
    Object.assign(f, { total: 3.3, byIncome: { generalPublic: 1.1, other: 2.2 }, byExpense: { basic: 3.3 }, executed: 3.3, executionRate: '100%', score: 10 });
    raw.narrative.figures.expenditureTotal = 3.3;
    const ids = findingsOf(raw, 'E_FUNDS_TOTAL').concat(findingsOf(raw, 'E_EXECUTION_RATE'), findingsOf(raw, 'E_EXECUTION_SCORE'));
    expect(ids).toEqual([]);
  });

  it('a random three-way split of a total, given as numbers, always adds back exactly', () => {
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        const raw = clean();
        const t = raw.basicData.threePublic;
        Object.assign(t.vehiclePurchase, { budget: asNumber(a) });
        Object.assign(t.vehicleOperation, { budget: asNumber(b) });
        Object.assign(t.vehicles, { budget: asNumber(a + b) });
        Object.assign(t.abroad, { budget: 0 });
        Object.assign(t.reception, { budget: asNumber(c) });
        Object.assign(t.total, { budget: asNumber(a + b + c) });
        expect(findingsOf(raw, 'E_BASIC_DATA_TOTAL')).toEqual([]);
      }),
      runs,
    );
  });
});

describe('checks never throw on valid input', () => {
  /** Every path to a leaf of the example. */
  function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
    return [path];
  }
  const base = clean();
  const PATHS = leafPaths(base);
  const value = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(0),
    fc.constantFrom('0', '0.1', '999999.9999', '100%', '0%', '≥0次', '≤0万元', '=0%', '2021年全年', '', '承办市商务局交办'),
    fc.integer({ min: 0, max: 1000 }),
    fc.string({ maxLength: 6 }),
  );
  const mutation = fc.array(fc.tuple(fc.nat(PATHS.length - 1), value), { minLength: 1, maxLength: 6 });

  it('whatever fields are changed, removed or zeroed, every rule runs to the end', { timeout: 60_000 }, () => {
    let checked = 0;
    fc.assert(
      fc.property(mutation, (changes) => {
        const raw = clean();
        for (const [i, v] of changes) {
          const path = PATHS[i];
          const parent = path.slice(0, -1).reduce((o: any, k) => o[k], raw);
          if (v === undefined) delete parent[path[path.length - 1]];
          else parent[path[path.length - 1]] = v;
        }
        let input;
        try {
          input = parseReportInput(raw);
        } catch {
          return; // not valid input: the model's business, not the checks'
        }
        checked += 1;
        const findings = runChecks(input, deriveFigures(input));
        for (const f of findings) expect(f.message).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 300, seed: 20230322 },
    );
    expect(checked).toBeGreaterThan(30); // most random values do not parse; enough of them do
  });
});
