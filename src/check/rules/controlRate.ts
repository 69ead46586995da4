import { formatPercent } from '../../compose/format.js';
import { rateDiffers } from '../compare.js';
import { defineRule } from '../rule.js';

/** 在职人员控制率 = 实际在职人数 ÷ 编制数 (domain.md §3.1); the seed prints 100% for 12 ÷ 15. */
export const controlRate = defineRule('E_CONTROL_RATE', (input, figures, report) => {
  const f = figures.basicData.controlRate;
  if (!rateDiffers(f.given, f.computed)) return;
  const s = input.basicData.staffing;
  const [given, computed] = [formatPercent(f.given), formatPercent(f.computed)];
  report(f.path, { given, computed, actual: String(s.actual), authorized: String(s.authorized) }, { expected: computed, actual: given, fix: f.computed });
});
