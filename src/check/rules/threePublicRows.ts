import { formatMoney } from '../../compose/format.js';
import { COLUMNS } from '../../derive/index.js';
import { titleOf } from '../compare.js';
import { LABELS } from '../messages.js';
import { defineRule, nameOf } from '../rule.js';

/** 三公 items are part of 公用经费: each cannot exceed the 公用经费 row it is booked in (domain.md §3.2). */
const PAIRS = [
  { item: 'reception', row: 'receptionPostal' }, // 公务接待 ≤ 公务接待费、邮电费
  { item: 'vehicleOperation', row: 'vehicleTransport' }, // 公车运行维护 ≤ 公车运行费及其他交通费
] as const;

export const threePublicRows = defineRule('E_THREE_PUBLIC_ROW', (input, _figures, report) => {
  const { threePublic, publicFunds } = input.basicData;
  for (const pair of PAIRS) {
    for (const c of COLUMNS) {
      const value = threePublic[pair.item][c];
      const rowValue = publicFunds[pair.row][c];
      if (value === undefined || rowValue === undefined || value.lessThanOrEqualTo(rowValue)) continue;
      report(
        `basicData.threePublic.${pair.item}.${c}`,
        {
          item: titleOf(`basicData.threePublic.${pair.item}`),
          column: LABELS.columns[c](input.year),
          value: formatMoney(value),
          row: titleOf(`basicData.publicFunds.${pair.row}`),
          rowPath: nameOf(`basicData.publicFunds.${pair.row}.${c}`),
          rowValue: formatMoney(rowValue),
        },
        { expected: `≤ ${formatMoney(rowValue)}`, actual: formatMoney(value) },
      );
    }
  }
});
