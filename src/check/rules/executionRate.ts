import type { Decimal } from 'decimal.js';
import { formatMoney, formatPercent } from '../../compose/format.js';
import { FUND_ROWS } from '../../derive/evaluation.js';
import { percentOf, restsOn } from '../../derive/index.js';
import { rateDiffers, titleOf } from '../compare.js';
import { LABELS } from '../messages.js';
import { defineRule, type Report } from '../rule.js';

interface RateCase {
  path: string;
  what: string;
  given?: Decimal;
  executed?: Decimal;
  budget?: Decimal;
  /** The two amounts' paths (and what a worked-out 预算数 came from). */
  rests: string[];
}

/** 资金执行率 = 执行数 ÷ 资金总额 (department); 执行率 = 全年执行数 ÷ 全年预算数 (each project row that prints one). */
export const executionRate = defineRule('E_EXECUTION_RATE', (input, figures, report) => {
  const funds = input.departmentEvaluation.funds;
  const cases: RateCase[] = [
    {
      path: figures.department.executionRate.path,
      what: LABELS.departmentRate,
      given: funds.executionRate,
      executed: funds.executed,
      budget: figures.department.fundsTotal.value,
      rests: restsOn(figures.department.executionRate),
    },
  ];
  input.projectEvaluations.forEach((pr, i) => {
    const total = figures.projects[i].total;
    const totalPath = `projectEvaluations.${i}.funds.total`;
    cases.push({
      path: `${totalPath}.executionRate`,
      what: LABELS.projectRate(pr.name, titleOf(totalPath)),
      given: pr.funds.total.executionRate,
      executed: total.executed.value,
      budget: total.budget.value,
      rests: restsOn(figures.projects[i].executionRate),
    });
    for (const r of FUND_ROWS) {
      const row = pr.funds[r];
      const rowPath = `projectEvaluations.${i}.funds.${r}`;
      if (row) {
        const rests = [`${rowPath}.executed`, `${rowPath}.budget`];
        cases.push({ path: `${rowPath}.executionRate`, what: LABELS.projectRate(pr.name, titleOf(rowPath)), given: row.executionRate, executed: row.executed, budget: row.budget, rests });
      }
    }
  });
  for (const c of cases) check(c, report);
});

function check(c: RateCase, report: Report<'E_EXECUTION_RATE'>): void {
  const computed = percentOf(c.executed, c.budget);
  if (!rateDiffers(c.given, computed)) return;
  const [given, expected] = [formatPercent(c.given), formatPercent(computed)];
  report(c.path, { what: c.what, given, computed: expected, executed: formatMoney(c.executed), budget: formatMoney(c.budget) }, { expected, actual: given, fix: computed, rests: c.rests });
}
