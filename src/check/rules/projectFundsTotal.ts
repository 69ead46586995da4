import { formatMoney } from '../../compose/format.js';
import { FUND_ROWS } from '../../derive/evaluation.js';
import { restsOn } from '../../derive/index.js';
import { moneyDiffers, partsText, titleOf } from '../compare.js';
import { LABELS } from '../messages.js';
import { defineRule } from '../rule.js';

const COLUMNS = ['initialBudget', 'budget', 'executed'] as const;

/** 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金, in each money column (domain.md §5.1). */
export const projectFundsTotal = defineRule('E_PROJECT_FUNDS_TOTAL', (input, figures, report) => {
  input.projectEvaluations.forEach((pr, i) => {
    for (const c of COLUMNS) {
      const f = figures.projects[i].total[c];
      if (!moneyDiffers(f.given, f.computed)) continue;
      const parts = FUND_ROWS.map((r) => ({ label: titleOf(`projectEvaluations.${i}.funds.${r}`), value: pr.funds[r]?.[c] }));
      const [given, computed] = [formatMoney(f.given), formatMoney(f.computed)];
      report(f.path, { project: pr.name, column: LABELS.projectColumns[c], given, computed, parts: partsText(parts) }, { expected: computed, actual: given, fix: f.computed, rests: restsOn(f), total: true });
    }
  });
});
