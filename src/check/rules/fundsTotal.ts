import { formatMoney } from '../../compose/format.js';
import { restsOn } from '../../derive/index.js';
import { moneyDiffers, partsText, titleOf } from '../compare.js';
import { defineRule } from '../rule.js';

/** 资金总额 = 公共财政拨款 + 政府性基金拨款 + 纳入专户管理的非税收拨款 + 其他资金 (domain.md §4). */
export const fundsTotal = defineRule('E_FUNDS_TOTAL', (input, figures, report) => {
  const f = figures.department.fundsTotal;
  if (!moneyDiffers(f.given, f.computed)) return;
  const byIncome = input.departmentEvaluation.funds.byIncome;
  const parts = Object.entries(byIncome).map(([k, value]) => ({ label: titleOf(`departmentEvaluation.funds.byIncome.${k}`), value }));
  const [given, computed] = [formatMoney(f.given), formatMoney(f.computed)];
  report(f.path, { given, computed, parts: partsText(parts) }, { expected: computed, actual: given, fix: f.computed, rests: restsOn(f), total: true });
});
