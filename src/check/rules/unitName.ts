import { defineRule } from '../rule.js';

/** The narrative's closing line names the unit; the seed drops the 市 from 衡阳市投资促进事务中心. */
export const unitName = defineRule('W_UNIT_NAME', (input, _figures, report) => {
  const closing = input.narrative.closingUnitName?.trim();
  const unit = input.unit.name;
  if (!closing || closing === unit) return;
  report('narrative.closingUnitName', { closing, unit }, { expected: unit, actual: closing });
});
